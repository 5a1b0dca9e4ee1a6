"""Who may read and change which part of a client's file (DESIGN.md section 3).

The rules, in one table so the GUI can ask the same questions the services enforce:
- administrators without a casework role see no case content at all;
- support workers see clients, safety, consents, needs, referrals, children, tasks, support
  notes, identification (NRM) decisions, age assessments, the forms of exploitation and how
  she reached the centre, and parties (who is a danger to her is safety information); of
  matters only type, status, dates and deadlines, and of her asylum claim and appeals only
  each step, its outcome and date (no references, bodies or notes); never convictions,
  compensation claims, full matter details, or notes and attachments marked privileged;
- solicitors see and change all of it;
- a restricted client is visible only to the staff named on her file: to anyone else she does
  not exist (NotFound, left out of lists and counts);
- purging (hard delete) and restoring deleted files is an administrator's action.
"""
from __future__ import annotations

from enum import StrEnum

from assist_desktop.domain.errors import NotFound, PermissionDenied
from assist_desktop.security.roles import Role

SOLICITOR = frozenset({Role.SOLICITOR.value})
CASEWORK = frozenset({Role.SOLICITOR.value, Role.SUPPORT_WORKER.value})


class Area(StrEnum):
    CLIENT = "client"
    CONSENT = "consent"
    CONVICTION = "conviction"
    IDENTIFICATION = "identification"
    MATTER = "matter"                  # full legal details of a matter
    MATTER_SUMMARY = "matter_summary"  # type, status, dates
    PARTY = "party"
    COMPENSATION = "compensation"
    CHILD = "child"
    SUPPORT = "support"                # needs, support plan, referrals, peer mentoring
    NOTE = "note"
    TASK = "task"
    TIME = "time"
    ATTACHMENT = "attachment"
    ASYLUM = "asylum"                  # asylum claim and appeal steps in full
    ASYLUM_SUMMARY = "asylum_summary"  # step, outcome and date only
    AGE_ASSESSMENT = "age_assessment"
    EXPLOITATION = "exploitation"      # forms, countries, how she reached the centre


# area -> (roles that may read, roles that may write)
RULES: dict[Area, tuple[frozenset[str], frozenset[str]]] = {
    Area.CLIENT: (CASEWORK, CASEWORK),
    Area.CONSENT: (CASEWORK, CASEWORK),
    Area.CONVICTION: (SOLICITOR, SOLICITOR),
    Area.IDENTIFICATION: (CASEWORK, SOLICITOR),
    Area.MATTER: (SOLICITOR, SOLICITOR),
    Area.MATTER_SUMMARY: (CASEWORK, SOLICITOR),
    Area.PARTY: (CASEWORK, SOLICITOR),
    Area.COMPENSATION: (SOLICITOR, SOLICITOR),
    Area.CHILD: (CASEWORK, CASEWORK),
    Area.SUPPORT: (CASEWORK, CASEWORK),
    Area.NOTE: (CASEWORK, CASEWORK),
    Area.TASK: (CASEWORK, CASEWORK),
    Area.TIME: (CASEWORK, CASEWORK),   # support workers: their own entries only
    Area.ATTACHMENT: (CASEWORK, CASEWORK),
    Area.ASYLUM: (SOLICITOR, SOLICITOR),
    Area.ASYLUM_SUMMARY: (CASEWORK, SOLICITOR),
    Area.AGE_ASSESSMENT: (CASEWORK, SOLICITOR),
    Area.EXPLOITATION: (CASEWORK, CASEWORK),
}

_NO_CASEWORK = ("Case files are open to solicitors and support workers. Your account does not "
                "hold either role.")


def roles_of(session) -> frozenset[str]:
    """Role values as plain strings, whether the session holds Role members or strings."""
    return frozenset(str(role) for role in session.roles)


def has_casework_role(session) -> bool:
    return bool(roles_of(session) & CASEWORK)


def is_solicitor(session) -> bool:
    return Role.SOLICITOR.value in roles_of(session)


def is_administrator(session) -> bool:
    return Role.ADMINISTRATOR.value in roles_of(session)


def can(session, area: Area, *, write: bool = False) -> bool:
    read_roles, write_roles = RULES[Area(area)]
    return bool(roles_of(session) & (write_roles if write else read_roles))


def require_casework(session) -> None:
    """A solicitor or support worker: anyone else sees no case content at all."""
    if not has_casework_role(session):
        raise PermissionDenied(_NO_CASEWORK)


def require(session, area: Area, *, write: bool = False) -> None:
    require_casework(session)
    if not can(session, area, write=write):
        verb = "change" if write else "see"
        raise PermissionDenied(f"Your role does not allow you to {verb} this part of the file.")


def require_solicitor(session, action: str = "do this") -> None:
    require_casework(session)
    if not is_solicitor(session):
        raise PermissionDenied(f"Only a solicitor can {action}.")


def require_administrator(session, action: str = "do this") -> None:
    if not is_administrator(session):
        raise PermissionDenied(f"Only an administrator can {action}.")


def may_see_privileged(session) -> bool:
    """Legally privileged notes and documents: solicitors only."""
    return is_solicitor(session)


def may_see_client(session, access) -> bool:
    """access: storage's ClientAccess (restricted_to, deleted)."""
    if access is None or access.deleted:
        return False
    return not access.restricted_to or session.user_id in access.restricted_to


def check_client_visible(session, access) -> None:
    """NotFound, never PermissionDenied: a restricted file must not even be seen to exist."""
    if not may_see_client(session, access):
        raise NotFound("client record")
