"""File menu: "Import clients from a spreadsheet…" (solicitors) and "Export a list…"
(caseload or my tasks, CSV or XLSX: administrators with a casework role), beside the client
file export and import. The services decide who may; these actions are only offered to them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assist_desktop.gui.messages import describe
from assist_desktop.gui.qtcompat import emit


class MovingActions(QObject):
    """The two actions, added to the window's File menu after "Import a client file…"."""

    imported = Signal(int)

    def __init__(self, services, session, runner, window, parent=None):
        super().__init__(parent)
        self._services, self._runner, self._window = services, runner, window
        ui = window.ui
        self.importAction = QAction(self.tr("Import clients from a spreadsheet…"), window)
        self.importAction.setObjectName("actionImportClients")
        self.exportCaseload = QAction(self.tr("Export the caseload as a spreadsheet…"), window)
        self.exportCaseload.setObjectName("actionExportCaseload")
        self.exportTasks = QAction(self.tr("Export my tasks as a spreadsheet…"), window)
        self.exportTasks.setObjectName("actionExportTasks")
        file_menu = getattr(ui, "menuFile", None)
        if file_menu is not None:
            after = ui.actionImportClient
            actions = file_menu.actions()
            index = actions.index(after) + 1 if after in actions else len(actions)
            before = actions[index] if index < len(actions) else None
            file_menu.insertActions(before, [self.importAction, self.exportCaseload,
                                             self.exportTasks])
        self.importAction.setVisible(session.is_solicitor)
        lists = session.is_administrator and session.has_casework_role
        self.exportCaseload.setVisible(lists)
        self.exportTasks.setVisible(lists)
        self.importAction.triggered.connect(self.start_import)
        self.exportCaseload.triggered.connect(lambda: self.export_list("caseload"))
        self.exportTasks.triggered.connect(lambda: self.export_list("tasks"))

    def start_import(self):
        from assist_desktop.gui.client_import import ClientImportWizard
        wizard = ClientImportWizard(self._services.client_import, self._runner, self._window)
        wizard.imported.connect(lambda count: emit(self.imported, count))
        wizard.open()
        return wizard

    def export_list(self, which: str) -> None:
        from assist_desktop.services.list_exports import LEAVES_STORE_WARNING
        title = self.tr("Export the caseload") if which == "caseload" else \
            self.tr("Export my tasks")
        answer = QMessageBox.warning(self._window, title, LEAVES_STORE_WARNING,
                                     QMessageBox.StandardButton.Ok |
                                     QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        path, _ = QFileDialog.getSaveFileName(self._window, title, "",
                                              self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".xlsx")
        service = self._services.list_exports
        # The file dialog already asked before replacing an existing file.
        self._runner.run(lambda: service.save(which, target, replace=True),
                         lambda count: QMessageBox.information(
                             self._window, title, self.tr("%1 rows were written.")
                             .replace("%1", str(count))),
                         lambda error: QMessageBox.warning(self._window, title,
                                                           describe(error)),
                         owner=self._window)
