"""The subject access log (solicitors): requests received from her and requests made for her
(e.g. to the Home Office), each with its due date from the centre's deadline rules, overdue
ones first in the overdue colour. Log a request, edit it (identity checked, extended,
answered), make her package, or open her file. References only: no names on this screen."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from assist_desktop.gui import theme
from assist_desktop.gui.formatting import due_phrase, fmt_date
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import describe
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.sar_dialog import SarRequestDialog
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table


def log_columns(tr, today: date) -> list[Column]:
    def colour(row):
        return theme.overdue_colour() if row.overdue(today) else None

    def bold(row):
        if row.overdue(today):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def when(row) -> str:
        r = row.request
        if r.sent_on is not None:
            return tr("answered %1").replace("%1", fmt_date(r.sent_on))
        return due_phrase(r.due_on, today) if r.due_on else ""

    return [
        Column(tr("Due"), lambda r: fmt_date(r.request.due_on), foreground=colour, font=bold),
        Column(tr("When"), when, foreground=colour, font=bold),
        Column(tr("Client"), lambda r: r.client_reference),
        Column(tr("Direction"), lambda r: label(str(r.request.direction))
               + (f" ({r.request.organisation})" if r.request.organisation else "")),
        Column(tr("Received / sent"), lambda r: fmt_date(r.request.received_on)),
        Column(tr("Identity checked"), lambda r: fmt_date(r.request.identity_checked_on)
               or tr("not yet")),
        Column(tr("Extended"), lambda r: tr("yes") if r.request.extended else ""),
    ]


class SarLogPage(QWidget):
    open_client = Signal(int)

    def __init__(self, log, package_action, runner: TaskRunner, parent: QWidget | None = None,
                 *, today: date | None = None):
        super().__init__(parent)
        self._log, self._package, self._runner = log, package_action, runner
        self._today = today or date.today()
        self._busy = False
        self.dialog: SarRequestDialog | None = None
        intro = QLabel(self.tr(
            "Subject access requests: the centre must answer within one calendar month of "
            "receiving her request (three months when extended for complex or numerous "
            "requests; tell her so, with the reason, within the first month). Requests the "
            "centre makes for her, such as for her Home Office file, are tracked here too. Due "
            "dates come from the deadline rules and appear in My week."), self)
        intro.setWordWrap(True)
        self.openOnly = QCheckBox(self.tr("&Open requests only"), self)
        self.openOnly.setChecked(True)
        self.newButton = QPushButton(theme.icon("add"), self.tr("&Log a request…"), self)
        self.editButton = QPushButton(self.tr("&Edit…"), self)
        self.packageButton = QPushButton(theme.icon("save"), self.tr("Make her &package…"),
                                         self)
        self.openButton = QPushButton(self.tr("Open her &file"), self)
        buttons = QHBoxLayout()
        for widget in (self.newButton, self.editButton, self.packageButton, self.openButton):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.openOnly)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Subject access requests"))
        self.model = ListTableModel(log_columns(self.tr, self._today), parent=self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        tidy_table(self.view, stretch=3)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.statusLabel)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.view.doubleClicked.connect(lambda _i: self.edit())
        # not connect(self.new): clicked passes its checked flag, which would be the reference
        self.newButton.clicked.connect(lambda _checked=False: self.new())
        self.editButton.clicked.connect(self.edit)
        self.packageButton.clicked.connect(self.make_package)
        self.openButton.clicked.connect(self._open)
        self.openOnly.toggled.connect(lambda _c: self.reload())
        self._update()
        self.reload()

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        self._busy = True
        self._update()
        log, open_only = self._log, self.openOnly.isChecked()
        self._runner.run(lambda: log.log(open_only=open_only), self._loaded, self._failed,
                         owner=self)

    def records_changed(self, kinds) -> None:
        if "subject_access" in kinds:
            self.reload()

    def _loaded(self, rows) -> None:
        self._busy = False
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue(self._today))
        theme.say(self.statusLabel, self.tr("%n request(s) shown", "", len(rows)) + "; "
                  + self.tr("%n overdue.", "", overdue), overdue > 0)
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        theme.say(self.statusLabel, describe(error), True)
        self._update()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self) -> None:
        row = self.selected()
        self.newButton.setEnabled(not self._busy)
        self.editButton.setEnabled(row is not None and not self._busy)
        self.openButton.setEnabled(row is not None)
        self.packageButton.setEnabled(row is not None and str(row.request.direction) ==
                                      "received" and self._package is not None)

    # --- actions ------------------------------------------------------------------------
    def new(self, reference: str = "") -> None:
        self._dialog(SarRequestDialog(self._log, self._runner, reference=reference,
                                      parent=self))

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._dialog(SarRequestDialog(self._log, self._runner, row.request,
                                          reference=row.client_reference, parent=self))

    def _dialog(self, dialog: SarRequestDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()

    def make_package(self) -> None:
        row = self.selected()
        if row is None or self._package is None:
            return
        r = row.request
        line = self.tr("received %1, due %2").replace("%1", fmt_date(r.received_on)) \
            .replace("%2", fmt_date(r.due_on))
        self._package.start(row.client_reference, line)

    def _open(self) -> None:
        row = self.selected()
        if row is not None:
            emit(self.open_client, row.request.client_id)
