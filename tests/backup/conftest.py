"""Fixtures for backup tests: a centre filled with demo records, big attachments and tables
that the backup code has never heard of (helpers in backup_world.py)."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from backup_world import BACKUP_PASSPHRASE, add_big_attachments, add_extra_tables, source_of

from assist_desktop.security.kdf import TEST_PARAMETERS
from assist_desktop.demo.cases import DemoStaff
from assist_desktop.demo.data import DemoPlan, fill_demo
from tests.keyring_helpers import trusted_keychain


@pytest.fixture(autouse=True)
def _close_kept_descriptors():
    """A backup keeps a descriptor of each database it copied open for the life of the process
    (storage/frozen_pages.py); here each test's centre is closed by the end of the test, so
    they can be closed too rather than pile up over the session."""
    yield
    from assist_desktop.storage import frozen_pages
    with frozen_pages._descriptors_lock:
        while frozen_pages._descriptors:
            os.close(frozen_pages._descriptors.popitem()[1])


@pytest.fixture
def filled(centre):
    """The centre with demo client files, three 400 KB attachments and the extra tables."""
    uid = centre.session.user_id
    fill_demo(centre.db, DemoPlan(clients=6, notes_per_client=3, seed=5),
              DemoStaff(admin=uid, solicitor=uid, support=uid))

    def more(conn):
        client_id = conn.execute("SELECT min(id) FROM clients").fetchone()[0]
        add_big_attachments(conn, client_id)
    centre.db.write(more)
    centre.db.write(add_extra_tables)
    return centre


@pytest.fixture
def dest(tmp_path) -> Path:
    path = tmp_path / "usb-stick"
    path.mkdir()
    return path


@pytest.fixture
def make_backup(filled, dest):
    """make_backup(**kwargs) -> BackupResult, with fast Argon2 parameters."""
    from assist_desktop.backup import create_backup

    def make(folder=None, **kwargs):
        kwargs.setdefault("kdf_params", TEST_PARAMETERS)
        return create_backup(source_of(filled), folder or dest, BACKUP_PASSPHRASE, **kwargs)
    return make


@pytest.fixture
def keychain(monkeypatch):
    """The CLI's keychain, in memory and trusted."""
    from assist_desktop.cli import backup_commands
    chain = trusted_keychain()
    monkeypatch.setattr(backup_commands, "keychain_factory", lambda: chain)
    return chain


@pytest.fixture
def cli(monkeypatch, capsys):
    """cli(args, stdin) -> (exit code, stdout, stderr) of assist-desktop."""
    from assist_desktop.cli import main
    monkeypatch.setenv("ASSIST_INSECURE_FAST_KDF", "1")

    def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(args)
        out, err = capsys.readouterr()
        return code, out, err
    return run
