"""Needs assessments, the support plan, referrals and peer mentoring: every caseworker."""
from __future__ import annotations

import dataclasses

from assist_desktop.domain.support import (NeedsAssessment, PeerMentorAssignment, Referral,
                                           SupportPlanAction)
from assist_desktop.services import permissions as perm
from assist_desktop.domain.consents import (ConsentKind, referral_consent_in_force,
                                            referral_needs_consent)
from assist_desktop.services import consent_gate
from assist_desktop.services.case_service import CaseService, RecordOps
from assist_desktop.storage.client_owned_repository import (ConsentRepository,
                                                            NeedsAssessmentRepository,
                                                            PeerMentorRepository,
                                                            ReferralRepository,
                                                            SupportPlanActionRepository)


def _assessed_by_me(record: NeedsAssessment, session) -> NeedsAssessment:
    if record.assessed_by is None:
        return dataclasses.replace(record, assessed_by=session.user_id)
    return record


class ReferralOps(consent_gate.ConsentGatedOps):
    """Referrals, with her consent checked when one goes out (domain.consents): without
    consent in force, ConsentRequired; a solicitor may go ahead with `override_reason`
    (kept in consent_overrides; the audit row names that row, never the reason's text)."""
    consent_kind = ConsentKind.SUPPORT_PROVIDER_REFERRAL
    record_kind = "referral"

    def _recheck(self, existing: Referral, record: Referral) -> bool:
        return (not referral_needs_consent(existing.status, existing.referred_on)
                or record.consent_given != existing.consent_given)

    def _check_consent(self, conn, record: Referral, override_reason: str | None) -> bool:
        """True when it goes ahead on a solicitor's override; ConsentRequired when it may
        not go ahead."""
        if not referral_needs_consent(record.status, record.referred_on):
            return False
        entries = ConsentRepository().list_for_client(conn, record.client_id)
        return consent_gate.allowed_or_override(
            self._owner.session, ConsentKind.SUPPORT_PROVIDER_REFERRAL, "sending this referral",
            referral_consent_in_force(entries, record.consent_given), override_reason)


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
        self.referrals: ReferralOps = ReferralOps(
            self, ReferralRepository(), area=area, entity="referral", what="referral")
        self.mentors: RecordOps[PeerMentorAssignment] = RecordOps(
            self, PeerMentorRepository(), area=area, entity="peer_mentor",
            what="peer mentor assignment")

    def withdrawal_affects(self, client_id: int, kind: ConsentKind) -> list[Referral]:
        """What a withdrawal of her consent of `kind` touches: the referrals that have gone
        out (dated, or sent) and are not finished (completed, declined, withdrawn), whose
        organisations
        hold her information under that consent and should be told."""
        perm.require(self._session, perm.Area.SUPPORT)
        if ConsentKind(kind) not in (ConsentKind.SUPPORT_PROVIDER_REFERRAL,
                                     ConsentKind.INFORMATION_SHARING):
            return []
        finished = {"completed", "declined", "withdrawn"}
        return [r for r in self.referrals.list(client_id)
                if referral_needs_consent(r.status, r.referred_on)
                and str(r.status) not in finished]
