"""`assist-desktop import-clients` (the wizard's service from the command line: mapping file,
problems by row and column on stdout, dry run) and list exports (caseload, my tasks) as CSV
and XLSX: administrators with a casework role only, the warning, formula cells neutralised,
the audit row with counts."""
from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from assist_desktop.domain.clients import Client
from assist_desktop.domain.errors import PermissionDenied, ValidationError
from assist_desktop.domain.tasks import Task
from assist_desktop.services.list_exports import ListExportService
from tests.unit.cli_helpers import P1, run


@pytest.fixture
def closed_centre(centre, data_dir):
    centre.services.clients.create(Client(jurisdiction=centre.centre.jurisdiction,
                                          given_names="Amina", family_name="Bello"))
    centre.lock()
    return data_dir


def _count_clients(data_dir, vault):
    opened = vault.unlock("admin", P1)
    try:
        return opened.db.read(lambda c: c.execute("SELECT count(*) FROM clients").fetchone()[0])
    finally:
        opened.lock()


@pytest.mark.slow
def test_import_clients_from_the_command_line_with_a_mapping_and_a_dry_run(
        closed_centre, vault, tmp_path):
    data = tmp_path / "clients.csv"
    data.write_text("Nom,Famille,Né\r\nAmina,Bello,about 1990\r\nLinh,Tran,31/02/1990\r\n"
                    "Rosa,Diaz,1985\r\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Nom": "given_names", "Famille": "family_name",
                                   "Né": "date_of_birth"}), encoding="utf-8")
    args = ("import-clients", "--data-dir", str(closed_centre), "--as", "admin", str(data),
            "--mapping", str(mapping))
    refused = run(*args, stdin=P1 + "\n")
    assert refused.returncode == 1 and "1 row(s) have problems" in refused.stderr
    assert "3\t3\tNé\tproblem\tis not a real date" in refused.stdout
    assert "2\t\t\tmatch\tclient C-" in refused.stdout
    dry = run(*args, "--skip-problems", "--matches", "skip", "--dry-run", stdin=P1 + "\n")
    assert dry.returncode == 0, dry.stderr
    assert "Would import 1 clients (2 rows skipped" in dry.stderr and "nothing was kept" in \
        dry.stderr
    assert _count_clients(closed_centre, vault) == 1
    done = run(*args, "--skip-problems", "--matches", "import", stdin=P1 + "\n")
    assert done.returncode == 0 and "Imported 2 clients (1 rows skipped" in done.stderr
    assert _count_clients(closed_centre, vault) == 3


@pytest.mark.slow
def test_a_bad_mapping_file_is_one_line(closed_centre, tmp_path):
    data = tmp_path / "clients.csv"
    data.write_text("Name\r\nAmina Bello\r\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text('{"Name": "shoe_size"}', encoding="utf-8")
    result = run("import-clients", "--data-dir", str(closed_centre), "--as", "admin",
                 str(data), "--mapping", str(mapping), stdin=P1 + "\n")
    assert result.returncode == 1 and "'shoe_size' is not a field" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def listed(centre):
    clients = centre.services.clients
    jurisdiction = centre.centre.jurisdiction
    one = clients.create(Client(jurisdiction=jurisdiction, given_names="=cmd|'/C calc'!A0",
                                family_name="@Bello", nationality="+Nigerian",
                                date_of_birth=date(1990, 1, 1)))
    clients.create(Client(jurisdiction=jurisdiction, given_names="Linh", family_name="Tran"))
    centre.services.tasks.create(Task(client_id=one.id, title="-2+3 call her",
                                      due_on=date.today() + timedelta(days=3),
                                      assigned_to=centre.session.user_id))
    return centre


def test_the_caseload_as_csv_and_xlsx_has_formula_cells_neutralised(listed, tmp_path):
    service = ListExportService(listed.db, listed.session, listed.audit_log)
    assert service.save("caseload", tmp_path / "c.csv") == 2
    text = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert "'=cmd|'/C calc'!A0 @Bello" in text and ",'+Nigerian," in text
    assert (tmp_path / "c.csv").stat().st_mode & 0o777 == 0o600
    service.save("tasks", tmp_path / "t.xlsx")
    sheet = load_workbook(io.BytesIO((tmp_path / "t.xlsx").read_bytes())).active
    assert sheet["B2"].value == "'-2+3 call her" and sheet["B2"].data_type == "s"
    rows = listed.db.read(lambda c: c.execute(
        "SELECT entity_id, detail FROM audit_log WHERE action = 'export'").fetchall())
    assert rows == [("caseload", "list=caseload;rows=2;format=csv"),
                    ("tasks", "list=tasks;rows=1;format=xlsx")]
    with pytest.raises(ValidationError, match="already exists"):
        service.save("caseload", tmp_path / "c.csv")


def test_only_administrators_with_a_casework_role_export_lists(centre, staff, tmp_path):
    for who in ("sol", "sup", "adm"):
        other = staff(who)
        with pytest.raises(PermissionDenied):
            ListExportService(other.db, other.session, other.audit_log).save(
                "caseload", tmp_path / f"{who}.csv")
        assert not (tmp_path / f"{who}.csv").exists()


@pytest.mark.slow
def test_export_list_from_the_command_line_warns(closed_centre, tmp_path):
    out = tmp_path / "caseload.xlsx"
    result = run("export-list", "--data-dir", str(closed_centre), "--as", "admin", "caseload",
                 "--out", str(out), stdin=P1 + "\n")
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr and "Wrote 1 rows" in result.stderr
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    assert sheet["B2"].value == "Amina Bello"
