"""Telling people what happened: errors from the services, confirmations.

``str(error)`` of an AssistError is written for the person at the keyboard; any other
exception is a bug, and gets a calm, general sentence (its text may quote data, so it is not
shown and not logged).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from assist_desktop.domain.errors import AssistError, ValidationError

log = logging.getLogger(__name__)

# Test seam (as KeePassXC's MessageBox::setNextAnswer): when set, questions are answered by
# this function instead of a modal box: answer(kind, title, text) -> bool | str.
_answer = None
shown: list[tuple[str, str]] = []      # (title, text) of errors shown, newest last
told: list[tuple[str, str]] = []       # (title, text) of information shown, newest last


def answer_with(fn) -> None:
    global _answer
    _answer = fn


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


# A reason that goes on from the field's name ("must be a date"), not a sentence of its own.
_PREDICATE_STARTS = ("is ", "are ", "must ", "has ", "have ", "cannot ", "can ", "needs ",
                     "should ", "was ", "were ", "of ", "at most ", "at least ", "may ",
                     "does ", "do ", "recorded ", "comes ", "needs", "too ")


def _field_words(field: str) -> str:
    words = field.strip().replace("_", " ").replace("-", " ")
    if words.endswith(" id"):
        words = words[:-3]
    return words[:1].upper() + words[1:]


def for_people(error: BaseException) -> str:
    """The text of an error the person caused, without internal prefixes: a ValidationError's
    field name ("claim: ...", "closed_on: ...") becomes words, or goes when the reason is a
    sentence of its own."""
    if not isinstance(error, ValidationError):
        return str(error)
    reason = (error.reason or "").strip()
    if not reason:
        return _field_words(error.field)
    if reason.lower().startswith(_PREDICATE_STARTS) and error.field:
        text = f"{_field_words(error.field)} {reason}"
    else:
        text = reason[:1].upper() + reason[1:]
    return text if text.endswith((".", "?", "!", ")")) else text + "."


def describe(error: BaseException) -> str:
    if isinstance(error, AssistError):
        return for_people(error)
    log.error("unexpected error", exc_info=(type(error), error, None))
    return tr("Something went wrong and the action was not completed. Nothing was lost; "
              "try again, and if it happens again tell your administrator.")


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> QMessageBox:
    """Tell what went wrong; window-modal, does not block the caller."""
    title = title or tr("Could not complete")
    text = describe(error)
    del shown[:-20]
    shown.append((title, text))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Something that went well and is worth saying (an export saved, a restore done);
    window-modal, does not block. Not an error: not kept in ``shown``."""
    del told[:-20]
    told.append((title, text))
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_notice(parent: QWidget | None, title: str, html_text: str) -> QMessageBox:
    """Something the person must see (a safety alert, a conflict match); does not block."""
    del shown[:-20]
    shown.append((title, html_text))
    box = QMessageBox(QMessageBox.Icon.Warning, title, html_text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None,
            destructive: bool = False) -> bool:
    if _answer is not None:
        return bool(_answer("confirm", title, text))
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
    if _answer is not None:
        return str(_answer("unsaved", tr("Unsaved changes"), what))
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


def ask_discard(parent: QWidget | None, what: str) -> bool:
    """True to throw away what was typed in ``what`` (a form that has no Save of its own);
    the safe answer, and the one Esc and Enter give, is to keep editing."""
    title = tr("Discard what you typed?")
    if _answer is not None:
        return bool(_answer("discard", title, what))
    box = QMessageBox(QMessageBox.Icon.Question, title,
                      tr("You have typed something in %1. Close it and lose what you typed?")
                      .replace("%1", what), QMessageBox.StandardButton.NoButton, parent)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAccessibleName(title)
    box.exec()
    return box.clickedButton() is discard
