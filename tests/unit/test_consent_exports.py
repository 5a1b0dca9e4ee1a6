"""Consent on information-sharing exports: the case-transfer package (or plain file) needs
her consent to information sharing in force (the log's latest entry of that kind); without
it the export is refused before anything is read; a solicitor may go ahead with a reason,
kept in consent_overrides and audited by id; the exports made are listed for a withdrawal."""
from __future__ import annotations

from datetime import date

import pytest

import case_samples as s
from assist_desktop.domain.consents import (ConsentDecision, ConsentEntry, ConsentKind,
                                            ConsentRequired)
from assist_desktop.domain.errors import ValidationError
from assist_desktop.security.kdf import TEST_PARAMETERS
from assist_desktop.services.clients import ClientService
from assist_desktop.services.interchange import InterchangeService
from case_world import world  # noqa: F401 - fixture

REASON = "Her new solicitor <b>needs</b> the file for Monday; she agreed by phone 👩🏽 &"
TRANSFER = "quiet harbour lantern meadow 58"


def _consent(world, cid, kind, decision, on):
    world.service(ClientService, "sup").consents.create(ConsentEntry(
        client_id=cid, kind=kind, decision=decision, decided_on=on,
        shared_with="Northside Law Centre"))


def _exports(world) -> list[tuple]:
    return [r for r in world.audit_rows() if r[1] in ("export", "consent_override")]


def test_an_export_needs_her_consent_to_sharing_or_a_solicitors_reason(world, tmp_path):
    client = world.service(ClientService, "sol").create(s.client("Amina"))
    ref, cid = client.reference, client.id
    sol = world.service(InterchangeService, "sol")
    out = tmp_path / "her.assisttransfer"

    # Nothing in the log, or only another kind of consent: refused, before the passphrase.
    _consent(world, cid, ConsentKind.SUPPORT_PROVIDER_REFERRAL, ConsentDecision.GIVEN,
             date(2026, 3, 1))
    with pytest.raises(ConsentRequired) as raised:
        sol.export_package(ref, "weak", kdf_params=TEST_PARAMETERS)
    assert raised.value.may_override and "sharing her information" in str(raised.value)
    with pytest.raises(ConsentRequired):
        sol.save_export(ref, out, passphrase=TRANSFER, kdf_params=TEST_PARAMETERS)
    with pytest.raises(ConsentRequired):
        sol.export_client(ref, override_reason="  \n ")
    with pytest.raises(ValidationError):
        sol.export_client(ref, override_reason="x" * 2001)
    assert not out.exists() and _exports(world) == []

    # Given: it goes out, and its audit row says so.
    _consent(world, cid, ConsentKind.INFORMATION_SHARING, ConsentDecision.GIVEN,
             date(2026, 3, 2))
    sol.save_export(ref, out, passphrase=TRANSFER, kdf_params=TEST_PARAMETERS)
    assert out.exists() and _exports(world)[-1][4].endswith(" consent:given")

    # Withdrawn later: refused again; a solicitor's reason lets it go, kept apart.
    _consent(world, cid, ConsentKind.INFORMATION_SHARING, ConsentDecision.WITHDRAWN,
             date(2026, 3, 5))
    with pytest.raises(ConsentRequired):
        sol.export_client(ref)
    sol.export_client(ref, override_reason=REASON)
    rows = world.db.read(lambda c: c.execute(
        "SELECT id, client_id, record_kind, record_id, kind, reason FROM consent_overrides"
    ).fetchall())
    assert [r[1:] for r in rows] == [(cid, "export", None, "information_sharing", REASON)]
    audit = _exports(world)
    assert [r[1] for r in audit] == ["export", "consent_override", "export"]
    assert audit[-1][4].endswith(f" consent:override:{rows[0][0]}")
    assert REASON not in repr(world.audit_rows())

    # What a withdrawal touches: both exports, the second on an override; any colleague who
    # may see her file is told (a support worker records withdrawals too).
    sent = world.service(InterchangeService, "sup").exports_of(cid)
    assert [(e.encrypted, e.on_override) for e in sent] == [(True, False), (False, True)]


def test_a_support_worker_cannot_override(world):
    from assist_desktop.domain.errors import PermissionDenied
    client = world.service(ClientService, "sol").create(s.client("Amina"))
    with pytest.raises(PermissionDenied):
        world.service(InterchangeService, "sup").export_client(client.reference,
                                                               override_reason=REASON)
