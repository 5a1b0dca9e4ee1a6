"""An administrator's work from her laptop against a real centre server (real process, real
mutual TLS): the audit log's CSV export written on the laptop, backups made on the server, and
change events that reach only the laptops whose signed-in person may see the record."""
from __future__ import annotations

import pytest

import case_samples as s
from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.services.audit_view import AuditQuery
from laptop_desktops import backups_panel
from server_harness import sign_in


@pytest.fixture(scope="module")
def laptops(server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("laptops")
    return {name: server.laptop(tmp, name) for name in ("Laptop A", "Laptop B")}


def test_the_audit_csv_is_built_on_the_server_and_written_on_the_laptop(
        server, laptops, tmp_path):
    admin = sign_in(laptops["Laptop A"], "admin")
    try:
        target = tmp_path / "audit-log.csv"
        rows = admin.services.audit.export_csv(target, AuditQuery(actor="admin"))
        data = target.read_bytes()
        assert rows > 0 and data.startswith("\ufeffEntry,When (UTC),Who".encode())
        assert data.count(b"\r\n") == rows + 1 and b",admin," in data
        assert (target.stat().st_mode & 0o777) == 0o600
        assert not list(server.data_dir.rglob("audit-log.csv"))   # nothing on the server's disk
        with pytest.raises(Exception, match="already exists"):     # checked before any work
            admin.services.audit.export_csv(target, AuditQuery())
        entries = admin.services.audit.entries(AuditQuery(action="export"), 0, 5)
        assert entries[0].entity == "audit_log" and "device:Laptop_A" in entries[0].detail
    finally:
        admin.lock()


def test_a_support_worker_cannot_export_the_audit_log_from_her_laptop(
        server, laptops, tmp_path):
    sup = sign_in(laptops["Laptop B"], "sup")
    try:
        with pytest.raises(PermissionDenied):
            sup.services.audit.export_csv(tmp_path / "a.csv", AuditQuery())
        with pytest.raises(PermissionDenied):
            sup.connection.call(sup.token, "audit", "export_bytes", (AuditQuery(),))
        assert not (tmp_path / "a.csv").exists()
    finally:
        sup.lock()


BACKUP_PASSPHRASE = "quarry pelican mosaic tundra 58"


def test_an_administrator_makes_a_backup_on_the_server_from_her_laptop(
        server, laptops, tmp_path_factory, capsys):
    from assist_desktop.backup.listing import list_backups
    from assist_desktop.cli import main
    from assist_desktop.domain.errors import AssistError, WeakPassphraseError
    from server_harness import wait_until
    admin = sign_in(laptops["Laptop A"], "admin")
    try:
        before = admin.server_backups.overview()
        assert before.folder == "" and "No backup folder is set" in before.problem
        with pytest.raises(AssistError, match="No backup folder"):
            admin.server_backups.start(BACKUP_PASSPHRASE)
        inside = server.data_dir / "backups"
        inside.mkdir()
        assert main(["server", "backup-folder", "--data-dir", str(server.data_dir),
                     str(inside)]) == 1              # refused: lost with the data folder
        folder = tmp_path_factory.mktemp("server-backups")
        assert main(["server", "backup-folder", "--data-dir", str(server.data_dir),
                     str(folder)]) == 0
        capsys.readouterr()
        with pytest.raises(WeakPassphraseError):      # weak: refused at once, nothing made
            admin.server_backups.start("password")
        assert admin.server_backups.overview().job.state == "idle" and not list(folder.iterdir())
        job = admin.server_backups.start(BACKUP_PASSPHRASE)
        assert job.state in ("running", "done") and job.started_by == "admin"
        assert wait_until(lambda: admin.server_backups.overview().job.state == "done", 60)
        seen = admin.server_backups.overview()
        assert seen.folder == str(folder) and len(seen.files) == 1 and seen.last_verified
        made = seen.files[0]
        assert made.name == seen.job.file_name and made.state == "ok" and made.size > 0
        on_disk = list_backups(folder)
        assert [b.path.name for b in on_disk] == [made.name]
        assert b"SQLite format" not in (folder / made.name).read_bytes()[:4096]   # encrypted
        rows = admin.services.audit.entries(AuditQuery(action="backup_create"), 0, 5)
        assert rows and rows[0].actor == "admin" and "device:Laptop_A" in rows[0].detail
    finally:
        admin.lock()


def test_a_solicitor_cannot_start_or_list_server_backups(server, laptops):
    sol = sign_in(laptops["Laptop B"], "sol")
    try:
        with pytest.raises(PermissionDenied):
            sol.server_backups.start(BACKUP_PASSPHRASE)
        with pytest.raises(PermissionDenied):
            sol.server_backups.overview()
    finally:
        sol.lock()


def test_the_backups_panel_on_a_laptop_makes_a_backup_on_the_server(
        qtbot, server, laptops, tmp_path_factory):
    """Administration > Backups on a laptop (real widgets): the passphrase typed here, the
    backup made on the server, its progress and the list shown."""
    import dataclasses

    from assist_desktop.server.folder import ServerFolder
    folder = ServerFolder(server.data_dir)
    if not folder.config().backup_folder:
        target = tmp_path_factory.mktemp("panel-backups")
        folder.save_config(dataclasses.replace(folder.config(), backup_folder=str(target)))
    admin = sign_in(laptops["Laptop A"], "admin")
    panel, runner = backups_panel(qtbot, admin)
    try:
        qtbot.waitUntil(lambda: panel._overview is not None, timeout=10000)
        assert folder.config().backup_folder in panel.folderLabel.text()
        assert not panel.createButton.isEnabled()          # no passphrase yet
        panel.passphraseEdit.setText(BACKUP_PASSPHRASE)
        panel.confirmEdit.setText(BACKUP_PASSPHRASE)
        qtbot.waitUntil(panel.createButton.isEnabled, timeout=10000)
        made = []
        panel.backup_made.connect(made.append)
        panel.createButton.click()
        qtbot.waitUntil(lambda: bool(made), timeout=60000)
        assert "Backup made and verified on the server" in panel.messageLabel.text()
        names = lambda: [panel.model.row(i).name for i in range(panel.model.rowCount())]  # noqa: E731
        qtbot.waitUntil(lambda: made[0] in names(), timeout=10000)   # rotation may drop older
        assert panel.passphraseEdit.text() == "" and panel.confirmEdit.text() == ""
        assert not panel.restoreButton.isEnabled()          # nothing chosen in the list
    finally:
        runner.shutdown(wait=True)
        admin.lock()


def test_change_events_reach_only_the_laptops_whose_person_may_see_the_file(
        server, laptops, tmp_path_factory):
    """A restricted file that names the solicitor only: her laptop is told of its changes, the
    support worker's laptop is not (enforced on the server); an ordinary file reaches both."""
    import threading
    import uuid

    from server_harness import wait_until
    extra = server.laptop(tmp_path_factory.mktemp("laptop-c"), "Laptop C")
    sol, sup = sign_in(laptops["Laptop A"], "sol"), sign_in(laptops["Laptop B"], "sup")
    writer = sign_in(extra, "sol")
    seen: dict[str, list] = {"sol": [], "sup": []}
    lock = threading.Lock()

    def listen(name):
        def heard(events):
            with lock:
                seen[name].extend(events)
        return heard
    try:
        sol.changes.subscribe(listen("sol"))
        sup.changes.subscribe(listen("sup"))
        assert wait_until(lambda: sol.changes.connected.is_set() and
                          sup.changes.connected.is_set())
        hidden = writer.services.clients.create(s.client(
            "Hidden", key_worker=server.ids["sol"], solicitor=server.ids["sol"],
            restricted_to=frozenset({server.ids["sol"]})))
        writer.services.notes.create(s.note(hidden.id, "Restricted attendance",
                                            server.ids["sol"]), str(uuid.uuid4()))
        open_file = writer.services.clients.create(s.client(
            "Open", key_worker=server.ids["sup"], solicitor=server.ids["sol"]))

        def told(name, client_id):
            with lock:
                return [e for e in seen[name] if e.client_id == client_id]
        assert wait_until(lambda: told("sup", open_file.id) and told("sol", open_file.id))
        # the open file's event came after the hidden file's: had those been sent, they are here
        assert {e.kind for e in told("sol", hidden.id)} >= {"client", "note"}
        assert told("sup", hidden.id) == []
        with lock:
            assert not any(e.record_id == hidden.id and e.kind == "client" for e in seen["sup"])
    finally:
        for person in (sol, sup, writer):
            person.lock()


def test_an_administrator_on_a_laptop_gets_the_administration_page(qtbot, server, laptops):
    """Signing in as an administrator on a laptop builds Administration (it used to stop at
    the data-key button, which only a centre on this computer has): Backups is the server's
    panel, and the data key and recovery code are left to the server."""
    from assist_desktop.gui.admin.page import AdministrationPage
    from assist_desktop.gui.admin.server_backups import ServerBackupsPanel
    from assist_desktop.gui.tasks import TaskRunner
    from assist_desktop.remote.vault import RemoteVault
    admin = sign_in(laptops["Laptop A"], "admin")
    runner = TaskRunner()
    try:
        page = AdministrationPage(admin, runner, RemoteVault.passphrase_problems)
        qtbot.addWidget(page)
        assert isinstance(page.backups, ServerBackupsPanel)
        assert not page.policy.ui.rotateButton.isEnabled()
        assert page.policy.ui.recoveryGroup.isHidden()
        qtbot.waitUntil(lambda: page.backups._overview is not None, timeout=10000)
    finally:
        runner.shutdown(wait=True)
        admin.lock()
