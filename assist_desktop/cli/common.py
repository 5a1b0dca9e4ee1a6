"""Helpers the command modules share: the data folder, the vault, signing in as a user."""
from __future__ import annotations

import argparse
import os

from assist_desktop.cli.passphrases import PassphraseSource
from assist_desktop.domain.errors import StoreMissingError
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


def vault_for(args) -> Vault:
    data_dir = getattr(args, "data_dir", None) or getattr(args, "root_data_dir", None)
    return Vault(paths.data_dir(data_dir), kdf_policy=kdf_policy())


def sign_in(args, source: PassphraseSource | None = None):
    """Unlock as --as USER, asking for the passphrase. The caller must lock() the result."""
    source = source or PassphraseSource()
    vault = vault_for(args)
    if not vault.exists():
        raise StoreMissingError(f"No ASSIST database was found in {vault.data_dir}.")
    return vault.unlock(args.as_user, source.ask(f"Passphrase for {args.as_user}"))
