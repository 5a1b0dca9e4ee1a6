"""Benchmark (not a timed test): every shipped statistics report on a big demo centre.

Builds (or reuses, --workdir) a demo centre of N clients with the demo generator (the same
invented files as `assist_desktop demo`), then times StatisticsService.run end to end (every
table's SQL, suppression, the audit row) for each report and each period shape:

- 12 months by month (12 columns + total), 3 years by quarter, 5 years by year.

Every figure is the median over --runs runs after one warm-up run (wall time, and the CPU
time of the process, every thread: a fairer figure on a shared machine). Target: every
report < 1 s on 20,000 clients.

    .venv/bin/python tests/bench/bench_stats.py                         # 20,000 clients
    .venv/bin/python tests/bench/bench_stats.py --clients 5000 --runs 5
    .venv/bin/python tests/bench/bench_stats.py --workdir /tmp/bench-stats   # keep and reuse
    .venv/bin/python tests/bench/bench_stats.py --compare    # also the first-shipped queries

--compare also times each report with the straightforward queries first shipped (kept as the
tests' reference, tests/unit/statistics_reference.py), alternating run by run, and gives the
ratio of the medians measured in the same run (the machine is shared; ratios travel better).
--before FILE does the same with an older storage/statistics_repository.py (e.g.
`git show COMMIT:assist_desktop/storage/statistics_repository.py > /tmp/old_repo.py`): the
code before a change, on the same centre, in the same run (the newer indexes stay in place;
the older queries do not name them).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assist_desktop.demo.data import DemoPlan, create_demo_centre  # noqa: E402
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy  # noqa: E402
from assist_desktop.services.statistics import StatisticsService  # noqa: E402
from assist_desktop.services.vault import Vault  # noqa: E402

PASSPHRASE = "violet lantern orchard thimble 7"
TODAY = date(2026, 3, 2)
SHAPES = (("12 months by month", date(2025, 3, 1), date(2026, 2, 28), "month"),
          ("3 years by quarter", date(2023, 1, 1), date(2025, 12, 31), "quarter"),
          ("5 years by year", date(2021, 1, 1), date(2025, 12, 31), "year"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20000)
    parser.add_argument("--notes-per-client", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", help="keep the centre here and reuse it next time")
    parser.add_argument("--compare", action="store_true",
                        help="also time the first-shipped queries, paired run by run")
    parser.add_argument("--before", type=Path,
                        help="an older statistics_repository.py to time instead, paired")
    args = parser.parse_args()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench-stats-"))
    data = work / f"centre-{args.clients}"
    kdf = KdfPolicy(TEST_PARAMETERS)
    if not data.exists():
        print(f"making a demo centre of {args.clients} clients…", flush=True)
        began = time.perf_counter()
        create_demo_centre(data, PASSPHRASE, DemoPlan(clients=args.clients,
                                                      notes_per_client=args.notes_per_client,
                                                      today=TODAY), kdf_policy=kdf)
        print(f"  made in {time.perf_counter() - began:.0f} s", flush=True)
    centre = Vault(data, kdf_policy=kdf).unlock("solicitor", PASSPHRASE)
    try:
        service = StatisticsService(centre.db, centre.session, centre.audit_log)
        old = None
        if args.before:
            import importlib.util
            spec = importlib.util.spec_from_file_location("statistics_before", args.before)
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module           # dataclasses look their module up
            spec.loader.exec_module(module)
            old = StatisticsService(centre.db, centre.session, centre.audit_log,
                                    repository=module.StatisticsRepository())
        elif args.compare:
            from tests.unit.statistics_reference import ReferenceStatisticsRepository
            old = StatisticsService(centre.db, centre.session, centre.audit_log,
                                    repository=ReferenceStatisticsRepository())
        definitions, problems = service.definitions()
        assert not problems, problems
        counts = centre.db.read(lambda conn: {t: conn.execute(
            f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in (
            "clients", "matters", "time_entries", "referrals", "children")})
        print(f"centre: {counts}")
        extra = (f" median (CPU), {'before' if args.before else 'first-shipped'} | CPU ratio "
                 "old/new |") if old else ""
        print(f"\n| report | period | tables | median (wall) | median (CPU) | max of "
              f"{args.runs} (wall) |{extra}")
        print("| --- | --- | --- | --- | --- | --- |" + (" --- | --- |" if old else ""))
        worst = 0.0
        for d in definitions:
            for name, start, end, breakdown in SHAPES:
                times, cpu, old_cpu = [], [], []
                service.run(d.report_id, start, end, breakdown)     # warm the page cache
                if old:
                    old.run(d.report_id, start, end, breakdown)
                for _ in range(args.runs):
                    began, began_cpu = time.perf_counter(), time.process_time()
                    service.run(d.report_id, start, end, breakdown)
                    times.append(time.perf_counter() - began)
                    cpu.append(time.process_time() - began_cpu)
                    if old:
                        began_cpu = time.process_time()
                        old.run(d.report_id, start, end, breakdown)
                        old_cpu.append(time.process_time() - began_cpu)
                median = statistics.median(times)
                worst = max(worst, median)
                line = (f"| {d.report_id} | {name} | {len(d.tables)} | {median * 1000:.0f} ms "
                        f"| {statistics.median(cpu) * 1000:.0f} ms "
                        f"| {max(times) * 1000:.0f} ms |")
                if old:
                    line += (f" {statistics.median(old_cpu) * 1000:.0f} ms | "
                             f"{statistics.median(old_cpu) / statistics.median(cpu):.1f} |")
                print(line, flush=True)
        print(f"\nslowest median: {worst * 1000:.0f} ms (target < 1000 ms); load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        centre.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
