"""What goes into a subject access package, worked out from her client-file document (the
same document as a case transfer: services.interchange_export), so no record kind is missed.

- split(): the privileged notes and attachments (and what hangs from them) kept apart for
  the solicitor's review, the rest for release;
- third_parties(): the other people known to her file (parties to her matters, her
  children, peer mentors) and every record that names them, for the redaction schedule;
- sections() / csv_rows(): the records as readable label/value pairs, and as one CSV row per
  field (kind, record, field, value), both from the same walk over the document.
"""
from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass

# The kinds of record, in the order a reader expects them, with their titles.
SECTIONS = (
    ("client", "Personal details"), ("consents", "Consents"), ("matters", "Matters"),
    ("parties", "Other parties to her matters"), ("identification", "Identification (NRM)"),
    ("asylum_steps", "Asylum and immigration steps"), ("age_assessments", "Age assessments"),
    ("exploitation_profile", "Exploitation"), ("convictions", "Convictions"),
    ("compensation_claims", "Compensation claims"), ("children", "Children"),
    ("pregnancies", "Pregnancies"), ("needs_assessments", "Needs assessments"),
    ("support_plan", "Support plan"), ("referrals", "Referrals"),
    ("peer_mentors", "Peer mentors"), ("notes", "Case notes"), ("tasks", "Tasks and deadlines"),
    ("time_entries", "Time recorded"), ("attachments", "Documents in her file"),
)
SINGULAR = {
    "client": "Her details as recorded", "consents": "Consent", "matters": "Matter",
    "parties": "Party", "identification": "Identification", "asylum_steps": "Asylum step",
    "age_assessments": "Age assessment", "exploitation_profile": "Exploitation",
    "convictions": "Conviction", "compensation_claims": "Compensation claim",
    "children": "Child", "pregnancies": "Pregnancy", "needs_assessments": "Needs assessment",
    "support_plan": "Support action", "referrals": "Referral", "peer_mentors": "Peer mentor",
    "notes": "Note", "tasks": "Task", "time_entries": "Time entry", "attachments": "Document",
}
_SKIP = {"file_id", "content", "version", "id"}
_STORE_ONLY = {"created_at", "updated_at"}   # when the store wrote a row: data.json and CSV
_MIN_NAME = 3     # shorter names ("B", "Jo") match too much text to be worth flagging


def split(document: dict) -> tuple[dict, dict]:
    """(release, privileged): the document without its privileged notes and attachments,
    and a document holding only those (with her reference, for the reviewer)."""
    release, privileged = dict(document), {"client": {"reference":
                                                      document["client"]["reference"]}}
    held_notes = {n["id"] for n in document.get("notes", []) if n.get("privileged")}
    for key in ("notes", "attachments"):
        rows = document.get(key, [])
        keep = [r for r in rows if not r.get("privileged")
                and not (key == "attachments" and r.get("note") in held_notes)]
        release[key] = keep
        privileged[key] = [r for r in rows if r not in keep]
    release["privileged_included"] = False
    return release, privileged


@dataclass(frozen=True)
class Person:
    name: str
    category: str
    patterns: tuple[re.Pattern, ...]


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def _pattern(name: str) -> re.Pattern | None:
    name = _norm(name).strip()
    if len(name) < _MIN_NAME:
        return None
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def people(document: dict) -> list[Person]:
    """Other people known to her file: parties (with their aliases), her children, peer
    mentors and the contacts named on referrals."""
    found: list[tuple[str, str, list[str]]] = []
    for party in document.get("parties", []):
        role = str(party.get("role", "")).replace("_", " ")
        found.append((party["name"], f"Party ({role})", [party["name"], *party.get("aliases", [])]))
    for child in document.get("children", []):
        name = " ".join(p for p in (child.get("given_names"), child.get("family_name")) if p)
        if name:
            found.append((name, "Her child", [name, child.get("given_names") or ""]))
    for mentor in document.get("peer_mentors", []):
        if mentor.get("mentor_name"):
            found.append((mentor["mentor_name"], "Peer mentor", [mentor["mentor_name"]]))
    for referral in document.get("referrals", []):
        if referral.get("contact"):
            found.append((referral["contact"], "Contact at a referral", [referral["contact"]]))
    out, seen = [], set()
    for name, category, names in found:
        key = (_norm(name), category)
        if key in seen:
            continue
        seen.add(key)
        patterns = tuple(p for p in (_pattern(n) for n in dict.fromkeys(names)) if p)
        if patterns:
            out.append(Person(name, category, patterns))
    return out


def label(field: str) -> str:
    return field.replace("_", " ").capitalize()


_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(\+00:00|Z)")


def render_value(value) -> str:
    """A field as readable text (lists joined, nested records as 'field: value' lines)."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "; ".join(f"{label(k)}: {render_value(v)}" for k, v in value.items()
                         if k not in _SKIP and render_value(v))
    if isinstance(value, list):
        parts = [render_value(v) for v in value]
        joiner = "\n" if any(isinstance(v, dict) for v in value) else ", "
        return joiner.join(p for p in parts if p)
    if isinstance(value, str) and value in _PLACES:
        return _PLACES[value]
    if isinstance(value, str) and _CODE.fullmatch(value):
        return re.sub("[-_]", " ", value)          # a code: "asylum_claim" -> "asylum claim"
    if isinstance(value, str) and _STAMP.fullmatch(value):
        day, minute = _STAMP.fullmatch(value).group(1, 2)
        return f"{_long_date(day)} {minute} UTC"   # a timestamp, to the minute
    if isinstance(value, str) and _DAY.fullmatch(value):
        return _long_date(value)                   # "2004-10-21" -> "21 October 2004"
    return str(value)


_CODE = re.compile(r"[a-z]+(?:[-_][a-z]+)*")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLACES = {"england-wales": "England and Wales", "scotland": "Scotland",
           "ireland": "Ireland (the Republic)"}


def _long_date(iso: str) -> str:
    from datetime import date
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def records(document: dict) -> list[tuple[str, str, int, dict]]:
    """(kind, heading, number, record) for every record, in SECTIONS order."""
    out = []
    for key, _title in SECTIONS:
        value = document.get(key)
        if isinstance(value, dict):
            out.append((key, SINGULAR[key], 1, value))
        elif isinstance(value, list):
            for number, record in enumerate(value, 1):
                out.append((key, f"{SINGULAR[key]} {record.get('id', number)}",
                            record.get("id", number), record))
    return out


def fields(record: dict) -> list[tuple[str, str]]:
    """(label, text) of a record's fields for the readable copy; a note's earlier versions
    are counted here and given in full in data.json, as are the times the store wrote each
    row (created / updated), which are in records.csv too."""
    rows = []
    for key, value in record.items():
        if key in _SKIP or key in _STORE_ONLY:
            continue
        if key == "history" and isinstance(value, list):
            if len(value) > 1:
                rows.append(("Earlier versions", f"{len(value) - 1} (in full in data.json)"))
            continue
        text = render_value(value)
        if text:
            rows.append((label(key), text))
    return rows


def flags(document: dict, persons: list[Person]) -> dict[tuple[str, int], list[int]]:
    """(kind, number) -> indexes into persons named in that record."""
    out: dict[tuple[str, int], list[int]] = {}
    for kind, _heading, number, record in records(document):
        haystack = _norm("\n".join(value for _label, value in fields(record)))
        named = [i for i, person in enumerate(persons)
                 if any(p.search(haystack) for p in person.patterns)]
        if named:
            out[(kind, number)] = named
    return out


def csv_rows(document: dict) -> list[list[str | int]]:
    """One row per field: kind, record number, field, value."""
    return [[kind, number, key, render_value(value)]
            for kind, _heading, number, record in records(document)
            for key, value in record.items() if key not in _SKIP and render_value(value)]


def attachment_names(document: dict) -> dict[int, str]:
    """record id -> the attached file's name: its number and a safe form of its name."""
    out = {}
    for row in document.get("attachments", []):
        safe = re.sub(r"[^\w.\-]+", "_", str(row.get("name") or "document"))[-80:] or "document"
        out[row["id"]] = f"attachments/{row['id']:03d}-{safe}"
    return out


def attachment_files(document: dict) -> dict[str, bytes]:
    """The stored documents' bytes, by attached file name."""
    names = attachment_names(document)
    return {names[row["id"]]: base64.b64decode(row.get("content") or "")
            for row in document.get("attachments", [])}


def without_content(document: dict, names: dict[int, str]) -> dict:
    """The document for data.json: attachment bytes replaced by the attached file's name."""
    out = dict(document)
    out["attachments"] = [{**{k: v for k, v in row.items() if k != "content"},
                           "attached_file": names.get(row["id"], "")}
                          for row in document.get("attachments", [])]
    return out
