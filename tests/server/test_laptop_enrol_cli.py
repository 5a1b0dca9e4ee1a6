"""`assist-desktop --data-dir DIR enrol HOST:PORT CODE`: a laptop's enrolment is kept in its
own data folder (`clients/`), so two data folders on one machine are two laptops, each
with its own certificate (a second enrolment no longer replaced the first, unseen)."""
from __future__ import annotations

from assist_desktop.cli import main
from assist_desktop.remote import identity


def test_each_data_folder_keeps_its_own_enrolment(server, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ASSIST_CLIENT_DIR", raising=False)
    for name, folder in (("Laptop A", "a"), ("Laptop B", "b")):
        code = server.devices().issue_code(name)
        assert main(["--data-dir", str(tmp_path / folder), "enrol", server.address, code,
                     "--name", name, "--enrol-port", str(server.enrol_port)]) == 0
    a = identity.load(identity.default_config_dir(tmp_path / "a"), server.address)
    b = identity.load(identity.default_config_dir(tmp_path / "b"), server.address)
    assert a.certificate_pem != b.certificate_pem
    assert "Laptop A" in capsys.readouterr().out
