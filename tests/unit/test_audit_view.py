"""The audit viewer's service: administrators only, references for ids, CSV cells that no
spreadsheet runs as a formula, the export audited."""
from __future__ import annotations

import pytest

from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.security.audit_chain import AuditRow
from assist_desktop.services.audit import AuditService
from assist_desktop.services.audit_view import AuditQuery, csv_text, entries


def test_only_an_administrator_reads_or_exports_the_log(centre, staff, tmp_path):
    sol = staff("sol")
    with pytest.raises(PermissionDenied):
        sol.services.audit.entries(AuditQuery())
    with pytest.raises(PermissionDenied):
        sol.services.audit.export_csv(tmp_path / "a.csv", AuditQuery())
    assert not (tmp_path / "a.csv").exists()
    assert isinstance(centre.services.audit, AuditService)
    assert centre.services.audit.export_csv(tmp_path / "a.csv", AuditQuery()) > 0
    assert centre.services.audit.entries(AuditQuery(action="export"))[0].entity == "audit_log"


def test_ids_become_references_and_formulas_are_quoted():
    rows = [AuditRow(3, "2026-12-07T10:00:00+00:00", "=cmd|' /C calc'!A0", "update", "matter",
                     "5", "client:2 fields:title", "p", "h"),
            AuditRow(2, "2026-12-07T09:00:00+00:00", "sol", "create", "note", "9",
                     "client:7", "p", "h")]
    made = entries(rows, {2: "C-2026-0002"}, {5: ("M-2026-0001", 2)})
    assert (made[0].record, made[0].client) == ("M-2026-0001", "C-2026-0002")
    assert made[0].detail == "fields:title"           # her reference is in its own column
    assert made[1].client == "client 7 (removed)"      # purged: her reference is not kept
    text = csv_text([made])
    assert "'=cmd" in text and ",=cmd" not in text
