"""Words for the codes the services use (roles, enums), translatable.

The English text of each code is marked with QT_TRANSLATE_NOOP so lupdate finds it, and
looked up through QCoreApplication.translate at run time. Unknown codes fall back to a
readable version of the code itself.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_CONTEXT = "labels"

LABELS: dict[str, str] = {
    # roles
    "administrator": QT_TRANSLATE_NOOP("labels", "Administrator"),
    "solicitor": QT_TRANSLATE_NOOP("labels", "Solicitor"),
    "support_worker": QT_TRANSLATE_NOOP("labels", "Support worker"),
    # jurisdictions
    "england-wales": QT_TRANSLATE_NOOP("labels", "England & Wales"),
    "scotland": QT_TRANSLATE_NOOP("labels", "Scotland"),
    "ireland": QT_TRANSLATE_NOOP("labels", "Ireland"),
}


def label(code) -> str:
    """The translated word for a code; a readable fallback for codes not listed."""
    key = str(code)
    text = LABELS.get(key)
    if text is None:
        readable = key.replace("_", " ").replace("-", " ").strip()
        return readable[:1].upper() + readable[1:]
    return QCoreApplication.translate(_CONTEXT, text)


def role_label(role) -> str:
    return label(role)


def register(table: dict[str, str]) -> None:
    """Screens add their own marked tables (matter types, statuses …)."""
    LABELS.update(table)
