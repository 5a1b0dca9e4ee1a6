"""Export one client's whole file, as an encrypted case-transfer package (the default) or as
a plain JSON document, and import either as a new client (docs/INTERCHANGE.md describes the
format and the rules below).

Who may do it: solicitors only, both ways. A client file is the most sensitive thing the
centre holds, and handing it over is a legal and data-protection decision; it also holds
parts a support worker does not see (privileged notes, convictions, claims, full matters), and
an export that silently left them out would look complete to whoever receives it. A
solicitor may leave privileged notes and attachments out on purpose (include_privileged=False);
the file then says so in its header. Importing creates matters, convictions and claims, which
only solicitors may create. A restricted client can only be exported by someone named on her
file; to anyone else she does not exist.

The package (security.transfer_package) seals the JSON document with AES-256-GCM under a key
from a transfer passphrase (Argon2id, parameters in its header); the passphrase must pass the
same strength check as any other. Import recognises a package and needs its passphrase.

Her consent (docs/DATA_PROTECTION.md): an export hands her information to another
organisation, so it needs her consent to information sharing in force (the consent log's
latest entry of that kind). Without it the export is refused with ConsentRequired before
anything is read; a solicitor may go ahead with `override_reason`, kept in consent_overrides
(record_kind 'export') and audited by that row's id, never the reason's text. The export's
audit row says which (consent:given or consent:override), so a later withdrawal can list the
exports made (exports_of).

Both directions are audited (ids and counts only, never names or case text). An export is put
through the same checks as an import before it is handed over, so a file we write is a file we
accept; its audit row is committed before the bytes leave the service or reach a file, so a
file never leaves without a record. The import checks the whole file before it writes
anything, and writes it in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assist_desktop.domain.consents import ConsentKind, sharing_consent_in_force
from assist_desktop.domain.errors import NotFound, ValidationError, WeakPassphraseError
from assist_desktop.security import transfer_package
from assist_desktop.security.kdf import KdfParameters, KdfPolicy
from assist_desktop.security.transfer_package import TransferPackageError
from assist_desktop.services import consent_gate
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService
from assist_desktop.services.export_files import check_export_target, write_export
from assist_desktop.services.interchange_codec import MAX_FILE_BYTES, to_json
from assist_desktop.services.interchange_export import build_document
from assist_desktop.services.interchange_import import ClientFile, parse_client_file
from assist_desktop.services.interchange_schema import VERSION
from assist_desktop.services.interchange_write import ImportResult, write_client_file
from assist_desktop.services.sealing import reconcile_in
from assist_desktop.services.settings import read_policy
from assist_desktop.services.users import check_passphrase
from assist_desktop.storage.client_owned_repository import ConsentRepository
from assist_desktop.storage.consent_override_repository import ConsentOverrideRepository
from assist_desktop.storage.interchange_queries import client_id_by_reference, exports_of
from assist_desktop.storage.sealed_records import SealedRecordError
from assist_desktop.storage.sealed_reseal import reseal_client

__all__ = ["ExportResult", "ImportResult", "InterchangeService", "parse_client_file",
           "PLAIN_EXPORT_WARNING", "PACKAGE_NOTE", "MAX_PACKAGE_BYTES", "TransferPackageError",
           "check_export_target"]

# A package holds a document of at most MAX_FILE_BYTES and a small header.
MAX_PACKAGE_BYTES = MAX_FILE_BYTES + 1024 * 1024
PLAIN_EXPORT_WARNING = (
    "the exported file is NOT encrypted; it holds her whole case file. Keep it on an "
    "encrypted drive, send it only by a secure route, and delete it when it has been "
    "imported.")
PACKAGE_NOTE = (
    "the package is encrypted with the transfer passphrase: give the passphrase to the "
    "receiving centre by a different route from the file (by phone, not in the same email).")


@dataclass(frozen=True)
class ExportResult:
    data: bytes            # the package, or the UTF-8 JSON document when not encrypted
    reference: str
    counts: dict[str, int]
    privileged_included: bool
    encrypted: bool = False


@dataclass(frozen=True)
class _Prepared:
    client_id: int
    reference: str
    data: bytes
    counts: dict[str, int]
    include_privileged: bool
    override_reason: str | None = None   # set when it goes ahead on a solicitor's override


@dataclass(frozen=True)
class SentExport:
    """An export of her file made earlier (from its audit row): when, and whether it went on
    her consent or a solicitor's override."""
    at: str
    encrypted: bool
    on_override: bool


SHARING_ACTION = "exporting her file to another organisation"


class InterchangeService(CaseService):
    def __init__(self, db, session, audit, kdf_policy: KdfPolicy | None = None):
        """`kdf_policy`: the centre's (the one its key slots use, calibrated once on this
        machine); without one, a policy of its own is calibrated at the first package."""
        super().__init__(db, session, audit)
        self._kdf = kdf_policy or KdfPolicy()

    # --- export -----------------------------------------------------------------------------
    def export_package(self, reference: str, passphrase: str, *,
                       include_privileged: bool = True,
                       kdf_params: KdfParameters | None = None,
                       override_reason: str | None = None) -> ExportResult:
        """Her whole file as an encrypted case-transfer package (in memory). The passphrase
        must be strong enough for the centre's policy (WeakPassphraseError says why not);
        kdf_params default to the centre's KDF policy (Argon2id calibrated on this machine).
        Without her consent to information sharing, ConsentRequired unless override_reason."""
        perm.require_solicitor(self._session, "export a client file")
        self.check_export_allowed(reference, override_reason)
        self._check_transfer_passphrase(passphrase, reference)
        prepared = self._prepare(reference, include_privileged, override_reason)
        sealed = transfer_package.seal(prepared.data, passphrase,
                                       kdf_params or self._kdf.parameters())
        self._record_export(prepared, encrypted=True)
        return self._result(prepared, sealed, encrypted=True)

    def check_export_allowed(self, reference: str, override_reason: str | None = None) -> None:
        """Raise what an export of this file would be refused with (the role, the file
        not found or not visible to this user, ConsentRequired: no consent to information
        sharing in force and no override reason), before anything is read or shown."""
        perm.require_solicitor(self._session, "export a client file")
        wanted = str(reference).strip().upper()

        def read(conn):
            client_id = client_id_by_reference(conn, wanted)
            if client_id is None:
                raise NotFound("client record")
            self._visible_client(conn, client_id)
            self._check_consent(conn, client_id, override_reason)
        self._db.read(read)

    def _check_consent(self, conn, client_id: int, override_reason: str | None) -> bool:
        """True when the export goes ahead on a solicitor's override (ConsentRequired when
        there is neither her consent nor a reason)."""
        entries = ConsentRepository().list_for_client(conn, client_id)
        return consent_gate.allowed_or_override(
            self._session, ConsentKind.INFORMATION_SHARING, SHARING_ACTION,
            sharing_consent_in_force(entries), override_reason)

    def exports_of(self, client_id: int) -> list[SentExport]:
        """The exports of her file made so far (oldest first), from the audit log: what a
        withdrawal of her consent to information sharing touches. Dates only; open to anyone
        who may see her file (the person recording a withdrawal needs to know)."""
        def read(conn):
            self._visible_client(conn, client_id)
            return exports_of(conn, client_id)
        return [SentExport(at, "package:encrypted" in detail, "consent:override" in detail)
                for at, detail in self._db.read(read)]

    def export_client(self, reference: str, *, include_privileged: bool = True,
                      override_reason: str | None = None) -> ExportResult:
        """Her whole file as a plain JSON document (in memory, NOT encrypted). Without her
        consent to information sharing, ConsentRequired unless override_reason."""
        perm.require_solicitor(self._session, "export a client file")
        self.check_export_allowed(reference, override_reason)
        prepared = self._prepare(reference, include_privileged, override_reason)
        self._record_export(prepared, encrypted=False)
        return self._result(prepared, prepared.data, encrypted=False)

    def save_export(self, reference: str, path: str | Path, *, passphrase: str | None = None,
                    unencrypted: bool = False, include_privileged: bool = True,
                    replace: bool = False,
                    kdf_params: KdfParameters | None = None,
                    override_reason: str | None = None) -> ExportResult:
        """Write her file to `path` (mode 0600, atomically): an encrypted package with
        `passphrase`, or, only with unencrypted=True, the plain JSON document (show
        PLAIN_EXPORT_WARNING). The audit row is committed before the file is written."""
        if (passphrase is None) == (not unencrypted):
            raise ValidationError("passphrase", "give a transfer passphrase, or ask for an "
                                                "unencrypted file explicitly")
        target = Path(path)
        check_export_target(target, replace=replace)
        if unencrypted:
            result = self.export_client(reference, include_privileged=include_privileged,
                                        override_reason=override_reason)
        else:
            result = self.export_package(reference, passphrase,
                                         include_privileged=include_privileged,
                                         kdf_params=kdf_params,
                                         override_reason=override_reason)
        write_export(target, result.data, lambda: self._record_failed_write(result.reference))
        return result

    def _check_transfer_passphrase(self, passphrase, reference: str) -> None:
        if not isinstance(passphrase, str) or not passphrase:
            raise WeakPassphraseError("Choose a transfer passphrase for the package.")
        min_score = self._db.read(read_policy).min_passphrase_score
        try:
            check_passphrase(passphrase, min_score, (self._session.username, str(reference)))
        except WeakPassphraseError as exc:
            raise WeakPassphraseError(f"Transfer passphrase: {exc}", exc.suggestions) from None

    def _prepare(self, reference: str, include_privileged: bool,
                 override_reason: str | None) -> _Prepared:
        """Read and build the document (an audited read), then put it through the import
        checks. Nothing has left the service yet."""
        wanted = str(reference).strip().upper()

        def read(conn):
            client_id = client_id_by_reference(conn, wanted)
            if client_id is None:
                raise NotFound("client record")
            self._visible_client(conn, client_id)
            overridden = self._check_consent(conn, client_id, override_reason)
            document, counts = build_document(conn, client_id,
                                              include_privileged=include_privileged,
                                              exported_by=self._session.username)
            self._log(conn, "read", "client", client_id, "export_file")
            return client_id, document, counts, overridden
        client_id, document, counts, overridden = self._audited(read)
        data = to_json(document)
        try:
            parse_client_file(data)  # what we hand over must be accepted on import
        except ValidationError as exc:
            raise ValidationError(exc.field, f"{exc.reason}; correct this in her file before "
                                             f"exporting (nothing was written)") from None
        return _Prepared(client_id, wanted, data, counts, include_privileged,
                         override_reason if overridden else None)

    def _record_export(self, prepared: _Prepared, *, encrypted: bool) -> None:
        """The export's audit row, committed before the bytes are handed over or written."""
        def write(conn):
            self._visible_client(conn, prepared.client_id)
            consent = "given"
            if prepared.override_reason is not None:
                row = ConsentOverrideRepository().add(
                    conn, prepared.client_id, "export", None,
                    ConsentKind.INFORMATION_SHARING.value, prepared.override_reason.strip(),
                    self._session.user_id)
                consent = f"override:{row}"
                self._log(conn, "consent_override", "client", prepared.client_id,
                          f"client:{prepared.client_id} kind:information_sharing "
                          f"override:{row}")
            self._log(conn, "export", "client", prepared.client_id,
                      f"format:v{VERSION} "
                      f"package:{'encrypted' if encrypted else 'unencrypted'} privileged:"
                      f"{'included' if prepared.include_privileged else 'excluded'} "
                      f"notes:{prepared.counts['notes']} "
                      f"attachments:{prepared.counts['attachments']} consent:{consent}")
        self._db.write(write)

    def export_failed(self, reference: str) -> None:
        """A laptop on a centre server could not write the export it was sent: audited."""
        def check(conn):
            client_id = client_id_by_reference(conn, reference)
            if client_id is None:
                raise NotFound("client record")
            self._visible_client(conn, client_id)
        self._db.read(check)
        self._record_failed_write(reference)

    def _record_failed_write(self, reference: str) -> None:
        def write(conn):
            client_id = client_id_by_reference(conn, reference)
            self._log(conn, "export_failed", "client", client_id, "file not written")
        self._db.write(write)

    @staticmethod
    def _result(prepared: _Prepared, data: bytes, *, encrypted: bool) -> ExportResult:
        return ExportResult(data=data, reference=prepared.reference, counts=prepared.counts,
                            privileged_included=prepared.include_privileged,
                            encrypted=encrypted)

    # --- import -----------------------------------------------------------------------------
    @staticmethod
    def is_package(data: bytes) -> bool:
        """Whether `data` is (or was meant to be) an encrypted case-transfer package, which
        needs its transfer passphrase; otherwise it is read as a plain JSON client file."""
        return transfer_package.looks_like_package(data)

    @staticmethod
    def check_package(data: bytes) -> None:
        """A package's structure, checksum and size, before asking for its passphrase
        (TransferPackageError: damaged, cut short, from a newer version)."""
        transfer_package.read_header(data)

    def _document(self, data: bytes, passphrase: str | None) -> bytes:
        if not self.is_package(data):
            return data
        if len(data) > MAX_PACKAGE_BYTES:
            raise ValidationError("file", f"is too large (at most "
                                          f"{MAX_PACKAGE_BYTES // (1024 * 1024)} MB)")
        transfer_package.read_header(data)
        if not passphrase:
            raise ValidationError("passphrase", "this file is an encrypted case-transfer "
                                                "package: give its transfer passphrase")
        return transfer_package.open_package(data, passphrase)

    def check_file(self, data: bytes, passphrase: str | None = None) -> ClientFile:
        """Every check of a file (a package is opened with `passphrase`) without writing
        anything. ValidationError names the field; TransferPackageError says what is wrong
        with a package (wrong passphrase, damaged, cut short)."""
        perm.require_solicitor(self._session, "import a client file")
        return parse_client_file(self._document(data, passphrase))

    def import_file(self, data: bytes, passphrase: str | None = None) -> ImportResult:
        """Check the whole file, then create it as a new client in one transaction."""
        encrypted = self.is_package(data)
        checked = self.check_file(data, passphrase)

        def write(conn):
            result = write_client_file(conn, checked, self._session.user_id)
            # Sealed before the commit: her compartment (if restricted) made, and every record
            # (earlier note versions too) under the key it calls for. Plain text of a sealed
            # record is never committed; a record that cannot be sealed undoes the import.
            failures = reconcile_in(conn, clients=[result.client_id], privilege=False)
            failures += reseal_client(conn, result.client_id)
            if failures:
                raise SealedRecordError(failures[0])
            records = sum(result.counts.values())
            source = result.previous_reference  # already checked to be one of our form
            self._log(conn, "import", "client", result.client_id,
                      (f"from:{source} " if source else "")
                      + f"as:{result.reference} format:v{VERSION} "
                      f"package:{'encrypted' if encrypted else 'unencrypted'} "
                      f"records:{records} unmatched_staff:{len(result.unmatched_staff)}"
                      f"{' restricted' if result.restricted else ''}")
            return result
        return self._db.write(write)

