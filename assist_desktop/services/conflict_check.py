"""The conflict check before a client or a party is added (SRA Code 6.1-6.5; LSS B1.7, B2.1).

Names and aliases are matched against every client (current and former) and every party in
every file, insensitive to case, accents, word order and script, with fuzzy matching and date
of birth. The result says what matched and where; a match in a file the checker may not see is
reported only as "a restricted record matches". Each check and its decision (proceed, decline,
refer) is stored and audited (the audit row holds counts, never names). Whenever a check is
given back, each client it shows (the file it belongs to, and every match the reader may see)
is a read of her file: one "read" audit row per client, ids only, in the same transaction.

A check on a new client belongs to nobody's file until it is attached to the client created
after it (ClientService.create(..., conflict_check_id=...) does both in one transaction):
until then only the person who ran it and solicitors may read it. Declined checks never get a
file; an administrator purges those older than the centre's retention (purge_declined).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Sequence

from assist_desktop.services.erasure import remove_old_copies
from assist_desktop.domain.checks import (RESTRICTED_MATCH, ConflictCheck, ConflictDecision,
                                          ConflictMatch)
from assist_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.name_matching import MAX_NAME_CHARS, STRONG_THRESHOLD
from assist_desktop.domain.records import check_count
from assist_desktop.platform.clock import utc_stamp
from assist_desktop.services import permissions as perm
from assist_desktop.services.audit import record_reads
from assist_desktop.services.name_lookup import FoundRecord, find_people
from assist_desktop.storage.check_repository import ConflictCheckRepository, StoredCheck, StoredMatch
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.record_table import truncate_wal
from assist_desktop.storage.search_index import SearchIndex
from assist_desktop.storage.search_repository import SearchRepository

MAX_NAMES = 20
MAX_RETENTION_DAYS = 36_500
ROLE_WORDS = {"trafficker": "trafficker", "associate": "associate of a trafficker",
              "employer": "employer", "witness": "witness", "interpreter": "interpreter",
              "expert": "expert", "other_side": "other side", "other": "party"}


def clean_names(names: Sequence[str], field: str = "names", *,
                required: bool = True) -> tuple[str, ...]:
    """The names, each trimmed, too-long or non-text ones refused, duplicates dropped. With
    `required` (the default) at least one is needed."""
    if isinstance(names, str):
        names = [names]
    cleaned = []
    for name in names or ():
        if not isinstance(name, str):
            raise ValidationError(field, "must be text")
        name = " ".join(name.split())
        if len(name) > MAX_NAME_CHARS:
            raise ValidationError(field, f"a name is longer than {MAX_NAME_CHARS} characters")
        if name and name not in cleaned:
            cleaned.append(name)
    if required and not cleaned:
        raise ValidationError(field, "at least one name is required")
    if len(cleaned) > MAX_NAMES:
        raise ValidationError(field, f"at most {MAX_NAMES} names can be checked at once")
    return tuple(cleaned)


@dataclass(frozen=True)
class _Labels:
    clients: dict          # client id -> ClientLabel
    parties: dict          # party id -> (name, role)
    visible: dict          # client id -> bool (for this user)


class ConflictCheckService:
    def __init__(self, db, session, audit, repository: ConflictCheckRepository | None = None,
                 search: SearchRepository | None = None, index: SearchIndex | None = None):
        self._db, self._session, self._audit = db, session, audit
        self._repo = repository or ConflictCheckRepository()
        self._search = search or SearchRepository()
        self._index = index or SearchIndex()
        self._clients = ClientRepository()

    # --- permissions ---------------------------------------------------------------------------
    def _require_casework(self) -> None:
        if not self._session.has_casework_role:
            raise PermissionDenied("Conflict checks need a solicitor or support worker role.")

    def _can_see(self, conn, client_id: int | None) -> bool:
        if client_id is None:
            return False
        return perm.may_see_client(self._session, self._clients.access(conn, client_id))

    # --- running a check -------------------------------------------------------------------------
    def check_client(self, names: Sequence[str], date_of_birth: date | None = None) -> ConflictCheck:
        """Before a new client is added: her names and aliases, and date of birth if known."""
        self._require_casework()
        names = clean_names(names)
        if date_of_birth is not None and not isinstance(date_of_birth, date):
            raise ValidationError("date_of_birth", "must be a date")
        return self._run("client", names, date_of_birth, None)

    def restricted_matches(self, names: Sequence[str], date_of_birth: date | None = None) -> int:
        """While a new client's names are still being typed: how many records this person may
        not see resemble them (a number, nothing about the records). Nothing is stored; the
        full check is still made, and recorded, before her file is created. A look that finds
        some is audited (the count only)."""
        self._require_casework()
        names = clean_names(names)
        user_id = self._session.user_id

        def _write(conn):
            self._index.sync(conn)
            found = find_people(conn, names, date_of_birth, user_id, repository=self._search)
            restricted = sum(1 for f in found if not f.visible)
            if restricted:
                self._audit.record(conn, "conflict_precheck", "conflict_check", "0",
                                   f"subject=client;restricted={restricted}")
            return restricted
        return self._db.write(_write)

    def check_party(self, client_id: int, names: Sequence[str]) -> ConflictCheck:
        """Before a party (trafficker, witness, employer...) is added to a client's file."""
        self._require_casework()
        names = clean_names(names)
        return self._run("party", names, None, client_id)

    def _run(self, kind: str, names: tuple[str, ...], dob: date | None,
             client_id: int | None) -> ConflictCheck:
        user_id = self._session.user_id

        def _write(conn):
            self._index.sync(conn)  # names saved since the last check (cheap when none)
            if client_id is not None and not self._can_see(conn, client_id):
                raise NotFound("client")
            found = find_people(conn, names, dob, user_id, repository=self._search)
            stored = [StoredMatch(f.record_kind, f.client_id, f.party_id, f.match.score,
                                  f.match.reason, f.query_name_index, f.match.dob_note)
                      for f in found]
            restricted = sum(1 for f in found if not f.visible)
            check_id = self._repo.insert(conn, subject_kind=kind, names=names, date_of_birth=dob,
                                         client_id=client_id, checked_by=user_id,
                                         matches=stored, restricted_count=restricted)
            self._audit.record(conn, "conflict_check", "conflict_check", check_id,
                               f"subject={kind};matches={len(found)};restricted={restricted}")
            return self._shown(conn, [self._present(conn, self._repo.get(conn, check_id),
                                                    found)])[0]
        return self._db.write(_write)

    # --- decisions and reading back --------------------------------------------------------------
    def decide(self, check_id: int, decision: ConflictDecision | str, expected_version: int,
               note: str = "") -> ConflictCheck:
        """Record proceed, decline or refer. A decision on a new client is a solicitor's."""
        self._require_casework()
        try:
            decision = ConflictDecision(decision)
        except ValueError:
            raise ValidationError("decision", "must be proceed, decline or refer") from None
        if decision is ConflictDecision.PENDING:
            raise ValidationError("decision", "must be proceed, decline or refer")
        if not isinstance(note, str) or len(note) > 4000:
            raise ValidationError("decision_note", "must be text of at most 4000 characters")

        def _write(conn):
            stored = self._readable(conn, check_id)
            if stored.subject_kind == "client" and not self._session.is_solicitor:
                raise PermissionDenied("A solicitor decides whether to act for a new client.")
            self._repo.decide(conn, check_id, expected_version, decision.value, note,
                              self._session.user_id)
            self._audit.record(conn, "conflict_decision", "conflict_check", check_id,
                               decision.value)
            return self._shown(conn, [self._present(conn, self._repo.get(conn, check_id))])[0]
        return self._db.write(_write)

    def attach(self, check_id: int, *, client_id: int | None = None,
               party_id: int | None = None) -> ConflictCheck:
        """Link a check to the client or party created after it (so it goes with her file).
        For a new client prefer ClientService.create(..., conflict_check_id=...), which
        creates her file and attaches the check in one transaction."""
        self._require_casework()

        def _write(conn):
            self.attach_in(conn, check_id, client_id=client_id, party_id=party_id)
            return self._shown(conn, [self._present(conn, self._repo.get(conn, check_id))])[0]
        return self._db.write(_write)

    def attach_in(self, conn, check_id: int, *, client_id: int | None = None,
                  party_id: int | None = None) -> None:
        """attach() inside the caller's write transaction (ClientService.create uses it)."""
        self._require_casework()
        stored = self._readable(conn, check_id)
        if stored.decision != ConflictDecision.PROCEED.value:
            raise ValidationError("decision", "record the decision to proceed first")
        if client_id is not None:
            if stored.subject_kind != "client":
                raise ValidationError("conflict_check", "is a check on a party, not on a client")
            if stored.client_id not in (None, client_id):
                raise ValidationError("conflict_check", "is already attached to another file")
            if not self._can_see(conn, client_id):
                raise NotFound("client")
        if party_id is not None and not self._can_see(
                conn, self._search.party_client(conn, party_id)):
            raise NotFound("party")
        self._repo.attach(conn, check_id, client_id=client_id, party_id=party_id)
        self._audit.record(conn, "conflict_attach", "conflict_check", check_id,
                           f"client={client_id or ''};party={party_id or ''}")

    def get(self, check_id: int) -> ConflictCheck:
        self._require_casework()

        def _read(conn):
            stored = self._readable(conn, check_id)
            self._audit.record(conn, "read", "conflict_check", check_id)  # even in no file
            return self._shown(conn, [self._present(conn, stored)])[0]
        return self._db.write(_read)  # a write: the audit rows go with the read

    def checks_for_client(self, client_id: int) -> list[ConflictCheck]:
        self._require_casework()

        def _read(conn):
            if not self._can_see(conn, client_id):
                raise NotFound("client")
            checks = [self._present(conn, self._repo.get(conn, i))
                      for i in self._repo.ids_for_client(conn, client_id)]
            return self._shown(conn, checks, always=(client_id,))
        return self._db.write(_read)  # a write: the audit rows go with the read

    def _readable(self, conn, check_id: int) -> StoredCheck:
        """The check, if this reader may see it: one in a client's file, if they may see the
        file; one attached to no file (a new client's, not yet attached, or declined), only
        if they ran it or are a solicitor. Otherwise NotFound, as if it did not exist."""
        stored = self._repo.get(conn, check_id)
        if stored is None:
            raise NotFound("conflict check")
        if stored.client_id is not None:
            readable = self._can_see(conn, stored.client_id)
        else:
            readable = (self._session.is_solicitor
                        or stored.checked_by == self._session.user_id)
        if not readable:
            raise NotFound("conflict check")
        return stored

    # --- administrators: declined checks -------------------------------------------------------
    def count_declined(self, older_than_days: int, *, now: datetime | None = None) -> int:
        """How many declined checks purge_declined(older_than_days) would erase (a count only,
        for the administrator's screen)."""
        perm.require_administrator(self._session, "purge declined conflict checks")
        check_count("older_than_days", older_than_days, maximum=MAX_RETENTION_DAYS,
                    optional=False)
        stamp = utc_stamp((now or datetime.now(timezone.utc)) - timedelta(days=older_than_days))
        return self._db.read(lambda conn: self._repo.count_declined(conn, stamp))

    def purge_declined(self, older_than_days: int, *, now: datetime | None = None) -> int:
        """Erase the checks on new clients that were declined more than `older_than_days` ago
        (names, date of birth, matches and decision note). They never became anyone's file.
        Returns how many were erased; the audit log keeps the count only."""
        perm.require_administrator(self._session, "purge declined conflict checks")
        check_count("older_than_days", older_than_days, maximum=MAX_RETENTION_DAYS,
                    optional=False)
        stamp = utc_stamp((now or datetime.now(timezone.utc)) - timedelta(days=older_than_days))

        def _write(conn):
            erased = self._repo.purge_declined(conn, stamp)
            self._audit.record(conn, "purge_declined_checks", "conflict_check", "",
                               f"count={erased};older_than_days={older_than_days}")
            return erased
        erased = self._db.write(_write)
        if erased:
            self._db.read(truncate_wal)
            remove_old_copies(self._db, self._audit, "purge")
        return erased

    def _shown(self, conn, checks: list[ConflictCheck], always: Sequence[int] = ()
               ) -> list[ConflictCheck]:
        """Audit what is about to be given back: one "read" row per client shown (ids only)."""
        record_reads(self._audit, conn, [
            *always, *(cid for check in checks for cid in (
                check.client_id, *(m.client_id for m in check.matches if not m.restricted)))],
            "conflict_check")
        return checks

    # --- presenting for this reader ----------------------------------------------------------------
    def _labels(self, conn, matches: Sequence[StoredMatch]) -> _Labels:
        client_ids = sorted({m.client_id for m in matches if m.client_id is not None})
        visible = {cid: self._can_see(conn, cid) for cid in client_ids}
        clients = self._search.client_labels(conn, [c for c in client_ids if visible[c]])
        parties = self._search.party_labels(
            conn, [m.party_id for m in matches if m.party_id and visible.get(m.client_id)])
        return _Labels(clients, parties, visible)

    def _present(self, conn, stored: StoredCheck,
                 fresh: Sequence[FoundRecord] | None = None) -> ConflictCheck:
        labels = self._labels(conn, stored.matches)
        matches = []
        for index, m in enumerate(stored.matches):
            found = fresh[index] if fresh is not None and index < len(fresh) else None
            matches.append(self._present_match(m, labels, stored.subject_names, found))
        return ConflictCheck(
            id=stored.id, subject_kind=stored.subject_kind, subject_names=stored.subject_names,
            subject_date_of_birth=stored.subject_date_of_birth, client_id=stored.client_id,
            party_id=stored.party_id, checked_by=stored.checked_by, checked_at=stored.checked_at,
            matches=tuple(matches),
            restricted_match_count=sum(1 for m in matches if m.restricted),
            decision=ConflictDecision(stored.decision), decision_note=stored.decision_note,
            decided_by=stored.decided_by, decided_at=stored.decided_at, version=stored.version)

    @staticmethod
    def _present_match(m: StoredMatch, labels: _Labels, subject_names: tuple[str, ...],
                       found: FoundRecord | None) -> ConflictMatch:
        strength = "strong" if m.score >= STRONG_THRESHOLD else "possible"
        label = labels.clients.get(m.client_id) if m.client_id is not None else None
        if label is None or not labels.visible.get(m.client_id, False):
            return ConflictMatch(restricted=True, score=m.score, strength=strength,
                                 reason="", where=RESTRICTED_MATCH)
        query_name = (subject_names[m.query_name_index]
                      if 0 <= m.query_name_index < len(subject_names) else "")
        matched_name = found.match.matched_name if found is not None else ""
        if m.record_kind == "party" and m.party_id is not None:
            name, role = labels.parties.get(m.party_id, ("", ""))
            where = f"{ROLE_WORDS.get(role, 'party')} in the file of {label.reference}"
            return ConflictMatch(restricted=False, score=m.score, strength=strength,
                                 reason=m.reason, where=where, record_kind="party",
                                 client_id=m.client_id, client_reference=label.reference,
                                 client_name=label.display_name, party_id=m.party_id,
                                 party_name=name, party_role=role, query_name=query_name,
                                 matched_name=matched_name, dob_note=m.dob_note)
        return ConflictMatch(restricted=False, score=m.score, strength=strength, reason=m.reason,
                             where=f"client {label.reference}", record_kind="client",
                             client_id=m.client_id, client_reference=label.reference,
                             client_name=label.display_name, query_name=query_name,
                             matched_name=matched_name, dob_note=m.dob_note)
