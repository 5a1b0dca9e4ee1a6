"""Witness statement to the practice-direction standard (CPR PD 32 paras 17-19, PD 22;
FTT IAC Practice Direction 2024 section 8).

Layout: A4, 3.5 cm binding margin, 12 pt with 1.5 line spacing; top-right box with the party,
the witness's initials and surname, the statement number, exhibits and date; the tribunal
heading and title of proceedings; numbered paragraphs; how the statement was taken; the
jurisdiction's statement of truth and a signature block; the interpreter's read-back
declaration and the translator's certificate where used. Every page's footer carries the
witness's initials, the statement number and the first reference, and "Page X of Y".
"""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import initials, long_date, ordinal
from assist_desktop.documents.inputs import WitnessStatementInput
from assist_desktop.documents.layout import PAGE_WIDTH, Page, render
from assist_desktop.documents.styles import make_styles, plain_table_style

LEFT, RIGHT = 3.5 * cm, 2.5 * cm
WIDTH = PAGE_WIDTH - LEFT - RIGHT


def build_witness_statement(data: WitnessStatementInput) -> bytes:
    styles = make_styles(12, 1.5)
    w = wording.load(data.jurisdiction, "witness_statement", data.term, **_values(data))
    story: list[Flowable] = [_top_right(data, w, styles), Spacer(1, 0.4 * cm)]
    tribunal = data.tribunal or w.text(f"tribunal.{data.purpose.value}")
    story.append(text.para(tribunal, styles.centre_bold, bold=True))
    story += [Spacer(1, 0.3 * cm), *blocks.maybe(blocks.references(data.references, styles,
                                                                   WIDTH)), Spacer(1, 0.3 * cm)]
    story += blocks.parties(data.parties, w.text("between"), styles, WIDTH)
    story += [Spacer(1, 0.3 * cm), text.para(w.text("title"), styles.title, bold=True)]

    intro = w.items("intro")
    story += text.paras(intro[0], styles.justified)
    number = 0
    for item in intro[1:] + [_how_taken(data, w)]:
        number += 1
        story += text.paras(item, styles.numbered, bullet=f"{number}.")
    for paragraph in data.paragraphs:
        if paragraph.heading:
            story.append(text.para(paragraph.heading, styles.subheading, bold=True))
        number += 1
        story += text.paras(paragraph.text, styles.numbered, bullet=f"{number}.")

    story += _truth_and_signature(data, w, styles)
    if data.interpreter:
        story += _declaration(w, "interpreter_declaration", styles, data.interpreter.name,
                              long_date(data.interpreter.read_back_date))
    if data.translation:
        story += _declaration(w, "translator_certificate", styles, data.translation.name,
                              long_date(data.translation.date))
    page = Page(left=LEFT, right=RIGHT, top=2.5 * cm, bottom=3.0 * cm,
                footer_text=w.text("continuation") + _first_reference(data),
                page_label=wording.common(data.jurisdiction).text("page_label"))
    return render(story, page, styles, "Witness statement")


def _values(data: WitnessStatementInput) -> dict[str, str]:
    taker = data.prepared_by.name if data.prepared_by else "my representatives"
    interp = data.interpreter
    trans = data.translation
    return {
        "witness_name": data.witness_name,
        "witness_initials": _initials_and_surname(data.witness_name),
        "witness_address_clause": f", of {data.witness_address}" if data.witness_address else "",
        "witness_description_clause": (f", {data.witness_description}"
                                       if data.witness_description else ""),
        "statement_number": str(data.statement_number),
        "statement_number_ordinal": ordinal(data.statement_number),
        "statement_date": long_date(data.statement_date),
        "statement_language": data.statement_language,
        "on_behalf_of": data.on_behalf_of,
        "exhibits": ", ".join(data.exhibits),
        "taker": taker,
        "interpreter_name": interp.name if interp else "",
        "interpreter_language": interp.language if interp else "",
        "dialect_clause": f" ({interp.dialect})" if interp and interp.dialect else "",
        "read_back_date": long_date(interp.read_back_date, "the date below") if interp else "",
        "translator_name": trans.name if trans else "",
        "qualification_clause": f", {trans.qualification}" if trans and trans.qualification else "",
        "from_language": trans.from_language if trans else "",
        "to_language": trans.to_language if trans else "",
    }


def _initials_and_surname(name: str) -> str:
    parts = name.split()
    if len(parts) < 2:
        return name
    return f"{initials(' '.join(parts[:-1]))} {parts[-1]}"


def _first_reference(data: WitnessStatementInput) -> str:
    return f" · {data.references[0].value}" if data.references else ""


def _top_right(data: WitnessStatementInput, w: wording.Wording, styles) -> Flowable:
    """PD 32 para 17.2: party, witness, statement number, exhibits, date, top right."""
    keys = ["on_behalf_of", "witness", "number", "exhibits", "date"]
    if not data.on_behalf_of:
        keys.remove("on_behalf_of")
    if not data.exhibits:
        keys.remove("exhibits")
    rows = [[text.para(w.text(f"top_right.{key}"), styles.small_right)] for key in keys]
    table = Table(rows, colWidths=[7 * cm], hAlign="RIGHT")
    table.setStyle(plain_table_style())
    return table


def _how_taken(data: WitnessStatementInput, w: wording.Wording) -> str:
    sentence = w.text(f"how_taken.{data.how_taken.value}")
    if data.interpreter:
        sentence += " " + w.text("how_taken_interpreter")
    if data.how_taken_details:
        sentence += " " + data.how_taken_details
    return sentence


def _truth_and_signature(data: WitnessStatementInput, w: wording.Wording, styles):
    labels = w.raw("signature")
    block = [text.para(w.text("statement_of_truth.heading"), styles.heading, bold=True),
             *text.paras(w.text("statement_of_truth.text"), styles.justified),
             *blocks.signature(labels, styles, WIDTH, name=data.witness_name)]
    return [CondPageBreak(6 * cm), KeepTogether(block)]


def _declaration(w: wording.Wording, key: str, styles, name: str, when: str):
    block = [text.para(w.text(f"{key}.heading"), styles.heading, bold=True),
             *text.paras(w.text(f"{key}.text"), styles.justified),
             *blocks.signature(w.raw("signature"), styles, WIDTH, name=name, when=when)]
    return [Spacer(1, 0.4 * cm), KeepTogether(block)]
