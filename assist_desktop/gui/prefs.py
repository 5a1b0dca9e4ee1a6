"""Preferences of this computer's user interface, kept in the data directory.

Only interface choices live here (colour scheme, last username, window geometry, each
user's table column widths): never a
client's name, reference or anything from the case record. The file sits beside the
database, so nothing about the centre is written outside the data directory.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

PREFS_FILE = "interface.ini"


class UiPrefs:
    def __init__(self, data_dir: Path):
        self._settings = QSettings(str(Path(data_dir) / PREFS_FILE), QSettings.Format.IniFormat)

    def _get(self, key: str, default):
        value = self._settings.value(key, default)
        return default if value is None else value

    @property
    def last_username(self) -> str:
        return str(self._get("unlock/last_username", ""))

    @last_username.setter
    def last_username(self, username: str) -> None:
        self._settings.setValue("unlock/last_username", username)

    @property
    def colour_scheme(self) -> str:
        value = str(self._get("appearance/colour_scheme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    @colour_scheme.setter
    def colour_scheme(self, value: str) -> None:
        self._settings.setValue("appearance/colour_scheme", value)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self._settings.setValue(f"geometry/{name}", data)

    def column_widths(self, user_id: int | None, table: str) -> dict[str, int]:
        """The column widths this user set on this table ({"0:Date": 120, ...})."""
        raw = self._settings.value(_columns_key(user_id, table))
        try:
            data = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            return {}
        return {str(k): int(v) for k, v in data.items()
                if isinstance(v, int) and 0 < v < 5000} if isinstance(data, dict) else {}

    def set_column_widths(self, user_id: int | None, table: str, widths: dict[str, int]) -> None:
        self._settings.setValue(_columns_key(user_id, table), json.dumps(widths, sort_keys=True))

    def sync(self) -> None:
        self._settings.sync()


def _columns_key(user_id: int | None, table: str) -> str:
    """Per user (by id) and per table (a digest of its name or column headers)."""
    digest = hashlib.sha256(table.encode("utf-8")).hexdigest()[:16]
    return f"columns/user{int(user_id or 0)}/{digest}"
