"""What every small record dialog does: call the service off the GUI thread on Save, show its
error in the dialog (keeping what was typed), close and hand back what was saved."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from assist_desktop.domain.errors import AssistError
from assist_desktop.gui import theme
from assist_desktop.gui.date_field import date_problem
from assist_desktop.gui.messages import describe
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner


class ServiceDialog(QDialog):
    saved = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self._message: QLabel | None = None
        self._buttons: QDialogButtonBox | None = None

    def bind_buttons(self, buttons: QDialogButtonBox, message: QLabel) -> None:
        self._buttons, self._message = buttons, message
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        message.setVisible(False)

    @property
    def ok_button(self):
        for role in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
            button = self._buttons.button(role)
            if button is not None:
                return button
        return None

    def work(self) -> Callable[[], Any] | None:
        """The service call to make (a function of nothing), or None to stay open."""
        raise NotImplementedError

    def submit(self) -> None:
        if self._busy:
            return
        problem = date_problem(self)       # a typed date that is not one is never saved as empty
        if problem:
            self.show_message(problem)
            return
        try:
            work = self.work()
        except (ValueError, AssistError) as error:
            self.show_message(str(error))
            return
        if work is None:
            return
        self._busy = True
        if self.ok_button is not None:
            self.ok_button.setEnabled(False)
        self.show_message(self.tr("Saving…"), error=False)
        self._runner.run(work, self._done, self._failed, owner=self)

    def _done(self, result) -> None:
        self._busy = False
        emit(self.saved, result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if self.ok_button is not None:
            self.ok_button.setEnabled(True)
        self.show_message(describe(error))

    def show_message(self, text: str, error: bool = True) -> None:
        if self._message is None:
            return
        theme.say(self._message, text, error)
        self._message.setVisible(bool(text))

    def reject(self) -> None:
        if not self._busy:
            super().reject()
