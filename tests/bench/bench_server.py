"""Benchmark (not a timed test): a centre server with 10 laptops on loopback, against the
same operations on the same centre in standalone mode, measured in the same run.

Builds a demo centre (fictional data, fast Argon2 as the demo uses), sets it up as a server,
starts `assist-desktop server run` as a real process with real mutual TLS, and enrols the
laptops. Each laptop is its own process (as a laptop is its own machine: the laptops do not
share one interpreter and its lock), signs in as the demo solicitor and repeats a mix: search
a name (what the search box sends, close names on), open a file (the client and her notes),
save a note (with its idempotency key). Three ways, every run:

- people: each laptop pauses between operations as a person does (a random pause of
  --think seconds, 0.2-1.0 by default: reading the results, typing the note); the latency
  of each operation is what that person waits for;
- saturation: the same laptops with no pause at all (closed loop): the server's worst case,
  each laptop asking again the moment it is answered;
- one laptop, no pause: the cost of the wire itself against standalone.

Then the server is stopped and the same mix runs standalone (the centre opened in this
process, one person, no pause), for the ratios.

Prints p50/p95 per operation (medians over --runs runs of each run's percentiles), the server's
CPU time per mix (user + system, all its threads: what a loaded machine does not change much),
its resident memory (VmRSS at the end and VmHWM, its peak), the load average, and the ratios.
The laptops' processes share the machine's cores with the server here; on a real network each
is its own machine.

    .venv/bin/python tests/bench/bench_server.py                  # 300 clients, 10 laptops
    .venv/bin/python tests/bench/bench_server.py --clients 1000 --runs 5
Targets (issue #15): search p95 < 50 ms end to end, save p95 < 100 ms, server RSS < 500 MB.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "server"))

PASSPHRASE = "correct horse battery staple 42"
WORDS = ["Ana", "Kanya", "Fifi", "Tesfay", "Rusu", "Lê", "Okeke", "Bùi", "Basha", "Yang"]
OPERATIONS = ("search", "open file", "save note")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def make_demo(folder: Path, clients: int) -> None:
    env = dict(os.environ, ASSIST_INSECURE_FAST_KDF="1", PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "assist_desktop", "demo", "--data-dir", str(folder),
                    "--clients", str(clients)], input=f"{PASSPHRASE}\n".encode(), env=env,
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def mix(services, user_id: int, client_ids: list[int], rounds: int, seed: int,
        think: tuple[float, float] | None) -> dict[str, list[float]]:
    """`rounds` times: search, open a file, save a note; with `think`, a person's pause
    (uniform in that range, seconds) before each operation."""
    from assist_desktop.domain.notes import CaseNote, NoteType
    rng = random.Random(seed)
    timings: dict[str, list[float]] = {key: [] for key in OPERATIONS}

    def pause():
        if think is not None:
            time.sleep(rng.uniform(*think))
    for _ in range(rounds):
        pause()
        started = time.perf_counter()
        services.search.search(rng.choice(WORDS))
        timings["search"].append(time.perf_counter() - started)
        client_id = rng.choice(client_ids)
        pause()
        started = time.perf_counter()
        services.clients.get(client_id)
        services.notes.list(client_id)
        timings["open file"].append(time.perf_counter() - started)
        note = CaseNote(client_id=client_id, note_type=list(NoteType)[0], note_date=date.today(),
                        title="Benchmark note", body="Fictional text. " * 20, author_id=user_id)
        pause()
        started = time.perf_counter()
        services.notes.create(note, str(uuid.uuid4()))
        timings["save note"].append(time.perf_counter() - started)
    return timings


# --- a laptop: its own process ---------------------------------------------------------------
def laptop_main(pipe, identity) -> None:
    """Waits for ("run", rounds, seed, think); signs in, says "ready", waits for "go", runs
    the mix, sends its timings, signs out. ("stop",) ends it."""
    from assist_desktop.remote.connection import Connection
    from assist_desktop.remote.services import RemoteCentre
    connection = Connection(identity, timeout=60)
    try:
        while True:
            order = pipe.recv()
            if order[0] == "stop":
                return
            _, rounds, seed, think = order
            person = RemoteCentre(connection, "solicitor", PASSPHRASE)
            try:
                client_ids = [c.id for c in person.services.clients.caseload()]
                person.changes.connected.wait(10)
                pipe.send("ready")
                pipe.recv()                      # "go": every laptop starts at once
                cpu = time.process_time()
                timings = mix(person.services, person.session.user_id, client_ids, rounds,
                              seed, think)
                timings["laptop cpu"] = [time.process_time() - cpu]
                pipe.send(timings)
            finally:
                person.lock()
    finally:
        connection.close()


def server_cpu(pid: int) -> float:
    """User + system CPU seconds of every thread of the process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss(pid: int) -> tuple[float, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def server_run(server, pipes, rounds: int, think, seed: int) -> dict:
    for number, pipe in enumerate(pipes):    # one after another: simultaneous sign-ins to
        pipe.send(("run", rounds, seed * 1000 + number, think))   # one account are throttled
        if pipe.recv() != "ready":
            raise RuntimeError("a laptop did not sign in")
    cpu_before, started = server_cpu(server.proc.pid), time.perf_counter()
    for pipe in pipes:
        pipe.send("go")
    timings = {key: [] for key in OPERATIONS + ("laptop cpu",)}
    for pipe in pipes:
        for key, values in pipe.recv().items():
            timings[key].extend(values)
    elapsed = time.perf_counter() - started
    mixes = rounds * len(pipes)
    return {"timings": timings, "memory": rss(server.proc.pid),
            "cpu per mix": (server_cpu(server.proc.pid) - cpu_before) / mixes,
            "laptop cpu per mix": sum(timings["laptop cpu"]) / mixes,
            "mixes per s": mixes / elapsed, "load": os.getloadavg()[0]}


def standalone_run(data_dir: Path, rounds: int, seed: int) -> dict:
    from assist_desktop.services.vault import Vault
    centre = Vault(data_dir).unlock("solicitor", PASSPHRASE)
    try:
        centre.sealed_search_ready.result(timeout=120)   # as the server's, built before
        client_ids = [c.id for c in centre.services.clients.caseload()]
        cpu = time.process_time()
        timings = mix(centre.services, centre.session.user_id, client_ids, rounds, seed, None)
        return {"timings": timings, "cpu per mix": (time.process_time() - cpu) / rounds,
                "load": os.getloadavg()[0]}
    finally:
        centre.lock()


def report(title: str, runs: list[dict], alone: list[dict]) -> None:
    def summary(results, key, q):
        return statistics.median(percentile(r["timings"][key], q) for r in results) * 1000

    print(f"\n{title}")
    print(f"{'operation':<12} {'server p50':>11} {'server p95':>11} {'alone p50':>10} "
          f"{'alone p95':>10} {'p95 ratio':>10}")
    for key in OPERATIONS:
        s50, s95 = summary(runs, key, 0.5), summary(runs, key, 0.95)
        a50, a95 = summary(alone, key, 0.5), summary(alone, key, 0.95)
        print(f"{key:<12} {s50:>9.1f}ms {s95:>9.1f}ms {a50:>8.1f}ms {a95:>8.1f}ms "
              f"{s95 / a95:>9.2f}x")
    cpu = statistics.median(r["cpu per mix"] for r in runs) * 1000
    alone_cpu = statistics.median(r["cpu per mix"] for r in alone) * 1000
    laptop = statistics.median(r["laptop cpu per mix"] for r in runs) * 1000
    print(f"server CPU per mix {cpu:.1f} ms, a laptop's {laptop:.1f} ms (standalone, the "
          f"whole process: {alone_cpu:.1f} ms); "
          f"{statistics.median(r['mixes per s'] for r in runs):.1f} mixes/s; load average "
          f"{min(r['load'] for r in runs):.1f}-{max(r['load'] for r in runs):.1f}")
    print(f"server memory: VmRSS {statistics.median(r['memory'][0] for r in runs):.0f} MB, "
          f"peak (VmHWM) {max(r['memory'][1] for r in runs):.0f} MB")


def parse_think(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    low, high = float(low), float(high or low)
    if not 0 <= low <= high:
        raise argparse.ArgumentTypeError("give the pause as LOW-HIGH seconds, e.g. 0.2-1.0")
    return low, high


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=12,
                        help="mixes per laptop per run with a person's pauses")
    parser.add_argument("--closed-rounds", type=int, default=15,
                        help="mixes per laptop per run without pauses")
    parser.add_argument("--think", type=parse_think, default=(0.2, 1.0),
                        help="a person's pause before each operation, LOW-HIGH seconds")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--demo", type=Path,
                        help="a demo centre made earlier (copied, never changed) instead of "
                             "building one")
    args = parser.parse_args()
    ctx = mp.get_context("spawn")          # no fork of a process that has used gRPC
    from server_harness import ServerProcess
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        workdir = Path(tmp)
        data_dir = workdir / "data"
        if args.demo:
            shutil.copytree(args.demo, data_dir)
        else:
            print(f"building a demo centre of {args.clients} clients…", flush=True)
            make_demo(data_dir, args.clients)
        server = ServerProcess(data_dir)
        server.init()
        server.start()
        pipes, processes = [], []
        people, saturated, single = [], [], []
        try:
            for number in range(args.laptops):
                identity = server.enrol(workdir / f"laptop-{number}", f"Bench laptop {number}")
                ours, theirs = ctx.Pipe()
                process = ctx.Process(target=laptop_main, args=(theirs, identity), daemon=True)
                process.start()
                pipes.append(ours)
                processes.append(process)
            print(f"server pid {server.proc.pid}; {args.laptops} laptop processes", flush=True)
            for run in range(args.runs):
                people.append(server_run(server, pipes, args.rounds, args.think, run))
                saturated.append(server_run(server, pipes, args.closed_rounds, None, run))
                single.append(server_run(server, pipes[:1], args.closed_rounds * 2, None, run))
                print(f"run {run + 1} of {args.runs} done", flush=True)
        finally:
            for pipe in pipes:
                try:
                    pipe.send(("stop",))
                except OSError:
                    pass
            for process in processes:
                process.join(30)
            server.stop()
        alone = [standalone_run(data_dir, args.closed_rounds * 2, 99 + run)
                 for run in range(args.runs)]

    low, high = args.think
    print(f"\n{args.clients} clients; medians over {args.runs} runs of each run's percentiles; "
          f"each laptop its own process, all on this machine's {os.cpu_count()} cores with "
          f"the server; standalone: one person in one process, no pause")
    report(f"{args.laptops} laptops, people (a pause of {low:g}-{high:g} s before each "
           f"operation), {args.rounds} mixes each", people, alone)
    report(f"{args.laptops} laptops, saturation (no pause), {args.closed_rounds} mixes each",
           saturated, alone)
    report(f"1 laptop, no pause, {args.closed_rounds * 2} mixes", single, alone)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
