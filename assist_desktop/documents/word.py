"""An editable Word (.docx) copy of a witness statement or a letter, for counsel and for
reading back to the client: the same content as the PDF, from the same input and the same
wording files, laid out simply (Word reflows it; page numbers are Word's own).

The only module that imports python-docx. The PDF stays the document of record: the Word
copy has no DRAFT watermark or page furniture, and is for editing, not for filing as is.

Values are read from the inputs through small helpers (`_get`), so that a renamed or added
field (legal name, exhibit register) changes one line here.
"""
from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from assist_desktop.documents import text, wording, witness_statement
from assist_desktop.documents.client_care import letter_wording
from assist_desktop.documents.letters import letter_parts
from assist_desktop.documents.formatting import long_date
from assist_desktop.documents.inputs import LetterInput, WitnessStatementInput
from assist_desktop.documents.inputs_admin import ClientCareLetterInput

FONT = "Times New Roman"
LETTER_TITLES = {"representations": "Representations",
                 "further_submissions": "Further submissions",
                 "support": "Letter of support"}


def supports(data: Any) -> bool:
    return isinstance(data, (WitnessStatementInput, LetterInput, ClientCareLetterInput))


def build_docx(data: Any) -> bytes:
    """The .docx bytes for a witness statement, a letter or a client care letter."""
    if isinstance(data, WitnessStatementInput):
        doc = _statement(data)
    elif isinstance(data, LetterInput):
        doc = _letter(data)
    elif isinstance(data, ClientCareLetterInput):
        doc = _client_care(data)
    else:
        raise TypeError(f"no Word copy for {type(data).__name__}")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _get(data: Any, *names: str, default: Any = "") -> Any:
    """The first of `names` the input has (fields are renamed as the inputs grow)."""
    for name in names:
        if hasattr(data, name):
            return getattr(data, name)
    return default


# --- the document ---------------------------------------------------------------------------
def _new(title: str, size: float, left_cm: float) -> Document:
    doc = Document()
    doc.core_properties.title = title  # the kind only, never the client (as the PDF)
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    doc.core_properties.comments = ""
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(size)
    for name, points in (("Heading 1", size + 3), ("Heading 2", size)):
        heading = doc.styles[name]  # black serif, as the PDF (not Word's blue theme font)
        heading.font.name, heading.font.size = FONT, Pt(points)
        heading.font.bold, heading.font.color.rgb = True, RGBColor(0, 0, 0)
        fonts = heading.element.rPr.rFonts
        for attribute in list(fonts.attrib):
            if attribute.endswith("Theme"):
                del fonts.attrib[attribute]
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
        section.left_margin, section.right_margin = Cm(left_cm), Cm(2.5)
    return doc


def _p(doc, value: str, *, bold: bool = False, align=None, style: str | None = None):
    """One paragraph of user text or wording: cleaned as for the PDF, line breaks kept."""
    para = doc.add_paragraph(style=style)
    lines = text.prepare(value).split("\n")
    for index, line in enumerate(lines):
        run = para.add_run(line)
        run.bold = bold or None
        if index < len(lines) - 1:
            run.add_break()
    if align is not None:
        para.alignment = align
    return para


def _paras(doc, value: str, **kwargs) -> None:
    for block in text.prepare(value).strip("\n").split("\n\n"):
        if block.strip():
            _p(doc, block.strip("\n"), **kwargs)


def _heading(doc, value: str) -> None:
    doc.add_heading(text.prepare(value), level=2)


def _label_values(doc, rows) -> None:
    for label, value in rows:
        if value:
            para = doc.add_paragraph()
            para.add_run(text.prepare(label)).bold = True
            para.add_run("\t" + text.prepare(value))


def _signature(doc, labels: dict, name: str, when: str = "") -> None:
    """Signed / Full name / Date; kept on one page with what precedes it (_keep)."""
    signed = _p(doc, f"{labels.get('signed', 'Signed')}\t" + "." * 60)
    signed.paragraph_format.space_before = Pt(24)
    _p(doc, f"{labels.get('name', 'Full name')}\t{name}")
    _p(doc, f"{labels.get('date', 'Date')}\t{when}")


def _keep(doc, start: int) -> None:
    """Paragraphs from `start` to the end stay on one page (a statement of truth and its
    signature are never split)."""
    for para in doc.paragraphs[start:-1]:
        para.paragraph_format.keep_with_next = True


# --- witness statement ----------------------------------------------------------------------
def _statement(data: WitnessStatementInput):
    """The parts the PDF prints (witness_statement.statement_parts), laid out for Word."""
    doc = _new("Witness statement", 12, 3.5)
    parts = witness_statement.statement_parts(data)
    for line in parts.top_right:
        para = _p(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT)
        para.paragraph_format.space_after = Pt(0)
    if parts.heading:
        _p(doc, parts.heading, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _label_values(doc, ((r.label, r.value) for r in data.references))
    if data.parties:
        _p(doc, parts.w.text("between"), bold=True)
        for index, party in enumerate(data.parties):
            if index:
                _p(doc, "and", align=WD_ALIGN_PARAGRAPH.CENTER)
            _p(doc, party.name.upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            _p(doc, party.role, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_heading(text.prepare(parts.title), level=1)
    _paras(doc, parts.opening)
    for item in parts.numbered[:-1]:
        _numbered_item(doc, item)
    start = len(doc.paragraphs)  # the last paragraph, the truth and the signature: one page
    _numbered_item(doc, parts.numbered[-1])
    _heading(doc, parts.truth_heading)
    _paras(doc, parts.truth_text)
    _signature(doc, parts.w.raw("signature"), parts.signer)
    _keep(doc, start)
    for declaration in parts.declarations:
        start = len(doc.paragraphs)
        _heading(doc, declaration.heading)
        _paras(doc, declaration.text)
        _signature(doc, parts.w.raw("signature"), declaration.name, declaration.when)
        _keep(doc, start)
    if data.exhibits:
        labels = parts.exhibit_labels
        _heading(doc, labels.get("heading", "EXHIBITS"))
        _label_values(doc, ((e.reference, e.description) for e in data.exhibits))
    return doc


def _numbered_item(doc, item) -> None:
    if item.heading:
        _heading(doc, item.heading)
    _numbered(doc, item.number, item.text)


def _numbered(doc, number: int, body: str) -> None:
    """"12." then the text, hanging; later blocks of the same paragraph are indented."""
    blocks = [b for b in text.prepare(body).strip("\n").split("\n\n") if b.strip()]
    for index, block in enumerate(blocks):
        para = _p(doc, block)
        para.paragraph_format.left_indent = Cm(1.1)
        if index == 0:
            para.paragraph_format.first_line_indent = Cm(-1.1)
            para.paragraph_format.tab_stops.add_tab_stop(Cm(1.1))
            first = para.runs[0]._r  # the number hangs before the text
            first.addprevious(_run_xml(para, f"{number}.\t"))


def _run_xml(para, value: str):
    """A detached run (w:r) holding `value`, to put before a paragraph's first run."""
    run = para.add_run(value)
    element = run._r
    element.getparent().remove(element)
    return element


# --- letters --------------------------------------------------------------------------------
def _letterhead(doc, head) -> None:
    _p(doc, head.name, bold=True)
    contact = "\n".join(head.contact_lines())
    if contact:
        _p(doc, contact, align=WD_ALIGN_PARAGRAPH.RIGHT)
    note = _get(head, "regulatory_note")
    if note:
        footer = doc.sections[0].footer.paragraphs[0]
        footer.text = text.prepare(note)


def _top(doc, when, recipient_lines, references) -> None:
    _p(doc, long_date(when), align=WD_ALIGN_PARAGRAPH.RIGHT)
    lines = "\n".join(line for line in recipient_lines if line)
    if lines:
        _p(doc, lines)
    _label_values(doc, ((r.label, r.value) for r in references))


def _sign_off(doc, closing: str, signer, centre) -> None:
    """Closing, space to sign, name, role and centre; kept with the last body paragraph."""
    start = len(doc.paragraphs) - 1
    _p(doc, closing)
    name = _p(doc, signer.name, bold=True)
    name.paragraph_format.space_before = Pt(36)
    if signer.role:
        _p(doc, signer.role)
    _p(doc, centre.name)
    _keep(doc, max(start, 0))


def _letter(data: LetterInput):
    """The parts the PDF prints (letters.letter_parts), laid out for Word."""
    doc = _new(LETTER_TITLES[data.kind.value], 11, 2.5)
    parts = letter_parts(data)
    _letterhead(doc, data.letterhead)
    r = data.recipient
    _top(doc, data.date, [r.name, r.department, r.organisation, *r.address_lines],
         data.references)
    _p(doc, parts.client_line)
    _p(doc, parts.subject, bold=True)
    _p(doc, parts.salutation)
    for number, paragraph in parts.body:
        if number:
            _numbered(doc, int(number.rstrip(".")), paragraph)
        else:
            _paras(doc, paragraph)
    _sign_off(doc, parts.closing, data.signatory, data.letterhead)
    if data.enclosures:
        _p(doc, parts.enclosures_label, bold=True)
        for item in data.enclosures:
            _p(doc, item, style="List Bullet")
    return doc


def _client_care(data: ClientCareLetterInput):
    doc = _new("Client care letter", 11.5, 2.5)
    w, values = letter_wording(data)
    _letterhead(doc, data.letterhead)
    _top(doc, data.date, [data.client_name, *data.client_address_lines], data.references)
    _p(doc, w.text("title"), bold=True)
    _p(doc, w.text("greeting"))
    _paras(doc, w.text("intro"))
    for section in w.raw("sections"):
        paragraphs = [w.fill(p, **values) for p in section["paragraphs"]]
        if not any(p.strip() for p in paragraphs):
            continue
        _heading(doc, w.fill(section["heading"], **values))
        for paragraph in paragraphs:
            _paras(doc, paragraph)
    _sign_off(doc, w.text("closing"), data.caseworker, data.letterhead)
    _p(doc, w.text("please_sign"))
    _signature(doc, {"signed": w.text("client_signature"), "name": "",
                     "date": w.text("date_label")}, "")
    return doc
