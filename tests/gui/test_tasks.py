"""The background executor: results and errors arrive on the GUI thread, in order."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from assist_desktop.gui.tasks import Cancelled, Debouncer, Latest, TaskRunner


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.shutdown(wait=True)


def test_success_is_delivered_on_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    runner.run(work, lambda v: seen.update(result=v, thread=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["thread"] == gui
    assert seen["worker"] != gui


def test_failure_goes_to_on_failure(qtbot, runner):
    errors = []
    runner.run(lambda: 1 / 0, lambda v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_work_runs_in_the_order_asked(qtbot, runner):
    order = []
    for i in range(20):
        runner.run(lambda i=i: (time.sleep(0.001), i)[1], order.append)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))


def test_callbacks_dropped_when_owner_deleted(qtbot, runner):
    widget = QWidget()
    got = []
    gate = threading.Event()
    runner.run(lambda: gate.wait(2) and 1, got.append, owner=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(widget))
    gate.set()
    with qtbot.waitSignal(runner.idle, timeout=2000):
        pass
    assert got == []


def test_progress_and_cancel(qtbot, runner):
    parent = QWidget()
    qtbot.addWidget(parent)
    done, failed = [], []
    started = threading.Event()

    def long_work(progress):
        started.set()
        for i in range(500):
            progress.report(i, 500, "working")
            progress.check()
            time.sleep(0.005)
        return "finished"

    progress = runner.run_with_progress(long_work, done.append, failed.append, parent=parent,
                                        label="Long work", delay_ms=0)
    started.wait(2)
    progress.cancel()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert done == [] and failed == []  # cancelled: neither callback
    assert not runner.busy


def test_latest_drops_stale_answers(qtbot, runner):
    latest = Latest()
    got = []
    slow = threading.Event()
    runner.run(lambda: (slow.wait(1), "old")[1], latest.wrap(got.append))
    runner.run(lambda: "new", latest.wrap(got.append))
    slow.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert got == ["new"]


def test_debouncer_fires_once(qtbot):
    calls = []
    d = Debouncer(lambda: calls.append(1), delay_ms=30)
    for _ in range(5):
        d.poke()
    qtbot.wait(120)
    assert calls == [1]
    assert Cancelled  # exported


class _Tracked:
    """Records the thread that frees it (a widget's helper that owns Qt connections must be
    freed on the GUI thread: PySide disconnects it there, or deadlocks on the worker)."""

    def __init__(self, freed: list):
        self._freed = freed

    def __del__(self):
        self._freed.append(threading.get_ident())


def test_the_work_its_result_and_its_error_are_let_go_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    freed: list[int] = []
    done: list[str] = []
    slow = threading.Event()

    def run_one(make_work):
        work = make_work()
        runner.run(work, lambda _v: done.append("ok"), lambda _e: done.append("error"))
        del work

    # the work's closure holds the only reference to its helper; the worker holds the work
    # until the GUI thread has already dropped its callbacks (it waits for `slow` first)
    def closure_work():
        helper = _Tracked(freed)
        return lambda: (slow.wait(5), helper)[0] and None
    run_one(closure_work)
    slow.set()

    def result_work():            # the result is the only reference, handed to on_success
        return lambda: _Tracked(freed)
    run_one(result_work)

    def error_work():             # the error carries one, handed to on_failure
        def fail():
            helper = _Tracked(freed)  # noqa: F841 - kept alive by the traceback's frame
            raise ValueError("refused")
        return fail
    run_one(error_work)
    qtbot.waitUntil(lambda: len(done) == 3 and len(freed) == 3, timeout=5000)
    assert done == ["ok", "ok", "error"]
    assert set(freed) == {gui}
