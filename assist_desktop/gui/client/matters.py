"""Matters: her legal matters (full details for solicitors, type/status/dates for support
workers) and the deadlines of the chosen one."""
from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QWidget

from assist_desktop.domain.matters import Matter, MatterStatus, MatterType, RetentionCategory
from assist_desktop.gui import theme
from assist_desktop.gui.client.staff_picker import fill_staff_combo
from assist_desktop.gui.client.task_dialogs import DeadlineDialog
from assist_desktop.gui.client.tasks_tab import task_columns
from assist_desktop.gui.dialogs import ServiceDialog
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_matter_dialog import Ui_MatterDialog
from assist_desktop.gui.forms.ui_matters_tab import Ui_MattersTab
from assist_desktop.gui.labels import fill_combo, label
from assist_desktop.gui.messages import show_error
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.permissions import Area, can, is_solicitor

_ID = Qt.ItemDataRole.UserRole


class MatterDialog(ServiceDialog):
    """``directory()`` (the active colleagues) and ``parties()`` (the parties in her file) are
    called on the task thread; until they arrive the choices on record are kept as they are."""

    def __init__(self, matters, client_id: int, jurisdiction, runner: TaskRunner,
                 matter: Matter | None = None, parent: QWidget | None = None, *,
                 session=None, directory=None, parties=None):
        super().__init__(runner, parent)
        self.ui = Ui_MatterDialog()
        self.ui.setupUi(self)
        self._matters, self._client_id, self._jurisdiction, self._matter = \
            matters, client_id, jurisdiction, matter
        ui = self.ui
        fill_combo(ui.typeCombo, list(MatterType), matter.matter_type if matter else None)
        fill_combo(ui.statusCombo, list(MatterStatus), matter.status if matter else MatterStatus.OPEN)
        fill_combo(ui.retentionCombo, list(RetentionCategory),
                   matter.retention_category if matter else RetentionCategory.STANDARD)
        ui.openedEdit.set_value(matter.opened_on if matter else date.today())
        if matter is not None:
            self.setWindowTitle(self.tr("Matter %1").replace("%1", matter.reference))
            ui.titleEdit.setText(matter.title)
            ui.regimeEdit.setText(matter.regime)
            ui.homeOfficeEdit.setText(matter.home_office_ref)
            ui.tribunalEdit.setText(matter.tribunal_ref)
            ui.policeEdit.setText(matter.police_ref)
            ui.decisionSentEdit.set_value(matter.decision_sent_on)
            ui.hearingEdit.set_value(matter.next_hearing_on)
            ui.closedEdit.set_value(matter.closed_on)
            ui.outcomeEdit.setPlainText(matter.outcome)
        else:
            self.setWindowTitle(self.tr("New matter"))
        self._session = session
        self._fee_earner = matter.fee_earner_id if matter else \
            (session.user_id if session is not None and is_solicitor(session) else None)
        self._supervisor = matter.supervisor_id if matter else None
        self._party_ids = set(matter.party_ids) if matter else set()
        self._staff_loaded = self._parties_loaded = False
        for combo in (ui.feeEarnerCombo, ui.supervisorCombo):
            combo.setEnabled(False)
        ui.partiesList.setEnabled(False)
        self.bind_buttons(ui.buttonBox, ui.messageLabel)
        if directory is not None:
            runner.run(directory, self.set_directory, self._failed, owner=self)
        if parties is not None:
            runner.run(parties, self.set_parties, self._failed, owner=self)

    # --- who does the work, who supervises, which parties ----------------------------
    def _fill(self, combo: QComboBox, people, wanted: int | None) -> None:
        fill_staff_combo(combo, people, wanted, self._session)

    def set_directory(self, staff) -> None:
        solicitors = sorted((u for u in staff if is_solicitor(u)),
                            key=lambda u: (u.full_name.casefold(), u.id))
        self._fill(self.ui.feeEarnerCombo, solicitors, self._fee_earner)
        self._fill(self.ui.supervisorCombo, solicitors, self._supervisor)
        self._staff_loaded = True

    def set_parties(self, parties) -> None:
        view = self.ui.partiesList
        view.clear()
        for party in sorted(parties, key=lambda p: (label(p.role), p.name.casefold())):
            item = QListWidgetItem(f"{party.name} ({label(party.role)})", view)
            item.setData(_ID, party.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if party.id in self._party_ids
                               else Qt.CheckState.Unchecked)
        if not parties:
            item = QListWidgetItem(self.tr("No parties in her file yet (add them under "
                                           "Identification and parties)"), view)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        view.setEnabled(bool(parties))
        self._parties_loaded = True

    def tick_party(self, party_id: int, on: bool = True) -> None:
        view = self.ui.partiesList
        for row in range(view.count()):
            if view.item(row).data(_ID) == party_id:
                view.item(row).setCheckState(Qt.CheckState.Checked if on
                                             else Qt.CheckState.Unchecked)

    def _people(self) -> dict:
        ui = self.ui
        if not self._staff_loaded:
            out = dict(fee_earner_id=self._fee_earner, supervisor_id=self._supervisor)
        else:
            out = dict(fee_earner_id=ui.feeEarnerCombo.currentData(),
                       supervisor_id=ui.supervisorCombo.currentData())
        if self._parties_loaded:
            view = ui.partiesList
            out["party_ids"] = frozenset(
                view.item(r).data(_ID) for r in range(view.count())
                if view.item(r).data(_ID) is not None
                and view.item(r).checkState() == Qt.CheckState.Checked)
        return out

    def work(self):
        ui = self.ui
        fields = dict(matter_type=MatterType(ui.typeCombo.currentData()),
                      title=ui.titleEdit.text().strip(),
                      opened_on=ui.openedEdit.value() or date.today(),
                      regime=ui.regimeEdit.text().strip(),
                      home_office_ref=ui.homeOfficeEdit.text().strip(),
                      tribunal_ref=ui.tribunalEdit.text().strip(),
                      police_ref=ui.policeEdit.text().strip(),
                      decision_sent_on=ui.decisionSentEdit.value(),
                      next_hearing_on=ui.hearingEdit.value(),
                      status=MatterStatus(ui.statusCombo.currentData()),
                      closed_on=ui.closedEdit.value(),
                      outcome=ui.outcomeEdit.toPlainText().strip(),
                      retention_category=RetentionCategory(ui.retentionCombo.currentData()),
                      **self._people())
        if self._matter is None:
            matter = Matter(client_id=self._client_id, jurisdiction=self._jurisdiction, **fields)
            return lambda: self._matters.create(matter)
        matter = dataclasses.replace(self._matter, **fields)
        return lambda: self._matters.update(matter)


def matter_columns(tr) -> list[Column]:
    return [Column(tr("Reference"), lambda m: m.reference),
            Column(tr("Type"), lambda m: label(m.matter_type)),
            Column(tr("Title"), lambda m: getattr(m, "title", "")),
            Column(tr("Status"), lambda m: label(m.status)),
            Column(tr("Opened"), lambda m: fmt_date(m.opened_on)),
            Column(tr("Next hearing"), lambda m: fmt_date(getattr(m, "next_hearing_on", None))),
            Column(tr("Closed"), lambda m: fmt_date(m.closed_on))]


class MattersTab(QWidget):
    def __init__(self, services, client_id: int, jurisdiction, session, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MattersTab()
        self.ui.setupUi(self)
        self._matters, self._tasks = services.matters, services.tasks
        self._rules = services.deadline_rules
        self._directory = services.users.directory
        self._client_id, self._jurisdiction = client_id, jurisdiction
        self._session, self._runner = session, runner
        self._full = can(session, Area.MATTER)
        self._all_tasks: list = []
        ui = self.ui
        self.model = ListTableModel(matter_columns(self.tr), parent=self)
        ui.mattersView.setModel(self.model)
        tidy_table(ui.mattersView, stretch=2, widths=(14, 26))
        ui.mattersView.selectionModel().selectionChanged.connect(self._chosen)
        ui.mattersView.doubleClicked.connect(lambda _i: self.edit())
        self.deadlines = ListTableModel(task_columns(self.tr), parent=self)
        ui.deadlinesView.setModel(self.deadlines)
        tidy_table(ui.deadlinesView, stretch=3, widths=(12, 24, 10))
        ui.splitter.setSizes([320, 220])
        writable = can(session, Area.MATTER, write=True)
        ui.newButton.setVisible(writable)
        ui.editButton.setVisible(writable)
        ui.newButton.setIcon(theme.icon("add"))
        ui.deadlineButton.setIcon(theme.icon("week"))
        ui.deadlineButton.setVisible(can(session, Area.TASK, write=True) and self._full)
        ui.newButton.clicked.connect(self.new_matter)
        ui.editButton.clicked.connect(self.edit)
        ui.deadlineButton.clicked.connect(self.add_deadline)
        self._chosen()
        self.reload()

    def reload(self) -> None:
        matters, tasks, cid, full = self._matters, self._tasks, self._client_id, self._full

        def work():
            listed = matters.list(cid) if full else matters.summaries(cid)
            return listed, tasks.list(cid)
        self._runner.run(work, self._loaded, lambda e: show_error(self, e), owner=self)

    def records_changed(self, kinds: set) -> None:
        if kinds & {"matter", "task"}:
            self.reload()

    def _loaded(self, result) -> None:
        matters, tasks = result
        chosen = self.selected()
        self.model.set_rows(sorted(matters, key=lambda m: (m.opened_on, m.id), reverse=True))
        self._all_tasks = list(tasks)
        rows = [i for i, m in enumerate(self.model.rows()) if chosen and m.id == chosen.id]
        if rows or matters:
            self.ui.mattersView.selectRow(rows[0] if rows else 0)
        self._chosen()

    def selected(self):
        rows = self.ui.mattersView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _chosen(self, *_args) -> None:
        matter = self.selected()
        self.ui.editButton.setEnabled(matter is not None)
        self.ui.deadlineButton.setEnabled(matter is not None)
        rows = [t for t in self._all_tasks if matter is not None and t.matter_id == matter.id]
        self.deadlines.set_rows(sorted(rows, key=lambda t: (t.done_on is not None, t.due_on)))

    def new_matter(self) -> MatterDialog:
        dialog = MatterDialog(self._matters, self._client_id, self._jurisdiction, self._runner,
                              parent=self, **self._pickers())
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit(self) -> MatterDialog | None:
        matter = self.selected()
        if matter is None or not self._full:
            return None
        dialog = MatterDialog(self._matters, self._client_id, self._jurisdiction, self._runner,
                              matter, parent=self, **self._pickers())
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _pickers(self) -> dict:
        parties, cid = self._matters.parties, self._client_id
        out = dict(session=self._session, directory=self._directory)
        if can(self._session, Area.PARTY):
            out["parties"] = lambda: parties.list(cid)
        return out

    def _saved(self, matter) -> None:
        if not self.model.replace(lambda m: m.id == matter.id, matter):
            self.model.set_rows([matter, *self.model.rows()])
        for row, m in enumerate(self.model.rows()):
            if m.id == matter.id:
                self.ui.mattersView.selectRow(row)

    def add_deadline(self) -> DeadlineDialog | None:
        matter = self.selected()
        if matter is None:
            return None
        dialog = DeadlineDialog(self._tasks, self._rules, matter, self._session, self._runner,
                                self, directory=self._directory)
        dialog.saved.connect(self._task_added)
        dialog.open()
        return dialog

    def _task_added(self, task) -> None:
        self._all_tasks.append(task)
        self._chosen()
