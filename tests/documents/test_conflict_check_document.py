"""A conflict-check record names the check asked for only if it is in her file."""
from __future__ import annotations

import pytest

from assist_desktop.domain.checks import ConflictDecision
from assist_desktop.domain.clients import Client
from assist_desktop.domain.errors import NotFound
from assist_desktop.domain.records import Jurisdiction


def _client_with_check(services, given: str):
    check = services.conflicts.check_client([f"{given} Mensah"])
    services.conflicts.decide(check.id, ConflictDecision.PROCEED, check.version)
    client = services.clients.create(Client(jurisdiction=Jurisdiction.ENGLAND_WALES,
                                            given_names=given, family_name="Mensah"))
    services.conflicts.attach(check.id, client_id=client.id)
    return client.id, check.id


def test_a_check_from_another_file_is_not_found(centre):
    services = centre.services
    amara, amara_check = _client_with_check(services, "Amara")
    _bea, bea_check = _client_with_check(services, "Beatrice")
    made = services.documents.generate("conflict_check", amara, check_id=amara_check)
    assert made.client_id == amara
    with pytest.raises(NotFound):
        services.documents.generate("conflict_check", amara, check_id=bea_check)
    with pytest.raises(NotFound):
        services.documents.generate("conflict_check", amara, check_id=10_000)
    assert services.documents.generate("conflict_check", amara).client_id == amara
