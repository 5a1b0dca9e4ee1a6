"""Subject access package: one action (a solicitor's) builds her complete copy.

What it writes: the release copy (every record about her as a readable PDF, with data.json,
records.csv, redactions.csv and her stored documents attached to it), and, when her file holds
privileged notes or documents, a second PDF beside it with only those, for the solicitor to
review record by record. Both are protected with the same password (AES-256 PDF encryption:
she, or whoever reviews, opens them in any PDF reader). Other people named in her records
are listed in a redaction schedule and flagged under each record.

Like any export: solicitors only; a restricted file only by someone named on it; the
password must pass the centre's passphrase policy; the targets are checked before any work;
the audit row (ids and counts, never names) is committed before a byte is written; the
files are written atomically with mode 0600, and a failed write is audited too.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from assist_desktop.documents import subject_access as doc
from assist_desktop.documents import tables
from assist_desktop.documents.formatting import long_date
from assist_desktop.domain.errors import NotFound, ValidationError, WeakPassphraseError
from assist_desktop.domain.subject_access import IdentityNotChecked
from assist_desktop.services import permissions as perm
from assist_desktop.services import subject_access_content as content
from assist_desktop.services import subject_access_facts as facts
from assist_desktop.services.case_service import CaseService
from assist_desktop.services.document_inputs import letterhead
from assist_desktop.services.export_files import check_export_target, write_export
from assist_desktop.services.interchange_export import build_document
from assist_desktop.services.settings import read_policy
from assist_desktop.services.users import check_passphrase
from assist_desktop.storage.centre_repository import CentreRepository
from assist_desktop.storage.interchange_queries import client_id_by_reference
from assist_desktop.storage.retention_repository import RetentionRepository

LEAVES_THE_STORE_WARNING = (
    "The package leaves the encrypted store. It is protected with the password you chose: "
    "give the password by a different route from the file (by phone, not in the same email), "
    "review the redaction schedule and the privileged part before anything is released, and "
    "delete your copies once she has it.")
PRIVILEGED_SUFFIX = "-privileged-review"
MIN_PASSWORD = 8          # documents.protect.MIN_LENGTH


@dataclass(frozen=True)
class SarPackage:
    release_pdf: bytes
    privileged_pdf: bytes | None
    reference: str
    records: int
    privileged_records: int
    third_parties: int


@dataclass(frozen=True)
class SavedPackage:
    package: SarPackage
    release_path: Path
    privileged_path: Path | None


def privileged_path(target: Path) -> Path:
    return target.with_name(target.stem + PRIVILEGED_SUFFIX + target.suffix)


def package_targets(target, *, replace: bool) -> tuple[Path, Path]:
    """The release copy's path (.pdf) and the privileged review copy's beside it, both
    checked before any work."""
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    second = privileged_path(target)
    check_export_target(target, replace=replace)
    check_export_target(second, replace=replace)
    return target, second


def write_package(package: "SarPackage", target: Path, second: Path,
                  record_failure) -> "SavedPackage":
    write_export(target, package.release_pdf, record_failure)
    if package.privileged_pdf is not None:
        write_export(second, package.privileged_pdf, record_failure)
    return SavedPackage(package, target, second if package.privileged_pdf is not None else None)


class SubjectAccessService(CaseService):
    def check_allowed(self, reference: str) -> None:
        """What a package would be refused with, before a password is asked."""
        perm.require_solicitor(self._session, "make a subject access package")
        self._db.read(lambda conn: self._client_id(conn, reference))

    def check_identity(self, reference: str) -> bool:
        """Whether the SAR log records her identity as not yet checked (the GUI asks the
        solicitor to confirm before a password is asked)."""
        perm.require_solicitor(self._session, "make a subject access package")
        return self._db.read(lambda conn: facts.identity_unchecked(
            conn, self._client_id(conn, reference)))

    def build(self, reference: str, password: str, *, request_line: str = "",
              today: date | None = None, identity_confirmed: bool = False) -> SarPackage:
        """The package in memory (audited as an export before it is returned). While the
        SAR log records her identity as not yet checked, IdentityNotChecked unless
        `identity_confirmed` (the solicitor is sure who is asking; audited)."""
        perm.require_solicitor(self._session, "make a subject access package")
        self._check_password(password, reference)
        client_id, document, centre, retention, unchecked = self._audited(
            self._read, reference, identity_confirmed)
        release, privileged = content.split(document)
        common = dict(letterhead=letterhead(centre), jurisdiction=centre.jurisdiction,
                      reference=document["client"]["reference"],
                      prepared_on=long_date(self._today(today)),
                      prepared_by=self._session.full_name or self._session.username,
                      request_line=request_line, retention=retention)
        names = facts.staff_names(document)
        release_pdf, n_release, n_people = _one_pdf(release, common, password, False, names)
        privileged_pdf, n_priv = None, 0
        if privileged["notes"] or privileged["attachments"]:
            privileged_pdf, n_priv, _ = _one_pdf(privileged, common, password, True, names)

        def record(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "export", "client", client_id,
                      f"subject_access package:encrypted records:{n_release} "
                      f"privileged_for_review:{n_priv} third_parties:{n_people}"
                      + (" identity:unchecked-confirmed" if unchecked else ""))
        self._db.write(record)
        return SarPackage(release_pdf, privileged_pdf, common["reference"], n_release, n_priv,
                          n_people)

    def save(self, reference: str, target: str | Path, password: str, *,
             replace: bool = False, request_line: str = "",
             today: date | None = None, identity_confirmed: bool = False) -> SavedPackage:
        """Build and write the package: `target` (the release copy) and, if her file holds
        privileged material, `<name>-privileged-review.pdf` beside it."""
        target, second = package_targets(target, replace=replace)
        package = self.build(reference, password, request_line=request_line, today=today,
                             identity_confirmed=identity_confirmed)
        return write_package(package, target, second,
                             lambda: self.export_failed(package.reference))

    def export_failed(self, reference: str) -> None:
        """The package could not be written: the audit says so after its export row."""
        self._record_failed(reference)

    # --- inside ------------------------------------------------------------------------
    def _client_id(self, conn, reference: str) -> int:
        client_id = client_id_by_reference(conn, str(reference).strip().upper())
        if client_id is None:
            raise NotFound("client record")
        self._visible_client(conn, client_id)
        return client_id

    def _read(self, conn, reference: str, identity_confirmed: bool = False):
        client_id = self._client_id(conn, reference)
        unchecked = facts.identity_unchecked(conn, client_id)
        if unchecked and not identity_confirmed:
            raise IdentityNotChecked()
        document, _counts = build_document(conn, client_id, include_privileged=True,
                                           exported_by=self._session.username)
        self._log(conn, "read", "client", client_id, "subject_access"
                  + (" identity:unchecked-confirmed" if unchecked else ""))
        centre = CentreRepository().get(conn)
        from assist_desktop.services.retention import shipped_rules
        rules = RetentionRepository().rules(conn) or shipped_rules()
        retention = facts.retention_line(conn, client_id, centre.jurisdiction, rules)
        return client_id, document, centre, retention, unchecked

    def _check_password(self, password, reference: str) -> None:
        if not isinstance(password, str) or not password:
            raise WeakPassphraseError("Choose a password for the package.")
        min_score = self._db.read(read_policy).min_passphrase_score
        try:
            check_passphrase(password, min_score, (self._session.username, str(reference)))
        except WeakPassphraseError as exc:
            raise WeakPassphraseError(f"Package password: {exc}", exc.suggestions) from None
        if len(password) < MIN_PASSWORD:
            raise ValidationError("password", f"must be at least {MIN_PASSWORD} "
                                              f"characters")

    def _record_failed(self, reference: str) -> None:
        def write(conn):
            client_id = client_id_by_reference(conn, reference)
            self._log(conn, "export_failed", "client", client_id, "subject_access not written")
        self._db.write(write)


def _one_pdf(document: dict, common: dict, password: str, privileged_part: bool,
             names: dict[str, str]) -> tuple[bytes, int, int]:
    """One protected PDF (records, schedule, attached files); with its record and
    third-party counts. Staff are named by their full names in the readable copy and the
    CSV; data.json keeps the client-file format (usernames, with the staff list)."""
    original, document = document, facts.with_staff_names(document, names)
    persons = content.people(document)
    flagged = content.flags(document, persons)
    numbers = {i: f"R{n}" for n, i in enumerate(sorted({i for v in flagged.values()
                                                        for i in v}), 1)}
    where: dict[int, list[str]] = {}
    sections, total = [], 0
    rows_by_kind: dict[str, list] = {}
    for kind, heading, number, record in content.records(document):
        named = flagged.get((kind, number), [])
        for i in named:
            where.setdefault(i, []).append(heading)
        rows_by_kind.setdefault(kind, []).append(doc.SarRecord(
            heading, tuple(content.fields(record)), tuple(numbers[i] for i in named)))
    for kind, title in content.SECTIONS:
        if kind in rows_by_kind:
            sections.append(doc.SarSection(title, tuple(rows_by_kind[kind])))
            total += len(rows_by_kind[kind])
    schedule = tuple(doc.ThirdParty(numbers[i], persons[i].name, persons[i].category,
                                    ", ".join(where.get(i, [])))
                     for i in sorted(numbers, key=lambda i: int(numbers[i][1:])))
    files = content.attachment_files(document)
    files_named = content.attachment_names(document)
    data_json = json.dumps(content.without_content(original, files_named), ensure_ascii=False,
                           indent=1).encode("utf-8")
    attached = {"data.json": data_json,
                "records.csv": tables.to_csv(tables.Sheet(
                    "records", ["kind", "record", "field", "value"], content.csv_rows(document))),
                "redactions.csv": tables.to_csv(tables.Sheet(
                    "redactions", ["flag", "name", "who", "named_in"],
                    [[p.number, p.name, p.category, p.where] for p in schedule])),
                **files}
    counts = tuple((title, len(rows_by_kind[kind])) for kind, title in content.SECTIONS
                   if kind in rows_by_kind)
    pdf = doc.build_subject_access_pdf(doc.SarDocument(
        privileged_part=privileged_part, sections=tuple(sections), third_parties=schedule,
        attached_files=tuple(attached), counts=counts, **common))
    return doc.package(pdf, attached, password), total, len(schedule)
