"""Review fixes in the services: behaviour pinned by a test that failed before each fix."""
from __future__ import annotations

import pytest

from assist_desktop.domain.errors import ValidationError
from assist_desktop.services.conflict_check import clean_names
from assist_desktop.services.safety_screening import SafetyScreeningService
from search_fixtures import add_client, service


def test_clean_names_may_allow_none():
    assert clean_names(["  Amara  Eze ", "Amara Eze"]) == ("Amara Eze",)
    assert clean_names([" "], required=False) == ()
    with pytest.raises(ValidationError):
        clean_names([" "])
    with pytest.raises(ValidationError):
        clean_names([42], required=False)


def test_a_non_text_name_beside_a_phone_number_is_refused(case_db, ids):
    beatrice = add_client(case_db, "Beatrice", "Mensah")
    sol = service(SafetyScreeningService, case_db, ids, "sol")
    with pytest.raises(ValidationError):
        sol.screen_contact(beatrice.id, [42], phones=["07700 900123"])
    assert sol.screen_contact(beatrice.id, [" "], phones=["07700 900123"]) == []


# --- the case-transfer package: the centre's KDF policy and passphrase policy ---------------
def _consenting(db, first, last):
    """A client whose consent to information sharing is in force (an export needs it)."""
    from case_samples import give_sharing_consent
    client = add_client(db, first, last)
    db.write(give_sharing_consent, client.id)
    return client


def test_a_transfer_package_uses_the_centres_kdf_policy(centre):
    from assist_desktop.security.kdf import TEST_PARAMETERS
    from assist_desktop.security.transfer_package import read_header
    ana = _consenting(centre.db, "Ana", "Lopes")
    data = centre.services.interchange.export_package(
        ana.reference, "quiet harbour lantern meadow 58").data
    assert read_header(data).params == TEST_PARAMETERS


def test_a_transfer_passphrase_meets_the_centres_minimum_score(centre):
    from assist_desktop.domain.errors import WeakPassphraseError
    ana = _consenting(centre.db, "Ana", "Lopes")
    interchange = centre.services.interchange
    with pytest.raises(WeakPassphraseError, match="^Transfer passphrase: "):
        interchange.export_package(ana.reference, "horsebattery1")   # scores 2; default is 3
    centre.services.settings.set_policy(min_passphrase_score=2)
    assert interchange.export_package(ana.reference, "horsebattery1").encrypted
    centre.services.settings.set_policy(min_passphrase_score=4)
    with pytest.raises(WeakPassphraseError, match="^Transfer passphrase: "):
        interchange.export_package(ana.reference, "gardenhose12")    # scores 3


# --- shared checks ---------------------------------------------------------------------------
def test_check_count_with_a_maximum():
    from assist_desktop.domain.records import check_count
    check_count("n", None)
    check_count("n", 5, minimum=1, maximum=5, optional=False)
    for bad in (None, 0, 6, True, 2.0):
        with pytest.raises(ValidationError):
            check_count("n", bad, minimum=1, maximum=5, optional=False)


def test_utc_stamp_converts_to_utc():
    from datetime import datetime, timedelta, timezone
    from assist_desktop.platform.clock import utc_stamp
    moment = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert utc_stamp(moment) == "2026-03-02T09:00:00.000000+00:00"


def test_purge_declined_checks_its_arguments(case_db, ids):
    from assist_desktop.domain.errors import PermissionDenied
    from assist_desktop.services.conflict_check import ConflictCheckService
    with pytest.raises(PermissionDenied):
        service(ConflictCheckService, case_db, ids, "sol").purge_declined(30)
    admin = service(ConflictCheckService, case_db, ids, "adm")
    for bad in (-1, 36_501, None, "30", True):
        with pytest.raises(ValidationError):
            admin.purge_declined(bad)
    assert admin.purge_declined(0) == 0


def test_stamp_date():
    from datetime import date
    from assist_desktop.platform.clock import stamp_date
    assert stamp_date("2026-03-02T23:30:00.000000+00:00") == date(2026, 3, 2)
    assert stamp_date("") is None and stamp_date(None) is None and stamp_date("soon") is None


def test_a_minors_file_born_on_29_february_is_kept_to_28_february():
    from datetime import date
    from types import SimpleNamespace
    from assist_desktop.domain.matters import RetentionCategory
    from assist_desktop.services.document_inputs_admin import _retain_until
    case = SimpleNamespace(client=SimpleNamespace(date_of_birth=date(2008, 2, 29)))
    minor = [SimpleNamespace(retention_category=RetentionCategory.MINOR)]
    assert _retain_until(case, minor, 5) == date(2031, 2, 28)
    assert _retain_until(case, minor, 2) == date(2028, 2, 29)


def test_intact_and_role_label():
    from types import SimpleNamespace
    from assist_desktop.domain.attachments import digest, intact
    from assist_desktop.services.document_inputs import role_label
    record = SimpleNamespace(size=3, sha256=digest(b"abc"))
    assert intact(record, b"abc") and not intact(record, b"abd")
    assert not intact(record, None) and not intact(record, b"abcd")
    assert role_label(["support_worker", "solicitor"]) == "Solicitor"
    assert role_label(["support_worker"]) == "Support worker"
    assert role_label(["administrator"]) == ""


def test_a_folder_with_restore_leftovers_is_not_offered_the_first_run_wizard(tmp_path, fast_kdf):
    from assist_desktop.backup import restore
    from assist_desktop.services.vault import Vault
    assert not Vault(tmp_path, kdf_policy=fast_kdf).exists()
    (tmp_path / f"{restore.SAFETY_PREFIX}20260101-000000").mkdir()
    assert Vault(tmp_path, kdf_policy=fast_kdf).exists()
    (tmp_path / f"{restore.SAFETY_PREFIX}20260101-000000").rmdir()
    (tmp_path / restore.JOURNAL).write_text("{}")
    assert Vault(tmp_path, kdf_policy=fast_kdf).exists()


def test_a_new_recovery_code_replaces_the_backup_origin_key(centre):
    from assist_desktop.security.backup_auth import SETTING
    from assist_desktop.storage.centre_repository import SettingsRepository
    before = centre.db.read(lambda conn: SettingsRepository().all(conn)[SETTING])
    from assist_desktop.security.recovery_code import new_recovery_code
    centre.set_recovery_code(new_recovery_code())
    after = centre.db.read(lambda conn: SettingsRepository().all(conn)[SETTING])
    assert before and after and before != after
