"""The server's files and commands without a running server: init refuses to replace a CA or
to set up an empty folder; enrolment codes are used once and expire; revocation by name or
serial; status lists the laptops."""
from __future__ import annotations

import json
import time

import pytest

from assist_desktop.cli import main
from assist_desktop.domain.errors import NotFound
from assist_desktop.security import certificates
from assist_desktop.server.devices import DeviceRegistry
from assist_desktop.server.folder import ServerFolder


@pytest.fixture
def server_folder(centre, data_dir):
    centre.lock()
    assert main(["server", "init", "--data-dir", str(data_dir), "--port", "7443"]) == 0
    return ServerFolder(data_dir)


def test_init_makes_a_ca_and_refuses_to_replace_it(server_folder, data_dir, capsys):
    ca = server_folder.read("ca.pem")
    assert certificates.issued_by(server_folder.read("server.pem"), ca)
    assert (server_folder.root / "ca.key").stat().st_mode & 0o077 == 0
    assert main(["server", "init", "--data-dir", str(data_dir)]) == 1
    assert "already set up" in capsys.readouterr().err
    assert server_folder.read("ca.pem") == ca


def test_init_needs_a_centre(tmp_path, capsys):
    assert main(["server", "init", "--data-dir", str(tmp_path / "empty")]) == 1
    assert "create one first" in capsys.readouterr().err


def test_a_code_is_used_once_and_expires(server_folder):
    devices = DeviceRegistry(server_folder)
    code = devices.issue_code("Laptop 1")
    assert devices.redeem_code(code.lower().replace("-", " ")) == "Laptop 1"
    assert devices.redeem_code(code) is None
    late = devices.issue_code("Laptop 2")
    codes = server_folder.read_json("enrolment.json", {})
    for entry in codes.values():
        entry["expires"] = time.time() - 1
    server_folder.write_json("enrolment.json", codes)
    assert devices.redeem_code(late) is None
    assert late not in json.dumps(server_folder.read_json("enrolment.json", {}))


def test_revoke_and_status(server_folder, data_dir, capsys):
    devices = DeviceRegistry(server_folder)
    devices.register("ab12", "Sam's laptop")
    devices.register("cd34", "Office laptop")
    assert main(["server", "revoke", "--data-dir", str(data_dir), "Sam's laptop"]) == 0
    assert not devices.is_allowed("ab12") and devices.is_allowed("cd34")
    assert main(["server", "revoke", "--data-dir", str(data_dir), "CD34"]) == 0
    assert not devices.is_allowed("cd34")
    with pytest.raises(NotFound):
        devices.revoke("nobody")
    capsys.readouterr()
    assert main(["server", "status", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Not running" in out and "Enrolled laptops: 2" in out and out.count("revoked") == 2
    assert certificates.fingerprint(server_folder.read("ca.pem")) in out


def test_the_backup_folder_is_set_shown_and_refused_inside_the_data_folder(
        server_folder, data_dir, tmp_path, capsys):
    assert main(["server", "backup-folder", "--data-dir", str(data_dir)]) == 0
    assert "No backup folder is set" in capsys.readouterr().out
    assert main(["server", "backup-folder", "--data-dir", str(data_dir),
                 str(tmp_path / "missing")]) == 1
    inside = data_dir / "backups"
    inside.mkdir()
    assert main(["server", "backup-folder", "--data-dir", str(data_dir), str(inside)]) == 1
    assert "inside the centre's data folder" in capsys.readouterr().err
    disk = tmp_path / "backup-disk"
    disk.mkdir()
    assert main(["server", "backup-folder", "--data-dir", str(data_dir), str(disk)]) == 0
    assert server_folder.config().backup_folder == str(disk.resolve())
    assert server_folder.config().port == 7443          # the rest of server.json kept
    assert main(["server", "status", "--data-dir", str(data_dir)]) == 0
    assert f"Backups made from laptops go to: {disk.resolve()}" in capsys.readouterr().out
