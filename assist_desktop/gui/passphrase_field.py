"""Show / hide for passphrase fields: an eye button inside each field, the same everywhere.

Every dialog that asks for a passphrase or password calls ``add_reveal_toggles(self)`` once
after building its form; each password-mode line edit under it gets its own toggle, so one
field can be checked without showing the others.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

from assist_desktop.gui import theme

_PROPERTY = "assist_reveal_action"


def _tr(text: str) -> str:
    return QCoreApplication.translate("passphrase_field", text)


def _show(edit: QLineEdit, action: QAction, visible: bool) -> None:
    edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
    action.setIcon(theme.icon("eye_off" if visible else "eye"))
    text = _tr("Hide what is typed") if visible else _tr("Show what is typed")
    action.setText(text)
    action.setToolTip(text)


def add_reveal_toggle(edit: QLineEdit) -> QAction:
    """Give one field its eye button (idempotent); returns the checkable action."""
    existing = edit.property(_PROPERTY)
    if isinstance(existing, QAction):
        return existing
    action = QAction(edit)
    action.setCheckable(True)
    action.setObjectName(f"{edit.objectName() or 'passphrase'}Reveal")
    action.toggled.connect(lambda on: _show(edit, action, on))
    _show(edit, action, False)
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    edit.setProperty(_PROPERTY, action)
    return action


def add_reveal_toggles(root: QWidget) -> list[QAction]:
    """An eye button on every password-mode field under ``root``."""
    return [add_reveal_toggle(edit) for edit in root.findChildren(QLineEdit)
            if edit.echoMode() == QLineEdit.EchoMode.Password]


def reveal_action(edit: QLineEdit) -> QAction | None:
    action = edit.property(_PROPERTY)
    return action if isinstance(action, QAction) else None
