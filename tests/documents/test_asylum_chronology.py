"""The chronology (a solicitor's document) carries her asylum claim's steps and her age
assessments, in date order with the other events."""
from __future__ import annotations

from datetime import date

from assist_desktop.documents import DocumentKind
from assist_desktop.domain.asylum import (AgeAssessment, AgeOutcome, AsylumEvent,
                                          AsylumOutcome, AsylumStep)
from assist_desktop.domain.clients import Client
from assist_desktop.domain.records import Jurisdiction
from tests.documents.conftest import pdf_text


def test_chronology_lists_asylum_steps_and_age_assessments(centre, staff):
    users = {u.username: u.id for u in centre.services.users.list_users()}
    s = centre.services  # admin: administrator and solicitor
    client = s.clients.create(Client(
        jurisdiction=Jurisdiction.ENGLAND_WALES, given_names="Ama", family_name="Owusu",
        key_worker_id=users["sup"], opened_on=date(2025, 5, 1)))
    for step in (AsylumEvent(client_id=client.id, step=AsylumStep.SCREENING_INTERVIEW,
                             dated=date(2025, 6, 9), reference="HO-SECRET-1"),
                 AsylumEvent(client_id=client.id, step=AsylumStep.SUBSTANTIVE_INTERVIEW,
                             dated=date(2025, 11, 20), recording_requested=True),
                 AsylumEvent(client_id=client.id, step=AsylumStep.DECISION,
                             dated=date(2026, 3, 2), outcome=AsylumOutcome.REFUSED,
                             body="Home Office")):
        s.asylum.create(step)
    s.asylum.age_assessments.create(AgeAssessment(
        client_id=client.id, assessed_on=date(2025, 7, 1), assessing_body="Leeds City Council",
        outcome=AgeOutcome.ASSESSED_AS_ADULT, assessed_age=19, challenged_on=date(2025, 8, 4)))
    document = s.documents.generate(DocumentKind.CHRONOLOGY, client.id, date=date(2026, 3, 3))
    text = " ".join(pdf_text(s.documents.pdf(document.id)).split())
    for expected in ("Asylum screening interview", "reference HO-SECRET-1",
                     "Substantive asylum interview; a copy of the recording was requested",
                     "Decision on the asylum claim: refused (Home Office)",
                     "Age assessed by Leeds City Council: assessed as an adult (age 19)",
                     "Age assessment challenged"):
        assert expected in text
    assert text.index("screening interview") < text.index("Age assessed") \
        < text.index("Substantive") < text.index("Decision on the asylum")
