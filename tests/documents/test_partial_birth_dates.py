"""A date of birth known only in part is stored as such and printed as far as it is known."""
from __future__ import annotations

from datetime import date

import pytest

from assist_desktop.domain.clients import Client
from assist_desktop.domain.dates import DatePrecision
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.records import Jurisdiction
from tests.documents.conftest import flat, pdf_text


def _client(centre, day, precision) -> Client:
    return centre.services.clients.create(Client(
        jurisdiction=Jurisdiction.ENGLAND_WALES, given_names="Blessing", family_name="Igbinovia",
        date_of_birth=day, date_of_birth_precision=precision, nationality="Nigerian"))


@pytest.mark.parametrize("day, precision, printed", [
    (date(1990, 1, 1), DatePrecision.ABOUT, "born 1990 (approximately)"),
    (date(1990, 3, 1), DatePrecision.MONTH, "born March 1990"),
    (date(1990, 3, 14), DatePrecision.DAY, "born 14 March 1990"),
])
def test_a_letter_prints_her_birth_date_as_far_as_it_is_known(centre, day, precision, printed):
    client = _client(centre, day, precision)
    stored = centre.services.clients.get(client.id)
    assert (stored.date_of_birth, stored.date_of_birth_precision) == (day, precision)
    documents = centre.services.documents
    document = documents.generate("representations", client.id,
                                  paragraphs=("Her account is consistent.",))
    text = pdf_text(documents.pdf(document.id))
    assert flat(printed) in text
    if precision is not DatePrecision.DAY:
        assert "1 January 1990" not in text and "1 March 1990" not in text


def test_an_unknown_precision_is_refused(centre):
    with pytest.raises(ValidationError):
        _client(centre, date(1990, 1, 1), "roughly")


def test_a_conflict_check_does_not_call_an_approximate_birth_year_the_same_date(centre):
    _client(centre, date(1990, 1, 1), DatePrecision.ABOUT)
    check = centre.services.conflicts.check_client(["Blessing Igbinovia"], date(1990, 1, 1))
    assert check.matches
    assert not any("same date of birth" in str(m) for m in check.matches)
