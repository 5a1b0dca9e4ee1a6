"""Witness statement drafts: a solicitor writes her statement in the app, every save kept.

- Solicitors only: a draft is legally privileged work product (support workers and
  administrators without the solicitor role get PermissionDenied; a restricted file is
  NotFound to staff not named on it).
- save(draft_id, content, expected_version) adds the next version over the one the author
  started from; two people saving the same draft get EditConflict, never an overwrite.
- Every read and write is audited by id (never text).
- options_for(draft) is what DocumentService.generate("witness_statement", ...) needs to
  print the draft: its paragraphs and headings, exhibit register, the witness's occupation,
  the read-back interpreter.
"""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import TYPE_CHECKING

from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.domain.statements import (
    ReadBack, ReadBackStatus, StatementContent, StatementDraft, StatementExhibit,
    StatementScratch, StatementVersion, initials,
)
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService
from assist_desktop.storage.statement_repository import StatementRepository

if TYPE_CHECKING:  # ReportLab is slow to import: only when a document is made
    from assist_desktop.services.document_inputs import DocumentOptions


def document_exhibits(exhibits: tuple[StatementExhibit, ...]) -> tuple:
    """The exhibit register as the witness statement builder takes it (reference and
    description, listed at the end of the statement). Imported here, when a document is
    made, because the documents package loads ReportLab."""
    from assist_desktop.documents.inputs import Exhibit
    return tuple(Exhibit(exhibit.reference, exhibit.description) for exhibit in exhibits)


SCRATCH_LIMIT = 20_000_000


class StatementService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._repo = StatementRepository()

    def _require(self) -> None:
        perm.require_solicitor(self._session, "see or change witness statement drafts")

    def _existing(self, conn, draft_id: int) -> StatementDraft:
        draft = self._repo.get(conn, draft_id)
        if draft is None:
            raise NotFound("statement draft")
        self._visible_client(conn, draft.client_id)
        return draft

    def _check_matter(self, conn, client_id: int, matter_id: int | None) -> None:
        self._check_links(conn, client_id, SimpleNamespace(matter_id=matter_id))

    # --- reading ------------------------------------------------------------------------
    def list(self, client_id: int) -> list[StatementDraft]:
        """Her drafts, most recently saved first."""
        self._require()

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "statement_drafts")
            return self._repo.list_for_client(conn, client_id)
        return self._audited(read)

    def get(self, draft_id: int) -> StatementDraft:
        self._require()

        def read(conn):
            draft = self._existing(conn, draft_id)
            self._log(conn, "read", "client", draft.client_id, f"statement_draft:{draft_id}")
            return draft
        return self._audited(read)

    def versions(self, draft_id: int) -> list[StatementVersion]:
        """Every saved version, oldest first (the last is the current one)."""
        self._require()

        def read(conn):
            draft = self._existing(conn, draft_id)
            self._log(conn, "read", "client", draft.client_id,
                      f"statement_versions:{draft_id}")
            return self._repo.versions(conn, draft_id)
        return self._audited(read)

    def version(self, draft_id: int, version: int) -> StatementVersion:
        self._require()

        def read(conn):
            draft = self._existing(conn, draft_id)
            found = self._repo.version(conn, draft_id, version)
            if found is None:
                raise NotFound("version of the statement draft")
            self._log(conn, "read", "client", draft.client_id,
                      f"statement_version:{draft_id}:{version}")
            return found
        return self._audited(read)

    def exhibit_prefix(self, client_id: int) -> str:
        """Initials of her legal name for exhibit references ("BOI" -> "BOI/1"); if it is
        not written in Latin letters, of the name she uses or an alias that is; else ""."""
        self._require()

        def read(conn):
            self._visible_client(conn, client_id)
            client = self._clients.get(conn, client_id)
            if client is None:
                raise NotFound("client record")
            names = [(client.given_names, client.family_name), (client.preferred_name,),
                     *((alias.name,) for alias in client.aliases)]
            return next((found for found in (initials(*n) for n in names) if found), "")
        return self._db.read(read)

    def statement_number(self, draft: StatementDraft) -> int:
        """Her chosen number, else one more than her earlier statements in the same matter."""
        if draft.content.statement_number:
            return draft.content.statement_number
        self._require()

        def read(conn):
            self._existing(conn, draft.id)
            return self._repo.count_earlier(conn, draft) + 1
        return self._db.read(read)

    # --- saving -------------------------------------------------------------------------
    def create(self, client_id: int, content: StatementContent,
               matter_id: int | None = None) -> StatementDraft:
        self._require()
        content = content.cleaned()
        content.validate()

        def write(conn):
            self._visible_client(conn, client_id)
            self._check_matter(conn, client_id, matter_id)
            stored = self._repo.create(conn, client_id, matter_id, content,
                                       self._session.user_id)
            self._repo.discard_scratch(conn, self._session.user_id, client_id, None)
            self._log(conn, "create", "statement_draft", stored.id, f"client:{client_id}")
            return stored
        return self._db.write(write)

    def save(self, draft_id: int, content: StatementContent, *, expected_version: int,
             matter_id: int | None | type(...) = ...) -> StatementDraft:
        """The next version of the draft (matter unchanged unless given)."""
        self._require()
        content = content.cleaned()
        content.validate()

        def write(conn):
            existing = self._existing(conn, draft_id)
            matter = existing.matter_id if matter_id is ... else matter_id
            self._check_matter(conn, existing.client_id, matter)
            stored = self._repo.save(conn, draft_id, expected_version, content,
                                     self._session.user_id, matter)
            self._repo.discard_scratch(conn, self._session.user_id, existing.client_id,
                                       draft_id)
            self._log(conn, "update", "statement_draft", draft_id,
                      f"client:{existing.client_id} version:{stored.version}")
            return stored
        return self._db.write(write)

    def set_read_back(self, draft_id: int, status: ReadBackStatus, *,
                      expected_version: int) -> StatementDraft:
        """Record that it was read back (or approved by her): a new version of the draft."""
        self._require()
        status.validate()

        def write(conn):
            existing = self._existing(conn, draft_id)
            content = dataclasses.replace(existing.content, read_back=status)
            stored = self._repo.save(conn, draft_id, expected_version, content,
                                     self._session.user_id, existing.matter_id)
            self._log(conn, "update", "statement_draft", draft_id,
                      f"client:{existing.client_id} version:{stored.version} "
                      f"read_back:{ReadBack(status.state).value}")
            return stored
        return self._db.write(write)

    # --- unsaved typing (not audited, like note drafts: it autosaves as she types) ---------
    def save_scratch(self, scratch: StatementScratch) -> StatementScratch:
        """Keep what is typed but not saved (half-written content is accepted)."""
        self._require()
        scratch = dataclasses.replace(scratch, user_id=self._session.user_id)
        if sum(len(p.text) + len(p.heading) for p in scratch.content.paragraphs) > SCRATCH_LIMIT:
            raise ValidationError("paragraphs", "too much text to keep")

        def write(conn):
            self._scratch_target(conn, scratch.client_id, scratch.draft_id)
            if scratch.matter_id is not None:
                self._check_matter(conn, scratch.client_id, scratch.matter_id)
            return self._repo.save_scratch(conn, scratch)
        return self._db.write(write)

    def load_scratch(self, client_id: int, draft_id: int | None) -> StatementScratch | None:
        self._require()

        def read(conn):
            self._scratch_target(conn, client_id, draft_id)
            return self._repo.load_scratch(conn, self._session.user_id, client_id, draft_id)
        return self._db.read(read)

    def discard_scratch(self, client_id: int, draft_id: int | None) -> bool:
        self._require()

        def write(conn):
            self._scratch_target(conn, client_id, draft_id)
            return self._repo.discard_scratch(conn, self._session.user_id, client_id, draft_id)
        return self._db.write(write)

    def _scratch_target(self, conn, client_id: int, draft_id: int | None) -> None:
        self._visible_client(conn, client_id)
        if draft_id is not None and self._existing(conn, draft_id).client_id != client_id:
            raise NotFound("statement draft")

    # --- the document -------------------------------------------------------------------
    def options_for(self, draft: StatementDraft) -> DocumentOptions:
        """DocumentOptions printing this draft (as saved) as a witness statement."""
        from assist_desktop.documents import InterpreterDetails, StatementParagraph
        from assist_desktop.services.document_inputs import DocumentOptions
        content = draft.content
        read_back = content.read_back
        interpreter = None
        if read_back.needs_interpreter_certificate:
            interpreter = InterpreterDetails(name=read_back.interpreter.strip(),
                                             language=read_back.language.strip(),
                                             read_back_date=read_back.on)
        extra = {}
        if content.statement_number:
            extra["statement_number"] = content.statement_number
        return DocumentOptions(
            title=content.title,
            paragraphs=tuple(StatementParagraph(p.text, p.heading)
                             for p in content.paragraphs if p.text.strip()),
            exhibits=document_exhibits(content.exhibits),
            witness_description=content.occupation.strip(),
            interpreter=interpreter, **extra)
