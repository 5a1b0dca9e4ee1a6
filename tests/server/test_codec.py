"""The wire codec: whole domain records round-trip equal; anything outside the allowlist of
types is refused both ways; domain errors come back as the same class."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

import case_samples as s
from assist_desktop.domain.errors import EditConflict, ThrottledError, ValidationError
from assist_desktop.services.changes import ChangeEvent
from assist_desktop.wire import codec


@pytest.mark.parametrize("value", [
    None, True, 0, -7, 2.5, "", "ልጆቼ 🙂 \u202eRTL <b>&amp;", b"\x00\xff", [1, [2]], (1, "a"),
    frozenset({"solicitor"}), {3, 4}, {"k": (1, 2), 5: None}, dt.date(2026, 2, 28),
    dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.timezone.utc), dt.time(9, 30), Decimal("12.50"),
    ChangeEvent("note", 3, 4, "created", ("body",), "create"),
])
def test_plain_values_round_trip(value):
    assert codec.decode(codec.encode(value)) == value


def test_a_whole_client_and_note_round_trip():
    client = s.client("Wire")
    note = s.note(7, "Wire note", 1, privileged=True)
    assert codec.decode(codec.encode([client, note])) == [client, note]


class NotOurs:
    pass


@pytest.mark.parametrize("value", [NotOurs(), object(), float("nan"), float("inf"),
                                   lambda: 1, json, type])
def test_values_outside_the_allowlist_are_refused_when_encoding(value):
    with pytest.raises(codec.CodecError):
        codec.encode(value)


@pytest.mark.parametrize("data", [
    b"", b"{", b'{"$c":"os.system","f":{}}', b'{"$c":"builtins.object","f":{}}',
    b'{"$e":"subprocess.Popen","v":1}', b'{"$c":"notes.CaseNote","f":{"__class__":1}}',
    b'{"$x":1}', b"NaN", b"[Infinity]", b"[" * 100 + b"]" * 100, b'{"$b":"%%%"}',
    b'{"$d":"31/12/2026"}', b'{"$m":[[[1],2]]}', "\ud800".encode("utf-8", "surrogatepass"),
])
def test_bytes_that_are_not_our_values_are_refused(data):
    with pytest.raises(codec.CodecError):
        codec.decode(data)


def test_too_many_values_are_refused():
    with pytest.raises(codec.CodecError):
        codec.decode(json.dumps([0] * (codec.MAX_ITEMS + 1)).encode())


@pytest.mark.parametrize("error", [EditConflict("note"), ValidationError("title", "too long"),
                                   ThrottledError(30)])
def test_domain_errors_come_back_as_themselves(error):
    back = codec.decode_error(*codec.encode_error(error))
    assert type(back) is type(error) and str(back) == str(error)
    for name in ("field", "reason", "seconds"):
        assert getattr(back, name, None) == getattr(error, name, None)


def test_every_type_an_allowed_method_takes_or_returns_can_travel():
    """Each record type named in the signature of a method a laptop may call (and in the
    fields of those records, all the way down) is carried by the codec: otherwise that
    screen would fail only when someone used it over a server."""
    import dataclasses
    import enum
    import typing

    from assist_desktop.services import open_centre
    from assist_desktop.wire import exposed
    carried = codec.registry()[1]
    services = typing.get_type_hints(open_centre.CentreServices,
                                     vars(open_centre) | exposed._doc_ns())
    missing: set[str] = set()

    def walk(hint, seen):
        if isinstance(hint, type) and hint not in seen:
            seen.add(hint)
            if dataclasses.is_dataclass(hint) or issubclass(hint, enum.Enum):
                if hint not in carried:
                    missing.add(f"{hint.__module__}.{hint.__qualname__}")
            if dataclasses.is_dataclass(hint):
                for field_hint in typing.get_type_hints(hint).values():
                    walk(field_hint, seen)
        for inner in typing.get_args(hint):
            walk(inner, seen)

    for (service, method), name in exposed.allowed().items():
        function = getattr(exposed.service_class(services[service]), name)
        module = __import__(function.__module__, fromlist=["_"])
        namespace = vars(module) | vars(__import__("assist_desktop.services.document_inputs",
                                                   fromlist=["_"]))
        for hint in typing.get_type_hints(function, namespace).values():
            walk(hint, set())
    assert not missing


def test_this_sessions_services_are_offered_and_their_records_travel():
    """The data-protection services (built after the others, typed `X | None`) are in the
    allowlist, which a server builds at start (it raised NameError: the server did not
    start); a statistics table (a domain record named ...Table) is carried."""
    from assist_desktop.domain import statistics as st
    from assist_desktop.wire import exposed
    exposed.allowed.cache_clear()
    offered = exposed.allowed()
    assert ("sar_log", "log") in offered and ("retention", "review_list") in offered
    assert ("statistics", "run") in offered
    table = st.StatTable("T", st.Unit.PEOPLE, ("All",), ("Jan 2026",), ((None,),),
                         total_row=False, total_column=False)
    assert codec.decode(codec.encode(table)) == table


def test_a_missing_consent_comes_back_with_whether_it_may_be_overridden():
    """A laptop's screen asks a solicitor for a reason only when the server says she may."""
    from assist_desktop.domain.consents import ConsentKind, ConsentRequired
    back = codec.decode_error(*codec.encode_error(ConsentRequired(
        ConsentKind.INFORMATION_SHARING, "exporting her file", True)))
    assert type(back) is ConsentRequired and back.may_override is True
    assert back.kind == ConsentKind.INFORMATION_SHARING and "sharing her information" in str(back)


def test_a_string_enum_comes_back_as_itself():
    """A StrEnum is a str too: it must not travel as a bare string (a statistics report's
    breakdown came back as "year" and its export failed on the server)."""
    from assist_desktop.domain.statistics import Breakdown
    back = codec.decode(codec.encode(Breakdown.YEAR))
    assert back is Breakdown.YEAR


def test_every_attribute_an_error_carries_travels():
    """What a screen reads off an error (the parts a bundle would give the other side, each
    mistake in a rules file...) comes back on a laptop: every attribute an error's own
    __init__ sets is carried."""
    import ast
    import inspect
    import textwrap
    missing = set()
    for name, cls in codec.registry()[2].items():
        init = cls.__dict__.get("__init__")
        if init is None:
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(init)))
        missing |= {f"{name}.{n.attr}" for n in ast.walk(tree)
                    if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                    and n.value.id == "self" and isinstance(n.ctx, ast.Store)
                    and n.attr != "args" and n.attr not in codec._ERROR_ATTRS}
    assert not missing


def test_a_bundle_refusal_comes_back_with_its_parts():
    from assist_desktop.services.document_bundle import Withheld, WithheldParts
    error = WithheldParts([Withheld("document", 3, "Case summary", ("internal",))])
    back = codec.decode_error(*codec.encode_error(error))
    assert type(back) is WithheldParts and back.parts == error.parts
    assert back.parts[0].key == ("document", 3)
