"""The command line as a script uses it: passphrases on stdin, one-line errors, exit codes."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.cli_helpers import P1, P2, one_line_error, run


@pytest.fixture
def initialised(tmp_path):
    d = str(tmp_path / "centre")
    result = run("init", "--data-dir", d, "--centre", "Riverside", "--jurisdiction", "scotland",
                 "--admin", "ada", "--roles", "administrator,solicitor", stdin=P1 + "\n")
    assert result.returncode == 0, result.stderr
    return d, result.stdout


def test_init_prints_the_recovery_code_once(initialised):
    d, out = initialised
    code_lines = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    assert len(code_lines) == 1 and len(code_lines[0].split("-")) == 7
    assert code_lines[0] not in "".join(p.read_text(errors="ignore")
                                        for p in Path(d).iterdir() if p.is_file())


def test_user_lifecycle(initialised):
    d, _ = initialised
    r = run("user", "add", "--data-dir", d, "--as", "ada", "--username", "sam",
            "--full-name", "Sam Patel", "--roles", "support-worker", stdin=f"{P1}\n{P2}\n")
    assert r.returncode == 0, r.stderr
    r = run("user", "list", "--data-dir", d, "--as", "ada", stdin=P1 + "\n")
    assert "sam\tSam Patel\tsupport_worker\tactive" in r.stdout.splitlines()
    r = run("user", "list", "--data-dir", d, "--as", "sam", stdin=P2 + "\n")
    assert r.returncode == 1 and "administrator" in r.stderr
    r = run("user", "disable", "--data-dir", d, "--as", "ada", "--username", "sam", stdin=P1 + "\n")
    assert r.returncode == 0
    r = run("user", "list", "--data-dir", d, "--as", "sam", stdin=P2 + "\n")
    assert r.returncode == 1


def test_rotate_and_check(initialised):
    d, _ = initialised
    assert run("rotate-key", "--data-dir", d, "--as", "ada", stdin=P1 + "\n").returncode == 0
    r = run("check", "--data-dir", d, "--as", "ada", stdin=P1 + "\n")
    assert r.returncode == 0 and r.stdout.startswith("ok:")


@pytest.mark.parametrize("args,stdin,needle", [
    (["check", "--data-dir", "{d}", "--as", "ada"], "wrong passphrase here\n", "not correct"),
    (["check", "--data-dir", "{d}", "--as", "ada"], "", "standard input"),
    (["user", "add", "--data-dir", "{d}", "--as", "ada", "--username", "x y", "--full-name", "X",
      "--roles", "solicitor"], f"{P1}\n{P2}\n", "username"),
    (["user", "add", "--data-dir", "{d}", "--as", "ada", "--username", "weak", "--full-name", "W",
      "--roles", "solicitor"], f"{P1}\npassword\n", "characters"),
])
def test_errors_are_one_line_without_traceback(initialised, args, stdin, needle):
    d, _ = initialised
    one_line_error(run(*[a.replace("{d}", d) for a in args], stdin=stdin), needle)


def test_missing_data_dir_is_explained(tmp_path):
    r = run("check", "--data-dir", str(tmp_path / "nowhere"), "--as", "ada")
    assert r.returncode == 1 and "No ASSIST database" in r.stderr
    assert not (tmp_path / "nowhere").exists()


def test_init_refuses_an_existing_centre(initialised):
    d, _ = initialised
    r = run("init", "--data-dir", d, "--centre", "Again", "--jurisdiction", "ireland",
            "--admin", "bob", stdin=P1 + "\n")
    assert r.returncode == 1 and "already" in r.stderr


def test_centre_details_from_the_command_line(initialised):
    d, _ = initialised
    sra = "Authorised and regulated by the Solicitors Regulation Authority, SRA number 612345"
    r = run("centre", "--data-dir", d, "--as", "ada", "--phone", "0131 496 0000",
            "--regulator", sra, "--address", r"1 High Street\nEdinburgh", stdin=P1 + "\n")
    assert r.returncode == 0, r.stderr
    assert f"regulator\t{sra}" in r.stdout.splitlines()
    assert "address\t1 High Street / Edinburgh" in r.stdout.splitlines()
    r = run("centre", "--data-dir", d, "--as", "ada", "--email", "not an email",
            stdin=P1 + "\n")
    assert r.returncode != 0 and "email" in r.stderr
    r = run("centre", "--data-dir", d, "--as", "ada", stdin=P1 + "\n")
    assert "phone\t0131 496 0000" in r.stdout.splitlines()
    assert "email\t" in r.stdout.splitlines()
