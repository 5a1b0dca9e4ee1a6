"""Schedule of loss: exact to the penny (integers and Decimal), currency per jurisdiction."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from assist_desktop.documents import (
    Jurisdiction, LossPeriod, ScheduleItem, build, item_value, samples, totals,
)
from assist_desktop.domain.errors import ValidationError
from tests.documents.conftest import assert_contains


def test_totals_are_exact():
    data = samples.compensation()
    result = totals(data.items)
    assert result == {"general": 2_200_000, "past": 4_680_000 + 12_345, "future": 333_333,
                      "grand": 2_200_000 + 4_692_345 + 333_333}


def test_rounding_is_half_up_once_per_line():
    item = ScheduleItem("Care", LossPeriod.FUTURE, multiplicand_minor=1, multiplier="0.5")
    assert item_value(item) == 1
    many = tuple(ScheduleItem(f"x{i}", LossPeriod.PAST, amount_minor=10) for i in range(3))
    assert totals(many)["grand"] == 30  # 0.10 * 3 == 0.30 exactly


def test_float_multiplier_refused():
    item = ScheduleItem("Care", LossPeriod.FUTURE, multiplicand_minor=100, multiplier=0.1)
    with pytest.raises(ValidationError, match="exact"):
        item_value(item)


def test_missing_values_refused():
    with pytest.raises(ValidationError, match="Care"):
        item_value(ScheduleItem("Care", LossPeriod.PAST))


def test_pdf_shows_calculation_and_totals_in_pounds():
    civil = dataclasses.replace(samples.compensation(), route="civil_claim")
    assert_contains(build(civil), "£450.00 × 104 weeks", "£46,800.00",
                    "£1,333.33 × 2.5 years", "£3,333.33", "£46,923.45", "£72,256.78",
                    "The claimant believes that the facts stated in this schedule of loss are true.")


def test_ireland_uses_euro():
    pdf = build(samples.compensation(Jurisdiction.IRELAND))
    assert_contains(pdf, "€72,256.78", "€22,000.00")


def test_multiplier_decimal_shown_exactly():
    data = dataclasses.replace(samples.compensation(), items=(
        ScheduleItem("Future loss of earnings", LossPeriod.FUTURE, multiplicand_minor=1_850_000,
                     multiplier=Decimal("17.41"), multiplier_basis="Ogden table 2"),))
    assert_contains(build(data), "£18,500.00 × 17.41 Ogden table 2", "£322,085.00")
