"""Deadline rules: every row of DOMAIN.md Appendix B computed on known dates, across weekends
and public holidays (Christmas, Easter, St Andrew's Day, St Patrick's Day, St Brigid's Day...).

Expected dates are written out by hand. Working-day cases are also cross-checked against a
naive counter over the bank holidays typed in below (independent of the `holidays` package).
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from assist_desktop.domain import deadline_rules as dr
from assist_desktop.domain.deadlines import (ACAS_DAY_A, ACAS_DAY_B, IRB_APPLICATION, IRB_RELEASE,
                                             compute_due)
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.working_days import WorkingCalendar, add_months, jurisdiction_key

D = date
EW, SC, IE = "england-wales", "scotland", "ireland"

# Bank and public holidays 2025-2026, typed from the published calendars.
HOLIDAYS = {
    EW: {D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
         D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26), D(2026, 1, 1), D(2026, 4, 3),
         D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25),
         D(2026, 12, 28)},
    SC: {D(2025, 1, 1), D(2025, 1, 2), D(2025, 4, 18), D(2025, 5, 5), D(2025, 5, 26),
         D(2025, 8, 4), D(2025, 12, 1), D(2025, 12, 25), D(2025, 12, 26), D(2026, 1, 1),
         D(2026, 1, 2), D(2026, 4, 3), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 3),
         D(2026, 11, 30), D(2026, 12, 25), D(2026, 12, 28)},
    IE: {D(2025, 1, 1), D(2025, 2, 3), D(2025, 3, 17), D(2025, 4, 21), D(2025, 5, 5),
         D(2025, 6, 2), D(2025, 8, 4), D(2025, 10, 27), D(2025, 12, 25), D(2025, 12, 26),
         D(2026, 1, 1), D(2026, 2, 2), D(2026, 3, 17), D(2026, 4, 6), D(2026, 5, 4),
         D(2026, 6, 1), D(2026, 8, 3), D(2026, 10, 26), D(2026, 12, 25)},
}


def naive_add_working_days(jurisdiction: str, start: date, count: int) -> date:
    day = start
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in HOLIDAYS[jurisdiction]:
            count -= 1
    return day


@pytest.fixture(scope="module")
def rules() -> dr.RuleSet:
    return dr.load_default_rules()


# (rule id, jurisdiction, start, events, expected due, expected act_by, rolled)
CASES = [
    # NRM RG target: Easter. E&W skips Good Friday and Easter Monday; Scotland works Easter Monday.
    ("nrm-rg-decision", EW, D(2025, 4, 17), {}, D(2025, 4, 28), D(2025, 4, 28), False),
    ("nrm-rg-decision", SC, D(2025, 4, 17), {}, D(2025, 4, 25), D(2025, 4, 25), False),
    # Recovery period ends on a Saturday: not moved (a period, not a filing); act_by the Friday.
    ("ew-recovery-period", EW, D(2025, 1, 2), {}, D(2025, 2, 1), D(2025, 1, 31), False),
    # Scotland 90 days ends on St Andrew's Day (a Sunday in 2025); a CG decision ends it early.
    ("scot-support-period", SC, D(2025, 9, 1), {}, D(2025, 11, 30), D(2025, 11, 28), False),
    ("scot-support-period", SC, D(2025, 9, 1), {"conclusive grounds decision": D(2025, 10, 15)},
     D(2025, 10, 15), D(2025, 10, 15), False),
    ("scot-support-period", SC, D(2025, 9, 1), {"conclusive grounds decision": D(2026, 1, 15)},
     D(2025, 11, 30), D(2025, 11, 28), False),
    # ECAT 30 days ends on St Patrick's Day in Ireland.
    ("ecat-recovery-reflection", IE, D(2025, 2, 15), {}, D(2025, 3, 17), D(2025, 3, 14), False),
    ("ecat-recovery-reflection", EW, D(2025, 2, 15), {}, D(2025, 3, 17), D(2025, 3, 17), False),
    # Irish legacy: 60 days ends Saturday 1 Feb 2025 (St Brigid's Day is Monday 3 Feb).
    ("ie-legacy-recovery-reflection", IE, D(2024, 12, 3), {}, D(2025, 2, 1), D(2025, 1, 31), False),
    # 6 months from 31 August: clamped to 28 February.
    ("ie-legacy-temporary-residence", IE, D(2025, 8, 31), {}, D(2026, 2, 28), D(2026, 2, 27), False),
    # 2024 Act appeal: 30 days lands on St Brigid's Day 2026 (Mon 2 Feb); not extended.
    ("ie-nrm-2024-refusal-appeal", IE, D(2026, 1, 3), {}, D(2026, 2, 2), D(2026, 1, 30), False),
    # FTT IAC in-country: 14 days lands on Christmas Day; rolls past Boxing Day and the weekend.
    ("ftt-iac-appeal-in-uk", EW, D(2025, 12, 11), {}, D(2025, 12, 29), D(2025, 12, 29), True),
    # ... and on Easter Monday 2026: E&W rolls to Tuesday, Scotland (Easter Monday worked) does not.
    ("ftt-iac-appeal-in-uk", EW, D(2026, 3, 23), {}, D(2026, 4, 7), D(2026, 4, 7), True),
    ("ftt-iac-appeal-in-uk", SC, D(2026, 3, 23), {}, D(2026, 4, 6), D(2026, 4, 6), False),
    # FTT IAC outside the UK: 28 days to New Year's Day; Scotland also closes on 2 January.
    ("ftt-iac-appeal-outside-uk", EW, D(2025, 12, 4), {}, D(2026, 1, 2), D(2026, 1, 2), True),
    ("ftt-iac-appeal-outside-uk", SC, D(2025, 12, 4), {}, D(2026, 1, 5), D(2026, 1, 5), True),
    # PTA to UT: 14 days to Sunday 30 Nov 2025 (St Andrew's Day, observed Mon 1 Dec in Scotland).
    ("ftt-iac-pta-ut-in-uk", SC, D(2025, 11, 16), {}, D(2025, 12, 2), D(2025, 12, 2), True),
    ("ftt-iac-pta-ut-in-uk", EW, D(2025, 11, 16), {}, D(2025, 12, 1), D(2025, 12, 1), True),
    ("ftt-iac-pta-ut-outside-uk", EW, D(2026, 3, 28), {}, D(2026, 4, 27), D(2026, 4, 27), True),
    # UT onward PTA: 12 working days across Christmas and New Year.
    ("ut-pta-onward-in-uk", EW, D(2025, 12, 15), {}, D(2026, 1, 5), D(2026, 1, 5), False),
    ("ut-pta-onward-in-uk", SC, D(2025, 12, 15), {}, D(2026, 1, 6), D(2026, 1, 6), False),
    # Renewed PTA (r.21): 14 days to the E&W late summer bank holiday (a Scottish working day).
    ("ut-renewed-pta-in-uk", EW, D(2025, 8, 11), {}, D(2025, 8, 26), D(2025, 8, 26), True),
    ("ut-renewed-pta-in-uk", SC, D(2025, 8, 11), {}, D(2025, 8, 25), D(2025, 8, 25), False),
    ("ut-renewed-pta-outside-uk", EW, D(2026, 1, 31), {}, D(2026, 3, 2), D(2026, 3, 2), True),
    # Asylum questionnaire: working days over Christmas; Scotland also loses 2 January.
    ("asylum-questionnaire-20", EW, D(2025, 12, 8), {}, D(2026, 1, 8), D(2026, 1, 8), False),
    ("asylum-questionnaire-20", SC, D(2025, 12, 8), {}, D(2026, 1, 9), D(2026, 1, 9), False),
    ("asylum-questionnaire-30", EW, D(2025, 12, 8), {}, D(2026, 1, 22), D(2026, 1, 22), False),
    # Child SEF: 60 working days over Easter 2026.
    ("child-sef", EW, D(2026, 3, 2), {}, D(2026, 5, 29), D(2026, 5, 29), False),
    ("child-sef", SC, D(2026, 3, 2), {}, D(2026, 5, 28), D(2026, 5, 28), False),
    # IPO2: 20 working days skipping St Patrick's Day.
    ("ie-ipo2-questionnaire", IE, D(2026, 3, 2), {}, D(2026, 3, 31), D(2026, 3, 31), False),
    # IPAT 2015: 15 working days skipping St Brigid's Day; 10 skipping St Patrick's Day.
    ("ipat-appeal-ipa2015", IE, D(2026, 1, 26), {}, D(2026, 2, 17), D(2026, 2, 17), False),
    ("ipat-appeal-ipa2015-accelerated", IE, D(2026, 3, 10), {}, D(2026, 3, 25), D(2026, 3, 25), False),
    # IPA 2026: 1 month (clamped) and one ending on the October bank holiday (not extended).
    ("ipat-appeal-ipa2026", IE, D(2026, 10, 31), {}, D(2026, 11, 30), D(2026, 11, 30), False),
    ("ipat-appeal-ipa2026", IE, D(2026, 9, 26), {}, D(2026, 10, 26), D(2026, 10, 23), False),
    ("ipat-appeal-ipa2026-accelerated", IE, D(2026, 12, 15), {}, D(2026, 12, 25), D(2026, 12, 24), False),
    # CICA: 2 years from 29 Feb 2024 is Sat 28 Feb 2026; minors until the 20th birthday.
    ("cica-application", EW, D(2024, 2, 29), {}, D(2026, 2, 28), D(2026, 2, 27), False),
    ("cica-application-minor", SC, D(2007, 6, 10), {}, D(2027, 6, 10), D(2027, 6, 10), False),
    # CICA review: 56 days to Christmas Day, not extended; acceptance lands on a working Monday.
    ("cica-review", EW, D(2025, 10, 30), {}, D(2025, 12, 25), D(2025, 12, 24), False),
    ("cica-acceptance", EW, D(2025, 11, 3), {}, D(2025, 12, 29), D(2025, 12, 29), False),
    # FTT (CIC): 90 days to Fri 2 Jan 2026: a working day in E&W, a holiday in Scotland.
    ("ftt-cic-appeal", EW, D(2025, 10, 4), {}, D(2026, 1, 2), D(2026, 1, 2), False),
    ("ftt-cic-appeal", SC, D(2025, 10, 4), {}, D(2026, 1, 5), D(2026, 1, 5), True),
    # ET: 3 months less 1 day; month-end (30 Nov -> 28 Feb, a Saturday) and a leap year.
    ("et-claim-gb", EW, D(2025, 1, 10), {}, D(2025, 4, 9), D(2025, 4, 9), False),
    ("et-claim-gb", EW, D(2025, 11, 30), {}, D(2026, 2, 28), D(2026, 2, 27), False),
    ("et-claim-gb", SC, D(2023, 11, 30), {}, D(2024, 2, 29), D(2024, 2, 29), False),
    # ACAS clock-stop: 19 days added (Day A 1 Mar, Day B 20 Mar).
    ("et-claim-gb", EW, D(2025, 1, 10), {ACAS_DAY_A: D(2025, 3, 1), ACAS_DAY_B: D(2025, 3, 20)},
     D(2025, 4, 28), D(2025, 4, 28), False),
    # ACAS: the extended limit falls within a month of Day B, so it is a month after Day B
    # (Sat 3 May 2025; Mon 5 May is the May bank holiday: act by Fri 2 May).
    ("et-claim-gb", EW, D(2025, 1, 10), {ACAS_DAY_A: D(2025, 4, 1), ACAS_DAY_B: D(2025, 4, 3)},
     D(2025, 5, 3), D(2025, 5, 2), False),
    ("et-claim-gb-era2025", EW, D(2026, 8, 31), {}, D(2027, 2, 28), D(2027, 2, 26), False),
    # Civil claim: 6 years from 1 Jan 2020 is New Year's Day 2026.
    ("civil-claim-trafficker-ew", EW, D(2020, 1, 1), {}, D(2026, 1, 1), D(2025, 12, 31), False),
    # WRC: 6 months beginning with 18 Sep 2025 ends 17 Mar 2026, St Patrick's Day.
    ("wrc-complaint", IE, D(2025, 9, 18), {}, D(2026, 3, 17), D(2026, 3, 16), False),
    ("wrc-complaint-extended", IE, D(2025, 3, 1), {}, D(2026, 2, 28), D(2026, 2, 27), False),
    # Irish PI: 2 years; paused at the Board from 1 Jun 2025 to 6 months after 1 Sep 2025.
    ("ie-pi-claim", IE, D(2024, 2, 3), {}, D(2026, 2, 3), D(2026, 2, 3), False),
    ("ie-pi-claim", IE, D(2024, 2, 3), {IRB_APPLICATION: D(2025, 6, 1), IRB_RELEASE: D(2025, 9, 1)},
     D(2026, 11, 3), D(2026, 11, 3), False),
    # Minor: 20th birthday is St Brigid's Day 2026.
    ("ie-pi-claim-minor", IE, D(2006, 2, 2), {}, D(2026, 2, 2), D(2026, 1, 30), False),
    ("ie-cict-application", IE, D(2025, 12, 17), {}, D(2026, 3, 17), D(2026, 3, 16), False),
    # 2 years to St Stephen's Day 2026 (a Saturday): act by Thursday 24 December.
    ("ie-cict-application-exceptional", IE, D(2024, 12, 26), {}, D(2026, 12, 26), D(2026, 12, 24), False),
    # SAR: month-end clamp; Christmas in E&W and Ireland; St Andrew's in Scotland; St Patrick's.
    ("sar-response", EW, D(2025, 1, 31), {}, D(2025, 2, 28), D(2025, 2, 28), False),
    ("sar-response", EW, D(2025, 11, 25), {}, D(2025, 12, 29), D(2025, 12, 29), True),
    ("sar-response", IE, D(2025, 11, 25), {}, D(2025, 12, 29), D(2025, 12, 29), True),
    ("sar-response", SC, D(2025, 10, 30), {}, D(2025, 12, 2), D(2025, 12, 2), True),
    ("sar-response", EW, D(2025, 10, 30), {}, D(2025, 12, 1), D(2025, 12, 1), True),
    ("sar-response", IE, D(2026, 2, 17), {}, D(2026, 3, 18), D(2026, 3, 18), True),
    # Extended SAR ends on Good Friday 2025: E&W rolls past Easter Monday, Scotland to Easter
    # Monday, Ireland (Good Friday is not a public holiday there) does not move.
    ("sar-response-extended", EW, D(2025, 1, 18), {}, D(2025, 4, 22), D(2025, 4, 22), True),
    ("sar-response-extended", SC, D(2025, 1, 18), {}, D(2025, 4, 21), D(2025, 4, 21), True),
    ("sar-response-extended", IE, D(2025, 1, 18), {}, D(2025, 4, 18), D(2025, 4, 18), False),
    ("retention-ew", EW, D(2019, 3, 31), {}, D(2026, 3, 31), D(2026, 3, 31), False),
    ("retention-ew-minor", EW, D(2008, 2, 29), {}, D(2033, 2, 28), D(2033, 2, 28), False),
    ("retention-scotland", SC, D(2025, 12, 15), {}, D(2035, 12, 15), D(2035, 12, 14), False),
]


@pytest.mark.parametrize("rule_id,jurisdiction,start,events,due,act_by,rolled", CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_each_rule_on_known_dates(rules, rule_id, jurisdiction, start, events, due, act_by, rolled):
    result = compute_due(rules.get(rule_id), start, jurisdiction, events)
    assert (result.due, result.act_by, result.rolled) == (due, act_by, rolled), result.explanation
    assert result.rule_id == rule_id and result.start == start
    assert result.act_by <= result.due
    for reminder in result.reminders:
        assert start < reminder < result.act_by
        assert WorkingCalendar(jurisdiction).is_working_day(reminder)


def test_every_rule_in_the_table_is_tested(rules):
    assert {case[0] for case in CASES} == set(rules.ids())


def test_every_appendix_b_row_has_a_rule(rules):
    sections = {rule.source_section for rule in rules}
    # The sections Appendix B cites: identification, asylum, appeals, compensation, SARs, retention.
    assert {"1.5", "1.6", "1.9", "1.10", "1.11", "2.1", "2.2", "2.3", "3.1", "3.3", "3.4", "3.5",
            "5.2", "5.3"} <= sections
    assert len(rules) >= 28  # one per row of Appendix B, more where a row has variants


WORKING_DAY_CASES = [c for c in CASES if c[0] in {
    "nrm-rg-decision", "ut-pta-onward-in-uk", "asylum-questionnaire-20", "asylum-questionnaire-30",
    "child-sef", "ie-ipo2-questionnaire", "ipat-appeal-ipa2015", "ipat-appeal-ipa2015-accelerated"}]


@pytest.mark.parametrize("case", WORKING_DAY_CASES, ids=[f"{c[0]}-{c[1]}" for c in WORKING_DAY_CASES])
def test_working_day_rules_agree_with_a_naive_count(rules, case):
    rule_id, jurisdiction, start, *_ = case
    rule = rules.get(rule_id)
    assert rule.period.unit is dr.PeriodUnit.WORKING_DAYS
    expected = naive_add_working_days(jurisdiction, start, rule.period.amount)
    assert compute_due(rule, start, jurisdiction).due == expected


@pytest.mark.parametrize("jurisdiction", [EW, SC, IE])
def test_calendars_match_the_published_holidays(jurisdiction):
    calendar = WorkingCalendar(jurisdiction)
    day = D(2025, 1, 1)
    while day <= D(2026, 12, 31):
        if day.weekday() < 5 and not (jurisdiction == SC and day == D(2026, 6, 15)):
            assert calendar.is_working_day(day) == (day not in HOLIDAYS[jurisdiction]), day
        day += timedelta(days=1)


def test_holiday_names():
    assert "Andrew" in WorkingCalendar(SC).holiday_name(D(2026, 11, 30))
    assert WorkingCalendar(EW).holiday_name(D(2026, 11, 30)) is None
    assert "Patrick" in WorkingCalendar(IE).holiday_name(D(2026, 3, 17))
    assert "Brigid" in WorkingCalendar(IE).holiday_name(D(2026, 2, 2))
    assert "Christmas" in WorkingCalendar(EW).holiday_name(D(2025, 12, 25))
    assert WorkingCalendar(EW).holiday_name(D(2025, 12, 27)) == "Saturday"


def test_add_months_clamps_to_month_end():
    assert add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2025, 3, 31), -1) == D(2025, 2, 28)
    assert add_months(D(2025, 12, 15), 1) == D(2026, 1, 15)
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)


def test_closed_days_extend_a_rolled_deadline(rules):
    rule = replace(rules.get("ftt-iac-appeal-in-uk"),
                   closed_days=((12, 27), (12, 28), (12, 29), (12, 30), (12, 31)))
    result = compute_due(rule, D(2025, 12, 11), EW)
    assert result.due == D(2026, 1, 2) and result.rolled


def test_jurisdiction_names_and_applicability(rules):
    assert jurisdiction_key("England & Wales") == EW
    assert jurisdiction_key("Scotland") == SC
    with pytest.raises(ValidationError) as caught:
        compute_due(rules.get("ipat-appeal-ipa2015"), D(2026, 1, 5), EW)
    assert caught.value.field == "jurisdiction"
    with pytest.raises(ValidationError):
        compute_due(rules.get("sar-response"), D(2026, 1, 5), "Narnia")


def test_warnings(rules):
    early = compute_due(rules.get("ipat-appeal-ipa2026"), D(2026, 6, 1), IE)
    assert any("applies from" in text for text in early.warnings)
    assert any("[VERIFY]" in text for text in early.warnings) and early.verify
    stale = compute_due(rules.get("ew-recovery-period"), D(2022, 12, 1), EW)
    assert any("applies from" in text for text in stale.warnings)
    holiday = compute_due(rules.get("cica-review"), D(2025, 10, 30), EW)
    assert any("Christmas" in text for text in holiday.warnings)
    no_acas = compute_due(rules.get("et-claim-gb"), D(2025, 1, 10), EW)
    assert any("ACAS" in text for text in no_acas.warnings)
    late_acas = compute_due(rules.get("et-claim-gb"), D(2025, 1, 10), EW,
                            {ACAS_DAY_A: D(2025, 5, 1), ACAS_DAY_B: D(2025, 5, 10)})
    assert late_acas.due == D(2025, 4, 9)
    assert any("after the time limit" in text for text in late_acas.warnings)
    with pytest.raises(ValidationError):
        compute_due(rules.get("et-claim-gb"), D(2025, 1, 10), EW,
                    {ACAS_DAY_A: D(2025, 3, 10), ACAS_DAY_B: D(2025, 3, 1)})


def test_explanation_says_how(rules):
    result = compute_due(rules.get("ftt-iac-appeal-in-uk"), D(2025, 12, 11), EW)
    assert "14 days" in result.explanation and "Christmas" in result.explanation
    assert result.unadjusted == D(2025, 12, 25) and result.non_working_reason == "Christmas Day"


# --- the table is editable data: JSON in, JSON out, clear errors naming the field -------------
def _raw_rules(rules) -> list[dict]:
    return [rule.to_dict() for rule in rules]


def test_json_round_trip(rules):
    again = dr.loads(rules.to_json())
    assert again == rules


def test_shipped_file_explains_its_choices():
    from assist_desktop.platform.paths import resource
    document = json.loads(resource("rules", "deadline_rules.json").read_text(encoding="utf-8"))
    assert "roll_forward" in document["non_working_day_policy"]
    assert document["format"] == dr.FORMAT and document["schema_version"] == dr.SCHEMA_VERSION


@pytest.mark.parametrize("change,field,words", [
    (lambda r: r["period"].__setitem__("unit", "fortnights"), "period.unit", "must be one of"),
    (lambda r: r["period"].__setitem__("amount", -3), "period.amount", "between"),
    (lambda r: r["period"].__setitem__("amount", "14"), "period.amount", "whole number"),
    (lambda r: r.__setitem__("jurisdictions", ["wales"]), "jurisdictions[0]", "must be one of"),
    (lambda r: r.__setitem__("jurisdictions", []), "jurisdictions", "non-empty"),
    (lambda r: r.__setitem__("kind", "soft"), "kind", "hard"),
    (lambda r: r.__setitem__("non_working_day", "skip"), "non_working_day", "roll_forward"),
    (lambda r: r.__setitem__("matter_type", "divorce"), "matter_type", "must be one of"),
    (lambda r: r.__setitem__("process", ""), "process", "must not be empty"),
    (lambda r: r.pop("start_event"), "start_event", "required"),
    (lambda r: r.__setitem__("valid_from", "12/06/2026"), "valid_from", "YYYY-MM-DD"),
    (lambda r: r.__setitem__("closed_days", ["12-32"]), "closed_days[0]", "MM-DD"),
    (lambda r: r.__setitem__("reminder_days_before", [7, "x"]), "reminder_days_before[1]", "whole"),
    (lambda r: r.__setitem__("verify", "yes"), "verify", "true or false"),
    (lambda r: r.__setitem__("colour", "red"), "colour", "not a field"),
    (lambda r: r.__setitem__("id", "Bad Id!"), "id", "lower-case"),
])
def test_validation_names_the_field(rules, change, field, words):
    raw = _raw_rules(rules)
    change(raw[3])
    with pytest.raises(dr.RuleValidationError) as caught:
        dr.parse_rules({"format": dr.FORMAT, "schema_version": 1, "rules": raw})
    error = caught.value
    assert error.field.startswith("rules[3]") and error.field.endswith(field), error.problems
    assert words in str(error)


def test_validation_collects_every_problem(rules):
    raw = _raw_rules(rules)
    raw[0]["kind"] = "x"
    raw[5]["period"]["unit"] = "y"
    raw[7]["id"] = raw[6]["id"]
    with pytest.raises(dr.RuleValidationError) as caught:
        dr.parse_rules(raw)
    assert len(caught.value.problems) == 3
    assert "and 2 more problems" in str(caught.value)


def test_working_days_cannot_take_less_days(rules):
    raw = rules.get("child-sef").to_dict()
    raw["period"]["less_days"] = 1
    with pytest.raises(dr.RuleValidationError) as caught:
        dr.parse_rule(raw)
    assert caught.value.field.endswith("period.less_days")


@pytest.mark.parametrize("text,field", [
    ("{not json", "line 1"),
    ('{"format": "other", "rules": []}', "format"),
    ('{"format": "assist-deadline-rules", "schema_version": 9, "rules": []}', "schema_version"),
    ('{"rules": 3}', "rules"),
    ('[1]', "rules[0]"),
])
def test_bad_documents(text, field):
    with pytest.raises(dr.RuleValidationError) as caught:
        dr.loads(text)
    assert caught.value.field == field


def test_applicable_rules_by_jurisdiction_and_matter(rules):
    ireland_appeals = {rule.id for rule in rules.applicable(IE, "appeal")}
    assert "ipat-appeal-ipa2015" in ireland_appeals
    assert "sar-response" in ireland_appeals  # 'any' rules apply to every matter type
    assert "ftt-iac-appeal-in-uk" not in ireland_appeals
    assert "et-claim-gb-era2025" not in {rule.id for rule in rules.applicable(EW, "employment")}
    assert "et-claim-gb-era2025" in {rule.id for rule in rules.applicable(EW, "employment",
                                                                         include_inactive=True)}
