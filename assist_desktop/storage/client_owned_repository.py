"""Repositories for records that belong to one client's file and have no lists of their own:
consents, convictions, identification, children, pregnancy, needs, support plan, referrals,
peer mentoring, compensation claims. Each is the shared behaviour plus a table and an order."""
from __future__ import annotations

from typing import Generic, TypeVar

from assist_desktop.domain.children import Child, Pregnancy
from assist_desktop.domain.compensation import CompensationClaim
from assist_desktop.domain.consents import ConsentEntry
from assist_desktop.domain.convictions import Conviction
from assist_desktop.domain.identification import IdentificationRecord
from assist_desktop.domain.support import (NeedsAssessment, PeerMentorAssignment, Referral,
                                           SupportPlanAction)
from assist_desktop.storage.record_table import RecordTable

R = TypeVar("R")


class ClientOwnedRepository(Generic[R]):
    table: RecordTable
    order_by = "id"

    def get(self, conn, record_id: int, *, include_deleted: bool = False) -> R | None:
        return self.table.get(conn, record_id, include_deleted=include_deleted)

    def list_for_client(self, conn, client_id: int, *, include_deleted: bool = False) -> list[R]:
        where = "client_id = ?" + ("" if include_deleted else " AND deleted_at IS NULL")
        return self.table.select(conn, where, (client_id,), self.order_by)

    def create(self, conn, record: R) -> R:
        return self.table.insert(conn, record)

    def update(self, conn, record: R) -> R:
        return self.table.update(conn, record)

    def soft_delete(self, conn, record_id: int, expected_version: int) -> R:
        return self.table.soft_delete(conn, record_id, expected_version)

    def restore(self, conn, record_id: int, expected_version: int) -> R:
        return self.table.restore(conn, record_id, expected_version)

    def purge(self, conn, record_id: int) -> bool:
        return self.table.purge(conn, record_id)


class ConsentRepository(ClientOwnedRepository[ConsentEntry]):
    table = RecordTable("consents", ConsentEntry, what="consent entry",
                        immutable=("recorded_by",))
    order_by = "decided_on, id"


class ConvictionRepository(ClientOwnedRepository[Conviction]):
    table = RecordTable("convictions", Conviction, what="conviction")
    order_by = "convicted_on, id"


class IdentificationRepository(ClientOwnedRepository[IdentificationRecord]):
    table = RecordTable("identification_records", IdentificationRecord,
                        what="identification record")
    order_by = "referral_date, id"


class ChildRepository(ClientOwnedRepository[Child]):
    table = RecordTable("children", Child, what="child's record")
    order_by = "date_of_birth, id"


class PregnancyRepository(ClientOwnedRepository[Pregnancy]):
    table = RecordTable("pregnancies", Pregnancy, what="pregnancy record")
    order_by = "due_on, id"


class NeedsAssessmentRepository(ClientOwnedRepository[NeedsAssessment]):
    table = RecordTable("needs_assessments", NeedsAssessment, what="needs assessment")
    order_by = "assessed_on, domain, id"


class SupportPlanActionRepository(ClientOwnedRepository[SupportPlanAction]):
    table = RecordTable("support_plan_actions", SupportPlanAction, what="support plan action")
    order_by = "due_on IS NULL, due_on, id"


class ReferralRepository(ClientOwnedRepository[Referral]):
    table = RecordTable("referrals", Referral, what="referral")
    order_by = "referred_on, id"


class PeerMentorRepository(ClientOwnedRepository[PeerMentorAssignment]):
    table = RecordTable("peer_mentor_assignments", PeerMentorAssignment,
                        what="peer mentor assignment")
    order_by = "started_on, id"


class CompensationClaimRepository(ClientOwnedRepository[CompensationClaim]):
    table = RecordTable("compensation_claims", CompensationClaim, what="compensation claim")
    order_by = "id"
