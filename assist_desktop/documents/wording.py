"""Editable wording: JSON files per jurisdiction in assist_desktop/resources/wording/.

A centre changes a document's standard text by editing e.g.
assist_desktop/resources/wording/scotland/client_care.json, no code involved. Values are plain text (they
are escaped like user text); `{placeholder}` names are filled from the document's data, an
unknown placeholder is left as typed. A value may be a list of paragraphs. Keys starting
with "_" are comments. Files are re-read when they change.

Terminology: common.json "terminology" gives the default word for the woman per document
kind ("survivor" for anything that may reach her; "victim" only where formal victim status
is the subject). `{term}` / `{Term}` / `{terms}` insert it.
"""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

from assist_desktop.domain.errors import ValidationError
from assist_desktop.platform.paths import resource

COMMON = "common"  # folder for wording that is the same everywhere (recovery sheet)
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_cache: dict[Path, tuple[float, dict[str, Any]]] = {}
_lock = threading.Lock()

# Keys every jurisdiction's file must have; checked on load so a bad edit gets a clear error.
REQUIRED: dict[str, tuple[str, ...]] = {
    "common": ("jurisdiction_name", "currency", "terminology", "page_label",
               "confidential_marking"),
    "witness_statement": ("tribunal", "title", "intro", "how_taken", "statement_of_truth",
                          "interpreter_declaration", "translator_certificate"),
    "chronology": ("title", "intro", "columns"),
    "letters": ("representations", "further_submissions", "support"),
    "compensation": ("title", "columns", "periods", "totals", "statement_of_truth"),
    "children": ("title", "purposes", "labels"),
    "client_care": ("title", "sections", "retention_years", "retention"),
    "case_summary": ("title", "marking", "labels"),
    "conflict_check": ("title", "labels", "declaration"),
    "bundle": ("index_title", "columns", "tribunal"),
    "recovery_sheet": ("title", "intro", "steps", "labels"),
    "destruction_certificate": ("title", "intro", "what", "labels"),
    "subject_access": ("title", "marking", "privileged_title", "intro", "labels", "rights"),
}


class Wording:
    def __init__(self, data: dict[str, Any], values: dict[str, str], where: str):
        self._data = data
        self._values = values
        self._where = where

    def raw(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise ValidationError(f"wording {self._where}", f"has no entry '{key}'")
            node = node[part]
        return node

    def text(self, key: str, **values: Any) -> str:
        value = self.raw(key)
        if isinstance(value, list):
            value = "\n\n".join(str(v) for v in value)
        return self.fill(str(value), **values)

    def items(self, key: str, **values: Any) -> list[str]:
        value = self.raw(key)
        value = value if isinstance(value, list) else [value]
        return [self.fill(str(v), **values) for v in value]

    def has(self, key: str) -> bool:
        try:
            self.raw(key)
        except ValidationError:
            return False
        return True

    def fill(self, template: str, **values: Any) -> str:
        merged = {**self._values, **{k: "" if v is None else str(v) for k, v in values.items()}}
        return _PLACEHOLDER.sub(lambda m: merged.get(m.group(1), m.group(0)), template)


def load(jurisdiction: str, kind: str, term: str = "", term_kind: str = "",
         **values: Any) -> Wording:
    """The wording for one document kind, with common values and the terminology filled in.

    `term` overrides the default word for the woman; `term_kind` picks the terminology
    entry when it differs from `kind` (e.g. kind "letters", term_kind "representations").
    """
    folder = COMMON if kind == "recovery_sheet" else str(jurisdiction)
    data = _read(folder, kind)
    values = {k: "" if v is None else str(v) for k, v in values.items()}
    if folder != COMMON:
        common = _read(folder, "common")
        terms = common["terminology"]
        default_term = terms.get(term_kind or kind, terms.get("default", "survivor"))
        word = (term or default_term).strip()
        values = {"jurisdiction_name": common["jurisdiction_name"], "term": word,
                  "Term": word[:1].upper() + word[1:], "terms": plural(word), **values}
    return Wording(data, values, f"{folder}/{kind}.json")


def common(jurisdiction: str) -> Wording:
    return Wording(_read(str(jurisdiction), "common"), {}, f"{jurisdiction}/common.json")


def plural(word: str) -> str:
    return word if word.endswith("s") else word + "s"


def _read(folder: str, kind: str) -> dict[str, Any]:
    where = f"{folder}/{kind}.json"
    try:
        path = resource("wording", folder, f"{kind}.json")
    except FileNotFoundError:
        raise ValidationError(f"wording {where}", "the file is missing") from None
    mtime = path.stat().st_mtime
    with _lock:
        hit = _cache.get(path)
        if hit and hit[0] == mtime:
            return hit[1]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        detail = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ValidationError(f"wording {where}", f"cannot be read{detail}") from None
    if not isinstance(data, dict):
        raise ValidationError(f"wording {where}", "must be a JSON object")
    for key in REQUIRED.get(kind, ()):
        if key not in data:
            raise ValidationError(f"wording {where}", f"is missing '{key}'")
    with _lock:
        _cache[path] = (mtime, data)
    return data
