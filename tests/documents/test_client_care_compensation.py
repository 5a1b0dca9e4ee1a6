"""The client care letter (SRA Code 8.6-8.11: who does the work and a different supervisor,
complaints, the Legal Ombudsman and its time limits) and the compensation summary (one
source of truth for amounts: the schedule of loss; route wording; schemes per jurisdiction),
built from a real centre's record."""
from __future__ import annotations

from datetime import date

import pytest

from assist_desktop.documents import build, samples
from assist_desktop.domain.clients import Client
from assist_desktop.domain.compensation import (ClaimStatus, CompensationClaim,
                                                CompensationScheme, LossHead, LossTiming,
                                                ScheduleOfLossItem, schemes_for)
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.matters import Matter, MatterType
from assist_desktop.domain.money import Currency
from assist_desktop.domain.records import Jurisdiction
from tests.documents.conftest import flat, pdf_text

S = CompensationScheme


@pytest.fixture
def file(centre, staff):
    staff("sol")  # adds sol, sup, adm
    ids = {u.username: u.id for u in centre.services.users.list_users()}
    s = centre.services
    centre.services.centre_details.update(complaints_contact="Priya Shah, Complaints Partner",
                                          regulator_note="Authorised and regulated by the "
                                          "Solicitors Regulation Authority, SRA number 612345",
                                          phone="0113 496 0000")
    client = s.clients.create(Client(
        jurisdiction=Jurisdiction.ENGLAND_WALES, given_names="Blessing",
        family_name="Igbinovia", preferred_name="Joy", nationality="Nigerian"))

    def matter(fee_earner, supervisor, kind=MatterType.ASYLUM_CLAIM):
        return s.matters.create(Matter(
            client_id=client.id, matter_type=kind, jurisdiction=Jurisdiction.ENGLAND_WALES,
            opened_on=date(2024, 1, 8), fee_earner_id=ids.get(fee_earner),
            supervisor_id=ids.get(supervisor))).id
    return s, client.id, matter


def test_client_care_names_the_fee_earner_and_a_different_supervisor(file):
    s, client_id, matter = file
    matter_id = matter("sol", "admin")
    options = dict(funding="legal_aid")
    document = s.documents.generate("client_care_letter", client_id, matter_id, **options)
    text = pdf_text(s.documents.pdf(document.id))
    for value in ("Sam Solicitor, Solicitor, will do the work on your case.",
                  "Ada Admin, Solicitor, supervises this work",
                  "Contact Priya Shah, Complaints Partner",
                  "Your case is paid for by legal aid.",
                  "within 6 months of our final answer to your complaint",
                  "no later than 1 year after the problem happened, or 1 year after you "
                  "should have known about it",
                  "Legal Ombudsman, PO Box 6167, Slough SL1 0EH", "0300 555 0333",
                  "Solicitors Regulation Authority", "SRA number 612345", "Yours sincerely"):
        assert flat(value) in text, value
    assert "NOT RECORDED" not in text
    assert s.documents.warnings("client_care_letter", client_id, matter_id, **options) == []


@pytest.mark.parametrize("supervisor", ["sol", None])
def test_client_care_never_names_the_fee_earner_as_supervisor(file, supervisor):
    s, client_id, matter = file
    matter_id = matter("sol", supervisor)
    document = s.documents.generate("client_care_letter", client_id, matter_id)
    text = pdf_text(s.documents.pdf(document.id))
    assert "Sam Solicitor supervises" not in text and "Sam Solicitor, Solicitor, supervises" \
        not in text
    assert "SUPERVISOR NOT RECORDED" in text
    warnings = s.documents.warnings("client_care_letter", client_id, matter_id)
    assert any("supervisor" in w for w in warnings), warnings


@pytest.mark.parametrize("jurisdiction, expected", [
    (Jurisdiction.SCOTLAND, ("Scottish Legal Complaints Commission", "within 3 years",
                             "Law Society of Scotland")),
    (Jurisdiction.IRELAND, ("Legal Services Regulatory Authority", "within 3 years",
                            "Law Society of Ireland"))])
def test_client_care_in_scotland_and_ireland_names_their_complaints_bodies(jurisdiction,
                                                                          expected):
    text = pdf_text(build(samples.client_care(jurisdiction)))
    for value in expected:
        assert value in text
    assert "Legal Ombudsman" not in text


def _claim(s, client_id, matter_id, scheme=S.CICA, **amounts):
    claim = s.compensation.claims.create(CompensationClaim(
        client_id=client_id, scheme=scheme, currency=Currency.GBP, matter_id=matter_id,
        incident_from=date(2021, 6, 1), **amounts))
    for head, multiplicand, multiplier in ((LossHead.TARIFF_INJURY, 2_200_000, "1"),
                                           (LossHead.LOSS_OF_EARNINGS, 50_000, "44")):
        s.compensation.add_item(ScheduleOfLossItem(
            claim_id=claim.id, head=head, timing=LossTiming.PAST, multiplicand=multiplicand,
            multiplier=multiplier))
    return claim


def test_compensation_amounts_come_from_the_schedule_and_a_disagreement_is_warned(file):
    s, client_id, matter = file
    matter_id = matter("sol", "admin", MatterType.COMPENSATION)
    _claim(s, client_id, matter_id, amount_claimed=2_700_000, amount_offered=4_000_000,
           status=ClaimStatus.DECIDED)
    document = s.documents.generate("compensation_summary", client_id, matter_id)
    text = pdf_text(s.documents.pdf(document.id))
    assert "Claimed (total of the schedule of loss) £44,000.00" in text
    assert "TOTAL CLAIMED £44,000.00" in text
    assert "Offered £40,000.00" in text
    assert "£27,000" not in text  # the stale recorded figure is not printed
    warnings = s.documents.warnings("compensation_summary", client_id, matter_id)
    assert any("£27,000.00 claimed" in w and "£44,000.00" in w for w in warnings), warnings
    assert "paragraph 87" in text and "within 2 years" in text  # CICA route wording


def test_a_civil_claim_carries_the_pd22_statement_of_truth(file):
    s, client_id, matter = file
    matter_id = matter("sol", "admin", MatterType.COMPENSATION)
    _claim(s, client_id, matter_id, scheme=S.CIVIL_CLAIM, amount_claimed=4_400_000)
    text = pdf_text(s.documents.pdf(s.documents.generate(
        "compensation_summary", client_id, matter_id).id))
    assert ("The claimant believes that the facts stated in this schedule of loss are true. "
            "The claimant understands that proceedings for contempt of court may be brought "
            "against anyone who makes, or causes to be made, a false statement in a document "
            "verified by a statement of truth without an honest belief in its truth.") in text
    assert "I am duly authorised by the claimant to sign this statement." in text
    assert s.documents.warnings("compensation_summary", client_id, matter_id) == []


def test_a_reparation_order_schedule_cites_section_8(file):
    s, client_id, matter = file
    matter_id = matter("sol", "admin", MatterType.COMPENSATION)
    _claim(s, client_id, matter_id, scheme=S.REPARATION_ORDER)
    text = pdf_text(s.documents.pdf(s.documents.generate(
        "compensation_summary", client_id, matter_id).id))
    assert "slavery and trafficking reparation order under section 8 of the Modern Slavery " \
           "Act 2015" in text
    assert "contempt of court" not in text  # not a statement of case


def test_scheme_lists_follow_the_jurisdiction():
    assert not {S.IRISH_CICT, S.WRC} & set(schemes_for("england-wales"))
    assert S.REPARATION_ORDER not in schemes_for("scotland")  # MSA 2015 s.8: E&W only
    assert not {S.CICA, S.REPARATION_ORDER, S.EMPLOYMENT_TRIBUNAL} & set(schemes_for("ireland"))
    with pytest.raises(ValidationError):
        CompensationClaim(client_id=1, scheme=S.IRISH_CICT, currency=Currency.GBP).validate()
    with pytest.raises(ValidationError):
        CompensationClaim(client_id=1, scheme=S.CICA, currency=Currency.EUR).validate()


def test_the_service_refuses_a_scheme_not_open_in_her_jurisdiction(centre):
    s = centre.services
    client = s.clients.create(Client(jurisdiction=Jurisdiction.SCOTLAND, given_names="Mira",
                                     family_name="Novak"))
    with pytest.raises(ValidationError):  # MSA 2015 s.8 applies in England and Wales only
        s.compensation.claims.create(CompensationClaim(
            client_id=client.id, scheme=S.REPARATION_ORDER, currency=Currency.GBP))
    assert s.compensation.claims.list(client.id) == []
    s.compensation.claims.create(CompensationClaim(client_id=client.id, scheme=S.CICA,
                                                   currency=Currency.GBP))
