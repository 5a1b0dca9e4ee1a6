"""The caseload screen: a lazily fetched table of files with filters, and search-as-you-type.

Typing in the search box waits a moment after the last key (debounce), then asks the search
service on the task thread: exact matches at once, then, if no key follows within
CLOSE_DELAY_MS, again with close names (other spellings and scripts, as the conflict check
finds them) listed below them. An answer to an
older query, or to words since typed over, is dropped, so the list never shows the matches of
anything but what the box says. Clearing the box returns to
the table. Nothing here runs on the GUI thread but painting.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from assist_desktop.domain.clients import CaseloadQuery, CaseloadSort
from assist_desktop.gui import theme
from assist_desktop.gui.caseload.models import caseload_columns, search_columns
from assist_desktop.gui.forms.ui_caseload import Ui_CaseloadPage
from assist_desktop.gui.messages import describe
from assist_desktop.gui.models import ListTableModel, PagedTableModel
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import Debouncer, Latest, TaskRunner

DEADLINE_SOON_DAYS = 14
PAGE_SIZE = 100
SEARCH_LIMIT = 100
CLOSE_DELAY_MS = 150
SEARCH_WRAP_ROWS = 25   # results wrapped over lines only when this few: a wrapped table measures
                        # every row at each layout, ~0.25 s of GUI thread for 100 under load


class CaseloadPage(QWidget):
    open_client = Signal(int)
    new_client = Signal()
    first_painted = Signal()     # the table painted with its first page (or found none)

    def __init__(self, clients, search, session, runner: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CaseloadPage()
        self.ui.setupUi(self)
        self._clients, self._search, self._session, self._runner = clients, search, session, runner
        ui = self.ui
        self.model = PagedTableModel(runner, self._fetch,
                                     caseload_columns(self.tr, session.user_id),
                                     page_size=PAGE_SIZE, parent=self, cache_cells=True)
        self.model.loading_changed.connect(self._loading)
        self.model.failed.connect(lambda e: self._status(describe(e)))
        ui.caseloadView.setModel(self.model)
        tidy_table(ui.caseloadView, widths=(15, 32, 27, 15, 36, 16, 13, 9))
        header = ui.caseloadView.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        ui.caseloadView.viewport().installEventFilter(self)
        ui.caseloadView.activated.connect(self._open_row)
        ui.caseloadView.doubleClicked.connect(self._open_row)

        self.results = ListTableModel(search_columns(self.tr), parent=self)
        ui.searchView.setModel(self.results)
        tidy_table(ui.searchView, stretch=3, widths=(15, 32, 20), wrap_rows=SEARCH_WRAP_ROWS)
        ui.searchView.activated.connect(self._open_result)
        ui.searchView.doubleClicked.connect(self._open_result)

        ui.searchEdit.addAction(theme.icon("search"), ui.searchEdit.ActionPosition.LeadingPosition)
        self._latest = Latest()
        self._debounce = Debouncer(self._run_search, 250, self)
        # close names only once the person pauses after the exact answer: a key typed within
        # this does not leave a close pass for words typed over in the one worker's queue,
        # ahead of the exact search for the new words
        self._close_debounce = Debouncer(self._ask_close, CLOSE_DELAY_MS, self)
        self._close_text = ""
        ui.searchEdit.textChanged.connect(self._typed)
        ui.searchEdit.returnPressed.connect(self._debounce.flush)
        for check in (ui.mineCheck, ui.openCheck, ui.restrictedCheck, ui.deadlineCheck):
            check.toggled.connect(self.reload)
        ui.newClientButton.setIcon(theme.icon("client_add"))
        ui.newClientButton.clicked.connect(self.new_client)
        ui.newClientButton.setVisible(session.has_casework_role)
        if self.model.loading:      # the view asked for the first page as the model was set:
            self._ask_count()       # asking again would throw that page away and wait for
        else:                       # another (each is a query and an audited commit)
            self.reload()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        """The first paint with the first page's rows (or an empty caseload): said once."""
        if event.type() == QEvent.Type.Paint and (self.model.rowCount() or
                                                   self.model.exhausted):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: emit(self.first_painted))   # once this paint is done
        return False

    # --- the table ------------------------------------------------------------------
    def query(self) -> CaseloadQuery:
        ui = self.ui
        return CaseloadQuery(mine=ui.mineCheck.isChecked(), open_only=ui.openCheck.isChecked(),
                             restricted_only=ui.restrictedCheck.isChecked(),
                             deadline_within_days=DEADLINE_SOON_DAYS
                             if ui.deadlineCheck.isChecked() else None)

    def _fetch(self, offset: int, limit: int, key: str = "", descending: bool = False):
        query = dataclasses.replace(self.query(), offset=offset, limit=limit,
                                    sort=CaseloadSort(key) if key else CaseloadSort.REFERENCE,
                                    descending=descending)
        return self._clients.caseload(query)

    def reload(self, *_args) -> None:
        self.model.set_fetch(self._fetch)
        self._ask_count()

    def _ask_count(self) -> None:
        query = self.query()
        self._runner.run(lambda: self._clients.caseload_count(query), self._counted,
                         lambda _e: None, owner=self)

    def records_changed(self, kinds: set) -> None:
        """A file, matter or task saved anywhere: the table's columns may have changed. Read
        again now if the caseload is in front, else when it is next shown."""
        if kinds & {"client", "matter", "task", "safety_alert"}:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.reload()

    def _counted(self, count: int) -> None:
        self._count = count
        if not self.searching:
            self._status(self.tr("%n file(s)", "", count))

    def _loading(self, loading: bool) -> None:
        if self.searching:
            return
        if loading and not self.model.rowCount():
            self._status(self.tr("Loading…"))
        elif not loading and hasattr(self, "_count"):   # a sort's reload: "Loading…" goes
            self._status(self.tr("%n file(s)", "", self._count))

    def _open_row(self, index) -> None:
        if index.isValid():
            emit(self.open_client, self.model.row(index.row()).id)

    # --- search ---------------------------------------------------------------------
    @property
    def searching(self) -> bool:
        return bool(self.ui.searchEdit.text().strip())

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _typed(self, text: str) -> None:
        self._close_debounce.cancel()        # close names for the words typed over: not wanted
        if not text.strip():
            self._debounce.cancel()
            self._latest.next()              # drop any answer still on its way
            self.ui.resultsStack.setCurrentWidget(self.ui.caseloadView)
            self.results.set_rows([])
            self._status(self.tr("%n file(s)", "", getattr(self, "_count", 0)))
            return
        self._debounce.poke()

    def _run_search(self) -> None:
        text = self.ui.searchEdit.text().strip()
        if not text:
            return
        self._status(self.tr("Searching…"))
        self._ask(text, close=False)

    def _ask(self, text: str, close: bool) -> None:
        """Exact matches first (at once); then again with close names (other spellings and
        scripts, as the conflict check finds them), which the list then shows below them."""
        found, failed = self._latest.wrap(lambda results: self._found(text, results, close),
                                          lambda error: self._failed(text, error))
        self._runner.run(lambda: self._search.search(text, SEARCH_LIMIT, close=close), found,
                         failed, owner=self)

    def _ask_close(self) -> None:
        if self._current(self._close_text):
            self._ask(self._close_text, close=True)

    def _current(self, text: str) -> bool:
        """Whether an answer for `text` is still wanted: an answer to a newer search is
        (Latest drops the older ones); one for words since typed over is not, even before
        the search for the new words has started."""
        return text == self.ui.searchEdit.text().strip()

    def _failed(self, text: str, error: BaseException) -> None:
        if self._current(text):
            self._status(describe(error))

    def _found(self, text: str, results, close: bool) -> None:
        if not self._current(text):
            return
        if not close and len(results) < SEARCH_LIMIT:
            self._close_text = text
            self._close_debounce.poke()
        if close and results and [r.client_id for r in results] == \
                [self.results.row(i).client_id for i in range(self.results.rowCount())]:
            return                           # nothing more found: leave the list as it is
        self.results.set_rows(results)
        self.ui.resultsStack.setCurrentWidget(self.ui.searchView)
        if results:
            self._status(self.tr("%n match(es)", "", len(results)))
        elif not close:
            self._status(self.tr("Looking for other spellings…"))
        else:
            self._status(self.tr("Nothing matches. Try fewer or shorter words."))

    def _open_result(self, index) -> None:
        if index.isValid():
            emit(self.open_client, self.results.row(index.row()).client_id)

    def _status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    # --- where the person was -------------------------------------------------------
    def state(self) -> dict:
        ui = self.ui
        return {"mine": ui.mineCheck.isChecked(), "open": ui.openCheck.isChecked(),
                "restricted": ui.restrictedCheck.isChecked(),
                "deadline": ui.deadlineCheck.isChecked()}

    def restore_state(self, state: dict) -> None:
        ui = self.ui
        for check, key in ((ui.mineCheck, "mine"), (ui.openCheck, "open"),
                           (ui.restrictedCheck, "restricted"), (ui.deadlineCheck, "deadline")):
            check.blockSignals(True)
            check.setChecked(bool(state.get(key, check.isChecked())))
            check.blockSignals(False)
        self.reload()
