"""A solicitor's override of a missing consent, asked when the service refuses for want of
her consent (ConsentRequired with may_override). The save runs on the task thread; the
question is put on the GUI thread (a blocking queued call) and the save is tried again with
the reason. Cancelled or empty: the refusal stands and the dialog shows it."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QWidget

from assist_desktop.domain.consents import ConsentRequired
from assist_desktop.gui import messages
from assist_desktop.gui.qtcompat import emit


def ask_reason(parent: QWidget, text: str) -> str:
    """On the GUI thread: the refusal `text`, and a solicitor's reason for going ahead
    without her consent ('' if cancelled or left empty)."""
    title = messages.tr("Go ahead without her consent")
    question = text + "\n\n" + messages.tr("Reason (kept with her file, and the override "
                                           "recorded in the audit log):")
    if messages._answer is not None:                  # tests answer the question
        reply = messages._answer("override", title, question)
        return reply.strip() if isinstance(reply, str) else ""
    reply, ok = QInputDialog.getText(parent, title, question)
    return reply.strip() if ok else ""


class OverridePrompt(QObject):
    _ask = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self._reply = ""
        self._ask.connect(self._on_ask, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(str)
    def _on_ask(self, text: str) -> None:
        self._reply = ask_reason(self._parent, text)

    def ask(self, text: str) -> str:
        """From the task thread: the reason typed on the GUI thread ('' if cancelled)."""
        self._reply = ""
        emit(self._ask, text)
        return self._reply.strip()

    def wrap(self, save: Callable) -> Callable:
        """save(record) that, refused for want of consent, asks a solicitor for a reason
        and tries again with it."""
        def run(record):
            try:
                return save(record)
            except ConsentRequired as refused:
                if not refused.may_override:
                    raise
                reason = self.ask(str(refused))
                if not reason:
                    raise
                return save(record, override_reason=reason)
        return run
