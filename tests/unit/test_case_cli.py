"""export, import, search and demo as scripts use them: `python -m assist_desktop` in a
subprocess, passphrases on stdin, results on stdout, one line on stderr for an error and
never a traceback, exit codes 0 and 1."""
from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from assist_desktop.security.transfer_package import MAGIC
from tests.unit import cli_helpers
from tests.unit.cli_helpers import one_line_error

PASSPHRASE = cli_helpers.P2          # the demo's staff sign in with it
TRANSFER = "quartz meadow lantern fiddle 93"
SIGN_IN_AND_TRANSFER = f"{PASSPHRASE}\n{TRANSFER}\n"
STAFF_KEYS = {"author", "updated_by", "saved_by"}
LINE = re.compile(r"^C-\d{4}-\d{4}\t[^\t\n]+\t[^\t\n]*\t[^\t\n]*$")


def run(*args, stdin=PASSPHRASE + "\n"):
    """assist-desktop signed in with the staff passphrase unless stdin says otherwise."""
    return cli_helpers.run(*args, stdin=stdin)


def demo_args(d, clients="24", seed="4"):
    return ("demo", "--data-dir", str(d), "--clients", clients, "--notes-per-client", "3",
            "--seed", seed, "--today", "2026-03-02")


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "centre"
    result = run(*demo_args(d))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Created a demo centre in {d} (fictional data): users "
                                    f"admin, solicitor, support; 24 clients, 72 notes")
    assert "demo: clients 24/24" in result.stderr and "Traceback" not in result.stderr
    return d


@pytest.fixture(scope="module")
def reference(centre):
    """A client whose consent to information sharing is in force (the export needs it)."""
    result = run("search", "--data-dir", str(centre), "--as", "solicitor", "interpreter")
    found = result.stdout.splitlines()[0].split("\t")[0]
    give_sharing_consent(centre, found)
    return found


def give_sharing_consent(centre, reference: str | None, decision="given", *,
                         not_this: str = "") -> str:
    """Record her consent to information sharing (given or withdrawn) in the demo centre,
    as a support worker would; reference None: the first client other than `not_this`."""
    from datetime import date
    from assist_desktop.domain.consents import ConsentDecision, ConsentEntry, ConsentKind
    from assist_desktop.services.vault import Vault
    opened = Vault(centre).unlock("support", PASSPHRASE)
    try:
        clients = opened.services.clients
        reference, cid = next((c.reference, c.id) for c in clients.caseload()
                              if c.reference == reference
                              or (reference is None and c.reference != not_this))
        clients.consents.create(ConsentEntry(
            client_id=cid, kind=ConsentKind.INFORMATION_SHARING, decision=ConsentDecision(decision),
            decided_on=date.today(), shared_with="Receiving law centre"))
        return reference
    finally:
        opened.lock()


# --- demo -----------------------------------------------------------------------------------
def test_demo_refuses_a_folder_that_is_not_empty(centre):
    one_line_error(run(*demo_args(centre)), "is not empty")


def test_demo_needs_an_explicit_folder():
    one_line_error(run("demo", "--clients", "2"), "--data-dir")


def test_demo_refuses_a_weak_passphrase(tmp_path):
    one_line_error(run(*demo_args(tmp_path / "weak"), stdin="password\n"))
    assert not (tmp_path / "weak" / "assist.db").exists()


# --- search ---------------------------------------------------------------------------------
def test_search_prints_one_client_per_line_reference_first(centre):
    result = run("search", "--data-dir", str(centre), "--as", "solicitor", "interpreter")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines and all(LINE.match(line) for line in lines), lines[:3]
    assert len({line.split("\t")[0] for line in lines}) == len(lines)


def test_search_finds_a_client_by_name(centre, reference):
    listing = run("search", "--data-dir", str(centre), "--as", "support", "--limit", "500", "a")
    assert listing.returncode == 0
    first = listing.stdout.splitlines()[0].split("\t")
    name_word = first[1].split()[0]
    result = run("search", "--data-dir", str(centre), "--as", "support", name_word)
    assert first[0] in [line.split("\t")[0] for line in result.stdout.splitlines()]


@pytest.mark.parametrize("query", ['"AND ( -x', "c++ O'Brien", "*", "", "👩🏽‍⚖️", "\x1b[2J"])
def test_search_takes_any_text(centre, query):
    result = run("search", "--data-dir", str(centre), "--as", "solicitor", query)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert all(LINE.match(line) for line in result.stdout.splitlines())


def test_search_needs_a_casework_role(centre):
    one_line_error(run("search", "--data-dir", str(centre), "--as", "admin", "ana"),
                   "solicitor or support worker")


def test_search_with_a_wrong_passphrase(centre):
    one_line_error(run("search", "--data-dir", str(centre), "--as", "solicitor", "ana",
                       stdin="not the passphrase at all\n"), "not correct")


# --- export and import ------------------------------------------------------------------------
def export(centre, reference, out, *extra, stdin=SIGN_IN_AND_TRANSFER):
    return run("export", "--data-dir", str(centre), "--as", "solicitor", "--client", reference,
               "--out", str(out), *extra, stdin=stdin)


def test_export_writes_an_encrypted_package_by_default(centre, reference, tmp_path):
    out = tmp_path / "for-the-other-centre"
    result = export(centre, reference, out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Exported {reference} to {out} (encrypted case-transfer "
                                    f"package, ")
    assert "NOT encrypted" not in result.stderr and "different route" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = out.read_bytes()
    assert data.startswith(MAGIC)
    assert reference.encode() not in data and b"client-file" not in data
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary left behind


def test_export_refuses_a_weak_transfer_passphrase(centre, reference, tmp_path):
    out = tmp_path / "package"
    one_line_error(export(centre, reference, out, stdin=f"{PASSPHRASE}\npassword1\n"),
                   "Transfer passphrase")
    one_line_error(export(centre, reference, out, stdin=f"{PASSPHRASE}\n"),
                   "expected new transfer passphrase")
    assert not out.exists()


def test_unencrypted_export_only_with_the_flag_and_warns(centre, reference, tmp_path):
    out = tmp_path / "file.json"
    result = export(centre, reference, out, "--unencrypted", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Exported {reference} to {out} (")
    assert result.stderr.startswith("warning: the exported file is NOT encrypted")
    assert len(result.stderr.splitlines()) == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "assist-desktop/client-file"
    assert document["client"]["reference"] == reference
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]  # no temporary left behind


def test_export_never_overwrites_without_force(centre, reference, tmp_path):
    out = tmp_path / "file.json"
    out.write_text("keep me")
    one_line_error(export(centre, reference, out), "already exists", "--force")
    assert out.read_text() == "keep me"
    result = export(centre, reference, out, "--force", "--without-privileged", "--unencrypted",
                    stdin=PASSPHRASE + "\n")
    assert result.returncode == 0 and "privileged notes left out" in result.stdout
    assert json.loads(out.read_text())["privileged_included"] is False


def test_export_is_for_solicitors(centre, reference, tmp_path):
    one_line_error(run("export", "--data-dir", str(centre), "--as", "support", "--client",
                       reference, "--out", str(tmp_path / "f.json"),
                       stdin=SIGN_IN_AND_TRANSFER), "Only a solicitor")
    one_line_error(export(centre, "C-1900-0001", tmp_path / "f.json"), "not found")
    assert not (tmp_path / "f.json").exists()


def test_unencrypted_export_refused_before_its_warning(centre, reference, tmp_path):
    """A refusal is the only line: no "NOT encrypted" warning for a file never written."""
    one_line_error(run("export", "--data-dir", str(centre), "--as", "support", "--client",
                       reference, "--out", str(tmp_path / "f.json"), "--unencrypted",
                       stdin=PASSPHRASE + "\n"), "Only a solicitor")
    one_line_error(export(centre, "C-1900-0001", tmp_path / "f.json", "--unencrypted",
                          stdin=PASSPHRASE + "\n"), "not found")
    assert not (tmp_path / "f.json").exists()


def test_export_without_her_consent_needs_a_solicitors_reason(centre, reference, tmp_path):
    """No consent to information sharing in force: refused in one line before the transfer
    passphrase is asked; --without-consent REASON goes ahead, and says so."""
    other = give_sharing_consent(centre, None, "withdrawn", not_this=reference)
    out = tmp_path / "package"
    one_line_error(export(centre, other, out, stdin=PASSPHRASE + "\n"),
                   "no consent in force for sharing her information", "--without-consent")
    one_line_error(export(centre, other, out, "--without-consent", "  ",
                          stdin=PASSPHRASE + "\n"), "needs the reason")
    one_line_error(run("export", "--data-dir", str(centre), "--as", "support", "--client",
                       other, "--out", str(out), "--without-consent", "urgent",
                       stdin=PASSPHRASE + "\n"), "Only a solicitor")
    assert not out.exists()
    result = export(centre, other, out, "--without-consent", "She asked by phone; <b>urgent</b>")
    assert result.returncode == 0, result.stderr
    assert "exported without her consent" in result.stderr
    assert out.read_bytes().startswith(MAGIC)


def _without_staff(notes: list[dict]) -> list[dict]:
    return [{k: ([{h: v for h, v in e.items() if h not in STAFF_KEYS} for e in value]
                 if k == "history" else value)
             for k, value in note.items() if k not in STAFF_KEYS} for note in notes]


@pytest.mark.slow
def test_import_round_trip_and_check(centre, reference, tmp_path):
    target = tmp_path / "target"
    assert run(*demo_args(target, clients="1", seed="9")).returncode == 0
    out, plain = tmp_path / "package", tmp_path / "plain.json"
    assert export(centre, reference, out).returncode == 0
    assert export(centre, reference, plain, "--unencrypted",
                  stdin=PASSPHRASE + "\n").returncode == 0
    checked = run("import", "--data-dir", str(target), "--as", "solicitor", str(out), "--check",
                  stdin=SIGN_IN_AND_TRANSFER)
    assert checked.returncode == 0 and "nothing was imported" in checked.stdout
    result = run("import", "--data-dir", str(target), "--as", "solicitor", str(out),
                 stdin=SIGN_IN_AND_TRANSFER)
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(rf"Imported {reference} as (C-\d{{4}}-\d{{4}}) \((\d+) records\)\n",
                         result.stdout)
    assert match, result.stdout
    assert result.stderr.startswith("warning: staff are not carried across centres (")
    again = tmp_path / "again.json"
    assert export(target, match.group(1), again,
                  "--unencrypted", stdin=PASSPHRASE + "\n").returncode == 0
    first, second = json.loads(plain.read_text()), json.loads(again.read_text())
    assert _without_staff(first["notes"]) == _without_staff(second["notes"])
    assert first["parties"] == second["parties"]
    assert {n["author"] for n in second["notes"]} <= {"solicitor"}


@pytest.mark.parametrize("damage, passphrase, fragment", [
    (lambda p: p, "not the transfer passphrase", "The transfer passphrase is not correct"),
    (lambda p: p[:-100], TRANSFER, "incomplete"),
    (lambda p: p[:20], TRANSFER, "incomplete"),
    (lambda p: p[:-30] + bytes([p[-30] ^ 4]) + p[-29:], TRANSFER, "damaged"),
    (lambda p: p[:50] + bytes([p[50] ^ 4]) + p[51:], TRANSFER, "damaged"),
])
def test_import_refuses_a_bad_package_and_imports_nothing(centre, package, tmp_path, damage,
                                                          passphrase, fragment):
    out = tmp_path / "package"
    out.write_bytes(damage(package))
    before = client_count(centre)
    one_line_error(run("import", "--data-dir", str(centre), "--as", "solicitor", str(out),
                       stdin=f"{PASSPHRASE}\n{passphrase}\n"), fragment,
                   "(nothing was imported)")
    assert client_count(centre) == before


@pytest.fixture(scope="module")
def package(centre, reference, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("package") / "package"
    assert export(centre, reference, out).returncode == 0
    return out.read_bytes()


@pytest.fixture(scope="module")
def exported(centre, reference, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("exported") / "file.json"
    assert export(centre, reference, out, "--unencrypted", stdin=PASSPHRASE + "\n").returncode == 0
    return json.loads(out.read_text(encoding="utf-8"))


def client_count(data_dir) -> int:
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    from assist_desktop.services.vault import Vault
    opened = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("solicitor",
                                                                            PASSPHRASE)
    try:
        return opened.db.read(lambda c: c.execute("SELECT count(*) FROM clients").fetchone()[0])
    finally:
        opened.lock()


@pytest.mark.parametrize("mutate, fragment", [
    (lambda d: d["matters"][0].__setitem__("matter_type", "boss"),
     "matters[0].matter_type: unknown value 'boss'"),
    (lambda d: d["client"].pop("given_names"), "client.given_names: is missing"),
    (lambda d: d["notes"].append({"id": 99}), "notes["),
    (lambda d: d["client"].__setitem__("family_name", "A\x1b[31mB"),
     "client.family_name: contains a control character"),
    (lambda d: d.__setitem__("version", 7), "version: the file is format version 7"),
])
def test_import_refuses_a_bad_file_and_imports_nothing(centre, exported, tmp_path, mutate,
                                                       fragment):
    document = json.loads(json.dumps(exported))
    mutate(document)
    out = tmp_path / "file.json"
    out.write_text(json.dumps(document))
    before = client_count(centre)
    line = one_line_error(run("import", "--data-dir", str(centre), "--as", "solicitor",
                              str(out)), fragment, "(nothing was imported)")
    assert "\x1b" not in line
    assert client_count(centre) == before


def test_import_junk_and_missing_files(centre, tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"[" * 100_000)
    one_line_error(run("import", "--data-dir", str(centre), "--as", "solicitor", str(junk)),
                   "nested too deeply")
    one_line_error(run("import", "--data-dir", str(centre), "--as", "solicitor",
                       str(tmp_path / "none.json")), "is not a file")
    one_line_error(run("import", "--data-dir", str(centre), "--as", "support", str(junk)))
