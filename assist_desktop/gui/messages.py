"""Telling people what happened: errors from the services, confirmations.

``str(error)`` of an AssistError is written for the person at the keyboard; any other
exception is a bug, and gets a calm, general sentence (its text may quote data, so it is not
shown and not logged).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from assist_desktop.domain.errors import AssistError

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe(error: BaseException) -> str:
    if isinstance(error, AssistError):
        return str(error)
    log.error("unexpected error", exc_info=(type(error), error, None))
    return tr("Something went wrong and the action was not completed. Nothing was lost; "
              "try again, and if it happens again tell your administrator.")


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Could not complete"),
                      describe(error), QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title or tr("Could not complete"))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None,
            destructive: bool = False) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole if destructive
                           else QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(no or tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if destructive else accept)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def ask_unsaved(parent: QWidget | None, what: str) -> str:
    """'save', 'discard' or 'cancel' for unsaved changes in ``what``."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved changes"),
                      tr("You have unsaved changes in %1. Save them before closing?")
                      .replace("%1", what), QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"
