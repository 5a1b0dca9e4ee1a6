"""`make screenshots`: open ASSIST Desktop on a demo database and save a PNG of each main screen
in docs/screenshots/ (the README shows them).

Runs under Xvfb when there is no display (re-starting itself through xvfb-run), else on the
current display; falls back to Qt's offscreen platform where neither exists. The demo centre
is made in a temporary folder (fictional people only) with fast key derivation, and deleted
afterwards.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "amber kettle lantern meadow 58"
SIZE = (1360, 860)


def _ensure_display() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") or \
            os.environ.get("ASSIST_SCREENSHOTS_CHILD"):
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb:
        env = dict(os.environ, ASSIST_SCREENSHOTS_CHILD="1")
        code = subprocess.call([xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable,
                                __file__, *sys.argv[1:]], env=env)
        raise SystemExit(code)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main() -> int:
    _ensure_display()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from assist_desktop.app import application, build
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    from assist_desktop.demo.data import DemoPlan, create_demo_centre
    from assist_desktop.services.vault import Vault

    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="assist-shots-"))
    data = work / "data"
    try:
        kdf = KdfPolicy(TEST_PARAMETERS)
        print("screenshots: making a demo centre…", flush=True)
        create_demo_centre(data, PASSPHRASE, DemoPlan(clients=240, notes_per_client=10, seed=7),
                           kdf_policy=kdf)
        shell = build(data, vault=Vault(data, kdf_policy=kdf), app=app)
        shots = Shots(app, shell)
        shots.run()
        shell.quit()
        shell.runner.shutdown(wait=True)
        print(f"screenshots: {len(shots.saved)} saved in {OUT.relative_to(ROOT)}/")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
        QApplication.processEvents()


class Shots:
    def __init__(self, app, shell):
        self.app, self.shell, self.saved = app, shell, []

    # --- helpers ----------------------------------------------------------------------
    def wait(self, condition=lambda: False, seconds: float = 0.25) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not condition():
            self.app.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            self.app.processEvents()

    def settle(self, seconds: float = 20) -> None:
        self.wait(lambda: not self.shell.runner.busy, seconds)
        self.wait(seconds=0.3)

    def save(self, widget, name: str) -> None:
        self.settle()
        path = OUT / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        print(f"  {path.name}", flush=True)

    def unlock(self, username: str) -> None:
        from assist_desktop.gui.unlock import UnlockDialog
        self.wait(lambda: isinstance(self.shell.dialog, UnlockDialog), 10)
        dialog = self.shell.dialog
        self.wait(lambda: dialog.ui.userCombo.count() > 0, 10)
        dialog.select_user(username)
        dialog.ui.passphraseEdit.setText(PASSPHRASE)
        dialog.unlock()
        self.wait(lambda: self.shell.centre is not None, 20)
        self.settle()

    # --- the tour ---------------------------------------------------------------------
    def run(self) -> None:
        shell, window = self.shell, self.shell.window
        window.resize(*SIZE)
        shell.start()
        from assist_desktop.gui.unlock import UnlockDialog
        self.wait(lambda: isinstance(shell.dialog, UnlockDialog), 10)
        self.wait(lambda: shell.dialog.ui.userCombo.count() > 0, 10)
        shell.dialog.select_user("solicitor")
        self.save(shell.dialog, "01-unlock")
        self.unlock("solicitor")
        workspace = shell.workspace
        self.save(window, "02-caseload")
        caseload = workspace.page("caseload")
        caseload.ui.searchEdit.setText("mar")
        caseload._debounce.flush()
        self.save(window, "03-search")
        caseload.ui.searchEdit.clear()
        window.ui.actionMyWeek.trigger()
        workspace.page("week").ui.mineCheck.setChecked(False)
        self.save(window, "04-my-week")
        self._subject_access(workspace, window)
        window.ui.actionCaseload.trigger()
        self.wait(lambda: caseload.model.rowCount() > 0, 10)
        client = self._client_with_flags(caseload)
        file = workspace.open_client(client.id)
        self.wait(lambda: file.tab("overview") is not None, 10)
        for key, name in (("overview", "05-client-overview"), ("matters", "06-client-matters"),
                          ("notes", "07-client-notes"), ("compensation", "08-client-compensation"),
                          ("children", "09-client-children"), ("support", "10-client-support"),
                          ("asylum", "17-client-asylum")):
            file.show_tab(key)
            self.settle()
            if key == "notes":
                notes = file.tab("notes")
                self.wait(lambda: notes.model.rowCount() > 0, 10)
                notes.ui.timelineView.selectRow(0)
            if key == "compensation":
                claims = file.tab("compensation").claims
                if claims.model.rowCount():
                    claims.ui.recordsView.selectRow(0)
            self.save(window, name)
        self._intake()
        shell.lock()
        self.settle()
        if shell.dialog is not None:
            shell.dialog.hide()
        self.save(window, "12-locked")
        self.unlock("admin")
        admin = shell.workspace.page("admin")
        for index, name in ((0, "13-admin-staff"), (2, "14-admin-audit"), (3, "15-admin-rules")):
            admin.ui.sections.setCurrentIndex(index)
            if index == 2:
                admin.audit.verify()
            self.save(window, name)
        admin.ui.sections.setCurrentWidget(admin.retention)
        self.save(window, "19-admin-retention")
        stats = shell.workspace.page("statistics")
        shell.workspace.ui.tabs.setCurrentWidget(stats)
        stats.ui.presetCombo.setCurrentIndex(2)            # last year, by quarter
        stats.report = None
        stats.run()
        self.wait(lambda: stats.report is not None, seconds=20)
        stats.ui.tableList.setCurrentRow(4)                # by form of exploitation
        self.wait(seconds=0.5)
        self.save(window, "20-statistics")
        shell.lock()
        self.settle()
        shell.set_scheme("dark")
        self.wait(seconds=0.5)
        self.unlock("solicitor")
        self.save(window, "16-caseload-dark")
        shell.set_scheme("system")

    def _subject_access(self, workspace, window) -> None:
        """Three requests in the log (one overdue, one made to the Home Office, one answered),
        then the subject access screen."""
        from datetime import date, timedelta

        from assist_desktop.domain.subject_access import SarDirection, SarRequest
        log = self.shell.centre.services.sar_log
        clients = self.shell.centre.services.clients.caseload()[:3]
        today = date.today()
        for n, (client, direction, days, sent) in enumerate(zip(clients, (
                SarDirection.RECEIVED, SarDirection.MADE, SarDirection.RECEIVED),
                (40, 10, 20), (None, None, today))):
            log.record(SarRequest(client_id=client.id, direction=direction,
                                  received_on=today - timedelta(days=days),
                                  organisation="Home Office" if n == 1 else "",
                                  identity_checked_on=today - timedelta(days=days - 2),
                                  identity_method="seen in person", sent_on=sent))
        page = workspace.page("sar")
        workspace.show_key("sar")
        page.openOnly.setChecked(False)
        self.wait(lambda: page.model.rowCount() == 3, 10)
        self.save(window, "18-subject-access")

    def _client_with_flags(self, caseload):
        rows = caseload.model.rows()
        for row in rows:
            if row.safety_flags and row.next_deadline:
                return row
        return next((r for r in rows if r.safety_flags), rows[0])

    def _intake(self) -> None:
        from assist_desktop.gui.intake import IntakeDialog
        shell = self.shell
        caseload = shell.workspace.page("caseload")
        existing = caseload.model.rows()[3]
        shell.window.ui.actionNewClient.trigger()
        wizard = shell.window.findChild(IntakeDialog)
        wizard.resize(980, 700)
        given, _, family = existing.display_name.partition(" ")
        wizard.ui.givenEdit.setText(given)
        wizard.ui.familyEdit.setText(family or given)
        wizard.next()
        self.wait(lambda: wizard.currentPage() is wizard.ui.conflictPage, 10)
        self.save(wizard, "11-intake-conflict-check")
        wizard.reject()


if __name__ == "__main__":
    raise SystemExit(main())
