"""Logging that cannot carry client data.

Log records are for diagnosing the program, not the case: messages are fixed strings whose
arguments are numbers, booleans, or strings the caller marked ``Safe(...)`` (an action name,
a table name). Any other string argument becomes ``<redacted>``, so a careless
``log.info("saved %s", client.name)`` cannot leak a name into a file.
"""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

class Safe(str):
    """A string known to hold no client data, e.g. Safe("backup_create")."""


def _safe(value):
    if isinstance(value, (bool, int, float, Safe)) or value is None:
        return value
    return "<redacted>"


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            if isinstance(record.args, dict):
                record.args = {k: _safe(v) for k, v in record.args.items()}
            else:
                record.args = tuple(_safe(a) for a in record.args)
        if record.exc_info:
            # Exception messages may quote user data (e.g. an SQL constraint with a value).
            exc_type = record.exc_info[0]
            record.msg = f"{record.msg} [{exc_type.__name__ if exc_type else 'error'}]"
            record.exc_info = None
            record.exc_text = None
        return True


def configure(log_dir: Path | None, level: int = logging.INFO) -> None:
    root = logging.getLogger("assist_desktop")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler: logging.Handler
    if log_dir is None:
        handler = logging.StreamHandler()
    else:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "assist-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
