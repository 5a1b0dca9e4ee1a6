"""Export one client's whole file as a JSON document, and import such a document as a new
client (docs/INTERCHANGE.md describes the format and the rules below).

Who may do it: solicitors only, both ways. A client file is the most sensitive thing the
centre holds, and handing it over is a legal and data-protection decision; it also holds
parts a support worker does not see (privileged notes, convictions, claims, full matters), and
an export that silently left them out would look complete to whoever receives it. A
solicitor may leave privileged notes and attachments out on purpose (include_privileged=False);
the file then says so in its header. Importing creates matters, convictions and claims, which
only solicitors may create. A restricted client can only be exported by someone named on her
file; to anyone else she does not exist.

Both directions are audited (ids and counts only, never names or case text). An export is put
through the same checks as an import before it is handed over, so a file we write is a file we
accept. The import checks the whole file before it writes anything, and writes it in one
transaction.
"""
from __future__ import annotations

from dataclasses import dataclass

from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService
from assist_desktop.services.interchange_codec import to_json
from assist_desktop.services.interchange_export import build_document
from assist_desktop.services.interchange_import import (ClientFile, client_reference,
                                                        parse_client_file)
from assist_desktop.services.interchange_schema import VERSION
from assist_desktop.services.interchange_write import ImportResult, write_client_file
from assist_desktop.storage.interchange_queries import client_id_by_reference

__all__ = ["ExportResult", "ImportResult", "InterchangeService", "parse_client_file"]


@dataclass(frozen=True)
class ExportResult:
    data: bytes            # the UTF-8 JSON document
    reference: str
    counts: dict[str, int]
    privileged_included: bool


class InterchangeService(CaseService):
    def export_client(self, reference: str, *, include_privileged: bool = True) -> ExportResult:
        perm.require_solicitor(self._session, "export a client file")
        wanted = str(reference).strip().upper()

        def read(conn):
            client_id = client_id_by_reference(conn, wanted)
            if client_id is None:
                raise NotFound("client record")
            self._visible_client(conn, client_id)
            document, counts = build_document(conn, client_id,
                                              include_privileged=include_privileged,
                                              exported_by=self._session.username)
            self._log(conn, "export", "client", client_id,
                      f"format:v{VERSION} privileged:"
                      f"{'included' if include_privileged else 'excluded'} "
                      f"notes:{counts['notes']} attachments:{counts['attachments']}")
            return document, counts
        document, counts = self._audited(read)
        data = to_json(document)
        try:
            parse_client_file(data)  # what we hand over must be accepted on import
        except ValidationError as exc:
            raise ValidationError(exc.field, f"{exc.reason}; correct this in her file before "
                                             f"exporting (nothing was written)") from None
        return ExportResult(data=data, reference=wanted, counts=counts,
                            privileged_included=include_privileged)

    def check_file(self, data: bytes) -> ClientFile:
        """Every check of a file without writing anything (ValidationError names the field)."""
        perm.require_solicitor(self._session, "import a client file")
        return parse_client_file(data)

    def import_file(self, data: bytes) -> ImportResult:
        """Check the whole file, then create it as a new client in one transaction."""
        checked = self.check_file(data)

        def write(conn):
            result = write_client_file(conn, checked, self._session.user_id)
            records = sum(result.counts.values())
            source = client_reference(result.previous_reference)  # free text from outside
            self._log(conn, "import", "client", result.client_id,
                      (f"from:{source} " if source else "")
                      + f"as:{result.reference} format:v{VERSION} records:{records} "
                      f"unmatched_staff:{len(result.unmatched_staff)}"
                      f"{' restricted' if result.restricted else ''}")
            return result
        return self._db.write(write)
