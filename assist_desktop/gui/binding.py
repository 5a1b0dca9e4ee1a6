"""Binding a record dialog's widgets to a frozen dataclass by name (Picard binds by hand; these
records have dozens of fields, so the forms name their widgets after the fields):

    f_<field>  QLineEdit / QPlainTextEdit (text), DateEdit (date or none), QCheckBox (yes/no),
               QSpinBox (whole number), QComboBox (an enum, or an id the screen fills in)
    m_<field>  QLineEdit holding money: integer minor units in the record, "1,234.56" on screen
    t_<field>  QPlainTextEdit holding a tuple of strings, one a line

``write(ui, record)`` fills the widgets; ``read(ui, record)`` returns a copy of the record with
the widgets' values (dataclasses.replace), leaving fields without a widget untouched.
"""
from __future__ import annotations

import dataclasses
import enum
import typing

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.money import format_amount, parse_amount
from assist_desktop.gui.labels import fill_combo
from assist_desktop.gui.widgets import DateEdit


def _enum_of(hint) -> type[enum.Enum] | None:
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def _widgets(ui):
    for name, widget in vars(ui).items():
        if name[:2] in ("f_", "m_", "t_") and not name.endswith("Label"):
            yield name[:2], name[2:], widget


def prepare(ui, record_type) -> None:
    """Fill the combo boxes of enum fields with their translated labels."""
    hints = typing.get_type_hints(record_type)
    for prefix, field, widget in _widgets(ui):
        if prefix == "f_" and isinstance(widget, QComboBox) and field in hints:
            enum_type = _enum_of(hints[field])
            if enum_type is not None:
                fill_combo(widget, list(enum_type))


def fill_ids(combo: QComboBox, items, none_label: str) -> None:
    """An id field (matter_id ...): items are (id, label) pairs; the first entry is 'none'."""
    combo.clear()
    combo.addItem(none_label, None)
    for item_id, text in items:
        combo.addItem(text, item_id)


def write(ui, record) -> None:
    for prefix, field, widget in _widgets(ui):
        if not hasattr(record, field):
            continue
        value = getattr(record, field)
        if prefix == "m_":
            widget.setText("" if value is None else format_amount(int(value)))
        elif prefix == "t_":
            widget.setPlainText("\n".join(getattr(v, "number", v) for v in value))
        elif isinstance(widget, DateEdit):
            widget.set_value(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        elif isinstance(widget, QComboBox):
            index = widget.findData(str(value) if isinstance(value, enum.Enum) else value)
            if index < 0 and isinstance(value, int) and not isinstance(value, bool):
                # an id the screen does not offer (a former colleague, a list not yet
                # loaded): kept as recorded, never silently replaced by the first choice
                widget.addItem(QCoreApplication.translate("binding", "(as recorded)"), value)
                index = widget.count() - 1
            widget.setCurrentIndex(max(0, index))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))


def read(ui, record, item_types: dict | None = None):
    """A copy of ``record`` with the widgets' values. Raises ValidationError for bad money."""
    hints = typing.get_type_hints(type(record))
    values = {}
    for prefix, field, widget in _widgets(ui):
        if field not in hints:
            continue
        if prefix == "m_":
            text = widget.text().strip()
            values[field] = parse_amount(field.replace("_", " "), text) if text else \
                (0 if hints[field] is int else None)
        elif prefix == "t_":
            lines = [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]
            make = (item_types or {}).get(field)
            values[field] = tuple(make(line) for line in lines) if make else tuple(lines)
        elif isinstance(widget, DateEdit):
            if widget.problem():
                raise ValidationError(widget.accessibleName() or field, widget.problem())
            values[field] = widget.value()
        elif isinstance(widget, QCheckBox):
            values[field] = widget.isChecked()
        elif isinstance(widget, QSpinBox):
            values[field] = widget.value()
        elif isinstance(widget, QComboBox):
            data = widget.currentData()
            enum_type = _enum_of(hints[field])
            values[field] = enum_type(data) if enum_type is not None and data is not None else data
        elif isinstance(widget, QPlainTextEdit):
            values[field] = widget.toPlainText().strip()
        elif isinstance(widget, QLineEdit):
            values[field] = widget.text().strip()
    return dataclasses.replace(record, **values)
