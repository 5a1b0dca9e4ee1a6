"""Safety screening, distinct from the conflict check: does a new contact, interpreter or
party match (by name, alias or phone number) a known trafficker or associate in any file?

A match raises a safety alert on the client concerned: a stored alert row, the client's
`safety_alert` flag (so it shows wherever she is shown: caseload, search, her file) and an audit
row. The flag is set while she has an open alert and cleared when the last one is resolved;
a profile save never changes it. When a trafficker or associate is added, the other direction
is screened too: interpreters, witnesses and other parties already on record who match raise
alerts on their clients.
A trafficker in a file the reader may not see is described without any of its content, and an
alert raised on a file the reader may not see (the reverse direction) is not returned to them
at all: they are told only how many such alerts were raised (ScreeningResult.hidden_count).
Alerts given back are reads of the files they show (hers, and the matched trafficker's when the
reader may see it): one "read" audit row per client, ids only, in the same transaction.
"""
from __future__ import annotations

from typing import Sequence

from assist_desktop.domain.checks import AlertStatus, SafetyAlert, ScreenedKind
from assist_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.name_matching import phone_tail
from assist_desktop.domain.parties import PartyRole
from assist_desktop.services.conflict_check import clean_names
from assist_desktop.services import permissions as perm
from assist_desktop.services.audit import record_reads
from assist_desktop.services.name_lookup import find_people
from assist_desktop.storage.check_repository import SafetyAlertRepository, StoredAlert
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.matter_repository import PartyRepository
from assist_desktop.storage.search_index import COUNTRY_CODE, SearchIndex
from assist_desktop.storage.search_repository import SearchRepository

DANGEROUS_ROLES = ("trafficker", "associate")
MAX_PHONES = 20


class ScreeningResult(list):
    """The alerts just raised on files the caller may see (SafetyAlert items, as a list), and
    `hidden_count`: how many more were raised on files they may not see. Of those only the
    number is given: no client, name, reference or message."""

    def __init__(self, alerts=(), hidden_count: int = 0):
        super().__init__(alerts)
        self.hidden_count = hidden_count

    @property
    def hidden_message(self) -> str:
        """A sentence for the caller ("" when every alert raised is on a file they can see)."""
        if not self.hidden_count:
            return ""
        if self.hidden_count == 1:
            return ("1 alert was raised on a file you cannot see; the staff named on that file "
                    "will see it.")
        return (f"{self.hidden_count} alerts were raised on files you cannot see; the staff "
                f"named on those files will see them.")


class SafetyScreeningService:
    def __init__(self, db, session, audit, repository: SafetyAlertRepository | None = None,
                 search: SearchRepository | None = None, index: SearchIndex | None = None):
        self._db, self._session, self._audit = db, session, audit
        self._repo = repository or SafetyAlertRepository()
        self._search = search or SearchRepository()
        self._index = index or SearchIndex()
        self._clients = ClientRepository()
        self._parties = PartyRepository()

    def _require_casework(self) -> None:
        if not self._session.has_casework_role:
            raise PermissionDenied("Safety screening needs a solicitor or support worker role.")

    def _can_see(self, conn, client_id: int | None) -> bool:
        if client_id is None:
            return False
        return perm.may_see_client(self._session, self._clients.access(conn, client_id))

    # --- screening -------------------------------------------------------------------------------
    def screen_contact(self, client_id: int, names: Sequence[str], phones: Sequence[str] = (),
                       kind: ScreenedKind | str = ScreenedKind.CONTACT) -> ScreeningResult:
        """A person about to be recorded for this client (a contact, an interpreter): their
        names and/or phone numbers. Returns the alerts raised (empty when nothing matches)."""
        self._require_casework()
        try:
            kind = ScreenedKind(kind)
        except ValueError:
            raise ValidationError("kind", "must be contact, interpreter or party") from None
        phones = self._clean_phones(phones)
        names = clean_names(names, required=not phones)  # a number alone is enough to screen

        def _write(conn):
            self._index.sync(conn)  # names saved since the last screening (cheap when none)
            if not self._can_see(conn, client_id):
                raise NotFound("client")
            raised = self._screen(conn, client_id, kind, names, phones, subject_party_id=None,
                                  roles=DANGEROUS_ROLES, exclude_roles=())
            return self._result(conn, raised)
        return self._db.write(_write)

    def screen_in(self, conn, client_id: int, names: Sequence[str], phones: Sequence[str] = (),
                  kind: ScreenedKind = ScreenedKind.CONTACT) -> list[StoredAlert]:
        """screen_contact inside the caller's write transaction (the client import screens
        each new file as it is created, all in one transaction); the index is not synced."""
        self._require_casework()
        phones = self._clean_phones(phones)
        names = clean_names(names, required=not phones)
        return self._screen(conn, client_id, ScreenedKind(kind), names, phones,
                            subject_party_id=None, roles=DANGEROUS_ROLES, exclude_roles=())

    def rescreen_contact(self, client_id: int, name: str = "", phone: str = ""
                         ) -> ScreeningResult:
        """Her contact details just changed: the name and/or number screened again (nothing
        when both are empty). A match already dismissed as false is not raised again."""
        if not (name.strip() or phone.strip()):
            return ScreeningResult()
        return self.screen_contact(client_id, [name] if name.strip() else [],
                                   [phone] if phone.strip() else [])

    def screen_party(self, party_id: int) -> ScreeningResult:
        """A party just saved in a file: screened against traffickers and associates; if it is
        itself a trafficker or associate, other people on record are screened against it.
        Alerts raised on files the caller may not see are stored but only counted in the
        result (`hidden_count`)."""
        self._require_casework()

        def _write(conn):
            self._index.sync(conn)
            party = self._parties.get(conn, party_id)
            if party is None or not self._can_see(conn, party.client_id):
                raise NotFound("party")
            client_id, role = party.client_id, PartyRole(party.role).value
            numbers = [phone.number for phone in party.phones]
            names = clean_names([party.name, *party.aliases])
            kind = ScreenedKind.INTERPRETER if role == "interpreter" else ScreenedKind.PARTY
            raised = []
            if role not in DANGEROUS_ROLES:
                raised = self._screen(conn, client_id, kind, names, numbers, party_id,
                                      roles=DANGEROUS_ROLES, exclude_roles=())
            else:
                raised = self._screen_reverse(conn, party_id, role, names, numbers)
            return self._result(conn, raised)
        return self._db.write(_write)

    def _result(self, conn, raised: Sequence[StoredAlert]) -> ScreeningResult:
        """What the caller is given of the alerts just raised: those on files they may see."""
        shown = [alert for alert in raised if self._can_see(conn, alert.client_id)]
        alerts = self._shown(conn, shown)
        return ScreeningResult(alerts, hidden_count=len(raised) - len(shown))

    def _clean_phones(self, phones: Sequence[str]) -> tuple[str, ...]:
        if isinstance(phones, str):
            phones = [phones]
        cleaned = []
        for number in phones or ():
            if not isinstance(number, str) or len(number) > 100:
                raise ValidationError("phones", "each phone number must be text of at most 100 "
                                                "characters")
            if number.strip():
                cleaned.append(number.strip())
        if len(cleaned) > MAX_PHONES:
            raise ValidationError("phones", f"at most {MAX_PHONES} numbers")
        return tuple(cleaned)

    def _tails(self, conn, client_id: int, numbers: Sequence[str]) -> list[str]:
        code = COUNTRY_CODE.get(self._search.client_jurisdiction(conn, client_id) or "", "44")
        return [t for t in (phone_tail(n, code) for n in numbers) if t]

    def _screen(self, conn, client_id: int, kind: ScreenedKind, names: Sequence[str],
                numbers: Sequence[str], subject_party_id: int | None, *,
                roles: tuple[str, ...], exclude_roles: tuple[str, ...]) -> list[StoredAlert]:
        """Alerts on `client_id` for every dangerous party the subject matches."""
        user_id = self._session.user_id
        label = names[0] if names else f"phone {numbers[0]}"
        hits: dict[tuple[int, str], tuple[float, str, int, str]] = {}
        for found in find_people(conn, names, None, user_id, repository=self._search,
                                 party_roles=roles, exclude_roles=exclude_roles,
                                 include_clients=False):
            if found.party_id == subject_party_id:
                continue
            hits[(found.party_id, "name")] = (found.match.score, found.match.reason,
                                              found.client_id, found.party_role or "")
        for party, matched_client, _digits, role, _visible in self._search.phone_matches(
                conn, self._tails(conn, client_id, numbers), user_id, party_roles=roles,
                exclude_roles=exclude_roles):
            if party != subject_party_id:
                hits[(party, "phone")] = (100.0, "same phone number", matched_client, role)
        raised = []
        for (matched_party, match_on), (score, reason, matched_client, role) in sorted(hits.items()):
            raised.append(self._raise(conn, client_id, kind, label, subject_party_id, matched_party,
                                      matched_client, role, match_on, score, reason))
        return [a for a in raised if a is not None]

    def _screen_reverse(self, conn, party_id: int, role: str, names: Sequence[str],
                        numbers: Sequence[str]) -> list[StoredAlert]:
        """A new trafficker/associate: alerts on the clients of people on record who match it."""
        user_id = self._session.user_id
        own_client = self._search.party_client(conn, party_id)
        matches: dict[tuple[int, str], tuple[float, str, int]] = {}
        for found in find_people(conn, names, None, user_id, repository=self._search,
                                 exclude_roles=DANGEROUS_ROLES, include_clients=False):
            matches[(found.party_id, "name")] = (found.match.score, found.match.reason,
                                                 found.client_id)
        for other, other_client, _digits, _role, _visible in self._search.phone_matches(
                conn, self._tails(conn, own_client, numbers), user_id,
                exclude_roles=DANGEROUS_ROLES):
            matches[(other, "phone")] = (100.0, "same phone number", other_client)
        raised = []
        others = self._search.party_labels(conn, sorted({other for other, _ in matches}))
        for (other, match_on), (score, reason, other_client) in sorted(matches.items()):
            other_name, other_role = others[other]
            kind = ScreenedKind.INTERPRETER if other_role == "interpreter" else ScreenedKind.PARTY
            raised.append(self._raise(conn, other_client, kind, other_name, other, party_id,
                                      own_client, role, match_on, score, reason))
        return [a for a in raised if a is not None]

    def _raise(self, conn, client_id: int, kind: ScreenedKind, label: str,
               subject_party_id: int | None, matched_party: int, matched_client: int, role: str,
               match_on: str, score: float, reason: str) -> StoredAlert | None:
        if self._repo.find_open(conn, client_id, label, subject_party_id, matched_party, match_on):
            return None
        if self._repo.find_dismissed(conn, client_id, label, subject_party_id, matched_party,
                                     match_on):
            return None     # a solicitor found this very match false: a re-screen keeps that
        alert = self._repo.insert(conn, client_id=client_id, subject_kind=kind.value,
                                  subject_party_id=subject_party_id, subject_label=label,
                                  matched_party_id=matched_party, matched_client_id=matched_client,
                                  matched_role=role, match_on=match_on, score=score,
                                  reason=reason, raised_by=self._session.user_id)
        self._clients.recompute_safety_alert(conn, client_id, by=self._session.user_id)
        self._audit.record(conn, "raise_safety_alert", "client", client_id,
                           f"alert={alert.id};on={match_on};kind={kind.value}")
        return alert

    # --- reading and resolving -------------------------------------------------------------------
    def alerts_for(self, client_id: int, include_resolved: bool = False) -> list[SafetyAlert]:
        self._require_casework()

        def _read(conn):
            if not self._can_see(conn, client_id):
                raise NotFound("client")
            return self._shown(conn, self._repo.for_client(
                conn, client_id, include_resolved=include_resolved), always=(client_id,))
        return self._db.write(_read)  # a write: the audit rows go with the read

    def resolve(self, alert_id: int, status: AlertStatus | str, expected_version: int,
                note: str = "") -> SafetyAlert:
        """Acknowledge (acted on) or dismiss (a false match) an alert, with the reason: only a
        solicitor may, and the reason is required. The alert keeps its history (raised when
        and by whom, resolved when, by whom and why) and stays readable on her file."""
        perm.require_solicitor(self._session, "resolve a safety alert")
        try:
            status = AlertStatus(status)
        except ValueError:
            raise ValidationError("status", "must be acknowledged or dismissed") from None
        if status is AlertStatus.OPEN:
            raise ValidationError("status", "must be acknowledged or dismissed")
        if not isinstance(note, str) or len(note) > 4000:
            raise ValidationError("resolution_note", "must be text of at most 4000 characters")
        note = note.strip()
        if not note:
            raise ValidationError("Reason", "say why it is a false match, or what was done "
                                            "to keep her safe")

        def _write(conn):
            alert = self._repo.get(conn, alert_id)
            if alert is None or not self._can_see(conn, alert.client_id):
                raise NotFound("safety alert")
            saved = self._repo.resolve(conn, alert_id, expected_version, status.value, note,
                                       self._session.user_id)
            self._clients.recompute_safety_alert(conn, alert.client_id)  # cleared by the last
            self._audit.record(conn, "resolve_safety_alert", "client", alert.client_id,
                               f"alert={alert_id};status={status.value}")
            return self._shown(conn, [saved])[0]
        return self._db.write(_write)

    def _shown(self, conn, alerts: Sequence[StoredAlert], always: Sequence[int] = ()
               ) -> list[SafetyAlert]:
        """The alerts as this reader may see them, with one "read" audit row per client they
        show: hers, and the matched trafficker's file when visible (ids only)."""
        presented = [self._present(conn, alert) for alert in alerts]
        record_reads(self._audit, conn, [
            *always, *(cid for stored, shown in zip(alerts, presented) for cid in (
                stored.client_id, None if shown.restricted else stored.matched_client_id))],
            "safety_alerts")
        return presented

    def _present(self, conn, alert: StoredAlert) -> SafetyAlert:
        """The alert as this reader may see it; never an alert on a file they may not see."""
        if not self._can_see(conn, alert.client_id):
            raise NotFound("safety alert")
        visible = self._can_see(conn, alert.matched_client_id)
        name, reference, role = "", "", ""
        if visible:
            party = self._search.party_labels(conn, [alert.matched_party_id]
                                              if alert.matched_party_id else [])
            name = party.get(alert.matched_party_id, ("", ""))[0]
            label = self._search.client_labels(conn, [alert.matched_client_id])
            reference = label[alert.matched_client_id].reference if label else ""
            role = alert.matched_role
        by = "phone number" if alert.match_on == "phone" else "name"
        subject = {"contact": "A contact", "interpreter": "An interpreter",
                   "party": "A person"}.get(alert.subject_kind, "A person")
        if visible and name:
            who = f"the {role or 'trafficker'} {name} recorded in the file of {reference}"
        elif alert.matched_party_id is None:
            who = "a trafficker or associate whose record has since been removed"
        else:
            who = "a trafficker or associate recorded in a restricted file"
        message = f"{subject} in this file ({alert.subject_label}) matches, by {by}, {who}."
        return SafetyAlert(
            id=alert.id, client_id=alert.client_id, subject_kind=ScreenedKind(alert.subject_kind),
            subject_label=alert.subject_label, subject_party_id=alert.subject_party_id,
            match_on=alert.match_on, score=alert.score, reason=alert.reason,
            status=AlertStatus(alert.status), raised_at=alert.raised_at, raised_by=alert.raised_by,
            restricted=not visible, matched_role=role,
            matched_party_id=alert.matched_party_id if visible else None,
            matched_party_name=name, matched_client_reference=reference, message=message,
            resolution_note=alert.resolution_note, resolved_by=alert.resolved_by,
            resolved_at=alert.resolved_at, version=alert.version)
