"""Composition root: the QApplication, the data directory, the Vault, the Shell.

``main(data_dir)`` starts the desktop application (``python -m assist_desktop`` with no
sub-command); ``build(...)`` makes the same objects without entering the event loop, for tests
and the screenshot tool.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from assist_desktop import __version__
from assist_desktop.gui import i18n, theme
from assist_desktop.gui.prefs import UiPrefs
from assist_desktop.gui.shell import Shell
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.platform import logs, paths
from assist_desktop.services.vault import Vault

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


def make_keychain():
    """The OS keychain for "remember on this computer", or None where there is none."""
    try:
        from assist_desktop.security.device_keychain import DeviceKeychain
        return DeviceKeychain()
    except Exception:  # noqa: BLE001 - no keychain: passphrase only
        log.warning("no keychain support")
        return None


# Until services.open_centre.build_services bundles the case-record services, the composition
# root adds them to the open centre (same constructors, same session and audit log).
_CASE_SERVICES = {
    "clients": ("assist_desktop.services.clients", "ClientService"),
    "matters": ("assist_desktop.services.matters", "MatterService"),
    "notes": ("assist_desktop.services.notes", "NoteService"),
    "tasks": ("assist_desktop.services.tasks", "TaskService"),
    "search": ("assist_desktop.services.search", "SearchService"),
    "conflict_check": ("assist_desktop.services.conflict_check", "ConflictCheckService"),
    "safety": ("assist_desktop.services.safety_screening", "SafetyScreeningService"),
    "deadline_rules": ("assist_desktop.services.deadline_rules", "DeadlineRuleService"),
    "children": ("assist_desktop.services.children", "ChildrenService"),
    "compensation": ("assist_desktop.services.compensation", "CompensationService"),
    "support": ("assist_desktop.services.support", "SupportService"),
    "attachments": ("assist_desktop.services.attachments", "AttachmentService"),
    "time_entries": ("assist_desktop.services.time_entries", "TimeEntryService"),
}


def complete_services(centre) -> None:
    import importlib
    services = centre.services
    for name, (module, cls) in _CASE_SERVICES.items():
        if getattr(services, name, None) is not None:
            continue
        try:
            service_type = getattr(importlib.import_module(module), cls)
        except (ImportError, AttributeError):
            log.warning("case service not available")
            continue
        setattr(services, name, service_type(centre.db, centre.session, centre.audit_log))


def build(data_dir: Path, *, vault: Vault | None = None, idle_ms: int | None = None,
          app: QApplication | None = None) -> Shell:
    app = app or application()
    prefs = UiPrefs(data_dir)
    i18n.install(app)
    theme.apply(app, prefs.colour_scheme)
    vault = vault or Vault(data_dir, keychain=make_keychain())
    runner = TaskRunner(app)
    shell = Shell(vault, runner, prefs, idle_ms=idle_ms, parent=app, on_open=complete_services)
    shell.finished.connect(app.quit)
    return shell


def main(data_dir: str | None = None) -> int:
    directory = paths.ensure_private_dir(paths.data_dir(data_dir))
    logs.configure(directory / paths.LOG_DIR)
    app = application()
    shell = build(directory, app=app)
    shell.start()
    code = app.exec()
    shell.runner.shutdown(wait=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
