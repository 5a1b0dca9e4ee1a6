"""Identification (NRM / Irish process) records, and the parties in her matters: traffickers
and associates are screened against the other files when they are added."""
from __future__ import annotations

import html
from datetime import date

from assist_desktop.domain.convictions import Conviction
from assist_desktop.domain.identification import IdentificationProcess, IdentificationRecord
from assist_desktop.domain.parties import Party, PartyPhone, PartyRole
from assist_desktop.gui import theme
from assist_desktop.gui.client.records import RecordsPanel, SectionsTab
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.forms.ui_conviction_dialog import Ui_ConvictionDialog
from assist_desktop.gui.forms.ui_identification_dialog import Ui_IdentificationDialog
from assist_desktop.gui.forms.ui_party_dialog import Ui_PartyDialog
from assist_desktop.gui.labels import label
from assist_desktop.gui.models import Column
from assist_desktop.gui.messages import show_notice
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.permissions import Area, can


def identification_columns(tr) -> list[Column]:
    return [Column(tr("Process"), lambda r: label(r.process)),
            Column(tr("Referred"), lambda r: fmt_date(r.referral_date)),
            Column(tr("Reasonable grounds"), lambda r: f"{label(r.reasonable_grounds)} "
                   f"{fmt_date(r.reasonable_grounds_on)}".strip()),
            Column(tr("Recovery period"), lambda r: " – ".join(
                p for p in (fmt_date(r.recovery_period_start), fmt_date(r.recovery_period_end))
                if p)),
            Column(tr("Conclusive grounds"), lambda r: f"{label(r.conclusive_grounds)} "
                   f"{fmt_date(r.conclusive_grounds_on)}".strip())]


def party_columns(tr) -> list[Column]:
    danger = {"trafficker", "associate"}
    return [Column(tr("Role"), lambda p: label(p.role),
                   icon=lambda p: theme.icon("safety", theme.overdue_colour().name())
                   if str(p.role) in danger else None),
            Column(tr("Name"), lambda p: p.name),
            Column(tr("Other names"), lambda p: ", ".join(p.aliases)),
            Column(tr("Phones"), lambda p: ", ".join(ph.number for ph in p.phones)),
            Column(tr("Do not disclose"), lambda p: tr("yes") if p.do_not_disclose else "")]


def conviction_columns(tr) -> list[Column]:
    spent = {True: tr("spent"), False: tr("unspent"), None: tr("not yet established")}
    return [Column(tr("Convicted"), lambda c: fmt_date(c.convicted_on)),
            Column(tr("Offence"), lambda c: c.offence),
            Column(tr("Court"), lambda c: ", ".join(p for p in (c.court, c.country) if p)),
            Column(tr("Sentence"), lambda c: c.sentence),
            Column(tr("Spent"), lambda c: spent.get(c.spent, "")),
            Column(tr("Compelled"), lambda c: tr("yes") if c.compelled_by_trafficking else "")]


class IdentificationTab(SectionsTab):
    def __init__(self, services, client_id: int, jurisdiction, session, runner: TaskRunner,
                 parent=None):
        super().__init__(parent=parent)
        ident, parties = services.matters.identification, services.matters.parties
        from assist_desktop.gui.consent_override import OverridePrompt
        self._override = OverridePrompt(self)      # no NRM consent: a solicitor's reason
        self._services, self._client_id = services, client_id
        process = IdentificationProcess.UK_NRM if str(jurisdiction) != "ireland" \
            else IdentificationProcess.IRELAND_2024_ACT
        self.add_section("identification", self.tr("Identification"), RecordsPanel(
            runner, load=lambda: ident.list(client_id), columns=identification_columns(self.tr),
            dialog_ui=Ui_IdentificationDialog,
            new_record=lambda: IdentificationRecord(client_id=client_id, process=process),
            create=self._override.wrap(ident.create), update=self._override.wrap(ident.update),
            delete=ident.delete,
            writable=can(session, Area.IDENTIFICATION, write=True),
            what=self.tr("Identification"), stretch=4, parent=self))
        self.parties = self.add_section("parties", self.tr("Parties"), RecordsPanel(
            runner, load=lambda: parties.list(client_id), columns=party_columns(self.tr),
            dialog_ui=Ui_PartyDialog,
            new_record=lambda: Party(client_id=client_id, role=PartyRole.TRAFFICKER, name=""),
            create=self._add_party, update=self._update_party, delete=parties.delete,
            writable=can(session, Area.PARTY, write=True),
            item_types={"phones": PartyPhone}, what=self.tr("Parties"), stretch=1, parent=self))
        if can(session, Area.CONVICTION):
            self._add_convictions(services.clients.convictions, client_id, session, runner)
        self.alerts: list = []
        self.conflict_check = None
        self.parties.changed.connect(self._show_screening)

    def _add_convictions(self, convictions, client_id: int, session, runner) -> None:
        """Criminal convictions (Article 10 data): solicitors only, as the service enforces."""
        tr = self.tr

        def setup(ui) -> None:
            fill_ids(ui.f_spent, [(False, tr("No, unspent")), (True, tr("Yes, spent"))],
                     tr("Not yet established"))
        self.add_section("convictions", tr("Convictions (solicitors only)"), RecordsPanel(
            runner, load=lambda: convictions.list(client_id), columns=conviction_columns(tr),
            dialog_ui=Ui_ConvictionDialog, setup=setup,
            new_record=lambda: Conviction(client_id=client_id, offence=""),
            create=convictions.create, update=convictions.update, delete=convictions.delete,
            writable=can(session, Area.CONVICTION, write=True),
            sort_key=lambda c: c.convicted_on or date.min,
            what=tr("Convictions"), stretch=1, parent=self))

    def _add_party(self, party):
        """Runs on the task thread: conflict check, then the party, then safety screening."""
        services = self._services
        names = [party.name, *party.aliases]
        self.conflict_check = services.conflicts.check_party(self._client_id, names)
        stored = services.matters.parties.create(party)
        self.alerts = services.safety.screen_party(stored.id)
        return stored

    def _update_party(self, party):
        """Runs on the task thread: the changed party, then safety screening again (a new
        name, alias or number may match a trafficker; a match dismissed as false stays so)."""
        stored = self._services.matters.parties.update(party)
        self.alerts = self._services.safety.screen_party(stored.id)
        return stored

    def _show_screening(self) -> None:
        """After a party is added: what the conflict check and the safety screening found."""
        check, alerts, self.conflict_check = self.conflict_check, self.alerts, None
        self.alerts = []
        lines = [html.escape(a.message) for a in alerts]
        if getattr(alerts, "hidden_count", 0):
            lines.append(html.escape(alerts.hidden_message))
        if check is not None:
            lines += [html.escape(f"{m.where}: {m.reason}") for m in check.matches]
        if lines:
            show_notice(self, self.tr("Safety alert and conflict check"),
                        "<p>" + "<br/>".join(lines) + "</p>")
