"""Search as you type never shows the answer to an older query once a newer one is typed.

The task runner is replaced by one that holds each job until the test delivers it, so answers
can arrive in any order, as they could from a slower query."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from assist_desktop.domain.session import Session
from assist_desktop.gui.caseload.page import CaseloadPage
from assist_desktop.services.search import ClientSearchResult


class HeldRunner:
    """TaskRunner's run(), holding each job until deliver(index)."""

    busy = False

    def __init__(self):
        self.jobs = []

    def run(self, fn, on_success=None, on_failure=None, *, owner=None):
        self.jobs.append((fn, on_success, on_failure))

    def deliver(self, index: int) -> None:
        fn, on_success, on_failure = self.jobs[index]
        try:
            value = fn()
        except Exception as exc:  # noqa: BLE001 - as the real runner: to on_failure
            if on_failure:
                on_failure(exc)
            return
        if on_success:
            on_success(value)


class Clients:
    def caseload(self, _query):
        return []

    def caseload_count(self, _query):
        return 0


def _result(client_id: int, name: str) -> ClientSearchResult:
    return ClientSearchResult(f"C-2026-{client_id:05d}", name, client_id, False, frozenset(),
                              ("name",), ())


class Search:
    """One exact result per query, named after it; with close names, one more below it."""

    def __init__(self):
        self.asked = []

    def search(self, text, limit, close=True):
        self.asked.append((text, close))
        exact = [_result(len(text), f"answer to {text}")]
        return exact + ([_result(1000 + len(text), f"close to {text}")] if close else [])


@pytest.fixture
def page(qtbot):
    runner, search = HeldRunner(), Search()
    session = Session(user_id=1, username="sol", full_name="Sol", roles=frozenset({"solicitor"}))
    host = QWidget()
    qtbot.addWidget(host)
    widget = CaseloadPage(Clients(), search, session, runner, host)
    runner.jobs.clear()                       # the caseload's own count and first page
    widget.asked = search.asked
    yield widget, runner
    host.close()


def _search_for(widget, text: str) -> int:
    widget.ui.searchEdit.setText(text)
    widget._debounce.flush()                  # as if the person paused (or pressed Enter)
    return len(widget._runner.jobs) - 1


def _shown(widget) -> list[str]:
    return [widget.results.row(i).display_name for i in range(widget.results.rowCount())]


def test_an_older_answer_arriving_after_a_newer_one_is_dropped(page):
    widget, runner = page
    older = _search_for(widget, "lyud")
    newer = _search_for(widget, "lyudmila k")
    runner.deliver(newer)
    runner.deliver(older)
    assert _shown(widget) == ["answer to lyudmila k"]
    assert widget.ui.resultsStack.currentWidget() is widget.ui.searchView


def test_an_answer_to_words_typed_over_is_not_shown(page):
    widget, runner = page
    first = _search_for(widget, "lyud")
    widget.ui.searchEdit.setText("lyudm")     # a newer key; its search has not started yet
    runner.deliver(first)
    assert _shown(widget) == []
    widget._debounce.flush()
    runner.deliver(len(runner.jobs) - 1)
    assert _shown(widget) == ["answer to lyudm"]


def test_an_answer_after_the_box_was_cleared_is_not_shown(page):
    widget, runner = page
    first = _search_for(widget, "lyud")
    widget.ui.searchEdit.clear()
    runner.deliver(first)
    assert _shown(widget) == []
    assert widget.ui.resultsStack.currentWidget() is widget.ui.caseloadView


def test_close_names_follow_the_exact_ones(page):
    widget, runner = page
    exact = _search_for(widget, "lyudmila k")
    runner.deliver(exact)
    assert _shown(widget) == ["answer to lyudmila k"]          # at once
    widget._close_debounce.flush()                              # no key since: asked again
    assert len(runner.jobs) == exact + 2
    runner.deliver(exact + 1)
    assert widget.asked == [("lyudmila k", False), ("lyudmila k", True)]
    assert _shown(widget) == ["answer to lyudmila k", "close to lyudmila k"]
    assert widget.ui.statusLabel.text().startswith("2 match")


def test_close_names_for_words_since_typed_over_are_not_shown(page):
    widget, runner = page
    runner.deliver(_search_for(widget, "lyudmila k"))
    widget._close_debounce.flush()
    widget.ui.searchEdit.setText("lyudmila ko")   # typed on while close names were sought
    runner.deliver(len(runner.jobs) - 1)
    assert _shown(widget) == ["answer to lyudmila k"]


class CountingClients(Clients):
    def __init__(self):
        self.pages = []

    def caseload(self, query):
        self.pages.append(query.offset)
        return []


def test_the_first_page_is_asked_for_once(qtbot):
    """Opening the caseload asks for its first page once: the view asks as the model is set,
    and the page must not ask again (that threw the first answer away and waited for a
    second query and audited commit before the first paint)."""
    runner, clients = HeldRunner(), CountingClients()
    session = Session(user_id=1, username="sol", full_name="Sol", roles=frozenset({"solicitor"}))
    page = CaseloadPage(clients, Search(), session, runner)
    qtbot.addWidget(page)
    for index in range(len(runner.jobs)):
        runner.deliver(index)
    assert clients.pages == [0]
    asked = len(runner.jobs)
    page.ui.openCheck.toggle()                 # a filter changed: asked again, once
    for index in range(asked, len(runner.jobs)):
        runner.deliver(index)
    assert clients.pages == [0, 0]


def test_no_close_pass_for_words_typed_over_before_the_pause(page):
    """A key typed right after the exact answer: the close-name pass for the old words is not
    started (it would sit in the one worker's queue ahead of the search for the new words)."""
    widget, runner = page
    runner.deliver(_search_for(widget, "lyudmila k"))
    widget.ui.searchEdit.setText("lyudmila ko")   # within the pause before close names
    widget._close_debounce.flush()
    assert widget.asked == [("lyudmila k", False)]
    runner.deliver(_search_for(widget, "lyudmila ko"))
    widget._close_debounce.flush()
    runner.deliver(len(runner.jobs) - 1)
    assert widget.asked[1:] == [("lyudmila ko", False), ("lyudmila ko", True)]
    assert _shown(widget) == ["answer to lyudmila ko", "close to lyudmila ko"]


class ManySearch(Search):
    def search(self, text, limit, close=True):
        self.asked.append((text, close))
        return [_result(i, f"Client {i} with a long note that would wrap " * 3)
                for i in range(limit)]


def test_a_full_list_of_results_is_not_measured_row_by_row(qtbot):
    """A hundred results are shown as one-line rows from the moment they arrive: the table
    asks only about the rows it paints and the ones it samples for widths, not every row
    (measuring each of 100 rows at each answer stalled typing for up to a second)."""
    from PySide6.QtWidgets import QApplication, QHeaderView

    from assist_desktop.gui.caseload.page import SEARCH_LIMIT
    from assist_desktop.gui.views import SAMPLE_ROWS
    runner = HeldRunner()
    session = Session(user_id=1, username="sol", full_name="Sol", roles=frozenset({"solicitor"}))
    page = CaseloadPage(Clients(), ManySearch(), session, runner)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    QApplication.processEvents()               # the empty results table fitted (it wraps)
    asked_rows = set()
    data = page.results.data

    def counting(index, role=0):
        asked_rows.add(index.row())
        return data(index, role)
    page.results.data = counting
    runner.deliver(_search_for(page, "client"))
    assert page.ui.searchView.verticalHeader().sectionResizeMode(0) == \
        QHeaderView.ResizeMode.Fixed           # decided as the rows came, before any layout
    QApplication.processEvents()
    page.ui.searchView.viewport().repaint()
    assert page.results.rowCount() == SEARCH_LIMIT
    assert asked_rows and max(asked_rows) < SAMPLE_ROWS


class NoSearch(Search):
    def search(self, text, limit, close=True):
        self.asked.append((text, close))
        return []


def test_nothing_found_with_close_names_either_says_so(qtbot):
    """No exact match and no close name: the status says nothing matches (it stayed on
    "Looking for other spellings…" for good, seen under Xvfb)."""
    runner = HeldRunner()
    session = Session(user_id=1, username="sol", full_name="Sol", roles=frozenset({"solicitor"}))
    page = CaseloadPage(Clients(), NoSearch(), session, runner)
    qtbot.addWidget(page)
    runner.deliver(_search_for(page, "lyudmila kovalchik"))
    assert page.ui.statusLabel.text().startswith("Looking for other spellings")
    page._close_debounce.flush()
    runner.deliver(len(runner.jobs) - 1)
    assert page.ui.statusLabel.text().startswith("Nothing matches")
