"""The desktop program on enrolled laptops (a real Shell over a real centre server), for the
pytest-qt tests of tests/server: opened at the sign-in window, and closed as a person's
quitting would (drafts, sign-out, the windows)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from assist_desktop.remote.vault import RemoteVault


def open_desktop(qtbot, server, tmp_path, name: str, idle_ms: int | None = 60_000):
    """Enrol a laptop named `name` and start the desktop program on it: its sign-in window."""
    from assist_desktop.app import build
    connection = server.laptop(tmp_path, name)
    folder = tmp_path / f"{name.replace(' ', '-')}-data"
    folder.mkdir()
    shell = build(folder, vault=RemoteVault(server.address, connection=connection),
                  idle_ms=idle_ms, server=server.address)
    qtbot.addWidget(shell.window)
    shell.start()
    qtbot.waitUntil(lambda: shell.dialog is not None, timeout=10000)
    return shell


def close_desktops(shells) -> None:
    """Sign out and close each desktop (its background work finished first)."""
    for shell in shells:
        if shell.idle is not None:
            shell.idle.uninstall()
        centre, shell.centre = shell.centre, None
        shell.runner.shutdown(wait=True)
        if centre is not None:
            centre.lock()
        if shell.dialog is not None:
            shell.dialog.done(0)
    QApplication.processEvents()


def backups_panel(qtbot, remote):
    """Administration > Backups as a laptop shows it (real widgets, her sign-in `remote`),
    with its own task runner: (panel, runner); the caller shuts the runner down."""
    from assist_desktop.gui.admin.server_backups import ServerBackupsPanel
    from assist_desktop.gui.tasks import TaskRunner
    runner = TaskRunner()
    panel = ServerBackupsPanel(remote.server_backups, runner, RemoteVault.passphrase_problems)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    return panel, runner
