"""The one date-entry widget of the application (every form's date field is a DateField).

A line edit that takes the date as typed in the centre's order (14/03/1994, 14/3/1994,
14-03-1994, 14.03.1994, 1994-03-14, 14 Mar 1994), a button (or Alt+Down / F4) that opens a
calendar near today (or near a plausible birth year for a date of birth), an empty state that
says so, and a message under the field when what was typed is not a date; the text is kept so
it can be corrected. ``allow_partial(True)`` makes it a date-of-birth field that also takes
"1990", "about 1990" and "03/1990" (``partial_value()``).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
                               QToolButton, QVBoxLayout, QWidget)

from assist_desktop.domain.dates import DatePrecision, PartialDate, parse_day, parse_partial
from assist_desktop.domain.errors import ValidationError
from assist_desktop.gui.qtcompat import emit

BIRTH_YEARS_BACK = 30   # a date-of-birth calendar opens this many years before today


class DateField(QWidget):
    """A dd/mm/yyyy date that may be empty. ``value()`` is a date or None (empty, or not a date:
    then ``problem()`` says why and the message shows under the field)."""

    date_changed = Signal(object)   # datetime.date | None
    dateChanged = Signal(object)    # the same, for code written against QDateEdit  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._partial_ok = False
        self._value: PartialDate | None = None
        self._problem = ""
        self._calendar: QCalendarWidget | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setText("\u25be")
        self.button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Open calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.message = QLabel(self)
        self.message.setObjectName("dateMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b00020; }")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        chars = self.edit.fontMetrics().averageCharWidth()
        self.edit.setMinimumWidth(chars * 14 + 30)
        self.setMaximumWidth(chars * 60)
        self.edit.editingFinished.connect(self._read_text)
        self.edit.textEdited.connect(self._typing)
        self.edit.installEventFilter(self)
        self._placeholder()

    # --- configuration ------------------------------------------------------------------
    def allow_partial(self, allowed: bool = True) -> None:
        """A date of birth: also '1990', 'about 1990', 'March 1990'."""
        self._partial_ok = allowed
        self._placeholder()

    def _placeholder(self) -> None:
        self.edit.setPlaceholderText(
            self.tr("dd/mm/yyyy, a year, or \"about 1990\" (none yet)") if self._partial_ok
            else self.tr("dd/mm/yyyy (none yet)"))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt name
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # --- values -------------------------------------------------------------------------
    def value(self) -> date | None:
        self._read_text(quiet=True)
        return self._value.day if self._value else None

    def partial_value(self) -> PartialDate | None:
        self._read_text(quiet=True)
        return self._value

    def problem(self) -> str:
        """Why the text is not a date ('' when it is one, or empty)."""
        self._read_text(quiet=True)
        return self._problem

    def set_value(self, value: date | None) -> None:
        self._set(PartialDate.of(value), emit_change=True)

    def set_partial_value(self, value: PartialDate | None) -> None:
        self._set(value, emit_change=True)

    def clear(self) -> None:
        self.set_value(None)

    def setDate(self, value: QDate) -> None:  # noqa: N802 - QDateEdit's name
        self.set_value(date(value.year(), value.month(), value.day()) if value.isValid() else None)

    def date(self) -> QDate:
        day = self.value()
        return QDate(day.year, day.month, day.day) if day else QDate()

    # --- inside -------------------------------------------------------------------------
    def _set(self, value: PartialDate | None, *, emit_change: bool) -> None:
        changed = value != self._value
        self._value = value
        self.edit.setText(value.typed() if value else "")
        self._show_problem("")
        if changed and emit_change:
            self._changed()

    def _changed(self) -> None:
        day = self._value.day if self._value else None
        emit(self.date_changed, day)
        emit(self.dateChanged, day)

    def _typing(self, _text: str) -> None:
        if self._problem:          # a correction is under way: the old message goes
            self._show_problem("")

    def _read_text(self, quiet: bool = False) -> None:
        text = self.edit.text()
        name = self.accessibleName() or self.tr("date")
        try:
            parsed = parse_partial(text, name) if self._partial_ok else \
                PartialDate.of(parse_day(text, name))
        except ValidationError as error:
            self._problem = error.reason
            if not quiet:
                self._show_problem(f"{name[:1].upper()}{name[1:]} {error.reason}.")
            if self._value is not None:
                self._value = None
                self._changed()
            return
        self._problem = ""
        if not quiet:
            self._show_problem("")
            if parsed is not None and text.strip() != parsed.typed():
                self.edit.setText(parsed.typed())    # shown back as it is understood
        if parsed != self._value:
            self._value = parsed
            self._changed()

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.edit.setProperty("invalid", bool(text))
        self.edit.setToolTip(text)
        self.edit.setAccessibleDescription(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            down = event.key() == Qt.Key.Key_Down and \
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            if down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # --- calendar -----------------------------------------------------------------------
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            cal = QCalendarWidget(self)
            cal.setWindowFlags(Qt.WindowType.Popup)
            cal.setObjectName("datePicker")
            cal.setGridVisible(True)
            cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            cal.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            cal.clicked.connect(self._picked)
            cal.activated.connect(self._picked)
            self._calendar = cal
        return self._calendar

    def open_calendar(self) -> None:
        """Open the calendar on the field's date, else near today (or a birth year)."""
        cal = self.calendar()
        current = self.value()
        if current is not None:
            cal.setSelectedDate(QDate(current.year, current.month, current.day))
        else:
            today = QDate.currentDate()
            start = today.addYears(-BIRTH_YEARS_BACK) if self._partial_ok else today
            cal.setSelectedDate(start)
            cal.setCurrentPage(start.year(), start.month())
        cal.adjustSize()
        cal.move(self.mapToGlobal(QPoint(0, self.edit.height())))
        cal.show()
        cal.setFocus()

    def _picked(self, chosen: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self._set(PartialDate(date(chosen.year(), chosen.month(), chosen.day()),
                              DatePrecision.DAY), emit_change=True)
        self.edit.setFocus()


def date_problem(container: QWidget) -> str:
    """The first date field under ``container`` whose text is not a date: its message (and
    the field takes the focus), or '' when every date field holds a date or is empty."""
    for field in container.findChildren(DateField):
        if field.isEnabled() and field.problem():
            field.edit.setFocus()
            field._read_text()          # show the message under the field too
            return field.message.text()
    return ""
