"""Benchmark (not a timed test): a centre server with 10 laptops on loopback, against the
same operations on the same centre in standalone mode, measured in the same run.

Builds a demo centre (fictional data, fast Argon2 as the demo uses), sets it up as a server,
starts `assist-desktop server run` as a real process with real mutual TLS, and enrols 10
laptops. Each laptop signs in as the demo solicitor and repeats a mix: search a name (what
the search box sends, close names on), open a file (the client and her notes), save a note
(with its idempotency key). Then the server is stopped and the same mix runs standalone
(the centre opened in this process, one person), for the ratio.

Prints p50/p95 per operation (medians over --runs runs), the server's resident memory
(VmRSS at the end and VmHWM, its peak) and the ratios.

    .venv/bin/python tests/bench/bench_server.py                   # 300 clients, 10 laptops
    .venv/bin/python tests/bench/bench_server.py --clients 1000 --laptops 10 --rounds 30 --runs 3
Targets (issue #15): search p95 < 50 ms end to end, save p95 < 100 ms, server RSS < 500 MB.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "server"))

from assist_desktop.domain.notes import CaseNote, NoteType  # noqa: E402
from server_harness import ServerProcess  # noqa: E402

PASSPHRASE = "correct horse battery staple 42"
WORDS = ["Ana", "Kanya", "Fifi", "Tesfay", "Rusu", "Lê", "Okeke", "Bùi", "Basha", "Yang"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def make_demo(folder: Path, clients: int) -> None:
    env = dict(os.environ, ASSIST_INSECURE_FAST_KDF="1", PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "assist_desktop", "demo", "--data-dir", str(folder),
                    "--clients", str(clients)], input=f"{PASSPHRASE}\n".encode(), env=env,
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def mix(services, user_id: int, client_ids: list[int], rounds: int, seed: int,
        timings: dict[str, list[float]]) -> None:
    rng = random.Random(seed)
    for _ in range(rounds):
        started = time.perf_counter()
        services.search.search(rng.choice(WORDS))
        timings["search"].append(time.perf_counter() - started)
        client_id = rng.choice(client_ids)
        started = time.perf_counter()
        services.clients.get(client_id)
        services.notes.list(client_id)
        timings["open file"].append(time.perf_counter() - started)
        note = CaseNote(client_id=client_id, note_type=list(NoteType)[0], note_date=date.today(),
                        title="Benchmark note", body="Fictional text. " * 20, author_id=user_id)
        started = time.perf_counter()
        services.notes.create(note, str(uuid.uuid4()))
        timings["save note"].append(time.perf_counter() - started)


def rss(pid: int) -> tuple[float, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def server_run(server: ServerProcess, workdir: Path, laptops: int, rounds: int, run: int):
    from server_harness import sign_in  # noqa: F401  (harness passphrases are the tests')
    from assist_desktop.remote.services import RemoteCentre
    people = []
    for number in range(laptops):
        connection = server.laptop(workdir / f"run{run}", f"Bench laptop {number}")
        people.append(RemoteCentre(connection, "solicitor", PASSPHRASE))
    client_ids = [c.id for c in people[0].services.clients.caseload()]
    timings = {"search": [], "open file": [], "save note": []}
    per_laptop = [{k: [] for k in timings} for _ in people]
    threads = [threading.Thread(target=mix, args=(p.services, p.session.user_id, client_ids,
                                                   rounds, n, per_laptop[n]))
               for n, p in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for part in per_laptop:
        for key, values in part.items():
            timings[key].extend(values)
    memory = rss(server.proc.pid)
    for person in people:
        person.lock()
    return timings, memory


def standalone_run(data_dir: Path, rounds: int):
    from assist_desktop.services.vault import Vault
    centre = Vault(data_dir).unlock("solicitor", PASSPHRASE)
    try:
        client_ids = [c.id for c in centre.services.clients.caseload()]
        timings = {"search": [], "open file": [], "save note": []}
        mix(centre.services, centre.session.user_id, client_ids, rounds, 99, timings)
        return timings
    finally:
        centre.lock()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=20, help="mixes per laptop per run")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        workdir = Path(tmp)
        data_dir = workdir / "data"
        print(f"building a demo centre of {args.clients} clients…", flush=True)
        make_demo(data_dir, args.clients)
        server = ServerProcess(data_dir)
        server.init()
        server.start()
        results, memories = [], []
        try:
            for run in range(args.runs):
                timings, memory = server_run(server, workdir, args.laptops, args.rounds, run)
                results.append(timings)
                memories.append(memory)
        finally:
            server.stop()
        alone = [standalone_run(data_dir, args.rounds * 2) for _ in range(args.runs)]

    def summary(runs, key, q):
        return statistics.median(percentile(r[key], q) for r in runs) * 1000

    print(f"\n{args.laptops} laptops x {args.rounds} mixes, {args.runs} runs "
          f"(medians of per-run percentiles), {args.clients} clients")
    print(f"{'operation':<12} {'server p50':>11} {'server p95':>11} {'alone p50':>10} "
          f"{'alone p95':>10} {'p95 ratio':>10}")
    for key in ("search", "open file", "save note"):
        s50, s95 = summary(results, key, 0.5), summary(results, key, 0.95)
        a50, a95 = summary(alone, key, 0.5), summary(alone, key, 0.95)
        print(f"{key:<12} {s50:>9.1f}ms {s95:>9.1f}ms {a50:>8.1f}ms {a95:>8.1f}ms "
              f"{s95 / a95:>9.2f}x")
    print(f"server memory: VmRSS {statistics.median(m[0] for m in memories):.0f} MB, "
          f"peak (VmHWM) {max(m[1] for m in memories):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
