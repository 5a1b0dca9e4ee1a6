"""Checking a snapshot: cipher_integrity_check, integrity_check and its manifest, in parallel.

Each check has its own read connection on its own thread (SQLite releases the GIL while a
statement runs), so on a machine with several cores the three take about as long as the
slowest one. The first failure or a cancel stops the others.
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from assist_desktop.storage import connection as cx
from assist_desktop.storage.snapshot import SNAPSHOT_CIPHER, install_stop, open_snapshot
from assist_desktop.storage.snapshot_manifest import (OnBytes, ShouldStop, SnapshotCancelled,
                                                      compute_manifest)

PARTS = ("cipher_integrity_check", "integrity_check", "manifest")


def check_snapshot(path: Path, key: bytes, *, cipher: dict = SNAPSHOT_CIPHER,
                   read_only: bool = True, on_bytes: OnBytes | None = None,
                   on_done: Callable[[str], None] | None = None,
                   should_stop: ShouldStop | None = None,
                   workers: int | None = None) -> tuple[list[str], dict]:
    """(problems, manifest). Raises SnapshotCancelled if should_stop() said yes."""
    failed = threading.Event()

    def stop() -> bool:
        return failed.is_set() or (should_stop is not None and should_stop())

    def pragma(name: str, ok: list[str]) -> list[str]:
        conn = open_snapshot(path, key, cipher=cipher, read_only=read_only)
        try:
            install_stop(conn, stop)
            try:
                rows = [str(row[0]) for row in conn.execute(f"PRAGMA {name}")]
            except cx.DatabaseError as exc:
                if stop():
                    raise SnapshotCancelled() from None
                rows = [f"stopped: {exc}"]
            return [] if rows == ok else [f"{name}: {row}" for row in rows[:20]]
        finally:
            conn.close()

    def manifest() -> dict:
        conn = open_snapshot(path, key, cipher=cipher, read_only=read_only)
        try:
            return compute_manifest(conn, on_bytes, stop)
        finally:
            conn.close()

    def run(name: str):
        try:
            if name == "manifest":
                try:
                    result = manifest()
                except cx.DatabaseError as exc:
                    result = [f"reading the rows failed: {exc}"]
            else:
                result = pragma(name, [] if name == "cipher_integrity_check" else ["ok"])
        except BaseException:
            failed.set()
            raise
        if isinstance(result, list) and result:
            failed.set()
        if on_done is not None:
            on_done(name)
        return result

    count = workers or max(1, min(len(PARTS), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="snapshot-check") as pool:
        futures = {name: pool.submit(run, name) for name in PARTS}
        results, errors = {}, []
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
