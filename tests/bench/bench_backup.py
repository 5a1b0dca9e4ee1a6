"""Backup create and verify times as ratios to `cp` of the live database, and peak memory.

Run:  .venv/bin/python tests/bench/bench_backup.py [--size MB] [--runs N] [--dir DIR]

--dir DIR: the work folder (the disk being measured), created if missing; the demo centres
built there are kept (DIR/centre-<size>MB) and reused by later runs, which saves minutes.

A demo centre (fictional clients, notes, tasks...) is filled with random-byte attachments
(50 KB - 2 MB each, like scans and PDFs) until the database file reaches --size MB (default
256, which takes about 1-2 minutes on a small laptop; the issue's figure is for --size 1024).
In the same run and folder: `cp` of the live database file, create_backup (production
Argon2id parameters, calibrated once beforehand), verify_backup (the quick check every verify
does) and verify_backup(deep=True); medians of --runs runs, each starting from a cold page
cache where the OS allows it. Each create is paired with a `PRAGMA cipher_integrity_check`
pass over the live database just before it (one SQLCipher read pass: the floor for any pass
over it); create is reported as the median of the paired ratios (target <= 1.5x) and as a
ratio to cp. Verify target: <= 2x cp. Peak memory
(VmHWM of a child process doing create + verify + deep verify) is measured at a quarter of the
size and at the full size: it must not grow with the database.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assist_desktop.backup import (BackupSecret, BackupSource, create_backup,  # noqa: E402
                                   verify_backup)
from assist_desktop.domain.attachments import Attachment, digest  # noqa: E402
from assist_desktop.security import kdf  # noqa: E402
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy  # noqa: E402
from assist_desktop.demo.cases import DemoStaff  # noqa: E402
from assist_desktop.demo.data import DemoPlan, fill_demo  # noqa: E402
from assist_desktop.services.vault import Vault  # noqa: E402
from assist_desktop.storage.attachment_repository import AttachmentRepository  # noqa: E402
from assist_desktop.storage.snapshot import open_snapshot  # noqa: E402

PASSPHRASE = "correct horse battery staple 42"
BACKUP_PASSPHRASE = "amber kettle meadow rowing 58"


def build_centre(data_dir: Path, size_mb: int, clients: int = 200) -> dict:
    """A demo centre whose database file is about size_mb MB, mostly attachments."""
    vault = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    centre, _code = vault.create(centre_name="Bench Law Centre", jurisdiction="england-wales",
                                 admin_username="admin", admin_full_name="Admin",
                                 passphrase=PASSPHRASE, roles=("administrator", "solicitor"))
    uid = centre.session.user_id
    fill_demo(centre.db, DemoPlan(clients=clients, notes_per_client=12, seed=7),
              DemoStaff(admin=uid, solicitor=uid, support=uid))
    client_ids = centre.db.read(lambda c: [r[0] for r in c.execute("SELECT id FROM clients")])
    centre.db.read(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    rng = random.Random(11)
    remaining = size_mb * 1_000_000 - centre.db.path.stat().st_size
    attachments = 0

    def batch(conn, sizes):
        for size in sizes:
            data = rng.randbytes(size)
            AttachmentRepository().create_with_data(conn, Attachment(
                client_id=rng.choice(client_ids), name=f"scan-{attachments}.pdf",
                mime_type="application/pdf", size=size, sha256=digest(data),
                description="bench attachment"), data)

    while remaining > 0:
        sizes = [rng.randint(50_000, 2_000_000) for _ in range(5)]
        centre.db.write(batch, sizes)
        attachments += len(sizes)
        remaining -= sum(sizes)
    info = {"db_path": str(centre.db.path), "key": centre.keeper.data_key.hex(),
            "database_id": centre.centre.database_id, "slots_path": str(centre.keeper.slots_path),
            "attachments": attachments}
    centre.lock()   # checkpoints: the WAL is folded in, as after a normal close
    info["size"] = Path(info["db_path"]).stat().st_size
    return info


def _drop_cache(path: Path) -> None:
    """Best effort: make the next read come from the disk (Linux), for every contender alike."""
    if hasattr(os, "posix_fadvise"):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def time_cp(db_path: Path, dest: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        _drop_cache(db_path)
        target = dest / "copy.db"
        start = time.perf_counter()
        subprocess.run(["cp", str(db_path), str(target)], check=True)
        times.append(time.perf_counter() - start)
        target.unlink()
    return statistics.median(times)


def _source(info: dict) -> BackupSource:
    return BackupSource(Path(info["db_path"]), bytes.fromhex(info["key"]), info["database_id"],
                        Path(info["slots_path"]))


def _status_mib(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Linux: reset the peak RSS (VmHWM) to the current RSS, so imports do not mask it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_mib() -> float:
    hwm = _status_mib("VmHWM")
    if hwm is not None:
        return hwm
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss   # KiB (bytes on macOS)
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child_memory(info: dict, dest: Path) -> None:
    """In a child: create + verify once and report RSS (MiB) before and at the peak, as JSON.

    Fast Argon2 parameters here, so that the KDF's 64 MiB do not hide what the backup uses.
    """
    before = _status_mib("VmRSS") if _reset_peak() else _peak_mib()
    result = create_backup(_source(info), dest, BACKUP_PASSPHRASE, kdf_params=TEST_PARAMETERS,
                           record_status=False)
    verify_backup(result.path, BackupSecret.passphrase(BACKUP_PASSPHRASE), work_dir=dest)
    verify_backup(result.path, BackupSecret.passphrase(BACKUP_PASSPHRASE), deep=True,
                  work_dir=dest)
    print(json.dumps({"before_mib": before, "peak_mib": _peak_mib()}))


def memory_in_child(info: dict, dest: Path) -> dict:
    dest.mkdir(exist_ok=True)
    out = subprocess.run([sys.executable, __file__, "--child-memory", json.dumps(info),
                          "--dir", str(dest)], check=True, capture_output=True, text=True).stdout
    shutil.rmtree(dest)
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=256, help="database size in MB")
    parser.add_argument("--dir", default=None, help="work folder (the disk being measured); "
                        "created if missing, and the demo centres built there are kept for reuse")
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing (median)")
    parser.add_argument("--with-format-2", action="store_true",
                        help="also pair each round with a create in the previous file format "
                             "(a row-by-row export), to compare the two in the same run")
    parser.add_argument("--child-memory", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_memory:
        child_memory(json.loads(args.child_memory), Path(args.dir))
        return
    keep = Path(args.dir) if args.dir else None
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="assist-bench-", dir=keep))
    try:
        run(work, keep or work, args.size, max(1, args.runs), args.with_format_2)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def kept_centre(folder: Path, size_mb: int) -> dict:
    """The demo centre of about size_mb MB in folder, built the first time and reused after
    (with --dir; its info.json holds the test key of this fictional centre)."""
    info_path = folder / "info.json"
    if info_path.exists():
        info = json.loads(info_path.read_text())
        if Path(info["db_path"]).exists():
            return info
    shutil.rmtree(folder, ignore_errors=True)
    info = build_centre(folder / "data", size_mb)
    info_path.write_text(json.dumps(info))
    return info


def run(work: Path, keep: Path, size_mb: int, runs: int, format_2: bool = False) -> None:
    began = time.perf_counter()
    params = KdfPolicy().parameters()      # calibrated once, outside the timings
    small = kept_centre(keep / f"centre-{max(16, size_mb // 4)}MB", max(16, size_mb // 4))
    info = kept_centre(keep / f"centre-{size_mb}MB", size_mb)
    built = time.perf_counter() - began
    dest = work / "dest"
    dest.mkdir()
    db_path = Path(info["db_path"])
    cp = time_cp(db_path, dest, runs)
    key = bytes.fromhex(info["key"])

    def one_pass() -> float:
        _drop_cache(db_path)
        start = time.perf_counter()
        conn = open_snapshot(db_path, key, cipher={}, read_only=False)
        conn.execute("PRAGMA cipher_integrity_check").fetchall()
        conn.close()
        return time.perf_counter() - start
    passes, creates, all_stages, results, olds, cpu = [], [], [], [], [], []
    for _ in range(runs):      # paired: a cipher_integrity_check pass, then a create
        cpu_start = time.process_time()
        passes.append(one_pass())
        cpu.append([time.process_time() - cpu_start])
        _drop_cache(db_path)
        marks: list[tuple[str, float]] = []

        def progress(p, marks=marks) -> None:
            if not marks or marks[-1][0] != p.stage:
                marks.append((p.stage, time.perf_counter()))
        start, cpu_start = time.perf_counter(), time.process_time()
        result = create_backup(_source(info), dest, BACKUP_PASSPHRASE, kdf_params=params,
                               record_status=False, progress=progress)
        creates.append(time.perf_counter() - start)
        cpu[-1].append(time.process_time() - cpu_start)
        if format_2:
            _drop_cache(db_path)
            start = time.perf_counter()
            create_backup(_source(info), dest, BACKUP_PASSPHRASE, kdf_params=params,
                          record_status=False, format_version=2).path.unlink()
            olds.append(time.perf_counter() - start)
        all_stages.append(", ".join(f"{name} {end - begin:.1f} s" for (name, begin), (_, end)
                                    in zip(marks, marks[1:])))
        results.append(result)
    one_pass_time = statistics.median(passes)
    pass_ratio = statistics.median(c / p for c, p in zip(creates, passes))
    create = statistics.median(creates)
    stages = all_stages[creates.index(sorted(creates)[len(creates) // 2])]
    for extra in results[1:]:
        extra.path.unlink()
    result = results[0]

    def timed_verify(deep: bool) -> float:
        times = []
        for _ in range(runs):
            _drop_cache(result.path)
            start = time.perf_counter()
            verify_backup(result.path, BackupSecret.passphrase(BACKUP_PASSPHRASE), deep=deep,
                          work_dir=work)
            times.append(time.perf_counter() - start)
        return statistics.median(times)
    verify = timed_verify(False)
    deep = timed_verify(True)
    start = time.perf_counter()
    kdf.derive(b"x", b"\0" * 16, params)
    argon = time.perf_counter() - start
    memory_small = memory_in_child(small, work / "m-small")
    memory_full = memory_in_child(info, work / "m-full")
    mb = info["size"] / 1e6
    print(f"database: {mb:.0f} MB ({info['attachments']} attachments of 50 KB-2 MB, 200 demo "
          f"clients); backup file {result.size / 1e6:.0f} MB; setup {built:.0f} s")
    print(f"Argon2id: {params.memory_kib // 1024} MiB, t={params.time_cost} "
          f"({argon:.2f} s per derivation; create and verify derive once each)")
    print(f"cp of the live database:  {cp:6.2f} s  ({mb / cp:.0f} MB/s)")
    print(f"one SQLCipher read pass:  {one_pass_time:6.2f} s  = {one_pass_time / cp:.1f}x cp  "
          f"(cipher_integrity_check of the live database: the floor for any pass over it)")
    print(f"backup create:            {create:6.2f} s  = {pass_ratio:.2f}x the read pass "
          f"(target <= 1.5x; median of the paired runs' ratios) = {create / cp:.1f}x cp")
    print(f"  paired runs (read pass / create): " + ", ".join(
        f"{p:.1f}/{c:.1f} s" for p, c in zip(passes, creates)))
    print(f"  CPU time (process, all threads): read pass / create " + ", ".join(
        f"{p:.1f}/{c:.1f} s" for p, c in cpu) + f" = {statistics.median(c / p for p, c in cpu):.2f}x")
    if olds:
        print(f"  the previous format (row-by-row export) in the same rounds: "
              f"{statistics.median(olds):.2f} s = "
              f"{statistics.median(o / p for o, p in zip(olds, passes)):.2f}x the read pass")
    print(f"  stages: {stages}")
    print(f"backup verify:            {verify:6.2f} s  = {verify / cp:.1f}x cp  (target <= 2x)")
    print(f"backup verify --deep:     {deep:6.2f} s  = {deep / cp:.1f}x cp  (decrypts and re-runs "
          f"the checks, as a restore does)")
    print(f"(medians of {runs} runs; cp each time from a cold cache where possible)")
    grow_small = memory_small["peak_mib"] - memory_small["before_mib"]
    grow_full = memory_full["peak_mib"] - memory_full["before_mib"]
    print(f"peak memory of create + verify + deep verify in a child (RSS above its {memory_full['before_mib']:.0f}"
          f" MiB before starting; Argon2id's own {params.memory_kib // 1024} MiB not included): "
          f"+{grow_small:.0f} MiB at {small['size'] / 1e6:.0f} MB, +{grow_full:.0f} MiB at "
          f"{mb:.0f} MB")


if __name__ == "__main__":
    main()
