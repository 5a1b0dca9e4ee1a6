"""The audit log as services use it: record() inside their write, verify() for `check`.

What goes in: who, when, what action, which record (entity and id) and a short, non-case
detail such as a field name or "privileged". Never the text of a note or a name.
"""
from __future__ import annotations

import re
from typing import Iterable

from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.security.audit_chain import (GENESIS, KEPT_PREFIX, KEY_SETTING, AuditRow,
                                                 first_broken_link, kept_block_problem,
                                                 key_from_text, link_hash)
from assist_desktop.storage.centre_repository import SettingsRepository
from assist_desktop.storage.audit_repository import AuditRepository
from assist_desktop.platform.clock import utc_now

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _clean(text: str, limit: int = 200) -> str:
    return _CONTROL.sub(" ", str(text))[:limit]


def record_reads(audit: "AuditLog", conn, client_ids: Iterable[int | None], detail: str) -> None:
    """One "read" row per client shown (ids only, each once, in order; None skipped), in the
    same transaction as the read."""
    for client_id in dict.fromkeys(cid for cid in client_ids if cid is not None):
        audit.record(conn, "read", "client", client_id, detail)


def audit_key(conn) -> bytes | None:
    """The centre's audit key from the encrypted database; None before the chain is keyed."""
    return key_from_text(SettingsRepository().get(conn, KEY_SETTING))


class AuditLog:
    """Appends rows: one look-up of the chain's end and one HMAC per row (the chain is never
    re-read on append). ``anchor`` (services/audit_anchor.AnchorWriter) is told the new head
    and writes it to the key file once the transaction commits."""

    def __init__(self, actor: str, repository: AuditRepository | None = None, changes=None,
                 anchor=None):
        self.actor = actor
        self._repo = repository or AuditRepository()
        self._changes = changes     # a LocalChangeFeed: told of every row, publishes on commit
        self.anchor = anchor
        self._key: bytes | None = None

    def _audit_key(self, conn) -> bytes | None:
        if self._key is None:       # read once; the key never changes for a database
            self._key = audit_key(conn)
        return self._key

    def record(self, conn, action: str, entity: str, entity_id, detail: str = "") -> None:
        """Append one row. Call inside the same write transaction as the change it records."""
        last = self._repo.last(conn)
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = utc_now()
        fields = [_clean(self.actor), _clean(action), _clean(entity), _clean(entity_id),
                  _clean(detail)]
        digest = link_hash(prev, seq, at, *fields, key=self._audit_key(conn))
        self._repo.insert(conn, seq, at, *fields, prev, digest)
        if self.anchor is not None:
            self.anchor.noted(seq, digest)
        if self._changes is not None:
            self._changes.noted(*fields[1:])

    def record_many(self, conn, action: str, entity: str, entity_ids: Iterable,
                    detail: str = "") -> None:
        """record() for several records at once (search results): the same rows and chain,
        with one look-up of the chain's end and one insert statement."""
        ids = list(entity_ids)
        if not ids:
            return
        last = self._repo.last(conn)
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = utc_now()
        rows = []
        key = self._audit_key(conn)
        for entity_id in ids:
            fields = [_clean(self.actor), _clean(action), _clean(entity), _clean(entity_id),
                      _clean(detail)]
            digest = link_hash(prev, seq, at, *fields, key=key)
            rows.append((seq, at, *fields, prev, digest))
            seq, prev = seq + 1, digest
        self._repo.insert_many(conn, rows)
        if self.anchor is not None:
            self.anchor.noted(rows[-1][0], rows[-1][-1])
        if self._changes is not None:
            self._changes.noted(_clean(action), _clean(entity), "", _clean(detail))


class AuditService:
    """Administrator's view of the log: pages of rows, the head's code, and the checks."""

    def __init__(self, db, session, repository: AuditRepository | None = None,
                 log: AuditLog | None = None, slots_path=None, database_id: str | None = None):
        self._db = db
        self._session = session
        self._repo = repository or AuditRepository()
        self._log = log or AuditLog(session.username)
        self._slots_path = slots_path        # the key file that holds the anchor
        self._database_id = database_id

    def _require_admin(self):
        if not self._session.is_administrator:
            raise PermissionDenied("Only an administrator can read the audit log.")

    def page(self, offset: int = 0, limit: int = 200, entity: str | None = None,
             actor: str | None = None) -> list[AuditRow]:
        self._require_admin()
        rows = self._db.read(self._repo.page, offset, limit, entity, actor)
        return [AuditRow(*row) for row in rows]

    def count(self) -> int:
        self._require_admin()
        return self._db.read(self._repo.count)

    # --- the viewer: filters, references, CSV -----------------------------------------
    def _filters(self, conn, query) -> dict | None:
        """The repository's filters for a query; None when her reference names no file."""
        since, until = query.bounds()
        filters = {"actor": query.actor or None, "action": query.action or None,
                   "since": since, "until": until, "client_id": None}
        if query.client_reference.strip():
            filters["client_id"] = self._repo.client_by_reference(conn, query.client_reference)
            if filters["client_id"] is None:
                return None
        return filters

    def entries(self, query, offset: int = 0, limit: int = 200) -> list:
        """A page of rows (newest first) matching the query, with references for ids."""
        from assist_desktop.services import audit_view
        self._require_admin()

        def read(conn):
            filters = self._filters(conn, query)
            if filters is None:
                return []
            rows = [AuditRow(*r) for r in self._repo.filtered(conn, offset, limit, **filters)]
            clients, matters = self._repo.references(conn, *audit_view.ids_to_look_up(rows))
            users = self._repo.usernames(conn, {int(r.entity_id) for r in rows if r.entity ==
                                                "user" and r.entity_id.isdigit()})
            return audit_view.entries(rows, clients, matters, users)
        return self._db.read(read)

    def count_matching(self, query) -> int:
        self._require_admin()

        def read(conn):
            filters = self._filters(conn, query)
            return 0 if filters is None else self._repo.filtered_count(conn, **filters)
        return self._db.read(read)

    def choices(self) -> tuple[list[str], list[str]]:
        """(usernames, actions) found in the log, for the viewer's filters."""
        self._require_admin()
        return self._db.read(lambda conn: (self._repo.distinct(conn, "actor"),
                                           self._repo.distinct(conn, "action")))

    def export_csv(self, target, query, *, replace: bool = False) -> int:
        """Administrator: the rows matching the query written to a CSV file (it leaves the
        encrypted store: references and usernames, never names or case text). Audited before
        the file is written; returns the number of rows."""
        from pathlib import Path

        from assist_desktop.services.export_files import check_export_target, write_export
        self._require_admin()
        target = Path(target)
        check_export_target(target, replace=replace)
        data, rows = self.export_bytes(query)
        write_export(target, data, self.export_failed)
        return rows

    def export_bytes(self, query) -> tuple[bytes, int]:
        """Administrator: the CSV file's bytes for the rows matching the query, and how many
        rows; the export is audited here, before anyone writes the bytes (on a laptop working
        against a centre server, the laptop writes them: remote/services.py)."""
        from assist_desktop.services import audit_view
        self._require_admin()
        pages, offset = [], 0
        while True:
            page = self.entries(query, offset, 2000)
            pages.append(page)
            offset += len(page)
            if len(page) < 2000:
                break
        data = audit_view.csv_text(pages).encode("utf-8-sig")
        self._db.write(lambda conn: self._log.record(conn, "export", "audit_log", "",
                                                 f"csv rows:{offset}"))
        return data, offset

    def export_failed(self) -> None:
        """The CSV file could not be written after export_bytes: recorded in the log."""
        self._require_admin()
        self._db.write(lambda conn: self._log.record(
            conn, "export_failed", "audit_log", "", "file not written"))

    def kept_log_problems(self) -> list[str]:
        """The audit rows of replaced centres that restores kept (one block per restore):
        a problem line for each block its restore entry does not vouch for."""
        self._require_admin()

        def read(conn):
            blocks = {k: v for k, v in SettingsRepository().all(conn).items()
                      if k.startswith(KEPT_PREFIX)}
            found = []
            for key, text in sorted(blocks.items()):
                seq = key[len(KEPT_PREFIX):]
                row = self._repo.by_seq(conn, int(seq) if seq.isdigit() else -1)
                problem = kept_block_problem(text, AuditRow(*row) if row else None)
                if problem:
                    found.append(f"the rows kept by the restore at entry {seq}: {problem}")
            return found
        return self._db.read(read)

    def first_broken_link(self) -> int | None:
        """seq of the first row whose chain link fails, or None when the whole chain holds."""
        self._require_admin()
        return self._db.read(lambda conn: first_broken_link(
            (AuditRow(*row) for row in self._repo.iter_rows(conn)), key=audit_key(conn)))

    def head(self) -> tuple[int, str] | None:
        """The chain's last (seq, link): what the Audit log screen shows as a code."""
        self._require_admin()
        return self._db.read(self._repo.last)

    def head_code(self) -> tuple[int, str] | None:
        """(entry, short code) of the head, for an administrator to note or print."""
        from assist_desktop.security.audit_chain import short_code
        head = self.head()
        return (head[0], short_code(head[1])) if head else None

    def chain_problems(self) -> list[str]:
        """Everything `check` verifies about the log: the chain under the audit key, the
        append-only triggers, the anchor in the key file, mismatches found at unlock, and
        the rows restores kept. One line per problem; [] when all hold."""
        from assist_desktop.services import audit_anchor
        self._require_admin()
        if self._log.anchor is not None:
            self._log.anchor.flush()
        problems = self._db.read(lambda conn: audit_anchor.chain_problems(
            conn, self._repo, self._slots_path, self._database_id))
        return problems + self.kept_log_problems()

    def anchor_problem(self, anchor_json: dict | None, where: str) -> str | None:
        """Does the log agree with an anchor kept elsewhere (an earlier backup's header)? A
        head that a restore later rolled back agrees when the rows that restore kept hold it."""
        from assist_desktop.security.audit_chain import (Anchor, anchor_is_authentic,
                                                         kept_block_rows)
        self._require_admin()
        anchor = Anchor.from_json(anchor_json)
        if anchor is None:
            return None

        def read(conn):
            key = audit_key(conn)
            if key is None or self._database_id is None:
                return "the audit log is not keyed"
            if not anchor_is_authentic(anchor, key, self._database_id):
                return f"the audit anchor in {where} is not authentic"
            if self._repo.link_at(conn, anchor.seq) == anchor.link:
                return None
            for name, text in SettingsRepository().all(conn).items():
                if name.startswith(KEPT_PREFIX) and any(
                        r.seq == anchor.seq and r.hash == anchor.link
                        for r in kept_block_rows(text)):
                    return None            # rolled back by a restore, and kept by it
            last = self._repo.last(conn)
            if anchor.seq > (last[0] if last else 0):
                return (f"{where} holds entry {anchor.seq:,} but the log ends before it: "
                        f"entries were cut off")
            return f"the log at entry {anchor.seq:,} does not match {where}: it was rewritten"
        return self._db.read(read)

    def matches_code(self, seq: int, code: str) -> bool:
        """True when entry seq of the log carries the code an administrator noted earlier."""
        from assist_desktop.security.audit_chain import code_matches
        self._require_admin()
        link = self._db.read(self._repo.link_at, seq)
        return link is not None and code_matches(link, code)
