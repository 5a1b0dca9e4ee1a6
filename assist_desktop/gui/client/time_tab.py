"""Time recorded on her matters (support workers: their own entries), and the time written on
her notes, with or without a matter (support work often has none)."""
from __future__ import annotations

from datetime import date

from assist_desktop.domain.time_entries import Activity, TimeEntry
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.client.records import RecordsPanel, SectionsTab
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_time_dialog import Ui_TimeDialog
from assist_desktop.gui.labels import label, matter_label
from assist_desktop.gui.models import Column
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.permissions import Area, can
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from assist_desktop.gui.messages import show_error
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.models import ListTableModel


def hours(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d} min"


def note_time_columns(tr, references: dict) -> list[Column]:
    return [Column(tr("Date"), lambda n: fmt_date(n.note_date)),
            Column(tr("Matter"), lambda n: references.get(n.matter_id, "")
                   if n.matter_id is not None else tr("(no matter)")),
            Column(tr("Note"), lambda n: label(n.note_type)),
            Column(tr("Minutes"), lambda n: n.duration_minutes,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("Title"), lambda n: n.title or (n.body.strip().splitlines() or [""])[0])]


class NoteTimePanel(QWidget):
    """Read-only: the notes with time written on them (edit the time in the note itself)."""

    def __init__(self, notes, client_id: int, references: dict, runner: TaskRunner,
                 parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = ListTableModel(note_time_columns(self.tr, references), parent=self)
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
        self._notes, self._client_id, self._runner = notes, client_id, runner
        self.reload()

    def reload(self) -> None:
        notes, cid = self._notes, self._client_id
        self._runner.run(lambda: [n for n in notes.list(cid) if n.duration_minutes > 0],
                         self._loaded, lambda e: show_error(self, e), owner=self)

    def _loaded(self, rows) -> None:
        self.model.set_rows(sorted(rows, key=lambda n: (n.note_date, n.id or 0)))
        total = sum(n.duration_minutes for n in rows)
        loose = sum(n.duration_minutes for n in rows if n.matter_id is None)
        self.summary.setText(self.tr("On notes %1, of which %2 with no matter")
                             .replace("%1", hours(total)).replace("%2", hours(loose)))
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)


def time_columns(tr, references: dict) -> list[Column]:
    return [Column(tr("Date"), lambda t: fmt_date(t.worked_on)),
            Column(tr("Matter"), lambda t: references.get(t.matter_id, "")),
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
        self._matters: list = []
        self._references: dict = {}
        self._time = time_entries
        self._note_minutes = 0      # time recorded on her notes (a note's "Time spent")
        summaries = matters.summaries

        def load():     # on the worker: only reads, the callback keeps what it found
            found = list(summaries(client_id))
            on_notes = sum(n.duration_minutes or 0 for n in notes.list(client_id)) \
                if notes is not None else 0
            return found, [e for m in found for e in time_entries.list(m.id)], on_notes
        self.panel = self.add_section("time", self.tr("Time"), RecordsPanel(
            runner, load=load, columns=time_columns(self.tr, self._references),
            dialog_ui=Ui_TimeDialog, new_record=self._new, create=time_entries.create,
            update=time_entries.update, delete=time_entries.delete,
            writable=can(session, Area.TIME, write=True), setup=self._setup,
            summary=self._summary, sort_key=lambda t: (t.worked_on, t.id or 0),
            what=self.tr("Time"), stretch=5, unpack=self._keep, parent=self))
        self._session = session
        self.note_time = None
        if notes is not None:
            self.note_time = self.add_section("notes", self.tr("Time recorded on notes"),
                                              NoteTimePanel(notes, client_id, self._references,
                                                            runner, self))

    def set_matter_summaries(self, summaries) -> None:
        """Her matters changed: new time is recorded against any of them (a new matter has no
        time yet; a changed reference shows at the next repaint)."""
        self._keep((list(summaries), [], self._note_minutes))
        self.panel.ui.recordsView.viewport().update()

    def records_changed(self, kinds: set) -> None:
        if "time_entry" in kinds:
            self.panel.reload()

    def _keep(self, result) -> list:
        """On the GUI thread: the matters (read by the columns while painting) and the rows."""
        matters, entries, self._note_minutes = result
        self._matters = matters
        self._references.clear()
        self._references.update({m.id: m.reference for m in matters})
        return entries

    def _new(self):
        if not self._matters:
            raise ValueError(self.tr("Open a matter first: a time entry is recorded against a "
                                     "matter. Time without a matter goes on a note (its "
                                     "duration), listed below."))
        return TimeEntry(matter_id=self._matters[0].id, user_id=self._session.user_id,
                         worked_on=date.today(), minutes=6, activity=Activity.ATTENDANCE)

    def _setup(self, ui) -> None:
        fill_ids(ui.f_matter_id, [(m.id, matter_label(m)) for m in self._matters],
                 self.tr("(choose a matter)"))

    def _summary(self, entries) -> str:
        """Time entries and the time recorded on her notes, together."""
        on_notes = self._note_minutes
        minutes = sum(e.minutes for e in entries) + on_notes
        text = self.tr("Total %1 h %2 min").replace("%1", str(minutes // 60)) \
            .replace("%2", f"{minutes % 60:02d}")
        if on_notes:
            text += " " + self.tr("(%1 h %2 min of it recorded on notes)").replace(
                "%1", str(on_notes // 60)).replace("%2", f"{on_notes % 60:02d}")
        return text
