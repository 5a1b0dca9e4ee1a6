"""Child process for the kill tests: saves records (or rotates the key) until it is killed.

It prints one line per acknowledged (committed) operation, flushed, so the parent knows
exactly what the program had told a user was saved when the SIGKILL came.
"""
from __future__ import annotations

import sys
from pathlib import Path

from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.audit import utc_now
from assist_desktop.services.vault import Vault
from assist_desktop.storage.centre_repository import UserRepository


def main() -> None:
    data_dir, mode, passphrase, start = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    centre = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("admin", passphrase)
    repo = UserRepository()
    n = start
    while True:
        if mode == "save":
            name = f"u{n:06d}"
            # Two rows per record (user + roles): a half-written record would show.
            centre.db.write(lambda conn: repo.add(conn, name, "Worker " + "x" * 500,
                                                  frozenset({"solicitor", "support_worker"}),
                                                  utc_now()))
            print(f"saved {name}", flush=True)
        else:
            centre.rotate_data_key()
            print(f"rotated {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
