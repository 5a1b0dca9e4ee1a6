"""Helpers the command modules share: the data folder, the vault, signing in as a user."""
from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assist_desktop.backup import settle_interrupted_restore
from assist_desktop.cli.passphrases import PassphraseSource
from assist_desktop.domain.errors import AssistError, StoreMissingError, ValidationError
from assist_desktop.platform import paths
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.services.vault import Vault

# For test and demo data only: far weaker Argon2 parameters. Refused for real use by name.
FAST_KDF_ENV = "ASSIST_INSECURE_FAST_KDF"


def add_data_dir(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--data-dir", required=required, default=None,
                        help="data folder (default: $ASSIST_DATA_DIR or the platform's)")


def add_as_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="as_user", required=True, metavar="USERNAME",
                        help="sign in as this user (passphrase from the terminal or stdin)")


def kdf_policy() -> KdfPolicy:
    if os.environ.get(FAST_KDF_ENV) == "1":
        return KdfPolicy(TEST_PARAMETERS)
    return KdfPolicy()


def keychain():
    from assist_desktop.security.device_keychain import DeviceKeychain
    return DeviceKeychain()


def check_out_file(out: Path, force: bool) -> None:
    """The services' check of a file about to be written (services.export_files), before any
    work, in the command line's words: naming the file, and --force where it would help."""
    from assist_desktop.services.export_files import check_export_target
    try:
        check_export_target(out, replace=force)
    except ValidationError as exc:
        hint = " (use --force to replace it)" if out.is_file() and not force else ""
        raise AssistError(f"{out}: {exc.reason}{hint}") from None


def data_dir(args) -> Path:
    """The data folder: the command's --data-dir, the top-level one, $ASSIST_DATA_DIR or the
    platform's."""
    return paths.data_dir(getattr(args, "data_dir", None) or getattr(args, "root_data_dir", None))


def vault_for(args) -> Vault:
    """The Vault for the data folder; a restore killed part-way is finished or undone first
    (as the desktop application does), so a half-restored folder is never opened."""
    folder = data_dir(args)
    if folder.exists():
        settle_interrupted_restore(folder)
    return Vault(folder, kdf_policy=kdf_policy())


def _unlock(args, source: PassphraseSource):
    vault = vault_for(args)
    if not vault.exists():
        raise StoreMissingError(f"No ASSIST database was found in {vault.data_dir}.")
    passphrase = source.ask(f"Passphrase for {args.as_user}")
    return vault.unlock(args.as_user, passphrase), passphrase


def sign_in(args, source: PassphraseSource | None = None):
    """Unlock as --as USER, asking for the passphrase. The caller must lock() the result."""
    return _unlock(args, source or PassphraseSource())[0]


@contextmanager
def signed_in(args, source: PassphraseSource | None = None) -> Iterator[tuple[object, str]]:
    """Signed in as --as USER for the with-block, locked after it however it ends:
    `with signed_in(args, source) as (centre, passphrase):` (the passphrase as typed)."""
    centre, passphrase = _unlock(args, source or PassphraseSource())
    try:
        yield centre, passphrase
    finally:
        centre.lock()
