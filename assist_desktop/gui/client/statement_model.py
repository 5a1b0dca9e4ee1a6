"""The statement editor's working copy of the paragraphs (plain Python, no widgets), and the
text a saved version reads as in the Versions window."""
from __future__ import annotations

from dataclasses import dataclass

from assist_desktop.domain.statements import DraftParagraph, ReadBack, StatementContent
from assist_desktop.gui.formatting import fmt_date

PREVIEW_CHARS = 90


@dataclass
class Row:
    text: str = ""
    heading: str = ""


class Paragraphs:
    """Ordered paragraphs being edited; every method keeps at least one (maybe empty) row."""

    def __init__(self, paragraphs=()):
        self.rows = [Row(p.text, p.heading) for p in paragraphs] or [Row()]

    def __len__(self) -> int:
        return len(self.rows)

    def content(self) -> tuple[DraftParagraph, ...]:
        return tuple(DraftParagraph(r.text, r.heading) for r in self.rows)

    def add(self, after: int) -> int:
        """A new empty paragraph after `after`; returns its row."""
        row = min(max(after + 1, 0), len(self.rows))
        self.rows.insert(row, Row())
        return row

    def insert(self, before: int) -> int:
        row = min(max(before, 0), len(self.rows))
        self.rows.insert(row, Row())
        return row

    def remove(self, row: int) -> int:
        """Remove a row; returns the row to show next."""
        if 0 <= row < len(self.rows):
            del self.rows[row]
        if not self.rows:
            self.rows.append(Row())
        return min(row, len(self.rows) - 1)

    def move(self, row: int, step: int) -> int:
        target = row + step
        if 0 <= row < len(self.rows) and 0 <= target < len(self.rows):
            self.rows[row], self.rows[target] = self.rows[target], self.rows[row]
            return target
        return row

    def labels(self) -> list[str]:
        """What the list shows: the number it prints with, its heading, its first words.
        An empty paragraph is not numbered (it is left out when saved)."""
        out, number = [], 0
        for row in self.rows:
            first = " ".join(row.text.split())
            if len(first) > PREVIEW_CHARS:
                first = first[:PREVIEW_CHARS - 1] + "…"
            heading = " ".join(row.heading.split())
            if not row.text.strip():
                out.append(f"—  {heading + ': ' if heading else ''}(empty: left out)")
                continue
            number += 1
            out.append(f"{number}.  {'[' + heading + ']  ' if heading else ''}{first}")
        return out


def version_text(content: StatementContent, tr=lambda s: s) -> str:
    """A saved version as plain text (read only; never pasted anywhere)."""
    lines = []
    if content.title:
        lines += [content.title, ""]
    if content.occupation:
        lines += [tr("Occupation or description: %1").replace("%1", content.occupation)]
    rb = content.read_back
    if rb.state == ReadBack.NOT_READ_BACK:
        lines.append(tr("Not read back yet."))
    else:
        what = tr("Approved by her") if rb.state == ReadBack.APPROVED else tr("Read back")
        via = tr(" by %1").replace("%1", rb.interpreter) if rb.interpreter else ""
        lines.append(f"{what}: {rb.language}{via}, {fmt_date(rb.on)}")
    lines.append("")
    number = 0
    for paragraph in content.paragraphs:
        if paragraph.heading:
            lines += [paragraph.heading.upper(), ""]
        if paragraph.text.strip():
            number += 1
            lines += [f"{number}. {paragraph.text}", ""]
    if content.exhibits:
        lines.append(tr("Exhibits:"))
        lines += [f"  {e.reference}  {e.description}" for e in content.exhibits]
    return "\n".join(lines)
