"""Statistics on the demo centre: every shipped report runs, every output (the service's
result, CSV, XLSX, PDF text) holds no client's name, date of birth, reference or free text,
small cells are hidden, and only administrators and solicitors see the figures."""
from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assist_desktop.demo.data import DemoPlan, create_demo_centre
from assist_desktop.domain.errors import PermissionDenied, ValidationError
from assist_desktop.services.statistics import (StatisticsService, build_table,
                                                load_definitions)
from assist_desktop.services.vault import Vault
from assist_desktop.storage.statistics_repository import AggregateRow
from assist_desktop.domain.report_definitions import TableDefinition
from assist_desktop.domain import statistics as st

PASSPHRASE = "violet lantern orchard thimble 7"
TODAY = date(2026, 3, 2)

# Columns that hold codes, dates of records, or labels a report may show by design
# (nationality and funder only when at least `threshold` women share them).
_NOT_FREE_TEXT = re.compile(
    r"^(id|version|created_at|updated_at|deleted_at|.*_on|.*_at|.*_date|date_.*|jurisdiction|"
    r"status|kind|domain|level|route|outcome|scheme|currency|process|step|relationship|"
    r"location|activity|matter_type|regime|nationality|funder|forms|competent_authority|"
    r"finding|.*_gender|safe_contact_method|immigration_status|reasonable_grounds|"
    r"conclusive_grounds|reconsideration_outcome|family_reunion|retention_category|"
    r"assessor|note_type|type|role|client_id|matter_id|.*_id|precision|.*_precision|"
    r"start_event|rule_id|mime_type|content_type|sha256|.*hash.*|file_name|language|"
    r"dialect|priority|privileged|interpreter_language|guidance_version|body_format)$")
_FILE_TABLES = ("clients", "client_aliases", "client_languages", "matters", "parties",
                "party_aliases", "identification_records", "compensation_claims",
                "case_notes", "children", "pregnancies", "needs_assessments",
                "support_plan_actions", "referrals", "peer_mentor_assignments", "tasks",
                "time_entries", "asylum_events", "age_assessments", "exploitation_profiles",
                "consents", "convictions")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    data_dir = tmp_path_factory.mktemp("statsdemo") / "centre"
    create_demo_centre(data_dir, PASSPHRASE, DemoPlan(clients=60, notes_per_client=2, seed=3,
                                                      today=TODAY),
                       kdf_policy=KdfPolicy(TEST_PARAMETERS))
    vault = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    opened = {}

    def sign_in(username):
        if username not in opened:
            opened[username] = vault.unlock(username, PASSPHRASE)
        return opened[username]
    yield sign_in
    for centre in opened.values():
        centre.lock()


def _service(centre):
    return StatisticsService(centre.db, centre.session, centre.audit_log)


def _needles(centre) -> set[str]:
    """Everything in the demo that names or describes a woman: names, references, dates of
    birth in the ways a document writes them, and every free-text value of her file."""
    def read(conn):
        out = set()
        for table in _FILE_TABLES:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                       if row[2].upper() == "TEXT" and not _NOT_FREE_TEXT.match(row[1])]
            for column in columns:
                for (value,) in conn.execute(f"SELECT DISTINCT {column} FROM {table}"):
                    if isinstance(value, str) and not _ISO_DAY.fullmatch(value.strip()):
                        out.add(value.strip())      # record dates (when a step happened)
        for (dob,) in conn.execute("SELECT date_of_birth FROM clients WHERE date_of_birth "
                                   "IS NOT NULL UNION SELECT date_of_birth FROM children "
                                   "WHERE date_of_birth IS NOT NULL"):
            day = date.fromisoformat(dob)
            out |= {dob, f"{day:%d/%m/%Y}", f"{day.day} {day:%B %Y}", f"{day:%d.%m.%Y}"}
        # a nationality or funder only one woman has says who she is
        out |= {v for (v,) in conn.execute(
            "SELECT trim(nationality) FROM clients GROUP BY trim(nationality) "
            "HAVING COUNT(*) = 1")}
        out |= {v for (v,) in conn.execute(
            "SELECT trim(t.funder) FROM time_entries t JOIN matters m ON m.id = t.matter_id "
            "GROUP BY trim(t.funder) HAVING COUNT(DISTINCT m.client_id) = 1")}
        return out
    admin_write = centre.db.write
    admin_write(lambda conn: conn.execute(   # one woman from a country no one else is from
        "UPDATE clients SET nationality = 'Tongan' WHERE id = (SELECT MIN(id) FROM clients)"))
    values = centre.db.read(read)
    # Short values ("Mai", "Le") would be found inside ordinary words; a name of three
    # letters still comes with its reference and family name, which are checked.
    return {v for v in values if len(v) >= 5 and not re.fullmatch(r"[a-z_]+", v)}


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _xlsx_text(data: bytes) -> str:
    book = load_workbook(io.BytesIO(data), read_only=True)
    return "\n".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)


@pytest.mark.slow
def test_no_report_output_identifies_anyone(demo, tmp_path):
    admin = demo("admin")
    service = _service(admin)
    needles = _needles(admin)
    assert len(needles) > 500          # the check has something to look for
    definitions, problems = service.definitions()
    assert problems == [] and {d.report_id for d in definitions} >= {
        "eu-amif-project", "legal-aid-matters"}
    assert "Tongan" in needles
    for threshold in (5, 2):           # the smallest threshold shows the most
        service.set_threshold(threshold)
        for definition in definitions:
            for breakdown, start in (("month", date(2025, 1, 1)), ("quarter", date(2023, 1, 1)),
                                     ("year", date(2020, 1, 1))):
                report = service.run(definition.report_id, start, TODAY, breakdown)
                outputs = {"result": repr(report)}
                # every format on the smallest threshold; the exports are built from the
                # result, so the other runs check the result itself
                formats = ("csv", "xlsx", "pdf") if threshold == 2 and breakdown != "quarter" \
                    else ()
                for fmt in formats:
                    path = tmp_path / f"out.{fmt}"
                    service.export(report, path, fmt)
                    data = path.read_bytes()
                    outputs[fmt] = (data.decode("utf-8-sig") if fmt == "csv" else
                                    _xlsx_text(data) if fmt == "xlsx" else _pdf_text(data))
                for name, text in outputs.items():
                    leaked = sorted(n for n in needles if n in text)
                    assert not leaked, (definition.report_id, breakdown, name, leaked[:5])
    service.set_threshold(5)


def test_reports_count_and_hide_small_cells(demo):
    service = _service(demo("solicitor"))
    report = service.run("eu-amif-project", date(2024, 1, 1), date(2025, 12, 31), "quarter")
    assert report.threshold == 5 and len(report.tables) == 14
    supported = report.tables[1]
    assert supported.column_labels[-1] == "Total" and supported.cells[0][-1] > 0
    assert sum(t.suppressed for t in report.tables) > 0
    for table in report.tables:
        for row in table.cells:
            assert all(v is None or v == 0 or v >= 5 or table.unit in (st.Unit.MINUTES,
                       st.Unit.MONEY, st.Unit.ITEMS) for v in row)
    by_region = report.tables[2]
    assert by_region.row_labels[-1] == "Total"


def test_support_workers_do_not_see_statistics(demo):
    service = _service(demo("support"))
    assert not service.allowed
    with pytest.raises(PermissionDenied):
        service.run("eu-amif-project", date(2025, 1, 1), date(2025, 12, 31))
    with pytest.raises(PermissionDenied):
        service.definitions()


def test_threshold_is_an_administrators_audited_setting(demo):
    with pytest.raises(PermissionDenied):
        _service(demo("solicitor")).set_threshold(10)
    admin = demo("admin")
    service = _service(admin)
    with pytest.raises(ValidationError):
        service.set_threshold(1)
    assert service.set_threshold(10) == 10 and service.threshold() == 10
    rows = admin.db.read(lambda conn: conn.execute(
        "SELECT action, entity_id, detail FROM audit_log WHERE entity_id = "
        "'statistics_threshold'").fetchall())
    assert rows[-1] == ("change_setting", "statistics_threshold", "to:10")
    service.set_threshold(5)


def test_runs_and_exports_are_audited_without_figures(demo, tmp_path):
    admin = demo("admin")
    service = _service(admin)
    report = service.run("legal-aid-matters", date(2025, 1, 1), date(2025, 6, 30), "month")
    warning = service.export(report, tmp_path / "r.csv", "csv")
    assert "leave the encrypted store" in warning
    rows = admin.db.read(lambda conn: conn.execute(
        "SELECT action, detail FROM audit_log WHERE entity = 'statistics' "
        "ORDER BY seq DESC LIMIT 2").fetchall())
    assert rows[0] == ("export", "csv:legal-aid-matters 2025-01-01..2025-06-30")
    assert rows[1] == ("run_report", "2025-01-01..2025-06-30 month")
    text = (tmp_path / "r.csv").read_bytes().decode("utf-8-sig")
    assert "[c]" in text and "Matters opened, by type" in text
    with pytest.raises(ValidationError):
        service.export(report, tmp_path / "r.doc", "doc")


def test_free_text_shared_by_few_women_is_counted_as_other():
    rows = [AggregateRow(-1, "~other", 3, 3), AggregateRow(0, "~other", 3, 3),
            AggregateRow(-1, None, 3, 3), AggregateRow(0, None, 3, 3)]
    periods = st.periods(date(2025, 1, 1), date(2025, 1, 31), "month")
    table, _ = build_table(TableDefinition("By funder", "time", "funder"), rows, periods, 5)
    assert table.row_labels == ("Other (each fewer than the threshold)", "Total")
    assert table.cells == ((None,), (None,))


def test_a_funder_only_one_woman_has_never_leaves_the_store(demo):
    admin = demo("admin")
    admin.db.write(lambda conn: conn.execute(
        "UPDATE time_entries SET funder = 'Sister of Elira (private)' WHERE id = "
        "(SELECT MIN(id) FROM time_entries)"))
    report = _service(admin).run("legal-aid-matters", date(2000, 1, 1), TODAY, "year")
    assert "Sister of Elira" not in repr(report)


@pytest.mark.parametrize("data, message", [
    ([], "must be a JSON object"),
    ({"id": "Bad Id", "title": "x", "tables": []}, "\"id\" must be"),
    ({"id": "ok", "title": "", "tables": []}, "\"title\" must be some text"),
    ({"id": "ok", "title": "T", "tables": []}, "\"tables\" must be a list"),
    ({"id": "ok", "title": "T", "tables": [{"title": "a", "measure": "names"}]},
     "table 1: unknown measure 'names'"),
    ({"id": "ok", "title": "T", "tables": [{"title": "a", "measure": "time",
                                             "by": "age_band"}]},
     "table 1: time cannot be broken down by 'age_band'"),
    ({"id": "ok", "title": "T", "tables": [{"title": "a", "measure": "time", "sql": "x"}]},
     "table 1: must be an object"),
    ({"id": "ok", "title": "T", "extra": 1, "tables": []}, "unknown key(s) extra"),
    ({"id": "ok", "title": "T", "tables": [
        {"title": "a", "measure": "new_clients", "by": "nationality"},
        {"title": "b", "measure": "new_clients", "by": "region"}]},
     "new_clients by nationality and by region in one report could give back hidden"),
])
def test_a_bad_definition_gets_a_clear_message(tmp_path, data, message):
    (tmp_path / "funder.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    found, problems = load_definitions(tmp_path)
    assert found == []
    assert problems[0] == "broken.json: not readable JSON (JSONDecodeError)"
    assert problems[1].startswith("funder.json") and message in problems[1], problems


def test_a_nationality_regions_json_does_not_list_counts_as_other_regions(demo):
    admin = demo("admin")
    admin.db.write(lambda conn: conn.execute(
        "UPDATE clients SET nationality = 'Tongan' WHERE id = (SELECT MIN(id) FROM clients)"))
    service = _service(admin)
    service.set_threshold(2)
    try:
        report = service.run("eu-amif-project", date(2000, 1, 1), TODAY, "whole")
    finally:
        service.set_threshold(5)
    regions = next(t for t in report.tables if "region" in t.title)
    assert "Other regions" in regions.row_labels
    assert "Tongan" not in repr(report)


def test_time_on_no_particular_matter_counts_the_woman_behind_it(demo):
    """Time without a matter (schema 16) is hers: she counts towards the threshold of the
    cell it falls in, and it leaves the figures with her file."""
    from assist_desktop.storage.statistics_repository import StatisticsRepository
    admin = demo("admin")
    client_id, day = admin.db.read(lambda conn: conn.execute(
        "SELECT client_id, worked_on FROM time_entries WHERE matter_id IS NULL AND "
        "deleted_at IS NULL ORDER BY id LIMIT 1").fetchone())
    span = [(date.fromisoformat(day), date.fromisoformat(day))]

    def hers_only():
        return admin.db.read(lambda conn: {
            (r.category, r.bucket): (r.value, r.contributors) for r in
            StatisticsRepository().aggregate(conn, "time", "activity", span, 5, {}, None)
            if r.category is None})

    def by_hand():
        return admin.db.read(lambda conn: conn.execute(
            "SELECT COALESCE(SUM(t.minutes), 0), COUNT(DISTINCT t.client_id) FROM time_entries t "
            "JOIN clients c ON c.id = t.client_id WHERE t.worked_on = ? AND "
            "t.deleted_at IS NULL AND c.deleted_at IS NULL", (day,)).fetchone())
    minutes, women = by_hand()
    assert hers_only()[(None, -1)] == (minutes, women) and women >= 1
    admin.db.write(lambda conn: conn.execute(
        "UPDATE clients SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?", (client_id,)))
    try:
        minutes_left, women_left = by_hand()
        assert hers_only().get((None, -1), (0, 0)) == (minutes_left, women_left)
        assert women_left == women - 1
    finally:
        admin.db.write(lambda conn: conn.execute(
            "UPDATE clients SET deleted_at = NULL WHERE id = ?", (client_id,)))


def test_the_sql_counts_what_a_hand_count_finds(demo):
    """The grouped queries against a count made row by row in Python."""
    from collections import Counter, defaultdict

    from assist_desktop.storage.statistics_repository import StatisticsRepository
    admin = demo("solicitor")
    periods = st.periods(date(2024, 1, 1), date(2025, 12, 31), "quarter")
    spans = [(p.start, p.end) for p in periods]
    repo = StatisticsRepository()

    def agg(measure, by, step=3):
        rows = admin.db.read(lambda conn: repo.aggregate(conn, measure, by, spans, 5, {}, step))
        return {(r.bucket, r.category): (r.value, r.contributors) for r in rows}

    def bucket(day):
        for i, (lo, hi) in enumerate(spans):
            if lo.isoformat() <= day <= hi.isoformat():
                return i
        return None
    clients = admin.db.read(lambda conn: conn.execute(
        "SELECT id, opened_on, closed_on FROM clients WHERE deleted_at IS NULL").fetchall())
    new = Counter(bucket(o) for _i, o, _c in clients if o and bucket(o) is not None)
    got = agg("new_clients", "total")
    for i in range(len(spans)):
        assert got.get((i, "total"), (0, 0))[0] == new[i]
    assert got[(-1, None)][0] == sum(new.values())
    active = Counter()
    for _i, opened, closed in clients:
        for i, (lo, hi) in enumerate(spans):
            if opened <= hi.isoformat() and (closed is None or closed >= lo.isoformat()):
                active[i] += 1
    got = agg("clients_supported", "total")
    assert [got[(i, "total")][0] for i in range(len(spans))] == [active[i] for i in
                                                                 range(len(spans))]
    entries = admin.db.read(lambda conn: conn.execute(
        "SELECT t.worked_on, trim(t.funder), t.minutes, t.client_id FROM time_entries t "
        "WHERE t.deleted_at IS NULL").fetchall())   # with or without a matter
    minutes, women = Counter(), defaultdict(set)
    for day, funder, mins, client in entries:
        i = bucket(day)
        if i is not None:
            minutes[(i, funder)] += mins
            women[(i, funder)].add(client)
            minutes[(i, None)] += mins
            women[(i, None)].add(client)
    got = agg("time", "funder")
    for key, value in minutes.items():   # the women behind time: counted up to the threshold
        if key[1] is None or key in got:
            assert got[key] == (value, min(len(women[key]), 5)), key
    profiles = admin.db.read(lambda conn: conn.execute(
        "SELECT c.opened_on, c.closed_on, p.forms FROM clients c JOIN exploitation_profiles p "
        "ON p.client_id = c.id WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL").fetchall())
    forms = Counter()
    lo, hi = spans[0][0].isoformat(), spans[-1][1].isoformat()
    for opened, closed, text in profiles:
        if opened <= hi and (closed is None or closed >= lo):
            forms.update(f for f in text.split("\n") if f)
    got = agg("clients_supported", "exploitation_form")
    assert {c: v for (b, c), (v, _n) in got.items() if b == -1 and c and c != "~none"} == \
        dict(forms)
