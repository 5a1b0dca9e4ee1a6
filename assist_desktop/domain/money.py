"""Money as integer minor units (pence, cents) and exact multiplication for schedules of loss.

Never float: 0.1 + 0.2 is not 0.3 in binary, and a schedule of loss that is out by a penny
is wrong in front of a tribunal. Multipliers (Ogden tables, weeks, years) are Decimals kept as
their exact decimal string.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from assist_desktop.domain.errors import ValidationError

MAX_MINOR = 10 ** 15  # a quadrillion pence: far beyond any claim, well inside SQLite's int64
_MULTIPLIER = re.compile(r"^\d{1,9}(\.\d{1,6})?$")
_AMOUNT = re.compile(r"^-?\d{1,13}(\.\d{1,2})?$")


class Currency(StrEnum):
    GBP = "GBP"
    EUR = "EUR"

    @property
    def symbol(self) -> str:
        return {"GBP": "£", "EUR": "€"}[self.value]


def check_minor(field: str, value: int | None, *, allow_negative: bool = False) -> None:
    """Amounts are whole minor units; a float or bool is refused outright."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number of pence or cents")
    if abs(value) > MAX_MINOR or (value < 0 and not allow_negative):
        raise ValidationError(field, "is out of range")


def parse_multiplier(field: str, text: str | Decimal) -> Decimal:
    """'17.41' -> Decimal('17.41'); up to 6 decimal places, no exponent, not negative."""
    raw = str(text).strip()
    if not _MULTIPLIER.match(raw):
        raise ValidationError(field, "must be a number such as 1, 52 or 17.41 (up to 6 decimals)")
    return Decimal(raw)


def multiply(multiplicand_minor: int, multiplier: str | Decimal) -> int:
    """multiplicand x multiplier, rounded half-up to the minor unit, computed exactly."""
    check_minor("multiplicand", multiplicand_minor, allow_negative=True)
    factor = parse_multiplier("multiplier", multiplier)
    product = (Decimal(multiplicand_minor) * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    result = int(product)
    check_minor("amount", result, allow_negative=True)
    return result


def parse_amount(field: str, text: str) -> int:
    """'1,234.56' -> 123456 minor units. Refuses more than two decimals rather than rounding."""
    raw = str(text).strip().replace(",", "").replace("£", "").replace("€", "").strip()
    if not _AMOUNT.match(raw):
        raise ValidationError(field, "must be an amount such as 1234.56")
    try:
        value = Decimal(raw) * 100
    except InvalidOperation:  # pragma: no cover - the pattern already excludes this
        raise ValidationError(field, "must be an amount such as 1234.56") from None
    return int(value)


def format_amount(minor: int, currency: Currency | str | None = None) -> str:
    """123456 -> '1,234.56' (with '£'/'€' when a currency is given)."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    symbol = Currency(currency).symbol if currency else ""
    return f"{sign}{symbol}{whole:,}.{cents:02d}"
