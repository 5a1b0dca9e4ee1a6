"""Unlock cost with production Argon2 parameters, and SQLCipher open vs plain SQLite open.

Run: .venv/bin/python tests/bench/bench_unlock.py   (figures go in README.md)
"""
from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assist_desktop.security.kdf import KdfPolicy  # noqa: E402
from assist_desktop.security.key_slots import KeySlotFile  # noqa: E402
from assist_desktop.services.vault import Vault  # noqa: E402
from assist_desktop.storage.database import Database  # noqa: E402

PASSPHRASE = "correct horse battery staple 42"
RUNS = 7


def _median_ms(fn, runs=RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_unlock(tmp: Path) -> dict:
    vault = Vault(tmp / "centre", kdf_policy=KdfPolicy())
    vault.create(centre_name="Bench", jurisdiction="england-wales", admin_username="admin",
                 admin_full_name="Admin", passphrase=PASSPHRASE)[0].lock()
    slots = KeySlotFile.load(vault.slots_path)
    slot = slots.find("passphrase", "admin")
    params = slot.private_sealed["kdf"]
    unlock = _median_ms(lambda: vault.unlock("admin", PASSPHRASE).lock(), runs=5)
    kdf_only = _median_ms(lambda: KeySlotFile.passphrase_kek(slot, PASSPHRASE), runs=5)
    return {"unlock_ms": unlock, "kdf_ms": kdf_only, "rest_ms": unlock - kdf_only,
            "params": params}


def bench_open(tmp: Path, rows: int = 20_000) -> dict:
    key = os.urandom(32)
    enc_path, plain_path = tmp / "enc.db", tmp / "plain.db"
    db = Database.create(enc_path, key)

    def fill(conn):
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.executemany("INSERT INTO notes (body) VALUES (?)",
                         (("note text " * 30,) for _ in range(rows)))
    db.write(fill)
    db.close()
    plain = sqlite3.connect(plain_path)
    plain.execute("PRAGMA journal_mode=WAL")
    fill(plain)
    plain.commit()
    plain.close()

    def open_encrypted(query):
        d = Database.open(enc_path, key)
        d.read(lambda c: c.execute(query).fetchone())
        d.close()

    def open_plain(query):
        c = sqlite3.connect(plain_path)
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=FULL")
        c.execute(query).fetchone()
        c.close()
    out = {"rows": rows}
    for label, query in (("one_row", "SELECT body FROM notes WHERE id = 777"),
                         ("full_scan", "SELECT count(*), max(length(body)) FROM notes")):
        enc = _median_ms(lambda: open_encrypted(query), runs=15)
        base = _median_ms(lambda: open_plain(query), runs=15)
        out[label] = (enc, base, enc / base)
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        unlock = bench_unlock(tmp)
        opened = bench_open(tmp)
    p = unlock["params"]
    print(f"Argon2id parameters (calibrated): {p['memory_kib'] // 1024} MiB, t={p['time_cost']}, "
          f"p={p['parallelism']}")
    print(f"unlock (median of 5):   {unlock['unlock_ms']:.0f} ms")
    print(f"  of which Argon2id:    {unlock['kdf_ms']:.0f} ms")
    print(f"  the rest of opening:  {unlock['rest_ms']:.0f} ms (target < 50 ms)")
    for label, what in (("one_row", "open + read one row"),
                        ("full_scan", f"open + scan all {opened['rows']} rows")):
        enc, base, ratio = opened[label]
        print(f"{what}: SQLCipher raw key {enc:.1f} ms; plain SQLite {base:.1f} ms; "
              f"ratio {ratio:.2f}x (median of 15)")


if __name__ == "__main__":
    main()
