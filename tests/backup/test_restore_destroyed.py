"""Restoring a backup that holds files destroyed after it was made: the destruction register
(certificate numbers, references and hashes; no client data) survives the restore, the
administrator is told which files came back, and destroys each again under a new
certificate that names the first (docs/DATA_PROTECTION.md)."""
from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from pypdf import PdfReader

import case_samples as s
from assist_desktop.backup import BackupSecret, ReplacedCentre, restore_backup
from assist_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.matters import MatterStatus, RetentionCategory
from backup_world import BACKUP_PASSPHRASE, backup_of
from tests.conftest import PASSPHRASE

SECRET = BackupSecret.passphrase(BACKUP_PASSPHRASE)
LATER = date(2040, 1, 1)


def _closed_file(centre, name: str):
    services = centre.services
    her = services.clients.create(s.client(name))
    services.matters.create(dataclasses.replace(
        s.matter(her.id, "appeal"), status=MatterStatus.CLOSED,
        retention_category=RetentionCategory.STANDARD, outcome="",
        closed_on=date(2024, 6, 30), next_hearing_on=None))
    her = services.clients.get(her.id)
    return services.clients.update(dataclasses.replace(her, opened_on=date(2024, 3, 1),
                                                       closed_on=date(2024, 6, 30)))


def _restore(centre, path, data_dir):
    over = ReplacedCentre.of(centre)
    centre.lock()
    restore_backup(path, data_dir, SECRET, replacing=over)


def test_a_file_destroyed_after_the_backup_is_listed_and_destroyed_again(
        centre, staff, vault, data_dir, tmp_path):
    first = _closed_file(centre, "Zorbelinda Quastrophel")
    second = _closed_file(centre, "Keeper Person")
    before = centre.services.retention.destroy(first.id, first.reference, today=LATER)
    path = backup_of(centre, tmp_path)              # holds the second file, not the first
    done = centre.services.retention.destroy(second.id, second.reference, today=LATER)
    _restore(centre, path, data_dir)

    centre = vault.unlock("admin", PASSPHRASE)
    try:
        retention = centre.services.retention
        assert centre.services.clients.get(second.id).reference == second.reference  # back
        # the register survived: both certificates, the later one carried from the
        # replaced database (so the next certificate number is not given twice)
        assert set(retention.certificates()) == {before.certificate, done.certificate}
        returned = retention.restored_destroyed()
        assert [(r.certificate, r.reference) for r in returned] == \
            [(done.certificate, second.reference)]
        restore_row = next(r for r in centre.services.audit.page(limit=100)
                           if r.action == "restore_backup")
        assert "destroyed_since_backup:1" in restore_row.detail
        assert "Keeper" not in restore_row.detail
        with pytest.raises(PermissionDenied):
            staff("sol").services.retention.restored_destroyed()
        with pytest.raises(ValidationError, match="does not match"):
            retention.destroy_again(done.certificate, first.reference)
        with pytest.raises(NotFound):
            retention.destroy_again(before.certificate, first.reference)
        again = retention.destroy_again(done.certificate, second.reference.lower())
        assert again.certificate not in {before.certificate, done.certificate}
        assert again.record_hash == done.record_hash        # the same file, as destroyed
        with pytest.raises(NotFound):
            centre.services.clients.get(second.id)
        assert retention.restored_destroyed() == []
        row = next(r for r in centre.services.audit.page(limit=100) if r.action == "destroy")
        assert f"reapplies:{done.certificate}" in row.detail
        words = " ".join(PdfReader(io.BytesIO(again.pdf)).pages[0].extract_text().split())
        assert f"first certificate {done.certificate}" in words and "Keeper" not in words
    finally:
        centre.lock()


def test_a_restore_that_brings_nothing_back_lists_nothing(centre, vault, data_dir, tmp_path):
    first = _closed_file(centre, "Zorbelinda Quastrophel")
    path = backup_of(centre, tmp_path)
    _restore(centre, path, data_dir)
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        assert centre.services.retention.restored_destroyed() == []
        assert centre.services.clients.get(first.id).id == first.id
    finally:
        centre.lock()
