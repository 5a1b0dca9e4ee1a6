"""Small widgets the forms promote to (Designer 'promoted widgets'), shared by many screens."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QWidget, QWizardPage

from assist_desktop.gui.date_field import DateField
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


class DateEdit(DateField):
    """The name the forms promote to: the one date field (gui/date_field.py)."""
