"""Children's needs report: each child's situation, risks, needs and actions, for a
best-interests or family-reunion submission."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import age_on, long_date
from assist_desktop.documents.inputs_cases import ChildEntry, ChildrenReportInput
from assist_desktop.documents.layout import render
from assist_desktop.documents.letters import WIDTH, letter_page
from assist_desktop.documents.styles import Styles, make_styles


def build_children_report(data: ChildrenReportInput) -> bytes:
    styles = make_styles(10.5)
    w = wording.load(data.jurisdiction, "children", data.term, parent_name=data.parent_name)
    labels = w.raw("labels")
    story: list[Flowable] = [text.para(w.text("title"), styles.title, bold=True)]
    story += blocks.maybe(blocks.label_values(
        [(labels["parent"], data.parent_name), (labels["date"], long_date(data.report_date)),
         *[(r.label, r.value) for r in data.references]], styles, WIDTH))
    story += [Spacer(1, 0.2 * cm), *text.paras(w.text(f"purposes.{data.purpose.value}"),
                                               styles.justified)]
    if w.has("legal_note"):
        story += text.paras(w.text("legal_note"), styles.justified)
    if data.summary:
        story.append(text.para(labels["summary"], styles.heading, bold=True))
        story += text.paras(data.summary, styles.justified)
    for index, child in enumerate(data.children, start=1):
        story += _child(index, child, data, w, labels, styles)
    if data.author:
        story += [Spacer(1, 0.4 * cm), *blocks.signature({}, styles, WIDTH, signer=data.author,
                                                          when=long_date(data.report_date))]
    page = letter_page(data.letterhead, data.jurisdiction,
                       f"{data.parent_name} · {long_date(data.report_date)}")
    return render(story, page, styles, "Children's needs report")


def _child(index: int, child: ChildEntry, data: ChildrenReportInput, w, labels,
           styles: Styles) -> list[Flowable]:
    age = age_on(child.date_of_birth, data.report_date)
    age_text = ("" if age is None else labels["age_under_one"] if age == 0
                else w.fill(labels["age_years"], years=age))
    head = [text.para(f"{labels['child']} {index}: {child.name}", styles.heading, bold=True),
            *blocks.maybe(blocks.label_values([
                (labels["date_of_birth"], long_date(child.date_of_birth)),
                (labels["age"], age_text), (labels["location"], child.location),
                (labels["carer"], child.carer)], styles, WIDTH))]
    out: list[Flowable] = [KeepTogether(head)]
    if child.situation:
        out.append(text.para(labels["situation"], styles.subheading, bold=True))
        out += text.paras(child.situation, styles.justified)
    for key, items in (("risks", child.risks), ("needs", child.needs)):
        out.append(text.para(labels[key], styles.subheading, bold=True))
        out += (blocks.bullet_list(items, styles) if items
                else [text.para(labels["none"], styles.body)])
    if child.actions:
        out.append(text.para(labels["actions"], styles.subheading, bold=True))
        out.append(blocks.grid([labels["actions"], labels["by_whom"], labels["due"]],
                               [[a.action, a.by_whom, long_date(a.due)] for a in child.actions],
                               styles, [WIDTH - 7.5 * cm, 4.2 * cm, 3.3 * cm]))
    return out
