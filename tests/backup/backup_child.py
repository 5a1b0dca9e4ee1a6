"""Child process for backup fault tests (run with the repository on PYTHONPATH).

Reads one JSON object on stdin: the backup source (data key in hex), the destination and a
mode. "once": one backup, under an optional RLIMIT_FSIZE, then prints "ok <path>" or
"error <ErrorType>: <message>". "loop": backups until killed, printing "made <path>" after
each. "restore": a restore that dies (os._exit) at the N-th rename, to imitate a kill.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

from assist_desktop.backup import BackupError, BackupSecret, BackupSource, create_backup
from assist_desktop.security.kdf import TEST_PARAMETERS


def main() -> None:
    job = json.loads(sys.stdin.readline())
    if job["mode"] == "restore":
        restore_and_die(job)
        return
    source = BackupSource(Path(job["db_path"]), bytes.fromhex(job["key"]), job["database_id"],
                          Path(job["slots_path"]))
    if job.get("fsize_limit"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails (EFBIG)
        limit = int(job["fsize_limit"])
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    print("started", flush=True)
    while True:
        try:
            result = create_backup(source, Path(job["dest"]), job["passphrase"],
                                   kdf_params=TEST_PARAMETERS, record_status=False)
        except BackupError as exc:
            print(f"error {type(exc).__name__}: {exc}", flush=True)
            return
        if job["mode"] == "once":
            print(f"ok {result.path}", flush=True)
            return
        print(f"made {result.path}", flush=True)


def restore_and_die(job) -> None:
    from assist_desktop.backup import restore_backup
    real_replace = os.replace
    calls = {"n": 0}

    def replace(src, dst):
        calls["n"] += 1
        if calls["n"] == job["die_at"]:
            os._exit(9)
        real_replace(src, dst)
    os.replace = replace
    # Over the centre in data_dir: as its administrator, signed in (and locked) first.
    from assist_desktop.backup import ReplacedCentre
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    from assist_desktop.services.vault import Vault
    from tests.conftest import PASSPHRASE
    os.replace = real_replace
    centre = Vault(Path(job["data_dir"]), kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock(
        "admin", PASSPHRASE)
    over = ReplacedCentre.of(centre)
    centre.lock()
    os.replace = replace
    restore_backup(Path(job["file"]), Path(job["data_dir"]),
                   BackupSecret.passphrase(job["passphrase"]), replacing=over)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
