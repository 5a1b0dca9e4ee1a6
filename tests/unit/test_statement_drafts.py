"""Witness statement drafts: validation, every version kept, conflicts, who may see them, and
a witness statement generated from a draft."""
from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest

from assist_desktop.domain.clients import Client
from assist_desktop.domain.errors import (EditConflict, NotFound, PermissionDenied,
                                          ValidationError)
from assist_desktop.domain.statements import (
    DraftParagraph, ReadBack, ReadBackStatus, StatementContent, StatementExhibit, initials,
    suggest_reference,
)
from assist_desktop.storage.statement_repository import decode, encode

HOSTILE = "<b>bold</b> <a href='http://x'>link</a> & '; DROP TABLE clients; -- \"NEAR\" " \
          "عربي 😀 ትግርኛ"


def _content(**changes) -> StatementContent:
    values = dict(
        title="First statement",
        paragraphs=(DraftParagraph("I was born in Benin City in 1996.", "Background"),
                    DraftParagraph("I was promised work in a hair salon. See BOI/1."),
                    DraftParagraph("   "),                      # empty: dropped
                    DraftParagraph(HOSTILE)),
        exhibits=(StatementExhibit("BOI/1", "WhatsApp messages from the recruiter"),),
        occupation="Hairdresser")
    values.update(changes)
    return StatementContent(**values)


# --- domain ---------------------------------------------------------------------------------
def test_initials_and_suggested_references_come_from_the_legal_name():
    assert initials("Blessing Osarugue", "Igbinovia") == "BOI"
    assert initials("<a href=x>", "") == "AH"        # letters only
    assert initials("<&>", "123") == ""
    assert initials("Títílayọ̀", "Ọláwálé") == "TO"
    assert initials("شکریه", "احمدی") == ""                      # not Latin: no initials
    register = (StatementExhibit("BOI/1"), StatementExhibit("BOI/3"), StatementExhibit("X/9"))
    assert suggest_reference("BOI", register) == "BOI/4"
    assert suggest_reference("", ()) == "EX/1"


@pytest.mark.parametrize("content, field", [
    (_content(exhibits=(StatementExhibit("BOI/1"), StatementExhibit("boi/1"))),
     "exhibit reference"),
    (_content(exhibits=(StatementExhibit(""),)), "exhibit reference"),
    (_content(paragraphs=(DraftParagraph("", "A heading alone"),)), "paragraph 1"),
    (_content(paragraphs=(DraftParagraph("bell \x07 here"),)), "paragraph 1"),
    (_content(read_back=ReadBackStatus(state=ReadBack.READ_BACK, language="Edo")),
     "read_back.on"),
    (_content(statement_number=0), "statement_number"),
])
def test_bad_content_is_refused_with_the_field_named(content, field):
    with pytest.raises(ValidationError) as caught:
        content.cleaned().validate()
    assert caught.value.field == field


def test_content_round_trips_through_storage_form_exactly():
    content = _content(read_back=ReadBackStatus(state=ReadBack.READ_BACK, language="Edo (Bini)",
                                                interpreter="Osa Eghosa", on=date(2026, 3, 4)),
                       statement_number=2)
    assert decode(encode(content)) == content


# --- storage and service ----------------------------------------------------------------------
@pytest.fixture
def world(centre, staff):
    """sol (solicitor) with her file; the admin (also a solicitor); sup (support worker)."""
    sol = staff("sol")
    client = sol.services.clients.create(Client(
        given_names="Blessing Osarugue", family_name="Igbinovia", preferred_name="Joy",
        jurisdiction="england-wales"))
    return sol, centre, staff, client


def test_every_save_is_a_new_version_and_earlier_ones_stay_readable(world):
    sol, _admin, _staff, client = world
    statements = sol.services.statements
    draft = statements.create(client.id, _content())
    assert draft.version == 1
    assert [p.text for p in draft.content.paragraphs][-1] == HOSTILE     # kept as typed
    assert len(draft.content.paragraphs) == 3                            # the empty one dropped
    second = statements.save(draft.id, _content(occupation="Student"), expected_version=1)
    third = statements.set_read_back(draft.id, ReadBackStatus(
        state=ReadBack.APPROVED, language="English", on=date(2026, 3, 5)), expected_version=2)
    assert (second.version, third.version) == (2, 3)
    versions = statements.versions(draft.id)
    assert [v.version for v in versions] == [1, 2, 3]
    assert versions[0].content.occupation == "Hairdresser"              # never overwritten
    assert statements.version(draft.id, 2).content.occupation == "Student"
    assert third.content.read_back.state == ReadBack.APPROVED
    assert third.content.occupation == "Student"
    assert statements.get(draft.id) == third
    assert [d.id for d in statements.list(client.id)] == [draft.id]


def test_two_staff_saving_the_same_draft_get_a_conflict_not_an_overwrite(world):
    sol, admin, _staff, client = world
    draft = sol.services.statements.create(client.id, _content())
    admin.services.statements.save(draft.id, _content(occupation="Admin's"), expected_version=1)
    with pytest.raises(EditConflict):
        sol.services.statements.save(draft.id, _content(occupation="Sol's"), expected_version=1)
    assert sol.services.statements.get(draft.id).content.occupation == "Admin's"
    assert len(sol.services.statements.versions(draft.id)) == 2


def test_bad_content_changes_nothing(world):
    sol, _admin, _staff, client = world
    statements = sol.services.statements
    draft = statements.create(client.id, _content())
    with pytest.raises(ValidationError):
        statements.save(draft.id, _content(exhibits=(StatementExhibit("A/1"),
                                                     StatementExhibit("A/1"))),
                        expected_version=1)
    assert statements.get(draft.id).version == 1


def test_support_workers_and_unnamed_staff_are_refused(world):
    sol, admin, staff, client = world
    draft = sol.services.statements.create(client.id, _content())
    sup = staff("sup").services.statements
    for attempt in (lambda: sup.list(client.id), lambda: sup.get(draft.id),
                    lambda: sup.create(client.id, _content()),
                    lambda: sup.versions(draft.id)):
        with pytest.raises(PermissionDenied):
            attempt()
    with pytest.raises(PermissionDenied):
        staff("adm").services.statements.list(client.id)
    mine = sol.services.clients.get(client.id)
    sol.services.clients.update(dataclasses.replace(
        mine, restricted_to=frozenset({sol.session.user_id})))
    for attempt in (lambda: admin.services.statements.list(client.id),
                    lambda: admin.services.statements.get(draft.id),
                    lambda: admin.services.statements.versions(draft.id)):
        with pytest.raises(NotFound):
            attempt()
    assert sol.services.statements.get(draft.id).id == draft.id


def test_reads_and_writes_are_audited_without_text(world):
    sol, admin, _staff, client = world
    draft = sol.services.statements.create(client.id, _content())
    sol.services.statements.versions(draft.id)
    entries = admin.services.audit.page(limit=50)
    details = [f"{e.action} {e.entity} {e.entity_id} {e.detail}" for e in entries]
    assert any("create statement_draft" in d for d in details)
    assert any(f"statement_versions:{draft.id}" in d for d in details)
    assert not any("Benin" in d or "Hairdresser" in d for d in details)


def test_a_statement_generated_from_a_draft_prints_its_paragraphs_in_order(world):
    from tests.documents.conftest import pdf_text
    sol, _admin, _staff, client = world
    statements = sol.services.statements
    draft = statements.create(client.id, _content(exhibits=(
        StatementExhibit("BOI/1", "WhatsApp messages"), StatementExhibit("BOI/2", "Payslip"))))
    draft = statements.set_read_back(draft.id, ReadBackStatus(
        state=ReadBack.READ_BACK, language="Edo (Bini)", interpreter="Osa Eghosa",
        on=date(2026, 3, 4)), expected_version=1)
    options = statements.options_for(draft)
    assert options.witness_description == "Hairdresser"
    document = sol.services.documents.generate("witness_statement", client.id, options=options)
    text = pdf_text(sol.services.documents.pdf(document.id))
    found = [re.search(rf"(\d+)\. {re.escape(start)}", text) for start in (
        "I was born in Benin City", "I was promised work in a hair salon. See BOI/1.",
        "<b>bold</b> <a href='http://x'>link</a> &")]
    assert all(found), text
    numbers = [int(m.group(1)) for m in found]
    assert numbers == [numbers[0], numbers[0] + 1, numbers[0] + 2]      # numbered, in order
    assert text.index("Background") < found[0].start()                  # heading above it
    assert "BOI/1" in text and "BOI/2" in text
    assert "Osa Eghosa" in text and "Edo (Bini)" in text               # read back through her


def test_purging_her_file_erases_every_version_of_her_drafts(world):
    from tests.case_samples import all_text_in_database
    sol, admin, _staff, client = world
    marker = "Zanzibar-marker-7781"
    draft = sol.services.statements.create(client.id, _content(occupation=marker))
    sol.services.statements.save(draft.id, _content(title=marker), expected_version=1)
    assert marker in all_text_in_database(admin.db)
    current = sol.services.clients.get(client.id)
    sol.services.clients.delete(client.id, current.version)
    admin.services.clients.purge(client.id)
    assert marker not in all_text_in_database(admin.db)


def test_unsaved_typing_is_kept_per_person_until_saved(world):
    from assist_desktop.domain.statements import StatementScratch
    sol, admin, staff, client = world
    statements = sol.services.statements
    half = _content(exhibits=(StatementExhibit("A/1"), StatementExhibit("A/1")))  # not valid yet
    statements.save_scratch(StatementScratch(user_id=0, client_id=client.id, content=half))
    kept = statements.load_scratch(client.id, None)
    assert kept.content == half and kept.user_id == sol.session.user_id
    assert admin.services.statements.load_scratch(client.id, None) is None   # hers only
    with pytest.raises(PermissionDenied):
        staff("sup").services.statements.load_scratch(client.id, None)
    draft = statements.create(client.id, _content())
    assert statements.load_scratch(client.id, None) is None                 # saved: gone
    statements.save_scratch(StatementScratch(user_id=0, client_id=client.id,
                                             draft_id=draft.id, base_version=1, content=half))
    statements.save(draft.id, _content(occupation="Student"), expected_version=1)
    assert statements.load_scratch(client.id, draft.id) is None


def test_exhibit_prefix_is_in_latin_letters_from_her_legal_name_or_an_alias(world):
    from assist_desktop.domain.clients import Alias
    sol, _admin, _staff, client = world
    statements = sol.services.statements
    assert statements.exhibit_prefix(client.id) == "BOI"
    other = sol.services.clients.create(Client(
        given_names="شکریه", family_name="احمدی", aliases=(Alias(name="Shukria Ahmadi"),),
        jurisdiction="england-wales"))
    assert statements.exhibit_prefix(other.id) == "SA"
