"""Compensation claims and their schedules of loss: solicitors only."""
from __future__ import annotations

from assist_desktop.domain.compensation import (CompensationClaim, ScheduleOfLossItem,
                                                schemes_for)
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, RecordOps, changed_fields
from assist_desktop.storage.attachment_repository import AttachmentRepository
from assist_desktop.storage.client_owned_repository import CompensationClaimRepository
from assist_desktop.storage.client_repository import ClientRepository
from assist_desktop.storage.matter_repository import MatterRepository
from assist_desktop.storage.schedule_of_loss_repository import ScheduleOfLossRepository

Area = perm.Area


class CompensationService(CaseService):
    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self._claim_repo = CompensationClaimRepository()
        self._items = ScheduleOfLossRepository()
        self._attachments = AttachmentRepository()
        self.claims: RecordOps[CompensationClaim] = RecordOps(
            self, self._claim_repo, area=Area.COMPENSATION, entity="compensation_claim",
            what="compensation claim")

    def _check_links(self, conn, client_id: int, record) -> None:
        """Links as for every record; and a claim's scheme must be open where it is brought
        (its matter's jurisdiction, else hers): never an Irish scheme in England & Wales."""
        super()._check_links(conn, client_id, record)
        if not isinstance(record, CompensationClaim):
            return
        matter = (MatterRepository().get(conn, record.matter_id)
                  if record.matter_id is not None else None)
        client = ClientRepository().get(conn, client_id)
        where = str(matter.jurisdiction if matter is not None else client.jurisdiction)
        if record.scheme not in schemes_for(where):
            raise ValidationError("scheme", "this compensation route is not open in the "
                                  "jurisdiction of her file or matter")

    def _claim(self, conn, claim_id: int) -> CompensationClaim:
        claim = self._claim_repo.get(conn, claim_id)
        if claim is None:
            raise NotFound("compensation claim")
        self._visible_client(conn, claim.client_id)
        return claim

    def _check_evidence(self, conn, claim: CompensationClaim, item: ScheduleOfLossItem) -> None:
        if item.evidence_attachment_id is None:
            return
        evidence = self._attachments.get(conn, item.evidence_attachment_id)
        if evidence is None or evidence.client_id != claim.client_id:
            raise ValidationError("evidence_attachment_id", "the document is not in this "
                                  "client's file")

    def items(self, claim_id: int) -> list[ScheduleOfLossItem]:
        perm.require(self._session, Area.COMPENSATION)

        def read(conn):
            claim = self._claim(conn, claim_id)
            self._log(conn, "read", "client", claim.client_id, f"schedule_of_loss:{claim_id}")
            return self._items.list_for_claim(conn, claim_id)
        return self._audited(read)

    def add_item(self, item: ScheduleOfLossItem) -> ScheduleOfLossItem:
        perm.require(self._session, Area.COMPENSATION, write=True)
        item.validate()

        def write(conn):
            claim = self._claim(conn, item.claim_id)
            self._check_evidence(conn, claim, item)
            stored = self._items.create(conn, item)
            self._log(conn, "create", "loss_item", stored.id, f"client:{claim.client_id}")
            return stored
        return self._db.write(write)

    def update_item(self, item: ScheduleOfLossItem) -> ScheduleOfLossItem:
        perm.require(self._session, Area.COMPENSATION, write=True)
        item.validate()

        def write(conn):
            existing = self._items.get(conn, item.id)
            if existing is None or existing.claim_id != item.claim_id:
                raise NotFound("schedule of loss item")
            claim = self._claim(conn, existing.claim_id)
            self._check_evidence(conn, claim, item)
            stored = self._items.update(conn, item)
            self._log(conn, "update", "loss_item", item.id,
                      f"client:{claim.client_id} fields:{changed_fields(existing, stored)}")
            return stored
        return self._db.write(write)

    def delete_item(self, item_id: int, expected_version: int) -> ScheduleOfLossItem:
        perm.require(self._session, Area.COMPENSATION, write=True)

        def write(conn):
            existing = self._items.get(conn, item_id)
            if existing is None:
                raise NotFound("schedule of loss item")
            claim = self._claim(conn, existing.claim_id)
            stored = self._items.soft_delete(conn, item_id, expected_version)
            self._log(conn, "delete", "loss_item", item_id, f"client:{claim.client_id}")
            return stored
        return self._db.write(write)

    def schedule_total(self, claim_id: int) -> int:
        """Sum of the live items in minor units (exact)."""
        return sum(item.amount for item in self.items(claim_id))
