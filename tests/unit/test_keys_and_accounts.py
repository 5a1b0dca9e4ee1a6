"""Key slots, rotation, recovery, accounts and their permissions, against real files."""
from __future__ import annotations

import json
import stat

import pytest

from assist_desktop.domain.errors import (PermissionDenied, ValidationError, WeakPassphraseError,
                                          WrongKeyError)
from assist_desktop.security.recovery_code import new_recovery_code, normalise
from tests.conftest import OTHER_PASSPHRASE

NEW = "amber kettle meadow sparrow 12"


def test_key_file_is_private_versioned_and_holds_no_key(centre, data_dir):
    path = data_dir / "keyslots.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text())
    assert data["format"] == "assist-desktop/keyslots" and data["version"] == 2
    assert {s["kind"] for s in data["slots"]} == {"passphrase", "recovery"}
    assert centre.keeper.data_key.hex() not in path.read_text()
    kdf = data["slots"][0]["private"]["kdf"]
    assert kdf["name"] == "argon2id" and "salt" in data["slots"][0]["private"]


def test_renaming_a_slot_to_another_user_does_not_open(centre, staff, vault, data_dir):
    staff("sol")
    path = data_dir / "keyslots.json"
    data = json.loads(path.read_text())
    for slot in data["slots"]:  # swap usernames: associated data binds each slot to its user
        if slot.get("username") == "sol":
            slot["username"] = "admin"
        elif slot.get("username") == "admin":
            slot["username"] = "sol"
    path.write_text(json.dumps(data))
    with pytest.raises(WrongKeyError):
        vault.unlock("admin", OTHER_PASSPHRASE)


def test_rotation_keeps_every_slot_working(centre_and_code, staff, vault):
    centre, code = centre_and_code
    staff("sol")
    old_key = centre.keeper.data_key
    centre.rotate_data_key()
    assert centre.keeper.data_key != old_key
    assert centre.keeper.load().generation == 2
    vault.unlock("sol", OTHER_PASSPHRASE).lock()
    recovered = vault.recover(code, "admin", NEW)
    recovered.lock()
    vault.unlock("admin", NEW).lock()


def test_disabled_user_can_no_longer_unlock(centre, staff, vault):
    staff("sup").lock()
    centre.services.users.disable_user("sup")
    with pytest.raises(WrongKeyError):
        vault.unlock("sup", OTHER_PASSPHRASE)
    assert "sup" not in vault.usernames()


def test_reset_access_forces_a_change(centre, staff, vault):
    staff("sol")
    centre.services.users.reset_access("sol", NEW)
    with pytest.raises(WrongKeyError):
        vault.unlock("sol", OTHER_PASSPHRASE)
    reset = vault.unlock("sol", NEW)
    assert reset.must_change_passphrase
    reset.services.users.change_own_passphrase("quiet harbour pebble lantern 3")  # temporary: no current needed
    reset.lock()
    assert not vault.unlock("sol", "quiet harbour pebble lantern 3").must_change_passphrase


def test_forced_change_refuses_the_temporary_passphrase(centre, staff, vault):
    """The administrator knows the temporary passphrase: keeping it is no change at all."""
    staff("sol").lock()
    centre.services.users.reset_access("sol", NEW)
    assert {u.username: u.temporary_passphrase
            for u in centre.services.users.list_users()} == {
        "admin": False, "sol": True, "sup": False, "adm": False}
    reset = vault.unlock("sol", NEW)
    with pytest.raises(ValidationError, match="this is the one you have now"):
        reset.services.users.change_own_passphrase(NEW)
    with pytest.raises(ValidationError):
        reset.services.users.change_own_passphrase(NEW, current_passphrase=NEW)
    reset.lock()
    again = vault.unlock("sol", NEW)
    assert again.must_change_passphrase  # still temporary: nothing was changed
    again.services.users.change_own_passphrase("quiet harbour pebble lantern 3")
    again.lock()
    assert not any(u.temporary_passphrase for u in centre.services.users.list_users())


def test_recovery_code_wrong_or_malformed(centre_and_code, vault):
    _, code = centre_and_code
    with pytest.raises(WrongKeyError):
        vault.recover(new_recovery_code(), "admin", NEW)
    with pytest.raises(ValidationError):
        vault.recover("not a code", "admin", NEW)
    vault.recover(code.replace("-", " ").lower(), "admin", NEW).lock()


def test_recovery_code_format():
    code = new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 7 and all(len(g) == 4 for g in groups)
    assert len(code.replace("-", "")) * 5 >= 128  # bits of entropy
    assert normalise(code.lower().replace("0", "o")) == code


@pytest.mark.parametrize("who", ["sol", "sup"])
def test_only_administrators_manage_accounts(staff, who):
    other = staff(who)
    with pytest.raises(PermissionDenied):
        other.services.users.add_user("eve", "Eve", ["solicitor"], NEW)
    with pytest.raises(PermissionDenied):
        other.services.users.list_users()
    with pytest.raises(PermissionDenied):
        other.services.audit.page()
    with pytest.raises(PermissionDenied):
        other.rotate_data_key()
    with pytest.raises(PermissionDenied):
        other.services.settings.set_policy(idle_lock_minutes=1)


def test_last_administrator_is_kept(centre):
    with pytest.raises(ValidationError):
        centre.services.users.set_roles("admin", ["solicitor"])
    with pytest.raises(ValidationError):
        centre.services.users.disable_user("admin")


def test_weak_or_invalid_new_accounts_are_refused(centre):
    users = centre.services.users
    with pytest.raises(WeakPassphraseError):
        users.add_user("newbie", "New Person", ["solicitor"], "password123")
    with pytest.raises(ValidationError):
        users.add_user("Bad Name!", "X", ["solicitor"], NEW)
    with pytest.raises(ValidationError):
        users.add_user("okname", "X", ["wizard"], NEW)
    with pytest.raises(ValidationError):
        users.add_user("admin", "Again", ["solicitor"], NEW)
    assert [u.username for u in users.list_users()] == ["admin"]


def test_policy_validation_and_audit(centre):
    settings = centre.services.settings
    assert settings.policy().idle_lock_minutes == 5
    assert settings.set_policy(idle_lock_minutes=10, device_unlock_allowed=True).idle_lock_minutes == 10
    with pytest.raises(ValidationError):
        settings.set_policy(idle_lock_minutes=0)
    with pytest.raises(ValidationError):
        settings.set_policy(no_such_thing=1)
    actions = [row.action for row in centre.services.audit.page()]
    assert actions.count("change_setting") == 2


def test_staff_directory_for_caseworkers(centre, staff):
    staff("sup").lock()
    centre.services.users.disable_user("adm")
    support = staff("sup")
    names = [u.username for u in support.services.users.directory()]
    assert names == ["admin", "sol", "sup"]  # the disabled account is not offered
