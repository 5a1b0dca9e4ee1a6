"""The retention schedule: how long a closed file is kept, by jurisdiction, matter type,
the matter's retention category and its outcome (resources/rules/retention_rules.json,
DOMAIN.md 5.3; every shipped rule is marked [VERIFY] for a lawyer to check).

A file is due for review once every one of its matters' periods has run (and her file is
closed), and after any later date an administrator has extended it to. A matter on legal
hold keeps the file out of the review list altogether.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.matters import MatterType, RetentionCategory

JURISDICTIONS = ("england-wales", "scotland", "ireland")
CATEGORIES = ("any", "standard", "minor", "extended")
EVENTS = ("closure", "age")
_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")


@dataclass(frozen=True)
class RetentionRule:
    id: str
    jurisdiction: str
    matter_type: str = "any"
    category: str = "any"
    outcome: str = "any"
    years: int = 7
    from_event: str = "closure"
    until_age: int | None = None
    source: str = ""
    notes: str = ""
    verify: bool = True
    active: bool = True

    def validate(self) -> None:
        if not self.id or len(self.id) > 64 or not set(self.id) <= _ID_CHARS:
            raise ValidationError("id", "must be 1 to 64 lower-case letters, digits or hyphens")
        if self.jurisdiction not in JURISDICTIONS:
            raise ValidationError("jurisdiction", "must be England & Wales, Scotland or Ireland")
        if self.matter_type != "any" and self.matter_type not in {m.value for m in MatterType}:
            raise ValidationError("matter_type", "is not a matter type")
        if self.category not in CATEGORIES:
            raise ValidationError("category", "is not a retention category")
        if not isinstance(self.years, int) or isinstance(self.years, bool) \
                or not 0 <= self.years <= 100:
            raise ValidationError("years", "must be a whole number from 0 to 100")
        if self.from_event not in EVENTS:
            raise ValidationError("from_event", "must be closure or age")
        if self.from_event == "age" and (not isinstance(self.until_age, int)
                                         or not 0 <= self.until_age <= 120):
            raise ValidationError("until_age", "must be an age from 0 to 120")
        for name, limit in (("outcome", 200), ("source", 2000), ("notes", 4000)):
            value = getattr(self, name)
            if not isinstance(value, str) or len(value) > limit or "\x00" in value:
                raise ValidationError(name, f"must be text of at most {limit} characters")
        if not self.outcome.strip():
            raise ValidationError("outcome", "is required (any, or an outcome)")

    def matches(self, jurisdiction: str, matter_type: str, category: str, outcome: str) -> bool:
        return (self.active and self.jurisdiction == jurisdiction
                and self.matter_type in ("any", matter_type)
                and self.category in ("any", category)
                and (self.outcome == "any"
                     or self.outcome.strip().casefold() == (outcome or "").strip().casefold()))

    def specificity(self) -> int:
        return ((self.matter_type != "any") * 4 + (self.category != "any") * 2
                + (self.outcome != "any"))

    def describe(self) -> str:
        if self.from_event == "age":
            return f"until age {self.until_age}"
        return f"{self.years} years after closure"


def parse_rules(document: Mapping[str, Any]) -> list[RetentionRule]:
    if not isinstance(document, Mapping) or document.get("format") != "assist-retention-rules":
        raise ValidationError("retention rules", "is not a retention rules file")
    out, seen = [], set()
    for raw in document.get("rules", []):
        rule = RetentionRule(**{k: raw[k] for k in raw if k in RetentionRule.__dataclass_fields__})
        rule.validate()
        if rule.id in seen:
            raise ValidationError("id", f"'{rule.id}' is used twice")
        seen.add(rule.id)
        out.append(rule)
    return out


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:                       # 29 February -> 28 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class MatterFacts:
    matter_type: str
    category: str
    outcome: str
    closed_on: date | None


@dataclass(frozen=True)
class ReviewDate:
    on: date | None          # None: not due (open, on legal hold, or no rule applies)
    rule_ids: tuple[str, ...]
    held: bool = False       # a matter is on legal hold
    open: bool = False       # her file or a matter is still open


def rules_for(rules: Iterable[RetentionRule], jurisdiction: str,
              matters: Iterable[MatterFacts]) -> list[RetentionRule]:
    """The rule that applies to each of her matters (the most specific), once each, open
    matters included: what her file will be kept for."""
    rules = list(rules)
    out: dict[str, RetentionRule] = {}
    for matter in list(matters) or [MatterFacts("other", "standard", "", None)]:
        fitting = [r for r in rules if r.matches(jurisdiction, matter.matter_type,
                                                 matter.category, matter.outcome)]
        if fitting:
            rule = max(fitting, key=lambda r: r.specificity())
            out.setdefault(rule.id, rule)
    return list(out.values())


def review_date(rules: Iterable[RetentionRule], jurisdiction: str, *, closed_on: date | None,
                date_of_birth: date | None, matters: Iterable[MatterFacts],
                extended_to: date | None = None) -> ReviewDate:
    """When her file falls due for review under the schedule (see the module docstring)."""
    rules = list(rules)
    matters = list(matters) or [MatterFacts("other", "standard", "", closed_on)]
    if any(m.category == RetentionCategory.LEGAL_HOLD.value for m in matters):
        return ReviewDate(None, (), held=True)
    if closed_on is None or any(m.closed_on is None for m in matters):
        return ReviewDate(None, (), open=True)
    dates, used = [], []
    for matter in matters:
        fitting = [r for r in rules if r.matches(jurisdiction, matter.matter_type,
                                                 matter.category, matter.outcome)]
        if not fitting:
            return ReviewDate(None, ())
        rule = max(fitting, key=lambda r: r.specificity())
        closed = max(matter.closed_on, closed_on)
        if rule.from_event == "age" and date_of_birth is not None:
            dates.append(max(add_years(date_of_birth, rule.until_age or 0), closed))
        else:
            dates.append(add_years(closed, rule.years))
        used.append(rule.id)
    due = max(dates)
    if extended_to is not None and extended_to > due:
        due = extended_to
    return ReviewDate(due, tuple(dict.fromkeys(used)))
