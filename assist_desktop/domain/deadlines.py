"""Computing a due date from a deadline rule, a start date and the matter's jurisdiction.

Pure: the same inputs always give the same `DueDate`, which says how it was reached (period,
clock-stops, early end, non-working-day handling) so a solicitor can check it by hand.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Mapping

from assist_desktop.domain.deadline_rules import (DeadlineKind, DeadlineRule, Extension,
                                                  NonWorkingDay, PeriodUnit)
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.working_days import (WorkingCalendar, add_months, calendar_for,
                                                jurisdiction_key)

# Names of the extra events some rules need (keys of the `events` mapping).
ACAS_DAY_A = "ACAS early conciliation started (Day A)"
ACAS_DAY_B = "ACAS early conciliation certificate received (Day B)"
IRB_APPLICATION = "application made to the Injuries Resolution Board"
IRB_RELEASE = "Injuries Resolution Board authorisation or release issued"


@dataclass(frozen=True)
class DueDate:
    rule_id: str
    jurisdiction: str
    kind: DeadlineKind
    start: date
    unadjusted: date       # start + period, before clock-stops, early end and closed days
    due: date              # the date the rule gives (after all adjustments)
    act_by: date           # the last working day on or before `due`: the safe day to act
    rolled: bool           # moved because the unadjusted date was not a working day
    non_working_reason: str | None  # why `unadjusted`/`due` was not a working day
    reminders: tuple[date, ...]
    warnings: tuple[str, ...]
    verify: bool
    explanation: str

    def is_overdue(self, today: date) -> bool:
        return today > self.due

    def days_left(self, today: date) -> int:
        return (self.due - today).days


def _fmt(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _add_period(rule: DeadlineRule, start: date, cal: WorkingCalendar) -> date:
    period = rule.period
    base = start - timedelta(days=period.less_days)
    if period.unit is PeriodUnit.DAYS:
        return base + timedelta(days=period.amount)
    if period.unit is PeriodUnit.WEEKS:
        return base + timedelta(weeks=period.amount)
    if period.unit is PeriodUnit.MONTHS:
        return add_months(base, period.amount)
    if period.unit is PeriodUnit.YEARS:
        return add_months(base, 12 * period.amount)
    return cal.add_working_days(base, period.amount)


def _acas(limit: date, events: Mapping[str, date], notes: list[str], warnings: list[str]) -> date:
    day_a, day_b = events.get(ACAS_DAY_A), events.get(ACAS_DAY_B)
    if day_a is None or day_b is None:
        warnings.append("ACAS early conciliation dates (Day A and Day B) are not recorded: the "
                        "date shown has no clock-stop; it may be later once they are.")
        return limit
    if day_b < day_a:
        raise ValidationError("events", "the ACAS certificate (Day B) is dated before early "
                                        "conciliation started (Day A)")
    if day_a > limit:
        warnings.append("Early conciliation started after the time limit had expired: it does "
                        "not extend it.")
        return limit
    # ERA 1996 s.207B(3): the days after Day A up to and including Day B do not count.
    extended = limit + timedelta(days=(day_b - day_a).days)
    notes.append(f"ACAS clock-stop of {(day_b - day_a).days} days")
    # s.207B(4): a limit expiring between Day A and one month after Day B expires a month after Day B.
    month_after_b = add_months(day_b, 1)
    if day_a <= extended < month_after_b:
        extended = month_after_b
        notes.append("at least one month after the ACAS certificate (s.207B(4))")
    return extended


def _irb(limit: date, events: Mapping[str, date], notes: list[str], warnings: list[str]) -> date:
    applied, released = events.get(IRB_APPLICATION), events.get(IRB_RELEASE)
    if applied is None:
        warnings.append("No Injuries Resolution Board application is recorded: the date shown "
                        "has no pause for the Board.")
        return limit
    if applied > limit:
        warnings.append("The Board application was made after the limit expired: it does not "
                        "pause it.")
        return limit
    if released is None:
        warnings.append("The claim is still with the Injuries Resolution Board: time is paused; "
                        "the date shown is provisional.")
        return limit
    if released < applied:
        raise ValidationError("events", "the Board's release is dated before the application")
    resumes = add_months(released, 6)
    notes.append(f"paused at the Injuries Resolution Board and for 6 months after release "
                 f"({(resumes - applied).days} days)")
    return limit + (resumes - applied)


def compute_due(rule: DeadlineRule, start: date, jurisdiction: str,
                events: Mapping[str, date] | None = None) -> DueDate:
    """The due date under `rule` for a clock started on `start` in `jurisdiction`.

    `events` holds the dates of other named events the rule may use: the event in
    `rule.ends_early_on` (e.g. a conclusive grounds decision ending a support period), or the
    ACAS / Injuries Resolution Board dates for rules with a clock-stop extension.
    """
    if not isinstance(start, date):
        raise ValidationError("start", "must be a date")
    try:
        key = jurisdiction_key(jurisdiction)
    except ValueError as exc:
        raise ValidationError("jurisdiction", str(exc)) from None
    if not rule.applies_in(key):
        raise ValidationError("jurisdiction", f"the rule {rule.id!r} does not apply in {key}")
    events = dict(events or {})
    cal = calendar_for(key, rule.closed_days)
    notes: list[str] = []
    warnings: list[str] = []

    unadjusted = _add_period(rule, start, cal)
    due = unadjusted
    if rule.extension is Extension.ACAS_EARLY_CONCILIATION:
        due = _acas(due, events, notes, warnings)
    elif rule.extension is Extension.INJURIES_RESOLUTION_BOARD:
        due = _irb(due, events, notes, warnings)

    if rule.ends_early_on:
        early = events.get(rule.ends_early_on)
        if early is not None and early < due:
            due = max(early, start)
            notes.append(f"ended early on the {rule.ends_early_on}")

    reason = cal.holiday_name(due)
    rolled = False
    if reason is not None:
        if rule.non_working_day is NonWorkingDay.ROLL_FORWARD:
            due, rolled = cal.next_working_day(due), True
            notes.append(f"falls on a non-working day ({reason}): moved to the next working day")
        elif rule.non_working_day is NonWorkingDay.ROLL_BACK:
            due, rolled = cal.previous_working_day(due), True
            notes.append(f"falls on a non-working day ({reason}): moved to the previous working day")
        elif rule.kind in (DeadlineKind.HARD, DeadlineKind.TARGET):
            warnings.append(f"The date falls on a non-working day ({reason}) and is not extended: "
                            f"act by {_fmt(cal.previous_working_day(due))}.")
    act_by = cal.previous_working_day(due)

    reminders = sorted({cal.previous_working_day(act_by - timedelta(days=n))
                        for n in rule.reminder_days_before if n > 0} - {act_by})
    reminders = tuple(day for day in reminders if day > start)

    if rule.valid_from and start < rule.valid_from:
        warnings.append(f"This rule applies from {_fmt(rule.valid_from)}; check which rule "
                        f"applied on {_fmt(start)}.")
    if rule.valid_until and start > rule.valid_until:
        warnings.append(f"This rule applied until {_fmt(rule.valid_until)}; check the current rule.")
    if rule.verify:
        warnings.append("This rule is marked [VERIFY]: confirm the period against the current law.")

    explanation = f"{rule.period.describe()} from {_fmt(start)} = {_fmt(unadjusted)}"
    if notes:
        explanation += "; " + "; ".join(notes)
    if due != unadjusted:
        explanation += f"; due {_fmt(due)}"
    return DueDate(rule_id=rule.id, jurisdiction=key, kind=rule.kind, start=start,
                   unadjusted=unadjusted, due=due, act_by=act_by, rolled=rolled,
                   non_working_reason=reason, reminders=reminders, warnings=tuple(warnings),
                   verify=rule.verify, explanation=explanation)
