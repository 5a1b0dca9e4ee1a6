"""Compensation claims (solicitors): each claim, and its schedule of loss with exact totals in
the jurisdiction's currency (integer pence or cents; multipliers as exact decimals)."""
from __future__ import annotations

from assist_desktop.domain.compensation import (CompensationClaim, LossHead, LossTiming,
                                                ScheduleOfLossItem, schedule_total, schemes_for)
from assist_desktop.domain.money import format_amount
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.client.records import RecordsPanel, SectionsTab
from assist_desktop.gui.formatting import fmt_date, fmt_money
from assist_desktop.gui.forms.ui_claim_dialog import Ui_ClaimDialog
from assist_desktop.gui.forms.ui_loss_item_dialog import Ui_LossItemDialog
from assist_desktop.gui.labels import label, matter_label
from assist_desktop.gui.models import Column
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.permissions import Area, can
from PySide6.QtCore import Qt

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def claim_columns(tr) -> list[Column]:
    return [Column(tr("Scheme"), lambda c: label(c.scheme)),
            Column(tr("Status"), lambda c: label(c.status)),
            Column(tr("Applied"), lambda c: fmt_date(c.application_on)),
            Column(tr("Decision"), lambda c: fmt_date(c.decision_on)),
            Column(tr("Claimed"), lambda c: fmt_money(c.amount_claimed, str(c.currency)),
                   align=RIGHT),
            Column(tr("Offered"), lambda c: fmt_money(c.amount_offered, str(c.currency)),
                   align=RIGHT),
            Column(tr("Paid"), lambda c: fmt_money(c.amount_paid, str(c.currency)), align=RIGHT)]


def item_columns(tr, currency: str) -> list[Column]:
    return [Column(tr("Head of loss"), lambda i: label(i.head)),
            Column(tr("Past/future"), lambda i: label(i.timing)),
            Column(tr("Description"), lambda i: i.description),
            Column(tr("Period"), lambda i: " – ".join(p for p in (fmt_date(i.period_from),
                                                                  fmt_date(i.period_to)) if p)
                   or i.period_note),
            Column(tr("Multiplicand"), lambda i: fmt_money(i.multiplicand, currency), align=RIGHT),
            Column(tr("Multiplier"), lambda i: i.multiplier, align=RIGHT),
            Column(tr("Amount"), lambda i: fmt_money(i.amount, currency), align=RIGHT)]


class CompensationTab(SectionsTab):
    def __init__(self, compensation, matters, client_id: int, currency: str, session,
                 runner: TaskRunner, parent=None, jurisdiction: str = ""):
        super().__init__(parent=parent)
        self._compensation, self._currency = compensation, currency
        # Only the routes open where she is (an England & Wales file is never offered Irish
        # schemes); without a jurisdiction, those of the currency's countries.
        self._schemes = schemes_for(jurisdiction or ("ireland" if currency == "EUR"
                                                     else "england-wales"))
        self._claim = None
        self._matters: list = []
        writable = can(session, Area.COMPENSATION, write=True)
        claims = compensation.claims
        self.claims = self.add_section("claims", self.tr("Claims"), RecordsPanel(
            runner, load=lambda: claims.list(client_id),
            columns=claim_columns(self.tr), dialog_ui=Ui_ClaimDialog,
            new_record=lambda: CompensationClaim(client_id=client_id,
                                                 scheme=self._schemes[0], currency=currency),
            create=claims.create, update=claims.update, delete=claims.delete, writable=writable,
            setup=self._setup_claim, what=self.tr("Compensation claims"), stretch=0,
            parent=self))
        self.items = self.add_section("schedule", self.tr("Schedule of loss"), RecordsPanel(
            runner, load=None, columns=item_columns(self.tr, currency),
            dialog_ui=Ui_LossItemDialog, new_record=self._new_item,
            create=compensation.add_item, update=compensation.update_item,
            delete=compensation.delete_item, writable=writable, summary=self._summary,
            sort_key=lambda i: (str(i.timing) != "past", i.position, i.id or 0),
            what=self.tr("Schedule of loss"), stretch=2, parent=self))
        self.claims.selection_changed.connect(self._claim_chosen)
        self.items.ui.addButton.setEnabled(False)
        self._matter_service, self._client_id, self._runner = matters, client_id, runner
        self._load_matters()
        self.ui.splitter.setSizes([200, 320])

    def _load_matters(self) -> None:
        matters, client_id = self._matter_service, self._client_id
        self._runner.run(lambda: matters.summaries(client_id), self._matters_loaded,
                         lambda _e: None, owner=self)

    def set_matter_summaries(self, summaries) -> None:
        self._matters_loaded(summaries)

    def records_changed(self, kinds: set) -> None:
        if "compensation_claim" in kinds:
            self.claims.reload()
        if "loss_item" in kinds and self._claim is not None:
            self.items.reload()

    def _matters_loaded(self, matters) -> None:
        self._matters = list(matters)

    def _setup_claim(self, ui) -> None:
        combo = ui.f_scheme
        for index in reversed(range(combo.count())):
            if combo.itemData(index) not in self._schemes:
                combo.removeItem(index)
        fill_ids(ui.f_matter_id, [(m.id, matter_label(m)) for m in self._matters],
                 self.tr("(no matter)"))

    def _claim_chosen(self, claim) -> None:
        self._claim = claim
        self.items.ui.addButton.setEnabled(claim is not None)
        if claim is None:
            self.items.set_load(None)
        else:
            claim_id = claim.id
            self.items.set_load(lambda: self._compensation.items(claim_id))

    def _new_item(self):
        return ScheduleOfLossItem(claim_id=self._claim.id, head=LossHead.LOSS_OF_EARNINGS,
                                  timing=LossTiming.PAST, multiplicand=0)

    def _summary(self, items) -> str:
        past = schedule_total(items, LossTiming.PAST)
        future = schedule_total(items, LossTiming.FUTURE)
        total = schedule_total(items)
        return self.tr("Past %1 · Future %2 · Total %3") \
            .replace("%1", format_amount(past, self._currency)) \
            .replace("%2", format_amount(future, self._currency)) \
            .replace("%3", format_amount(total, self._currency))
