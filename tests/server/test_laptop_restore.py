"""Verifying and restoring a server backup from an administrator's laptop, against a real
centre server process (real mutual TLS): good, damaged and wrong-passphrase checks; a restore
that brings back the backed-up state, ends every sign-in (the other laptop is told why) and
leaves the server sealed; refused and failed restores that change nothing; a support
worker's laptop refused by the server. One server for the module (its state carries on from
test to test, in order)."""
from __future__ import annotations

import dataclasses
import shutil
import threading

import pytest

import case_samples as s
from assist_desktop.domain.errors import (AssistError, NotFound, PermissionDenied,
                                          ValidationError)
from assist_desktop.services.audit_view import AuditQuery
from laptop_desktops import backups_panel, close_desktops, open_desktop
from server_harness import PASSPHRASE, sign_in, wait_until

BACKUP_PASSPHRASE = "quarry pelican mosaic tundra 58"


@pytest.fixture(scope="module")
def laptops(server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("laptops")
    return {name: server.laptop(tmp, name) for name in ("Laptop A", "Laptop B")}


@pytest.fixture(scope="module")
def made(server, laptops, tmp_path_factory):
    """The server's backup folder set, one client saved, a backup made from Laptop A, and a
    damaged copy of it (one byte changed in its body) beside it."""
    from assist_desktop.server.folder import ServerFolder
    folder = tmp_path_factory.mktemp("server-backups")
    server_folder = ServerFolder(server.data_dir)
    server_folder.save_config(dataclasses.replace(server_folder.config(),
                                                  backup_folder=str(folder)))
    admin = sign_in(laptops["Laptop A"], "admin")
    try:
        before = admin.services.clients.create(s.client("Before", key_worker=server.ids["sol"]))
        admin.server_backups.start(BACKUP_PASSPHRASE)
        assert wait_until(lambda: admin.server_backups.overview().job.state == "done", 60)
        name = admin.server_backups.overview().job.file_name
    finally:
        admin.lock()
    damaged = folder / name.replace("assist-", "assist-0000-", 1)
    shutil.copyfile(folder / name, damaged)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    server.before_id = before.id
    return name, damaged.name


def _finished(desk):
    assert wait_until(lambda: desk.overview().job.state in ("done", "failed"), 60)
    return desk.overview().job


def test_an_administrator_verifies_server_backups_from_her_laptop(server, laptops, made):
    good, damaged = made
    admin = sign_in(laptops["Laptop A"], "admin")
    try:
        desk = admin.server_backups
        assert {f.name for f in desk.overview().files} >= {good, damaged}
        desk.verify(good, "passphrase", BACKUP_PASSPHRASE)
        job = _finished(desk)
        assert (job.kind, job.state, job.outcome, job.file_name) == \
            ("verify", "done", "good", good)
        assert "Every byte is as it was" in job.message
        listed = {f.name: f for f in desk.overview().files}
        assert listed[good].checked == "file" and listed[good].checked_at   # "checked on"
        desk.verify(good, "passphrase", "not the backup passphrase")
        job = _finished(desk)
        assert (job.state, job.outcome) == ("failed", "wrong-secret")
        assert "passphrase is not correct" in job.message
        desk.verify(damaged, "passphrase", BACKUP_PASSPHRASE, deep=True)
        job = _finished(desk)
        assert (job.state, job.outcome) == ("failed", "damaged") and "damaged" in job.message
        listed = {f.name: f for f in desk.overview().files}
        assert listed[damaged].checked == ""       # no longer "checked on" (same backup id)
        with pytest.raises(ValidationError):                 # a name, never a path
            desk.verify(f"../{good}", "passphrase", BACKUP_PASSPHRASE)
        rows = admin.services.audit.entries(AuditQuery(action="backup_verify"), 0, 10)
        details = sorted(r.detail for r in rows)
        assert details == sorted([f"{good} good device:Laptop_A",
                                  f"{good} wrong-secret device:Laptop_A",
                                  f"{damaged} damaged device:Laptop_A"])
        assert {r.actor for r in rows} == {"admin"}
    finally:
        admin.lock()


def test_a_support_worker_cannot_verify_or_restore_from_her_laptop(server, laptops, made):
    good, _damaged = made
    sup = sign_in(laptops["Laptop B"], "sup")
    try:
        with pytest.raises(PermissionDenied):
            sup.server_backups.verify(good, "passphrase", BACKUP_PASSPHRASE)
        with pytest.raises(PermissionDenied):   # straight to the server, skipping the proxy
            sup.connection.call(sup.token, "server_backups", "restore",
                                (good, "passphrase", BACKUP_PASSPHRASE, "Riverside Law Centre"))
        with pytest.raises(AssistError, match="not known"):    # no ticket: nothing to follow
            sup.connection.restore_watch(b"\0" * 32)
    finally:
        sup.lock()


def test_the_backups_panel_verifies_on_the_server_and_refuses_a_restore_in_place(
        qtbot, server, laptops, made):
    """Administration > Backups on a laptop (real widgets): Verify… on a listed backup shows
    the server's result in words; Restore… needs the centre's name typed, and a wrong
    passphrase is told in the dialog, which stays open; nothing changed."""
    good, damaged = made
    admin = sign_in(laptops["Laptop A"], "admin")
    panel, runner = backups_panel(qtbot, admin)
    try:
        names = lambda: [panel.model.row(i).name for i in range(panel.model.rowCount())]  # noqa: E731
        qtbot.waitUntil(lambda: damaged in names(), timeout=10000)
        assert not panel.verifyButton.isEnabled() and not panel.restoreButton.isEnabled()

        def choose(name):
            panel.backupsView.selectRow(names().index(name))
            assert panel.verifyButton.isEnabled() and panel.restoreButton.isEnabled()
        for name, outcome in ((damaged, "Damaged"), (good, "Good<")):
            choose(name)
            dialog = panel.verify()
            assert not dialog.okButton.isEnabled()
            dialog.secretEdit.setText(BACKUP_PASSPHRASE)
            dialog.okButton.click()
            qtbot.waitUntil(lambda: outcome in panel.resultLabel.text(), timeout=60000)
            assert name in panel.resultLabel.text() and not dialog.isVisible()
        assert "Every byte is as it was" in panel.resultLabel.text()
        choose(good)
        dialog = panel.restore()
        assert "Riverside Law Centre" in dialog.askLabel.text()
        dialog.secretEdit.setText("not the backup passphrase")
        dialog.nameEdit.setText("Riverside")
        assert not dialog.okButton.isEnabled()
        dialog.nameEdit.setText("riverside law  centre")
        assert dialog.okButton.isEnabled()
        started = []
        panel.server_restore_started.connect(started.append)
        dialog.okButton.click()
        qtbot.waitUntil(lambda: "not correct" in dialog.messageLabel.text(), timeout=20000)
        assert "not your sign-in passphrase" in dialog.messageLabel.text()
        assert dialog.isVisible() and started == [] and dialog.okButton.isEnabled()
        dialog.reject()
        assert admin.server_backups.overview().job.kind == "verify"     # no restore began
    finally:
        runner.shutdown(wait=True)
        admin.lock()


def test_a_refused_or_failed_restore_changes_nothing(server, laptops, made):
    good, damaged = made
    admin, sol = sign_in(laptops["Laptop A"], "admin"), sign_in(laptops["Laptop B"], "sol")
    try:
        desk = admin.server_backups
        with pytest.raises(ValidationError, match="type the centre's name"):
            desk.restore(good, "passphrase", BACKUP_PASSPHRASE, "Riverside")
        with pytest.raises(AssistError, match="passphrase is not correct"):
            desk.restore(good, "passphrase", "not the backup passphrase",
                         "riverside  law centre")
        ticket = desk.restore(damaged, "passphrase", BACKUP_PASSPHRASE, "Riverside Law Centre")
        assert wait_until(lambda: admin.connection.restore_watch(ticket).state == "failed", 60)
        job = admin.connection.restore_watch(ticket)
        assert job.outcome == "damaged" and not job.server_sealed
        assert "nobody else was signed out" in job.message
        # still unsealed, both still signed in, nothing restored
        assert sol.services.clients.get(server.before_id) and desk.overview().signed_in >= 2
        assert not list(server.data_dir.glob("restore-safety-*"))
        rows = admin.services.audit.entries(AuditQuery(action="restore_requested"), 0, 5)
        assert [r.detail for r in rows] == [f"{damaged} device:Laptop_A"]
        rows = admin.services.audit.entries(AuditQuery(action="restore_refused"), 0, 5)
        assert rows and {r.detail for r in rows} == {f"{good} wrong-secret device:Laptop_A"}
    finally:
        admin.lock()
        sol.lock()


def test_a_restore_from_a_laptop_brings_back_the_backup_and_leaves_the_server_sealed(
        qtbot, server, laptops, made):
    """Started from Laptop A and followed there in the window the desktop shows over its
    sign-in window (ServerRestoreWatch), which then unseals the server."""
    from assist_desktop.gui.admin.server_restore import ServerRestoreWatch
    from assist_desktop.gui.tasks import TaskRunner
    good, _damaged = made
    admin, sol = sign_in(laptops["Laptop A"], "admin"), sign_in(laptops["Laptop B"], "sol")
    locked = threading.Event()
    sol.on_signed_out = locked.set
    assert wait_until(sol.changes.connected.is_set)
    after = admin.services.clients.create(s.client("After", key_worker=server.ids["sol"]))
    ticket = admin.server_backups.restore(good, "passphrase", BACKUP_PASSPHRASE,
                                          "Riverside Law Centre")
    runner = TaskRunner()
    window = ServerRestoreWatch(laptops["Laptop A"], ticket, "admin", runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.unsealGroup.isVisible, timeout=90000)
    assert "was restored" in window.stateLabel.text() and window.closeButton.isEnabled()
    job = laptops["Laptop A"].restore_watch(ticket)
    assert (job.state, job.outcome, job.server_sealed) == ("done", "good", True), job.message
    assert "unseal it" in job.message
    # the other laptop was signed out, and told why
    assert locked.wait(15) and "restored from a backup" in sol.signed_out_reason
    status = laptops["Laptop B"].status()
    assert status.sealed
    with pytest.raises(AssistError, match="restored from a backup"):
        sign_in(laptops["Laptop B"], "sol")
    with pytest.raises(AssistError, match="not known"):     # her ticket only, her laptop only
        laptops["Laptop B"].restore_watch(ticket)
    assert len(list(server.data_dir.glob("restore-safety-*"))) == 1   # the replaced centre
    # she unseals from her laptop (the window the desktop shows her); the state is back
    unsealed = []
    window.unsealed.connect(lambda: unsealed.append(True))
    window.passphraseEdit.setText(PASSPHRASE)
    window.unsealButton.click()
    qtbot.waitUntil(lambda: bool(unsealed), timeout=20000)
    assert not laptops["Laptop A"].status().sealed and "unsealed" in window.messageLabel.text()
    runner.shutdown(wait=True)
    admin2, sol2 = sign_in(laptops["Laptop A"], "admin"), sign_in(laptops["Laptop B"], "sol")
    try:
        assert sol2.services.clients.get(server.before_id).given_names == "Before"
        with pytest.raises(NotFound):
            sol2.services.clients.get(after.id)
        row = admin2.services.audit.entries(AuditQuery(action="restore_backup"), 0, 1)[0]
        assert row.actor == "admin" and "made by admin" in row.detail   # her laptop's backup
        assert "device:Laptop_A sha256:" in row.detail       # restored from her laptop
        # the live feed reaches the laptops again after the server was sealed and unsealed
        heard = threading.Event()
        sol2.changes.subscribe(lambda events: heard.set())
        assert wait_until(sol2.changes.connected.is_set)
        admin2.services.clients.create(s.client("Later", key_worker=server.ids["sol"]))
        assert heard.wait(15)
        # a later job spends her ticket: it no longer shows what the server does next
        admin2.server_backups.verify(good, "passphrase", BACKUP_PASSPHRASE)
        with pytest.raises(AssistError, match="not known"):
            laptops["Laptop A"].restore_watch(ticket)
        assert wait_until(lambda: admin2.server_backups.overview().job.state != "running", 60)
    finally:
        admin2.lock()
        sol2.lock()


@pytest.mark.slow
def test_the_desktop_on_a_laptop_restores_the_server_and_unseals_it(qtbot, server, made,
                                                                       tmp_path):
    """Two laptops' desktop programs (real Shells): the administrator restores from
    Administration > Backups; her desktop signs her out and follows the restore over the sign-in
    window, then unseals the server there; the other laptop locks and is told why."""

    from assist_desktop.gui import messages
    from assist_desktop.gui.unlock import UnlockDialog
    from server_harness import OTHER
    from tests.gui.gui_helpers import unlock_as, wait_idle
    good, _damaged = made
    shells = []
    try:
        for name in ("Desk A", "Desk B"):
            shells.append(open_desktop(qtbot, server, tmp_path, name, idle_ms=600_000))
        a, b = shells
        unlock_as(qtbot, a, "admin", PASSPHRASE)
        unlock_as(qtbot, b, "sol", OTHER)
        qtbot.waitUntil(b.centre.changes.connected.is_set, timeout=10000)
        a.workspace.show_admin()
        panel = a.workspace._pages["admin"].backups
        names = lambda: [panel.model.row(i).name for i in range(panel.model.rowCount())]  # noqa: E731
        qtbot.waitUntil(lambda: good in names(), timeout=10000)
        panel.backupsView.selectRow(names().index(good))
        dialog = panel.restore()
        dialog.secretEdit.setText(BACKUP_PASSPHRASE)
        dialog.nameEdit.setText("Riverside Law Centre")
        told = len(messages.told)
        dialog.okButton.click()
        # her desktop locked itself and follows the restore over the sign-in window
        qtbot.waitUntil(lambda: a.restore_watch is not None, timeout=20000)
        watch = a.restore_watch
        assert a.centre is None and isinstance(a.dialog, UnlockDialog)
        assert watch.parent() is a.dialog
        qtbot.waitUntil(watch.unsealGroup.isVisible, timeout=90000)
        # the other laptop locked, and was told why
        qtbot.waitUntil(lambda: b.centre is None, timeout=20000)
        assert any(title == "Signed out by the centre server" and "restored from a backup" in
                   text for title, text in messages.told[told:])
        watch.passphraseEdit.setText(PASSPHRASE)
        watch.unsealButton.click()
        qtbot.waitUntil(lambda: "unsealed" in watch.messageLabel.text(), timeout=20000)
        watch.closeButton.click()
        assert a.restore_watch is None
        unlock_as(qtbot, a, "admin", PASSPHRASE)      # the sign-in window works again
        wait_idle(qtbot, a)
        # the replaced centre is kept on the server, and she sees it (and may remove it)
        a.workspace.show_admin()
        panel = a.workspace._pages["admin"].backups
        qtbot.waitUntil(lambda: not panel.safetyGroup.isHidden(), timeout=10000)
        assert "Kept on the server: replaced on" in panel.safetyLabel.text()
        messages.answer_with(lambda kind, title, text: True)
        try:
            panel.safetyRemoveButton.click()
            qtbot.waitUntil(panel.safetyGroup.isHidden, timeout=10000)
        finally:
            messages.answer_with(None)
        assert not list(server.data_dir.glob("restore-safety-*"))
    finally:
        close_desktops(shells)


def test_the_server_desk_offers_exactly_the_methods_the_allowlist_names():
    """The backup desk's methods are offered by the server itself, not by CentreServices:
    wire/exposed.SERVER_DESK names them for the static check of the screens' calls."""
    from types import SimpleNamespace

    from assist_desktop.server.backups import BackupDesk
    from assist_desktop.wire.exposed import SERVER_DESK
    desk = BackupDesk(state=None, folder=None)
    assert set(desk.methods_for(SimpleNamespace())) == SERVER_DESK
