"""Unsealing the centre server from the machine's keychain at start, by the centre's choice.

`server keychain enable --as ADMIN` (an administrator, with her passphrase, at the server's
console, as the server's OS account): a random 32-byte **server unseal secret** is stored in
that account's OS keychain (security/device_keychain.py: real OS keychains only, each call
time-limited), and a device key slot for the reserved name `@server-keychain` (no person can
have it: every username starts with a letter) is added to the centre's key file, sealing the
data key under that secret exactly as a person's "remember this computer" slot or the
unattended backup job's slot does (security/key_slots.py). No administrator's passphrase is
ever stored. `server.json` records the choice (`unseal_from_keychain`), so `server run`
unseals itself at start, audited as "unseal" by `@server-keychain`.

The slot opens the data key and nothing else: no compartment key is sealed to it (it is not
a solicitor, nor named on any file), so privileged and restricted records open only for the
people signed in who hold their keys. A data-key rotation re-seals the new key to it like to
every slot (it keeps working); `server keychain disable` removes the slot, the keychain entry
and the setting. A missing entry, a missing slot, a changed or locked keychain: the server
starts sealed and says why (KeychainUnsealError), never anything weaker.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import uuid

from assist_desktop.domain.errors import AssistError, PermissionDenied, WrongKeyError
from assist_desktop.security.device_keychain import DeviceKeychain, KeychainUnavailable
from assist_desktop.security.key_slots import PROGRAM_PREFIX, KeySlotFile

log = logging.getLogger(__name__)
PROGRAM = f"{PROGRAM_PREFIX}server-keychain"     # the key slot's name and the audit's actor
DETAIL = "device:keychain"


class KeychainUnsealError(AssistError):
    """The server could not unseal from the keychain; it stays sealed."""


def entry(database_id: str) -> str:
    """The keychain entry's name: the centre's database id only (no names)."""
    return f"server-unseal:{uuid.UUID(database_id)}"


def has_slot(slots: KeySlotFile) -> bool:
    return slots.find("device", PROGRAM) is not None


def _require_admin(centre) -> None:
    if not centre.session.is_administrator:
        raise PermissionDenied("Only an administrator can change how the centre server is "
                               "unsealed.")


def _record(centre, action: str) -> None:
    centre.db.write(lambda conn: centre.audit_log.record(conn, action, "centre", "1",
                                                         "device:console"))


def enable(centre, keychain: DeviceKeychain, folder) -> str:
    """Administrator (an OpenCentre she unlocked at the console): store a new unseal secret in
    this OS account's keychain, add the program's key slot for it, record the choice in
    server.json, audit it. Returns the keychain backend's name. A second enable replaces
    the secret and the slot (the old secret opens nothing from then on)."""
    _require_admin(centre)
    if not keychain.available():
        raise AssistError("This account has no secure system keychain that answers now (GNOME "
                          "Keyring or KWallet through the Secret Service, or Windows Credential "
                          "Manager), so the server cannot unseal from it. Nothing was changed.")
    backend = keychain.backend_id()
    secret = os.urandom(32)
    keychain.store(entry(centre.centre.database_id), secret)
    centre.keeper.add_device_slot(PROGRAM, secret, backend)
    folder.save_config(dataclasses.replace(folder.config(), unseal_from_keychain=True))
    _record(centre, "server_keychain_enable")
    return backend


def disable(centre, keychain: DeviceKeychain, folder) -> bool:
    """Administrator: remove the program's key slot (from then on the secret opens nothing),
    the setting and the keychain entry, audit it. False if the keychain could not be reached
    to delete its entry (harmless without the slot; the caller says so)."""
    _require_admin(centre)
    centre.keeper.remove_device_slot(PROGRAM)
    folder.save_config(dataclasses.replace(folder.config(), unseal_from_keychain=False))
    _record(centre, "server_keychain_disable")
    try:
        keychain.delete(entry(centre.centre.database_id))
    except KeychainUnavailable:
        log.warning("the server unseal secret was not deleted from the keychain")
        return False
    return True


def open_centre(vault, keychain: DeviceKeychain):
    """The centre opened with the server unseal secret (a ProgramCentre, audited as "unseal"
    by @server-keychain); KeychainUnsealError, saying why in plain words, if it cannot be."""
    slots = KeySlotFile.load(vault.slots_path)
    slot = slots.find("device", PROGRAM)
    if slot is None:
        raise KeychainUnsealError(
            "the centre's key file has no key slot for the keychain (it was removed with "
            "'server keychain disable', or the centre was restored from a backup made before it "
            "was set up). Set it up again with 'server keychain enable'.")
    try:
        secret = keychain.load(entry(slots.database_id), expected_backend=slot.backend)
    except KeychainUnavailable as exc:
        text = KeychainUnavailable.MESSAGES.get(exc.reason, KeychainUnavailable.MESSAGES["error"])
        raise KeychainUnsealError(
            f"{text} (It must be this OS account's keychain, unlocked; see docs/SERVER.md.)"
        ) from None
    if secret is None:
        raise KeychainUnsealError(
            "this OS account's keychain holds no unseal secret for this centre (it was deleted, "
            "or the server runs as another account or on another machine). Set it up again "
            "with 'server keychain enable'.")
    try:
        return vault.open_as_program(PROGRAM, secret, "unseal", DETAIL)
    except WrongKeyError:
        raise KeychainUnsealError(
            "the unseal secret in the keychain does not open this centre's key slot (it was "
            "replaced). Set it up again with 'server keychain enable'.") from None
