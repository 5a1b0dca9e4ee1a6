"""Compensation claim summary with a schedule of loss.

Each line is an amount or multiplicand x multiplier (exact: integer minor units times a
Decimal, rounded half-up once per line); subtotals and the total are integer sums, so the
figures add up to the penny or cent. Currency follows the jurisdiction (GBP or EUR).
"""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether

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
    w = wording.load(data.jurisdiction, "compensation", data.term,
                     claimant_name=data.claimant_name, forum=data.forum)
    labels = w.raw("labels")
    story: list[Flowable] = [text.para(w.text("title"), styles.title, bold=True)]
    story += blocks.maybe(blocks.label_values([
        (labels["claimant"], data.claimant_name),
        (labels["date_of_birth"], long_date(data.claimant_date_of_birth)),
        (labels["forum"], data.forum),
        (labels["prepared"], long_date(data.prepared_date)),
        *[(r.label, r.value) for r in data.references]], styles, WIDTH))
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
    story.append(KeepTogether([
        text.para(w.text("statement_of_truth.heading"), styles.heading, bold=True),
        text.para(w.text("statement_of_truth.text"), styles.body),
        *blocks.signature({}, styles, WIDTH, signer=data.prepared_by)]))
    page = letter_page(data.letterhead, data.jurisdiction,
                       f"{data.claimant_name} · {long_date(data.prepared_date)}")
    return render(story, page, styles, "Compensation claim summary")


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
