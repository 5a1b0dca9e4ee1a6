"""The building blocks of the client-file format: field types that check a value read from a
file (naming the field's path in any error) and write a value out, plus safe JSON parsing.

A file is untrusted input. Every check here refuses rather than repairs: a wrong type, a
missing or unknown field, an enum value that does not exist, text that is too long or holds
control characters, a lone surrogate, bad base64, a digest that does not match. Errors are
ValidationError(path, reason), e.g. `matters[2].matter_type: unknown value 'boss'`; a value
from the file is shown only for enum-like fields, shortened and with control characters
escaped, so an error line can never carry case text or terminal escape codes.

Staff are written by username and links between records by the linked record's file id; the
context objects (interchange_export.ExportContext, interchange_import.ImportContext)
translate them.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Callable

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.staff import USERNAME_PATTERN

MAX_FILE_BYTES = 512 * 1024 * 1024
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(\+00:00|Z)$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MULTIPLIER = re.compile(r"^\d{1,9}(\.\d{1,6})?$")
# Control characters (C0, DEL, C1) and lone surrogates; free text may keep tab and line breaks.
# Names also refuse the bidirectional embedding/override/isolate controls, which are used to
# disguise names and are never needed in one.
_BAD_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def shown(value: Any, limit: int = 40) -> str:
    """A value from the file made safe to print in an error: short, control characters escaped."""
    text = value if isinstance(value, str) else repr(value)
    cut = text[:limit]
    safe = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in cut)
    return f"'{safe}{'...' if len(text) > limit else ''}'"


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def fail(path: str, reason: str) -> ValidationError:
    return ValidationError(path or "file", reason)


def _type_name(value) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


# --- the field types ----------------------------------------------------------------------
class Spec:
    """A field type: load(value, path, ctx) checks a value from a file; dump(value, ctx)
    writes one; resolve(value, ctx) turns file links and usernames into database ids."""

    def load(self, value, path: str, ctx):
        raise NotImplementedError

    def dump(self, value, ctx):
        return value

    def resolve(self, value, ctx):
        return value

    def _expect(self, value, kinds: tuple[type, ...], path: str, what: str) -> None:
        if isinstance(value, bool) and bool not in kinds:
            raise fail(path, f"must be {what}, not true/false")
        if not isinstance(value, kinds):
            raise fail(path, f"must be {what}, not {_type_name(value)}")


class Text(Spec):
    """kind 'name': one line, no control characters at all (nor bidi overrides);
    'text': free text, tab and line breaks allowed."""

    def __init__(self, limit: int, *, kind: str = "text", required: bool = False):
        self.limit, self.kind, self.required = limit, kind, required

    def load(self, value, path, ctx):
        self._expect(value, (str,), path, "text")
        if len(value) > self.limit:
            raise fail(path, f"is too long (at most {self.limit} characters)")
        bad = (_BAD_IN_NAME if self.kind == "name" else _BAD_IN_TEXT).search(value)
        if bad is not None:
            code = ord(bad.group())
            if 0xD800 <= code <= 0xDFFF:
                raise fail(path, "contains an invalid character (a lone surrogate)")
            if code >= 0x2000:
                raise fail(path, f"contains a text-direction control character (U+{code:04X})")
            raise fail(path, f"contains a control character (U+{code:04X})")
        if self.required and not value.strip():
            raise fail(path, "must not be empty")
        return value


class Bool(Spec):
    def load(self, value, path, ctx):
        if not isinstance(value, bool):
            raise fail(path, f"must be true or false, not {_type_name(value)}")
        return value


class Int(Spec):
    def __init__(self, minimum: int = 0, maximum: int = 2 ** 53):
        self.minimum, self.maximum = minimum, maximum

    def load(self, value, path, ctx):
        self._expect(value, (int,), path, "a whole number")
        if not self.minimum <= value <= self.maximum:
            raise fail(path, f"must be between {self.minimum} and {self.maximum}")
        return value


class Optional(Spec):
    def __init__(self, inner: Spec):
        self.inner = inner

    def load(self, value, path, ctx):
        return None if value is None else self.inner.load(value, path, ctx)

    def dump(self, value, ctx):
        return None if value is None else self.inner.dump(value, ctx)

    def resolve(self, value, ctx):
        return None if value is None else self.inner.resolve(value, ctx)


class Date(Spec):
    def load(self, value, path, ctx):
        self._expect(value, (str,), path, "a date (YYYY-MM-DD)")
        if not _DATE.match(value):
            raise fail(path, "must be a date written YYYY-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise fail(path, "is not a real date") from None

    def dump(self, value, ctx):
        return value.isoformat()


class Timestamp(Spec):
    """UTC ISO-8601 as the database keeps it, e.g. 2026-03-01T09:30:00.123456+00:00."""

    def load(self, value, path, ctx):
        self._expect(value, (str,), path, "a UTC timestamp")
        if not _TIMESTAMP.match(value):
            raise fail(path, "must be a UTC timestamp such as 2026-03-01T09:30:00+00:00")
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise fail(path, "is not a real date and time") from None
        return value.replace("Z", "+00:00")


class Enum(Spec):
    def __init__(self, enum_type: type[StrEnum]):
        self.enum_type = enum_type

    def load(self, value, path, ctx):
        self._expect(value, (str,), path, "text")
        try:
            return self.enum_type(value)
        except ValueError:
            raise fail(path, f"unknown value {shown(value)}") from None

    def dump(self, value, ctx):
        return self.enum_type(value).value


class Money(Spec):
    """Whole minor units (pence, cents): never a decimal or a float."""

    def __init__(self, maximum: int):
        self.maximum = maximum

    def load(self, value, path, ctx):
        if isinstance(value, float):
            raise fail(path, "must be a whole number of pence or cents, not a decimal")
        self._expect(value, (int,), path, "a whole number of pence or cents")
        if not 0 <= value <= self.maximum:
            raise fail(path, "is out of range")
        return value


class Multiplier(Spec):
    def load(self, value, path, ctx):
        self._expect(value, (str,), path, "a decimal written as text, such as \"17.41\"")
        if not _MULTIPLIER.match(value):
            raise fail(path, "must be a number such as \"1\", \"52\" or \"17.41\" "
                             "(up to 6 decimals)")
        return value


class Sha256(Spec):
    def load(self, value, path, ctx):
        self._expect(value, (str,), path, "a SHA-256 digest")
        if not _SHA256.match(value):
            raise fail(path, "must be 64 lower-case hexadecimal digits")
        return value


class Base64(Spec):
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes

    def load(self, value, path, ctx):
        self._expect(value, (str,), path, "base64 text")
        if len(value) > (self.max_bytes + 2) // 3 * 4:
            raise fail(path, f"is too large (at most {self.max_bytes} bytes)")
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise fail(path, "is not valid base64") from None

    def dump(self, value, ctx):
        return base64.b64encode(value).decode("ascii")


class Username(Spec):
    def load(self, value, path, ctx):
        self._expect(value, (str,), path, "a username")
        if not USERNAME_PATTERN.match(value):
            raise fail(path, f"is not a username: {shown(value)}")
        return value


class Staff(Username):
    """A member of staff, written as their username; matched by username on import. A required
    one (a note's author) falls back to the person importing when no account matches."""

    def __init__(self, *, required: bool = False):
        self.required = required

    def dump(self, value, ctx):
        return ctx.username(value)

    def resolve(self, value, ctx):
        return ctx.user_id(value, required=self.required)


class Link(Spec):
    """A link to another record of the file, by that record's file id in list `kind`."""

    def __init__(self, kind: str):
        self.kind = kind

    def load(self, value, path, ctx):
        self._expect(value, (int,), path, f"the id of a record in {self.kind}")
        ctx.note_link(path, self.kind, value)
        return value

    def dump(self, value, ctx):
        return ctx.file_id(self.kind, value)

    def resolve(self, value, ctx):
        return ctx.new_id(self.kind, value)


class ListOf(Spec):
    def __init__(self, inner: Spec, max_items: int, *, as_set: bool = False):
        self.inner, self.max_items, self.as_set = inner, max_items, as_set

    def load(self, value, path, ctx):
        self._expect(value, (list,), path, "a list")
        if len(value) > self.max_items:
            raise fail(path, f"has too many entries (at most {self.max_items})")
        items = [self.inner.load(item, join(path, i), ctx) for i, item in enumerate(value)]
        if self.as_set:
            if len(set(items)) != len(items):
                raise fail(path, "lists the same value twice")
            return frozenset(items)
        return tuple(items)

    def dump(self, value, ctx):
        items = [self.inner.dump(item, ctx) for item in value]
        if self.as_set:
            items = sorted(i for i in items if i is not None)
        return items

    def resolve(self, value, ctx):
        items = [self.inner.resolve(item, ctx) for item in value]
        if self.as_set:
            return frozenset(i for i in items if i is not None)
        return tuple(items)


class Field:
    """One key of an object: its JSON name, type, and the attribute it maps to."""

    def __init__(self, name: str, spec: Spec, attr: str | None = None):
        self.name, self.spec, self.attr = name, spec, attr or name


class Obj(Spec):
    """A JSON object with exactly these keys (no more, no fewer). With `build`, load returns
    build(**attributes); dump reads the attributes back from such an object."""

    def __init__(self, fields: list[Field], build: Callable[..., Any] | None = None):
        self.fields = fields
        self.build = build
        self._names = {f.name for f in fields}

    def load_values(self, value, path, ctx) -> dict[str, Any]:
        self._expect(value, (dict,), path, "an object")
        for key in value:
            if key not in self._names:
                if _plain_key(key):
                    raise fail(join(path, key), "is not a field of this format (unknown field)")
                raise fail(path, f"has an unknown field {shown(key)}")
        out: dict[str, Any] = {}
        for f in self.fields:
            where = join(path, f.name)
            if f.name not in value:
                raise fail(where, "is missing")
            out[f.attr] = f.spec.load(value[f.name], where, ctx)
        return out

    def load(self, value, path, ctx):
        values = self.load_values(value, path, ctx)
        return self.build(**values) if self.build else values

    def dump(self, value, ctx):
        get = value.get if isinstance(value, dict) else (lambda a: getattr(value, a))
        return {f.name: f.spec.dump(get(f.attr), ctx) for f in self.fields}

    def resolve(self, value, ctx):
        if isinstance(value, dict):
            return {f.attr: f.spec.resolve(value[f.attr], ctx) for f in self.fields
                    if f.attr in value}
        return value  # nested value objects (aliases, phones) hold no links


def _plain_key(key: str) -> bool:
    return bool(re.fullmatch(r"[a-z_]{1,40}", key))


# --- parsing --------------------------------------------------------------------------------
class _Refused(ValueError):
    pass


def _no_duplicates(pairs):
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _Refused(f"duplicate key {shown(key)}")
        seen[key] = value
    return seen


def _no_constant(name):
    raise _Refused(f"{name} is not allowed")


def parse_json(data: bytes) -> Any:
    """UTF-8 JSON -> Python, refusing duplicate keys, NaN/Infinity, floats out of range,
    absurd nesting and oversized input, with a message instead of an exception trace."""
    if len(data) > MAX_FILE_BYTES:
        raise fail("file", f"is too large (at most {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise fail("file", "is not UTF-8 text (not a client file)") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise fail("file", "is nested too deeply (not a client file)") from None
    except json.JSONDecodeError as exc:
        raise fail("file", f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except _Refused as exc:
        raise fail("file", f"is not acceptable JSON: {exc}") from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise fail("file", "is not acceptable JSON: it holds a value that cannot be read "
                           "(such as a number thousands of digits long)") from None


def to_json(document: dict) -> bytes:
    """Pretty, UTF-8 (text as written, NFC or NFD kept), stable key order."""
    return (json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode(
        "utf-8")
