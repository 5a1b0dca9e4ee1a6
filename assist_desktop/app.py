"""Composition root: the QApplication, the data directory, the Vault, the Shell.

``main(data_dir)`` starts the desktop application (``python -m assist_desktop`` with no
sub-command); ``build(...)`` makes the same objects without entering the event loop, for tests
and the screenshot tool.
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from assist_desktop import __version__
from assist_desktop.gui import i18n, qtcompat, theme  # noqa: F401 - qtcompat first: see there
from assist_desktop.gui.prefs import UiPrefs
from assist_desktop.gui.shell import Shell
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.platform import logs, paths

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName("ASSIST Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName("ASSIST Desktop")
    QApplication.setDesktopFileName("assist-desktop")
    app.setWindowIcon(theme.app_icon())
    # Dates read dd/mm/yyyy in the UK and Ireland whatever the machine's locale says.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return app


class LazyKeychain:
    """The OS keychain for "remember on this computer", made when first used: importing keyring
    is not worth holding up the unlock window for people who never use it."""

    def __init__(self) -> None:
        self._keychain = None

    def _real(self):
        if self._keychain is None:
            from assist_desktop.security.device_keychain import DeviceKeychain
            self._keychain = DeviceKeychain()
        return self._keychain

    def __getattr__(self, name: str):
        return getattr(self._real(), name)


def make_keychain():
    """The OS keychain (made on first use), or None where there is none."""
    if importlib.util.find_spec("keyring") is None:
        log.warning("no keychain support")
        return None
    return LazyKeychain()


def restore_left_behind(data_dir: Path) -> bool:
    """Whether a killed restore left its journal or staging folders here (cheap: no import)."""
    data_dir = Path(data_dir)
    if (data_dir / paths.RESTORE_JOURNAL_FILE).exists():
        return True
    return data_dir.is_dir() and any(data_dir.glob(f"{paths.RESTORE_STAGING_PREFIX}*"))


def make_vault(data_dir: Path):
    """The Vault for data_dir (made on the task thread; light: the services behind it are
    imported when the person signs in, see warm_up).

    A restore that was killed part-way is finished or undone first, so the folder is whole
    before anyone is asked to unlock it (or, worse, offered the first-run wizard).
    """
    from assist_desktop.services.vault import Vault
    if restore_left_behind(data_dir):
        from assist_desktop.backup import settle_interrupted_restore
        settle_interrupted_restore(data_dir)
    vault = Vault(data_dir, keychain=make_keychain())
    vault.warm_at_unlock = False      # the Shell starts it once the caseload is on screen
    return vault


def warm_up() -> None:
    """Import what signing in needs (the store, the services) on the task thread, from the
    person's first key in the passphrase box: done by the time the passphrase is typed."""
    importlib.import_module("assist_desktop.services.open_centre")


def make_remote_vault(server: str, config_dir: Path | None = None,
                      data_dir: Path | None = None):
    """A laptop on a centre server: the Vault the unlock window signs in through (no case
    data is kept on this laptop; see docs/SERVER.md). Its enrolment is the one kept in its
    data folder (`clients/`), unless config_dir says otherwise."""
    from assist_desktop.remote import identity
    from assist_desktop.remote.vault import RemoteVault
    return RemoteVault(server, config_dir or identity.default_config_dir(data_dir))


def build(data_dir: Path, *, vault=None, idle_ms: int | None = None,
          app: QApplication | None = None, server: str | None = None,
          client_dir: Path | None = None) -> Shell:
    app = app or application()
    prefs = UiPrefs(data_dir)
    i18n.install(app)
    theme.apply(app, prefs.colour_scheme)
    # A Vault given (tests) is handed over as the Shell expects: a function making it.
    make = (lambda: vault) if vault is not None else (lambda: make_vault(data_dir))
    if vault is not None and hasattr(vault, "warm_at_unlock"):
        vault.warm_at_unlock = False  # as make_vault does: the Shell starts it after the paint
    if server is not None and vault is None:
        make = lambda: make_remote_vault(server, client_dir, data_dir)  # noqa: E731
    runner = TaskRunner(app)
    shell = Shell(make, runner, prefs, idle_ms=idle_ms, parent=app, data_dir=data_dir,
                  warm_up=warm_up, store_exists=(lambda: True) if server else None)
    shell.finished.connect(app.quit)
    return shell


def main(data_dir: str | None = None, server: str | None = None) -> int:
    directory = paths.ensure_private_dir(paths.data_dir(data_dir))
    logs.configure(directory / paths.LOG_DIR)
    app = application()
    shell = build(directory, app=app, server=server)
    shell.start()
    code = app.exec()
    shell.runner.shutdown(wait=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
