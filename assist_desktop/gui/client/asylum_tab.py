"""Her asylum claim and appeals (each step dated; a refusal adds the appeal deadline to her
tasks), her age assessments, and the forms of exploitation, countries and how she reached the
centre. Solicitors see and record the steps in full; support workers see step, outcome and
date (services/permissions.py)."""
from __future__ import annotations

import dataclasses
import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout

from assist_desktop.domain.asylum import (AgeAssessment, AsylumEvent, AsylumStep,
                                          ExploitationForm, ExploitationProfile, outcomes_for)
from assist_desktop.gui.binding import fill_ids
from assist_desktop.gui.client.records import RecordDialog, RecordsPanel, SectionsTab
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_age_assessment_dialog import Ui_AgeAssessmentDialog
from assist_desktop.gui.forms.ui_asylum_event_dialog import Ui_AsylumEventDialog
from assist_desktop.gui.forms.ui_exploitation_dialog import Ui_ExploitationDialog
from assist_desktop.gui.labels import fill_combo, label, matter_label
from assist_desktop.gui.messages import show_notice
from assist_desktop.gui.models import Column
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.permissions import Area, can


def step_columns(tr, full: bool) -> list[Column]:
    columns = [Column(tr("Date"), lambda e: fmt_date(e.dated)),
               Column(tr("Step"), lambda e: label(e.step)),
               Column(tr("Outcome"), lambda e: label(e.outcome) if str(e.outcome) != "none"
                      else "")]
    if full:
        columns += [Column(tr("By"), lambda e: e.body),
                    Column(tr("Reference"), lambda e: e.reference),
                    Column(tr("Notes"), lambda e: e.notes.replace("\n", " "))]
    return columns


def age_columns(tr) -> list[Column]:
    return [Column(tr("Assessed"), lambda a: fmt_date(a.assessed_on)),
            Column(tr("By"), lambda a: a.assessing_body or label(a.assessor)),
            Column(tr("Outcome"), lambda a: label(a.outcome)),
            Column(tr("Age"), lambda a: "" if a.assessed_age is None else str(a.assessed_age)),
            Column(tr("Merton-compliant"), lambda a: tr("yes") if a.merton_compliant else ""),
            Column(tr("Challenged"), lambda a: " ".join(
                p for p in (fmt_date(a.challenged_on), a.challenge_outcome) if p))]


def profile_columns(tr) -> list[Column]:
    return [Column(tr("Forms of exploitation"),
                   lambda p: ", ".join(label(f) for f in p.forms)),
            Column(tr("Countries"), lambda p: ", ".join(p.countries)),
            Column(tr("How she came"), lambda p: " – ".join(
                x for x in (label(p.route), p.referring_agency) if x))]


class ExploitationDialog(RecordDialog):
    """The profile's forms are check boxes (x_form_<code>), outside the generic binding."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for form in ExploitationForm:
            getattr(self.ui, f"x_form_{form.value}").setChecked(form in self._record.forms)
        route = self.ui.f_route                 # an agency's name only for a referral

        def agency(*_args) -> None:
            self.ui.f_referring_agency.setEnabled(route.currentData() == "agency")
        route.currentIndexChanged.connect(agency)
        agency()

    def record(self):
        record = super().record()
        forms = tuple(f for f in ExploitationForm
                      if getattr(self.ui, f"x_form_{f.value}").isChecked())
        agency = record.referring_agency if str(record.route) == "agency" else ""
        return dataclasses.replace(record, forms=forms, referring_agency=agency)


class ProfilePanel(RecordsPanel):
    def _dialog(self, record, save):
        dialog = ExploitationDialog(self._dialog_ui, record, save, self._runner, self)
        if not self._writable or save is None:
            dialog.ok_button.setVisible(False)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog


class AsylumTab(SectionsTab):
    deadlines_added = Signal(list)

    def __init__(self, services, client_id: int, session, runner: TaskRunner, parent=None):
        super().__init__(parent=parent)
        asylum = services.asylum
        self._asylum, self._client_id = asylum, client_id
        self._matters_service = services.matters if can(session, Area.MATTER) else None
        self._matters: list = []
        self._row: QSplitter | None = None
        self.added: list = []
        full = can(session, Area.ASYLUM)
        self._profile_writable = can(session, Area.EXPLOITATION, write=True)
        self.steps = self.add_section("steps", self.tr("Asylum claim and appeals"), RecordsPanel(
            runner, load=self._load_steps if full else (lambda: asylum.summaries(client_id)),
            columns=step_columns(self.tr, full), dialog_ui=Ui_AsylumEventDialog,
            new_record=lambda: AsylumEvent(client_id=client_id, step=AsylumStep.CLAIM,
                                           dated=date.today()),
            create=self._create_step if full else None,
            update=self._update_step if full else None,
            delete=asylum.delete if full else None,
            writable=can(session, Area.ASYLUM, write=True), setup=self._setup,
            unpack=self._keep if full else None, what=self.tr("Asylum claim and appeals"),
            stretch=5 if full else 2, parent=self))
        self.ages = self._side_by_side("age", self.tr("Age assessments"), RecordsPanel(
            runner, load=lambda: asylum.age_assessments.list(client_id),
            columns=age_columns(self.tr), dialog_ui=Ui_AgeAssessmentDialog,
            new_record=lambda: AgeAssessment(client_id=client_id, assessed_on=date.today()),
            create=lambda a: asylum.age_assessments.create(_age_given(a)),
            update=lambda a: asylum.age_assessments.update(_age_given(a)),
            delete=asylum.age_assessments.delete,
            writable=can(session, Area.AGE_ASSESSMENT, write=True),
            what=self.tr("Age assessments"), stretch=5, parent=self))
        self.profile = self._side_by_side("profile", self.tr("Exploitation and how she "
                                                             "reached the centre"), ProfilePanel(
            runner, load=lambda: [p for p in (asylum.profile(client_id),) if p is not None],
            columns=profile_columns(self.tr), dialog_ui=Ui_ExploitationDialog,
            new_record=self._new_profile, create=asylum.save_profile,
            update=asylum.save_profile, delete=None,
            writable=can(session, Area.EXPLOITATION, write=True),
            what=self.tr("Exploitation and how she reached the centre"), stretch=2,
            parent=self))
        self.steps.changed.connect(self._show_deadlines)
        self.ui.splitter.setStretchFactor(0, 3)  # the claim's steps get the most room
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([3000, 2000])
        self._row.setSizes([3000, 2000])
        for panel in (self.steps, self.ages, self.profile):  # a first row: fit it, not the empty
            panel.changed.connect(panel._fit_columns)
        self.profile.model.modelReset.connect(self._one_profile)
        self.profile.changed.connect(self._one_profile)

    def _one_profile(self) -> None:
        """One profile per file: once she has one, it is edited, not added."""
        self.profile.ui.addButton.setVisible(self._profile_writable
                                             and not self.profile.model.rows())

    def _side_by_side(self, key: str, title: str, panel):
        """Age assessments and the profile share one row below the claim's steps."""
        if getattr(self, "_row", None) is None:
            self._row = QSplitter(Qt.Orientation.Horizontal, self)
            self._row.setChildrenCollapsible(False)
            self.ui.splitter.addWidget(self._row)
        box = QGroupBox(title, self._row)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(panel)
        self._row.addWidget(box)
        self.panels[key] = panel
        return panel

    # --- steps -------------------------------------------------------------------------
    def _load_steps(self):
        """On the worker: her matters (for the Matter box) and the steps."""
        matters = self._matters_service.list(self._client_id) if self._matters_service else []
        return matters, self._asylum.list(self._client_id)

    def _keep(self, result) -> list:
        self._matters, steps = result
        return steps

    def _setup(self, ui) -> None:
        fill_ids(ui.f_matter_id, [(m.id, matter_label(m)) for m in self._matters],
                 self.tr("(no particular matter)"))

        def outcomes(*_args) -> None:  # only the outcomes the chosen step can have
            step = ui.f_step.currentData()
            if step is not None:
                fill_combo(ui.f_outcome, list(outcomes_for(AsylumStep(step))),
                           ui.f_outcome.currentData())
        ui.f_step.currentIndexChanged.connect(outcomes)
        outcomes()

    def _create_step(self, event):
        stored, self.added = self._asylum.record(event)
        return stored

    def _update_step(self, event):
        stored, self.added = self._asylum.record(event)
        return stored

    def _show_deadlines(self) -> None:
        added, self.added = self.added, []
        if not added:
            return
        lines = "".join(f"<li>{_escape(t.title)}: {_escape(fmt_date(t.due_on))}</li>"
                        for t in added)
        show_notice(self, self.tr("Deadline added"),
                    "<p>" + _escape(self.tr("This step starts a time limit. Added to her "
                                            "tasks:")) + f"</p><ul>{lines}</ul>")
        emit(self.deadlines_added, added)

    # --- profile -----------------------------------------------------------------------
    def _new_profile(self) -> ExploitationProfile:
        if self.profile.model.rows():
            raise ValueError(self.tr("Her file has a profile already: choose it and Edit."))
        return ExploitationProfile(client_id=self._client_id)


def _age_given(assessment: AgeAssessment) -> AgeAssessment:
    """The age box shows "not given" at 0: no assessment finds an age of 0."""
    if assessment.assessed_age == 0:
        return dataclasses.replace(assessment, assessed_age=None)
    return assessment


def _escape(text: str) -> str:
    return html.escape(text)
