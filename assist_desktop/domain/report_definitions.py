"""Report definitions as data: what a funder's report counts, table by table.

A definition is a JSON file in assist_desktop/resources/reports/ (README there): a title, a
description and a list of tables, each a measure (what is counted) broken down by a dimension
(rows) and by period (columns). The measures and dimensions a definition may name are the
catalogue below; the SQL behind each is in storage/statistics_repository.py. Nothing here can
ask for a person's row: a measure is a count or a sum, a dimension a category.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.statistics import Unit

CLIENT_DIMENSIONS = ("total", "nationality", "region", "age_band", "exploitation_form", "route",
                     "jurisdiction", "immigration_status")

# measure -> (unit, the dimensions it may be broken down by, what it counts, for people)
MEASURES: dict[str, tuple[Unit, tuple[str, ...], str]] = {
    "new_clients": (Unit.PEOPLE, CLIENT_DIMENSIONS,
                    "Women whose file was opened in the period."),
    "clients_supported": (Unit.PEOPLE, CLIENT_DIMENSIONS,
                          "Women whose file was open at any time in the period."),
    "nrm_referrals": (Unit.PEOPLE, ("total", "nrm_process"),
                      "Women referred for identification as a victim of trafficking."),
    "nrm_decisions": (Unit.PEOPLE, ("nrm_decision",),
                      "Women with an identification decision dated in the period."),
    "asylum_decisions": (Unit.PEOPLE, ("asylum_outcome",),
                         "Women with an asylum decision or appeal outcome in the period."),
    "compensation_awards": (Unit.PEOPLE, ("total", "compensation_scheme"),
                            "Women awarded compensation (accepted or paid) in the period."),
    "compensation_amount": (Unit.MONEY, ("compensation_currency", "compensation_scheme"),
                            "Compensation awarded (paid, else offered and accepted)."),
    "children_supported": (Unit.ITEMS, ("total", "child_location"),
                           "Children of women supported in the period."),
    "support_needs": (Unit.PEOPLE, ("support_area",),
                      "Women assessed as needing support, by area."),
    "referrals": (Unit.ITEMS, ("total", "support_area", "referral_status"),
                  "Referrals made to other services in the period."),
    "time": (Unit.MINUTES, ("total", "funder", "matter_type", "activity"),
             "Time recorded, in hours."),
    "matters_opened": (Unit.ITEMS, ("total", "matter_type", "jurisdiction"),
                       "Matters opened in the period."),
    "matters_closed": (Unit.ITEMS, ("total", "matter_type", "jurisdiction"),
                       "Matters closed in the period."),
}

# A woman may fall in more than one row: the total row counts each woman once.
MULTI_VALUED = frozenset({"exploitation_form", "nrm_decision", "asylum_outcome", "support_area"})
# Typed by staff: a value fewer than `threshold` women share is counted under "Other".
FREE_TEXT = frozenset({"nationality", "funder"})

# One of each pair is made of the other's rows (a region is a set of nationalities, a scheme
# pays in one currency): shown side by side for the same measure, a figure one table hides
# could be worked out from the other, so a definition may use only one of each pair.
NESTED = (("nationality", "region"), ("compensation_scheme", "compensation_currency"))

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_TABLES = 40
MAX_TEXT = 300


@dataclass(frozen=True)
class TableDefinition:
    title: str
    measure: str
    by: str


@dataclass(frozen=True)
class ReportDefinition:
    report_id: str
    title: str
    description: str
    tables: tuple[TableDefinition, ...]


def _text(value, where: str, *, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValidationError("report definition", f"{where} must be some text")
    if len(value) > MAX_TEXT or any(ord(ch) < 32 for ch in value):
        raise ValidationError("report definition", f"{where} is longer than {MAX_TEXT} "
                                                   f"characters or holds control characters")
    return value.strip()


def parse_definition(data, source: str) -> ReportDefinition:
    """A definition read from JSON, checked; a ValidationError names the file and the table."""
    if not isinstance(data, dict):
        raise ValidationError("report definition", f"{source}: must be a JSON object")
    unknown = set(data) - {"id", "title", "description", "tables"}
    if unknown:
        raise ValidationError("report definition",
                              f"{source}: unknown key(s) {', '.join(sorted(unknown))}")
    report_id = data.get("id")
    if not isinstance(report_id, str) or not _ID.match(report_id):
        raise ValidationError("report definition", f"{source}: \"id\" must be lower-case "
                                                    f"letters, digits, - or _")
    title = _text(data.get("title"), f"{source}: \"title\"")
    description = _text(data.get("description"), f"{source}: \"description\"", required=False)
    tables = data.get("tables")
    if not isinstance(tables, list) or not tables or len(tables) > MAX_TABLES:
        raise ValidationError("report definition", f"{source}: \"tables\" must be a list of "
                                                    f"1 to {MAX_TABLES} tables")
    parsed = []
    for n, table in enumerate(tables, start=1):
        where = f"{source}, table {n}"
        if not isinstance(table, dict) or set(table) - {"title", "measure", "by"}:
            raise ValidationError("report definition", f"{where}: must be an object with "
                                                        f"\"title\", \"measure\" and \"by\"")
        measure = table.get("measure")
        if measure not in MEASURES:
            raise ValidationError("report definition", f"{where}: unknown measure "
                                  f"{measure!r}; known: {', '.join(sorted(MEASURES))}")
        allowed = MEASURES[measure][1]
        by = table.get("by", "total")
        if by not in allowed:
            raise ValidationError("report definition", f"{where}: {measure} cannot be broken "
                                  f"down by {by!r}; it can by: {', '.join(allowed)}")
        parsed.append(TableDefinition(_text(table.get("title"), f"{where}: \"title\""),
                                      measure, by))
    for fine, coarse in NESTED:
        for measure in {t.measure for t in parsed}:
            used = {t.by for t in parsed if t.measure == measure}
            if {fine, coarse} <= used:
                raise ValidationError("report definition", f"{source}: {measure} by {fine} and "
                                      f"by {coarse} in one report could give back hidden "
                                      f"figures (one is made of the other's rows); keep one")
    return ReportDefinition(report_id, title, description, tuple(parsed))


AGE_BANDS = ("under_18", "18_24", "25_34", "35_44", "45_54", "55_plus")
OTHER, NOT_RECORDED = "~other", "~none"
UNMAPPED = "~unmapped"      # a nationality regions.json does not list

_LABELS = {
    OTHER: "Other (each fewer than the threshold)", NOT_RECORDED: "Not recorded",
    UNMAPPED: "Other regions",
    "total": "All", "under_18": "Under 18", "18_24": "18 to 24", "25_34": "25 to 34",
    "35_44": "35 to 44", "45_54": "45 to 54", "55_plus": "55 and over",
    "england-wales": "England and Wales", "scotland": "Scotland", "ireland": "Ireland",
    "self_referral": "Self-referral", "agency": "Referred by an agency",
    "uk_nrm": "UK National Referral Mechanism", "ireland_legacy": "Ireland (before 2024)",
    "ireland_2024_act": "Ireland (2024 Act)",
    "rg:positive": "Reasonable grounds: positive", "rg:negative": "Reasonable grounds: negative",
    "cg:positive": "Conclusive grounds: positive", "cg:negative": "Conclusive grounds: negative",
    "rc:positive": "Reconsideration: positive", "rc:negative": "Reconsideration: negative",
    "granted_humanitarian": "Granted humanitarian protection",
    "refused_certified": "Refused and certified", "cica": "CICA", "irish_cict": "Irish CICT",
    "wrc": "Workplace Relations Commission", "training_education": "Training and education",
    "criminal_proceedings_witness": "Criminal proceedings (witness)",
    "family_children": "Family and children", "housing_welfare": "Housing and welfare",
    "GBP": "GBP (£)", "EUR": "EUR (€)", "with_client": "Living with her",
    "temporary_permission_victim": "Temporary permission (victim)", "criminal": "Forced criminality",
}


def label(code: str) -> str:
    """A category code in words (a code of a free-text dimension is already words)."""
    if code in _LABELS:
        return _LABELS[code]
    if ":" in code:                       # scheme:currency
        scheme, currency = code.split(":", 1)
        return f"{label(scheme)} ({currency})"
    if code.islower() and " " not in code:
        return code.replace("_", " ").capitalize()
    return code
