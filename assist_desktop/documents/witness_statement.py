"""Witness statement to the practice-direction standard (CPR PD 32 paras 17-19, PD 22;
FTT IAC Practice Direction 2024 section 8).

Layout: A4, 3.5 cm binding margin, 12 pt with 1.5 line spacing; top-right box with the party,
the witness's initials and surname, the statement number, exhibits and date; the forum's
heading (none for a claim still with the Home Office, or with no matter) and title of
proceedings; her legal name with the name she uses ("known as"); every paragraph numbered
(headings are not); the language sentence and how the statement was taken; the statement of
truth and signature block kept with the last paragraph; the interpreter's read-back
declaration and the translator's certificate where used (blank lines to fill by hand when
she needs an interpreter and none is named yet); the exhibit register. Every page's footer
carries the witness's initials (letters only), the statement number and the first
reference, and "Page X of Y".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import long_date, ordinal
from assist_desktop.documents.inputs import WitnessStatementInput
from assist_desktop.documents.layout import PAGE_WIDTH, Page, render
from assist_desktop.documents.styles import make_styles, plain_table_style

LEFT, RIGHT = 3.5 * cm, 2.5 * cm
WIDTH = PAGE_WIDTH - LEFT - RIGHT
BLANK = "." * 40  # a line to fill in by hand
_BLANK_LINES = re.compile(r"\n\s*\n")
_NOT_NAME = re.compile(r"[^\w\s'\u2019-]|[\d_]")


@dataclass(frozen=True)
class Numbered:
    number: int
    text: str
    heading: str = ""  # printed above it, unnumbered


@dataclass(frozen=True)
class Declaration:
    heading: str
    text: str
    name: str
    when: str


@dataclass(frozen=True)
class StatementParts:
    """What the statement says, in order, decided once: the PDF below and the Word copy
    (documents/word.py) lay out the same parts, so they cannot drift apart."""
    w: wording.Wording
    top_right: tuple[str, ...]
    heading: str                      # the forum's heading; empty when there is none
    title: str
    opening: str                      # the unnumbered first paragraph
    numbered: tuple[Numbered, ...]    # every paragraph numbered, the last one included
    truth_heading: str
    truth_text: str
    signer: str
    declarations: tuple[Declaration, ...]
    exhibit_labels: dict
    footer: str


def statement_parts(data: WitnessStatementInput) -> StatementParts:
    values = _values(data)
    w = wording.load(data.jurisdiction, "witness_statement", data.term, **values)
    if data.known_as:
        values["known_as_clause"] = w.text("known_as_clause")
        w = wording.load(data.jurisdiction, "witness_statement", data.term, **values)
    purpose = data.purpose.value
    heading = data.tribunal or (w.text(f"tribunal.{purpose}")
                                if w.has(f"tribunal.{purpose}") else "")
    intro = w.items("intro")
    numbered: list[Numbered] = []
    for item in [*intro[1:], _language(data, w), _how_taken(data, w)]:
        numbered.append(Numbered(len(numbered) + 1, item))
    for paragraph in data.paragraphs:
        blocks_ = [b for b in _BLANK_LINES.split(text.clean(paragraph.text).strip())
                   if b.strip()]
        for index, block in enumerate(blocks_):
            numbered.append(Numbered(len(numbered) + 1, block,
                                     paragraph.heading if index == 0 else ""))
    declarations = []
    if data.interpreter:
        declarations.append(_declaration_of(w, "interpreter_declaration", data.interpreter.name,
                                            long_date(data.interpreter.read_back_date)))
    if data.translation:
        declarations.append(_declaration_of(w, "translator_certificate", data.translation.name,
                                            long_date(data.translation.date)))
    return StatementParts(
        w=w, top_right=tuple(w.text(f"top_right.{key}") for key in _top_right_keys(data)),
        heading=heading, title=data.title or _title(w, purpose), opening=intro[0],
        numbered=tuple(numbered), truth_heading=w.text("statement_of_truth.heading"),
        truth_text=w.text("statement_of_truth.text"), signer=data.witness_name,
        declarations=tuple(declarations),
        exhibit_labels=w.raw("exhibits") if w.has("exhibits") else {},
        footer=w.text("continuation") + _first_reference(data))


def build_witness_statement(data: WitnessStatementInput) -> bytes:
    styles = make_styles(12, 1.5)
    parts = statement_parts(data)
    w = parts.w
    story: list[Flowable] = [_top_right(parts, styles), Spacer(1, 0.4 * cm)]
    if parts.heading:
        story.append(text.para(parts.heading, styles.centre_bold, bold=True))
    story += [Spacer(1, 0.3 * cm), *blocks.maybe(blocks.references(data.references, styles,
                                                                   WIDTH)), Spacer(1, 0.3 * cm)]
    story += blocks.parties(data.parties, w.text("between"), styles, WIDTH)
    story += [Spacer(1, 0.3 * cm), text.para(parts.title, styles.title, bold=True)]
    story += text.paras(parts.opening, styles.justified)
    numbered = [_flowables(item, styles) for item in parts.numbered]
    for flowables in numbered[:-1]:
        story += flowables
    story += _truth_and_signature(parts, styles, numbered[-1])
    for declaration in parts.declarations:
        story += _declaration(w, declaration, styles)
    story += _exhibit_register(data, parts.exhibit_labels, styles)
    page = Page(left=LEFT, right=RIGHT, top=2.5 * cm, bottom=3.0 * cm, footer_text=parts.footer,
                page_label=wording.common(data.jurisdiction).text("page_label"))
    return render(story, page, styles, "Witness statement")


def _flowables(item: Numbered, styles) -> list[Flowable]:
    flowables = _numbered(item.text, item.number, styles)
    if item.heading:
        flowables.insert(0, text.para(item.heading, styles.subheading, bold=True))
    return flowables


def _numbered(body: str, number: int, styles) -> list[Flowable]:
    """One numbered paragraph (a block with no blank line in it; a very long one is laid out
    in chunks that follow on without a gap)."""
    return text.paras(body, styles.numbered, bullet=f"{number}.")


def _title(w: wording.Wording, purpose: str) -> str:
    return w.text(f"titles.{purpose}") if w.has(f"titles.{purpose}") else w.text(
        "titles.default") if w.has("titles.default") else w.text("title")


def _values(data: WitnessStatementInput) -> dict[str, str]:
    taker = data.prepared_by.name if data.prepared_by else "my representatives"
    interp = data.interpreter
    trans = data.translation
    language = (interp.language or BLANK) if interp else ""
    dialect = interp.dialect if interp else ""
    return {
        "witness_name": data.witness_name,
        "witness_name_caps": data.witness_name.upper(),
        "known_as": data.known_as,
        "known_as_clause": "",
        "witness_initials": initials_and_surname(data.witness_name),
        "witness_letters": letters_initials(data.witness_name, dots=True),
        "witness_address_clause": _address_clause(data.witness_address),
        "witness_description_clause": (f", {data.witness_description}"
                                       if data.witness_description else ""),
        "statement_number": str(data.statement_number),
        "statement_number_ordinal": ordinal(data.statement_number),
        "statement_date": long_date(data.statement_date),
        "statement_language": (trans.from_language if trans else data.statement_language)
        or BLANK,
        "on_behalf_of": data.on_behalf_of,
        "exhibits": _exhibit_range(data),
        "taker": taker,
        "interpreter_name": (interp.name or BLANK) if interp else "",
        "interpreter_clause": (f", {interp.name}," if interp and interp.name
                               else " (named in the declaration below)"),
        "interpreter_language": language,
        "dialect_clause": f" ({dialect})" if dialect else "",
        "read_back_date": long_date(interp.read_back_date, BLANK) if interp else "",
        "translator_name": (trans.name or BLANK) if trans else "",
        "qualification_clause": f", {trans.qualification}" if trans and trans.qualification else "",
        "from_language": (trans.from_language or BLANK) if trans else "",
        "to_language": trans.to_language if trans else "",
    }


def _address_clause(address: str) -> str:
    if not address:
        return ""
    return f", {address}" if address.lower().startswith("c/o") else f", of {address}"


def letters_initials(name: str, dots: bool = False) -> str:
    """Initials of a name made of letters only ('Blessing Osarugue Igbinovia' -> 'BOI', or
    'B.O.I.' with dots): whatever else a name holds (markup, digits, punctuation) is never
    part of them."""
    out = []
    for part in name.replace("-", " ").split():
        letter = next((c for c in part if c.isalpha()), "")
        if letter:
            out.append(letter.upper() + ("." if dots else ""))
    return "".join(out)


def initials_and_surname(name: str) -> str:
    """PD 32 para 17.2: 'Blessing Osarugue Igbinovia' -> 'B.O. Igbinovia' (letters only)."""
    parts = name.split()
    surname = " ".join(_NOT_NAME.sub("", parts[-1]).split()) if parts else ""
    if len(parts) < 2:
        return surname
    return f"{letters_initials(' '.join(parts[:-1]), dots=True)} {surname}".strip()


def _exhibit_range(data: WitnessStatementInput) -> str:
    refs = [e.reference for e in data.exhibits]
    if len(refs) > 4:
        return f"{refs[0]} to {refs[-1]}"
    return ", ".join(refs)


def _first_reference(data: WitnessStatementInput) -> str:
    return f" · {data.references[0].value}" if data.references else ""


def _top_right_keys(data: WitnessStatementInput) -> list[str]:
    """PD 32 para 17.2: party, witness, statement number, exhibits, date, top right."""
    keys = ["on_behalf_of", "witness", "number", "exhibits", "date"]
    if not data.on_behalf_of:
        keys.remove("on_behalf_of")
    if not data.exhibits:
        keys.remove("exhibits")
    return keys


def _top_right(parts: StatementParts, styles) -> Flowable:
    rows = [[text.para(line, styles.small_right)] for line in parts.top_right]
    table = Table(rows, colWidths=[7 * cm], hAlign="RIGHT")
    table.setStyle(plain_table_style())
    return table


def _language(data: WitnessStatementInput, w: wording.Wording) -> str:
    """One sentence that agrees with the certificates that follow: translated (translator's
    certificate), read back through an interpreter (interpreter's declaration), or English."""
    if data.translation:
        key = "translated_read_back" if data.interpreter else "translated"
    elif data.interpreter:
        key = "interpreted"
    else:
        key = "english"
    if not w.has(f"language.{key}"):  # a wording file from before the language entries
        return w.fill("This statement was written in {statement_language}.")
    return w.text(f"language.{key}")


def _how_taken(data: WitnessStatementInput, w: wording.Wording) -> str:
    sentence = w.text(f"how_taken.{data.how_taken.value}")
    if data.interpreter:
        sentence += " " + w.text("how_taken_interpreter")
    if data.how_taken_details:
        sentence += " " + data.how_taken_details
    return sentence


def _truth_and_signature(parts: StatementParts, styles, last: list[Flowable]) -> list[Flowable]:
    """The last paragraph, the statement of truth and the signature block stay together:
    the signature is never on a page of its own."""
    block = [*last, text.para(parts.truth_heading, styles.heading, bold=True),
             *text.paras(parts.truth_text, styles.justified),
             *blocks.signature(parts.w.raw("signature"), styles, WIDTH, name=parts.signer)]
    return [KeepTogether(block)]


def _declaration_of(w: wording.Wording, key: str, name: str, when: str) -> Declaration:
    return Declaration(w.text(f"{key}.heading"), w.text(f"{key}.text"), name, when)


def _declaration(w: wording.Wording, declaration: Declaration, styles):
    block = [text.para(declaration.heading, styles.heading, bold=True),
             *text.paras(declaration.text, styles.justified),
             *blocks.signature(w.raw("signature"), styles, WIDTH, name=declaration.name,
                               when=declaration.when)]
    return [Spacer(1, 0.4 * cm), KeepTogether(block)]


def _exhibit_register(data: WitnessStatementInput, labels: dict, styles):
    if not data.exhibits:
        return []
    rows = [[e.reference, e.description] for e in data.exhibits]
    grid = blocks.grid([labels.get("reference", "Exhibit"),
                        labels.get("description", "Description")], rows, styles,
                       [3.2 * cm, WIDTH - 3.2 * cm])
    return [Spacer(1, 0.4 * cm),
            text.para(labels.get("heading", "EXHIBITS"), styles.heading, bold=True), grid]
