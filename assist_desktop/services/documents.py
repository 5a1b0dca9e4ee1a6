"""Documents from the record: generate (stored as a draft), list, read, approve, delete,
"Save as…" (optionally password-protected) and bundles; plus the recovery sheet for the
first-run wizard, which needs no client and no open database.

The service is synchronous: the GUI calls it from its task runner, never on the GUI thread.
ReportLab keeps font and cache state per process and is not thread-safe, so every build in
this process goes through one lock (build_pdf). Reading the record runs on the database owner
thread; building the PDF does not, so a long build never holds up the database.

Every read of a client's documents is audited (ids and kinds only, never names or text).
"""
from __future__ import annotations

import dataclasses
import threading
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from assist_desktop.documents import (BundleInput, DocumentKind, RecoverySheetInput,
                                      TEMPLATE_VERSIONS, build, protect, remove_draft_mark,
                                      wording)
from assist_desktop.documents.fallback import unprintable
from assist_desktop.documents.word import build_docx, supports as has_word_copy
from assist_desktop.documents.protect import MIN_LENGTH as MIN_PASSWORD_LENGTH
from assist_desktop.domain.attachments import digest, intact
from assist_desktop.domain.errors import (DamagedStoreError, EditConflict, NotFound,
                                          PermissionDenied, UnprintableText, ValidationError)
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.domain.staff import CentreInfo
from assist_desktop.services import document_consent
from assist_desktop.services import document_inputs_admin as admin
from assist_desktop.services import document_inputs_claims as claims
from assist_desktop.services import document_inputs_legal as legal
from assist_desktop.services import document_inputs_support as support
from assist_desktop.services import document_permissions as rules
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService
from assist_desktop.services.conflict_check import ConflictCheckService
from assist_desktop.services.document_bundle import (BundlePart, BundleReader, Withheld,
                                                     WithheldParts, normalise)
from assist_desktop.services.document_inputs import (CaseFile, DocumentOptions,
                                                     appeal_parties, is_appeal, letterhead,
                                                     references, signatory_for)
from assist_desktop.services.document_sources import CaseFileReader
from assist_desktop.services.document_warnings import warnings_for
from assist_desktop.services.export_files import check_export_target, write_export
from assist_desktop.platform.clock import stamp_date, utc_now as _now
from assist_desktop.storage.document_repository import (DocumentRepository, DocumentStatus,
                                                        GeneratedDocument)
from assist_desktop.storage.interchange_queries import client_id_by_reference, letters_sent_of
from assist_desktop.storage.matter_repository import MatterRepository

__all__ = ["DocumentService", "DocumentOptions", "GeneratedDocument", "DocumentStatus",
           "BundlePart", "Withheld", "WithheldParts", "build_pdf", "recovery_sheet_pdf",
           "parse_kind", "TITLES", "LEAVES_STORE_WARNING", "PROTECTED_WARNING",
           "MIN_PASSWORD_LENGTH", "WORD_KINDS"]

K = DocumentKind
_BUILD_LOCK = threading.Lock()
# Kinds stored with an editable Word copy (documents.word).
WORD_KINDS = frozenset({K.WITNESS_STATEMENT.value, K.REPRESENTATIONS.value,
                        K.FURTHER_SUBMISSIONS.value, K.SUPPORT_LETTER.value,
                        K.CLIENT_CARE_LETTER.value})

LEAVES_STORE_WARNING = (
    "This file leaves the encrypted store: anyone who gets a copy can read it. Keep it on an "
    "encrypted drive, share it only by a secure route, and delete it when it is no longer "
    "needed.")
PROTECTED_WARNING = (
    "This file leaves the encrypted store. It is protected with the password you chose "
    "(AES-256): send the password by a different route from the file, and delete the file "
    "when it is no longer needed.")

MAPPERS: dict[DocumentKind, Callable[[CaseFile, DocumentOptions], Any]] = {
    K.WITNESS_STATEMENT: legal.witness_statement, K.CHRONOLOGY: legal.chronology,
    K.REPRESENTATIONS: legal.representations, K.FURTHER_SUBMISSIONS: legal.further_submissions,
    K.SUPPORT_LETTER: support.support_letter, K.CHILDREN_REPORT: support.children_report,
    K.COMPENSATION_SUMMARY: claims.compensation_summary,
    K.CLIENT_CARE_LETTER: admin.client_care_letter, K.CASE_SUMMARY: admin.case_summary,
    K.CONFLICT_CHECK: admin.conflict_check_record,
}
# The wording file each kind is built from (stored as "jurisdiction/file" with the version).
TEMPLATES = {K.WITNESS_STATEMENT: "witness_statement", K.CHRONOLOGY: "chronology",
             K.REPRESENTATIONS: "letters", K.FURTHER_SUBMISSIONS: "letters",
             K.SUPPORT_LETTER: "letters", K.COMPENSATION_SUMMARY: "compensation",
             K.CHILDREN_REPORT: "children", K.CLIENT_CARE_LETTER: "client_care",
             K.CASE_SUMMARY: "case_summary", K.CONFLICT_CHECK: "conflict_check",
             K.BUNDLE: "bundle", K.RECOVERY_SHEET: "recovery_sheet"}
TITLES = {K.WITNESS_STATEMENT: "Witness statement", K.CHRONOLOGY: "Chronology",
          K.REPRESENTATIONS: "Representations", K.FURTHER_SUBMISSIONS: "Further submissions",
          K.SUPPORT_LETTER: "Letter of support", K.COMPENSATION_SUMMARY:
              "Compensation claim summary and schedule of loss",
          K.CHILDREN_REPORT: "Children's needs report", K.CLIENT_CARE_LETTER:
              "Client care letter", K.CASE_SUMMARY: "Case summary",
          K.CONFLICT_CHECK: "Conflict check record", K.BUNDLE: "Bundle",
          K.RECOVERY_SHEET: "Recovery sheet"}


def build_pdf(data: Any, *, draft: bool = False) -> bytes:
    """documents.build, one build at a time in this process (a draft carries the DRAFT
    watermark on every page)."""
    with _BUILD_LOCK:
        return build(data, draft=draft)


def build_word(data: Any) -> bytes | None:
    """The editable .docx copy, for kinds that have one (statements and letters)."""
    return build_docx(data) if has_word_copy(data) else None


def recovery_sheet_pdf(centre: CentreInfo, recovery_code: str, *,
                       created: date | None = None) -> bytes:
    """The recovery sheet for the first-run wizard: no client data, no database needed."""
    made = created or stamp_date(centre.created_at) or date.today()
    return build_pdf(RecoverySheetInput(centre_name=centre.name, recovery_code=recovery_code,
                                        created=made, database_id=centre.database_id))


def parse_kind(kind: DocumentKind | str) -> DocumentKind:
    try:
        return DocumentKind(str(kind).strip().lower().replace("-", "_"))
    except ValueError:
        raise ValidationError("kind", "is not a kind of document") from None






class DocumentService(CaseService):
    def __init__(self, db, session, audit, centre_info: CentreInfo | None = None):
        """centre_info: the letterhead to use if the centre row cannot be read (the row is
        read with each document, so an edited name or address is used at once)."""
        super().__init__(db, session, audit)
        self._centre = centre_info
        self._repo = DocumentRepository()
        self._reader = CaseFileReader()
        self._bundles = BundleReader()

    # --- finding her file -------------------------------------------------------------------
    def find_client(self, reference: str) -> int:
        """Her client id from a reference such as C-2026-0001 (NotFound if hidden from you)."""
        perm.require_casework(self._session)

        def read(conn):
            client_id = client_id_by_reference(conn, str(reference).strip().upper())
            if client_id is None:
                raise NotFound("client record")
            self._visible_client(conn, client_id)
            return client_id
        return self._db.read(read)

    def find_matter(self, client_id: int, reference: str) -> int:
        perm.require_casework(self._session)

        def read(conn):
            self._visible_client(conn, client_id)
            matter_id = MatterRepository().id_by_reference(conn, client_id,
                                                           str(reference).strip().upper())
            if matter_id is None:
                raise NotFound("matter")
            return matter_id
        return self._db.read(read)

    # --- making one -------------------------------------------------------------------------
    def generate(self, kind: DocumentKind | str, client_id: int, matter_id: int | None = None,
                 options: DocumentOptions | None = None, *, allow_unprintable: bool = False,
                 **option_fields) -> GeneratedDocument:
        """Build a document from her record and store it as a draft (a DRAFT watermark on
        every page until a solicitor approves it). `options` (or keyword fields of
        DocumentOptions) choose its content; see DocumentOptions."""
        return self.generate_with_warnings(kind, client_id, matter_id, options,
                                           allow_unprintable=allow_unprintable,
                                           **option_fields)[0]

    def generate_with_warnings(self, kind: DocumentKind | str, client_id: int,
                               matter_id: int | None = None,
                               options: DocumentOptions | None = None, *,
                               allow_unprintable: bool = False, **option_fields
                               ) -> tuple[GeneratedDocument, tuple[str, ...]]:
        """generate(), and what the person should put right before the document is used (e.g.
        she needs an interpreter and none is named, a client care letter has no supervisor).

        Text with characters no bundled font can draw raises UnprintableText listing them,
        and nothing is stored, unless `allow_unprintable` (the person has seen the list):
        then each prints as a visible marker "[U+XXXX]"."""
        kind = parse_kind(kind)
        if kind not in MAPPERS:
            raise ValidationError("kind", "this kind of document is not made from a client's "
                                          "record")
        rules.require_create(self._session, kind)
        options = self._options(options, option_fields)
        if options.privileged and not perm.may_see_privileged(self._session):
            raise PermissionDenied("Only a solicitor can mark a document as legally "
                                   "privileged.")
        today = options.date or date.today()

        def read(conn):
            self._visible_client(conn, client_id)
            case = self._reader.read(conn, self._session, self._centre, kind, client_id,
                                     matter_id, options, today)
            self._log(conn, "read", "client", client_id, f"document_sources:{kind.value}")
            return case
        case = self._audited(read)
        if kind == K.CONFLICT_CHECK:
            case = dataclasses.replace(case, conflict_check=self._conflict_check(
                client_id, options.check_id))
        data = MAPPERS[kind](case, options)
        missing = unprintable(data)
        if missing and not allow_unprintable:
            raise UnprintableText(tuple(found.describe() for found in missing))
        pdf = build_pdf(data, draft=True)
        privileged = (rules.default_privileged(kind) if options.privileged is None
                      else options.privileged) or case.uses_privileged
        stored = self._store(kind, client_id, matter_id, options.title or TITLES[kind],
                             Jurisdiction(getattr(data, "jurisdiction", case.jurisdiction)),
                             privileged, pdf, case.note_sources, build_word(data))
        return stored, tuple(warnings_for(kind, case, options)) + legal.warnings(data)

    def warnings(self, kind: DocumentKind | str, client_id: int, matter_id: int | None = None,
                 options: DocumentOptions | None = None, **option_fields) -> list[str]:
        """What must be put right before the document (made with the same choices) is sent,
        e.g. a client care letter without a supervisor; see services.document_warnings."""
        kind = parse_kind(kind)
        rules.require_create(self._session, kind)
        options = self._options(options, option_fields)

        def read(conn):
            self._visible_client(conn, client_id)
            case = self._reader.read(conn, self._session, self._centre, kind, client_id,
                                     matter_id, options, options.date or date.today())
            self._log(conn, "read", "client", client_id, f"document_warnings:{kind.value}")
            return case
        return warnings_for(kind, self._audited(read), options)

    def _options(self, options: DocumentOptions | None, fields: dict) -> DocumentOptions:
        options = options or DocumentOptions()
        if fields:
            try:
                options = dataclasses.replace(options, **fields)
            except TypeError as exc:
                raise ValidationError("options", str(exc).split(".")[-1].strip()) from None
        options.validate()
        return options

    def _conflict_check(self, client_id: int, check_id: int | None):
        """The check asked for (it must be in her file); else her own (run before she became a
        client), else the most recent in her file; None when there is none."""
        conflicts = ConflictCheckService(self._db, self._session, self._audit)
        if check_id is not None:
            check = conflicts.get(check_id)
            if check.client_id != client_id:
                raise NotFound("conflict check")
            return check
        checks = conflicts.checks_for_client(client_id)
        own = [c for c in checks if c.subject_kind == "client"]
        return (own or checks or [None])[0]

    def _store(self, kind: DocumentKind, client_id: int, matter_id: int | None, title: str,
               jurisdiction: Jurisdiction, privileged: bool, pdf: bytes,
               sources: frozenset[int], word: bytes | None = None,
               confirmed: Sequence[Withheld] = ()) -> GeneratedDocument:
        """Store the PDF with the ids of the notes it was built from (`sources`), so that
        purging one of those notes purges the document too. `confirmed`: parts of a bundle
        the solicitor chose to include although withheld, audited with it."""
        record = GeneratedDocument(
            client_id=client_id, matter_id=matter_id, kind=kind.value, title=title,
            template=f"{jurisdiction.value}/{TEMPLATES[kind]}",
            template_version=TEMPLATE_VERSIONS[kind], jurisdiction=jurisdiction,
            size=len(pdf), sha256=digest(pdf), privileged=privileged,
            author_id=self._session.user_id)
        record.validate()

        def write(conn):
            self._visible_client(conn, client_id)
            stored = self._repo.create_with_pdf(conn, record, pdf, word)
            self._repo.add_sources(conn, stored.id, sources)
            self._log(conn, "create", "document", stored.id,
                      f"client:{client_id} kind:{kind.value}"
                      + (" privileged" if privileged else ""))
            for part in confirmed:
                self._log(conn, "include_withheld", part.source, part.id,
                          f"bundle:{stored.id} " + " ".join(part.reasons))
            return stored
        return self._db.write(write)

    # --- reading ----------------------------------------------------------------------------
    def _existing(self, conn, document_id: int) -> GeneratedDocument:
        found = self._repo.get(conn, document_id)
        if found is None:
            raise NotFound("document")
        self._visible_client(conn, found.client_id)
        if not rules.may_read(self._session, found):
            raise NotFound("document")
        return found

    def list(self, client_id: int) -> list[GeneratedDocument]:
        """Her documents you may see, newest first."""
        perm.require_casework(self._session)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "documents")
            return self._repo.list_for_client(
                conn, client_id, kinds=rules.readable_kinds(self._session),
                include_privileged=perm.may_see_privileged(self._session))
        return self._audited(read)

    def get(self, document_id: int) -> GeneratedDocument:
        perm.require_casework(self._session)

        def read(conn):
            found = self._existing(conn, document_id)
            self._log(conn, "read", "client", found.client_id, f"document_info:{document_id}")
            return found
        return self._audited(read)

    def pdf(self, document_id: int) -> bytes:
        """The PDF bytes (in memory only), checked against their SHA-256."""
        perm.require_casework(self._session)

        def read(conn):
            found = self._existing(conn, document_id)
            data = self._repo.pdf(conn, document_id)
            self._log(conn, "read", "client", found.client_id, f"document:{document_id}")
            return found, data
        found, data = self._audited(read)
        if not intact(found, data):
            raise DamagedStoreError("This document is damaged (its checksum does not match). "
                                    "Generate it again, or restore it from a backup.")
        return data

    # --- changing ---------------------------------------------------------------------------
    def approve(self, document_id: int, expected_version: int) -> GeneratedDocument:
        """A solicitor approves a draft: its DRAFT watermark is taken off the stored PDF
        (same content otherwise), in the same transaction as the status change."""
        perm.require_solicitor(self._session, "approve a document")
        # The watermark comes off outside the write transaction (pypdf work on a long
        # document must not hold the database); the write checks the bytes are unchanged.
        found, data = self._db.read(lambda conn: (self._existing(conn, document_id),
                                                  self._repo.pdf(conn, document_id)))
        if not intact(found, data):
            raise DamagedStoreError("This document is damaged (its checksum does not match). "
                                    "Generate it again, or restore it from a backup.")
        clean = remove_draft_mark(data)

        def write(conn):
            found = self._existing(conn, document_id)
            if found.status == DocumentStatus.APPROVED:
                raise ValidationError("status", "the document is already approved")
            if found.sha256 != digest(data):
                raise EditConflict("document")
            stored = self._repo.replace_pdf(conn, dataclasses.replace(
                found, version=expected_version, status=DocumentStatus.APPROVED,
                approved_by=self._session.user_id, approved_at=_now()), clean, digest(clean))
            self._log(conn, "approve", "document", document_id, f"client:{found.client_id}")
            return stored
        return self._db.write(write)

    def delete(self, document_id: int, expected_version: int) -> GeneratedDocument:
        """Soft delete: a solicitor any document, the author her own draft."""
        perm.require_casework(self._session)

        def write(conn):
            found = self._existing(conn, document_id)
            if not rules.may_delete(self._session, found):
                raise PermissionDenied("Only a solicitor, or the author of a draft, can delete "
                                       "a document.")
            stored = self._repo.soft_delete(conn, document_id, expected_version)
            self._log(conn, "delete", "document", document_id, f"client:{found.client_id}")
            return stored
        return self._db.write(write)

    # --- leaving the store ------------------------------------------------------------------
    def save_as(self, document_id: int, path: str | Path, password: str | None = None, *,
                override_reason: str | None = None) -> str:
        """Write the PDF to `path` atomically (optionally AES-256 protected); returns the
        warning the GUI or command line must show: the file leaves the encrypted store.
        The export's audit row is committed first, so a file never leaves without a record
        (if the write then fails, an export_failed row follows). A letter for another
        organisation needs her consent to sharing (services.document_consent)."""
        target = Path(path)
        check_export_target(target, replace=True)  # the file dialog asked before replacing
        data = self.export_pdf(document_id, password, override_reason=override_reason)
        write_export(target, data, lambda: self.export_failed(document_id))
        return PROTECTED_WARNING if password else LEAVES_STORE_WARNING

    def check_save_allowed(self, document_id: int, override_reason: str | None = None) -> None:
        """Before anything is asked or read: ConsentRequired when the document is a letter
        for another organisation and she has no consent to sharing in force (and no
        solicitor's reason is given)."""
        def read(conn):
            document_consent.check(self._session, conn, self._existing(conn, document_id),
                                   override_reason)
        self._db.read(read)

    def check_sharing(self, kind, client_id: int, override_reason: str | None = None) -> None:
        """Before a document of `kind` is made to be saved (the command line): as
        check_save_allowed."""
        def read(conn):
            self._visible_client(conn, client_id)
            document_consent.check_kind(self._session, conn, kind, client_id, override_reason)
        self._db.read(read)

    def export_pdf(self, document_id: int, password: str | None = None, *,
                   override_reason: str | None = None) -> bytes:
        """The PDF as it leaves the store (protected when a password is given), its export
        audited: save_as here, or a laptop on a centre server writing the file itself."""
        self.check_save_allowed(document_id, override_reason)
        data = self.pdf(document_id)
        if password:
            data = protect(data, password)

        def record(conn):
            found = self._existing(conn, document_id)
            overridden = document_consent.check(self._session, conn, found, override_reason)
            consent = document_consent.record(self, conn, found, overridden, override_reason)
            self._log(conn, "export", "document", document_id, f"client:{found.client_id}"
                      f"{consent} {'protected' if password else 'unprotected'}")
        self._db.write(record)
        return data

    def check_print_allowed(self, document_id: int, override_reason: str | None = None) -> None:
        """Before the print dialog: as check_save_allowed, worded for printing."""
        self._db.read(lambda conn: document_consent.check(
            self._session, conn, self._existing(conn, document_id), override_reason,
            action=document_consent.PRINT_ACTION))

    def record_print(self, document_id: int, *, override_reason: str | None = None) -> None:
        """A printer was chosen: audited (with her consent or the override kept, for a letter
        to another organisation) before a page is printed."""
        def write(conn):
            found = self._existing(conn, document_id)
            overridden = document_consent.check(self._session, conn, found, override_reason,
                                                action=document_consent.PRINT_ACTION)
            consent = document_consent.record(self, conn, found, overridden, override_reason)
            self._log(conn, "print", "document", document_id,
                      f"client:{found.client_id}{consent}")
        self._db.write(write)

    def letters_sent(self, client_id: int) -> list[document_consent.SentLetter]:
        """Letters about her saved or printed for another organisation (oldest first): what
        a withdrawal of her consent to information sharing touches."""
        def read(conn):
            self._visible_client(conn, client_id)
            return letters_sent_of(conn, client_id)
        return document_consent.letters_sent(self._db.read(read))

    def export_failed(self, document_id: int) -> None:
        """An exported file could not be written: the audit says so."""
        def write(conn):
            self._existing(conn, document_id)
            self._log(conn, "export_failed", "document", document_id, "file not written")
        self._db.write(write)

    def has_word_copy(self, document: GeneratedDocument) -> bool:
        """Whether "Save as Word…" applies: statements and letters made from schema 9 on."""
        return document.kind in WORD_KINDS

    def save_as_word(self, document_id: int, path: str | Path, *,
                     override_reason: str | None = None) -> str:
        """Write the document's editable Word copy to `path` (made from the same input as
        its PDF); returns the leaves-the-store warning. Audited before the file is written,
        as save_as."""
        target = Path(path)
        check_export_target(target, replace=True)
        data = self.export_word(document_id, override_reason=override_reason)
        write_export(target, data, lambda: self.export_failed(document_id))
        return LEAVES_STORE_WARNING

    def export_word(self, document_id: int, *, override_reason: str | None = None) -> bytes:
        """The Word copy as it leaves the store, its export audited (see export_pdf)."""
        perm.require_casework(self._session)
        self.check_save_allowed(document_id, override_reason)

        def read(conn):
            found = self._existing(conn, document_id)
            data = self._repo.word(conn, document_id)
            self._log(conn, "read", "client", found.client_id, f"document:{document_id}")
            return found, data
        found, data = self._audited(read)
        if data is None:
            raise ValidationError("document", "this document has no Word copy: only witness "
                                              "statements and letters have one. Generate it "
                                              "again to get one.")

        def record(conn):
            stored = self._existing(conn, document_id)
            overridden = document_consent.check(self._session, conn, stored, override_reason)
            consent = document_consent.record(self, conn, stored, overridden, override_reason)
            self._log(conn, "export", "document", document_id,
                      f"client:{found.client_id}{consent} word unprotected")
        self._db.write(record)
        return data

    # --- bundles ----------------------------------------------------------------------------
    def bundle_sections(self, client_id: int) -> list[str]:
        """The section titles a new bundle starts with, from the wording of her
        jurisdiction (resources/wording/<jurisdiction>/bundle.json, "sections")."""
        perm.require_solicitor(self._session, "make a bundle")

        def read(conn):
            self._visible_client(conn, client_id)
            client = self._clients.get(conn, client_id)
            if client is None:
                raise NotFound("client record")
            return client.jurisdiction
        jurisdiction = self._db.read(read)
        titles = wording.load(jurisdiction.value, "bundle").raw("sections")
        return [str(t) for t in titles if str(t).strip()] if isinstance(titles, list) else []

    def bundle(self, client_id: int, sections: Iterable[tuple[str, Sequence]], *,
               title: str = "", matter_id: int | None = None, tribunal: str = "",
               prepared_date: date | None = None,
               include_withheld: Iterable[tuple[str, int]] = ()) -> GeneratedDocument:
        """One paginated, indexed, bookmarked PDF from stored documents and attached PDFs,
        stored as a draft. sections: [(section title, [document id | BundlePart, ...])].
        A privileged, internal or unapproved part raises WithheldParts unless its
        (source, id) is in `include_withheld` (the solicitor confirmed it; audited)."""
        perm.require_solicitor(self._session, "make a bundle")
        parts = normalise(sections)
        try:
            confirmed = {(str(source), int(part_id)) for source, part_id in include_withheld}
        except (TypeError, ValueError):
            raise ValidationError("bundle", "confirmed entries are (source, id) pairs") from None
        today = prepared_date or date.today()

        def read(conn):
            self._visible_client(conn, client_id)
            case = self._reader.read(conn, self._session, self._centre, K.BUNDLE, client_id,
                                     matter_id, DocumentOptions(), today)
            found = self._bundles.read(
                conn, client_id, parts,
                may_read_document=lambda d: rules.may_read(self._session, d),
                privileged_ok=perm.may_see_privileged(self._session))
            refused = [part for part in found.withheld if part.key not in confirmed]
            if refused:
                raise WithheldParts(refused)
            self._log(conn, "read", "client", client_id, "document_sources:bundle")
            return case, found
        case, found = self._audited(read)
        appeal = is_appeal(case)
        data = BundleInput(
            jurisdiction=case.jurisdiction,
            title=title or ("APPELLANT'S BUNDLE" if appeal else "BUNDLE"),
            sections=found.sections, prepared_date=today, tribunal=tribunal,
            parties=appeal_parties(case), references=references(case),
            prepared_by=letterhead(case.centre), signatory=signatory_for(self._session))
        pdf = build_pdf(data)
        return self._store(K.BUNDLE, client_id, matter_id, title or TITLES[K.BUNDLE],
                           case.jurisdiction, found.privileged, pdf, found.sources,
                           confirmed=found.withheld)

