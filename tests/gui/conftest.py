"""GUI test fixtures: the real application objects (Shell, windows, Vault on tmp_path with fast
Argon2), driven through their widgets with qtbot."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from assist_desktop.services.vault import Vault  # noqa: E402


@pytest.fixture
def make_shell(qtbot, data_dir, fast_kdf):
    """make_shell(vault=None, idle_ms=None) -> a started Shell on data_dir (not yet unlocked)."""
    from assist_desktop.app import build
    shells = []

    def make(vault=None, idle_ms=None, start=True):
        vault = vault or Vault(data_dir, kdf_policy=fast_kdf)
        shell = build(data_dir, vault=vault, idle_ms=idle_ms)
        qtbot.addWidget(shell.window)
        shells.append(shell)
        if start:
            shell.start()
            qtbot.waitUntil(lambda: shell.dialog is not None, timeout=5000)
        return shell
    yield make
    for shell in shells:
        shell.idle.uninstall()
        centre = shell.centre
        shell.centre = None
        shell.runner.shutdown(wait=True)
        if centre is not None:
            centre.lock()
        if shell.dialog is not None:
            shell.dialog.done(0)
    QApplication.processEvents()


@pytest.fixture
def team(centre, staff, vault):
    """A centre with sol (solicitor), sup (support worker), adm (administrator only); all
    signed out, ready for the GUI to unlock. Returns the Vault."""
    centre.lock()
    return vault


@pytest.fixture
def discard_unsaved():
    """Modal questions answered: 'discard' for unsaved changes, yes otherwise."""
    from assist_desktop.gui import messages
    messages.answer_with(lambda kind, title, text: "discard" if kind == "unsaved" else True)
    yield
    messages.answer_with(None)
