"""The demo centre: three users with the one passphrase, the expected counts, every kind of
record (and every matter type), shared traffickers the conflict check finds, deadlines around
`today`, consistent search indexes, and the same seed giving the same centre."""
from __future__ import annotations

import json
import random
from collections import Counter
from datetime import date, timedelta

import pytest

from assist_desktop.domain.errors import StoreExistsError
from assist_desktop.domain.matters import MatterType
from assist_desktop.demo.data import (CENTRE_NAME, DemoPlan, create_demo_centre,
                                      note_counts)
from assist_desktop.services.interchange import InterchangeService
from assist_desktop.services.search import SearchService
from assist_desktop.services.vault import Vault
from assist_desktop.storage.search_index import SearchIndex

PASSPHRASE = "violet lantern orchard thimble 7"
TODAY = date(2026, 3, 2)
PLAN = DemoPlan(clients=30, notes_per_client=6, seed=5, today=TODAY)


def _sql(centre, sql, params=()):
    return centre.db.read(lambda conn: conn.execute(sql, params).fetchall())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    data_dir = tmp_path_factory.mktemp("demo") / "centre"
    summary = create_demo_centre(data_dir, PASSPHRASE, PLAN, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    vault = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    opened = {}

    def sign_in(username):
        if username not in opened:
            opened[username] = vault.unlock(username, PASSPHRASE)
        return opened[username]
    yield summary, sign_in, data_dir
    for centre in opened.values():
        centre.lock()


def test_three_users_one_passphrase(demo):
    _summary, sign_in, _ = demo
    roles = {name: sign_in(name).session.roles for name in ("admin", "solicitor", "support")}
    assert roles == {"admin": frozenset({"administrator"}), "solicitor": frozenset({"solicitor"}),
                     "support": frozenset({"support_worker"})}
    assert sign_in("admin").centre.name == CENTRE_NAME
    assert not sign_in("solicitor").must_change_passphrase


def test_counts_match_the_plan(demo):
    summary, sign_in, _ = demo
    centre = sign_in("admin")
    assert summary.clients == 30 and summary.notes == 180
    assert _sql(centre, "SELECT count(*) FROM clients")[0][0] == 30
    assert _sql(centre, "SELECT count(*) FROM case_notes")[0][0] == 180
    for table, expected in (("matters", summary.matters), ("parties", summary.parties),
                            ("tasks", summary.tasks), ("children", summary.children),
                            ("compensation_claims", summary.claims),
                            ("attachments", summary.attachments)):
        assert _sql(centre, f"SELECT count(*) FROM {table}")[0][0] == expected > 0, table
    for table in ("client_aliases", "consents", "identification_records", "needs_assessments",
                  "support_plan_actions", "referrals", "schedule_of_loss_items",
                  "time_entries", "attachment_blobs", "matter_parties", "party_phones"):
        assert _sql(centre, f"SELECT count(*) FROM {table}")[0][0] > 0, table
    loose = _sql(centre, "SELECT count(*), min(activity) FROM time_entries t JOIN clients c "
                 "ON c.id = t.client_id WHERE t.matter_id IS NULL")[0]
    assert loose[0] > 0 and loose[1] == "support"      # support time on no particular matter
    types = {row[0] for row in _sql(centre, "SELECT DISTINCT matter_type FROM matters")}
    assert types == {t.value for t in MatterType}
    assert _sql(centre, "SELECT count(*) FROM audit_log WHERE action = 'create_demo_data'") \
        == [(1,)]


def test_asylum_steps_age_assessments_and_profiles_read_back(demo):
    """Written in bulk, read through the service as a solicitor sees them."""
    _summary, sign_in, _ = demo
    asylum = sign_in("solicitor").services.asylum
    ids = [row[0] for row in _sql(sign_in("admin"), "SELECT id FROM clients WHERE id NOT IN "
                                  "(SELECT client_id FROM client_restrictions)")]
    profiles = [asylum.profile(cid) for cid in ids]
    assert all(p is not None and p.forms and p.countries for p in profiles)
    assert {str(p.route) for p in profiles} >= {"agency", "outreach", "self_referral"}
    steps = [e for cid in ids for e in asylum.list(cid)]
    assert {str(e.step) for e in steps} >= {"claim", "screening_interview",
                                            "substantive_interview", "decision"}
    assert any(str(e.outcome) == "refused" for e in steps)
    assert _sql(sign_in("admin"), "SELECT count(*) FROM age_assessments")[0][0] > 0


def test_the_data_looks_like_a_caseload(demo):
    _summary, sign_in, _ = demo
    centre = sign_in("admin")
    names = " ".join(r[0] for r in _sql(centre, "SELECT given_names || ' ' || family_name FROM "
                                                "clients UNION ALL SELECT name FROM "
                                                "client_aliases"))
    scripts = {script for script, (low, high) in {
        "latin-extended": ("\u00c0", "\u024f"), "vietnamese": ("\u1e00", "\u1eff"),
        "cyrillic": ("\u0400", "\u04ff"), "arabic": ("\u0600", "\u06ff"),
        "ethiopic": ("\u1200", "\u137f"), "thai": ("\u0e00", "\u0e7f"),
        "cjk": ("\u4e00", "\u9fff")}.items() if any(low <= ch <= high for ch in names)}
    assert len(scripts) >= 4, scripts
    overdue, this_week = _sql(centre, "SELECT sum(due_on < :t), sum(due_on BETWEEN :t AND :w) "
                                      "FROM tasks WHERE done_on IS NULL",
                              {"t": TODAY.isoformat(),
                               "w": (TODAY + timedelta(days=6)).isoformat()})[0]
    assert overdue > 0 and this_week > 0
    assert _sql(centre, "SELECT count(*) FROM case_notes WHERE privileged = 1")[0][0] > 0
    assert _sql(centre, "SELECT count(*) FROM client_restrictions")[0][0] > 0
    assert _sql(centre, "SELECT count(*) FROM children WHERE leverage_risk = 1 AND "
                        "location = 'country_of_origin'")[0][0] > 0
    lengths = [r[0] for r in _sql(centre, "SELECT length(body) FROM case_notes "
                                          "WHERE sealed_with IS NULL")]
    assert 200 < sum(lengths) / len(lengths) < 4000 and max(lengths) > 800
    # privileged and restricted records are written sealed (separation by key)
    assert _sql(centre, "SELECT count(*) FROM case_notes WHERE privileged = 1 AND "
                        "sealed_with IS NULL")[0][0] == 0
    from assist_desktop.storage.attachment_repository import AttachmentRepository
    for attachment_id, label in _sql(centre, "SELECT a.id, a.sealed_with FROM attachments a "
                                             "JOIN attachment_blobs b ON b.attachment_id = a.id"):
        if label and not centre.db.read(lambda conn: centre.keyring.can_open(conn, label)):
            continue                    # a restricted file that does not name this solicitor
        data = centre.db.read(AttachmentRepository().data, attachment_id)
        assert data.startswith(b"%PDF-1.4") or b"Fictional demo document" in data


def test_search_indexes_are_complete(demo):
    _summary, sign_in, _ = demo
    centre = sign_in("solicitor")
    index = SearchIndex()
    assert centre.db.read(index.pending) == 0
    assert centre.db.read(index.integrity_problems) == []
    triggers = {r[0] for r in _sql(centre, "SELECT name FROM sqlite_master WHERE type = "
                                           "'trigger' AND tbl_name = 'case_notes'")}
    assert {"search_notes_ai", "search_notes_au", "search_notes_ad"} <= triggers
    name = _sql(centre, "SELECT family_name FROM clients WHERE id = 3")[0][0]
    found = SearchService(centre.db, centre.session, centre.audit_log).search(name)
    assert any(r.client_id == 3 for r in found)
    assert SearchService(centre.db, centre.session, centre.audit_log).search("interpreter")


def test_restricted_clients_are_hidden_from_others(demo):
    _summary, sign_in, _ = demo
    centre = sign_in("support")
    hidden = _sql(centre, "SELECT c.reference FROM clients c WHERE EXISTS (SELECT 1 FROM "
                          "client_restrictions r WHERE r.client_id = c.id) AND NOT EXISTS (SELECT "
                          "1 FROM client_restrictions r WHERE r.client_id = c.id AND r.user_id = ?)",
                  (centre.session.user_id,))
    results = SearchService(centre.db, centre.session, centre.audit_log).search("a", limit=500)
    assert hidden and not {r.reference for r in results} & {h[0] for h in hidden}


def test_shared_traffickers_are_found_by_the_conflict_check(demo):
    from assist_desktop.services.conflict_check import ConflictCheckService
    _summary, sign_in, _ = demo
    centre = sign_in("solicitor")
    name, files = _sql(centre, "SELECT name, count(DISTINCT client_id) FROM parties WHERE role IN "
                               "('trafficker', 'associate') GROUP BY name ORDER BY 2 DESC, 1")[0]
    assert files >= 2
    check = ConflictCheckService(centre.db, centre.session, centre.audit_log).check_client([name])
    assert len({m.client_id for m in check.matches if m.record_kind == "party"}) >= 2


CHECK = "Checking the demo files (fictional data)"   # a solicitor's override reason


def test_every_demo_file_passes_the_import_checks(demo):
    """Export puts each file through every import check, domain rules included."""
    _summary, sign_in, _ = demo
    centre = sign_in("solicitor")
    service = InterchangeService(centre.db, centre.session, centre.audit_log)
    references = [r[0] for r in _sql(centre, "SELECT reference FROM clients")]
    assert len(references) == 30
    for reference in references:
        # Not every demo client consented to sharing: the consent check is not what is tested.
        assert service.export_client(reference, override_reason=CHECK).counts["notes"] >= 0


def test_a_demo_file_exports_and_imports(demo, tmp_path):
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    _summary, sign_in, _ = demo
    centre = sign_in("solicitor")
    reference = _sql(centre, "SELECT reference FROM clients WHERE id = 1")[0][0]
    data = InterchangeService(centre.db, centre.session, centre.audit_log).export_client(
        reference, override_reason=CHECK).data
    other = create_demo_centre(tmp_path / "other", PASSPHRASE,
                               DemoPlan(clients=1, notes_per_client=1, today=TODAY),
                               kdf_policy=KdfPolicy(TEST_PARAMETERS))
    assert other.clients == 1
    receiving = Vault(tmp_path / "other", kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock(
        "solicitor", PASSPHRASE)
    try:
        service = InterchangeService(receiving.db, receiving.session, receiving.audit_log)
        result = service.import_file(data)
        again = json.loads(service.export_client(result.reference, override_reason=CHECK).data)
        assert len(again["notes"]) == len(json.loads(data)["notes"])
    finally:
        receiving.lock()


def test_same_seed_same_centre(tmp_path):
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    plan = DemoPlan(clients=8, notes_per_client=3, seed=11, today=TODAY)

    def content(name, plan):
        create_demo_centre(tmp_path / name, PASSPHRASE, plan,
                           kdf_policy=KdfPolicy(TEST_PARAMETERS))
        centre = Vault(tmp_path / name, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock(
            "admin", PASSPHRASE)
        try:
            return [_sql(centre, sql) for sql in (
                "SELECT reference, given_names, family_name, date_of_birth FROM clients",
                "SELECT note_date, title, body, privileged FROM case_notes",
                "SELECT name, role FROM parties", "SELECT reference, matter_type FROM matters",
                "SELECT title, due_on FROM tasks")]
        finally:
            centre.lock()
    first = content("one", plan)
    assert content("two", plan) == first
    assert content("three", DemoPlan(clients=8, notes_per_client=3, seed=12, today=TODAY)) \
        != first


def test_only_an_empty_folder(tmp_path):
    (tmp_path / "something.txt").write_text("real data?")
    with pytest.raises(StoreExistsError):
        create_demo_centre(tmp_path, PASSPHRASE, PLAN)


def test_note_counts_add_up_and_heavy_files_exist():
    counts = note_counts(random.Random(1), 2500, 25)
    assert sum(counts) == 62_500
    assert counts[0] == counts[1000] == counts[2000] == 500
    assert Counter(c == 500 for c in counts)[True] == 3
    assert sum(note_counts(random.Random(1), 7, 3)) == 21
