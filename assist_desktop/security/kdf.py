"""Argon2id key derivation, with parameters stored beside each slot and calibrated by time.

Calibration picks the time cost that takes about 0.5-1 s on this machine, never below the
floor (64 MiB, t=3), so an unlock is slow for an attacker and tolerable for a person.
"""
from __future__ import annotations

import math
import os
import time
from dataclasses import asdict, dataclass


FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
TARGET_SECONDS = 0.7
MAX_TIME_COST = 40


@dataclass(frozen=True)
class KdfParameters:
    memory_kib: int
    time_cost: int
    parallelism: int
    name: str = "argon2id"

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "KdfParameters":
        params = cls(memory_kib=int(data["memory_kib"]), time_cost=int(data["time_cost"]),
                     parallelism=int(data["parallelism"]), name=str(data.get("name", "argon2id")))
        if params.name != "argon2id":
            raise ValueError(f"unsupported KDF {params.name[:20]!r}")
        if not (8 <= params.memory_kib <= 4 * 1024 * 1024 and 1 <= params.time_cost <= 100
                and 1 <= params.parallelism <= 16):
            raise ValueError("KDF parameters out of range")
        return params


FLOOR = KdfParameters(FLOOR_MEMORY_KIB, FLOOR_TIME_COST, 2)
# Only for tests and demos on throwaway data: far below the floor.
TEST_PARAMETERS = KdfParameters(memory_kib=1024, time_cost=1, parallelism=1)


def derive(secret: bytes, salt: bytes, params: KdfParameters) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # not needed to list the accounts
    return hash_secret_raw(secret, salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=32, type=Type.ID)


def new_salt() -> bytes:
    return os.urandom(16)


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParameters:
    """Time one derivation at the floor and scale the time cost to reach the target."""
    sample = FLOOR
    start = time.perf_counter()
    derive(b"calibration", b"\0" * 16, sample)
    elapsed = max(time.perf_counter() - start, 1e-3)
    per_pass = elapsed / sample.time_cost
    time_cost = max(FLOOR_TIME_COST, min(MAX_TIME_COST, math.ceil(target_seconds / per_pass)))
    return KdfParameters(FLOOR_MEMORY_KIB, time_cost, sample.parallelism)


class KdfPolicy:
    """Where production code gets its parameters from; tests swap in TEST_PARAMETERS."""

    def __init__(self, fixed: KdfParameters | None = None):
        self._fixed = fixed
        self._calibrated: KdfParameters | None = None

    def parameters(self) -> KdfParameters:
        if self._fixed is not None:
            return self._fixed
        if self._calibrated is None:
            self._calibrated = calibrate()
        return self._calibrated
