"""Needs assessments, the support plan, referrals and peer mentoring: every caseworker."""
from __future__ import annotations

import dataclasses

from assist_desktop.domain.support import (NeedsAssessment, PeerMentorAssignment, Referral,
                                           SupportPlanAction)
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, RecordOps
from assist_desktop.storage.client_owned_repository import (NeedsAssessmentRepository,
                                                            PeerMentorRepository,
                                                            ReferralRepository,
                                                            SupportPlanActionRepository)


def _assessed_by_me(record: NeedsAssessment, session) -> NeedsAssessment:
    if record.assessed_by is None:
        return dataclasses.replace(record, assessed_by=session.user_id)
    return record


class SupportService(CaseService):
    """needs / actions / referrals / mentors, each with list(client_id), get(id), create,
    update and delete(id, expected_version)."""

    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        area = perm.Area.SUPPORT
        self.needs: RecordOps[NeedsAssessment] = RecordOps(
            self, NeedsAssessmentRepository(), area=area, entity="needs_assessment",
            what="needs assessment", prepare=_assessed_by_me)
        self.actions: RecordOps[SupportPlanAction] = RecordOps(
            self, SupportPlanActionRepository(), area=area, entity="support_action",
            what="support plan action")
        self.referrals: RecordOps[Referral] = RecordOps(
            self, ReferralRepository(), area=area, entity="referral", what="referral")
        self.mentors: RecordOps[PeerMentorAssignment] = RecordOps(
            self, PeerMentorRepository(), area=area, entity="peer_mentor",
            what="peer mentor assignment")
