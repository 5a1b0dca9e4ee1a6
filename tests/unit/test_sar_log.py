"""The subject access log: due dates from the deadline rules (one month; three when
extended, with a reason), requests made for her (Home Office) tracked the same way, open
requests in the diary (My week) and its .ics export, solicitors only, audited by id."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from assist_desktop.domain.diary import DiaryKind
from assist_desktop.domain.errors import PermissionDenied, ValidationError
from assist_desktop.domain.session import Session
from assist_desktop.domain.subject_access import SarDirection, SarRequest
from assist_desktop.services.audit import AuditLog
from assist_desktop.services.sar_log import SarLogService
from assist_desktop.services.tasks import TaskService
from test_interchange import Centre

HOSTILE = "<b>ID</b> & passport 'OR 1=1-- فاطمة 👩🏽"


@pytest.fixture
def centre(tmp_path):
    centre = Centre(tmp_path / "a.db")
    from assist_desktop.storage.client_repository import ClientRepository
    import case_samples as s
    centre.client_id = centre.db.write(lambda c: ClientRepository().create(
        c, s.client("Amina")).id)
    yield centre
    centre.db.close()


def as_(centre, name):
    session = Session(centre.ids[name], name, name.title(), frozenset(centre.staff[name]))
    return session


def test_due_dates_come_from_the_rules_and_follow_the_extension(centre):
    log = SarLogService(centre.db, as_(centre, "sol"), AuditLog("sol"))
    saved = log.record(SarRequest(client_id=centre.client_id, received_on=date(2026, 1, 31),
                                  identity_method=HOSTILE))
    # One month from 31 January: the month's last day (28 Feb 2026 is a Saturday: the ICO
    # says the next working day, which is the rule's roll_forward).
    assert saved.due_on == date(2026, 3, 2)
    with pytest.raises(ValidationError, match="extension_reason|extended"):
        log.update(dataclasses.replace(saved, extended=True))
    extended = log.update(dataclasses.replace(saved, extended=True,
                                              extension_reason="numerous records"))
    assert extended.due_on == date(2026, 4, 30)
    assert extended.identity_method == HOSTILE
    made = log.record(SarRequest(client_id=centre.client_id, received_on=date(2026, 2, 2),
                                 direction=SarDirection.MADE, organisation="Home Office"))
    rows = log.log(open_only=True)
    assert [r.request.id for r in rows] == [made.id, saved.id]     # due first
    done = log.update(dataclasses.replace(made, sent_on=date(2026, 2, 20)))
    assert [r.request.id for r in log.log(open_only=True)] == [saved.id]
    assert done.sent_on == date(2026, 2, 20)
    audit = centre.audit()
    assert ("sol", "create", "subject_access", str(saved.id),
            f"client:{centre.client_id} direction:received") in audit
    assert HOSTILE not in repr(audit)


def test_bad_requests_are_refused_and_change_nothing(centre):
    log = SarLogService(centre.db, as_(centre, "sol"), AuditLog("sol"))
    with pytest.raises(ValidationError, match="organisation"):
        log.record(SarRequest(client_id=centre.client_id, received_on=date(2026, 1, 5),
                              direction=SarDirection.MADE))
    with pytest.raises(ValidationError, match="sent_on"):
        log.record(SarRequest(client_id=centre.client_id, received_on=date(2026, 1, 5),
                              sent_on=date(2026, 1, 1)))
    with pytest.raises(PermissionDenied):
        SarLogService(centre.db, as_(centre, "sup"), AuditLog("sup")).log()
    assert centre.count("sar_requests") == 0


def test_open_requests_are_in_my_week_and_its_calendar(centre, tmp_path):
    log = SarLogService(centre.db, as_(centre, "sol"), AuditLog("sol"))
    saved = log.record(SarRequest(client_id=centre.client_id, received_on=date(2026, 3, 2)))
    tasks = TaskService(centre.db, as_(centre, "sol"), AuditLog("sol"))
    entries = tasks.diary(today=date(2026, 3, 30), days=7)
    sar = [e for e in entries if e.kind == DiaryKind.SUBJECT_ACCESS]
    assert [(e.on, e.record_id) for e in sar] == [(date(2026, 4, 2), saved.id)]
    assert sar[0].client_reference.startswith("C-")
    path = tmp_path / "diary.ics"
    tasks.export_ics(path, days=7, mine=False, today=date(2026, 3, 30))
    assert "Subject access request" in path.read_text()
    log.update(dataclasses.replace(saved, sent_on=date(2026, 3, 30)))
    assert not [e for e in tasks.diary(today=date(2026, 3, 30), days=7)
                if e.kind == DiaryKind.SUBJECT_ACCESS]
    # A support worker's week has no SAR rows (the log is the solicitors').
    support = TaskService(centre.db, as_(centre, "sup"), AuditLog("sup"))
    log.record(SarRequest(client_id=centre.client_id, received_on=date(2026, 3, 2)))
    assert not [e for e in support.diary(today=date(2026, 3, 30), days=7)
                if e.kind == DiaryKind.SUBJECT_ACCESS]


def test_huge_and_control_text_is_refused_and_nothing_is_saved(centre):
    log = SarLogService(centre.db, as_(centre, "sol"), AuditLog("sol"))
    for bad in ({"identity_method": "x" * 501}, {"notes": "a\x00b"},
                {"organisation": "y" * 501, "direction": SarDirection.MADE}):
        with pytest.raises(ValidationError):
            log.record(SarRequest(client_id=centre.client_id, received_on=date(2026, 1, 5),
                                  **bad))
    assert centre.count("sar_requests") == 0
