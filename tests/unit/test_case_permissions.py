"""The permission matrix of every case service, role by role, and restricted files.

Roles: sol (solicitor), sup (support worker), adm (administrator only), admsol (administrator
and solicitor), nobody (no role). Every operation is tried as each of them: those allowed must
succeed, the others must get PermissionDenied.
"""
from __future__ import annotations

import dataclasses
from datetime import date
from types import SimpleNamespace

import pytest

import case_samples as s
from assist_desktop.domain.clients import CaseloadQuery
from assist_desktop.domain.errors import NotFound, PermissionDenied
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

ROLES = ("sol", "sup", "adm", "admsol", "nobody")
CASE = {"sol", "sup", "admsol"}
SOL = {"sol", "admsol"}
ADMIN = {"adm", "admsol"}
TODAY = date(2026, 3, 2)


def build(world, owner: str = "sol", restricted_to=frozenset()):
    """One client's file with a record of every kind, made by `owner`."""
    sv = lambda t: world.service(t, owner)  # noqa: E731
    ids = world.ids
    client = sv(ClientService).create(s.client("Matrix", key_worker=ids["sup"],
                                               solicitor=ids["sol"], restricted_to=restricted_to))
    cid = client.id
    party = sv(MatterService).parties.create(s.party(cid, "p"))
    matter = sv(MatterService).create(s.matter(cid, "m", fee_earner=ids["sol"],
                                               party_ids={party.id}))
    claim = sv(CompensationService).claims.create(s.claim(cid, "c"))
    data = b"%PDF-1.4 evidence"
    attachment = sv(AttachmentService).add(cid, "evidence.pdf", "application/pdf", data)
    item = sv(CompensationService).add_item(s.loss_item(claim.id, "i", evidence=attachment.id))
    note = sv(NoteService).create(s.note(cid, "n", ids[owner]), f"key-{owner}-{cid}")
    task = sv(TaskService).create(s.task(cid, "t", due_on=TODAY))
    entry = sv(TimeEntryService).create(s.time_entry(cid, matter.id, ids[owner], "t"))
    child = sv(ChildrenService).children.create(s.child(cid, "c"))
    needs = sv(SupportService).needs.create(s.needs(cid, "n"))
    ident = sv(MatterService).identification.create(s.identification(cid, "i"))
    return SimpleNamespace(client=client, cid=cid, party=party, matter=matter, claim=claim,
                           item=item, attachment=attachment, note=note, task=task, entry=entry,
                           child=child, needs=needs, ident=ident)


def _fresh_client(w, r):
    return w.service(ClientService, "sol").create(s.client("fresh"))


def _deleted_client(w, r):
    fresh = _fresh_client(w, r)
    return w.service(ClientService, "sol").delete(fresh.id, fresh.version)


def _latest_client(w, r):
    return w.service(ClientService, "sol").get(r.cid)


OPERATIONS = {
    # name: (allowed roles, call(world, who, records))
    "client.get": (CASE, lambda w, who, r: w.service(ClientService, who).get(r.cid)),
    "client.create": (CASE, lambda w, who, r: w.service(ClientService, who).create(s.client("x"))),
    "client.update": (CASE, lambda w, who, r: w.service(ClientService, who).update(
        dataclasses.replace(_latest_client(w, r), nationality=who))),
    "client.caseload": (CASE, lambda w, who, r: w.service(ClientService, who).caseload()),
    "client.caseload_count": (CASE, lambda w, who, r:
                              w.service(ClientService, who).caseload_count()),
    "client.delete": (SOL, lambda w, who, r: (lambda c: w.service(ClientService, who).delete(
        c.id, c.version))(_fresh_client(w, r))),
    "client.list_deleted": (ADMIN, lambda w, who, r: w.service(ClientService, who).list_deleted()),
    "client.restore": (ADMIN, lambda w, who, r: (lambda c: w.service(ClientService, who).restore(
        c.id, c.version))(_deleted_client(w, r))),
    "client.purge": (ADMIN, lambda w, who, r: w.service(ClientService, who).purge(
        _deleted_client(w, r).id)),
    "consents.list": (CASE, lambda w, who, r: w.service(ClientService, who).consents.list(r.cid)),
    "consents.create": (CASE, lambda w, who, r: w.service(ClientService, who).consents.create(
        s.consent(r.cid, "c"))),
    "convictions.list": (SOL, lambda w, who, r:
                         w.service(ClientService, who).convictions.list(r.cid)),
    "convictions.create": (SOL, lambda w, who, r: w.service(ClientService, who).convictions.create(
        s.conviction(r.cid, "c"))),
    "matters.summaries": (CASE, lambda w, who, r: w.service(MatterService, who).summaries(r.cid)),
    "matters.get_summary": (CASE, lambda w, who, r:
                            w.service(MatterService, who).get_summary(r.matter.id)),
    "matters.list": (SOL, lambda w, who, r: w.service(MatterService, who).list(r.cid)),
    "matters.get": (SOL, lambda w, who, r: w.service(MatterService, who).get(r.matter.id)),
    "matters.create": (SOL, lambda w, who, r: w.service(MatterService, who).create(
        s.matter(r.cid, "new"))),
    "parties.list": (CASE, lambda w, who, r: w.service(MatterService, who).parties.list(r.cid)),
    "parties.of_matter": (CASE, lambda w, who, r:
                          w.service(MatterService, who).parties_of(r.matter.id)),
    "parties.create": (SOL, lambda w, who, r: w.service(MatterService, who).parties.create(
        s.party(r.cid, "p2"))),
    "identification.list": (CASE, lambda w, who, r:
                            w.service(MatterService, who).identification.list(r.cid)),
    "identification.create": (SOL, lambda w, who, r:
                              w.service(MatterService, who).identification.create(
                                  s.identification(r.cid, "i2"))),
    "claims.list": (SOL, lambda w, who, r:
                    w.service(CompensationService, who).claims.list(r.cid)),
    "claims.create": (SOL, lambda w, who, r: w.service(CompensationService, who).claims.create(
        s.claim(r.cid, "c2"))),
    "claims.items": (SOL, lambda w, who, r: w.service(CompensationService, who).items(r.claim.id)),
    "children.list": (CASE, lambda w, who, r:
                      w.service(ChildrenService, who).children.list(r.cid)),
    "children.create": (CASE, lambda w, who, r: w.service(ChildrenService, who).children.create(
        s.child(r.cid, "c2"))),
    "pregnancies.create": (CASE, lambda w, who, r:
                           w.service(ChildrenService, who).pregnancies.create(
                               s.pregnancy(r.cid, "p"))),
    "support.needs.list": (CASE, lambda w, who, r: w.service(SupportService, who).needs.list(r.cid)),
    "support.referrals.create": (CASE, lambda w, who, r:
                                 w.service(SupportService, who).referrals.create(
                                     s.referral(r.cid, "r"))),
    "support.actions.create": (CASE, lambda w, who, r:
                               w.service(SupportService, who).actions.create(
                                   s.action(r.cid, "a"))),
    "support.mentors.create": (CASE, lambda w, who, r:
                               w.service(SupportService, who).mentors.create(
                                   s.mentor(r.cid, "m"))),
    "notes.list": (CASE, lambda w, who, r: w.service(NoteService, who).list(r.cid)),
    "notes.create": (CASE, lambda w, who, r: w.service(NoteService, who).create(
        s.note(r.cid, "n2", 0), f"k-{who}")),
    "tasks.list": (CASE, lambda w, who, r: w.service(TaskService, who).list(r.cid)),
    "tasks.create": (CASE, lambda w, who, r: w.service(TaskService, who).create(
        s.task(r.cid, "t2"))),
    "tasks.due_this_week": (CASE, lambda w, who, r:
                            w.service(TaskService, who).due_this_week(today=TODAY)),
    "time.list": (CASE, lambda w, who, r: w.service(TimeEntryService, who).list(r.matter.id)),
    "time.create": (CASE, lambda w, who, r: w.service(TimeEntryService, who).create(
        s.time_entry(r.cid, r.matter.id, 0, "t2"))),
    "attachments.list": (CASE, lambda w, who, r:
                         w.service(AttachmentService, who).list(r.cid)),
    "attachments.open": (CASE, lambda w, who, r:
                         w.service(AttachmentService, who).open(r.attachment.id)),
    "attachments.add": (CASE, lambda w, who, r: w.service(AttachmentService, who).add(
        r.cid, "x.txt", "text/plain", b"x")),
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_permission_matrix(world, operation):
    allowed, call = OPERATIONS[operation]
    records = build(world)
    for who in ROLES:
        if who in allowed:
            call(world, who, records)  # must not raise
        else:
            with pytest.raises(PermissionDenied):
                call(world, who, records)


RESTRICTED_READS = {
    "client.get": lambda w, who, r: w.service(ClientService, who).get(r.cid),
    "consents.list": lambda w, who, r: w.service(ClientService, who).consents.list(r.cid),
    "convictions.list": lambda w, who, r: w.service(ClientService, who).convictions.list(r.cid),
    "matters.summaries": lambda w, who, r: w.service(MatterService, who).summaries(r.cid),
    "matters.get": lambda w, who, r: w.service(MatterService, who).get(r.matter.id),
    "parties.list": lambda w, who, r: w.service(MatterService, who).parties.list(r.cid),
    "parties.get": lambda w, who, r: w.service(MatterService, who).parties.get(r.party.id),
    "identification.get": lambda w, who, r:
        w.service(MatterService, who).identification.get(r.ident.id),
    "claims.get": lambda w, who, r: w.service(CompensationService, who).claims.get(r.claim.id),
    "claims.items": lambda w, who, r: w.service(CompensationService, who).items(r.claim.id),
    "children.get": lambda w, who, r: w.service(ChildrenService, who).children.get(r.child.id),
    "needs.list": lambda w, who, r: w.service(SupportService, who).needs.list(r.cid),
    "notes.list": lambda w, who, r: w.service(NoteService, who).list(r.cid),
    "notes.get": lambda w, who, r: w.service(NoteService, who).get(r.note.id),
    "notes.history": lambda w, who, r: w.service(NoteService, who).history(r.note.id),
    "tasks.get": lambda w, who, r: w.service(TaskService, who).get(r.task.id),
    "time.list": lambda w, who, r: w.service(TimeEntryService, who).list(r.matter.id),
    "attachments.open": lambda w, who, r: w.service(AttachmentService, who).open(r.attachment.id),
    "children.create": lambda w, who, r: w.service(ChildrenService, who).children.create(
        s.child(r.cid, "c")),
    "notes.create": lambda w, who, r: w.service(NoteService, who).create(
        s.note(r.cid, "n", 0), "k-restricted"),
    "client.update": lambda w, who, r: w.service(ClientService, who).update(r.client),
}


def test_a_restricted_file_does_not_exist_for_anyone_not_named(world):
    records = build(world, owner="sol2", restricted_to={world.ids["sol2"]})
    solicitor_only = {"convictions.list", "matters.get", "claims.get", "claims.items"}
    for name, call in RESTRICTED_READS.items():
        for who in ("sol", "admsol") if name in solicitor_only else ("sol", "sup", "admsol"):
            with pytest.raises(NotFound):
                call(world, who, records)
        if name not in ("children.create", "notes.create", "client.update"):
            call(world, "sol2", records)  # the named solicitor sees it all


def test_restricted_files_are_left_out_of_lists_and_counts(world):
    build(world)
    hidden = build(world, owner="sol2", restricted_to={world.ids["sol2"]})
    for who in ("sol", "sup"):
        clients = world.service(ClientService, who)
        assert hidden.cid not in {c.id for c in clients.caseload()}
        assert clients.caseload_count() == 1
        assert clients.caseload_count(CaseloadQuery(restricted_only=True)) == 0
        due = world.service(TaskService, who).due_this_week(today=TODAY)
        assert hidden.cid not in {t.client_id for t in due} and due
    sol2 = world.service(ClientService, "sol2")
    assert sol2.caseload_count() == 2
    assert [c.id for c in sol2.caseload(CaseloadQuery(restricted_only=True))] == [hidden.cid]


def test_restricting_a_file_must_name_yourself(world):
    from assist_desktop.domain.errors import ValidationError
    with pytest.raises(ValidationError) as caught:
        world.service(ClientService, "sol").create(
            s.client("x", restricted_to={world.ids["sol2"]}))
    assert caught.value.field == "restricted_to"


def test_an_attachment_of_a_privileged_note_is_privileged(world):
    records = build(world)
    notes = world.service(NoteService, "sol")
    advice = notes.create(dataclasses.replace(s.note(records.cid, "advice", 0), privileged=True),
                          "k-advice")
    plain = notes.create(s.note(records.cid, "meeting", 0), "k-plain")
    sol, sup = world.service(AttachmentService, "sol"), world.service(AttachmentService, "sup")
    memo = sol.add(records.cid, "memo.txt", "text/plain", b"counsel's opinion", note_id=advice.id)
    assert memo.privileged  # marked so when stored, though the caller did not say so
    later = sol.add(records.cid, "later.txt", "text/plain", b"minutes", note_id=plain.id)
    assert not later.privileged
    notes.update(dataclasses.replace(plain, privileged=True), expected_version=plain.version,
                 idempotency_key="k-plain-2")
    for hidden in (memo, later):  # including a note marked privileged after the attachment
        assert hidden.id not in {a.id for a in sup.list(records.cid)}
        assert sup.list(records.cid, note_id=hidden.note_id) == []
        for read in (sup.open, sup.get):
            with pytest.raises(NotFound):
                read(hidden.id)
        with pytest.raises(NotFound):
            sup.update(dataclasses.replace(hidden, privileged=False))
        assert sol.get(hidden.id).privileged
    relinked = sol.update(dataclasses.replace(sol.get(memo.id), note_id=None, privileged=False))
    assert not relinked.privileged  # a solicitor may unlink it and lift the mark
    assert relinked.id in {a.id for a in sup.list(records.cid)}


def test_support_workers_never_see_privileged_material(world):
    records = build(world)
    sol = world.service(NoteService, "sol")
    secret = sol.create(dataclasses.replace(s.note(records.cid, "advice", 0), privileged=True),
                        "k-priv")
    attachments_sol = world.service(AttachmentService, "sol")
    doc = attachments_sol.add(records.cid, "advice.pdf", "application/pdf", b"%PDF advice",
                              privileged=True)
    sup_notes = world.service(NoteService, "sup")
    assert secret.id not in {n.id for n in sup_notes.list(records.cid)}
    assert secret.id not in {n.id for n in sup_notes.chronology(records.cid)}
    assert sup_notes.count(records.cid) == sol.count(records.cid) - 1
    with pytest.raises(NotFound):
        sup_notes.get(secret.id)
    with pytest.raises(NotFound):
        world.service(AttachmentService, "sup").open(doc.id)
    assert doc.id not in {a.id for a in world.service(AttachmentService, "sup").list(records.cid)}
    with pytest.raises(PermissionDenied):
        sup_notes.create(dataclasses.replace(s.note(records.cid, "x", 0), privileged=True), "k2")
    with pytest.raises(PermissionDenied):
        world.service(AttachmentService, "sup").add(records.cid, "a.pdf", "application/pdf",
                                                    b"x", privileged=True)
    assert secret.id in {n.id for n in sol.list(records.cid)}
