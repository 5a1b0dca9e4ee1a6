"""Mechanical checks of rules that are easy to break by accident."""
from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "assist_desktop"
LOG_CALL_WITH_FSTRING = re.compile(r"\blog(?:ger)?\.(?:debug|info|warning|error|exception|critical)\(\s*f[\"']")


def test_no_log_message_is_built_from_data():
    """Log arguments are redacted; an f-string message would bypass that."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LOG_CALL_WITH_FSTRING.search(line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}")
    assert offenders == []


def test_modules_stay_small():
    big = [f"{p.relative_to(PACKAGE)} ({n} lines)" for p in PACKAGE.rglob("*.py")
           if "forms" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert big == [], "split these modules"


def test_sql_only_in_storage():
    sql = re.compile(r"\b(?:conn|cursor)\.execute(?:many|script)?\(")
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "storage" not in p.parts and sql.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
