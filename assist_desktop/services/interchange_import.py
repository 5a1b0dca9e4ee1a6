"""Reading a client file: check all of it first (parse_client_file, no database), then write
it in the caller's one transaction (write_client_file), so a bad file imports nothing.

Checks, in order: JSON that is safe to parse; the format name and version; every field's
type, limit and allowed values (interchange_schema); ids unique in each list and every link
pointing at a record of the file; earlier note versions older than the note; schedule-of-loss
amounts equal to multiplicand x multiplier; attachment bytes matching their size and SHA-256;
and finally each record's own domain rules (dates in order, required fields).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from assist_desktop.domain.attachments import digest
from assist_desktop.domain.clients import Client
from assist_desktop.domain.compensation import ScheduleOfLossItem
from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.money import multiply
from assist_desktop.domain.notes import NoteVersion
from assist_desktop.services.interchange_codec import Obj, fail, join, parse_json, shown
from assist_desktop.services.interchange_schema import (ADDED_IN_VERSION, CLIENT,
                                                        CLIENT_ADDED_IN_VERSION, FORMAT,
                                                        KINDS, LOSS_ITEM, NOTE_VERSION,
                                                        VERSION, Kind, document_spec)

_META = ("version", "created_at", "updated_at")
CLIENT_REFERENCE = re.compile(r"C-[0-9]{4}-[0-9]{4,9}")


def client_reference(value) -> str | None:
    """`value` if it is a client reference as ASSIST Desktop makes them, else None."""
    if isinstance(value, str) and CLIENT_REFERENCE.fullmatch(value):
        return value
    return None


class ImportContext:
    """Collects links while the file is checked; maps file ids and staff while writing.

    Staff are never matched across centres: a username in the file names someone at the
    centre that wrote it, and an account here with the same username may be someone else
    entirely. A required person (a note's author, whoever recorded time) becomes the person
    importing; an optional one (key worker, fee earner...) is left empty. The usernames met
    are collected in `named_staff` so the importer can be told."""

    def __init__(self):
        self.links: list[tuple[str, str, int]] = []
        self.new_ids: dict[str, dict[int, int]] = {kind.key: {} for kind in KINDS}
        self._importer: int | None = None
        self.named_staff: set[str] = set()

    def note_link(self, path: str, kind: str, file_id: int) -> None:
        self.links.append((path, kind, file_id))

    def bind_importer(self, importer_id: int) -> None:
        self._importer = importer_id

    def user_id(self, username: str | None, *, required: bool = False) -> int | None:
        if username is None:
            return None
        self.named_staff.add(username)
        if required:
            if self._importer is None:
                raise RuntimeError("bind_importer() before resolving staff")
            return self._importer
        return None

    def new_id(self, kind: str, file_id: int) -> int:
        return self.new_ids[kind][file_id]


@dataclass
class ClientFile:
    """A file that passed every check, still in file terms (file ids, usernames)."""
    header: dict
    client: dict
    lists: dict[str, list[dict]]
    context: ImportContext = field(default_factory=ImportContext)

    @property
    def previous_reference(self) -> str | None:
        """Her reference at the centre that wrote the file, if it has the form of one
        (C-2025-0007); None otherwise. The file is untrusted: anything else is free text that
        must not reach the audit log or a terminal."""
        return client_reference(self.client["reference"])

    def counts(self) -> dict[str, int]:
        return {key: len(rows) for key, rows in self.lists.items()}


# --- checking -------------------------------------------------------------------------------
def _check_header(document) -> None:
    if not isinstance(document, dict):
        raise fail("file", "is not an ASSIST Desktop client file (expected a JSON object)")
    if document.get("format") != FORMAT:
        raise fail("format", f"this is not an ASSIST Desktop client file (expected "
                             f"'{FORMAT}', found {shown(document.get('format'))})")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise fail("version", "is missing or not a whole number")
    if version > VERSION:
        raise fail("version", f"the file is format version {version}, written by a newer "
                              f"ASSIST Desktop; this version reads version {VERSION}")
    if version < 1:
        raise fail("version", "is not a format version")


def _check_ids_and_links(lists: dict[str, list[dict]], ctx: ImportContext) -> None:
    known: dict[str, set[int]] = {}
    for key, rows in lists.items():
        seen: set[int] = set()
        for index, row in enumerate(rows):
            if row["file_id"] in seen:
                raise fail(f"{key}[{index}].id", f"the id {row['file_id']} is used twice in {key}")
            seen.add(row["file_id"])
        known[key] = seen
    for path, kind, file_id in ctx.links:
        if file_id not in known[kind]:
            raise fail(path, f"refers to id {file_id} in {kind}, which is not in the file")


def _check_nested(lists: dict[str, list[dict]]) -> None:
    for index, note in enumerate(lists["notes"]):
        versions: set[int] = set()
        for h, entry in enumerate(note["history"]):
            where = f"notes[{index}].history[{h}].version"
            if entry["version"] >= note["version"] or entry["version"] in versions:
                raise fail(where, "must be older than the note's version and appear once")
            versions.add(entry["version"])
    for index, claim in enumerate(lists["compensation_claims"]):
        for i, item in enumerate(claim["schedule_of_loss"]):
            try:
                amount = multiply(item["multiplicand"], item["multiplier"])
            except ValidationError as exc:
                raise fail(f"compensation_claims[{index}].schedule_of_loss[{i}].{exc.field}",
                           exc.reason) from None
            if amount != item["amount"]:
                raise fail(f"compensation_claims[{index}].schedule_of_loss[{i}].amount",
                           "does not equal multiplicand x multiplier")
    for index, attachment in enumerate(lists["attachments"]):
        content = attachment["content"]
        if len(content) != attachment["size"]:
            raise fail(f"attachments[{index}].size", "does not match the content")
        if digest(content) != attachment["sha256"]:
            raise fail(f"attachments[{index}].sha256", "does not match the content")


def _json_name(spec: Obj, attr: str) -> str:
    head, _, rest = attr.partition(".")
    for f in spec.fields:
        if f.attr == head:
            return f.name + (f".{rest}" if rest else "")
    return attr


def _domain_check(spec: Obj, build, path: str) -> None:
    try:
        build().validate()
    except ValidationError as exc:
        raise fail(join(path, _json_name(spec, exc.field)), exc.reason) from None


def record_of(kind: Kind, values: dict, client_id: int):
    fields = {k: v for k, v in values.items() if k != "file_id" and k not in kind.nested}
    if "client_id" in {f.name for f in dataclasses.fields(kind.record_type)}:
        fields["client_id"] = client_id
    return kind.record_type(**fields)


def loss_item_of(values: dict, claim_id: int) -> ScheduleOfLossItem:
    return ScheduleOfLossItem(claim_id=claim_id, **{k: v for k, v in values.items()
                                                    if k != "amount"})


def _check_domain(client: dict, lists: dict[str, list[dict]]) -> None:
    _domain_check(CLIENT, lambda: Client(**client), "client")
    for kind in KINDS:
        for index, values in enumerate(lists[kind.key]):
            path = f"{kind.key}[{index}]"
            _domain_check(kind.spec, lambda: record_of(kind, values, 0), path)
            for i, item in enumerate(values.get("schedule_of_loss", ())):
                _domain_check(LOSS_ITEM, lambda: loss_item_of(item, 0),
                              f"{path}.schedule_of_loss[{i}]")
            for i, entry in enumerate(values.get("history", ())):
                _domain_check(NOTE_VERSION, lambda: NoteVersion(note_id=0, **entry),
                              f"{path}.history[{i}]")


def parse_client_file(data: bytes) -> ClientFile:
    """Every check, no database. Raises ValidationError naming the field's path."""
    document = parse_json(data)
    _check_header(document)
    for key, since in ADDED_IN_VERSION.items():
        if document["version"] < since and key not in document:
            document[key] = []
    client = document.get("client")
    for key, (since, older) in CLIENT_ADDED_IN_VERSION.items():
        if document["version"] < since and isinstance(client, dict) and key not in client:
            client[key] = older
    ctx = ImportContext()
    values = document_spec().load_values(document, "", ctx)
    lists = {kind.key: list(values[kind.key]) for kind in KINDS}
    _check_ids_and_links(lists, ctx)
    _check_nested(lists)
    _check_domain(values["client"], lists)
    header = {k: values[k] for k in ("format", "version", "exported_at", "exported_by",
                                     "source", "privileged_included", "staff")}
    return ClientFile(header=header, client=values["client"], lists=lists, context=ctx)
