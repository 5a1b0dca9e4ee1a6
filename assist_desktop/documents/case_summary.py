"""Case summary for handing a case over to another caseworker (privileged)."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import long_date
from assist_desktop.documents.inputs_cases import CaseSummaryInput
from assist_desktop.documents.layout import render
from assist_desktop.documents.letters import WIDTH, letter_page
from assist_desktop.documents.styles import make_styles


def build_case_summary(data: CaseSummaryInput) -> bytes:
    styles = make_styles(10.5)
    w = wording.load(data.jurisdiction, "case_summary", data.term, client_name=data.client_name)
    labels = w.raw("labels")
    story: list[Flowable] = [text.para(w.text("marking"), styles.centre_bold, bold=True),
                             text.para(w.text("title"), styles.title, bold=True)]
    prepared_by = (f"{data.prepared_by.name}, {data.prepared_by.role}".strip(", ")
                   if data.prepared_by else "")
    story += blocks.maybe(blocks.label_values(
        [(labels["client"], data.client_name), (labels["prepared"],
                                                long_date(data.prepared_date)),
         (labels["prepared_by"], prepared_by), *[(r.label, r.value) for r in data.references]],
        styles, WIDTH))
    if data.key_dates:
        story.append(text.para(labels["key_dates"], styles.heading, bold=True))
        story += blocks.maybe(blocks.label_values(
            [(kd.label, long_date(kd.date) + (f" ({kd.note})" if kd.note else ""))
             for kd in data.key_dates], styles, WIDTH, 6 * cm))
    for section in data.sections:
        story.append(text.para(section.heading, styles.heading, bold=True))
        story += text.paras(section.text, styles.justified)
    story.append(text.para(labels["open_tasks"], styles.heading, bold=True))
    story += (blocks.bullet_list(data.open_tasks, styles) if data.open_tasks
              else [text.para(labels["none"], styles.body)])
    if data.contacts:
        story.append(text.para(labels["contacts"], styles.heading, bold=True))
        story.append(blocks.grid([labels["role"], labels["name"], labels["details"]],
                                 [[c.role, c.name, c.details] for c in data.contacts], styles,
                                 [4.5 * cm, 5 * cm, WIDTH - 9.5 * cm]))
    story.append(Spacer(1, 0.3 * cm))
    page = letter_page(data.letterhead, data.jurisdiction,
                       f"{w.text('marking')} · {data.client_name}")
    return render(story, page, styles, "Case summary")
