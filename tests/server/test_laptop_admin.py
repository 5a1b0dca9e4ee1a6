"""An administrator's work from her laptop against a real centre server (real process, real
mutual TLS): the audit log's CSV export written on the laptop, backups made on the server, and
change events that reach only the laptops whose signed-in person may see the record."""
from __future__ import annotations

import pytest

import case_samples as s
from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.services.audit_view import AuditQuery
from server_harness import sign_in


@pytest.fixture(scope="module")
def laptops(server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("laptops")
    return {name: server.laptop(tmp, name) for name in ("Laptop A", "Laptop B")}


def test_the_audit_csv_is_built_on_the_server_and_written_on_the_laptop(
        server, laptops, tmp_path):
    admin = sign_in(laptops["Laptop A"], "admin")
    try:
        target = tmp_path / "audit-log.csv"
        rows = admin.services.audit.export_csv(target, AuditQuery(actor="admin"))
        data = target.read_bytes()
        assert rows > 0 and data.startswith("\ufeffEntry,When (UTC),Who".encode())
        assert data.count(b"\r\n") == rows + 1 and b",admin," in data
        assert (target.stat().st_mode & 0o777) == 0o600
        assert not list(server.data_dir.rglob("audit-log.csv"))   # nothing on the server's disk
        with pytest.raises(Exception, match="already exists"):     # checked before any work
            admin.services.audit.export_csv(target, AuditQuery())
        entries = admin.services.audit.entries(AuditQuery(action="export"), 0, 5)
        assert entries[0].entity == "audit_log" and "device:Laptop_A" in entries[0].detail
    finally:
        admin.lock()


def test_a_support_worker_cannot_export_the_audit_log_from_her_laptop(
        server, laptops, tmp_path):
    sup = sign_in(laptops["Laptop B"], "sup")
    try:
        with pytest.raises(PermissionDenied):
            sup.services.audit.export_csv(tmp_path / "a.csv", AuditQuery())
        with pytest.raises(PermissionDenied):
            sup.connection.call(sup.token, "audit", "export_bytes", (AuditQuery(),))
        assert not (tmp_path / "a.csv").exists()
    finally:
        sup.lock()
