"""Benchmark (not a timed test): what separation by key costs (#14).

Builds (or reuses) a centre through the application's own code (Vault, repositories, the
keyring): --clients clients, --privileged privileged notes, --notes ordinary notes,
--restricted restricted clients (one of them with --big notes). Then a copy of it as today's
layout would hold it (every record in the clear, privileged text in the shared index), and
times, alternating the two so load from elsewhere on the machine falls on both alike:

- unlock: Vault.unlock of a solicitor, sealed centre vs the copy with sealing switched off
  (test Argon2 parameters on both: the KDF is the same either way and would hide the rest);
- search: SearchService.search as a solicitor named on the restricted files, at once
  (close=False) and with close names; p50/p95 over the query set, median over --runs runs;
  the first search on the sealed centre (which builds the in-memory index) separately;
- opening a restricted client's notes: NoteService.list of the client with --big notes.

    .venv/bin/python tests/bench/bench_sealed.py                       # 20,000 clients
    .venv/bin/python tests/bench/bench_sealed.py --clients 2000 --notes 10000 --runs 3
    .venv/bin/python tests/bench/bench_sealed.py --workdir /tmp/bench-sealed   # keep, reuse
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_search import FAMILY, GIVEN, WORDS, note_text, percentile, search_queries  # noqa: E402

from assist_desktop.domain.clients import Client  # noqa: E402
from assist_desktop.domain.notes import CaseNote, NoteType  # noqa: E402
from assist_desktop.domain.records import Jurisdiction  # noqa: E402
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy  # noqa: E402
from assist_desktop.services import open_centre  # noqa: E402
from assist_desktop.services.sealing import Keyring  # noqa: E402
from assist_desktop.services.vault import Vault  # noqa: E402
from assist_desktop.storage import sealed_records, sealed_reseal  # noqa: E402
from assist_desktop.storage.client_repository import ClientRepository  # noqa: E402
from assist_desktop.storage.note_repository import NoteRepository  # noqa: E402
from assist_desktop.storage.search_index import SearchIndex  # noqa: E402

PASS = "correct horse battery staple 42"


def vault(folder: Path) -> Vault:
    return Vault(folder, kdf_policy=KdfPolicy(TEST_PARAMETERS))


def build(folder: Path, args) -> None:
    rng = random.Random(5)
    centre, _code = vault(folder).create(
        centre_name="Bench Centre", jurisdiction="england-wales", admin_username="admin",
        admin_full_name="Bench Admin", passphrase=PASS, roles=("administrator", "solicitor"))
    try:
        users = centre.services.users
        sol = users.add_user("sol", "Bench Solicitor", ["solicitor"], PASS, must_change=False).id
        sup = users.add_user("sup", "Bench Support", ["support-worker"], PASS,
                             must_change=False).id
        clients, notes = ClientRepository(), NoteRepository()
        restricted = set(rng.sample(range(args.clients), args.restricted))
        ids: list[int] = []
        for start in range(0, args.clients, 1000):
            def write(conn, start=start):
                made = []
                for i in range(start, min(args.clients, start + 1000)):
                    made.append(clients.create(conn, Client(
                        jurisdiction=rng.choice(list(Jurisdiction)),
                        given_names=rng.choice(GIVEN), family_name=rng.choice(FAMILY),
                        date_of_birth=date(1975, 1, 1) + timedelta(days=rng.randint(0, 11000)),
                        restricted_to=frozenset({sol, sup}) if i in restricted else frozenset()
                    )).id)
                return made
            ids += centre.db.write(write)
            print(f"  clients {len(ids):>7,}", end="\r", flush=True)
        centre.db.write(SearchIndex().sync)
        big = ids[min(restricted)]
        names = dict(centre.db.read(lambda c: c.execute(
            "SELECT id, given_names FROM clients").fetchall()))
        plan = ([(rng.choice(ids), True) for _ in range(args.privileged)]
                + [(rng.choice(ids), False) for _ in range(args.notes)]
                + [(big, False)] * args.big)
        rng.shuffle(plan)
        for start in range(0, len(plan), 5000):
            def write(conn, chunk=plan[start:start + 5000]):
                for client_id, privileged in chunk:
                    notes.create(conn, CaseNote(
                        client_id=client_id, note_type=rng.choice(list(NoteType)),
                        note_date=date(2022, 1, 1) + timedelta(days=rng.randint(0, 1500)),
                        title=" ".join(rng.choice(WORDS) for _ in range(3)).capitalize(),
                        body=note_text(rng, names[client_id]), privileged=privileged,
                        author_id=sol), uuid.uuid4().hex)
            centre.db.write(write)
            print(f"  notes {min(start + 5000, len(plan)):>7,}/{len(plan):,}", end="\r",
                  flush=True)
        print()
        started = time.perf_counter()
        centre.db.write(centre.keyring.reconcile_and_forget)   # the restricted files sealed
        print(f"  {args.restricted} restricted files sealed in "
              f"{time.perf_counter() - started:.1f} s")
        centre.db.write(lambda c: c.execute(
            "INSERT INTO settings (key, value) VALUES ('bench_big_client', ?)", (str(big),)))
    finally:
        centre.lock()


def unsealed_copy(folder: Path, plain: Path) -> None:
    """Today's layout: the same centre with every record opened and no compartments."""
    if plain.exists():
        shutil.rmtree(plain)
    shutil.copytree(folder, plain)
    centre = vault(plain).unlock("sol", PASS)
    try:
        def open_all(conn):
            for name in [n for (n,) in conn.execute("SELECT name FROM compartments")]:
                for gen in [g for (g,) in conn.execute(
                        "SELECT generation FROM compartments WHERE name = ?", (name,))]:
                    centre.keyring._key(conn, name, gen)
            conn.execute("DELETE FROM compartments")
            failures = (sealed_reseal.reseal_notes(conn, "n.sealed_with IS NOT NULL")
                        + sealed_reseal.reseal_attachments(conn, "a.sealed_with IS NOT NULL")
                        + sealed_reseal.reseal_documents(conn, "d.sealed_with IS NOT NULL"))
            assert not failures, failures[:3]
        centre.db.write(open_all)
    finally:
        centre.lock()


class _TodayKeyring(Keyring):
    """Today's unlock: no compartment keys, nothing reconciled."""

    def reconcile_and_forget(self, conn, **kwargs):
        return []


def unlock_today(folder: Path):
    real = open_centre.Keyring
    open_centre.Keyring = _TodayKeyring
    try:
        return vault(folder).unlock("sol", PASS)
    finally:
        open_centre.Keyring = real


def median_ms(values):
    return statistics.median(values) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--privileged", type=int, default=25_000)
    parser.add_argument("--notes", type=int, default=75_000)
    parser.add_argument("--restricted", type=int, default=200)
    parser.add_argument("--big", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        return run(args, args.workdir)
    with tempfile.TemporaryDirectory(prefix="assist-bench-sealed-") as tmp:
        return run(args, Path(tmp))


def run(args, workdir: Path) -> int:
    tag = f"{args.clients}c-{args.privileged}p-{args.notes}n-{args.restricted}r"
    sealed_dir, plain_dir = workdir / f"sealed-{tag}", workdir / f"today-{tag}"
    if not (sealed_dir / "assist.db").exists():
        print(f"building {tag} in {sealed_dir} ...")
        started = time.perf_counter()
        build(sealed_dir, args)
        print(f"  built in {time.perf_counter() - started:.0f} s")
    if not (plain_dir / "assist.db").exists():
        started = time.perf_counter()
        unsealed_copy(sealed_dir, plain_dir)
        print(f"  today's copy (all opened) in {time.perf_counter() - started:.0f} s")

    # --- unlock ----------------------------------------------------------------------------
    unlock = {"sealed": [], "today": []}
    for _ in range(args.runs):
        for label, folder in (("sealed", sealed_dir), ("today", plain_dir)):
            started = time.perf_counter()
            centre = (vault(folder).unlock("sol", PASS) if label == "sealed"
                      else unlock_today(folder))
            unlock[label].append(time.perf_counter() - started)
            centre.lock()
    # --- search and opening her notes -------------------------------------------------------
    sealed_c, today_c = vault(sealed_dir).unlock("sol", PASS), unlock_today(plain_dir)
    try:
        big = int(sealed_c.db.read(lambda c: c.execute(
            "SELECT value FROM settings WHERE key = 'bench_big_client'").fetchone()[0]))
        rng = random.Random(11)
        queries = sealed_c.db.read(lambda c: search_queries(rng, c))
        started = time.perf_counter()
        sealed_c.services.search.search("tribunal", close=False)
        first_search = time.perf_counter() - started
        today_c.services.search.search("tribunal", close=False)
        # Wall time, and CPU time of this process (every thread: the owner thread does the
        # work), which other programs on a loaded machine disturb far less.
        figures: dict[str, list[tuple[float, float]]] = {}
        cpu: dict[str, list[tuple[float, float]]] = {}
        for close in (False, True):
            for run_ in range(args.runs + 1):               # the first run warms, untimed
                times = {"sealed": [], "today": []}
                cpu_times = {"sealed": [], "today": []}
                for query in queries:
                    for label, centre in (("sealed", sealed_c), ("today", today_c)):
                        started, cpu_started = time.perf_counter(), time.process_time()
                        centre.services.search.search(query, close=close)
                        times[label].append((time.perf_counter() - started) * 1000)
                        cpu_times[label].append((time.process_time() - cpu_started) * 1000)
                if run_:
                    for label, values in times.items():
                        key = f"{label}{'+close' if close else ''}"
                        figures.setdefault(key, []).append(
                            (percentile(values, 0.5), percentile(values, 0.95)))
                        cpu.setdefault(key, []).append(
                            (percentile(cpu_times[label], 0.5),
                             percentile(cpu_times[label], 0.95)))
        opening = {"sealed": [], "today": []}
        opening_cpu = {"sealed": [], "today": []}
        for _ in range(args.runs * 4):
            for label, centre in (("sealed", sealed_c), ("today", today_c)):
                started, cpu_started = time.perf_counter(), time.process_time()
                listed = centre.services.notes.list(big)
                opening[label].append(time.perf_counter() - started)
                opening_cpu[label].append(time.process_time() - cpu_started)
        assert len(listed) >= args.big and all("could not be decrypted" not in n.title
                                               for n in listed)
        found = sealed_c.services.search.search("tribunal", limit=500)
        assert found, "the sealed centre's search found nothing"
    finally:
        sealed_c.lock()
        today_c.lock()

    print(f"\n{tag}: medians of {args.runs} runs (today = the same centre, nothing sealed)")
    u_s, u_t = median_ms(unlock["sealed"]), median_ms(unlock["today"])
    print(f"unlock (test Argon2):         sealed {u_s:7.0f} ms  today {u_t:7.0f} ms  "
          f"overhead {u_s - u_t:+.0f} ms (target < 500 ms)")
    print(f"first search (builds index):  {first_search * 1000:7.0f} ms")
    for close in ("", "+close"):
        s50 = statistics.median(p for p, _ in figures[f"sealed{close}"])
        s95 = statistics.median(p for _, p in figures[f"sealed{close}"])
        t50 = statistics.median(p for p, _ in figures[f"today{close}"])
        t95 = statistics.median(p for _, p in figures[f"today{close}"])
        print(f"search{close or ' at once':>12}:  sealed p50 {s50:6.1f} p95 {s95:6.1f} ms  "
              f"today p50 {t50:6.1f} p95 {t95:6.1f} ms  p95 ratio {s95 / t95:.2f} "
              f"(target <= 1.3)")
        c95 = statistics.median(p for _, p in cpu[f"sealed{close}"])
        d95 = statistics.median(p for _, p in cpu[f"today{close}"])
        print(f"{'CPU time':>18}:  sealed p95 {c95:6.1f} ms  today p95 {d95:6.1f} ms  "
              f"p95 ratio {c95 / d95:.2f}")
    o_s, o_t = median_ms(opening["sealed"]), median_ms(opening["today"])
    print(f"restricted client, {len(listed)} notes listed: sealed {o_s:6.1f} ms  today "
          f"{o_t:6.1f} ms  ratio {o_s / o_t:.2f} (target < 100 ms)")
    c_s, c_t = median_ms(opening_cpu["sealed"]), median_ms(opening_cpu["today"])
    print(f"{'CPU time':>18}:  sealed {c_s:6.1f} ms  today {c_t:6.1f} ms  "
          f"ratio {c_s / c_t:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
