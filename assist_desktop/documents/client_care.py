"""Client care letter in plain language, with how long the file is kept (retention)."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from assist_desktop.documents import blocks, text, wording
from assist_desktop.documents.formatting import long_date
from assist_desktop.documents.inputs import Addressee
from assist_desktop.documents.inputs_admin import ClientCareLetterInput
from assist_desktop.documents.layout import render
from assist_desktop.documents.letters import (WIDTH, letter_page, letter_top, sign_off,
                                              with_sign_off)
from assist_desktop.documents.styles import make_styles


def retention_sentence(data: ClientCareLetterInput, w: wording.Wording) -> str:
    if data.retain_until:
        return w.text("retention.until", retain_until=long_date(data.retain_until))
    years = data.retention_years or int(w.raw("retention_years"))
    return w.text("retention.years", retention_years=years)


def has_supervisor(data: ClientCareLetterInput) -> bool:
    """A supervisor is named, and is not the person doing the work."""
    name = data.supervisor.strip()
    return bool(name) and name.casefold() != data.caseworker.name.strip().casefold()


def funding_sentence(data: ClientCareLetterInput, w: wording.Wording) -> str:
    kind = data.funding.strip()
    if kind and w.has(f"funding_kinds.{kind}"):
        return w.text(f"funding_kinds.{kind}", funding_detail=data.funding_detail.strip()
                      or "[FEE NOT GIVEN: say the fee and what it covers]")
    return w.text("funding", funding=kind) if kind else w.text("funding_default")


def _optional(w: wording.Wording, key: str, fallback: str = "", **values) -> str:
    return w.text(key, **values) if w.has(key) else fallback


def letter_wording(data: ClientCareLetterInput) -> tuple[wording.Wording, dict[str, str]]:
    """The wording and the values filled into its sections: one source for the PDF and the
    Word copy."""
    base = wording.load(data.jurisdiction, "client_care", data.term,
                        caseworker_name=data.caseworker.name)
    regulator = data.letterhead.regulatory_note.strip().rstrip(".")
    values = dict(
        client_name=data.client_name, centre_name=data.letterhead.name,
        matter_description=data.matter_description, caseworker_name=data.caseworker.name,
        caseworker_role=data.caseworker.role or "caseworker",
        supervisor_sentence=(base.text("supervisor", supervisor=data.supervisor,
                                       supervisor_role=data.supervisor_role or "supervisor")
                             if has_supervisor(data) else
                             _optional(base, "supervisor_missing")),
        funding_sentence=funding_sentence(data, base),
        next_steps="\n".join(data.next_steps),
        retention_sentence=retention_sentence(data, base),
        complaints_contact=(data.complaints_contact or _optional(base, "complaints_missing")),
        complaints_contact_clause=(f" ({data.complaints_contact})"
                                   if data.complaints_contact else ""),
        regulator_note=regulator,
        regulator_sentence=(_optional(base, "regulator_sentence", regulator_note=regulator)
                            if regulator else _optional(base, "regulator_missing")))
    w = wording.load(data.jurisdiction, "client_care", data.term, **values)
    return w, values


def build_client_care_letter(data: ClientCareLetterInput) -> bytes:
    styles = make_styles(11.5, 1.45)
    w, values = letter_wording(data)
    recipient = Addressee(organisation="", name=data.client_name,
                          address_lines=data.client_address_lines)
    story: list[Flowable] = letter_top(data.date, blocks.address(recipient, styles),
                                       data.references, styles)
    story.append(text.para(w.text("title"), styles.heading, bold=True))
    story.append(text.para(w.text("greeting"), styles.body))
    story += text.paras(w.text("intro"), styles.body)
    for section in w.raw("sections"):
        paragraphs = [w.fill(p, **values) for p in section["paragraphs"]]
        if not any(p.strip() for p in paragraphs):
            continue  # e.g. no next steps given
        story.append(text.para(w.fill(section["heading"], **values), styles.subheading,
                               bold=True))
        for paragraph in paragraphs:
            story += text.paras(paragraph, styles.body)
    story = with_sign_off(story, sign_off(w.text("closing"), data.caseworker, data.letterhead,
                                          styles))
    story.append(KeepTogether([
        Spacer(1, 0.4 * cm), text.para(w.text("please_sign"), styles.body),
        *blocks.signature({"signed": w.text("client_signature"),
                           "name": _optional(w, "client_name_label", "Name"),
                           "date": w.text("date_label")}, styles, WIDTH,
                          name=data.client_name, when="." * 30)]))
    page = letter_page(data.letterhead, data.jurisdiction,
                       f"{data.client_name} · {long_date(data.date)}")
    return render(story, page, styles, "Client care letter")
