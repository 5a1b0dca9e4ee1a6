"""Work-arounds for defects in the Qt bindings we run on.

PySide6 6.12.0 on Python 3.11 returns None, True and False from many calls without taking a
reference (every ``setText()``, every ``emit()``), so their reference counts fall with use and
the interpreter aborts ("none_dealloc", "bool_dealloc") once one reaches zero: in a long
session, or at exit. Python 3.12 made these objects immortal, which hides the defect; PySide6
6.11 does not have it.

Where a probe at import shows the leak on an interpreter without immortal objects, the three
singletons are given a very large reference count once (what Python 3.12 does for them), so
they can never reach zero. ``emit(signal, *args)`` additionally gives back the reference its
``True`` result lost; every emit in gui/ goes through it. Remove this module once the pinned
PySide6 is free of the defect.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _probe_leak() -> bool:
    probe = _Probe()
    results = []
    before = sys.getrefcount(True)
    for _ in range(8):
        results.append(probe.ping.emit())
    lost = before + len([r for r in results if r is True]) - sys.getrefcount(True)
    results.clear()
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost > 0


EMIT_LEAKS_BOOL = _probe_leak()


def _void_call_leaks_none() -> bool:
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 8


_PINNED = 1 << 40


def _pin_singletons() -> bool:
    """Give None, True and False a reference count they cannot use up (CPython < 3.12 only)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _PINNED
    return True


SINGLETONS_PINNED = (EMIT_LEAKS_BOOL or _void_call_leaks_none()) and _pin_singletons()


def emit(signal, *args):
    """``signal.emit(*args)``, without the binding's reference-count defect."""
    result = signal.emit(*args)
    if EMIT_LEAKS_BOOL and (result is True or result is False):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
    return result
