"""Checking a snapshot: cipher_integrity_check, integrity_check and its manifest, in parallel.

Each check has its own read connection on its own thread (SQLite releases the GIL while a
statement runs), so on a machine with several cores they take about as long as the slowest.
The first failure or a cancel stops the others: the calling thread watches and interrupts
their connections (a progress handler would make every statement take the GIL thousands of
times a second, and the threads would queue for it instead of running).
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path
from typing import Callable

from assist_desktop.storage import connection as cx
from assist_desktop.storage.snapshot import LIVE_CIPHER, open_snapshot
from assist_desktop.storage.snapshot_manifest import (OnBytes, ShouldStop, SnapshotCancelled,
                                                      compute_manifest)

PARTS = ("cipher_integrity_check", "integrity_check", "manifest")
_WATCH_SECONDS = 0.1


def check_snapshot(path: Path, key: bytes, *, cipher: dict = LIVE_CIPHER,
                   read_only: bool = True, parts: tuple[str, ...] = PARTS,
                   on_bytes: OnBytes | None = None,
                   on_done: Callable[[str], None] | None = None,
                   should_stop: ShouldStop | None = None) -> tuple[list[str], dict]:
    """(problems, manifest) of the snapshot file at path. Raises SnapshotCancelled.

    ``parts``: which of PARTS to run (the manifest always; a new backup's copy runs fewer,
    its pages being checked as they are encrypted: backup/copy_and_check.py)."""
    parts = tuple(name for name in PARTS if name in parts or name == "manifest")
    failed = threading.Event()
    running: list = []
    lock = threading.Lock()

    def stop() -> bool:
        return failed.is_set() or (should_stop is not None and should_stop())

    def one(conn, name: str):
        if name == "manifest":
            try:
                return compute_manifest(conn, on_bytes, stop)
            except cx.DatabaseError as exc:
                if stop():
                    raise SnapshotCancelled() from None
                return [f"reading the rows failed: {exc}"]
        try:
            rows = cx.pragma_findings(conn, name)
        except cx.DatabaseError as exc:
            if stop():
                raise SnapshotCancelled() from None
            rows = [f"stopped: {exc}"]
        return [f"{name}: {row}" for row in rows[:20]]

    def run(name: str):
        try:
            conn = open_snapshot(path, key, cipher=cipher, read_only=read_only)
            with lock:
                running.append(conn)
            try:
                result = one(conn, name)
            finally:
                with lock:
                    running.remove(conn)
                conn.close()
            if isinstance(result, list) and result:
                failed.set()
            elif on_done is not None:
                on_done(name)
        except BaseException:
            failed.set()
            raise
        return result

    # one thread per check, even past the cores: measured faster (less waiting)
    results, errors = {}, []
    with ThreadPoolExecutor(max_workers=len(parts), thread_name_prefix="snapshot-check") as pool:
        futures = {name: pool.submit(run, name) for name in parts}
        while wait(futures.values(), timeout=_WATCH_SECONDS).not_done:
            if stop():
                with lock:
                    for conn in running:
                        conn.interrupt()
        for name, future in futures.items():
            try:
                results[name] = future.result()
            except BaseException as exc:  # noqa: BLE001 - the first real error is raised below
                errors.append(exc)
    real = [e for e in errors if not isinstance(e, SnapshotCancelled)]
    problems = [p for name in PARTS[:2] for p in results.get(name, [])]
    if isinstance(results.get("manifest"), list):
        problems += results["manifest"]
    if problems:
        return problems, {}
    if real:
        raise real[0]
    if errors:
        raise errors[0]
    return [], results["manifest"]
