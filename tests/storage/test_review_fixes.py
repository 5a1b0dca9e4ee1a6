"""Review fixes in the services: behaviour pinned by a test that failed before each fix."""
from __future__ import annotations

import pytest

from assist_desktop.domain.errors import ValidationError
from assist_desktop.services.conflict_check import clean_names
from assist_desktop.services.safety_screening import SafetyScreeningService
from search_fixtures import add_client, service


def test_clean_names_may_allow_none():
    assert clean_names(["  Amara  Eze ", "Amara Eze"]) == ("Amara Eze",)
    assert clean_names([" "], required=False) == ()
    with pytest.raises(ValidationError):
        clean_names([" "])
    with pytest.raises(ValidationError):
        clean_names([42], required=False)


def test_a_non_text_name_beside_a_phone_number_is_refused(case_db, ids):
    beatrice = add_client(case_db, "Beatrice", "Mensah")
    sol = service(SafetyScreeningService, case_db, ids, "sol")
    with pytest.raises(ValidationError):
        sol.screen_contact(beatrice.id, [42], phones=["07700 900123"])
    assert sol.screen_contact(beatrice.id, [" "], phones=["07700 900123"]) == []
