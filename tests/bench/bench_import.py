"""Benchmark (not a timed test): importing 5,000 clients from a CSV file into an existing demo
centre, with the conflict check on each person (against every client and party on record and
every row of the file), safety screening of each phone number, each check and decision stored,
a first note for half of them, all in one transaction. Target (issue #16): < 30 s.

    .venv/bin/python tests/bench/bench_import.py                  # builds a 2,000-client demo
    .venv/bin/python tests/bench/bench_import.py --data-dir /tmp/demo2k   # an existing demo
        (made with `ASSIST_INSECURE_FAST_KDF=1 assist-desktop demo --clients 2000`; a copy is
         imported into, so the demo is left as it was)

The names are drawn like the demo's (the same origins, scripts and spellings), so about as
many rows resemble someone on record as in a real move; every row needing a decision is
imported anyway. Prints the median of --runs runs of each step and of the whole (wall time),
and of the whole in CPU time (every thread of the process: the fairer figure on a shared
machine).
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assist_desktop.demo.corpus import ORIGINS  # noqa: E402
from assist_desktop.demo.data import DemoPlan, create_demo_centre  # noqa: E402
from assist_desktop.domain.client_import import suggest_mapping  # noqa: E402
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy  # noqa: E402
from assist_desktop.services.client_import import ClientImportService, Decision  # noqa: E402
from assist_desktop.services.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple 42"


_SYLLABLES = ("ka ri mo na le ta si vo du pe la ne zu ha mi to ra be go fi ju ko sa "
              "de lu wa yo che shi tra bri").split()


def _made_up(rng) -> tuple[str]:
    """A name of the demo's kind that no one on record has (names=mixed)."""
    return ("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize(),)


def make_csv(rows: int, seed: int = 7, names: str = "demo") -> bytes:
    rng = random.Random(seed)
    weights = [o.weight for o in ORIGINS]
    lines = ["Given names,Family name,Other names,Date of birth,Nationality,Languages,"
             "Interpreter,Phone,Notes"]
    for i in range(rows):
        origin = rng.choices(ORIGINS, weights)[0]
        given, family = rng.choice(origin.given), rng.choice(origin.family)
        if names == "mixed":
            given, family = _made_up(rng), _made_up(rng)
        other = "; ".join(given[1:2] + family[1:2])
        born = rng.choice([f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                           f"{rng.randint(1965, 2006)}", f"about {rng.randint(1965, 2006)}",
                           str(rng.randint(1965, 2006)), ""])
        language = "; ".join(f"{l} ({d})" if d else l for l, d in origin.languages[:2])
        phone = f"07700 91{i:04d}" if i % 3 == 0 else ""
        note = f"Referred by the outreach team; first seen {rng.randint(1, 28)} March" \
            if i % 2 == 0 else ""
        lines.append(",".join(f'"{v}"' for v in (given[0], family[0], other, born,
                                                 origin.nationality, language,
                                                 rng.choice(["yes", "no"]), phone, note)))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def one_run(source_dir: Path, data: bytes) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "centre"
        shutil.copytree(source_dir, data_dir)
        vault = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
        centre = vault.unlock("solicitor", PASSPHRASE)
        try:
            service = ClientImportService(centre.db, centre.session, centre.audit_log)
            times = {}
            start, start_cpu = time.perf_counter(), time.process_time()
            source = service.read(data, "clients.csv")
            times["read"] = time.perf_counter() - start
            mark = time.perf_counter()
            preview = service.preview(source, suggest_mapping(source.header), today=date.today())
            times["preview"] = time.perf_counter() - mark
            decisions = {r.row: Decision.IMPORT for r in preview.to_decide}
            mark = time.perf_counter()
            result = service.run(preview, decisions)
            times["run"] = time.perf_counter() - mark
            times["total"] = time.perf_counter() - start
            times["cpu"] = time.process_time() - start_cpu   # every thread of the process
            times["to_decide"] = len(decisions)
            times["imported"] = result.imported
            times["alerts"] = result.alerts
            return times
        finally:
            centre.lock()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--names", choices=("demo", "mixed"), default="demo",
                        help="demo: drawn from the demo's own name lists, so nearly every row "
                             "resembles someone on record (the worst case); mixed: made-up "
                             "names that resemble few")
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    source = args.data_dir
    if source is None:
        source = Path(tmp.name) / "demo"
        print(f"building a demo of {args.clients} clients ...", file=sys.stderr)
        create_demo_centre(source, PASSPHRASE, DemoPlan(clients=args.clients,
                                                        notes_per_client=2),
                           kdf_policy=KdfPolicy(TEST_PARAMETERS))
    data = make_csv(args.rows, names=args.names)
    runs = [one_run(source, data) for _ in range(args.runs)]
    for key in ("read", "preview", "run", "total", "cpu"):
        values = [r[key] for r in runs]
        print(f"{key:8s} median {statistics.median(values):7.2f} s   "
              f"(runs: {', '.join(f'{v:.2f}' for v in values)})")
    last = runs[-1]
    print(f"rows {args.rows}: imported {last['imported']:.0f}, needing a decision "
          f"{last['to_decide']:.0f}, safety alerts {last['alerts']:.0f}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
