"""Compensation claim summary with its schedule of loss, from a stored claim.

Every figure stays in integer minor units: a line is its multiplicand (a lump sum, when the
multiplier is 1) or multiplicand x the exact multiplier string, so the builder's totals match
the claim's schedule to the penny."""
from __future__ import annotations

from decimal import Decimal

from assist_desktop.documents import (
    CompensationSummaryInput, KeyDate, LossPeriod, Reference, ScheduleItem,
)
from assist_desktop.documents.formatting import currency_for, money
from assist_desktop.domain.compensation import (ClaimStatus, CompensationClaim, LossTiming,
                                                ScheduleOfLossItem, schedule_total,
                                                schemes_for)
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.services import document_labels as labels
from assist_desktop.services.document_inputs import (
    CaseFile, DocumentOptions, letterhead, long_date, nonempty, references, when,
)


def chosen_claim(case: CaseFile, options: DocumentOptions) -> CompensationClaim:
    if options.claim_id is not None:
        for claim in case.claims:
            if claim.id == options.claim_id:
                return claim
        raise NotFound("compensation claim")
    claims = [c for c in case.claims
              if case.matter is None or c.matter_id == case.matter.id]
    if not claims:
        raise ValidationError("claim", "there is no compensation claim on her file"
                              + (" for this matter" if case.matter else "") + " to summarise")
    return max(claims, key=lambda c: c.id)


def _jurisdiction(case: CaseFile, claim: CompensationClaim) -> Jurisdiction:
    for matter in (case.matter, *case.matters):
        if matter is not None and matter.id == claim.matter_id:
            return Jurisdiction(matter.jurisdiction)
    return case.jurisdiction


def schedule_item(item: ScheduleOfLossItem) -> ScheduleItem:
    head = labels.LOSS_HEADS.get(item.head, labels.words(item.head))
    if item.head in labels.GENERAL_HEADS:
        period = LossPeriod.GENERAL
    else:
        period = LossPeriod.FUTURE if item.timing == LossTiming.FUTURE else LossPeriod.PAST
    basis = item.period_note
    if not basis and (item.period_from or item.period_to):
        basis = nonempty(long_date(item.period_from), long_date(item.period_to), sep=" to ")
    if item.multiplier_decimal == Decimal(1):
        return ScheduleItem(head, period, item.description, amount_minor=item.multiplicand,
                            multiplier_basis=basis)
    return ScheduleItem(head, period, item.description, multiplicand_minor=item.multiplicand,
                        multiplier=item.multiplier, multiplier_basis=basis)


def _key_dates(claim: CompensationClaim) -> tuple[KeyDate, ...]:
    first, last = (("Abuse began", "Abuse ended") if claim.period_of_abuse
                   else ("Incident", "Last incident"))
    rows = [(first, claim.incident_from),
            (last, claim.incident_to if claim.incident_to != claim.incident_from else None),
            ("Reported to the police", claim.police_report_on),
            ("Application made", claim.application_on), ("Decision", claim.decision_on),
            ("Review requested", claim.review_requested_on),
            ("Review decision", claim.review_decision_on)]
    return tuple(KeyDate(label, on) for label, on in rows if on)


_AWARDED = (ClaimStatus.ACCEPTED, ClaimStatus.PAID)


def compensation_warnings(case: CaseFile, options: DocumentOptions) -> list[str]:
    """What disagrees in her record: the document always shows the schedule of loss."""
    claim = chosen_claim(case, options)
    items = case.loss_items.get(claim.id, ())
    total = schedule_total(items)
    out = []
    if not items:
        out.append("The claim has no schedule of loss yet: the summary shows a total of "
                   "nothing. Add the heads of loss on the Compensation tab.")
    if claim.amount_claimed is not None and claim.amount_claimed != total:
        out.append(f"The claim records {money(claim.amount_claimed, claim.currency)} claimed, "
                   f"but its schedule of loss totals {money(total, claim.currency)}. The "
                   "document shows the schedule's total; correct the amount on the claim (or "
                   "the schedule) so they agree.")
    if claim.scheme not in schemes_for(_jurisdiction(case, claim).value):
        out.append("This route is not open in the matter's jurisdiction: check the claim's "
                   "scheme.")
    return out


def compensation_summary(case: CaseFile, options: DocumentOptions) -> CompensationSummaryInput:
    claim = chosen_claim(case, options)
    jurisdiction = _jurisdiction(case, claim)
    if currency_for(jurisdiction) != claim.currency:
        raise ValidationError("currency", f"the claim is in {claim.currency.value}, but "
                              f"documents for this jurisdiction are in "
                              f"{currency_for(jurisdiction).value}")
    refs = list(references(case))
    if claim.crime_reference and not any(r.value == claim.crime_reference for r in refs):
        refs.append(Reference("Crime ref", claim.crime_reference))
    items = tuple(schedule_item(i) for i in case.loss_items.get(claim.id, ()))
    awarded = claim.status in _AWARDED
    return CompensationSummaryInput(
        jurisdiction=jurisdiction, letterhead=letterhead(case.centre), claimant_name=case.name,
        prepared_date=when(case, options), forum=labels.SCHEMES.get(claim.scheme, ""),
        items=items, claimant_date_of_birth=case.client.birth,
        references=tuple(refs), key_dates=_key_dates(claim),
        circumstances=options.circumstances, notes=claim.cooperation_notes,
        prepared_by=case.author, term=options.term, route=claim.scheme.value,
        status=labels.CLAIM_STATUS.get(claim.status, labels.words(claim.status)),
        offered_minor=None if awarded else claim.amount_offered,
        awarded_minor=claim.amount_offered if awarded else None,
        paid_minor=claim.amount_paid)
