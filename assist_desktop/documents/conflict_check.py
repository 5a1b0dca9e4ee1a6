"""Conflict-of-interest check record: names searched, possible matches, how resolved."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import long_date
from assist_desktop.documents.inputs_admin import ConflictCheckRecordInput
from assist_desktop.documents.layout import render
from assist_desktop.documents.letters import WIDTH, letter_page
from assist_desktop.documents.styles import make_styles


def build_conflict_check_record(data: ConflictCheckRecordInput) -> bytes:
    styles = make_styles(10.5)
    w = wording.load(data.jurisdiction, "conflict_check")
    labels = w.raw("labels")

    def who(signer):
        return f"{signer.name}, {signer.role}".strip(", ") if signer else ""

    story: list[Flowable] = [text.para(w.text("title"), styles.title, bold=True)]
    story += blocks.maybe(blocks.label_values(
        [(labels["client"], data.client_name), (labels["matter"], data.matter_description),
         (labels["date"], long_date(data.checked_date)),
         (labels["checked_by"], who(data.checked_by))], styles, WIDTH))
    story.append(text.para(labels["names"], styles.heading, bold=True))
    story += blocks.bullet_list(data.names_searched, styles)
    story.append(text.para(labels["hits"], styles.heading, bold=True))
    if data.hits:
        story.append(blocks.grid(
            [labels["name_searched"], labels["matched"], labels["role"], labels["score"],
             labels["disposition"]],
            [[h.name_searched, h.matched_name, h.matched_role, f"{h.score}%", h.disposition]
             for h in data.hits], styles,
            [3.3 * cm, 3.3 * cm, 3.4 * cm, 2.3 * cm, WIDTH - 12.3 * cm]))
    else:
        story.append(text.para(labels["no_hits"], styles.body))
    story.append(Spacer(1, 0.3 * cm))
    story += blocks.maybe(blocks.label_values(
        [(labels["outcome"], data.outcome), (labels["decided_by"], who(data.decided_by))],
        styles, WIDTH))
    if data.notes:
        story.append(text.para(labels["notes"], styles.heading, bold=True))
        story += text.paras(data.notes, styles.body)
    story.append(KeepTogether([Spacer(1, 0.3 * cm),
                               *text.paras(w.text("declaration"), styles.justified),
                               *blocks.signature({}, styles, WIDTH, signer=data.checked_by)]))
    page = letter_page(data.letterhead, data.jurisdiction, long_date(data.checked_date))
    return render(story, page, styles, "Conflict check record")
