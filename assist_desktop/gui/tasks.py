"""The one background executor of the GUI (after Anki's ``mw.taskman``).

Every call into a service that may touch the database, the KDF, a PDF or a backup goes
through :class:`TaskRunner`: ``run(fn, on_success, on_failure)`` runs ``fn()`` on one worker
thread and delivers the result (or the exception) to a callback *on the GUI thread*, through a
queued Qt signal. One worker keeps work in the order it was asked for: a draft saved before a
lock is written before the store is closed.

Long work uses ``run_with_progress``: ``fn(progress)`` reports with ``progress.report(done,
total, text)`` and stops when ``progress.cancelled`` is set; a progress dialog with a Cancel
button appears only if the work takes longer than a moment.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from assist_desktop.gui.qtcompat import emit

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class Cancelled(Exception):
    """Raised by long work that noticed its cancel flag; on_failure is then not called."""


class Progress:
    """What long work sees: report progress, check whether the person pressed Cancel."""

    def __init__(self, relay: "_Relay", token: int):
        self._relay = relay
        self._token = token
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def event(self) -> threading.Event:
        """The cancel flag as an Event, for services that take one (backup, restore)."""
        return self._cancel

    def fraction(self, value: float, text: str = "") -> None:
        """Report progress as a fraction 0..1 of the whole."""
        self.report(int(max(0.0, min(1.0, value)) * 1000), 1000, text)

    def check(self) -> None:
        """Raise Cancelled when the person asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        emit(self._relay.progressed, self._token, int(done), int(total), str(text))


@dataclass
class _Job:
    token: int
    on_success: Callback | None
    on_failure: Callback | None
    owner: QObject | None
    dialog: QProgressDialog | None = None
    fn: Callable[[], Any] | None = None      # held here, so it is let go on the GUI thread


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive here queued."""

    finished = Signal(int)
    progressed = Signal(int, int, int, str)


class TaskRunner(QObject):
    """One worker thread for everything the GUI must not wait for."""

    busy_changed = Signal(bool)
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gui-task")
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._jobs: dict[int, _Job] = {}
        self._outcomes: dict[int, tuple[bool, object]] = {}   # token -> (ok, result or error)
        self._next = 0
        self._closed = False

    # --- public API ---------------------------------------------------------------------
    def run(self, fn: Callable[[], Any], on_success: Callback | None = None,
            on_failure: Callback | None = None, *, owner: QObject | None = None) -> Future:
        """Run fn() off the GUI thread; call on_success(result) or on_failure(exc) on it.

        With ``owner``, the callbacks are dropped if that widget was deleted meanwhile.
        Without on_failure, an error is logged (type only) and otherwise ignored.
        """
        job = self._new_job(on_success, on_failure, owner)
        return self._submit(job, fn)

    def run_with_progress(self, fn: Callable[[Progress], Any], on_success: Callback | None,
                          on_failure: Callback | None, *, parent: QWidget, label: str,
                          cancellable: bool = True, delay_ms: int = 600) -> Progress:
        """Run fn(progress) with a progress dialog that shows if the work takes a while."""
        job = self._new_job(on_success, on_failure, parent)
        progress = Progress(self._relay, job.token)
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        # Not modal: a modal QProgressDialog runs processEvents() inside setValue(), which would
        # deliver other results re-entrantly. The screen disables its own buttons instead.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(label)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(progress.cancel)
        dialog.setValue(0)
        job.dialog = dialog
        self._submit(job, lambda: fn(progress))
        return progress

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; with wait, let queued work finish (callbacks are not delivered)."""
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=not wait)
        self._jobs.clear()
        self._outcomes.clear()

    def run_blocking(self, fn: Callable[[], Any]) -> Any:
        """Run fn on the worker and wait: only for quitting, after the windows are gone."""
        return self._executor.submit(fn).result()

    # --- internals ----------------------------------------------------------------------
    def _new_job(self, on_success, on_failure, owner) -> _Job:
        self._next += 1
        job = _Job(self._next, on_success, on_failure, owner)
        was_busy = self.busy
        self._jobs[job.token] = job
        if not was_busy:
            emit(self.busy_changed, True)
        return job

    def _submit(self, job: _Job, fn: Callable[[], Any]) -> Future:
        """The worker never drops the last reference to anything the GUI made or will read
        (the work itself, its result or error): those are let go on the GUI thread, in
        _deliver. A Python object that owns Qt connections, freed on the worker, makes PySide
        disconnect there while holding Qt's connection lock and then wait for the
        interpreter lock, which the GUI thread may hold while it waits for that Qt lock: a
        deadlock (seen in the test suite, a backup panel's work released on the worker)."""
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        job.fn = fn
        token, box, outcomes, relay = job.token, [fn], self._outcomes, self._relay
        del fn

        def work():
            task = box.pop()
            try:
                outcome = (True, task())
            except BaseException as exc:  # noqa: BLE001 - delivered to on_failure on the GUI
                outcome = (False, exc)
            del task                  # job.fn still holds it: not the last reference
            outcomes[token] = outcome
            del outcome
            if shiboken6.isValid(relay):
                emit(relay.finished, token)

        return self._executor.submit(work)

    def _progress(self, token: int, done: int, total: int, text: str) -> None:
        job = self._jobs.get(token)
        if job is None or job.dialog is None or not shiboken6.isValid(job.dialog):
            return
        job.dialog.setMaximum(max(total, 0))
        job.dialog.setValue(min(done, total) if total else 0)
        if text:
            job.dialog.setLabelText(text)

    def _deliver(self, token: int) -> None:
        ok, value = self._outcomes.pop(token, (False, None))
        job = self._jobs.pop(token, None)
        if job is None:
            return
        if job.dialog is not None and shiboken6.isValid(job.dialog):
            job.dialog.blockSignals(True)
            job.dialog.hide()
            job.dialog.deleteLater()
        try:
            if job.owner is not None and not shiboken6.isValid(job.owner):
                return
            if ok:
                if job.on_success is not None:
                    job.on_success(value)
            elif isinstance(value, Cancelled):
                pass
            elif job.on_failure is not None:
                job.on_failure(value)
            else:
                log.error("background task failed without a handler",
                          exc_info=(type(value), value, None))
        finally:
            if not self._jobs:
                emit(self.busy_changed, False)
                emit(self.idle)


class Debouncer(QObject):
    """Calls ``fn`` once, ``delay_ms`` after the last ``poke()``: search-as-you-type."""

    def __init__(self, fn: Callable[[], None], delay_ms: int = 250, parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(fn)

    def poke(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._fn()

    def cancel(self) -> None:
        self._timer.stop()


class Latest:
    """Drops stale results: only the answer to the most recent request is delivered."""

    def __init__(self) -> None:
        self._generation = 0

    def next(self) -> int:
        self._generation += 1
        return self._generation

    def wrap(self, *callbacks: Callback):
        """Wrap the callbacks of one request (e.g. on_success, on_failure): they run only if no
        newer request was made since. One callback in, one out; several in, a tuple out."""
        generation = self.next()

        def guarded(callback: Callback) -> Callback:
            def deliver(value):
                if generation == self._generation:
                    callback(value)
            return deliver
        wrapped = tuple(guarded(c) for c in callbacks)
        return wrapped[0] if len(wrapped) == 1 else wrapped
