"""The unlock throttle cannot be reset, raced or flooded (issue #14's three bypasses).

TEST KDF parameters throughout (tests/conftest.py); Argon2id at production cost is the real
barrier and is measured in tests/unit/test_kdf.py and the unlock benchmark.
"""
from __future__ import annotations

import json
import multiprocessing

import pytest

from assist_desktop.domain.errors import ThrottledError, WrongKeyError
from assist_desktop.security import kdf
from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
from assist_desktop.security.throttle import FREE_ATTEMPTS, MAX_DELAY, UNKNOWN, UnlockThrottle
from assist_desktop.services.vault import Vault

WRONG = "not the passphrase at all"


def _fail(vault, username="admin", times=FREE_ATTEMPTS):
    for _ in range(times):
        with pytest.raises(WrongKeyError):
            vault.unlock(username, WRONG)


def _attempt(data_dir, barrier, results):
    vault = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS))
    barrier.wait()
    try:
        vault.unlock("admin", WRONG)
        results.put("opened")
    except ThrottledError:
        results.put("throttled")
    except WrongKeyError:
        results.put("ran the KDF")


@pytest.mark.slow
def test_simultaneous_attempts_from_many_processes_are_counted_exactly(centre, data_dir):
    centre.lock()
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(12), context.Queue()
    workers = [context.Process(target=_attempt, args=(data_dir, barrier, results))
               for _ in range(12)]
    for worker in workers:
        worker.start()
    outcomes = sorted(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
    assert outcomes.count("ran the KDF") == FREE_ATTEMPTS     # only the free attempts ran it
    assert outcomes.count("throttled") == 12 - FREE_ATTEMPTS
    assert UnlockThrottle(data_dir / "keyslots.json").failures("admin") == FREE_ATTEMPTS


def test_deleting_the_throttle_file_resets_nothing(vault, centre, data_dir):
    centre.lock()
    _fail(vault, times=1)
    for path in data_dir.iterdir():          # everything a person could delete and still unlock
        if path.is_file() and path.name not in ("assist.db", "keyslots.json"):
            path.unlink()
    assert not (data_dir / "unlock-throttle.json").exists()
    with pytest.raises(ThrottledError) as waited:     # the key file knows there was one
        vault.unlock("admin", WRONG)
    assert waited.value.seconds > MAX_DELAY - 5
    assert vault.throttle_remaining("someone-else") > 0    # every bucket, not only hers


@pytest.mark.parametrize("damage", ["not json", '{"accounts": []}', "entries"])
def test_a_damaged_counter_counts_as_the_longest_delay(vault, centre, data_dir, damage):
    centre.lock()
    _fail(vault, times=1)
    path = data_dir / "unlock-throttle.json"
    if damage == "entries":
        data = json.loads(path.read_text())
        data["accounts"] = {k: "reset?" for k in data["accounts"]}
        damage = json.dumps(data)
    path.write_text(damage)
    with pytest.raises(ThrottledError) as waited:
        vault.unlock("admin", WRONG)
    assert waited.value.seconds > MAX_DELAY - 5


def test_failures_under_made_up_names_cannot_push_out_a_real_account(vault, centre, data_dir):
    centre.lock()
    _fail(vault)
    assert vault.throttle_remaining("admin") > 0
    for n in range(201):
        with pytest.raises((WrongKeyError, ThrottledError)):
            vault.unlock(f"made-up-{n}", WRONG)
    assert vault.throttle_remaining("admin") > 0         # her counter is still there
    assert vault.throttle_remaining("made-up-999") > 0   # every unknown name shares one bucket
    entries = json.loads((data_dir / "unlock-throttle.json").read_text())["accounts"]
    assert len(entries) == 2                             # admin and the unknown-name bucket


def test_an_unknown_name_costs_the_same_argon2id_run(vault, centre, monkeypatch):
    centre.lock()
    runs = []
    real = kdf.derive
    monkeypatch.setattr(kdf, "derive", lambda s, salt, p: runs.append(p) or real(s, salt, p))
    with pytest.raises(WrongKeyError):
        vault.unlock("nobody-here", WRONG)
    with pytest.raises(WrongKeyError):
        vault.unlock("admin", WRONG)
    assert len(runs) == 2 and runs[0] == runs[1]       # same parameters, one run each
    assert UnlockThrottle(vault.slots_path).failures(UNKNOWN) == 1


def test_a_centre_copied_without_its_counters_opens_when_no_failure_is_outstanding(
        vault, centre, data_dir, tmp_path):
    centre.lock()
    _fail(vault, times=1)
    vault.unlock("admin", "correct horse battery staple 42").lock()    # clears the record
    assert "throttle" not in json.loads((data_dir / "keyslots.json").read_text())
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("assist.db", "keyslots.json"):
        (copy / name).write_bytes((data_dir / name).read_bytes())
    Vault(copy, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock(
        "admin", "correct horse battery staple 42").lock()
