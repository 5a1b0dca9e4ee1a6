"""Domain rules of the case record: validation names the field, money is exact."""
from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

import case_samples as s
from assist_desktop.domain.clients import Client
from assist_desktop.domain.compensation import LossTiming, schedule_total
from assist_desktop.domain.consents import ConsentDecision, ConsentKind, consent_in_force
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.money import format_amount, multiply, parse_amount, parse_multiplier
from assist_desktop.domain.records import sort_key


@pytest.mark.parametrize("record, changes, field", [
    (s.client("x"), dict(given_names="", family_name="", preferred_name=""), "name"),
    (s.client("x"), dict(immigration_status="tourist"), "immigration_status"),
    (s.client("x"), dict(opened_on=date(2026, 1, 2), closed_on=date(2026, 1, 1)), "closed_on"),
    (s.client("x"), dict(nationality="a\x00b"), "nationality"),
    (s.child(1, "c"), dict(date_of_birth="2020-01-01"), "date_of_birth"),
    (s.note(1, "n", 1), dict(chronology_date=None), "chronology_date"),
    (s.note(1, "n", 1), dict(duration_minutes=-5), "duration_minutes"),
    (s.note(1, "n", 1), dict(duration_minutes=True), "duration_minutes"),
    (s.task(1, "t"), dict(title="  "), "title"),
    (s.task(1, "t"), dict(reminder_days=400), "reminder_days"),
    (s.claim(1, "c"), dict(amount_paid=1.5), "amount_paid"),
    (s.claim(1, "c"), dict(amount_paid=-1), "amount_paid"),
    (s.claim(1, "c"), dict(incident_from=date(2026, 1, 2), incident_to=date(2026, 1, 1)),
     "incident_to"),
    (s.loss_item(1, "i"), dict(multiplier="-2"), "multiplier"),
    (s.loss_item(1, "i"), dict(multiplier="1.2345678"), "multiplier"),
    (s.identification(1, "i"), dict(reasonable_grounds="not_yet"), "conclusive_grounds"),
    (s.referral(1, "r"), dict(organisation=""), "organisation"),
    (s.time_entry(1, 1, 1, "t"), dict(minutes=0), "minutes"),
    (s.attachment(1, "a", b"x"), dict(name="../etc/passwd"), "name"),
    (s.attachment(1, "a", b"x"), dict(sha256="00"), "sha256"),
])
def test_validation_names_the_field(record, changes, field):
    record.validate()  # the sample itself is valid
    with pytest.raises(ValidationError) as caught:
        dataclasses.replace(record, **changes).validate()
    assert caught.value.field == field


def test_money_is_exact_and_rounds_half_up():
    assert multiply(1_234_567, "17.41") == 21_493_811
    assert multiply(1025, "0.5") == 513 and round(1025 * 0.5) == 512
    assert multiply(10 ** 12, "1.000001") == 1_000_001_000_000
    assert parse_multiplier("m", "52") == Decimal("52")
    assert parse_amount("a", "£1,234.56") == 123_456 and parse_amount("a", "0.1") == 10
    with pytest.raises(ValidationError):
        parse_amount("a", "1.005")
    assert format_amount(123_456, "EUR") == "€1,234.56" and format_amount(-5) == "-0.05"
    items = [s.loss_item(1, "a"), dataclasses.replace(s.loss_item(1, "b"), timing=LossTiming.PAST,
                                                      multiplicand=100, multiplier="3")]
    assert schedule_total(items) == 21_493_811 + 300
    assert schedule_total(items, LossTiming.PAST) == 300


def test_consent_in_force_follows_the_latest_decision():
    given = dataclasses.replace(s.consent(1, "X"), kind=ConsentKind.SUPPORT_PROVIDER_REFERRAL,
                                decision=ConsentDecision.GIVEN, decided_on=date(2026, 1, 1), id=1)
    withdrawn = dataclasses.replace(given, decision=ConsentDecision.WITHDRAWN,
                                    decided_on=date(2026, 2, 1), id=2)
    assert consent_in_force([given], ConsentKind.SUPPORT_PROVIDER_REFERRAL)
    assert not consent_in_force([given, withdrawn], ConsentKind.SUPPORT_PROVIDER_REFERRAL)
    assert not consent_in_force([given], ConsentKind.NRM_REFERRAL)
    assert not consent_in_force([given], ConsentKind.SUPPORT_PROVIDER_REFERRAL, "Someone else")


def test_names_sort_without_accents_but_are_kept_as_written():
    client = Client(jurisdiction="ireland", given_names="Émilie", preferred_name="")
    assert client.display_name == "Émilie" and sort_key("Émilie") == "emilie"
    assert sort_key(s.TEXTS["vietnamese_nfc"]) == sort_key(s.TEXTS["vietnamese_nfd"])
    task = s.task(1, "t", due_on=date(2026, 3, 10))
    assert task.remind_on == date(2026, 3, 3) and task.is_overdue(date(2026, 3, 11))
