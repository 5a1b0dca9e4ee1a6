"""Argon2id parameters: calibrated by time, never below the floor, validated when read."""
from __future__ import annotations

import pytest

from assist_desktop.security import kdf


def test_calibration_respects_the_floor():
    params = kdf.calibrate(target_seconds=0.01)  # a target below the floor's own cost
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3


def test_calibration_scales_time_cost_with_the_target():
    low, high = kdf.calibrate(0.05), kdf.calibrate(2.0)
    assert high.time_cost > low.time_cost


def test_derivation_is_deterministic_and_salted():
    p = kdf.TEST_PARAMETERS
    a = kdf.derive(b"secret", b"s" * 16, p)
    assert a == kdf.derive(b"secret", b"s" * 16, p) and len(a) == 32
    assert a != kdf.derive(b"secret", b"t" * 16, p)
    assert a != kdf.derive(b"secret", b"s" * 16, kdf.KdfParameters(2048, 1, 1))


@pytest.mark.parametrize("bad", [
    {"memory_kib": 1, "time_cost": 3, "parallelism": 1},
    {"memory_kib": 65536, "time_cost": 0, "parallelism": 1},
    {"memory_kib": 65536, "time_cost": 3, "parallelism": 99},
    {"memory_kib": 65536, "time_cost": 3, "parallelism": 1, "name": "md5"},
])
def test_stored_parameters_are_validated(bad):
    with pytest.raises(ValueError):
        kdf.KdfParameters.from_json(bad)


def test_policy_calibrates_once():
    policy = kdf.KdfPolicy()
    assert policy.parameters() is policy.parameters()
