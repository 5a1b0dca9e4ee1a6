"""Support: needs by area, the support plan (who does what by when), referrals to outside
services (with her consent), and her peer mentors."""
from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont

from assist_desktop.domain.support import (NeedsAssessment, PeerMentorAssignment, Referral,
                                           SupportDomain, SupportPlanAction)
from assist_desktop.gui import theme
from assist_desktop.gui.client.records import RecordsPanel, SectionsTab
from assist_desktop.gui.client.staff_picker import fill_assignees
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_action_dialog import Ui_ActionDialog
from assist_desktop.gui.forms.ui_mentor_dialog import Ui_MentorDialog
from assist_desktop.gui.forms.ui_need_dialog import Ui_NeedDialog
from assist_desktop.gui.forms.ui_referral_dialog import Ui_ReferralDialog
from assist_desktop.gui.labels import label
from assist_desktop.gui.models import Column
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.gui.qtcompat import emit
from assist_desktop.services.permissions import Area, can

_LEVEL_ORDER = {"urgent": 0, "high": 1, "medium": 2, "low": 3, "none": 4}


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def need_columns(tr) -> list[Column]:
    def strong(n):
        if str(n.level) in ("urgent", "high"):
            font = QFont()
            font.setBold(True)
            return font
        return None
    return [Column(tr("Area"), lambda n: label(n.domain)),
            Column(tr("Need"), lambda n: label(n.level), font=strong,
                   foreground=lambda n: theme.overdue_colour() if str(n.level) == "urgent" else None),
            Column(tr("Assessed"), lambda n: fmt_date(n.assessed_on)),
            Column(tr("Review"), lambda n: fmt_date(n.review_on)),
            Column(tr("What she needs"), lambda n: _first_line(n.needs))]


def _action_who(names: dict, tr):
    def who(a) -> str:
        if a.owner_id is not None:
            return names.get(a.owner_id, tr("a colleague"))
        return a.owner_name
    return who


def action_columns(tr, names: dict | None = None) -> list[Column]:
    def late(a):
        return a.due_on and not a.completed_on and a.due_on < date.today() and \
            str(a.status) not in ("done", "cancelled")
    return [Column(tr("Due"), lambda a: fmt_date(a.due_on),
                   foreground=lambda a: theme.overdue_colour() if late(a) else None),
            Column(tr("Area"), lambda a: label(a.domain)),
            Column(tr("Action"), lambda a: _first_line(a.action)),
            Column(tr("Who"), _action_who(names if names is not None else {}, tr)),
            Column(tr("Status"), lambda a: label(a.status))]


def referral_columns(tr) -> list[Column]:
    return [Column(tr("Referred"), lambda r: fmt_date(r.referred_on)),
            Column(tr("To"), lambda r: r.organisation),
            Column(tr("Area"), lambda r: label(r.domain)),
            Column(tr("Consent"), lambda r: tr("given") if r.consent_given else tr("not recorded"),
                   foreground=lambda r: None if r.consent_given else theme.overdue_colour()),
            Column(tr("Status"), lambda r: label(r.status)),
            Column(tr("Outcome"), lambda r: _first_line(r.outcome))]


def mentor_columns(tr) -> list[Column]:
    return [Column(tr("Mentor"), lambda m: m.mentor_name),
            Column(tr("Contact"), lambda m: m.mentor_contact),
            Column(tr("Started"), lambda m: fmt_date(m.started_on)),
            Column(tr("Ended"), lambda m: fmt_date(m.ended_on)),
            Column(tr("Notes"), lambda m: _first_line(m.notes))]


class SupportTab(SectionsTab):
    def __init__(self, support, client_id: int, session, runner: TaskRunner, parent=None,
                 directory=None):
        super().__init__(parent=parent)
        self._session, self._staff = session, []
        self._names: dict = {}
        writable = can(session, Area.SUPPORT, write=True)
        needs, actions, referrals = support.needs, support.actions, support.referrals
        self.add_section("needs", self.tr("Needs"), RecordsPanel(
            runner, load=lambda: needs.list(client_id), columns=need_columns(self.tr),
            dialog_ui=Ui_NeedDialog,
            new_record=lambda: NeedsAssessment(client_id=client_id, domain=SupportDomain.LEGAL,
                                               assessed_on=date.today()),
            create=needs.create, update=needs.update, delete=needs.delete, writable=writable,
            sort_key=lambda n: (_LEVEL_ORDER.get(str(n.level), 9), str(n.domain)),
            what=self.tr("Needs"), stretch=4, parent=self))
        self.add_section("plan", self.tr("Support plan"), RecordsPanel(
            runner, load=lambda: actions.list(client_id),
            columns=action_columns(self.tr, self._names), dialog_ui=Ui_ActionDialog,
            setup=self._setup_action,
            new_record=lambda: SupportPlanAction(client_id=client_id,
                                                 domain=SupportDomain.ACCOMMODATION, action=""),
            create=actions.create, update=actions.update, delete=actions.delete,
            writable=writable, sort_key=lambda a: (a.due_on or date.max),
            what=self.tr("Support plan"), stretch=2, parent=self))
        if directory is not None:
            runner.run(directory, self._directory, lambda _e: None, owner=self)
        from assist_desktop.gui.consent_override import OverridePrompt
        self._override = OverridePrompt(self)       # consent missing: a solicitor's reason
        self.add_section("referrals", self.tr("Referrals"), RecordsPanel(
            runner, load=lambda: referrals.list(client_id), columns=referral_columns(self.tr),
            dialog_ui=Ui_ReferralDialog,
            new_record=lambda: Referral(client_id=client_id, organisation="",
                                        domain=SupportDomain.MEDICAL, referred_on=date.today()),
            create=self._override.wrap(referrals.create),
            update=self._override.wrap(referrals.update), delete=referrals.delete,
            writable=writable, sort_key=lambda r: r.referred_on or date.min,
            what=self.tr("Referrals"), stretch=5, parent=self))
        mentors = support.mentors
        self.add_section("mentors", self.tr("Peer mentoring"), RecordsPanel(
            runner, load=lambda: mentors.list(client_id), columns=mentor_columns(self.tr),
            dialog_ui=Ui_MentorDialog,
            new_record=lambda: PeerMentorAssignment(client_id=client_id, mentor_name="",
                                                    started_on=date.today()),
            create=mentors.create, update=mentors.update, delete=mentors.delete,
            writable=writable, sort_key=lambda m: m.started_on or date.min,
            what=self.tr("Peer mentoring"), stretch=4, parent=self))
        self.side_by_side("referrals", "mentors").setSizes([640, 640])

    def _directory(self, staff) -> None:
        self._staff = list(staff)
        self._names.update({u.id: u.full_name for u in staff})
        plan = self.panel("plan")
        if plan is not None:
            emit(plan.model.layoutChanged)

    def _setup_action(self, ui) -> None:
        """Who does it: a colleague (from the staff directory) or someone outside the centre,
        named in the box beside it."""
        fill_assignees(ui.f_owner_id, self._staff, self._session, None, self.tr)
        outside = ui.f_owner_id.count() - 1
        ui.f_owner_id.setItemText(outside, self.tr("Someone outside the centre"))

        def chosen(_index=None) -> None:
            ui.f_owner_name.setEnabled(ui.f_owner_id.currentData() is None)
        ui.f_owner_id.currentIndexChanged.connect(chosen)
        chosen()
