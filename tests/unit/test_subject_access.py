"""The subject access package: every record about her in the readable PDF and in data.json /
records.csv, privileged material only in the separate review PDF, third parties flagged,
the whole encrypted, audited before it is written, solicitors only."""
from __future__ import annotations

import io
import json
import stat

import pytest
from pypdf import PdfReader

from assist_desktop.documents.subject_access import attached_files
from assist_desktop.domain.errors import NotFound, PermissionDenied, WeakPassphraseError
from assist_desktop.domain.session import Session
from assist_desktop.services.audit import AuditLog
from assist_desktop.services.subject_access import SubjectAccessService
from test_interchange import ATTACHMENT_BYTES, Centre, fill

PASSWORD = "quiet harbour lantern 93 velvet"
HOSTILE = "Олена <b>bold</b> & <a href='x'>link</a> فاطمة 👩🏽‍⚖️ '); DROP TABLE x;--"


@pytest.fixture
def world(tmp_path):
    centre = Centre(tmp_path / "a.db")
    reference = fill(centre, HOSTILE)
    yield centre, reference
    centre.db.close()


def service(centre, name="sol"):
    session = Session(centre.ids[name], name, name.title(), frozenset(centre.staff[name]))
    return SubjectAccessService(centre.db, session, AuditLog(name))


def text_of(pdf: bytes, password: str = PASSWORD) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_package_holds_every_record_privileged_apart_and_third_parties_flagged(world, tmp_path):
    centre, reference = world
    target = tmp_path / "out" / "sar.pdf"
    target.parent.mkdir()
    saved = service(centre).save(reference, target, PASSWORD)
    release = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(Exception):
        PdfReader(io.BytesIO(release)).pages[0].extract_text()  # no password, no text
    words = text_of(release)
    assert "SUBJECT ACCESS REQUEST" in words and reference in words
    # the reference is printed above the introduction that points to it
    flat = " ".join(words.split())
    assert flat.index(reference) < flat.index("named by the reference above")
    assert "<b>bold</b>" in words                 # markup printed as typed
    assert "Note 1" in words and "Note 2" not in words   # the privileged note is kept apart
    assert "Redaction schedule" in words and "R1" in words and "Party (associate)" in words
    files = attached_files(release, PASSWORD)
    data = json.loads(files["data.json"])
    assert data["client"]["reference"] == reference
    assert all(not n["privileged"] for n in data["notes"]) and len(data["notes"]) == 1
    for key in ("consents", "convictions", "parties", "matters", "children", "referrals",
                "tasks", "time_entries", "compensation_claims", "asylum_steps"):
        assert data[key], key
    csv_text = files["records.csv"].decode("utf-8-sig")
    assert csv_text.startswith("kind,record,field,value") and "convictions" in csv_text
    assert files["attachments/001-" + data["attachments"][0]["attached_file"].split("-", 1)[1]] \
        == ATTACHMENT_BYTES
    assert "R1" in files["redactions.csv"].decode("utf-8-sig")
    # The privileged part: only the privileged note and its document.
    assert saved.privileged_path == tmp_path / "out" / "sar-privileged-review.pdf"
    priv = saved.privileged_path.read_bytes()
    priv_words = text_of(priv)
    assert "PRIVILEGED MATERIAL" in priv_words and "Note 2" in priv_words
    priv_data = json.loads(attached_files(priv, PASSWORD)["data.json"])
    assert [n["privileged"] for n in priv_data["notes"]] == [True]
    assert set(attached_files(priv, PASSWORD)) >= {"attachments/002-privileged.pdf"} or \
        any(name.startswith("attachments/") for name in attached_files(priv, PASSWORD))
    audit = [row for row in centre.audit() if row[1] == "export"]
    assert audit and "subject_access package:encrypted" in audit[-1][4]
    assert HOSTILE not in repr(centre.audit())    # nothing about her in the audit


def test_only_a_solicitor_and_a_strong_password(world, tmp_path):
    centre, reference = world
    with pytest.raises(PermissionDenied):
        service(centre, "sup").build(reference, PASSWORD)
    with pytest.raises(WeakPassphraseError):
        service(centre).build(reference, "password1")
    with pytest.raises(NotFound):
        service(centre).build("C-1999-9999", PASSWORD)
    assert not [row for row in centre.audit() if row[1] == "export"]


def test_a_file_in_the_way_stops_before_any_work(world, tmp_path):
    centre, reference = world
    (tmp_path / "sar-privileged-review.pdf").write_bytes(b"old")
    with pytest.raises(Exception, match="already exists"):
        service(centre).save(reference, tmp_path / "sar.pdf", PASSWORD)
    assert not (tmp_path / "sar.pdf").exists()
    assert not [row for row in centre.audit() if row[1] == "export"]


def test_values_read_as_words_and_dates_not_codes():
    """What a data protection officer reads: no "england-wales" or "2004-10-21" (review)."""
    from assist_desktop.services.subject_access_content import render_value
    assert render_value("england-wales") == "England and Wales"
    assert render_value("nrm-referral") == "nrm referral"
    assert render_value("asylum_claim") == "asylum claim"
    assert render_value("2004-10-21") == "21 October 2004"
    assert render_value("2026-03-01T09:15:02.123+00:00") == "1 March 2026 09:15 UTC"
    assert render_value("2026-02-31") == "2026-02-31"          # not a date: as stored
    assert render_value("<b>Hoxha</b> 2004-10-21") == "<b>Hoxha</b> 2004-10-21"


def test_her_copy_names_staff_and_states_how_long_her_file_is_kept(world):
    """Read as she (or the ICO) would: who worked on her file by name, not by username, and
    the retention period that applies to her file, from the schedule (Scotland: 10 years)."""
    centre, reference = world
    package = service(centre).build(reference, PASSWORD)
    words = " ".join(text_of(package.release_pdf).split())
    assert "Key worker: Sup Person" in words and "Solicitor: Sol Person" in words
    assert "Key worker: sup" not in words.replace("Key worker: Sup Person", "")
    assert "Author: Sup Person" in words and "Uploaded by: Sup Person" in words
    assert "How long her file is kept" in words
    assert "Her file is kept for 10 years after it is closed" in words
    assert "rule sc-standard" in words and "legal hold" in words   # her file holds one
    files = attached_files(package.release_pdf, PASSWORD)
    assert "Sup Person" in files["records.csv"].decode("utf-8-sig")
    data = json.loads(files["data.json"])           # the client-file format keeps usernames
    assert data["client"]["key_worker"] == "sup"


def test_identity_not_checked_on_the_log_needs_an_explicit_confirmation(world):
    from datetime import date

    from assist_desktop.domain.subject_access import IdentityNotChecked, SarRequest
    from assist_desktop.services.sar_log import SarLogService
    centre, reference = world
    sol = service(centre)
    client_id = centre.db.read(lambda c: c.execute(
        "SELECT id FROM clients WHERE reference = ?", (reference,)).fetchone()[0])
    log = SarLogService(centre.db, sol._session, AuditLog("sol"))
    request = log.record(SarRequest(client_id=client_id, received_on=date(2026, 1, 31)))
    assert sol.check_identity(reference) is True
    before = len(centre.audit())
    with pytest.raises(IdentityNotChecked) as raised:
        sol.build(reference, PASSWORD)
    assert "not yet checked" in str(raised.value)
    assert not [row for row in centre.audit()[before:] if row[1] == "export"]
    sol.build(reference, PASSWORD, identity_confirmed=True)
    exports = [row for row in centre.audit() if row[1] == "export"]
    assert exports and exports[-1][4].endswith("identity:unchecked-confirmed")
    # once her identity is recorded as checked, no question and nothing extra in the audit
    log.update(dataclasses_replace(request, identity_checked_on=date(2026, 2, 1),
                                   identity_method="passport seen"))
    assert sol.check_identity(reference) is False
    sol.build(reference, PASSWORD)
    assert "identity" not in [row for row in centre.audit() if row[1] == "export"][-1][4]


def dataclasses_replace(record, **changes):
    import dataclasses
    return dataclasses.replace(record, **changes)
