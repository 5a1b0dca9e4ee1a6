"""Compensation claim summary with a schedule of loss.

Each line is an amount or multiplicand x multiplier (exact: integer minor units times a
Decimal, rounded half-up once per line); subtotals and the total are integer sums, so the
figures add up to the penny or cent. Currency follows the jurisdiction (GBP or EUR).
"""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import currency_for, long_date, money
from assist_desktop.documents.inputs_cases import (
    CompensationSummaryInput, LossPeriod, ScheduleItem,
)
from assist_desktop.documents.letters import WIDTH, letter_page
from assist_desktop.documents.layout import render
from assist_desktop.documents.styles import SHADE, make_styles
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.money import Currency, check_minor, multiply, parse_multiplier

ORDER = (LossPeriod.GENERAL, LossPeriod.PAST, LossPeriod.FUTURE)


def item_value(item: ScheduleItem) -> int:
    """The line's value in minor units."""
    if item.amount_minor is not None:
        check_minor(f"schedule item '{item.head}'", item.amount_minor, allow_negative=True)
        return item.amount_minor
    if item.multiplicand_minor is None or item.multiplier is None:
        raise ValidationError(f"schedule item '{item.head}'",
                              "needs an amount, or a multiplicand and a multiplier")
    if isinstance(item.multiplier, float):
        raise ValidationError(f"schedule item '{item.head}'",
                              "multiplier must be exact (a Decimal or text such as '17.41')")
    return multiply(item.multiplicand_minor, item.multiplier)


def totals(items: tuple[ScheduleItem, ...]) -> dict[str, int]:
    """Subtotal per period and the grand total, in minor units."""
    result = {period.value: 0 for period in ORDER}
    for item in items:
        result[item.period.value] += item_value(item)
    result["grand"] = sum(result[period.value] for period in ORDER)
    return result


def build_compensation_summary(data: CompensationSummaryInput) -> bytes:
    styles = make_styles(10.5)
    currency = currency_for(data.jurisdiction)
    route = f"routes.{data.route}"
    w = wording.load(data.jurisdiction, "compensation", data.term,
                     claimant_name=data.claimant_name, forum=data.forum)
    has_route = bool(data.route) and w.has(route)
    forum = (w.text(f"{route}.forum") if has_route and w.has(f"{route}.forum")
             else data.forum)
    labels = w.raw("labels")
    story: list[Flowable] = [text.para(w.text("title"), styles.title, bold=True)]
    story += blocks.maybe(blocks.label_values([
        (labels["claimant"], data.claimant_name),
        (labels["date_of_birth"], long_date(data.claimant_date_of_birth)),
        (labels["forum"], forum),
        (labels["prepared"], long_date(data.prepared_date)),
        *[(r.label, r.value) for r in data.references]], styles, WIDTH))
    if has_route and w.has(f"{route}.intro"):
        story.append(Spacer(1, 0.25 * cm))
        for item in w.items(f"{route}.intro"):
            story += text.paras(item, styles.justified)
    story += _amounts(data, w, currency, styles)
    if data.key_dates:
        story.append(text.para(labels["key_dates"], styles.heading, bold=True))
        story += blocks.maybe(blocks.label_values(
            [(kd.label, long_date(kd.date) + (f" ({kd.note})" if kd.note else ""))
             for kd in data.key_dates], styles, WIDTH, 6 * cm))
    if data.circumstances:
        story.append(text.para(labels["circumstances"], styles.heading, bold=True))
        story += text.paras(data.circumstances, styles.justified)
    story.append(text.para(labels["schedule"], styles.heading, bold=True))
    story.append(_schedule(data, w, currency, styles))
    if data.notes:
        story.append(text.para(labels["notes"], styles.heading, bold=True))
        story += text.paras(data.notes, styles.body)
    truth = f"{route}.statement_of_truth" if has_route and w.has(
        f"{route}.statement_of_truth") else "statement_of_truth"
    lines = [text.para(w.text(f"{truth}.heading"), styles.heading, bold=True),
             text.para(w.text(f"{truth}.text"), styles.body)]
    if w.has(f"{truth}.authorised") and data.prepared_by is not None:
        lines.append(text.para(w.text(f"{truth}.authorised"), styles.body))
    story.append(KeepTogether([*lines, *blocks.signature({}, styles, WIDTH,
                                                         signer=data.prepared_by)]))
    page = letter_page(data.letterhead, data.jurisdiction,
                       f"{data.claimant_name} · {long_date(data.prepared_date)}")
    return render(story, page, styles, "Compensation claim summary")


def _amounts(data: CompensationSummaryInput, w, currency: Currency, styles) -> list[Flowable]:
    """Claimed (always the schedule's total: one source of truth), then what was offered,
    awarded and paid, each labelled as such."""
    if not w.has("amounts"):
        return []
    names = w.raw("amounts")
    rows = [(names["claimed"], money(totals(data.items)["grand"], currency))]
    rows += [(names[key], money(value, currency)) for key, value in
             (("offered", data.offered_minor), ("awarded", data.awarded_minor),
              ("paid", data.paid_minor)) if value is not None]
    if data.status:
        rows.append((names["status"], data.status))
    return [text.para(names["heading"], styles.heading, bold=True),
            *blocks.maybe(blocks.label_values(rows, styles, WIDTH, 8 * cm))]


def _schedule(data: CompensationSummaryInput, w, currency: Currency, styles):
    columns = w.raw("columns")
    sums = totals(data.items)
    rows: list[list] = []
    shaded: list[int] = []
    for period in ORDER:
        items = [item for item in data.items if item.period is period]
        if not items:
            continue
        shaded.append(len(rows) + 1)
        rows.append([text.para(w.text(f"periods.{period.value}"), styles.cell_bold, bold=True),
                     "", "", ""])
        for item in items:
            rows.append([item.head, item.description, _calculation(item, w, currency),
                         text.para(money(item_value(item), currency), styles.cell_right)])
        rows.append([text.para(w.text(f"totals.{period.value}"), styles.cell_bold, bold=True),
                     "", "", text.para(money(sums[period.value], currency), styles.cell_right,
                                       bold=True)])
    rows.append([text.para(w.text("totals.grand"), styles.cell_bold, bold=True), "", "",
                 text.para(money(sums["grand"], currency), styles.cell_right, bold=True)])
    table = blocks.grid([columns["head"], columns["details"], columns["calculation"],
                         columns["amount"]], rows, styles,
                        [4.0 * cm, WIDTH - 4.0 * cm - 4.6 * cm - 2.9 * cm, 4.6 * cm, 2.9 * cm])
    for row in shaded:
        table.setStyle([("BACKGROUND", (0, row), (-1, row), SHADE),
                        ("SPAN", (0, row), (-1, row))])
    table.setStyle([("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE)])
    return table


def _calculation(item: ScheduleItem, w, currency: Currency) -> str:
    if item.amount_minor is not None or item.multiplicand_minor is None:
        return ""
    factor: Decimal = parse_multiplier("multiplier", item.multiplier)
    shown = f"{factor.normalize():f}" + (f" {item.multiplier_basis}" if item.multiplier_basis
                                          else "")
    return w.text("calculation", multiplicand=money(item.multiplicand_minor, currency),
                  multiplier=shown)
