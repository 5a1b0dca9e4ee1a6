"""Case services end to end on a real encrypted database: round trips in every script,
audit rows (and no case text in them), conflicts, deletion and purge, money, links."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

import case_samples as s
from assist_desktop.domain.clients import SafetyFlag
from assist_desktop.domain.consents import ConsentDecision, ConsentKind
from assist_desktop.domain.errors import (DamagedStoreError, EditConflict, NotFound,
                                          ValidationError)
from assist_desktop.domain.money import format_amount, multiply
from assist_desktop.services.attachments import AttachmentService
from assist_desktop.services.children import ChildrenService
from assist_desktop.services.clients import ClientService
from assist_desktop.services.compensation import CompensationService
from assist_desktop.services.matters import MatterService
from assist_desktop.services.notes import NoteService
from assist_desktop.services.support import SupportService
from assist_desktop.services.tasks import TaskService
from assist_desktop.services.time_entries import TimeEntryService
from case_world import world  # noqa: F401  (fixture)


@pytest.mark.parametrize("script", sorted(s.TEXTS))
def test_a_file_round_trips_through_the_services(world, script):
    text = s.TEXTS[script]
    clients = world.service(ClientService, "sol")
    original = s.client(text, key_worker=world.ids["sup"], solicitor=world.ids["sol"])
    created = clients.create(original)
    assert created.reference.startswith("C-") and created.given_names == text
    assert clients.get(created.id) == created
    child = world.service(ChildrenService, "sup").children.create(s.child(created.id, text))
    assert world.service(ChildrenService, "sol").children.list(created.id) == [child]
    referral = world.service(SupportService, "sup").referrals.create(s.referral(created.id, text))
    assert world.service(SupportService, "sup").referrals.get(referral.id).outcome == text
    note = world.service(NoteService, "sup").create(s.note(created.id, text, 0), "k")
    assert world.service(NoteService, "sol").get(note.id).body == text
    assert note.author_id == world.ids["sup"]  # the service says who wrote it
    # audit rows name the record, never its text
    rows = world.audit_rows()
    assert ("sol", "read", "client", str(created.id), "profile") in rows
    assert ("sup", "create", "note", str(note.id), f"client:{created.id}") in rows
    assert not any(text in " ".join(map(str, row)) for row in rows)


def test_every_change_and_read_is_audited_with_changed_field_names(world):
    clients = world.service(ClientService, "sol")
    created = clients.create(s.client("Hanna"))
    updated = clients.update(dataclasses.replace(created, nationality="Moldovan",
                                                 age_disputed=False))
    assert updated.version == 2
    clients.caseload()
    actions = [(r[1], r[2], r[4]) for r in world.audit_rows()]
    assert ("update", "client", "fields:age_disputed,nationality") in actions
    assert ("list", "client", "caseload offset:0") in actions
    assert ("create", "client", "") in actions


def test_a_stale_save_is_a_conflict_everywhere(world):
    clients = world.service(ClientService, "sol")
    mine = clients.create(s.client("x"))
    world.service(ClientService, "sup").update(dataclasses.replace(mine, nationality="theirs"))
    with pytest.raises(EditConflict):
        clients.update(dataclasses.replace(mine, nationality="mine"))
    assert clients.get(mine.id).nationality == "theirs"
    child = world.service(ChildrenService, "sol").children.create(s.child(mine.id, "c"))
    world.service(ChildrenService, "sup").children.update(dataclasses.replace(child, guardian="a"))
    with pytest.raises(EditConflict):
        world.service(ChildrenService, "sol").children.update(
            dataclasses.replace(child, guardian="b"))
    with pytest.raises(EditConflict):
        world.service(ChildrenService, "sol").children.delete(child.id, child.version)


def test_delete_restore_and_purge_of_a_client(world):
    marker = "Svitlana-Ж-unique-91c"
    sol = world.service(ClientService, "sol")
    created = sol.create(s.client(marker))
    world.service(NoteService, "sol").create(s.note(created.id, marker, 0), "k")
    world.service(AttachmentService, "sol").add(created.id, "a.txt", "text/plain",
                                                marker.encode())
    with pytest.raises(NotFound):  # purge only what has been deleted first
        world.service(ClientService, "adm").purge(created.id)
    deleted = sol.delete(created.id, created.version)
    with pytest.raises(NotFound):
        sol.get(created.id)
    admin = world.service(ClientService, "adm")
    listed = admin.list_deleted()
    assert [(d.id, d.reference) for d in listed] == [(created.id, created.reference)]
    admin.restore(created.id, deleted.version)
    assert sol.get(created.id).deleted_at is None
    again = sol.delete(created.id, sol.get(created.id).version)
    admin.purge(again.id)
    assert admin.list_deleted() == []
    assert marker not in s.all_text_in_database(world.db)
    assert ("adm", "purge", "client", str(created.id), created.reference) in world.audit_rows()


def test_consent_log_is_append_only_and_latest_entry_wins(world):
    clients = world.service(ClientService, "sup")
    cid = clients.create(s.client("x")).id
    given = dataclasses.replace(s.consent(cid, "Medaille"), kind=ConsentKind.NRM_REFERRAL,
                                decision=ConsentDecision.GIVEN, decided_on=date(2026, 1, 5),
                                shared_with="")
    entry = clients.consents.create(given)
    assert entry.recorded_by == world.ids["sup"]
    assert clients.consent_in_force(cid, ConsentKind.NRM_REFERRAL)
    with pytest.raises(ValidationError):
        clients.consents.update(dataclasses.replace(entry, decision=ConsentDecision.WITHDRAWN))
    clients.consents.create(dataclasses.replace(given, decision=ConsentDecision.WITHDRAWN,
                                                decided_on=date(2026, 2, 1)))
    assert not clients.consent_in_force(cid, ConsentKind.NRM_REFERRAL)
    assert len(clients.consents.list(cid)) == 2


def test_safety_flags_are_raised_without_a_profile_save(world):
    clients = world.service(ClientService, "sup")
    created = clients.create(dataclasses.replace(s.client("x"), safety_flags=frozenset()))
    flagged = clients.raise_safety_flag(created.id, SafetyFlag.RE_TRAFFICKING_RISK)
    assert flagged.safety_flags == {SafetyFlag.RE_TRAFFICKING_RISK}
    assert clients.caseload()[0].safety_flags == {SafetyFlag.RE_TRAFFICKING_RISK}


def test_a_flag_raised_meanwhile_makes_an_older_profile_save_a_conflict(world):
    clients = world.service(ClientService, "sup")
    created = clients.create(dataclasses.replace(s.client("x"), safety_flags=frozenset()))
    form = clients.get(created.id)                      # a colleague has her profile open
    flagged = clients.raise_safety_flag(created.id, SafetyFlag.DEBT_BONDAGE)
    assert flagged.version == form.version + 1
    with pytest.raises(EditConflict):
        clients.update(dataclasses.replace(form, nationality="Albanian"))
    assert clients.get(created.id).safety_flags == {SafetyFlag.DEBT_BONDAGE}
    again = clients.raise_safety_flag(created.id, SafetyFlag.DEBT_BONDAGE)  # no change
    assert again.version == flagged.version


def test_the_safety_alert_flag_is_not_set_by_hand(world):
    clients = world.service(ClientService, "sol")
    created = clients.create(dataclasses.replace(
        s.client("x"), safety_flags=frozenset({SafetyFlag.SAFETY_ALERT,
                                               SafetyFlag.SELF_HARM_RISK})))
    assert created.safety_flags == {SafetyFlag.SELF_HARM_RISK}  # she has no open alert
    with pytest.raises(ValidationError):
        clients.raise_safety_flag(created.id, SafetyFlag.SAFETY_ALERT)
    saved = clients.update(dataclasses.replace(created, safety_flags=frozenset(
        {SafetyFlag.SAFETY_ALERT})))
    assert saved.safety_flags == frozenset()


def test_schedule_of_loss_money_is_exact(world):
    comp = world.service(CompensationService, "sol")
    cid = world.service(ClientService, "sol").create(s.client("x")).id
    claim = comp.claims.create(s.claim(cid, "c"))
    items = [("1025", "0.5"), ("1234567", "17.41"), ("10", "0.1"), ("20", "0.2"), ("333", "3")]
    for multiplicand, multiplier in items:
        comp.add_item(dataclasses.replace(s.loss_item(claim.id, "i"), multiplicand=int(multiplicand),
                                          multiplier=multiplier))
    amounts = [i.amount for i in comp.items(claim.id)]
    assert sorted(amounts) == sorted([513, 21_493_811, 1, 4, 999])
    assert comp.schedule_total(claim.id) == 513 + 21_493_811 + 1 + 4 + 999
    assert format_amount(comp.schedule_total(claim.id), "GBP") == "£214,953.28"
    assert multiply(10, "0.1") + multiply(20, "0.2") == 5  # not 0.30000000000000004 of anything
    with pytest.raises(ValidationError):
        comp.add_item(dataclasses.replace(s.loss_item(claim.id, "i"), multiplicand=10.5))
    with pytest.raises(ValidationError):
        comp.add_item(dataclasses.replace(s.loss_item(claim.id, "i"), multiplier="1e3"))
    with pytest.raises(ValidationError):
        comp.claims.create(dataclasses.replace(s.claim(cid, "c"), amount_offered=99.99))


def test_records_cannot_link_into_another_clients_file(world):
    sol = world.service(ClientService, "sol")
    one, two = sol.create(s.client("one")).id, sol.create(s.client("two")).id
    matters = world.service(MatterService, "sol")
    their_matter = matters.create(s.matter(two, "m"))
    their_party = matters.parties.create(s.party(two, "p"))
    their_doc = world.service(AttachmentService, "sol").add(two, "d.pdf", "application/pdf", b"d")
    with pytest.raises(ValidationError):
        world.service(NoteService, "sol").create(
            dataclasses.replace(s.note(one, "n", 0), matter_id=their_matter.id), "k")
    with pytest.raises(ValidationError):
        matters.create(s.matter(one, "m", party_ids={their_party.id}))
    claim = world.service(CompensationService, "sol").claims.create(s.claim(one, "c"))
    with pytest.raises(ValidationError):
        world.service(CompensationService, "sol").add_item(
            s.loss_item(claim.id, "i", evidence=their_doc.id))
    child = world.service(ChildrenService, "sol").children.create(s.child(one, "c"))
    with pytest.raises(ValidationError):  # records do not move between files
        world.service(ChildrenService, "sol").children.update(
            dataclasses.replace(child, client_id=two))
    with pytest.raises(ValidationError):
        world.service(TaskService, "sol").create(dataclasses.replace(s.task(one, "t"),
                                                                     assigned_to=99999))


def test_support_workers_see_only_their_own_time(world):
    cid = world.service(ClientService, "sol").create(s.client("x")).id
    matter = world.service(MatterService, "sol").create(s.matter(cid, "m"))
    mine = world.service(TimeEntryService, "sup").create(s.time_entry(cid, matter.id, 0, "a"))
    world.service(TimeEntryService, "sup2").create(s.time_entry(cid, matter.id, 0, "b"))
    world.service(TimeEntryService, "sol").create(s.time_entry(cid, matter.id, 0, "c"))
    assert [e.id for e in world.service(TimeEntryService, "sup").list(matter.id)] == [mine.id]
    assert world.service(TimeEntryService, "sol").total_minutes(matter.id) == 3 * 48
    assert mine.user_id == world.ids["sup"]
    with pytest.raises(NotFound):
        world.service(TimeEntryService, "sup2").delete(mine.id, mine.version)


def test_time_on_no_particular_matter_and_only_her_own_matters(world):
    cid = world.service(ClientService, "sol").create(s.client("x")).id
    other = world.service(ClientService, "sol").create(s.client("y")).id
    matter = world.service(MatterService, "sol").create(s.matter(cid, "m"))
    elsewhere = world.service(MatterService, "sol").create(s.matter(other, "n"))
    support = world.service(TimeEntryService, "sup")
    loose = support.create(s.time_entry(cid, None, 0, "support call"))
    on_matter = world.service(TimeEntryService, "sol").create(s.time_entry(cid, matter.id, 0, "a"))
    assert loose.matter_id is None and loose.client_id == cid
    assert [e.id for e in support.list_for_client(cid)] == [loose.id]
    assert {e.id for e in world.service(TimeEntryService, "sol").list_for_client(cid)} == \
        {loose.id, on_matter.id}
    with pytest.raises(ValidationError):    # a matter of another client's file
        support.create(s.time_entry(cid, elsewhere.id, 0, "wrong file"))
    moved = support.update(dataclasses.replace(loose, matter_id=matter.id))
    assert moved.matter_id == matter.id and support.list(matter.id) == [moved]
    with pytest.raises(ValidationError):    # the client does not change
        support.update(dataclasses.replace(moved, client_id=other))


def test_tasks_due_this_week_overdue_and_reminders(world):
    cid = world.service(ClientService, "sol").create(s.client("x")).id
    tasks = world.service(TaskService, "sup")
    today = date(2026, 3, 2)  # a Monday
    made = {}
    for name, due in (("overdue", date(2026, 2, 27)), ("today", today),
                      ("sunday", date(2026, 3, 8)), ("next", date(2026, 3, 9))):
        made[name] = tasks.create(dataclasses.replace(s.task(cid, name, due_on=due),
                                                      start_date=None, assigned_to=None))
    tasks.complete(tasks.create(dataclasses.replace(s.task(cid, "done", due_on=today),
                                                    start_date=None)), on=today)
    assert [t.title for t in tasks.due_this_week(today=today)] == ["today", "sunday"]
    assert [t.title for t in tasks.overdue(today=today)] == ["overdue"]
    reminders = tasks.reminders_due(today=today, mine=False)  # 7 days' notice on each
    assert [t.title for t in reminders] == ["overdue", "today", "sunday", "next"]
    assert [t.title for t in tasks.reminders_due(today=date(2026, 2, 26), mine=False)] == [
        "overdue", "today"]
    assigned = tasks.update(dataclasses.replace(made["next"], assigned_to=world.ids["sup"]))
    assert [t.id for t in tasks.due_between(today, date(2026, 3, 31), mine=True)] == [assigned.id]


def test_a_damaged_attachment_is_reported_not_shown(world):
    cid = world.service(ClientService, "sol").create(s.client("x")).id
    attachments = world.service(AttachmentService, "sol")
    stored = attachments.add(cid, "scan.pdf", "application/pdf", b"%PDF original")
    assert attachments.open(stored.id) == b"%PDF original"
    world.db.write(lambda c: c.execute("UPDATE attachment_blobs SET data = ? WHERE "
                                       "attachment_id = ?", (b"%PDF tampered", stored.id)))
    with pytest.raises(DamagedStoreError):
        attachments.open(stored.id)
