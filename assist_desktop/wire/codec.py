"""A strict codec for the values a service call takes and returns, as JSON bytes.

Allowed: None, bool, int, float, str, bytes, list, tuple, set/frozenset, dict, date, datetime,
time, Decimal, and the dataclasses and enums *defined in* assist_desktop.domain,
assist_desktop.services and assist_desktop.storage modules (record types only, never a
repository), the audit row, role and KDF-parameter types of assist_desktop.security, and the
document option types of assist_desktop.documents (what a document's options are made of) (found once, by the codec itself, never named by a peer and
imported). Anything else is refused when encoding and decoding. A decoded dataclass is built
through its constructor, so its own validation runs. Never pickle: a peer's bytes can only
ever become these plain values.

Domain errors travel as (class name, message, known attributes) and are rebuilt as the same
class on the other side, so `except EditConflict` works the same in both modes.
"""
from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import enum
import importlib
import json
import pkgutil
from decimal import Decimal, InvalidOperation
from functools import lru_cache

MAX_DEPTH = 48
MAX_ITEMS = 200_000
# storage: a few record types live beside their repository (GeneratedDocument, its status)
_PACKAGES = ("assist_desktop.domain", "assist_desktop.services", "assist_desktop.storage")
_MODULES = ("assist_desktop.security.audit_chain", "assist_desktop.security.roles",
            "assist_desktop.security.kdf", "assist_desktop.documents.inputs",
            "assist_desktop.documents.inputs_cases", "assist_desktop.documents.inputs_admin",
            "assist_desktop.documents.registry")
_ERROR_ATTRS = ("field", "reason", "seconds", "suggestions", "characters", "found", "supported",
                "kind", "action", "may_override",   # these three: ConsentRequired
                "parts",      # WithheldParts: what a bundle would give the other side
                "problems")   # RuleValidationError: every mistake in a rules file


class CodecError(ValueError):
    """Bytes that are not a value this codec makes, or a value it does not carry."""


@lru_cache(maxsize=1)
def registry() -> tuple[dict[str, type], dict[type, str], dict[str, type]]:
    """(name -> class, class -> name, error name -> class), built once from our own packages."""
    from assist_desktop.domain.errors import AssistError
    by_name: dict[str, type] = {}
    errors: dict[str, type] = {}
    for package_name in _PACKAGES:
        package = importlib.import_module(package_name)
        names = [package_name] + [f"{package_name}.{m.name}" for m in
                                  pkgutil.iter_modules(package.__path__)]
        if package_name == _PACKAGES[-1]:
            names += list(_MODULES)
        for module_name in names:
            module = importlib.import_module(module_name)
            for value in vars(module).values():
                if not isinstance(value, type) or value.__module__ != module_name or \
                        value.__name__.startswith("_"):
                    continue
                key = f"{module_name.rsplit('.', 1)[-1]}.{value.__qualname__}"
                # not the storage's helpers (RecordTable...); a domain record named
                # ...Table (statistics.StatTable) is carried
                plumbing = value.__name__.endswith(("Repository", "Database", "Table")) \
                    and not module_name.startswith("assist_desktop.domain")
                if (dataclasses.is_dataclass(value) and not plumbing) or \
                        issubclass(value, enum.Enum):
                    by_name[key] = value
                if issubclass(value, AssistError):
                    errors[value.__name__] = value
    from assist_desktop.domain import errors as error_module
    for value in vars(error_module).values():
        if isinstance(value, type) and issubclass(value, AssistError):
            errors[value.__name__] = value
    return by_name, {cls: name for name, cls in by_name.items()}, errors


# --- encoding -----------------------------------------------------------------------------
_PLAIN = frozenset({str, int, bool, type(None)})     # exactly these types (not a StrEnum)
_CARRIED: dict[type, tuple[str, tuple[str, ...]] | None] = {}   # dataclass -> (name, fields)


def _carried(cls: type) -> tuple[str, tuple[str, ...]] | None:
    """(registry name, init field names) of a dataclass the codec carries, found once per
    class (dataclasses.fields() and the registry look-up at every value cost more than the
    encoding of a client's notes itself)."""
    try:
        return _CARRIED[cls]
    except KeyError:
        pass
    name = registry()[1].get(cls)
    found = None if name is None else \
        (name, tuple(f.name for f in dataclasses.fields(cls) if f.init))
    _CARRIED[cls] = found
    return found


def _enc(value, depth: int):
    if type(value) in _PLAIN:
        return value
    if depth > MAX_DEPTH:
        raise CodecError("value nested too deeply")
    if isinstance(value, enum.Enum):     # before str: a StrEnum must come back as itself
        name = registry()[1].get(type(value))
        if name is None:
            raise CodecError(f"enum {type(value).__name__} is not carried")
        return {"$e": name, "v": _enc(value.value, depth + 1)}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CodecError("not a finite number")
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$t": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$n": str(value)}
    if isinstance(value, list):
        return [v if type(v) in _PLAIN else _enc(v, depth + 1) for v in value]
    if isinstance(value, tuple):
        return {"$tu": [_enc(v, depth + 1) for v in value]}
    if isinstance(value, (set, frozenset)):
        items = [_enc(v, depth + 1) for v in value]
        return {"$fs": items} if isinstance(value, frozenset) else {"$s": items}
    if isinstance(value, dict):
        return {"$m": [[_enc(k, depth + 1), _enc(v, depth + 1)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        carried = _carried(type(value))
        if carried is None:
            raise CodecError(f"{type(value).__name__} is not carried")
        name, names = carried
        fields = {}
        for field in names:
            item = getattr(value, field)
            fields[field] = item if type(item) in _PLAIN else _enc(item, depth + 1)
        return {"$c": name, "f": fields}
    raise CodecError(f"{type(value).__name__} is not carried")


def encode(value) -> bytes:
    return json.dumps(_enc(value, 0), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


# --- decoding -----------------------------------------------------------------------------
def _tagged(obj: dict, depth: int, budget: list[int]):
    if len(obj) == 1:
        (tag, raw), = obj.items()
        try:
            if tag == "$b" and isinstance(raw, str):
                return base64.b64decode(raw.encode("ascii"), validate=True)
            if tag == "$dt" and isinstance(raw, str):
                return dt.datetime.fromisoformat(raw)
            if tag == "$d" and isinstance(raw, str):
                return dt.date.fromisoformat(raw)
            if tag == "$t" and isinstance(raw, str):
                return dt.time.fromisoformat(raw)
            if tag == "$n" and isinstance(raw, str):
                return Decimal(raw)
        except (ValueError, InvalidOperation, UnicodeEncodeError) as exc:
            raise CodecError(f"bad {tag} value") from exc
        if tag in ("$tu", "$fs", "$s", "$m") and isinstance(raw, list):
            items = [_dec(v, depth + 1, budget) for v in raw]
            try:
                if tag == "$tu":
                    return tuple(items)
                if tag == "$fs":
                    return frozenset(items)
                if tag == "$s":
                    return set(items)
                if all(isinstance(p, list) and len(p) == 2 for p in items):
                    return {k: v for k, v in items}
            except TypeError as exc:   # an unhashable key or member
                raise CodecError("bad collection") from exc
            raise CodecError("bad map")
    if set(obj) == {"$e", "v"} and isinstance(obj["$e"], str):
        cls = registry()[0].get(obj["$e"])
        if cls is None or not issubclass(cls, enum.Enum):
            raise CodecError("enum not carried")
        try:
            return cls(_dec(obj["v"], depth + 1, budget))
        except (ValueError, TypeError) as exc:
            raise CodecError("bad enum value") from exc
    if set(obj) == {"$c", "f"} and isinstance(obj["$c"], str) and isinstance(obj["f"], dict):
        cls = registry()[0].get(obj["$c"])
        if cls is None or not dataclasses.is_dataclass(cls):
            raise CodecError("type not carried")
        allowed = {f.name for f in dataclasses.fields(cls) if f.init}
        if not set(obj["f"]) <= allowed:
            raise CodecError("unknown field")
        kwargs = {k: _dec(v, depth + 1, budget) for k, v in obj["f"].items()}
        try:
            return cls(**kwargs)  # its own checks run; a ValidationError reaches the caller
        except (TypeError, ValueError, AttributeError) as exc:
            raise CodecError(f"bad {obj['$c']}") from exc
    raise CodecError("unknown tag")


def _dec(obj, depth: int, budget: list[int]):
    if depth > MAX_DEPTH:
        raise CodecError("value nested too deeply")
    budget[0] -= 1
    if budget[0] < 0:
        raise CodecError("too many values")
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if isinstance(obj, list):
        return [_dec(v, depth + 1, budget) for v in obj]
    if isinstance(obj, dict):
        return _tagged(obj, depth, budget)
    raise CodecError("unexpected value")


def decode(data: bytes):
    try:
        raw = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise CodecError("not a well-formed message") from exc
    return _dec(raw, 0, [MAX_ITEMS])


def _refuse_constant(name: str):
    raise CodecError(f"{name} is not allowed")


# --- errors -------------------------------------------------------------------------------
def encode_error(error: Exception) -> tuple[str, bytes]:
    attrs = {name: getattr(error, name) for name in _ERROR_ATTRS if hasattr(error, name)}
    try:
        payload = encode({"message": str(error), "attrs": attrs})
    except CodecError:
        payload = encode({"message": str(error), "attrs": {}})
    return type(error).__name__, payload


def decode_error(type_name: str, payload: bytes) -> Exception:
    from assist_desktop.domain.errors import AssistError
    try:
        body = decode(payload)
        message = str(body.get("message", "")) if isinstance(body, dict) else ""
        attrs = body.get("attrs", {}) if isinstance(body, dict) else {}
    except (CodecError, TypeError, ValueError):
        message, attrs = "The centre server sent an answer this program cannot read.", {}
    cls = registry()[2].get(type_name, AssistError)
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    for name in _ERROR_ATTRS:
        if isinstance(attrs, dict) and name in attrs:
            setattr(error, name, attrs[name])
    return error
