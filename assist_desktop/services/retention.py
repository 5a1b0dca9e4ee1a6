"""Retention review and destruction, for administrators.

The schedule (domain.retention) is the centre's copy in the database, or the shipped defaults
(resources/rules/retention_rules.json) until an administrator first changes it; it is
edited rule by rule and can be reset. The review list shows closed files whose period has
run or runs within `ahead_days`, by reference and dates only (an administrator does not read
case files). Extend: a later review date with a reason (audited, kept as a row). Destroy:
the file is fingerprinted (SHA-256 of its whole client-file document), erased in one
transaction with every record hanging from it, a certificate row written (reference, hash,
rule; no client data), then the WAL truncated and the restore safety copies removed; the
certificate PDF is returned for the administrator to keep.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from assist_desktop.documents.destruction_certificate import (DestructionCertificateInput,
                                                             build_destruction_certificate)
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.domain.retention import RetentionRule, parse_rules, review_date
from assist_desktop.platform.paths import resource
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService
from assist_desktop.services.document_inputs import letterhead
from assist_desktop.services.erasure import remove_old_copies
from assist_desktop.services.export_files import check_export_target, write_export
from assist_desktop.services.interchange_codec import to_json
from assist_desktop.services.interchange_export import build_document
from assist_desktop.storage.centre_repository import CentreRepository, SettingsRepository
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.record_table import truncate_wal
from assist_desktop.storage.retention_repository import RETURNED_SETTING, RetentionRepository
from assist_desktop.storage.sar_repository import SarRequestRepository

DEFAULT_AHEAD_DAYS = 30
AGAIN = "reapplies:"      # in a certificate's rules: the certificate a restore undid
MAX_EXTENSION_YEARS = 50


@dataclass(frozen=True)
class ReviewItem:
    client_id: int
    reference: str
    closed_on: date
    review_on: date
    rule_ids: tuple[str, ...]
    due: bool               # the period has run: destroy or extend now
    deleted: bool           # the file is already soft-deleted
    extended_reason: str    # the latest extension's reason, if any


@dataclass(frozen=True)
class ReturnedFile:
    """A file destroyed after the backup a restore came from, back in the store."""
    certificate: str
    reference: str
    destroyed_at: str


@dataclass(frozen=True)
class Destroyed:
    certificate: str
    reference: str
    record_hash: str
    pdf: bytes


def shipped_rules() -> list[RetentionRule]:
    path = resource("rules", "retention_rules.json")
    return parse_rules(json.loads(path.read_text(encoding="utf-8")))


class RetentionService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._repo = RetentionRepository()

    def _require(self, action: str) -> None:
        perm.require_administrator(self._session, action)

    # --- the schedule ------------------------------------------------------------------
    def rules(self) -> list[RetentionRule]:
        return self._db.read(self._rules)

    def _rules(self, conn) -> list[RetentionRule]:
        return self._repo.rules(conn) or shipped_rules()

    def save_rule(self, rule: RetentionRule) -> RetentionRule:
        """Add or change one rule (by id); the schedule is then the centre's own copy."""
        self._require("change the retention schedule")
        rule.validate()

        def write(conn):
            rules = self._rules(conn)
            ids = [r.id for r in rules]
            changed = (rules[:ids.index(rule.id)] + [rule] + rules[ids.index(rule.id) + 1:]
                       if rule.id in ids else rules + [rule])
            self._repo.replace_rules(conn, changed, self._session.user_id)
            self._log(conn, "update" if rule.id in ids else "create", "retention_rule",
                      rule.id)
            return rule
        return self._db.write(write)

    def reset_rules(self) -> None:
        self._require("reset the retention schedule")

        def write(conn):
            self._repo.clear_rules(conn)
            self._log(conn, "reset", "retention_rule", "", "shipped defaults")
        self._db.write(write)

    # --- review ------------------------------------------------------------------------
    def review_list(self, *, today: date | None = None,
                    ahead_days: int = DEFAULT_AHEAD_DAYS) -> list[ReviewItem]:
        """Closed files due for review now or within `ahead_days`, soonest first."""
        self._require("review files for destruction")
        today = self._today(today)

        def read(conn):
            self._log(conn, "list", "retention", "", f"review ahead:{ahead_days}")
            return [item for item in self._items(conn, today)
                    if item.review_on <= today + timedelta(days=ahead_days)]
        return sorted(self._db.write(read), key=lambda i: (i.review_on, i.reference))

    def _items(self, conn, today: date, client_id: int | None = None) -> list[ReviewItem]:
        rules = self._rules(conn)
        centre = CentreRepository().get(conn)
        jurisdiction = centre.jurisdiction if centre else "england-wales"
        out = []
        for f in self._repo.closed_files(conn, client_id):
            when = review_date(rules, jurisdiction, closed_on=f.closed_on,
                               date_of_birth=f.date_of_birth, matters=f.matters,
                               extended_to=f.extended_to)
            if when.on is None:
                continue
            out.append(ReviewItem(f.client_id, f.reference, f.closed_on, when.on, when.rule_ids,
                                  when.on <= today, f.deleted,
                                  f.extension_reason if f.extended_to == when.on else ""))
        return out

    def extend(self, client_id: int, until_on: date, reason: str, *,
               today: date | None = None) -> ReviewItem:
        """Keep the file until `until_on` (after today, within 50 years), for `reason`."""
        self._require("extend a file's retention")
        today = self._today(today)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("reason", "is required: say why the file is kept longer")
        if len(reason) > 2000 or "\x00" in reason:
            raise ValidationError("reason", "is too long (at most 2000 characters)")
        if not isinstance(until_on, date) or until_on <= today:
            raise ValidationError("until", "must be a date after today")
        if until_on > today.replace(year=today.year + MAX_EXTENSION_YEARS):
            raise ValidationError("until", f"must be within {MAX_EXTENSION_YEARS} years")

        def write(conn):
            found = self._items(conn, today, client_id)
            if not found:
                raise NotFound("file due for review")
            hold = self._repo.add_hold(conn, client_id, until_on, reason,
                                       self._session.user_id)
            self._log(conn, "extend", "retention", client_id,
                      f"hold:{hold} until:{until_on.isoformat()}")
            return self._items(conn, today, client_id)[0]
        return self._db.write(write)

    def destroy(self, client_id: int, reference: str, *, today: date | None = None) -> Destroyed:
        """Destroy a file whose period has run. `reference` is typed by the administrator
        to confirm which file; it must match. Returns the certificate (PDF included)."""
        self._require("destroy a file")
        today = self._today(today)
        now = datetime.now(timezone.utc)

        def write(conn):
            found = self._items(conn, today, client_id)
            if not found:
                raise NotFound("file due for review")
            item = found[0]
            if str(reference).strip().upper() != item.reference:
                raise ValidationError("reference", "does not match the file chosen; nothing "
                                                   "was destroyed")
            if not item.due:
                raise ValidationError("file", f"is not due for destruction until "
                                              f"{item.review_on.isoformat()}; nothing was "
                                              f"destroyed")
            return self._erase(conn, client_id, item.reference, item.rule_ids, now)
        return self._finish(self._db.write(write), now)

    def _erase(self, conn, client_id: int, reference: str, rule_ids, now: datetime,
               reapplies: str = ""):
        """Inside the destruction's transaction: fingerprint, certificate row, purge, audit."""
        if SarRequestRepository().open_received(conn, client_id):
            # erasing data she has asked for, before she has it, may be an offence
            # (Data Protection Act 2018 s.173): answer her request first
            raise ValidationError("file", "has a subject access request from her that is "
                                          "not yet answered: send her copy and record "
                                          "the date sent first; nothing was destroyed")
        document, counts = build_document(conn, client_id, include_privileged=True,
                                          exported_by=self._session.username)
        document.pop("exported_at", None)
        digest = hashlib.sha256(to_json(document)).hexdigest()
        certificate = self._repo.next_certificate(conn, now.year)
        rule_id = ",".join([r for r in rule_ids if not r.startswith(AGAIN)]
                           + ([f"{AGAIN}{reapplies}"] if reapplies else []))
        records = sum(counts.values()) + 1          # her own record too
        self._repo.add_certificate(conn, certificate, reference, digest, rule_id,
                                   records, self._session.user_id)
        ClientRepository().purge(conn, client_id)
        self._log(conn, "destroy", "client", client_id,
                  f"{reference} certificate:{certificate} rule:{rule_id}")
        return reference, tuple(rule_id.split(",")), certificate, digest, records, \
            CentreRepository().get(conn)

    def _finish(self, erased, now: datetime) -> Destroyed:
        reference, rule_ids, certificate, digest, records, centre = erased
        self._db.read(truncate_wal)
        remove_old_copies(self._db, self._audit, "purge")
        return Destroyed(certificate, reference, digest,
                         self._certificate_pdf(centre, certificate, reference, digest,
                                               rule_ids, now,
                                               self._session.full_name
                                               or self._session.username, records))

    # --- files a restore brought back --------------------------------------------------
    def restored_destroyed(self) -> list[ReturnedFile]:
        """Files destroyed after the backup a restore came from, which the restore brought
        back (backup.restore_over.carry_register): by certificate and reference only."""
        self._require("see destruction certificates")

        def read(conn):
            out = []
            for number in self._returned(conn):
                found = self._repo.certificate(conn, number)
                client_id = found and self._repo.client_by_reference(conn, found.reference)
                if found is not None and client_id is not None:
                    out.append(ReturnedFile(number, found.reference, found.destroyed_at))
            return out
        return self._db.read(read)

    def destroy_again(self, certificate: str, reference: str) -> Destroyed:
        """Destroy again a file a restore brought back, under a new certificate that names
        the first (`reference` typed by the administrator, as for any destruction)."""
        self._require("destroy a file")
        now = datetime.now(timezone.utc)

        def write(conn):
            listed = self._returned(conn)
            found = self._repo.certificate(conn, certificate) if certificate in listed else None
            client_id = found and self._repo.client_by_reference(conn, found.reference)
            if found is None or client_id is None:
                raise NotFound("file brought back by a restore")
            if str(reference).strip().upper() != found.reference:
                raise ValidationError("reference", "does not match the file chosen; nothing "
                                                   "was destroyed")
            erased = self._erase(conn, client_id, found.reference,
                                 tuple(r for r in found.rule_id.split(",") if r), now,
                                 reapplies=certificate)
            SettingsRepository().set(conn, RETURNED_SETTING, json.dumps(
                [n for n in listed if n != certificate]))
            return erased
        return self._finish(self._db.write(write), now)

    def _returned(self, conn) -> list[str]:
        try:
            listed = json.loads(SettingsRepository().get(conn, RETURNED_SETTING) or "[]")
        except ValueError:
            return []
        return [str(n) for n in listed] if isinstance(listed, list) else []

    def deleted_records(self):
        """Deleted notes and attachments waiting to be purged (kind, id, her reference,
        when): what the administrator's purge list shows; no content."""
        self._require("list deleted notes and attachments")
        return self._db.read(self._repo.deleted_records)

    def certificate_pdf(self, certificate: str) -> bytes:
        """A destruction certificate again, from its stored row (number, reference, hash)."""
        self._require("see destruction certificates")
        found, centre = self._db.read(lambda conn: (self._repo.certificate(conn, certificate),
                                                    CentreRepository().get(conn)))
        if found is None:
            raise NotFound("destruction certificate")
        when = datetime.fromisoformat(found.destroyed_at)
        return self._certificate_pdf(centre, found.certificate, found.reference,
                                     found.record_hash, tuple(found.rule_id.split(",")), when,
                                     found.destroyed_by, found.records)

    def certificates(self) -> list[str]:
        self._require("see destruction certificates")
        return self._db.read(self._repo.certificate_numbers)

    def save_certificate(self, pdf: bytes, path: str | Path, *, replace: bool = False) -> None:
        """Write a certificate (no client data in it) where the administrator chose."""
        self._require("save a destruction certificate")
        target = Path(path)
        check_export_target(target, replace=replace)
        write_export(target, pdf, lambda: None)

    def _certificate_pdf(self, centre, certificate, reference, digest, rule_ids, when,
                         by: str, records: int | None) -> bytes:
        rules = {r.id: r for r in self.rules()}
        rule_text = "; ".join(
            f"{rid}: {rules[rid].describe()}" if rid in rules else
            f"destroyed again after a restore brought it back (first certificate "
            f"{rid[len(AGAIN):]})" if rid.startswith(AGAIN) else rid
            for rid in rule_ids if rid)
        return build_destruction_certificate(DestructionCertificateInput(
            jurisdiction=centre.jurisdiction, letterhead=letterhead(centre),
            certificate=certificate, reference=reference,
            destroyed_at=when.strftime("%-d %B %Y %H:%M UTC"), destroyed_by=by,
            rule=rule_text, record_hash=digest, records=records))


__all__ = ["RetentionService", "ReviewItem", "Destroyed", "ReturnedFile", "shipped_rules"]
