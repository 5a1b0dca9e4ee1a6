"""The subject access package: every record about her as a readable PDF, with the
machine-readable copy (JSON, CSV) and her attachments embedded in the same PDF as attached
files, the whole protected with a password (AES-256) before it leaves the store.

The builder takes plain data (SarDocument); the service decides what goes in which PDF
(the release copy, or the privileged part kept apart for the solicitor's review). Third
parties named in a record are listed in a redaction schedule at the front and flagged under
the record, so the solicitor redacts them before anything is released to her. Every piece
of user text goes through documents.text (escaped, shaped), so markup prints as typed.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.field_line import field_line
from assist_desktop.documents.protect import check_password
from assist_desktop.documents.inputs import CentreLetterhead
from assist_desktop.documents.layout import Page, render
from assist_desktop.documents.letters import WIDTH
from assist_desktop.documents.styles import make_styles

MAX_VALUE = 20_000     # characters of one field printed; the JSON copy keeps all of it
SHORT = 160            # a field up to this long (one line) goes on the record's summary line
KEEP_AT_MOST = 8 * cm  # a record's heading is kept with at most this much of what follows


@dataclass(frozen=True)
class SarRecord:
    heading: str                                  # "Note 3" (wording + number)
    fields: tuple[tuple[str, str], ...]           # (label, value) in order
    flags: tuple[str, ...] = ()                   # redaction numbers ("R1", ...) named here


@dataclass(frozen=True)
class SarSection:
    title: str
    records: tuple[SarRecord, ...]


@dataclass(frozen=True)
class ThirdParty:
    number: str            # "R1"
    name: str
    category: str          # "Party to a matter (trafficker)", "Her child", ...
    where: str             # "Note 3, Note 7"


@dataclass(frozen=True)
class SarDocument:
    jurisdiction: str
    letterhead: CentreLetterhead
    reference: str
    prepared_on: str                   # long date
    prepared_by: str
    privileged_part: bool              # True: the privileged material kept apart
    sections: tuple[SarSection, ...]
    third_parties: tuple[ThirdParty, ...] = ()
    attached_files: tuple[str, ...] = ()   # names of the files embedded in the PDF
    request_line: str = ""             # "Request received 3 March 2026, due 3 April 2026"
    counts: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    retention: str = ""                # how long her file is kept (the retention schedule)


def build_subject_access_pdf(data: SarDocument) -> bytes:
    styles = make_styles(10)
    w = wording.load(data.jurisdiction, "subject_access")
    labels = w.raw("labels")
    title = w.text("privileged_title" if data.privileged_part else "title")
    story: list[Flowable] = [text.para(title, styles.title, bold=True),
                             text.para(w.text("privileged_marking" if data.privileged_part
                                              else "marking"), styles.centre_bold, bold=True)]
    story += blocks.maybe(blocks.label_values(
        [(labels["reference"], data.reference), (labels["centre"], data.letterhead.name),
         (labels["prepared_on"], data.prepared_on), (labels["prepared_by"], data.prepared_by),
         (labels["request"], data.request_line)], styles, WIDTH))
    intro = "privileged_intro" if data.privileged_part else "intro"
    story += text.paras(w.text(intro), styles.justified)
    if data.counts:
        story.append(text.para(labels["contents"], styles.heading, bold=True))
        story.append(blocks.grid([labels["kind"], labels["count"]],
                                 [[kind, str(n)] for kind, n in data.counts], styles,
                                 [WIDTH - 3 * cm, 3 * cm]))
    story.append(text.para(labels["redaction_schedule"], styles.heading, bold=True))
    if data.third_parties:
        story += text.paras(w.text("redaction_intro"), styles.body)
        story.append(blocks.grid(
            [labels["flag"], labels["name"], labels["who"], labels["where"]],
            [[p.number, p.name, p.category, p.where] for p in data.third_parties], styles,
            [1.4 * cm, 4.2 * cm, 4.4 * cm, WIDTH - 10 * cm]))
    else:
        story.append(text.para(w.text("no_third_parties"), styles.body))
    if data.attached_files:
        story.append(text.para(labels["attached_files"], styles.heading, bold=True))
        story += text.paras(w.text("attached_intro"), styles.body)
        story += blocks.bullet_list(data.attached_files, styles)
    if not data.privileged_part:
        story.append(text.para(labels["your_rights"], styles.heading, bold=True))
        story += text.paras(w.text("rights"), styles.justified)
        if data.retention:
            story.append(text.para(labels.get("retention", "How long her file is kept"),
                                   styles.subheading, bold=True))
            story.append(text.para(data.retention, styles.justified))
    record_heading = ParagraphStyle("record-heading", parent=styles.subheading,
                                    keepWithNext=0)
    for section in data.sections:
        story.append(text.para(section.title, styles.heading, bold=True))
        if not section.records:
            story.append(text.para(labels["none"], styles.body))
        for record in section.records:
            story += _record(record, labels, styles, record_heading)
    page = Page(footer_text=f"{data.letterhead.name} · {data.reference}",
                running_head=title,
                page_label=wording.common(data.jurisdiction).text("page_label"))
    return render(story, page, styles, "Subject access package")


def _record(record: SarRecord, labels: dict, styles,
            heading_style: ParagraphStyle | None = None) -> list[Flowable]:
    """The heading, the short fields on one line (label: value · ...), then each long field
    under its label as paragraphs. Plain paragraphs, no tables: a file of 500 notes is laid
    out in seconds. The heading is kept with the first block under it by a conditional page
    break measured here, not by keepWithNext (ReportLab wraps a KeepTogether group twice and
    copies the frame for it: 8% of a 500-note package)."""
    heading_style = heading_style or ParagraphStyle("record-heading", parent=styles.subheading,
                                                    keepWithNext=0)
    out: list[Flowable] = []
    if record.flags:
        out.append(text.para(f"{labels['redact']}: {', '.join(record.flags)}", styles.small,
                             bold=True))
    short = [(label, value) for label, value in record.fields
             if len(value) <= SHORT and "\n" not in value]
    if short:
        out.append(field_line(short, styles.small))
    for label, value in record.fields:
        if len(value) <= SHORT and "\n" not in value:
            continue
        if len(value) > MAX_VALUE:
            value = value[:MAX_VALUE] + " " + labels["cut"]
        out.append(text.para(label, styles.small, bold=True))
        out += text.paras(value, styles.body)
    out.append(Spacer(1, 0.15 * cm))
    _, first = out[0].wrap(WIDTH, KEEP_AT_MOST)
    keep = (heading_style.spaceBefore + heading_style.leading + heading_style.spaceAfter
            + out[0].getSpaceBefore() + first)
    return [CondPageBreak(min(keep, KEEP_AT_MOST)),
            text.para(record.heading, heading_style, bold=True), *out]


def package(pdf: bytes, files: dict[str, bytes], password: str | None) -> bytes:
    """`pdf` with `files` embedded as attached files (name -> bytes), encrypted with
    AES-256 under `password` (None only where the caller chose an unprotected copy)."""
    if password is not None:
        check_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for name, data in files.items():
        writer.add_attachment(name, data)
    if password is not None:
        writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attached_files(pdf: bytes, password: str) -> dict[str, bytes]:
    """The files embedded in a package (for checks and for whoever receives it)."""
    reader = PdfReader(io.BytesIO(pdf))
    if reader.is_encrypted:
        reader.decrypt(password)
    return {name: datas[0] for name, datas in reader.attachments.items()}
