"""Benchmark (not a timed test): the caseload's first page, its count, and opening one client
with 500 notes, on a demo centre; each against the same repository calls on an unencrypted
copy of the same database (ratio target <= 1.3x), plus the services end to end.

    .venv/bin/python tests/bench/bench_caseload.py                      # builds a 2,000-client demo
    .venv/bin/python tests/bench/bench_caseload.py --data-dir /tmp/demo20k   # an existing demo
        (made with `ASSIST_INSECURE_FAST_KDF=1 assist-desktop demo --clients 20000
         --notes-per-client 25`; passphrase on stdin)
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402  (bench only: a raw connection on each copy)

from assist_desktop.domain.clients import CaseloadQuery  # noqa: E402
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy  # noqa: E402
from assist_desktop.demo.data import DemoPlan, create_demo_centre  # noqa: E402
from assist_desktop.services.vault import Vault  # noqa: E402
from assist_desktop.storage.caseload_repository import CaseloadRepository  # noqa: E402
from assist_desktop.storage.client_repository import ClientRepository  # noqa: E402
from assist_desktop.storage.note_repository import NoteRepository  # noqa: E402

PASSPHRASE = "violet lantern orchard thimble 7"
RUNS = 9


def _connect(path: Path, key: bytes | None):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _median_ms(fn, runs=RUNS, warm=2) -> float:
    for _ in range(warm):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--clients", type=int, default=2000)
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    data_dir = args.data_dir
    if data_dir is None:
        data_dir = Path(tmp.name) / "demo"
        print(f"building a demo of {args.clients} clients ...", file=sys.stderr)
        create_demo_centre(data_dir, PASSPHRASE, DemoPlan(clients=args.clients,
                                                          notes_per_client=25),
                           kdf_policy=KdfPolicy(TEST_PARAMETERS))
    vault = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    centre = vault.unlock("solicitor", PASSPHRASE)
    key, user_id, today = centre.keeper.data_key, centre.session.user_id, date.today()
    services = centre.services
    try:
        enc = _connect(data_dir / "assist.db", key)
        plain_path = Path(tmp.name) / "plain.db"
        enc.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
        enc.execute("SELECT sqlcipher_export('plain')")
        enc.execute("DETACH DATABASE plain")
        plain = _connect(plain_path, None)
        heavy, notes = enc.execute("SELECT client_id, count(*) FROM case_notes GROUP BY client_id "
                                   "ORDER BY 2 DESC LIMIT 1").fetchone()
        clients = enc.execute("SELECT count(*) FROM clients").fetchone()[0]
        caseload, client_repo, note_repo = CaseloadRepository(), ClientRepository(), NoteRepository()
        first_page = CaseloadQuery(open_only=True, limit=100)

        def page(conn):
            return lambda: caseload.page(conn, user_id, first_page, today)

        def count(conn):
            return lambda: caseload.count(conn, user_id, first_page, today)

        def open_client(conn):
            return lambda: (client_repo.get(conn, heavy),
                            note_repo.list_for_client(conn, heavy, include_privileged=True))
        rows = []
        for label, make, target in (("caseload first page (100 rows)", page, 50),
                                    ("caseload count", count, 50),
                                    (f"open client with {notes} notes", open_client, 100)):
            e, p = _median_ms(make(enc)), _median_ms(make(plain))
            rows.append((label, e, p, e / p, target))
        end_to_end = {
            "caseload first page, ClientService": _median_ms(
                lambda: services.clients.caseload(first_page)),
            f"open client ({notes} notes), ClientService + NoteService": _median_ms(
                lambda: (services.clients.get(heavy), services.notes.list(heavy))),
        }
    finally:
        centre.lock()
    print(f"{clients} clients; medians of {RUNS} runs (ms)")
    print(f"{'query':45} {'SQLCipher':>10} {'plain':>8} {'ratio':>6} {'target':>7}")
    for label, e, p, ratio, target in rows:
        print(f"{label:45} {e:10.1f} {p:8.1f} {ratio:6.2f} {('<' + str(target)):>7}")
    for label, ms in end_to_end.items():
        print(f"{label:58} {ms:8.1f}  (includes the audit write)")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
