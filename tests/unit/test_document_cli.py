"""`assist-desktop document` as a script uses it: passphrase (and PDF password) on stdin,
the leaves-the-store warning on stderr, no overwriting without --force, one-line errors."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from assist_desktop.cli.document_commands import KINDS
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.document_permissions import RECORD_KINDS
from assist_desktop.services.vault import Vault
from tests.documents.conftest import pdf_text
from tests.documents.document_world import ARABIC, MARKUP, seed
from tests.unit.cli_helpers import P1, P2, one_line_error, run

PDF_PASSWORD = "a long shared secret"


@pytest.fixture(scope="module")
def centre_dir(tmp_path_factory):
    """A centre with ada (administrator, solicitor) and sue (support worker), and one
    seeded client file; locked before the command line opens it."""
    data = tmp_path_factory.mktemp("centre")
    vault = Vault(data, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    centre, _code = vault.create(centre_name="Riverside Law Centre",
                                 jurisdiction="england-wales", address="1 High Street, Leeds",
                                 admin_username="ada", admin_full_name="Ada Admin",
                                 passphrase=P1, roles=("administrator", "solicitor"))
    try:
        centre.services.users.add_user("sue", "Sue Support", ["support-worker"], P2,
                                       must_change=False)
        seeded = seed(centre, {})
    finally:
        centre.lock()
    return str(data), seeded


def base(d: str, user: str, client: str, kind: str, out: Path, *extra: str) -> list[str]:
    return ["document", "--data-dir", d, "--as", user, "--client", client, "--kind", kind,
            "--out", str(out), *extra]


def test_kinds_offered_are_the_record_kinds():
    assert set(KINDS) == {k.value for k in RECORD_KINDS}


@pytest.mark.slow  # several runs of the command, each signing in
def test_a_solicitor_writes_a_witness_statement(centre_dir, tmp_path):
    d, s = centre_dir
    out = tmp_path / "statement.pdf"
    body = tmp_path / "body.txt"
    body.write_text(f"I was born in Benin City. I met {ARABIC}.\n\n{MARKUP}\n", "utf-8")
    args = base(d, "ada", s.reference.lower(), "witness-statement", out, "--matter",
                s.appeal_ref, "--body-from", str(body), "--date", "2024-03-12")
    result = run(*args, stdin=P1 + "\n")
    assert result.returncode == 0, result.stderr
    assert "leaves the encrypted store" in result.stderr
    assert str(out) in result.stdout and "draft document" in result.stdout
    text = pdf_text(out.read_bytes())
    for value in (ARABIC, MARKUP, "PA/12345/2024", "12 March 2024"):
        assert value in text
    assert out.stat().st_mode & 0o777 == 0o600

    before = out.read_bytes()
    one_line_error(run(*args, stdin=P1 + "\n"), "already exists")
    assert out.read_bytes() == before
    again = run(*args, "--force", stdin=P1 + "\n")
    assert again.returncode == 0, again.stderr


@pytest.mark.slow  # several runs of the command, each signing in
def test_password_from_stdin_protects_the_file(centre_dir, tmp_path):
    d, s = centre_dir
    out = tmp_path / "summary.pdf"
    body = tmp_path / "body.txt"
    body.write_text(f"First paragraph.\n\nSecond: {MARKUP}\n", encoding="utf-8")
    result = run(*base(d, "ada", s.reference, "support_letter", out, "--password-from-stdin",
                       "--body-from", str(body)), stdin=f"{P1}\n{PDF_PASSWORD}\n")
    assert result.returncode == 0, result.stderr
    assert "leaves the encrypted store" in result.stderr and "password" in result.stderr
    data = out.read_bytes()
    assert PdfReader(io.BytesIO(data)).is_encrypted
    opened = PdfReader(io.BytesIO(data))
    assert opened.decrypt(PDF_PASSWORD)
    text = " ".join(" ".join(page.extract_text().split()) for page in opened.pages)
    assert "First paragraph." in text and MARKUP in text

    short = run(*base(d, "ada", s.reference, "support_letter", tmp_path / "weak.pdf",
                      "--password-from-stdin"), stdin=f"{P1}\nshort\n")
    one_line_error(short, "at least 8 characters")
    assert not (tmp_path / "weak.pdf").exists()


@pytest.mark.slow  # several runs of the command, each signing in
def test_a_support_worker_may_not_make_legal_documents(centre_dir, tmp_path):
    d, s = centre_dir
    out = tmp_path / "chronology.pdf"
    one_line_error(run(*base(d, "sue", s.reference, "chronology", out), stdin=P2 + "\n"),
                   "Only a solicitor")
    assert not out.exists()
    ok = run(*base(d, "sue", s.reference, "children_report", out), stdin=P2 + "\n")
    assert ok.returncode == 0, ok.stderr


@pytest.mark.parametrize("client,kind,stdin,needle", [
    ("C-1999-0042", "chronology", P1 + "\n", "not found"),
    ("{ref}", "love_letter", P1 + "\n", "invalid choice"),
    ("{ref}", "chronology", "wrong passphrase here\n", "not correct"),
    ("{ref}", "witness_statement", P1 + "\n", "paragraphs"),
])
def test_errors_are_one_line(centre_dir, tmp_path, client, kind, stdin, needle):
    d, s = centre_dir
    out = tmp_path / "x.pdf"
    result = run(*base(d, "ada", client.replace("{ref}", s.reference), kind, out), stdin=stdin)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and needle in result.stderr, result.stderr
    assert not out.exists()


@pytest.mark.slow  # several runs of the command, each signing in
def test_a_support_letter_without_her_consent_needs_a_solicitors_reason(centre_dir, tmp_path):
    """No consent to information sharing: refused in one line before anything is made
    (the flag named to a solicitor); --without-consent REASON writes it."""
    from assist_desktop.domain.clients import Client
    from assist_desktop.domain.records import Jurisdiction
    d, _s = centre_dir
    opened = Vault(Path(d), kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("ada", P1)
    try:
        her = opened.services.clients.create(Client(
            given_names="Rosa", family_name="Lima", jurisdiction=Jurisdiction.ENGLAND_WALES))
        made = len(opened.services.documents.list(her.id))
    finally:
        opened.lock()
    out = tmp_path / "letter.pdf"
    body = tmp_path / "body.txt"
    body.write_text("She needs a safe place.\n", encoding="utf-8")
    args = base(d, "ada", her.reference, "support_letter", out, "--body-from", str(body))
    one_line_error(run(*args, stdin=P1 + "\n"), "no consent in force", "--without-consent")
    one_line_error(run(*base(d, "sue", her.reference, "support_letter", out, "--body-from",
                             str(body)), stdin=P2 + "\n"), "ask a solicitor")
    assert not out.exists()
    ok = run(*args, "--without-consent", "Her GP needs it today", stdin=P1 + "\n")
    assert ok.returncode == 0, ok.stderr
    assert out.exists()
    opened = Vault(Path(d), kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("ada", P1)
    try:
        assert len(opened.services.documents.list(her.id)) == made + 1
    finally:
        opened.lock()
