"""The audit log, newest first, fetched a page at a time: references instead of ids, full local
times, filters (person, client, action, dates), CSV export for an administrator, live updates
from the change feed; the head's code to note or print; and the checks (the keyed chain, the
append-only triggers, the anchor in the key file)."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, \
    QPushButton, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.forms.ui_admin_audit import Ui_AuditPanel
from assist_desktop.gui.messages import confirm, describe, show_error
from assist_desktop.gui.models import Column, PagedTableModel
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.widgets import DateEdit
from assist_desktop.services.audit_view import AuditQuery


def full_time(iso: str) -> str:
    """A stored UTC time in local time, with the date and seconds: '07/12/2026 10:04:31'."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M:%S")


def audit_columns(tr) -> list[Column]:
    return [
        Column(tr("#"), lambda r: r.seq),
        Column(tr("When"), lambda r: full_time(r.at), tooltip=lambda r: f"{r.at} (UTC)"),
        Column(tr("Who"), lambda r: r.actor),
        Column(tr("What"), lambda r: r.action.replace("_", " ")),
        Column(tr("Record"), lambda r: r.record,
               tooltip=lambda r: f"{r.entity} {r.entity_id}".strip()),
        Column(tr("Client"), lambda r: r.client),
        Column(tr("Detail"), lambda r: r.detail, tooltip=lambda r: r.detail),
    ]


class AuditPanel(QWidget):
    def __init__(self, audit, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditPanel()
        self.ui.setupUi(self)
        self._audit, self._runner = audit, runner
        self._query = AuditQuery()
        self._stale = False
        self.model = PagedTableModel(runner, self._fetch, audit_columns(self.tr), page_size=200,
                                     parent=self)
        self.model.failed.connect(lambda e: show_error(self, e))
        view = self.ui.auditView
        view.setModel(self.model)
        tidy_table(view, stretch=6, widths=(7, 19, 10, 16, 16, 14))
        self._build_filters()
        self.headLabel = QLabel(self)
        self.headLabel.setAccessibleName(self.tr("Audit log head code"))
        self.headLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headLabel.setToolTip(self.tr(
            "Note this code, or print this screen, now and then (e.g. monthly), and keep it "
            "away from this computer. If the log is ever rewritten, its entry will no longer "
            "carry this code: the command `check --audit-code` compares them."))
        self.ui.topLayout.insertWidget(2, self.headLabel)
        self.ui.resultFrame.setVisible(False)
        self.ui.verifyButton.setIcon(theme.icon("check"))
        self.ui.refreshButton.setIcon(theme.icon("refresh"))
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.reload()

    # --- filters --------------------------------------------------------------------
    def _build_filters(self) -> None:
        row = QHBoxLayout()
        self.personCombo = QComboBox(self)
        self.personCombo.setAccessibleName(self.tr("Person"))
        self.clientEdit = QLineEdit(self)
        self.clientEdit.setPlaceholderText(self.tr("Client reference, e.g. C-2026-0001"))
        self.clientEdit.setAccessibleName(self.tr("Client reference"))
        self.clientEdit.setClearButtonEnabled(True)
        self.clientEdit.setMaxLength(40)
        self.actionCombo = QComboBox(self)
        self.actionCombo.setAccessibleName(self.tr("Action"))
        self.fromEdit, self.toEdit = DateEdit(self), DateEdit(self)
        self.fromEdit.setAccessibleName(self.tr("From date"))
        self.toEdit.setAccessibleName(self.tr("To date"))
        self.fromEdit.setToolTip(self.tr("From this day (empty: from the start)"))
        self.toEdit.setToolTip(self.tr("To this day, included (empty: up to now)"))
        self.clearButton = QPushButton(self.tr("Clear filters"), self)
        self.exportButton = QPushButton(theme.icon("save"), self.tr("Export CSV…"), self)
        self.exportButton.setToolTip(self.tr("Save the entries shown as a CSV file"))
        for text, widget in ((self.tr("Person"), self.personCombo),
                             (self.tr("Client"), self.clientEdit),
                             (self.tr("Action"), self.actionCombo),
                             (self.tr("From"), self.fromEdit), (self.tr("to"), self.toEdit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.clientEdit else 0)
        row.addWidget(self.clearButton)
        row.addWidget(self.exportButton)
        self.ui.layout.insertLayout(1, row)
        self._fill_choices([], [])
        self.personCombo.activated.connect(self._filters_changed)
        self.actionCombo.activated.connect(self._filters_changed)
        self.clientEdit.returnPressed.connect(self._filters_changed)
        self.clientEdit.editingFinished.connect(self._filters_changed)
        self.fromEdit.date_changed.connect(self._filters_changed)
        self.toEdit.date_changed.connect(self._filters_changed)
        self.clearButton.clicked.connect(self.clear_filters)
        self.exportButton.clicked.connect(self.export_csv)

    def _fill_choices(self, actors, actions) -> None:
        for combo, anyone, items in ((self.personCombo, self.tr("Anyone"), actors),
                                     (self.actionCombo, self.tr("Any action"), actions)):
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anyone, "")
            for item in items:
                combo.addItem(item.replace("_", " ") if combo is self.actionCombo else item, item)
            if current and combo.findData(current) < 0:
                combo.addItem(current, current)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def query(self) -> AuditQuery:
        return AuditQuery(actor=self.personCombo.currentData() or "",
                          action=self.actionCombo.currentData() or "",
                          client_reference=self.clientEdit.text().strip(),
                          since=self.fromEdit.value(), until=self.toEdit.value())

    def _filters_changed(self, *_args) -> None:
        query = self.query()
        if query != self._query:
            self._query = query
            self.reload()

    def clear_filters(self) -> None:
        for combo in (self.personCombo, self.actionCombo):
            combo.setCurrentIndex(0)
        self.clientEdit.clear()
        for edit in (self.fromEdit, self.toEdit):
            edit.blockSignals(True)
            edit.set_value(None)
            edit.blockSignals(False)
        self._filters_changed()

    # --- loading --------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int, _key: str = "", _descending: bool = False):
        return self._audit.entries(self._query, offset, limit)

    def reload(self, *_args, live: bool = False) -> None:
        """Read the page again; the filters' choices too, except for a live update (a new
        entry rarely brings a new person or action, and the look-up reads the whole log)."""
        self._stale = False
        self.model.reload()
        query, audit = self._query, self._audit
        self._runner.run(lambda: (audit.count_matching(query),
                                  None if live else audit.choices(), audit.head_code()),
                         self._counted, lambda _e: None, owner=self)

    def _counted(self, result) -> None:
        count, choices, head = result
        if head is not None:
            self.headLabel.setText(self.tr("Audit log head: entry %1, code %2")
                                   .replace("%1", f"{head[0]:,}").replace("%2", head[1]))
        if choices is not None:
            self._fill_choices(*choices)
        filtered = self._query != AuditQuery()
        text = self.tr("%n entries", "", count)
        since, until = self._query.since, self._query.until
        if since and until and since > until:
            self.ui.countLabel.setText(self.tr("The From date is after the To date: no entry "
                                               "can match."))
            self.exportButton.setEnabled(False)
            return
        self.ui.countLabel.setText(self.tr("%1 match the filters").replace("%1", text)
                                   if filtered else text)
        self.exportButton.setEnabled(count > 0)

    def records_changed(self, kinds: set) -> None:
        """Live: a new entry was written. Shown at once when the newest entries are in view;
        otherwise the place she is reading is kept and the count says there is more."""
        if "audit_log" not in kinds:
            return
        if self.isVisible() and self.ui.auditView.verticalScrollBar().value() == 0:
            self.reload(live=True)
        else:
            self._stale = True
            if self.isVisible():
                self.ui.countLabel.setText(self.tr("New entries: Refresh to see them"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- CSV ------------------------------------------------------------------------
    def export_csv(self) -> None:
        if not confirm(self, self.tr("Export the audit log"), self.tr(
                "The CSV file holds the entries shown (who did what, when, and the references "
                "of the files). It leaves the encrypted store: anyone who gets a copy can read "
                "it. The export itself is recorded in the audit log."),
                self.tr("Choose where…")):
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"),
                                               "audit-log.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        query, audit = self._query, self._audit
        self.exportButton.setEnabled(False)
        self._runner.run(lambda: audit.export_csv(path, query, replace=True), self._exported,
                         self._export_failed, owner=self)

    def _exported(self, rows: int) -> None:
        self.exportButton.setEnabled(True)
        self._say(self.tr("Exported %n entries.", "", rows), "notice")

    def _export_failed(self, error: BaseException) -> None:
        self.exportButton.setEnabled(True)
        self._say(describe(error), "safety")

    def _say(self, text: str, style: str) -> None:
        self.ui.resultFrame.setVisible(True)
        self.ui.resultLabel.setText(text)
        theme.style_banner(self.ui.resultFrame, style)

    # --- the chain ------------------------------------------------------------------
    def verify(self) -> None:
        self.ui.verifyButton.setEnabled(False)
        self._runner.run_with_progress(lambda _p: self._audit.chain_problems(), self._verified,
                                       self._verify_failed, parent=self,
                                       label=self.tr("Checking the audit log…"),
                                       cancellable=False)

    def _verified(self, problems: list) -> None:
        self.ui.verifyButton.setEnabled(True)
        if not problems:
            self._say(self.tr("The chain holds, its append-only protection is in place and it "
                              "agrees with the copy of its head kept in the key file: no entry "
                              "has been changed or removed."), "notice")
        else:
            self._say(self.tr("The audit log was changed outside ASSIST: %1. Keep this "
                              "computer as it is and tell whoever is responsible for data "
                              "protection.").replace("%1", "; ".join(problems[:3])), "safety")

    def _verify_failed(self, error: BaseException) -> None:
        self.ui.verifyButton.setEnabled(True)
        self.ui.resultFrame.setVisible(True)
        self.ui.resultLabel.setText(describe(error))
