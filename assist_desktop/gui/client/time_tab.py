"""Time recorded for her: entries on one of her matters or on no particular matter (support
workers: their own entries), and the time written on her notes. One read fills the whole tab:
her matters, her time entries and her notes with time on them; the totals (by matter and for
her file) and the list of time on notes are derived from what it found."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from assist_desktop.domain.time_entries import Activity, TimeEntry
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.client.records import RecordsPanel, SectionsTab
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_time_dialog import Ui_TimeDialog
from assist_desktop.gui.labels import label, matter_label
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.views import tidy_table
from assist_desktop.services.permissions import Area, can


def hours(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d} min"


@dataclass
class TimeState:
    """What one load found, kept on the GUI thread (the columns read it while painting)."""
    matters: list = field(default_factory=list)
    references: dict = field(default_factory=dict)   # matter id -> M-2026-0001
    on_notes: list = field(default_factory=list)     # her notes with time written on them

    def matter_name(self, matter_id, none: str) -> str:
        return none if matter_id is None else self.references.get(matter_id, "")


def note_time_columns(tr, state: TimeState) -> list[Column]:
    none = tr("(no particular matter)")
    return [Column(tr("Date"), lambda n: fmt_date(n.note_date)),
            Column(tr("Matter"), lambda n: state.matter_name(n.matter_id, none)),
            Column(tr("Note"), lambda n: label(n.note_type)),
            Column(tr("Minutes"), lambda n: n.duration_minutes,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("Title"), lambda n: n.title or (n.body.strip().splitlines() or [""])[0])]


class NoteTimePanel(QWidget):
    """Read-only: the notes with time written on them (edit the time in the note itself).
    Filled by the Time tab's one read, never by a read of its own."""

    def __init__(self, state: TimeState, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = ListTableModel(note_time_columns(self.tr, state), parent=self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Time recorded on notes"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        tidy_table(self.view, stretch=4)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Time on notes, in total"))
        layout.addWidget(self.view)
        layout.addWidget(self.summary)

    def show_notes(self, rows) -> None:
        self.model.set_rows(sorted(rows, key=lambda n: (n.note_date, n.id or 0)))
        total = sum(n.duration_minutes for n in rows)
        loose = sum(n.duration_minutes for n in rows if n.matter_id is None)
        self.summary.setText(self.tr("On notes %1, of which %2 on no particular matter")
                             .replace("%1", hours(total)).replace("%2", hours(loose)))
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)


def time_columns(tr, state: TimeState) -> list[Column]:
    none = tr("(no particular matter)")
    return [Column(tr("Date"), lambda t: fmt_date(t.worked_on)),
            Column(tr("Matter"), lambda t: state.matter_name(t.matter_id, none)),
            Column(tr("Activity"), lambda t: label(t.activity)),
            Column(tr("Minutes"), lambda t: t.minutes,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("Funder"), lambda t: t.funder),
            Column(tr("What was done"), lambda t: t.description.splitlines()[0]
                   if t.description else "")]


class TimeTab(SectionsTab):
    def __init__(self, time_entries, matters, client_id: int, session, runner: TaskRunner,
                 parent=None, notes=None):
        super().__init__(parent=parent)
        self.found = TimeState()
        self._client_id = client_id
        summaries = matters.summaries
        entries_for = time_entries.list_for_client

        def load():     # on the worker: only reads, the callback keeps what it found
            on_notes = [n for n in notes.list(client_id) if n.duration_minutes > 0] \
                if notes is not None else []
            return list(summaries(client_id)), entries_for(client_id), on_notes
        self.note_time = None
        if notes is not None:     # made first: the panel below fills it from its one read
            self.note_time = NoteTimePanel(self.found, self)
        self.panel = self.add_section("time", self.tr("Time"), RecordsPanel(
            runner, load=load, columns=time_columns(self.tr, self.found),
            dialog_ui=Ui_TimeDialog, new_record=self._new, create=time_entries.create,
            update=time_entries.update, delete=time_entries.delete,
            writable=can(session, Area.TIME, write=True), setup=self._setup,
            summary=self._summary, sort_key=lambda t: (t.worked_on, t.id or 0),
            what=self.tr("Time"), stretch=5, unpack=self._keep, parent=self))
        summary = self.panel.ui.summaryLabel    # below the list, full width: totals by matter
        self.panel.ui.buttonLayout.removeWidget(summary)
        self.panel.ui.layout.addWidget(summary)
        summary.setWordWrap(True)
        self._session = session
        if self.note_time is not None:
            self.add_section("notes", self.tr("Time recorded on notes"), self.note_time)

    # kept for the views that read them
    @property
    def _matters(self) -> list:
        return self.found.matters

    @property
    def _references(self) -> dict:
        return self.found.references

    def set_matter_summaries(self, summaries) -> None:
        """Her matters changed: new time is recorded against any of them (a new matter has no
        time yet; a changed reference shows at the next repaint)."""
        self._keep_matters(list(summaries))
        self.panel.ui.recordsView.viewport().update()
        if self.note_time is not None:
            self.note_time.view.viewport().update()

    def records_changed(self, kinds: set) -> None:
        if kinds & ({"time_entry", "note"} if self.note_time is not None else {"time_entry"}):
            self.panel.reload()

    def _keep_matters(self, matters: list) -> None:
        self.found.matters = matters
        self.found.references.clear()
        self.found.references.update({m.id: m.reference for m in matters})

    def _keep(self, result) -> list:
        """On the GUI thread: the matters, the notes with time, and the rows."""
        matters, entries, on_notes = result
        self._keep_matters(matters)
        self.found.on_notes = list(on_notes)
        if self.note_time is not None:
            self.note_time.show_notes(self.found.on_notes)
        return entries

    def _new(self):
        only = self.found.matters[0].id if len(self.found.matters) == 1 else None
        activity = Activity.ATTENDANCE if self._session.is_solicitor else Activity.SUPPORT
        return TimeEntry(client_id=self._client_id, matter_id=only,
                         user_id=self._session.user_id, worked_on=date.today(), minutes=6,
                         activity=activity)

    def _setup(self, ui) -> None:
        fill_ids(ui.f_matter_id, [(m.id, matter_label(m)) for m in self.found.matters],
                 self.tr("(no particular matter)"))

    def _summary(self, entries) -> str:
        """Her file's total (time entries and time on notes), then the total of each matter."""
        notes = self.found.on_notes
        on_notes = sum(n.duration_minutes for n in notes)
        by_matter: dict = {}
        for matter_id, minutes in [(e.matter_id, e.minutes) for e in entries] + \
                [(n.matter_id, n.duration_minutes) for n in notes]:
            by_matter[matter_id] = by_matter.get(matter_id, 0) + minutes
        total = sum(by_matter.values())
        text = self.tr("Total for her file %1").replace("%1", hours(total))
        if on_notes:
            text += " " + self.tr("(%1 of it recorded on notes)").replace("%1", hours(on_notes))
        if not by_matter:
            return text
        order = [m.id for m in self.found.matters if m.id in by_matter]
        order += [k for k in by_matter if k is not None and k not in order]
        order += [None] if None in by_matter else []
        none = self.tr("no particular matter")
        parts = [f"{self.found.matter_name(k, none) or '?'} {hours(by_matter[k])}"
                 for k in order]
        return text + "\n" + self.tr("By matter: %1").replace("%1", "; ".join(parts))
