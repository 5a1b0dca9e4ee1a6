"""Building blocks the documents share: label/value tables, numbered paragraphs, parties,
addresses and signature blocks. All text goes through documents.text (escaped, shaped)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table

from assist_desktop.documents import text
from assist_desktop.documents.inputs import Addressee, Party, Reference, Signatory
from assist_desktop.documents.styles import Styles, grid_table_style, plain_table_style


def label_values(rows: Iterable[tuple[str, str]], styles: Styles, width: float,
                 label_width: float = 4.2 * cm) -> Flowable | None:
    """Two columns: bold label (wording) and value (user text). Empty values are skipped."""
    data = [[text.para(label, styles.cell_bold, bold=True), text.para(value, styles.cell)]
            for label, value in rows if value]
    if not data:
        return None
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(plain_table_style())
    return table


def references(refs: Sequence[Reference], styles: Styles, width: float) -> Flowable | None:
    return label_values(((r.label, r.value) for r in refs), styles, width)


def grid(header: Sequence[str], rows: Sequence[Sequence[Flowable | str]], styles: Styles,
         widths: Sequence[float], repeat_header: bool = True) -> Table:
    """A ruled table with a shaded header row; string cells are user text."""
    head = [text.para(h, styles.cell_bold, bold=True) for h in header]
    body = [[text.para(c, styles.cell) if isinstance(c, str) else c for c in row]
            for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1 if repeat_header else 0,
                  hAlign="LEFT", splitInRow=1)
    table.setStyle(grid_table_style())
    return table


def numbered(number: int, body: str, styles: Styles) -> list[Flowable]:
    """Paragraph `number`: the number hangs in the margin; blank lines in `body` make
    further unnumbered paragraphs under it (they belong to the same numbered paragraph)."""
    return text.paras(body, styles.numbered, bullet=f"{number}.")


def parties(items: Sequence[Party], between: str, styles: Styles, width: float) -> list[Flowable]:
    """BETWEEN: / NAME / Role, centred, as in the title of proceedings."""
    if not items:
        return []
    out: list[Flowable] = [text.para(between, styles.label, bold=True)]
    for index, party in enumerate(items):
        if index:
            out.append(text.para("and", styles.centre))
        out.append(text.para(party.name.upper(), styles.centre_bold, bold=True))
        out.append(text.para(party.role, styles.right))
    return out


def address(addressee: Addressee, styles: Styles) -> list[Flowable]:
    lines = [addressee.name, addressee.department, addressee.organisation,
             *addressee.address_lines]
    return [text.para("\n".join(line for line in lines if line), styles.body)]


def signature(labels: dict[str, str], styles: Styles, width: float,
              signer: Signatory | None = None, name: str = "", when: str = "") -> list[Flowable]:
    """Signed / Full name / Date lines, with space to sign (wrap in KeepTogether with what
    precedes it so that a signature never stands alone on a page)."""
    who = name or (signer.name if signer else "")
    if signer and signer.role and not name:
        who = f"{signer.name}, {signer.role}"
    rows = [[text.para(labels.get("signed", "Signed"), styles.cell_bold, bold=True),
             text.para("." * 60, styles.cell)],
            [text.para(labels.get("name", "Full name"), styles.cell_bold, bold=True),
             text.para(who or "." * 60, styles.cell)],
            [text.para(labels.get("date", "Date"), styles.cell_bold, bold=True),
             text.para(when or "." * 30, styles.cell)]]
    table = Table(rows, colWidths=[3.2 * cm, width - 3.2 * cm], hAlign="LEFT",
                  rowHeights=[1.4 * cm, None, 1.0 * cm])
    style = plain_table_style()
    style.add("VALIGN", (0, 0), (-1, 0), "BOTTOM")
    style.add("VALIGN", (0, 2), (-1, 2), "BOTTOM")  # the date is written on a line too
    table.setStyle(style)
    return [Spacer(1, 0.3 * cm), table]


def bullet_list(items: Iterable[str], styles: Styles) -> list[Flowable]:
    return [text.para(item, styles.numbered, bullet="•") for item in items]


def maybe(*flowables: Flowable | None) -> list[Flowable]:
    return [f for f in flowables if f is not None]
