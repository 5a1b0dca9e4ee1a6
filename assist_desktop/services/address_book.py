"""The address book of recipients for letters. Anyone doing casework may read it; an
administrator or a solicitor may change it (audited). Each jurisdiction's list starts from
assist_desktop/resources/address_book/<jurisdiction>.json the first time it is read, once: a centre's own
changes (and deletions) are never overwritten."""
from __future__ import annotations

import dataclasses
import json
import logging

from assist_desktop.domain.address_book import Recipient
from assist_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.staff import JURISDICTIONS
from assist_desktop.platform.clock import utc_now
from assist_desktop.platform.paths import resource
from assist_desktop.services import permissions as perm
from assist_desktop.storage.address_book_repository import AddressBookRepository
from assist_desktop.storage.centre_repository import CentreRepository, SettingsRepository

log = logging.getLogger(__name__)
SEEDED = "address_book_seeded:"  # settings key prefix, per jurisdiction


def seed_entries(jurisdiction: str) -> list[Recipient]:
    """The starting addresses for a jurisdiction from the editable resource file."""
    try:
        path = resource("address_book", f"{jurisdiction}.json")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, UnicodeDecodeError, json.JSONDecodeError):
        log.warning("address book seed file unreadable")
        return []
    out = []
    for entry in data.get("recipients", []):
        address = entry.get("address", "")
        recipient = Recipient(
            jurisdiction=jurisdiction, organisation=entry.get("organisation", ""),
            department=entry.get("department", ""), person=entry.get("person", ""),
            address="\n".join(address) if isinstance(address, list) else address,
            email=entry.get("email", ""), used_for=",".join(entry.get("used_for", [])),
            source=entry.get("source", ""))
        recipient.validate()
        out.append(recipient)
    return out


class AddressBookService:
    def __init__(self, db, session, audit):
        self._db, self._session, self._audit = db, session, audit
        self._repo = AddressBookRepository()
        self._settings = SettingsRepository()

    def _may_edit(self) -> None:
        if not (perm.is_administrator(self._session) or perm.is_solicitor(self._session)):
            raise PermissionDenied("Only an administrator or a solicitor can change the "
                                   "address book.")

    def list(self, jurisdiction: str | None = None) -> list[Recipient]:
        """The recipients of one jurisdiction (default: the centre's), seeded on first use."""
        if not (perm.has_casework_role(self._session) or perm.is_administrator(self._session)):
            raise PermissionDenied("Your account cannot see the address book.")

        def read(conn):
            wanted = jurisdiction or self._centre_jurisdiction(conn)
            if wanted not in JURISDICTIONS:
                raise ValidationError("jurisdiction", "is not England & Wales, Scotland or "
                                                      "Ireland")
            seeded = self._settings.get(conn, SEEDED + wanted) is not None
            return wanted, (self._repo.list(conn, wanted) if seeded else None)
        wanted, found = self._db.read(read)
        if found is not None:
            return found

        def seed(conn):  # once per jurisdiction (checked again inside the transaction)
            if self._settings.get(conn, SEEDED + wanted) is None:
                now = utc_now()
                for entry in seed_entries(wanted):
                    self._repo.create(conn, entry, now)
                self._settings.set(conn, SEEDED + wanted, now)
                self._audit.record(conn, "seed", "address_book", wanted)
            return self._repo.list(conn, wanted)
        return self._db.write(seed)

    def _centre_jurisdiction(self, conn) -> str:
        centre = CentreRepository().get(conn)
        if centre is None:
            raise NotFound("centre record")
        return centre.jurisdiction

    def add(self, recipient: Recipient) -> Recipient:
        self._may_edit()
        recipient = _clean(recipient)
        recipient.validate()

        def write(conn):
            stored = self._repo.create(conn, recipient, utc_now())
            self._audit.record(conn, "create", "address_book", stored.id)
            return stored
        return self._db.write(write)

    def update(self, recipient: Recipient) -> Recipient:
        self._may_edit()
        recipient = _clean(recipient)
        recipient.validate()
        if recipient.id is None:
            raise NotFound("address book entry")

        def write(conn):
            stored = self._repo.update(conn, recipient, utc_now())
            self._audit.record(conn, "update", "address_book", stored.id)
            return stored
        return self._db.write(write)

    def delete(self, recipient_id: int, version: int) -> Recipient:
        self._may_edit()

        def write(conn):
            removed = self._repo.delete(conn, recipient_id, version)
            self._audit.record(conn, "delete", "address_book", recipient_id)
            return removed
        return self._db.write(write)


def _clean(recipient: Recipient) -> Recipient:
    strip = {f: getattr(recipient, f).strip() for f in
             ("organisation", "department", "person", "email", "used_for", "source")}
    lines = "\n".join(line.strip() for line in recipient.address.splitlines() if line.strip())
    return dataclasses.replace(recipient, address=lines, **strip)


def addressee_of(recipient: Recipient):
    """What a letter prints for an address book entry (DocumentOptions.recipient). Imported
    here, not at the top: the documents package loads ReportLab, which is slow to import."""
    from assist_desktop.documents.inputs import Addressee
    return Addressee(organisation=recipient.organisation, name=recipient.person,
                     address_lines=recipient.address_lines, department=recipient.department)
