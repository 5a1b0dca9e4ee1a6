"""The audit log, newest first, fetched a page at a time; and the hash-chain check."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.forms.ui_admin_audit import Ui_AuditPanel
from assist_desktop.gui.messages import describe, show_error
from assist_desktop.gui.models import Column, PagedTableModel
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner


def audit_columns(tr) -> list[Column]:
    return [
        Column(tr("#"), lambda r: r.seq),
        Column(tr("When"), lambda r: fmt_timestamp(r.at)),
        Column(tr("Who"), lambda r: r.actor),
        Column(tr("What"), lambda r: r.action.replace("_", " ")),
        Column(tr("Record"), lambda r: f"{r.entity} {r.entity_id}".strip()),
        Column(tr("Detail"), lambda r: r.detail),
    ]


class AuditPanel(QWidget):
    def __init__(self, audit, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditPanel()
        self.ui.setupUi(self)
        self._audit, self._runner = audit, runner
        self.model = PagedTableModel(runner, self._fetch, audit_columns(self.tr), page_size=200,
                                     parent=self)
        self.model.failed.connect(lambda e: show_error(self, e))
        view = self.ui.auditView
        view.setModel(self.model)
        tidy_table(view, stretch=5, widths=(7, 18, 14, 20, 20))
        self.ui.resultFrame.setVisible(False)
        self.ui.verifyButton.setIcon(theme.icon("check"))
        self.ui.refreshButton.setIcon(theme.icon("refresh"))
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.reload()

    def _fetch(self, offset: int, limit: int, _key: str = "", _descending: bool = False):
        return self._audit.page(offset, limit)

    def reload(self) -> None:
        self.model.reload()
        self._runner.run(self._audit.count, self._count, lambda _e: None, owner=self)

    def records_changed(self, kinds: set) -> None:
        if "audit_log" in kinds:
            self.reload()

    def _count(self, count: int) -> None:
        self.ui.countLabel.setText(self.tr("%n entries", "", count))

    def verify(self) -> None:
        self.ui.verifyButton.setEnabled(False)
        self._runner.run_with_progress(lambda _p: self._audit.first_broken_link(), self._verified,
                                       self._verify_failed, parent=self,
                                       label=self.tr("Checking the audit log…"),
                                       cancellable=False)

    def _verified(self, broken) -> None:
        self.ui.verifyButton.setEnabled(True)
        frame, label = self.ui.resultFrame, self.ui.resultLabel
        frame.setVisible(True)
        if broken is None:
            label.setText(self.tr("The chain holds: no entry has been changed or removed."))
            theme.style_banner(frame, "notice")
        else:
            label.setText(self.tr("The chain is broken at entry %1: that entry, or one before "
                                  "it, was changed or removed outside ASSIST. Keep this "
                                  "computer as it is and tell whoever is responsible for data "
                                  "protection.").replace("%1", str(broken)))
            theme.style_banner(frame, "safety")

    def _verify_failed(self, error: BaseException) -> None:
        self.ui.verifyButton.setEnabled(True)
        self.ui.resultFrame.setVisible(True)
        self.ui.resultLabel.setText(describe(error))
