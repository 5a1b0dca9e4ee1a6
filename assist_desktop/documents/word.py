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
    doc = _new("Witness statement", 12, 3.5)
    w = wording.load(data.jurisdiction, "witness_statement", data.term,
                     **witness_statement._values(data))
    keys = ["on_behalf_of", "witness", "number", "exhibits", "date"]
    if not _get(data, "on_behalf_of"):
        keys.remove("on_behalf_of")
    if not _get(data, "exhibits", default=()):
        keys.remove("exhibits")
    for key in keys:
        line = _p(doc, w.text(f"top_right.{key}"), align=WD_ALIGN_PARAGRAPH.RIGHT)
        line.paragraph_format.space_after = Pt(0)
    tribunal = _get(data, "tribunal") or w.text(f"tribunal.{data.purpose.value}")
    _p(doc, tribunal, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _label_values(doc, ((r.label, r.value) for r in _get(data, "references", default=())))
    parties = _get(data, "parties", default=())
    if parties:
        _p(doc, w.text("between"), bold=True)
        for index, party in enumerate(parties):
            if index:
                _p(doc, "and", align=WD_ALIGN_PARAGRAPH.CENTER)
            _p(doc, party.name.upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            _p(doc, party.role, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_heading(text.prepare(w.text("title")), level=1)

    intro = w.items("intro")
    _paras(doc, intro[0])
    number = 0
    for item in intro[1:] + [witness_statement._how_taken(data, w)]:
        number += 1
        _numbered(doc, number, item)
    for paragraph in data.paragraphs:
        if paragraph.heading:
            _heading(doc, paragraph.heading)
        number += 1
        _numbered(doc, number, paragraph.text)

    start = len(doc.paragraphs)
    _heading(doc, w.text("statement_of_truth.heading"))
    _paras(doc, w.text("statement_of_truth.text"))
    # the name she signs with: her legal name where the input has one (as the PDF)
    _signature(doc, w.raw("signature"), _get(data, "legal_name", "witness_name") or
               _get(data, "witness_name"))
    _keep(doc, start)
    interpreter, translation = _get(data, "interpreter", default=None), _get(
        data, "translation", default=None)
    if interpreter:
        _declaration(doc, w, "interpreter_declaration", interpreter.name,
                     long_date(interpreter.read_back_date))
    if translation:
        _declaration(doc, w, "translator_certificate", translation.name,
                     long_date(translation.date))
    return doc


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


def _declaration(doc, w, key: str, name: str, when: str) -> None:
    start = len(doc.paragraphs)
    _heading(doc, w.text(f"{key}.heading"))
    _paras(doc, w.text(f"{key}.text"))
    _signature(doc, w.raw("signature"), name, when)
    _keep(doc, start)


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
    kind = data.kind.value
    doc = _new(LETTER_TITLES[kind], 11, 2.5)
    extra = _get(data, "extra", default={}) or {}
    birth = _get(data, "client_date_of_birth", default=None)
    nationality = _get(data, "client_nationality")
    w = wording.load(data.jurisdiction, "letters", data.term, term_kind=kind,
                     client_name=data.client_name, centre_name=data.letterhead.name,
                     dob_clause=f", born {long_date(birth)}" if birth else "",
                     nationality_clause=f", {nationality}" if nationality else "",
                     **{**extra, "known_since": extra.get("known_since", "")
                        or "our first meeting"})
    _letterhead(doc, data.letterhead)
    r = data.recipient
    _top(doc, data.date, [r.name, r.organisation, *r.address_lines], data.references)
    _p(doc, w.text("client_line"))
    _p(doc, data.subject or w.text(f"{kind}.subject"), bold=True)
    _p(doc, data.salutation or w.text(f"{kind}.salutation") + ",")
    for item in w.items(f"{kind}.opening"):
        _paras(doc, item)
    for paragraph in data.paragraphs:
        _paras(doc, paragraph)
    for item in w.items(f"{kind}.ending"):
        _paras(doc, item)
    _sign_off(doc, w.text(f"{kind}.closing"), data.signatory, data.letterhead)
    if data.enclosures:
        _p(doc, w.text("enclosures"), bold=True)
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
