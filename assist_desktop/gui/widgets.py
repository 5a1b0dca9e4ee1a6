"""Small widgets the forms promote to (Designer 'promoted widgets'), shared by many screens."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QWidget, QWizardPage

from assist_desktop.gui.formatting import DATE_FORMAT, from_qdate, to_qdate
from assist_desktop.gui.qtcompat import emit


class CheckedPage(QWizardPage):
    """A wizard page whose completeness is a function the screen sets (composition, no subclass
    per page): ``page.complete_when(fn)``, then ``page.recheck()`` when inputs change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._complete: Callable[[], bool] | None = None
        self._validate: Callable[[], bool] | None = None

    def complete_when(self, fn: Callable[[], bool]) -> None:
        self._complete = fn
        self.recheck()

    def validate_with(self, fn: Callable[[], bool]) -> None:
        self._validate = fn

    def recheck(self, *_args) -> None:
        emit(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return self._complete() if self._complete else super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        return self._validate() if self._validate else True


class DateEdit(QDateEdit):
    """A dd/mm/yyyy date field that may be empty ("no date"): clear it with Ctrl+Delete."""

    date_changed = Signal(object)  # datetime.date | None

    _EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(self._EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(self._EMPTY)
        self.dateChanged.connect(lambda _d: emit(self.date_changed, self.value()))

    def value(self) -> date | None:
        current = self.date()
        return None if current == self._EMPTY else from_qdate(current)

    def set_value(self, value: date | None) -> None:
        self.setDate(to_qdate(value) if value else self._EMPTY)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt name
        """An empty date opens its calendar on this month, not on 1900."""
        super().focusInEvent(event)
        if self.value() is None and self.calendarWidget() is not None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.currentSection() == QDateEdit.Section.DaySection and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_value(None)
            return
        super().keyPressEvent(event)
