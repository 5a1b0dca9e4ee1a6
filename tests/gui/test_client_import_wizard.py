"""The import wizard: a file read, the columns matched from their headers (and changed), the
preview listing each problem by row and column and each possible duplicate with its decision,
the dry run keeping nothing, the import creating every file; Esc asks before a file that was
read is thrown away; the File menu offers the import to solicitors only."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from assist_desktop.domain.client_import import ImportField
from assist_desktop.domain.clients import Client
from assist_desktop.gui import messages
from assist_desktop.gui.client_import import ClientImportWizard
from assist_desktop.gui.tasks import TaskRunner

CSV = ("Client,Surname,DOB,Nationality,Shoe size,Notes\r\n"
       "Amina,Bello,about 1990,Nigerian,38,\"<b>met</b> =1+1\"\r\n"
       "Linh,Tran,31/02/1996,Vietnamese,37,\r\n"
       "Rosa,Diaz,1985,Martian,39,\r\n")


@pytest.fixture
def runner():
    run = TaskRunner()
    yield run
    run.shutdown(wait=True)


@pytest.fixture
def asked():
    questions, answers = [], []
    messages.answer_with(lambda kind, title, text: (questions.append(kind), answers.pop(0))[1])
    yield questions, answers
    messages.answer_with(None)


def _count(centre) -> int:
    return centre.db.read(lambda c: c.execute("SELECT count(*) FROM clients").fetchone()[0])


def _wizard(qtbot, centre, runner, tmp_path, text=CSV):
    path = tmp_path / "clients.csv"
    path.write_text(text, encoding="utf-8")
    wizard = ClientImportWizard(centre.services.client_import, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.read_file(path)
    qtbot.waitUntil(lambda: wizard.filePage.isComplete(), timeout=10000)
    return wizard


def _field_combo(wizard, column: int):
    return wizard.mappingTable.cellWidget(column, 2)


def test_the_wizard_maps_previews_dry_runs_and_imports(qtbot, centre, runner, tmp_path):
    centre.services.clients.create(Client(jurisdiction=centre.centre.jurisdiction,
                                          given_names="Amina", family_name="Bello"))
    wizard = _wizard(qtbot, centre, runner, tmp_path)
    assert "3 rows below the header, 6 columns" in wizard.fileLabel.text()
    wizard.next()
    assert wizard.mapping() == [ImportField.FULL_NAME, ImportField.FAMILY_NAME,
                                ImportField.DATE_OF_BIRTH, ImportField.NATIONALITY, None,
                                ImportField.NOTE]
    assert wizard.mappingTable.item(0, 1).text() == "Amina"
    assert wizard.mappingTable.item(5, 1).text() == "<b>met</b> =1+1"      # plain text
    _field_combo(wizard, 1).setCurrentIndex(_field_combo(wizard, 1).findData("full_name"))
    assert not wizard.mappingPage.isComplete()                  # two columns, one field
    assert "more than one column" in wizard.mappingMessage.text()
    _field_combo(wizard, 0).setCurrentIndex(_field_combo(wizard, 0).findData("given_names"))
    _field_combo(wizard, 1).setCurrentIndex(_field_combo(wizard, 1).findData("family_name"))
    assert wizard.mappingPage.isComplete()
    wizard.next()
    panel = wizard.panel
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    lines = [(panel.table.item(r, 0).text(), panel.table.item(r, 1).text(),
              panel.table.item(r, 2).text()) for r in range(panel.table.rowCount())]
    assert ("3", "3: DOB", "Problem: is not a real date (31 February 1996 does not exist)") \
        in lines
    assert ("4", "4: Nationality", "Warning: is not a nationality in the list; it is kept "
                                   "as written") in lines
    assert any(r == "2" and w.startswith("Possible duplicate: client C-") for r, _c, w in lines)
    assert "3 rows read: 1 ready to import, 1 with problems, 1 possible duplicate" in \
        panel.summaryLabel.text()
    assert not wizard.previewPage.isComplete()                  # problems not yet skipped
    panel.skipProblemsCheck.setChecked(True)
    assert wizard.previewPage.isComplete()
    qtbot.mouseClick(panel.dryRunButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Dry run: 1 clients would be imported" in
                    panel.messageLabel.text(), timeout=20000)
    assert _count(centre) == 1
    panel.importAllButton.click()
    assert "1 ticked to import anyway" in panel.summaryLabel.text()
    wizard.next()                                               # "Import"
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    assert "2 clients were imported" in wizard.doneLabel.text()
    assert _count(centre) == 3
    with qtbot.waitSignal(wizard.imported) as signal:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert signal.args == [2]


def test_the_done_page_lists_the_references_made(qtbot, centre, runner, tmp_path):
    """References carry the year her file was opened: rows from 2025 and 2024 are not one
    run 'from C-2025-... to C-2024-...'; each new reference is listed, in order."""
    wizard = _wizard(qtbot, centre, runner, tmp_path,
                     "Given name,Surname,Opened\r\nAmina,Bello,03/03/2025\r\n"
                     "Linh,Tran,05/06/2024\r\n")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    wizard.next()                                               # "Import"
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    refs = sorted(wizard.result.references)
    assert [r[2:6] for r in refs] == ["2024", "2025"]
    assert f"Their references: {refs[0]}, {refs[1]}." in wizard.doneLabel.text()
    assert "run from" not in wizard.doneLabel.text()


def test_esc_asks_before_a_read_file_is_thrown_away(qtbot, centre, runner, tmp_path, asked):
    questions, answers = asked
    empty = ClientImportWizard(centre.services.client_import, runner)
    qtbot.addWidget(empty)
    empty.show()
    qtbot.keyClick(empty, Qt.Key.Key_Escape)
    assert not empty.isVisible() and questions == []
    wizard = _wizard(qtbot, centre, runner, tmp_path)
    wizard.next()
    answers.append(False)                                       # keep going
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert questions == ["discard"] and wizard.isVisible()
    answers.append(True)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and _count(centre) == 0


def test_a_file_that_cannot_be_read_says_why(qtbot, centre, runner, tmp_path):
    path = tmp_path / "clients.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    wizard = ClientImportWizard(centre.services.client_import, runner)
    qtbot.addWidget(wizard)
    wizard.read_file(path)
    qtbot.waitUntil(lambda: "readable .xlsx" in wizard.fileLabel.text(), timeout=10000)
    assert not wizard.filePage.isComplete()


def test_the_file_menu_offers_the_import_to_solicitors_only(qtbot, make_shell, staff):
    from tests.gui.gui_helpers import OTHER_PASSPHRASE, unlock_as
    staff("sol")
    centre = staff("admin")
    centre.lock()
    for who, offered in (("sup", False), ("sol", True)):
        shell = make_shell()
        unlock_as(qtbot, shell, who, OTHER_PASSPHRASE)
        assert shell.workspace.moving.importAction.isVisible() == offered
        assert not shell.workspace.moving.exportCaseload.isVisible()
        if offered:
            assert shell.workspace.moving.importAction in shell.window.ui.menuFile.actions()
            wizard = shell.workspace.moving.start_import()
            assert wizard.isVisible()
            wizard.reject()


def test_an_administrator_exports_the_caseload_after_the_warning(qtbot, centre, runner,
                                                                  tmp_path, monkeypatch):
    """The centre's admin is also a solicitor (conftest): the list exports are offered; the
    warning comes first, Cancel writes nothing, OK and a file name write it."""
    from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
    from assist_desktop.gui.moving_actions import MovingActions

    centre.services.clients.create(Client(jurisdiction=centre.centre.jurisdiction,
                                          given_names="=1+1", family_name="Bello"))

    class Window(QMainWindow):
        def __init__(self):
            super().__init__()
            from types import SimpleNamespace
            from PySide6.QtGui import QAction
            menu = self.menuBar().addMenu("File")
            self.ui = SimpleNamespace(menuFile=menu, actionImportClient=QAction("Import", self))
            menu.addAction(self.ui.actionImportClient)
    window = Window()
    qtbot.addWidget(window)
    moving = MovingActions(centre.services, centre.session, runner, window)
    assert moving.exportCaseload.isVisible() and moving.importAction.isVisible()
    warnings, target = [], tmp_path / "caseload.xlsx"
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ok]
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: (warnings.append(a[2]), answers.pop(0))[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    moving.exportCaseload.trigger()
    assert "NOT encrypted" in warnings[0] and not target.exists()
    moving.exportCaseload.trigger()
    qtbot.waitUntil(lambda: len(warnings) == 3, timeout=10000)
    assert warnings[2] == "1 rows were written." and target.exists()
