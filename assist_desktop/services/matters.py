"""Matters (full details for solicitors, summaries for support workers), the parties in them,
and the identification (NRM) record."""
from __future__ import annotations

from assist_desktop.domain.consents import (ConsentKind, child_on, nrm_consent_in_force,
                                            nrm_needs_consent)
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.domain.identification import IdentificationRecord
from assist_desktop.domain.matters import Matter, MatterSummary
from assist_desktop.domain.parties import Party
from assist_desktop.services import consent_gate
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, RecordOps, changed_fields
from assist_desktop.storage.client_owned_repository import (ConsentRepository,
                                                            IdentificationRepository)
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.matter_repository import MatterRepository, PartyRepository

Area = perm.Area


class IdentificationOps(consent_gate.ConsentGatedOps):
    """Identification records, with her consent checked when an NRM referral is dated (not
    a duty-to-notify notification): services.consent_gate, domain.consents."""
    consent_kind = ConsentKind.NRM_REFERRAL
    record_kind = "identification"

    def _recheck(self, existing: IdentificationRecord, record: IdentificationRecord) -> bool:
        return not nrm_needs_consent(existing.referral_date, existing.duty_to_notify_only)

    def _check_consent(self, conn, record, override_reason) -> bool:
        if not nrm_needs_consent(record.referral_date, record.duty_to_notify_only):
            return False
        entries = ConsentRepository().list_for_client(conn, record.client_id)
        client = ClientRepository().get(conn, record.client_id)
        child = child_on(client.birth, client.age_disputed, record.referral_date)
        return consent_gate.allowed_or_override(
            self._owner.session, ConsentKind.NRM_REFERRAL, "this NRM referral",
            nrm_consent_in_force(entries, child), override_reason)


class MatterService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._matters = MatterRepository()
        self._parties = PartyRepository()
        self.parties: RecordOps[Party] = RecordOps(self, self._parties, area=Area.PARTY,
                                                   entity="party", what="party")
        self.identification: IdentificationOps = IdentificationOps(
            self, IdentificationRepository(), area=Area.IDENTIFICATION,
            entity="identification", what="identification record")

    def _existing(self, conn, matter_id: int) -> Matter:
        matter = self._matters.get(conn, matter_id)
        if matter is None:
            raise NotFound("matter")
        self._visible_client(conn, matter.client_id)
        return matter

    # --- reading ------------------------------------------------------------------------
    def summaries(self, client_id: int) -> list[MatterSummary]:
        """Type, status and dates of her matters: what every caseworker may see."""
        perm.require(self._session, Area.MATTER_SUMMARY)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "matter_summaries")
            return [MatterSummary.of(m) for m in self._matters.list_for_client(conn, client_id)]
        return self._audited(read)

    def list(self, client_id: int) -> list[Matter]:
        perm.require(self._session, Area.MATTER)

        def read(conn):
            self._visible_client(conn, client_id)
            self._log(conn, "read", "client", client_id, "matters")
            return self._matters.list_for_client(conn, client_id)
        return self._audited(read)

    def get(self, matter_id: int) -> Matter:
        perm.require(self._session, Area.MATTER)

        def read(conn):
            matter = self._existing(conn, matter_id)
            self._log(conn, "read", "client", matter.client_id, f"matter:{matter_id}")
            return matter
        return self._audited(read)

    def get_summary(self, matter_id: int) -> MatterSummary:
        perm.require(self._session, Area.MATTER_SUMMARY)

        def read(conn):
            matter = self._existing(conn, matter_id)
            self._log(conn, "read", "client", matter.client_id, f"matter_summary:{matter_id}")
            return MatterSummary.of(matter)
        return self._audited(read)

    def parties_of(self, matter_id: int) -> list[Party]:
        perm.require(self._session, Area.PARTY)

        def read(conn):
            matter = self._existing(conn, matter_id)
            self._log(conn, "read", "client", matter.client_id, f"matter_parties:{matter_id}")
            return self._parties.list_for_matter(conn, matter_id)
        return self._audited(read)

    # --- changing -----------------------------------------------------------------------
    def create(self, matter: Matter, *, year: int | None = None) -> Matter:
        perm.require(self._session, Area.MATTER, write=True)
        matter.validate()

        def write(conn):
            self._visible_client(conn, matter.client_id)
            self._check_links(conn, matter.client_id, matter)
            stored = self._matters.create(conn, matter, year=year)
            self._log(conn, "create", "matter", stored.id, f"client:{matter.client_id}")
            return stored
        return self._db.write(write)

    def update(self, matter: Matter) -> Matter:
        perm.require(self._session, Area.MATTER, write=True)
        matter.validate()

        def write(conn):
            existing = self._existing(conn, matter.id)
            if existing.client_id != matter.client_id:
                raise ValidationError("client_id", "a matter cannot move to another client")
            self._check_links(conn, existing.client_id, matter)
            stored = self._matters.update(conn, matter)
            self._log(conn, "update", "matter", matter.id,
                      f"client:{existing.client_id} fields:{changed_fields(existing, stored)}")
            return stored
        return self._db.write(write)

    def delete(self, matter_id: int, expected_version: int) -> Matter:
        perm.require(self._session, Area.MATTER, write=True)

        def write(conn):
            existing = self._existing(conn, matter_id)
            stored = self._matters.soft_delete(conn, matter_id, expected_version)
            self._log(conn, "delete", "matter", matter_id, f"client:{existing.client_id}")
            return stored
        return self._db.write(write)
