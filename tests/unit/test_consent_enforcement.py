"""Consent enforced where it matters: a referral that goes out needs her consent to
support-provider referrals in force (the consent log decides; with no log entry, the tick on
the referral); without it the action says so; a solicitor may go ahead with a reason, kept
apart and audited by id; a support worker may not. Withdrawal lists the referrals running."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

import case_samples as s
from assist_desktop.domain.consents import (ConsentDecision, ConsentEntry, ConsentKind,
                                            ConsentRequired)
from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.domain.support import ReferralStatus
from assist_desktop.services.clients import ClientService
from assist_desktop.services.support import SupportService
from case_world import world  # noqa: F401 - fixture

REASON = "Risk to life: <b>urgent</b> safe-house place; she could not be reached 👩🏽"


def _her(world):
    return world.service(ClientService, "sol").create(s.client("Amina")).id


def _consent(world, cid, decision, on):
    world.service(ClientService, "sup").consents.create(ConsentEntry(
        client_id=cid, kind=ConsentKind.SUPPORT_PROVIDER_REFERRAL, decision=decision,
        decided_on=on))


def test_a_referral_goes_out_only_with_consent_or_a_solicitors_reason(world):
    cid = _her(world)
    sup = world.service(SupportService, "sup").referrals
    sol = world.service(SupportService, "sol").referrals
    planned = dataclasses.replace(s.referral(cid, "Haven House"), consent_given=False,
                                  referred_on=None, outcome_on=None,
                                  status=ReferralStatus.PLANNED)
    kept = sup.create(planned)                               # planning needs nothing
    sent = dataclasses.replace(kept, status=ReferralStatus.SENT, referred_on=date(2026, 3, 1))
    with pytest.raises(ConsentRequired) as raised:
        sup.update(sent)
    assert not raised.value.may_override and "ask a solicitor" in str(raised.value)
    with pytest.raises(PermissionDenied):
        sup.update(sent, override_reason=REASON)
    with pytest.raises(ConsentRequired) as raised:
        sol.update(sent, override_reason="   ")
    assert raised.value.may_override
    done = sol.update(sent, override_reason=REASON)
    assert done.status == ReferralStatus.SENT
    rows = world.db.read(lambda c: c.execute(
        "SELECT record_kind, record_id, kind, reason FROM consent_overrides").fetchall())
    assert rows == [("referral", done.id, "support_provider_referral", REASON)]
    audit = world.audit_rows()
    assert any(r[1] == "consent_override" and r[3] == str(done.id) for r in audit)
    assert REASON not in repr(audit)

    # Given in the log: referrals go out; withdrawn: the tick on the referral no longer counts.
    _consent(world, cid, ConsentDecision.GIVEN, date(2026, 3, 2))
    ticked = dataclasses.replace(s.referral(cid, "Food bank"), consent_given=True)
    second = sup.create(ticked)
    _consent(world, cid, ConsentDecision.WITHDRAWN, date(2026, 3, 5))
    with pytest.raises(ConsentRequired):
        sup.create(ticked)
    running = world.service(SupportService, "sup").withdrawal_affects(
        cid, ConsentKind.SUPPORT_PROVIDER_REFERRAL)
    assert {r.id for r in running} == {done.id, second.id}
    # Editing a referral already out (its outcome) is not blocked by the withdrawal.
    sup.update(dataclasses.replace(second, outcome="place offered"))


def test_with_no_log_entry_the_tick_on_the_referral_stands(world):
    cid = _her(world)
    sup = world.service(SupportService, "sup").referrals
    assert sup.create(s.referral(cid, "Haven House")).consent_given   # ticked: goes out
    with pytest.raises(ConsentRequired):
        sup.create(dataclasses.replace(s.referral(cid, "Haven House"), consent_given=False))


def _nrm(world, cid, decision, on):
    world.service(ClientService, "sup").consents.create(ConsentEntry(
        client_id=cid, kind=ConsentKind.NRM_REFERRAL, decision=decision, decided_on=on))


def test_an_adults_nrm_referral_needs_her_consent_in_the_log(world):
    """An adult must give informed consent before an NRM referral (DOMAIN.md 1.3): with no
    NRM entry in the log, or a withdrawal, it is held; a solicitor may go ahead with a
    reason; a duty-to-notify notification needs none."""
    from assist_desktop.services.matters import MatterService
    adult = dataclasses.replace(s.client("Amina"), date_of_birth=date(1995, 3, 2),
                                age_disputed=False)
    cid = world.service(ClientService, "sol").create(adult).id
    ident = dataclasses.replace(s.identification(cid, "x"), duty_to_notify_only=False)
    sol = world.service(MatterService, "sol").identification
    with pytest.raises(ConsentRequired) as raised:  # the log says nothing: no consent
        sol.create(ident)
    assert raised.value.may_override and "National Referral Mechanism" in str(raised.value)
    _nrm(world, cid, ConsentDecision.GIVEN, date(2026, 3, 1))
    first = sol.create(ident)
    _nrm(world, cid, ConsentDecision.WITHDRAWN, date(2026, 3, 2))
    with pytest.raises(ConsentRequired):
        sol.create(ident)
    second = sol.create(ident, override_reason=REASON)
    notified = sol.create(dataclasses.replace(ident, duty_to_notify_only=True))  # MS1: no consent
    assert {first.id, second.id, notified.id} == {r.id for r in sol.list(cid)}
    rows = world.db.read(lambda c: c.execute(
        "SELECT record_kind, record_id, kind FROM consent_overrides").fetchall())
    assert rows == [("identification", second.id, "nrm_referral")]


@pytest.mark.parametrize("born, disputed", [
    (date(2008, 6, 1), False),            # 15 on the referral date (29 February 2024)
    (date(1990, 1, 1), True),             # her age disputed: presumed a child
])
def test_a_childs_nrm_referral_needs_no_consent(world, born, disputed):
    """Children do not need to consent to enter the NRM (DOMAIN.md 1.3); a disputed age is
    presumed a child's until decided (DOMAIN.md 4.1)."""
    from assist_desktop.services.matters import MatterService
    child = dataclasses.replace(s.client("Mira"), date_of_birth=born, age_disputed=disputed)
    cid = world.service(ClientService, "sol").create(child).id
    _nrm(world, cid, ConsentDecision.WITHDRAWN, date(2026, 3, 1))
    ident = dataclasses.replace(s.identification(cid, "x"), duty_to_notify_only=False)
    assert world.service(MatterService, "sol").identification.create(ident)


def test_who_counts_as_a_child_on_the_referral_date():
    from assist_desktop.domain.consents import child_on
    from assist_desktop.domain.dates import DatePrecision, PartialDate
    on = date(2026, 3, 3)
    assert child_on(PartialDate.of(date(2008, 3, 4), DatePrecision.DAY), False, on)
    assert not child_on(PartialDate.of(date(2008, 3, 3), DatePrecision.DAY), False, on)
    assert child_on(PartialDate.of(date(2008, 1, 1), DatePrecision.YEAR), False, on)  # about 18
    assert not child_on(PartialDate.of(date(2007, 1, 1), DatePrecision.YEAR), False, on)
    assert not child_on(None, False, on) and child_on(None, True, on)
