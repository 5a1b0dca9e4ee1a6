"""Letters on the centre's letterhead: representations, further submissions, support letters.

The wording file supplies each kind's default subject, salutation, opening, ending and
closing; the body paragraphs are the caseworker's text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import long_date
from assist_desktop.documents.inputs import (CentreLetterhead, LetterInput, LetterKind,
                                             Signatory)
from assist_desktop.documents.layout import PAGE_WIDTH, Page, render
from assist_desktop.documents.styles import Styles, make_styles

LEFT = RIGHT = 2.5 * cm
_BLANK_LINES = re.compile(r"\n\s*\n")
WIDTH = PAGE_WIDTH - LEFT - RIGHT


@dataclass(frozen=True)
class LetterParts:
    """What a letter says, decided once for the PDF below and the Word copy (word.py)."""
    client_line: str
    subject: str
    salutation: str
    body: tuple[tuple[str, str], ...]   # (number or "", paragraph); reps and FS numbered
    closing: str
    enclosures_label: str


def letter_parts(data: LetterInput) -> LetterParts:
    kind = data.kind.value
    w = wording.load(data.jurisdiction, "letters", data.term, term_kind=kind,
                     client_name=data.client_name, centre_name=data.letterhead.name,
                     dob_clause=(f", born {long_date(data.client_date_of_birth)}"
                                 if data.client_date_of_birth else ""),
                     nationality_clause=(f", {data.client_nationality}"
                                         if data.client_nationality else ""),
                     known_as_clause=(f" (known as {data.client_known_as})"
                                      if data.client_known_as else ""),
                     **{**data.extra,
                        "known_since": data.extra.get("known_since", "") or "our first meeting"})
    salutation, closing = greeting(data, w)
    items = [*w.items(f"{kind}.opening"), *data.paragraphs, *w.items(f"{kind}.ending")]
    if data.kind == LetterKind.SUPPORT:
        body = tuple(("", item) for item in items)
    else:  # representations and further submissions: every paragraph numbered
        blocks_ = [b for item in items for b in _BLANK_LINES.split(text.clean(item).strip())
                   if b.strip()]
        body = tuple((f"{number}.", block) for number, block in enumerate(blocks_, start=1))
    label = (w.text(f"{kind}.enclosures") if w.has(f"{kind}.enclosures")
             else w.text("enclosures"))
    return LetterParts(w.text("client_line"), data.subject or w.text(f"{kind}.subject"),
                       salutation, body, closing, label)


def build_letter(data: LetterInput) -> bytes:
    styles = make_styles(11)
    parts = letter_parts(data)
    story = letter_top(data.date, blocks.address(data.recipient, styles), data.references,
                       styles)
    story.append(text.para(parts.client_line, styles.body))
    story.append(text.para(parts.subject, styles.heading, bold=True))
    story.append(text.para(parts.salutation, styles.body))
    body: list[Flowable] = []
    for number, paragraph in parts.body:
        body += (text.paras(paragraph, styles.numbered, bullet=number) if number
                 else text.paras(paragraph, styles.justified))
    story += with_sign_off(body, sign_off(parts.closing, data.signatory, data.letterhead,
                                          styles))
    if data.enclosures:
        story.append(text.para(parts.enclosures_label, styles.subheading, bold=True))
        story += blocks.bullet_list(data.enclosures, styles)
    page = letter_page(data.letterhead, data.jurisdiction, f"{data.client_name} · "
                       f"{long_date(data.date)}")
    return render(story, page, styles, {"representations": "Representations",
                                        "further_submissions": "Further submissions",
                                        "support": "Letter of support"}[data.kind.value])


IMPERSONAL = ("dear sir or madam", "dear sir/madam", "dear sirs", "to whom it may concern",
              "dear sir", "dear madam")


def greeting(data: LetterInput, w: wording.Wording) -> tuple[str, str]:
    """Salutation and closing that agree: "Yours faithfully" after "Dear Sir or Madam" (or
    "To whom it may concern"), "Yours sincerely" after a named person."""
    kind = data.kind.value
    person = data.recipient.name.strip()
    salutation = data.salutation.strip().rstrip(",")
    if not salutation:
        salutation = (w.text("salutation_named", person=person) if person and
                      w.has("salutation_named") else
                      f"Dear {person}" if person else w.text(f"{kind}.salutation"))
    named = salutation.lower() not in IMPERSONAL
    closing = (w.text("closing_named") if w.has("closing_named") else "Yours sincerely") \
        if named else w.text(f"{kind}.closing")
    return salutation + ",", closing


def with_sign_off(body: list[Flowable], closing: list[Flowable]) -> list[Flowable]:
    """The body, its last paragraph kept on the same page as the sign-off (never a
    "Yours faithfully" and signature alone at the top of a page)."""
    if not body:
        return closing
    # A KeepTogether inside another measures as 0xffffff points high (ReportLab forces its
    # split that way), which would push every sign-off to a page of its own: flatten it.
    flat = [part for item in closing
            for part in (item._content if isinstance(item, KeepTogether) else [item])]
    return [*body[:-1], KeepTogether([body[-1], *flat])]


def letter_top(when, address: list[Flowable], references, styles: Styles) -> list[Flowable]:
    """Recipient's address on the left, date and references on the right."""
    story: list[Flowable] = [text.para(long_date(when), styles.right), *address,
                             Spacer(1, 0.3 * cm)]
    story += blocks.maybe(blocks.references(references, styles, WIDTH, ))
    story.append(Spacer(1, 0.3 * cm))
    return story


def sign_off(closing: str, signer: Signatory, centre: CentreLetterhead,
             styles: Styles) -> list[Flowable]:
    lines = [text.para(closing, styles.body), Spacer(1, 1.3 * cm),
             text.para(signer.name, styles.label, bold=True)]
    if signer.role:
        lines.append(text.para(signer.role, styles.body))
    lines.append(text.para(centre.name, styles.body))
    return [Spacer(1, 0.2 * cm), KeepTogether(lines), Spacer(1, 0.3 * cm)]


def letter_page(centre: CentreLetterhead, jurisdiction, running: str) -> Page:
    return Page(left=LEFT, right=RIGHT, letterhead=centre, footer_text=centre.regulatory_note,
                running_head=f"{centre.name} · {running}",
                page_label=wording.common(jurisdiction).text("page_label"))
