"""Shared fixtures: real SQLCipher files in tmp_path, fast Argon2 parameters for speed.

Production KDF parameters are exercised in tests/unit/test_kdf.py and the benchmarks.
"""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy  # noqa: E402
from assist_desktop.services.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple 42"
OTHER_PASSPHRASE = "violet lantern orchard thimble 7"


@pytest.fixture
def fast_kdf() -> KdfPolicy:
    return KdfPolicy(TEST_PARAMETERS)


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def vault(data_dir, fast_kdf) -> Vault:
    return Vault(data_dir, kdf_policy=fast_kdf)


@pytest.fixture
def centre_and_code(vault):
    """A new centre whose administrator 'admin' is also a solicitor. Yields (OpenCentre, code)."""
    centre, code = vault.create(centre_name="Riverside Law Centre", jurisdiction="england-wales",
                                address="1 High Street, Leeds", admin_username="admin",
                                admin_full_name="Ada Admin", passphrase=PASSPHRASE,
                                roles=("administrator", "solicitor"))
    yield centre, code
    centre.lock()


@pytest.fixture
def centre(centre_and_code):
    return centre_and_code[0]


@pytest.fixture
def staff(centre, vault):
    """Adds 'sol' (solicitor), 'sup' (support worker), 'adm' (administrator only) and returns a
    function signing any of them in: staff('sup') -> OpenCentre (locked at teardown)."""
    users = centre.services.users
    users.add_user("sol", "Sam Solicitor", ["solicitor"], OTHER_PASSPHRASE, must_change=False)
    users.add_user("sup", "Sue Support", ["support-worker"], OTHER_PASSPHRASE, must_change=False)
    users.add_user("adm", "Alex Office", ["administrator"], OTHER_PASSPHRASE, must_change=False)
    opened = []

    def sign_in(username: str):
        if username == "admin":
            return centre
        other = vault.unlock(username, OTHER_PASSPHRASE)
        opened.append(other)
        return other
    yield sign_in
    for other in opened:
        other.lock()
