"""Replacing the recovery code (administrators): a new code made on request, shown once, with
the recovery sheet to print (from memory) or save; the old code stops working at once."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLayout, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.forms.ui_replace_recovery import Ui_ReplaceRecoveryDialog
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.platform.atomic import atomic_write_bytes


def _sheet(centre_info, code: str) -> bytes:
    from assist_desktop.services.documents import recovery_sheet_pdf
    return recovery_sheet_pdf(centre_info, code, created=date.today())


class ReplaceRecoveryDialog(QDialog):
    def __init__(self, replace: Callable[[], str], centre_info, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReplaceRecoveryDialog()
        self.ui.setupUi(self)
        self._replace, self._centre, self._runner = replace, centre_info, runner
        self._code = ""
        self._busy = False
        ui = self.ui
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        ui.codeLabel.setFont(font)
        ui.introLabel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        ui.makeButton.setIcon(theme.icon("key"))
        ui.printButton.setIcon(theme.icon("document"))
        ui.makeButton.clicked.connect(self.make)
        ui.printButton.clicked.connect(self.print_sheet)
        ui.saveButton.clicked.connect(self.save_sheet)
        ui.writtenCheck.toggled.connect(self._update)
        ui.buttonBox.rejected.connect(self.reject)
        self._close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        self._update()

    @property
    def code(self) -> str:
        return self._code

    def _update(self, *_args) -> None:
        ui, made = self.ui, bool(self._code)
        ui.makeButton.setEnabled(not made and not self._busy)
        for widget in (ui.codeLabel, ui.afterLabel, ui.printButton, ui.saveButton,
                       ui.writtenCheck):
            widget.setVisible(made)
        ui.printButton.setEnabled(made and not self._busy)
        ui.saveButton.setEnabled(made and not self._busy)
        self._close.setEnabled(not self._busy and (not made or ui.writtenCheck.isChecked()))

    def _message(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.messageLabel, text, error)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update()
        self._message(describe(error), True)

    # --- making the code ------------------------------------------------------------
    def make(self) -> None:
        if self._code or self._busy or not confirm(
                self, self.tr("Replace the recovery code"),
                self.tr("The current recovery code stops opening this centre now. Make a new "
                        "one?"), self.tr("Make a new code")):
            return
        self._busy = True
        self._update()
        self._message(self.tr("Making the new code…"))
        self._runner.run(self._replace, self._made, self._failed, owner=self)

    def _made(self, code: str) -> None:
        self._busy = False
        self._code = code
        self.ui.codeLabel.setText(code)
        self._message(self.tr("The new recovery code is in place; the old one no longer opens "
                              "the centre."))
        self._update()
        self.ui.printButton.setFocus()

    # --- the sheet --------------------------------------------------------------------
    def print_sheet(self) -> None:
        centre, code = self._centre, self._code
        if code:
            self._runner.run(lambda: _sheet(centre, code), self._print, self._failed, owner=self)

    def _print(self, data: bytes) -> None:
        from assist_desktop.gui.printing import ask_and_print_bytes
        try:
            printed = ask_and_print_bytes(self, data, self.tr("Recovery sheet"))
        except Exception as error:  # noqa: BLE001 - a printer fault is shown, never a crash
            self._message(describe(error), True)
            return
        if printed:
            self._message(self.tr("The recovery sheet was sent to the printer."))
            self.ui.writtenCheck.setFocus()

    def save_sheet(self) -> None:
        if not self._code or not confirm(self, self.tr("Save the recovery sheet"), self.tr(
                "A saved sheet is an ordinary PDF: anyone who finds the file can open the "
                "centre's data with it. Print it if you can. Save it anyway?"),
                self.tr("Choose where…")):
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"),
                                               "recovery-sheet.pdf",
                                               self.tr("PDF documents (*.pdf)"))
        if path:
            self.write_sheet(path)

    def write_sheet(self, path: str) -> None:
        centre, code = self._centre, self._code
        self._runner.run(lambda: atomic_write_bytes(path, _sheet(centre, code)),
                         lambda _r: self._message(self.tr("Recovery sheet saved: print it, then "
                                                          "delete the file.")),
                         self._failed, owner=self)

    # --- leaving ----------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy:
            return
        if self._code and not self.ui.writtenCheck.isChecked():
            self._message(self.tr("Print the sheet or write the code down first, then tick the "
                                  "box: the code is not shown again."), True)
            return
        self._code = ""
        self.ui.codeLabel.clear()
        super().reject()
