"""Sample inputs for every document kind: fictional people, used by tests, the benchmark,
tools/docs_samples.py and (later) previews. Names deliberately use several scripts.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from assist_desktop.documents.inputs import (
    Addressee, CentreLetterhead, ChronologyEvent, ChronologyInput, HowTaken,
    Exhibit, InterpreterDetails, Jurisdiction, LetterInput, LetterKind, Party, Reference, Signatory,
    StatementParagraph, StatementPurpose, TranslationDetails, WitnessStatementInput,
)
from assist_desktop.documents.inputs_admin import (
    BundleInput, BundleItem, BundleSection, ClientCareLetterInput, ConflictCheckRecordInput,
    ConflictHit, RecoverySheetInput,
)
from assist_desktop.documents.inputs_cases import (
    CaseSummaryInput, ChildAction, ChildEntry, ChildrenReportInput, CompensationSummaryInput,
    Contact, KeyDate, LossPeriod, ScheduleItem, SummarySection,
)

CENTRE = CentreLetterhead(
    name="Northside Law Centre", address_lines=("12 Example Street", "Leeds LS1 1AA"),
    phone="0113 000 0000", email="advice@northside.example", website="northside.example",
    regulatory_note="Northside Law Centre is authorised and regulated by the Solicitors "
                    "Regulation Authority (no. 000000).")
SOLICITOR = Signatory("Rachel Green", "Solicitor")
SUPPORT = Signatory("Amira Haddad", "Support worker")
CLIENT = "Fatima Al-Sayed"
CYRILLIC = "Олена Коваленко"
VIETNAMESE = "Nguyễn Thị Hồng Nhung"
ARABIC = "فاطمة الزهراء"
MARKUP = 'She wrote <b>bold</b> & <a href="http://evil.example">click</a> <img src="x.png"/> <i'
REFS = (Reference("Appeal no.", "PA/12345/2024"), Reference("Home Office ref", "F1234567"))


def witness_statement(paragraph_count: int = 12, jurisdiction=Jurisdiction.ENGLAND_WALES
                      ) -> WitnessStatementInput:
    base = [
        StatementParagraph("I was born in Benin City, Nigeria, on 3 April 1996. My mother's "
                           "name is Grace. I have one daughter, who lives with my aunt.",
                           heading="Background"),
        StatementParagraph(f"In 2019 a woman called {CYRILLIC} offered me work in a hair salon "
                           f"in Europe. I later met {VIETNAMESE} and {ARABIC} in the house."),
        StatementParagraph(f"The message I was sent said exactly: {MARKUP}"),
        StatementParagraph("I was taken to a house in Italy and then to the United Kingdom. "
                           "I was told that I owed £35,000 and that my family would be harmed "
                           "if I did not pay.", heading="What happened to me"),
        StatementParagraph("In July 2021 I was told that the Single Competent Authority "
                           "accepted that there were reasonable grounds to believe that I "
                           "am a victim of trafficking. Their letter is exhibit FA/1."),
    ]
    extra = [StatementParagraph(
        f"On day {i} I was made to work from early morning until late at night. I was not "
        "allowed to leave the house alone, and my passport was kept from me. " * 3)
        for i in range(1, max(0, paragraph_count - len(base)) + 1)]
    return WitnessStatementInput(
        jurisdiction=jurisdiction, witness_name=CLIENT, known_as="Fatma",
        statement_date=date(2024, 3, 12),
        paragraphs=tuple(base + extra), purpose=StatementPurpose.ASYLUM,
        parties=(Party(CLIENT, "Appellant"),
                 Party("Secretary of State for the Home Department", "Respondent")),
        references=REFS, on_behalf_of="Appellant", statement_number=2,
        exhibits=(Exhibit("FA/1", "Letter from the Single Competent Authority, 1 July 2021"),
                  Exhibit("FA/2", "Medico-legal report, 1 March 2024")),
        witness_address="c/o Northside Law Centre, 12 Example Street, Leeds",
        witness_description="unemployed", statement_language="Arabic",
        how_taken=HowTaken.IN_PERSON, how_taken_details="We met on 4 occasions.",
        interpreter=InterpreterDetails("Samir Khalil", "Arabic", "Egyptian", date(2024, 3, 11)),
        translation=TranslationDetails("Lina Haddad", "Arabic", "English", "MCIL",
                                       date(2024, 3, 12)),
        prepared_by=CENTRE)


def chronology() -> ChronologyInput:
    events = (
        ChronologyEvent(None, "Recruited in Benin City with an offer of salon work.",
                        "Client's account", date_text="Summer 2019"),
        ChronologyEvent(date(2019, 11, 2), f"Arrives in Italy; held with {CYRILLIC}.",
                        "Witness statement para 5"),
        ChronologyEvent(date(2021, 6, 14), "Escapes and is referred to the NRM.",
                        "NRM referral form"),
        ChronologyEvent(date(2021, 7, 1), "Positive reasonable grounds decision.",
                        "SCA letter"),
        ChronologyEvent(date(2023, 2, 20), f"Asylum claim refused. Note: {MARKUP}",
                        "Refusal letter"),
    )
    return ChronologyInput(jurisdiction=Jurisdiction.ENGLAND_WALES, client_name=CLIENT,
                           prepared_date=date(2024, 3, 12), events=events, references=REFS,
                           letterhead=CENTRE, prepared_by=SOLICITOR)


def letter(kind: LetterKind = LetterKind.FURTHER_SUBMISSIONS,
           jurisdiction=Jurisdiction.ENGLAND_WALES) -> LetterInput:
    recipient = (Addressee("Housing Options", "", ("Leeds City Council", "Leeds LS2 8AA"))
                 if kind == LetterKind.SUPPORT else
                 Addressee("Home Office", "", ("Liverpool", "L3 9PP"), "Further Submissions Unit"))
    return LetterInput(
        kind=kind, jurisdiction=jurisdiction, letterhead=CENTRE, date=date(2024, 3, 12),
        recipient=recipient,
        client_name=ARABIC, client_date_of_birth=date(1996, 4, 3), client_nationality="Nigerian",
        paragraphs=("Since the refusal, a medico-legal report has been obtained. It finds "
                    "scarring highly consistent with her account.",
                    f"Her account is consistent throughout. {MARKUP}"),
        signatory=SOLICITOR if kind != LetterKind.SUPPORT else SUPPORT,
        references=REFS, enclosures=("Medico-legal report, 1 March 2024",))


def compensation(jurisdiction=Jurisdiction.ENGLAND_WALES) -> CompensationSummaryInput:
    items = (
        ScheduleItem("Injury payment", LossPeriod.GENERAL, "Tariff: sexual assault, pattern "
                     "of abuse over 2 years", amount_minor=2_200_000),
        ScheduleItem("Loss of earnings", LossPeriod.PAST, "Unpaid work, 2019-2021",
                     multiplicand_minor=45_000, multiplier=Decimal("104"),
                     multiplier_basis="weeks"),
        ScheduleItem("Travel to treatment", LossPeriod.PAST, "Bus fares", amount_minor=12_345),
        ScheduleItem("Therapy", LossPeriod.FUTURE, "Trauma-focused therapy",
                     multiplicand_minor=133_333, multiplier="2.5", multiplier_basis="years"),
    )
    return CompensationSummaryInput(
        jurisdiction=jurisdiction, letterhead=CENTRE, claimant_name=VIETNAMESE,
        prepared_date=date(2024, 3, 12), forum="Criminal Injuries Compensation Authority",
        items=items, claimant_date_of_birth=date(1996, 4, 3), references=REFS,
        key_dates=(KeyDate("Last incident", date(2021, 6, 14)),
                   KeyDate("Application deadline (2 years)", date(2023, 6, 14),
                           "Extension sought: exceptional circumstances")),
        circumstances=f"Held in forced labour. {MARKUP}", prepared_by=SOLICITOR,
        route="irish_cict" if jurisdiction == Jurisdiction.IRELAND else "cica",
        status="Submitted")


def children_report() -> ChildrenReportInput:
    child = ChildEntry(
        name=ARABIC, date_of_birth=date(2015, 9, 1), location="Benin City, Nigeria",
        carer="Maternal aunt", situation="Lives with her aunt; attends school irregularly.",
        risks=("Threats from the trafficking network to the family.", MARKUP),
        needs=("Safe accommodation.", "School fees."),
        actions=(ChildAction("Ask the Red Cross about family tracing.", "Support worker",
                             date(2024, 4, 1)),))
    second = ChildEntry(name=CYRILLIC, date_of_birth=date(2023, 12, 1), location="Leeds",
                        carer="Her mother", situation="Living with her mother in NASS housing.")
    return ChildrenReportInput(
        jurisdiction=Jurisdiction.ENGLAND_WALES, letterhead=CENTRE, parent_name=CLIENT,
        report_date=date(2024, 3, 12), children=(child, second), references=REFS[:1],
        summary="Both children are at risk while the network remains active.", author=SUPPORT)


def client_care(jurisdiction=Jurisdiction.ENGLAND_WALES) -> ClientCareLetterInput:
    return ClientCareLetterInput(
        jurisdiction=jurisdiction, letterhead=CENTRE, date=date(2024, 3, 12),
        client_name=VIETNAMESE, client_address_lines=("c/o Safe House", "Leeds"),
        matter_description="We will help you with your asylum appeal and your claim for "
                           "compensation.", caseworker=SOLICITOR, supervisor="Helen Marsh",
        supervisor_role="Supervising solicitor",
        funding="legal_aid", next_steps=("We will write your witness statement with you.",),
        complaints_contact="Helen Marsh, 0113 000 0000")


def case_summary() -> CaseSummaryInput:
    return CaseSummaryInput(
        jurisdiction=Jurisdiction.SCOTLAND, letterhead=CENTRE, client_name=CYRILLIC,
        prepared_date=date(2024, 3, 12),
        sections=(SummarySection("Background", "Recruited in 2019. " + MARKUP),
                  SummarySection("Where things stand", "Appeal hearing listed.")),
        references=REFS, key_dates=(KeyDate("Appeal hearing", date(2024, 5, 2)),),
        open_tasks=("Serve bundle by 18 April 2024.",),
        contacts=(Contact("Support worker", SUPPORT.name, "0113 000 0001"),),
        prepared_by=SOLICITOR)


def conflict_check() -> ConflictCheckRecordInput:
    return ConflictCheckRecordInput(
        letterhead=CENTRE, checked_date=date(2024, 3, 12), checked_by=SUPPORT,
        client_name=ARABIC, matter_description="Asylum appeal",
        names_searched=(ARABIC, "Madam Joy", CYRILLIC),
        hits=(ConflictHit("Madam Joy", "Joy Okafor", "Opponent in M-2023-014", 82,
                          "Same person: conflict"),),
        outcome="Conflict: matter declined", decided_by=SOLICITOR, notes=MARKUP)


def recovery_sheet() -> RecoverySheetInput:
    return RecoverySheetInput(centre_name=CENTRE.name,
                              recovery_code="K7QF-2M9X-PL4D-88ZT-W3RN-6HCE-Y5BV-QA21",
                              created=date(2024, 3, 12), database_id="3f2a9c1e-7d44-4b9e")


def bundle(sections: tuple[BundleSection, ...]) -> BundleInput:
    return BundleInput(jurisdiction=Jurisdiction.ENGLAND_WALES, title="APPELLANT'S BUNDLE",
                       sections=sections, prepared_date=date(2024, 4, 18),
                       parties=(Party(CLIENT, "Appellant"),
                                Party("Secretary of State for the Home Department",
                                      "Respondent")),
                       references=REFS, prepared_by=CENTRE)


__all__ = ["BundleItem", "BundleSection"]
