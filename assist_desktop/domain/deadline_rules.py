"""The deadline rules table: one row per time limit in DOMAIN.md Appendix B, as data.

Rules are read from JSON (the shipped defaults in assist_desktop/resources/rules/deadline_rules.json, or a
centre's edited copy kept in the database) and validated field by field; a bad rule gives a
`RuleValidationError` naming the rule and the field. Computing a due date from a rule lives in
`domain/deadlines.py`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, Iterable, Mapping

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.matters import MatterType
from assist_desktop.domain.working_days import JURISDICTIONS
from assist_desktop.platform.paths import resource

FORMAT = "assist-deadline-rules"
SCHEMA_VERSION = 1
RULES_RESOURCE = ("rules", "deadline_rules.json")

# Matter types a rule can be attached to; "any" applies to every matter (retention, SARs).
MATTER_TYPES = tuple(member.value for member in MatterType) + ("any",)
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_MONTH_DAY = re.compile(r"(\d\d)-(\d\d)")
MAX_AMOUNT = 36600
MAX_TEXT = 2000


class PeriodUnit(StrEnum):
    DAYS = "days"
    WORKING_DAYS = "working_days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


class DeadlineKind(StrEnum):
    HARD = "hard"               # a legal time limit: missing it loses a right
    TARGET = "target"           # an administrative target (the other side's, or a soft return date)
    PERIOD_END = "period_end"   # the end of a protected period (recovery, support, permission)
    REVIEW = "review"           # a review date (file retention)


class NonWorkingDay(StrEnum):
    ROLL_FORWARD = "roll_forward"  # the rule says an act due on a closed day is in time next working day
    ROLL_BACK = "roll_back"        # move to the previous working day
    NONE = "none"                  # the date stands; act_by shows the last working day before it


class Extension(StrEnum):
    NONE = "none"
    ACAS_EARLY_CONCILIATION = "acas_early_conciliation"      # ERA 1996 s.207B clock-stop
    INJURIES_RESOLUTION_BOARD = "injuries_resolution_board"  # Irish PI: paused at the Board + 6 months


@dataclass(frozen=True)
class Period:
    amount: int
    unit: PeriodUnit
    less_days: int = 0  # "3 months less 1 day": counted from (start - less_days)

    def describe(self) -> str:
        unit = self.unit.value.replace("_", " ")
        if self.amount == 1:
            unit = unit[:-1]
        text = f"{self.amount} {unit}"
        if self.less_days:
            text += f" less {self.less_days} day" + ("s" if self.less_days > 1 else "")
        return text


@dataclass(frozen=True)
class DeadlineRule:
    id: str
    jurisdictions: tuple[str, ...]
    process: str
    matter_type: str
    start_event: str
    period: Period
    kind: DeadlineKind
    non_working_day: NonWorkingDay
    reminder_days_before: tuple[int, ...]
    source_section: str
    source: str = ""
    notes: str = ""
    verify: bool = False
    regime: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    ends_early_on: str = ""
    extension: Extension = Extension.NONE
    closed_days: tuple[tuple[int, int], ...] = ()
    active: bool = True
    version: int = 1  # the database copy's version (optimistic concurrency); 1 for the defaults

    def applies_in(self, jurisdiction: str) -> bool:
        return jurisdiction in self.jurisdictions

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (the same shape the loader reads), without the database version."""
        return {
            "id": self.id, "jurisdictions": list(self.jurisdictions), "process": self.process,
            "matter_type": self.matter_type, "regime": self.regime,
            "start_event": self.start_event,
            "period": {"amount": self.period.amount, "unit": self.period.unit.value,
                       "less_days": self.period.less_days},
            "kind": self.kind.value, "non_working_day": self.non_working_day.value,
            "reminder_days_before": list(self.reminder_days_before),
            "source_section": self.source_section, "source": self.source, "notes": self.notes,
            "verify": self.verify,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "ends_early_on": self.ends_early_on, "extension": self.extension.value,
            "closed_days": [f"{m:02d}-{d:02d}" for m, d in self.closed_days],
            "active": self.active,
        }


class RuleValidationError(ValidationError):
    """One or more rules are malformed. `problems` lists every (field, reason) found."""

    def __init__(self, problems: list[tuple[str, str]]):
        first_field, first_reason = problems[0]
        super().__init__(first_field, first_reason)
        self.problems = list(problems)
        if len(problems) > 1:
            self.args = (f"{first_field}: {first_reason} (and {len(problems) - 1} more "
                         f"problem{'s' if len(problems) > 2 else ''})",)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[DeadlineRule, ...] = field(default_factory=tuple)

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> DeadlineRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def ids(self) -> list[str]:
        return [rule.id for rule in self.rules]

    def applicable(self, jurisdiction: str, matter_type: str | None = None,
                   *, include_inactive: bool = False) -> list[DeadlineRule]:
        """Rules for a jurisdiction (and matter type, counting 'any'), in table order."""
        return [rule for rule in self.rules
                if rule.applies_in(jurisdiction)
                and (include_inactive or rule.active)
                and (matter_type is None or rule.matter_type in (matter_type, "any"))]

    def to_json(self) -> str:
        document = {"format": FORMAT, "schema_version": SCHEMA_VERSION,
                    "rules": [rule.to_dict() for rule in self.rules]}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def replace_rule(self, rule: DeadlineRule) -> "RuleSet":
        return RuleSet(tuple(rule if r.id == rule.id else r for r in self.rules))


# --- parsing and validation ------------------------------------------------------------------
class _Problems:
    def __init__(self):
        self.items: list[tuple[str, str]] = []

    def add(self, where: str, reason: str) -> None:
        self.items.append((where, reason))


def _text(raw: Mapping, key: str, where: str, problems: _Problems, *, required: bool = True,
          limit: int = MAX_TEXT) -> str:
    value = raw.get(key, None)
    if value is None:
        if required:
            problems.add(f"{where}.{key}", "is required")
        return ""
    if not isinstance(value, str):
        problems.add(f"{where}.{key}", "must be text")
        return ""
    value = value.strip()
    if required and not value:
        problems.add(f"{where}.{key}", "must not be empty")
    if len(value) > limit:
        problems.add(f"{where}.{key}", f"is longer than {limit} characters")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        problems.add(f"{where}.{key}", "contains control characters")
    return value


def _int(value: Any, where: str, problems: _Problems, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add(where, "must be a whole number")
        return low
    if not low <= value <= high:
        problems.add(where, f"must be between {low} and {high}")
        return low
    return value


def _enum(enum_cls, value: Any, where: str, problems: _Problems, default):
    try:
        return enum_cls(value)
    except (ValueError, TypeError):
        choices = ", ".join(member.value for member in enum_cls)
        problems.add(where, f"must be one of: {choices}")
        return default


def _date(value: Any, where: str, problems: _Problems) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        problems.add(where, "must be a date written YYYY-MM-DD, or null")
        return None


def _bool(value: Any, where: str, problems: _Problems, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        problems.add(where, "must be true or false")
        return default
    return value


def _parse_rule(raw: Any, index: int, problems: _Problems) -> DeadlineRule | None:
    where = f"rules[{index}]"
    if not isinstance(raw, Mapping):
        problems.add(where, "must be an object")
        return None
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
        problems.add(f"{where}.id", "must be 1-64 lower-case letters, digits or hyphens")
        rule_id = f"rule-{index}"
    where = f"rules[{index}] ({rule_id})"
    known = {"id", "jurisdictions", "process", "matter_type", "regime", "start_event", "period",
             "kind", "non_working_day", "reminder_days_before", "source_section", "source",
             "notes", "verify", "valid_from", "valid_until", "ends_early_on", "extension",
             "closed_days", "active"}
    for key in raw:
        if key not in known:
            problems.add(f"{where}.{str(key)[:40]}", "is not a field of a deadline rule")

    jurisdictions = raw.get("jurisdictions")
    if not isinstance(jurisdictions, list) or not jurisdictions:
        problems.add(f"{where}.jurisdictions", f"must be a non-empty list of: {', '.join(JURISDICTIONS)}")
        jurisdictions = []
    for position, item in enumerate(jurisdictions):
        if item not in JURISDICTIONS:
            problems.add(f"{where}.jurisdictions[{position}]", f"must be one of: {', '.join(JURISDICTIONS)}")
    if len(set(jurisdictions)) != len(jurisdictions):
        problems.add(f"{where}.jurisdictions", "lists a jurisdiction twice")

    matter_type = raw.get("matter_type")
    if matter_type not in MATTER_TYPES:
        problems.add(f"{where}.matter_type", f"must be one of: {', '.join(MATTER_TYPES)}")

    period_raw = raw.get("period")
    period = Period(0, PeriodUnit.DAYS)
    if not isinstance(period_raw, Mapping):
        problems.add(f"{where}.period", "must be an object with amount, unit and less_days")
    else:
        amount = _int(period_raw.get("amount"), f"{where}.period.amount", problems, 0, MAX_AMOUNT)
        unit = _enum(PeriodUnit, period_raw.get("unit"), f"{where}.period.unit", problems,
                     PeriodUnit.DAYS)
        less = _int(period_raw.get("less_days", 0), f"{where}.period.less_days", problems, 0, 31)
        if unit is PeriodUnit.WORKING_DAYS and less:
            problems.add(f"{where}.period.less_days", "cannot be used with working days")
        for key in period_raw:
            if key not in ("amount", "unit", "less_days"):
                problems.add(f"{where}.period.{str(key)[:40]}", "is not a field of a period")
        period = Period(amount, unit, less)

    reminders_raw = raw.get("reminder_days_before", [])
    reminders: list[int] = []
    if not isinstance(reminders_raw, list):
        problems.add(f"{where}.reminder_days_before", "must be a list of whole numbers of days")
    else:
        for position, item in enumerate(reminders_raw):
            reminders.append(_int(item, f"{where}.reminder_days_before[{position}]", problems, 0, 3660))

    closed: list[tuple[int, int]] = []
    closed_raw = raw.get("closed_days", [])
    if not isinstance(closed_raw, list):
        problems.add(f"{where}.closed_days", "must be a list of MM-DD days")
    else:
        for position, item in enumerate(closed_raw):
            match = _MONTH_DAY.fullmatch(item) if isinstance(item, str) else None
            try:
                if not match:
                    raise ValueError
                date(2000, int(match.group(1)), int(match.group(2)))  # 2000: allows 02-29
                closed.append((int(match.group(1)), int(match.group(2))))
            except ValueError:
                problems.add(f"{where}.closed_days[{position}]", "must be a day written MM-DD")

    valid_from = _date(raw.get("valid_from"), f"{where}.valid_from", problems)
    valid_until = _date(raw.get("valid_until"), f"{where}.valid_until", problems)
    if valid_from and valid_until and valid_until < valid_from:
        problems.add(f"{where}.valid_until", "is before valid_from")

    return DeadlineRule(
        id=rule_id,
        jurisdictions=tuple(jurisdictions),
        process=_text(raw, "process", where, problems, limit=200),
        matter_type=matter_type if matter_type in MATTER_TYPES else "other",
        start_event=_text(raw, "start_event", where, problems, limit=200),
        period=period,
        kind=_enum(DeadlineKind, raw.get("kind"), f"{where}.kind", problems, DeadlineKind.HARD),
        non_working_day=_enum(NonWorkingDay, raw.get("non_working_day"),
                              f"{where}.non_working_day", problems, NonWorkingDay.NONE),
        reminder_days_before=tuple(sorted(set(reminders), reverse=True)),
        source_section=_text(raw, "source_section", where, problems, limit=40),
        source=_text(raw, "source", where, problems, required=False, limit=400),
        notes=_text(raw, "notes", where, problems, required=False),
        verify=_bool(raw.get("verify"), f"{where}.verify", problems, False),
        regime=_text(raw, "regime", where, problems, required=False, limit=120),
        valid_from=valid_from,
        valid_until=valid_until,
        ends_early_on=_text(raw, "ends_early_on", where, problems, required=False, limit=200),
        extension=_enum(Extension, raw.get("extension", "none"), f"{where}.extension", problems,
                        Extension.NONE),
        closed_days=tuple(sorted(set(closed))),
        active=_bool(raw.get("active"), f"{where}.active", problems, True),
    )


def parse_rule(raw: Mapping, index: int = 0) -> DeadlineRule:
    """One rule from its JSON form; raises RuleValidationError naming each bad field."""
    problems = _Problems()
    rule = _parse_rule(raw, index, problems)
    if problems.items or rule is None:
        raise RuleValidationError(problems.items or [(f"rules[{index}]", "is not a rule")])
    return rule


def parse_rules(document: Any) -> RuleSet:
    """A whole table from a parsed JSON document ({"format": ..., "rules": [...]}) or a list."""
    problems = _Problems()
    if isinstance(document, Mapping):
        if document.get("format", FORMAT) != FORMAT:
            problems.add("format", f"must be {FORMAT!r}")
        version = document.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            problems.add("schema_version", f"must be {SCHEMA_VERSION} (this version of ASSIST "
                                            f"Desktop reads rules table version {SCHEMA_VERSION})")
        items = document.get("rules")
    else:
        items = document
    if not isinstance(items, list):
        problems.add("rules", "must be a list of rules")
        raise RuleValidationError(problems.items)
    rules: list[DeadlineRule] = []
    seen: set[str] = set()
    for index, raw in enumerate(items):
        rule = _parse_rule(raw, index, problems)
        if rule is None:
            continue
        if rule.id in seen:
            problems.add(f"rules[{index}].id", f"{rule.id!r} is used by another rule")
        seen.add(rule.id)
        rules.append(rule)
    if problems.items:
        raise RuleValidationError(problems.items)
    return RuleSet(tuple(rules))


def loads(text: str) -> RuleSet:
    """A rules table from JSON text (an export, an edited copy, the shipped defaults)."""
    try:
        document = json.loads(text)
    except (TypeError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        where = f"line {line}" if line else "file"
        raise RuleValidationError([(where, "is not valid JSON")]) from None
    return parse_rules(document)


def load_default_rules() -> RuleSet:
    """The rules shipped with the application (assist_desktop/resources/rules/deadline_rules.json)."""
    return loads(resource(*RULES_RESOURCE).read_text(encoding="utf-8"))


def with_version(rule: DeadlineRule, version: int) -> DeadlineRule:
    return replace(rule, version=version)


def rules_from(items: Iterable[DeadlineRule]) -> RuleSet:
    return RuleSet(tuple(items))
