"""What every small record dialog does: call the service off the GUI thread on Save, show its
error in the dialog (keeping what was typed), close and hand back what was saved; and what
every dialog with a form does: ask before throwing away what was typed (``UnsavedGuard``)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDialog,
                               QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit,
                               QWidget)

from assist_desktop.domain.errors import AssistError
from assist_desktop.gui import theme
from assist_desktop.gui.date_field import date_problem
from assist_desktop.gui.messages import ask_discard, ask_unsaved, describe, for_people
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner


def _form_values(root: QWidget) -> list:
    """What the person can change in a form, in a fixed order (for comparing with a baseline)."""
    values = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable() \
                and not isinstance(widget.parent(), QLineEdit):
            values.append(widget.isChecked())
        elif isinstance(widget, QComboBox) and widget.isEditable():
            values.append(widget.currentText())
    return values


class UnsavedGuard:
    """Mixin for a QDialog or QWizard (list it first): Esc, Cancel, the close button and the
    window's X ask before what was typed is thrown away.

    The dialog calls ``guard_unsaved(what)`` in its constructor; the form as first shown is the
    baseline (``mark_clean()`` moves it), so anything filled in before showing is not "typed".
    A combo box counts as changed once the person picks in it (``activated``: loading its
    items later does not). With ``can_save`` the question is Save / Discard / Cancel and Save
    calls ``save_unsaved()``; otherwise Discard / Keep editing. A dialog's own ``reject`` calls
    ``may_close()`` first; ``discard_now()`` closes without asking (locking the centre).
    """

    _guard_what = ""
    _guard_can_save = False
    _guard_baseline: list | None = None
    _guard_picked = False
    _guard_forced = False

    def guard_unsaved(self, what: str, can_save: bool = False) -> None:
        self._guard_what, self._guard_can_save = what, can_save

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._guard_what and self._guard_baseline is None:
            for combo in self.findChildren(QComboBox):
                combo.activated.connect(self._guard_pick)
            self.mark_clean()

    def _guard_pick(self, *_args) -> None:
        self._guard_picked = True

    def mark_clean(self) -> None:
        self._guard_baseline = _form_values(self)
        self._guard_picked = False

    def has_unsaved_input(self) -> bool:
        if not self._guard_what or self._guard_baseline is None:
            return False
        return self._guard_picked or _form_values(self) != self._guard_baseline

    def save_unsaved(self) -> None:
        """Save was chosen in the question: start saving (the dialog closes when saved)."""

    def may_close(self) -> bool:
        if self._guard_forced or not self.has_unsaved_input():
            return True
        if self._guard_can_save:
            answer = ask_unsaved(self, self._guard_what)
            if answer == "save":
                self.save_unsaved()
                return False
            return answer == "discard"
        return ask_discard(self, self._guard_what)

    def discard_now(self) -> None:
        self._guard_forced = True
        self.reject()


class ServiceDialog(UnsavedGuard, QDialog):
    saved = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self._message: QLabel | None = None
        self._buttons: QDialogButtonBox | None = None
        self.guard_unsaved(self.tr("this form"), can_save=True)

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
            self.show_message(for_people(error))
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

    def save_unsaved(self) -> None:
        self.submit()

    def reject(self) -> None:
        if not self._busy and self.may_close():
            super().reject()
