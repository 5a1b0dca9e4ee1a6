"""Retention: the schedule from data (per jurisdiction, by matter type, category and outcome;
children's files until 25), the administrators' review list, extend (reason, audited),
destroy (reference typed to confirm, certificate with a reference and a hash only), and the
canary: after destruction her text is on no database page, free page, FTS shadow table,
WAL frame or safety copy."""
from __future__ import annotations

import dataclasses
import io
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

import case_samples as s
from assist_desktop.domain.clients import Client
from assist_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.matters import MatterStatus, RetentionCategory
from assist_desktop.domain.retention import MatterFacts, review_date
from assist_desktop.domain.subject_access import SarRequest
from assist_desktop.platform import safety_copies
from assist_desktop.services.retention import shipped_rules
from page_scan import plaintext_pages

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backup"))
from backup_world import every_data_key  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402

CANARY = "Zorbelinda Quastrophel-Mbeki"
LATER = date(2040, 1, 1)


def test_the_shipped_schedule_per_jurisdiction():
    rules = shipped_rules()
    assert {r.jurisdiction for r in rules} == {"england-wales", "scotland", "ireland"}
    assert all(r.verify and r.source for r in rules)
    closed = date(2020, 3, 31)
    adult = [MatterFacts("appeal", "standard", "allowed", closed)]
    assert review_date(rules, "england-wales", closed_on=closed, date_of_birth=None,
                       matters=adult).on == date(2027, 3, 31)
    assert review_date(rules, "scotland", closed_on=closed, date_of_birth=None,
                       matters=adult).on == date(2030, 3, 31)
    child = [MatterFacts("family_children", "minor", "", closed)]
    assert review_date(rules, "england-wales", closed_on=closed,
                       date_of_birth=date(2010, 2, 28), matters=child).on == date(2035, 2, 28)
    held = [MatterFacts("appeal", "legal_hold", "", closed)]
    assert review_date(rules, "ireland", closed_on=closed, date_of_birth=None,
                       matters=held).held
    still_open = [MatterFacts("appeal", "standard", "", None)]
    assert review_date(rules, "ireland", closed_on=closed, date_of_birth=None,
                       matters=still_open).on is None


def _closed_file(centre, text: str, closed: date) -> Client:
    services = centre.services
    her = services.clients.create(s.client(text))
    services.notes.create(s.note(her.id, f"{text} said the agent kept her passport",
                                 centre.session.user_id), str(uuid.uuid4()))
    party = services.matters.parties.create(s.party(her.id, text)) \
        if hasattr(services.matters, "parties") else None
    matter = dataclasses.replace(s.matter(her.id, "appeal"), status=MatterStatus.CLOSED,
                                 retention_category=RetentionCategory.STANDARD, outcome="",
                                 closed_on=closed, next_hearing_on=None,
                                 party_ids=frozenset({party.id}) if party else frozenset())
    services.matters.create(matter)
    services.attachments.add(her.id, "evidence.txt", "text/plain",
                             f"statement of {text}".encode())
    her = services.clients.get(her.id)
    return services.clients.update(dataclasses.replace(her, opened_on=date(2024, 3, 1),
                                                       closed_on=closed))


def test_review_extend_and_destroy_leave_no_trace(centre_and_code, staff, data_dir, tmp_path):
    centre, code = centre_and_code
    her = _closed_file(centre, CANARY, date(2024, 6, 30))
    other = _closed_file(centre, "Keeper Person", date(2024, 6, 30))
    retention = centre.services.retention
    keys = every_data_key(data_dir, {"admin": PASSPHRASE}, [code])
    db_path = Path(centre.db.path)
    centre.db.read(lambda conn: conn.execute("PRAGMA wal_checkpoint(PASSIVE)"))
    assert CANARY.encode() in b"".join(plaintext_pages(db_path, k) for k in keys)  # the scanner sees her

    items = {i.reference: i for i in retention.review_list(today=LATER)}
    assert items[her.reference].review_on == date(2031, 6, 30) and items[her.reference].due
    # Extend the other file: it leaves the due list, with its reason kept.
    with pytest.raises(ValidationError):
        retention.extend(other.id, date(2045, 1, 1), "  ", today=LATER)
    kept = retention.extend(other.id, date(2045, 1, 1), "<b>complaint</b> open", today=LATER)
    assert kept.review_on == date(2045, 1, 1) and not kept.due
    assert other.reference not in {i.reference for i in retention.review_list(today=LATER)}

    with pytest.raises(ValidationError, match="does not match"):
        retention.destroy(her.id, other.reference, today=LATER)
    with pytest.raises(ValidationError, match="not due"):
        retention.destroy(her.id, her.reference, today=date(2026, 1, 1))
    assert centre.services.clients.get(her.id).id == her.id      # nothing destroyed yet
    # She has asked for her data and has not had it: her file is not destroyed under her.
    request = centre.services.sar_log.record(SarRequest(client_id=her.id,
                                                        received_on=date(2026, 1, 5)))
    with pytest.raises(ValidationError, match="subject access request"):
        retention.destroy(her.id, her.reference, today=LATER)
    assert centre.services.clients.get(her.id).id == her.id
    centre.services.sar_log.update(dataclasses.replace(request, sent_on=date(2026, 1, 20)))
    done = retention.destroy(her.id, her.reference.lower(), today=LATER)

    # The certificate: her reference, the certificate number and the hash; nothing about her.
    reader = PdfReader(io.BytesIO(done.pdf))
    words = "\n".join(p.extract_text() for p in reader.pages)
    assert done.certificate in words and her.reference in words
    assert done.record_hash in words.replace("\n", "")
    assert CANARY not in words and "passport" not in words
    assert "Certificate of destruction" == reader.metadata.title
    again = PdfReader(io.BytesIO(retention.certificate_pdf(done.certificate)))
    assert done.record_hash in "".join(p.extract_text() for p in again.pages).replace("\n", "")
    assert retention.certificates() == [done.certificate]

    # The canary: nowhere in the database pages, free pages, FTS shadow tables, WAL.
    plain = b"".join(plaintext_pages(db_path, k) for k in keys)
    assert CANARY.encode() not in plain and b"Quastrophel" not in plain
    assert f"statement of {CANARY}".encode() not in plain          # the attachment's bytes
    assert b"Keeper Person" in plain                               # the kept file is there
    assert safety_copies.list_copies(data_dir) == []              # (removal: test_safety_copies)
    assert not centre.services.search.search("Zorbelinda")
    assert b"zorbelinda" not in plain.lower()                      # no FTS term left
    with pytest.raises(NotFound):
        centre.services.clients.get(her.id)
    audit = [(r.action, r.entity) for r in centre.services.audit.page(limit=20)]
    assert ("destroy", "client") in audit and ("extend", "retention") in audit


def test_only_administrators_review_and_destroy(centre, staff):
    sol = staff("sol")
    with pytest.raises(PermissionDenied):
        sol.services.retention.review_list()
    with pytest.raises(PermissionDenied):
        sol.services.retention.destroy(1, "C-2020-0001")


def test_her_subject_access_copy_states_the_period_and_review_date(centre):
    """The sentence her SAR copy prints: the rule for her file and, once it is closed, the
    date it falls due for review; an open file says its period has not started."""
    from assist_desktop.services.subject_access_facts import retention_line
    closed = _closed_file(centre, "Keeper Person", date(2024, 6, 30))
    rules = shipped_rules()
    text = centre.db.read(lambda conn: retention_line(conn, closed.id, "england-wales", rules))
    assert text.startswith("Her file is kept for 7 years after it is closed")
    assert "falls due for review on 30 June 2031" in text and "Keeper" not in text
    still_open = centre.services.clients.create(
        dataclasses.replace(s.client("Open Person"), closed_on=None))
    text = centre.db.read(lambda conn: retention_line(conn, still_open.id, "england-wales",
                                                      rules))
    assert "still open" in text
