"""Children and pregnancy: where each child is, whether traffickers may use them as leverage,
who looks after them; her pregnancy and the support it brings."""
from __future__ import annotations

from assist_desktop.domain.children import Child, ChildRelationship, Pregnancy
from assist_desktop.gui import theme
from assist_desktop.gui.client.records import RecordsPanel, SectionsTab
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_child_dialog import Ui_ChildDialog
from assist_desktop.gui.forms.ui_pregnancy_dialog import Ui_PregnancyDialog
from assist_desktop.gui.labels import label
from assist_desktop.gui.models import Column
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.permissions import Area, can


def child_columns(tr) -> list[Column]:
    return [Column(tr("Name"), lambda c: " ".join(p for p in (c.given_names, c.family_name) if p),
                   icon=lambda c: theme.icon("safety", theme.overdue_colour().name())
                   if c.leverage_risk else None,
                   tooltip=lambda c: tr("Traffickers may use this child as leverage")
                   if c.leverage_risk else ""),
            Column(tr("Relationship"), lambda c: label(c.relationship)),
            Column(tr("Born"), lambda c: fmt_date(c.date_of_birth) +
                   (f" ({tr('disputed')})" if c.age_disputed else "")),
            Column(tr("Where"), lambda c: label(c.location) +
                   (f": {c.location_detail}" if c.location_detail else "")),
            Column(tr("Dependant"), lambda c: tr("yes") if c.dependant_on_claim else ""),
            Column(tr("Family reunion"), lambda c: label(c.family_reunion))]


def pregnancy_columns(tr) -> list[Column]:
    return [Column(tr("Due"), lambda p: fmt_date(p.due_on)),
            Column(tr("MAT B1"), lambda p: tr("received") if p.mat_b1_received else ""),
            Column(tr("Outcome"), lambda p: label(p.outcome)),
            Column(tr("Ended"), lambda p: fmt_date(p.ended_on)),
            Column(tr("Notes"), lambda p: p.notes.splitlines()[0] if p.notes else "")]


class ChildrenTab(SectionsTab):
    def __init__(self, children_service, client_id: int, session, runner: TaskRunner, parent=None):
        super().__init__(parent=parent)
        self.ui.introLabel.setText(self.tr(
            "Children with her, in care or left in the country of origin. A child traffickers "
            "could use as leverage is marked in red."))
        self.ui.introLabel.setVisible(True)
        ops_c, ops_p = children_service.children, children_service.pregnancies
        writable = can(session, Area.CHILD, write=True)
        self.add_section("children", self.tr("Children"), RecordsPanel(
            runner, load=lambda: ops_c.list(client_id), columns=child_columns(self.tr),
            dialog_ui=Ui_ChildDialog, new_record=lambda: Child(client_id=client_id,
                                     relationship=ChildRelationship.DAUGHTER),
            create=ops_c.create, update=ops_c.update, delete=ops_c.delete, writable=writable,
            what=self.tr("Children"), stretch=3, parent=self))
        self.add_section("pregnancies", self.tr("Pregnancy"), RecordsPanel(
            runner, load=lambda: ops_p.list(client_id), columns=pregnancy_columns(self.tr),
            dialog_ui=Ui_PregnancyDialog, new_record=lambda: Pregnancy(client_id=client_id),
            create=ops_p.create, update=ops_p.update, delete=ops_p.delete, writable=writable,
            what=self.tr("Pregnancy"), stretch=4, parent=self))
        self.ui.splitter.setSizes([340, 160])
