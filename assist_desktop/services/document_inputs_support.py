"""Documents a support worker may make too: the support letter and the children's needs
report. Built only from what every caseworker on her file may see (no matter details, no
privileged notes unless the author is a solicitor)."""
from __future__ import annotations

import dataclasses

from assist_desktop.documents import (
    Addressee, ChildAction, ChildEntry, ChildrenReportInput, LetterInput, LetterKind,
)
from assist_desktop.domain.children import Child, ChildLocation, FamilyReunionStatus
from assist_desktop.domain.errors import NotFound, ValidationError
from assist_desktop.domain.support import ActionStatus, SupportDomain
from assist_desktop.services import document_labels as labels
from assist_desktop.services.document_inputs import (
    CaseFile, DocumentOptions, body_paragraphs, letterhead, long_date, nonempty, references,
    split_paragraphs, when,
)


def support_letter(case: CaseFile, options: DocumentOptions) -> LetterInput:
    client = case.client
    return LetterInput(
        kind=LetterKind.SUPPORT, jurisdiction=case.jurisdiction,
        letterhead=letterhead(case.centre), date=when(case, options),
        recipient=options.recipient or Addressee(""), client_name=case.name,
        paragraphs=body_paragraphs(case, options), signatory=case.author,
        subject=options.subject, references=references(case, legal=False),
        salutation=options.salutation, enclosures=options.enclosures,
        client_date_of_birth=client.birth, term=options.term,
        extra=({"known_since": long_date(client.opened_on)} if client.opened_on else {}))


def _child_name(child: Child) -> str:
    return nonempty(child.given_names, child.family_name, sep=" ") or "Name not recorded"


def child_entry(case: CaseFile, child: Child) -> ChildEntry:
    location = nonempty(labels.CHILD_LOCATIONS.get(child.location, ""), child.location_detail,
                        sep=": ")
    risks = []
    if child.leverage_risk:
        risks.append("The traffickers have threatened or used this child to control her "
                     "mother.")
    risks += split_paragraphs(child.safety_notes)
    needs = [line for line in (
        f"School or childcare: {child.school_or_childcare}" if child.school_or_childcare else "",
        f"Benefits: {child.benefits}" if child.benefits else "",
        (f"Family reunion: {labels.REUNION.get(child.family_reunion, '')}"
         if child.family_reunion != FamilyReunionStatus.NOT_APPLICABLE else ""),
        "A dependant on her mother's protection claim." if child.dependant_on_claim else "",
        f"Guardian: {child.guardian}" if child.guardian else "",
        f"Social worker: {child.social_worker}" if child.social_worker else "",
    ) if line]
    return ChildEntry(
        name=_child_name(child), date_of_birth=child.date_of_birth, location=location,
        carer=case.name if child.location == ChildLocation.WITH_CLIENT else "",
        situation=child.best_interests_notes, risks=tuple(risks), needs=tuple(needs))


def _chosen_children(case: CaseFile, options: DocumentOptions) -> list[Child]:
    if not options.child_ids:
        return list(case.children)
    by_id = {child.id: child for child in case.children}
    missing = [i for i in options.child_ids if i not in by_id]
    if missing:
        raise NotFound("child's record")
    return [by_id[i] for i in options.child_ids]


def _childcare_actions(case: CaseFile) -> tuple[ChildAction, ...]:
    return tuple(ChildAction(a.action, a.owner_name or case.staff_name(a.owner_id), a.due_on)
                 for a in case.actions if a.domain == SupportDomain.CHILDCARE
                 and a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))


def children_report(case: CaseFile, options: DocumentOptions) -> ChildrenReportInput:
    children = _chosen_children(case, options)
    if not children:
        raise ValidationError("children", "no children are recorded on her file")
    entries = [child_entry(case, child) for child in children]
    actions = _childcare_actions(case)
    if actions and len(entries) == 1:  # the childcare plan is about her only child
        entries[0] = dataclasses.replace(entries[0], actions=actions)
    summary = options.summary
    if actions and len(entries) > 1:
        summary = nonempty(summary, "Childcare actions in her support plan:\n" + "\n".join(
            nonempty(a.action, a.by_whom, long_date(a.due), sep="; ") for a in actions))
    return ChildrenReportInput(
        jurisdiction=case.jurisdiction, letterhead=letterhead(case.centre),
        parent_name=case.name, report_date=when(case, options), children=tuple(entries),
        purpose=options.children_purpose, references=references(case, legal=False),
        summary=summary, author=case.author, term=options.term)
