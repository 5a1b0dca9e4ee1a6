"""What her subject access copy says besides her records (docs/DATA_PROTECTION.md):

- staff named by their full names, not their usernames ("Key worker: Sam Okafor", not
  "support"): a username means nothing to her or to the ICO;
- how long her file is kept, from the centre's retention schedule (the rule that applies to
  each of her matters, and the date her file falls due for review once it is closed);
- whether the SAR log records her identity as not yet checked (the copy then needs the
  solicitor's confirmation, audited).
"""
from __future__ import annotations

from assist_desktop.documents.formatting import long_date
from assist_desktop.domain.retention import RetentionRule, review_date, rules_for
from assist_desktop.domain.subject_access import SarDirection
from assist_desktop.services import interchange_codec as codec
from assist_desktop.services import interchange_schema as schema
from assist_desktop.storage.retention_repository import RetentionRepository
from assist_desktop.storage.sar_repository import SarRequestRepository


def _staff_fields() -> frozenset[str]:
    """Every field of the client-file format that names a member of staff (by username)."""
    found: set[str] = set()

    def walk(spec) -> None:
        while isinstance(spec, (codec.Optional, codec.ListOf)):
            spec = spec.inner
        if isinstance(spec, codec.Obj):
            for field in spec.fields:
                inner = field.spec
                while isinstance(inner, (codec.Optional, codec.ListOf)):
                    inner = inner.inner
                if isinstance(inner, codec.Staff):
                    found.add(field.name)
                walk(field.spec)
    walk(schema.CLIENT)
    for kind in schema.KINDS:
        walk(kind.spec)
    return frozenset(found)


STAFF_FIELDS = _staff_fields()


def staff_names(document: dict) -> dict[str, str]:
    """username -> full name, from the document's staff list (username when none)."""
    return {s["username"]: (s.get("full_name") or s["username"]).strip() or s["username"]
            for s in document.get("staff", []) if s.get("username")}


def with_staff_names(value, names: dict[str, str]):
    """A copy of the document (or part of it) with every staff field's username replaced by
    that person's full name."""
    if isinstance(value, dict):
        return {k: (_named(v, names) if k in STAFF_FIELDS else with_staff_names(v, names))
                for k, v in value.items()}
    if isinstance(value, list):
        return [with_staff_names(v, names) for v in value]
    return value


def _named(value, names):
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return [names.get(v, v) if isinstance(v, str) else v for v in value]
    return value


def _kept(rule: RetentionRule) -> str:
    if rule.from_event == "age":
        return (f"until she is {rule.until_age}, or until it is closed if that is "
                f"later")
    return f"for {rule.years} years after it is closed"


def retention_line(conn, client_id: int, jurisdiction: str, rules: list[RetentionRule]) -> str:
    """How long her file is kept, in a sentence for her copy."""
    repo = RetentionRepository()
    found = repo.closed_files(conn, client_id, open_too=True)
    if not found:
        return ""
    facts = found[0]
    applying = rules_for(rules, jurisdiction, facts.matters)
    if not applying:
        return ("The centre's retention schedule has no rule for her file: it is kept until "
                "the centre decides, and reviewed before anything is destroyed.")
    periods = "; ".join(dict.fromkeys(_kept(r) for r in applying))
    ids = ", ".join(r.id for r in applying)
    when = review_date(rules, jurisdiction, closed_on=facts.closed_on,
                       date_of_birth=facts.date_of_birth, matters=facts.matters,
                       extended_to=facts.extended_to)
    if when.held:
        return (f"Her file is kept {periods} (the centre's retention schedule, rule {ids}); "
                f"one of her matters is on legal hold, so nothing is destroyed while the "
                f"hold lasts.")
    if when.on is None:
        return (f"Her file is kept {periods} (the centre's retention schedule, rule {ids}). "
                f"Her file is still open, so that period has not started.")
    return (f"Her file is kept {periods} (the centre's retention schedule, rule {ids}): it "
            f"falls due for review on {long_date(when.on)}, and is then destroyed unless "
            f"there is a reason to keep it longer.")


def identity_unchecked(conn, client_id: int) -> bool:
    """Whether her latest open request for her own data records her identity as not yet
    checked (no request on the log: nothing recorded, so no warning)."""
    requests = [r for r in SarRequestRepository().list_for_client(conn, client_id)
                if r.direction == SarDirection.RECEIVED and r.sent_on is None]
    if not requests:
        return False
    latest = max(requests, key=lambda r: (r.received_on, r.id or 0))
    return latest.identity_checked_on is None
