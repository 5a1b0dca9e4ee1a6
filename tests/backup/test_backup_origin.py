"""A backup opened with the recovery code must prove it was made by the centre itself.

The forger here knows everything a backup header shows (the centre's recovery public key and
its sealed private key, the sealed origin key) and makes a well-formed backup of a database of
their own, sealed to the centre's recovery public key, as the review showed anyone could. The
recovery code opens it, but restore and verify refuse it and nothing is changed.
"""
from __future__ import annotations

import base64
import dataclasses
import json

import pytest
from backup_world import BACKUP_PASSPHRASE, files_state, source_of

from assist_desktop.backup import (BackupSecret, create_backup, read_backup_header,
                                   restore_backup, verify_backup)
from assist_desktop.backup import format as fmt
from assist_desktop.backup import keys, reader
from assist_desktop.backup.errors import BackupOriginError, WrongBackupSecretError
from assist_desktop.backup.progress import Reporter
from assist_desktop.security import envelope
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.security.recovery_code import new_recovery_code
from assist_desktop.services.vault import Vault
from tests.conftest import PASSPHRASE


def _forge(genuine_path, own_path, out_path, tmp_path) -> None:
    """A backup of the forger's own centre, dressed with the victim's recovery slot."""
    victim = read_backup_header(genuine_path)
    victim_slot = next(s for s in victim.slots if s["kind"] == "recovery")
    opened = reader.open_header(own_path)
    body_key = reader.unlock(opened, BackupSecret.passphrase(BACKUP_PASSPHRASE))
    snapshot = tmp_path / "forger-snapshot"
    decrypted = reader.decrypt(own_path, opened, body_key, snapshot, Reporter([], None, None))
    own = opened.header
    sealed = envelope.seal_to_public(base64.b64decode(victim_slot["public_key"]), body_key,
                                     keys._aad("recovery", own.backup_id, victim.database_id))
    slot = dict(victim_slot, body_key={k: base64.b64encode(v).decode() for k, v in
                                       sealed.items()})
    # The victim's database id everywhere (it is in the clear in every header).
    header = dataclasses.replace(own, slots=[slot], database_id=victim.database_id)
    key_file = json.loads(decrypted.meta["keyslots"])
    key_file["database_id"] = victim.database_id
    meta = dict(decrypted.meta, database_id=victim.database_id, keyslots=json.dumps(key_file))
    encoded, digest = fmt.encode_header(header)
    forged = fmt.OpenedHeader(header, digest, len(encoded))
    stream = keys.derive(body_key).stream
    with open(out_path, "wb") as handle:
        handle.write(encoded)
        writer = fmt.BodyWriter(handle, stream, forged)
        writer.write(snapshot.read_bytes())
        writer.close()
        fmt.write_trailer(handle, stream, forged, meta)   # with the forger's own origin MAC


def test_a_forged_backup_that_the_recovery_code_opens_is_refused(make_backup, centre_and_code,
                                                                 tmp_path):
    genuine = make_backup().path
    code = centre_and_code[1]
    forger_vault = Vault(tmp_path / "forger", kdf_policy=KdfPolicy(TEST_PARAMETERS))
    forger, _ = forger_vault.create(centre_name="Forged Centre", jurisdiction="england-wales",
                                    admin_username="mallory", admin_full_name="Mallory",
                                    passphrase=PASSPHRASE)
    out = tmp_path / "forger-out"
    out.mkdir()
    try:
        own = create_backup(source_of(forger), out, BACKUP_PASSPHRASE,
                            kdf_params=TEST_PARAMETERS).path
    finally:
        forger.lock()
    forged = tmp_path / "forged.assistbackup"
    _forge(genuine, own, forged, tmp_path)

    # The recovery code does open the forged file's key: only the origin proof tells it apart.
    opened = reader.open_header(forged)
    assert reader.unlock(opened, BackupSecret.recovery_code(code))
    target = tmp_path / "restore-here"
    target.mkdir()
    (target / "marker").write_text("unchanged")
    before = files_state(target)
    with pytest.raises(BackupOriginError, match="cannot be proven"):
        restore_backup(forged, target, BackupSecret.recovery_code(code))
    assert files_state(target) == before
    with pytest.raises(BackupOriginError):
        verify_backup(forged, BackupSecret.recovery_code(code), work_dir=tmp_path)
    # The genuine backup proves its origin to the same code.
    assert verify_backup(genuine, BackupSecret.recovery_code(code), work_dir=tmp_path).rows


def test_a_new_recovery_code_gets_a_new_origin_key(make_backup, centre_and_code, tmp_path):
    centre, old_code = centre_and_code
    new_code = new_recovery_code()
    centre.set_recovery_code(new_code)
    after = make_backup().path
    assert verify_backup(after, BackupSecret.recovery_code(new_code), work_dir=tmp_path).rows
    with pytest.raises(WrongBackupSecretError):   # the old code does not open what is made now
        verify_backup(after, BackupSecret.recovery_code(old_code), work_dir=tmp_path)
