"""Certificate of destruction: a file destroyed under the retention schedule, named only by
its reference and a SHA-256 fingerprint of its contents (no client data at all)."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.inputs import CentreLetterhead
from assist_desktop.documents.layout import render
from assist_desktop.documents.letters import WIDTH, letter_page
from assist_desktop.documents.styles import make_styles


@dataclass(frozen=True)
class DestructionCertificateInput:
    jurisdiction: str
    letterhead: CentreLetterhead
    certificate: str          # "DC-2026-0001"
    reference: str            # her file's reference, "C-2019-0042"
    destroyed_at: str         # "7 December 2026 12:30 UTC"
    destroyed_by: str         # the administrator (staff, not client data)
    rule: str                 # "ew-standard: 7 years after closure"
    record_hash: str          # 64 hex digits
    records: int | None = None    # None on a copy made later (the count was not kept)


def build_destruction_certificate(data: DestructionCertificateInput) -> bytes:
    styles = make_styles(10.5)
    w = wording.load(data.jurisdiction, "destruction_certificate")
    labels = w.raw("labels")
    story: list[Flowable] = [text.para(w.text("title"), styles.title, bold=True)]
    story += text.paras(w.text("intro"), styles.justified)
    story += blocks.maybe(blocks.label_values(
        [(labels["certificate"], data.certificate), (labels["reference"], data.reference),
         (labels["centre"], data.letterhead.name), (labels["destroyed_at"], data.destroyed_at),
         (labels["destroyed_by"], data.destroyed_by), (labels["rule"], data.rule),
         (labels["records"], "" if data.records is None else str(data.records))],
        styles, WIDTH))
    story.append(text.para(labels["hash"], styles.heading, bold=True))
    story.append(text.para(data.record_hash, styles.body))
    story.append(text.para(labels["what"], styles.heading, bold=True))
    for item in w.raw("what"):
        story.append(text.para(item, styles.numbered, bullet="•"))
    story.append(KeepTogether([Spacer(1, 0.4 * cm),
                               *blocks.signature({}, styles, WIDTH, name=data.destroyed_by)]))
    page = letter_page(data.letterhead, data.jurisdiction, data.certificate)
    return render(story, page, styles, "Certificate of destruction")
