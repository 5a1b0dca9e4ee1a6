"""Work-arounds for defects in the Qt bindings we run on.

PySide6 6.12.0 on Python 3.11: ``SignalInstance.emit()`` returns ``True`` without taking a
reference to it, so every emit from Python lowers True's reference count by one and the
interpreter aborts ("bool_dealloc") once it reaches zero, at the latest at exit. From Python
3.12 on, True is immortal and the defect is harmless. ``emit(signal, *args)`` emits and gives
the reference back, only where a probe at import time shows the leak. Every emit in gui/ goes
through it.
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


def emit(signal, *args):
    """``signal.emit(*args)``, without the binding's reference-count defect."""
    result = signal.emit(*args)
    if EMIT_LEAKS_BOOL and (result is True or result is False):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
    return result
