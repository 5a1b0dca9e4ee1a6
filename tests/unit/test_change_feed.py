"""The change feed: every audited change is published once its write commits, with the record
kind, its id, her file and what changed; rolled-back writes and reads publish no change."""
from __future__ import annotations

import dataclasses

import pytest

import case_samples as s
from assist_desktop.domain.errors import EditConflict
from assist_desktop.services.audit import AuditLog
from assist_desktop.services.changes import (AUDIT_KIND, CREATED, DELETED, PURGED, UPDATED,
                                             LocalChangeFeed, event_for)
from assist_desktop.services.clients import ClientService
from assist_desktop.services.compensation import CompensationService
from assist_desktop.services.matters import MatterService
from assist_desktop.services.notes import NoteService
from assist_desktop.services.tasks import TaskService
from assist_desktop.services.time_entries import TimeEntryService
from case_world import world  # noqa: F401  (fixture)


@pytest.fixture
def fed(world):
    feed = LocalChangeFeed(world.db)
    batches: list = []
    feed.subscribe(batches.append)

    def service(kind, name):
        return kind(world.db, world.session(name), AuditLog(name, changes=feed))
    return world, service, batches


def _changes(batches):
    return [e for batch in batches for e in batch if e.kind != AUDIT_KIND]


def test_every_audited_mutation_publishes_its_change_after_commit(fed):
    world, service, batches = fed
    clients, matters = service(ClientService, "sol"), service(MatterService, "sol")
    client = clients.create(s.client("Hanna"))
    client = clients.update(dataclasses.replace(client, nationality="Moldovan"))
    matter = matters.create(s.matter(client.id, "asylum"))
    matter = matters.update(dataclasses.replace(matter, title="Asylum claim"))
    note = service(NoteService, "sol").create(s.note(client.id, "seen", 0), "k")
    task = service(TaskService, "sol").create(s.task(client.id, "call", matter_id=matter.id))
    service(TimeEntryService, "sol").create(s.time_entry(client.id, matter.id, world.ids["sol"], "t"))
    claims = service(CompensationService, "sol").claims
    claims.create(s.claim(client.id, "cica"))
    matters.delete(matter.id, matter.version)
    gone = clients.delete(client.id, client.version)
    service(ClientService, "adm").purge(gone.id)
    published = {(e.kind, e.record_id, e.change) for e in _changes(batches)}
    # Each audit row of a change has its event: the feed hangs off the audit log, so a
    # mutation cannot be saved without being published.
    for _actor, action, entity, entity_id, detail in world.audit_rows():
        event = event_for(action, entity, entity_id, detail)
        if event is not None:
            assert (event.kind, event.record_id, event.change) in published
    assert ("matter", matter.id, CREATED) in published
    assert ("matter", matter.id, DELETED) in published
    assert ("client", client.id, PURGED) in published
    assert ("note", note.id, CREATED) in published and ("task", task.id, CREATED) in published
    update = next(e for e in _changes(batches) if e.kind == "matter" and e.change == UPDATED)
    assert update.client_id == client.id and update.fields == ("title",)
    # Every batch is one committed write: one "audit_log" event each
    assert all(batch[-1].kind == AUDIT_KIND for batch in batches)


def test_reads_publish_no_change_and_a_rolled_back_write_publishes_nothing(fed):
    world, service, batches = fed
    clients = service(ClientService, "sol")
    client = clients.create(s.client("Hanna"))
    batches.clear()
    clients.get(client.id)
    clients.caseload()
    assert _changes(batches) == [] and len(batches) == 2   # the audit log did grow
    batches.clear()
    with pytest.raises(EditConflict):
        clients.update(dataclasses.replace(client, version=client.version + 5, nationality="X"))
    assert batches == []


def test_a_failing_listener_does_not_stop_the_others_nor_the_write(fed):
    world, service, batches = fed
    feed = LocalChangeFeed(world.db)
    seen = []
    feed.subscribe(lambda _events: 1 / 0)
    feed.subscribe(seen.append)
    ClientService(world.db, world.session("sol"), AuditLog("sol", changes=feed)).create(
        s.client("Hanna"))
    assert [e.kind for e in seen[0]] == ["client", AUDIT_KIND]


# Public service methods that write without an audit row of their own, and why no view needs
# to hear of it. Every other public method that writes must audit (so it publishes).
UNPUBLISHED_WRITES = {
    "notes.py:NoteService.save_draft": "her own draft: no other view shows it",
    "notes.py:NoteService.discard_draft": "her own draft: no other view shows it",
    "statements.py:StatementService.save_scratch": "her own scratch copy: shown nowhere else",
    "statements.py:StatementService.discard_scratch": "her own scratch copy: shown nowhere else",
    "conflict_check.py:ConflictCheckService.attach": "audited in attach_in (same transaction)",
    "safety_screening.py:SafetyScreeningService.screen_contact":
        "each alert raised is audited in _raise (raise_safety_alert)",
    "safety_screening.py:SafetyScreeningService.screen_party":
        "each alert raised is audited in _raise (raise_safety_alert)",
    "retention.py:RetentionService.destroy": "audited in _erase (same transaction)",
    "retention.py:RetentionService.destroy_again": "audited in _erase (same transaction)",
}


def test_every_public_service_method_that_writes_is_audited_and_so_publishes():
    import ast
    import re
    from pathlib import Path

    import assist_desktop.services as services
    root = Path(services.__file__).parent
    unaudited = []
    for path in sorted(root.glob("*.py")):
        if path.name.startswith("demo_"):
            continue            # the demo generator (moving out of services) writes in bulk
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for cls in (n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)):
            for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
                text = "\n".join(lines[fn.lineno - 1:fn.end_lineno])
                if fn.name.startswith("_") or not re.search(r"\.write\(", text):
                    continue
                if not re.search(r"_log\(|\.record\(|record_many|_audited|record_reads|audit",
                                 text):
                    unaudited.append(f"{path.name}:{cls.name}.{fn.name}")
    assert sorted(unaudited) == sorted(UNPUBLISHED_WRITES)
