"""Intake of a new client: conflict check first, the decision recorded, then her file is created
and the people around her are screened against known traffickers.

Each step runs on the task thread; the wizard moves on when the service has answered.
A match in a file the person may not see shows only "a restricted record matches".
"""
from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from assist_desktop.domain.checks import RESTRICTED_MATCH, ConflictDecision
from assist_desktop.domain.clients import Client
from assist_desktop.gui.dialogs import UnsavedGuard
from assist_desktop.gui import theme
from assist_desktop.gui.client.client_form import ClientForm
from assist_desktop.gui.forms.ui_intake import Ui_IntakeWizard
from assist_desktop.gui.messages import describe, for_people
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import Debouncer, Latest, TaskRunner


def match_columns(tr) -> list[Column]:
    def where(m) -> str:
        return tr(RESTRICTED_MATCH) if m.restricted else m.where

    return [
        Column(tr("Strength"), lambda m: tr("Strong") if m.strength == "strong" else tr("Possible"),
               foreground=lambda m: theme.overdue_colour() if m.strength == "strong" else None),
        Column(tr("Where"), where),
        Column(tr("Name checked"), lambda m: "" if m.restricted else m.query_name),
        Column(tr("Name on record"), lambda m: "" if m.restricted else
               (m.matched_name or m.client_name or m.party_name)),
        Column(tr("Why"), lambda m: "" if m.restricted else
               "; ".join(p for p in (m.reason, m.dob_note) if p)),
    ]


class IntakeDialog(UnsavedGuard, QWizard):
    client_created = Signal(int)

    def __init__(self, services, session, runner: TaskRunner, centre_info,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.guard_unsaved(self.tr("this new client's details"))
        self.ui = Ui_IntakeWizard()
        self.ui.setupUi(self)
        self.ui.dobEdit.allow_partial(True)
        self._services, self._session, self._runner = services, session, runner
        self._centre = centre_info
        self._busy = False
        self.check = None
        self._checked_input = None
        self.client = None
        self.alerts: list = []
        ui = self.ui
        self.setWindowIcon(theme.icon("client_add"))
        ui.checkBusy.setVisible(False)
        self.matches = ListTableModel(match_columns(self.tr), parent=self)
        ui.matchesView.setModel(self.matches)
        tidy_table(ui.matchesView, stretch=4, widths=(10, 36, 22, 22))
        self.form = ClientForm(session, ui.profileHost)
        ui.profileHostLayout.addWidget(self.form)
        for edit in (self.form.ui.preferredNameEdit, self.form.ui.givenNamesEdit,
                     self.form.ui.familyNameEdit):
            edit.setReadOnly(True)          # the names are the ones that were checked
        self.form.ui.aliasesEdit.setReadOnly(True)
        runner.run(services.users.directory, self.form.set_directory, owner=self)

        ui.namesPage.complete_when(lambda: not self._busy and bool(self.names())
                                   and not ui.dobEdit.problem())
        ui.dobEdit.date_changed.connect(ui.namesPage.recheck)
        ui.namesPage.validate_with(self._run_check)
        for edit in (ui.preferredEdit, ui.givenEdit, ui.familyEdit):
            edit.textChanged.connect(ui.namesPage.recheck)
        ui.aliasesEdit.textChanged.connect(ui.namesPage.recheck)
        # A restricted record that resembles her names is said on this first page, while the
        # names are typed, not after the check (nothing is stored by this look).
        self._precheck = Debouncer(self._look_for_restricted, 500, self)
        self._precheck_latest = Latest()
        self._prechecked: tuple = ()
        for edit in (ui.preferredEdit, ui.givenEdit, ui.familyEdit):
            edit.textEdited.connect(lambda _t: self._precheck.poke())
        ui.aliasesEdit.textChanged.connect(self._precheck.poke)
        if hasattr(ui.dobEdit, "date_changed"):
            ui.dobEdit.date_changed.connect(lambda _d: self._precheck.poke())

        ui.conflictPage.complete_when(self._decision_complete)
        ui.conflictPage.validate_with(self._record_decision)
        for radio in (ui.proceedRadio, ui.declineRadio, ui.referRadio):
            radio.toggled.connect(ui.conflictPage.recheck)
        if not session.is_solicitor:
            ui.decisionGroup.setEnabled(False)
            ui.decisionMessage.setText(self.tr(
                "A solicitor decides whether the centre can act for a new client. Ask a "
                "solicitor to complete this intake; the check is recorded."))

        ui.profilePage.validate_with(self._create)
        ui.profilePage.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create her file"))
        ui.donePage.setFinalPage(True)

    # --- names and the check --------------------------------------------------------
    def names(self) -> list[str]:
        ui = self.ui
        full = " ".join(p for p in (ui.givenEdit.text().strip(), ui.familyEdit.text().strip()) if p)
        names = [ui.preferredEdit.text().strip(), full]
        names += [line.strip() for line in ui.aliasesEdit.toPlainText().splitlines()]
        unique = []
        for name in names:
            if name and name not in unique:
                unique.append(name)
        return unique

    def _look_for_restricted(self) -> None:
        if not self.isVisible():        # closed while the names were being typed
            return
        wanted = (tuple(self.names()), self.ui.dobEdit.value())
        if not wanted[0] or wanted == self._prechecked or self._busy or self.check is not None:
            return
        self._prechecked = wanted
        names, dob = wanted
        conflicts = self._services.conflicts
        callbacks = self._precheck_latest.wrap(self._restricted_found, lambda _e: None)
        self._runner.run(lambda: conflicts.restricted_matches(list(names), dob), *callbacks,
                         owner=self)

    def _restricted_found(self, count: int) -> None:
        if self._busy or self.check is not None:
            return
        if not count:
            theme.say(self.ui.namesMessage, "", False)
            return
        text = self.tr("A restricted record resembles these names. Only the solicitors named "
                       "on it can see it.")
        if self._session.is_solicitor:
            text += " " + self.tr("Look closely at the check on the next page before deciding.")
        else:
            text += " " + self.tr("Ask a solicitor to take this intake over now: only a "
                                  "solicitor can decide whether the centre can act.")
        theme.say(self.ui.namesMessage, text, True)

    def _run_check(self) -> bool:
        birth = self.ui.dobEdit.partial_value()   # only a whole date narrows the check
        wanted = (tuple(self.names()), birth.day if birth and birth.precision == "day" else None)
        if self.check is not None and wanted == self._checked_input:
            return True
        if self._busy:
            return False
        self._set_busy(True, self.ui.checkBusy, self.ui.namesMessage,
                       self.tr("Checking every client and party on record…"))
        names, dob = wanted
        conflict = self._services.conflicts
        self._runner.run(lambda: conflict.check_client(list(names), dob),
                         lambda check: self._checked(check, wanted), self._names_failed,
                         owner=self)
        return False

    def _checked(self, check, wanted) -> None:
        self._set_busy(False, self.ui.checkBusy, self.ui.namesMessage, "")
        self.check, self._checked_input = check, wanted
        self.matches.set_rows(check.matches)
        strong = sum(1 for m in check.matches if m.strength == "strong")
        if not check.matches:
            text = self.tr("No client or party on record has a name like hers.")
        else:
            text = self.tr("Records on file that resemble her names: %1").replace(
                "%1", str(len(check.matches)))
            if strong:
                text += " — " + self.tr("%n strong match(es): look closely before deciding.", "",
                                        strong)
        theme.say(self.ui.conflictSummary, text, bool(strong))
        ui = self.ui
        preferred, given, family = (ui.preferredEdit.text().strip(), ui.givenEdit.text().strip(),
                                    ui.familyEdit.text().strip())
        aliases = [a.strip() for a in ui.aliasesEdit.toPlainText().splitlines() if a.strip()]
        self.form.set_names(preferred, given, family, aliases, ui.dobEdit.partial_value())
        self.next()

    def _names_failed(self, error: BaseException) -> None:
        self._set_busy(False, self.ui.checkBusy, self.ui.namesMessage, describe(error), True)

    # --- the decision ---------------------------------------------------------------
    def decision(self) -> ConflictDecision | None:
        ui = self.ui
        for radio, decision in ((ui.proceedRadio, ConflictDecision.PROCEED),
                                (ui.declineRadio, ConflictDecision.DECLINE),
                                (ui.referRadio, ConflictDecision.REFER)):
            if radio.isChecked():
                return decision
        return None

    def _decision_complete(self) -> bool:
        return not self._busy and self.decision() is not None and self._session.is_solicitor

    def _record_decision(self) -> bool:
        decision = self.decision()
        if decision is None or self.check is None:
            return False
        if self.check.decision == decision:
            return True
        if self._busy:
            return False
        self._busy = True
        self.ui.conflictPage.recheck()
        check, note = self.check, self.ui.decisionNoteEdit.text().strip()
        conflict = self._services.conflicts
        self._runner.run(lambda: conflict.decide(check.id, decision, check.version, note),
                         self._decided, self._decision_failed, owner=self)
        return False

    def _decided(self, check) -> None:
        self._busy = False
        self.check = check
        self.ui.conflictPage.recheck()
        if check.decision == ConflictDecision.PROCEED:
            self.next()
        else:
            self.ui.doneLabel.setText(self.tr(
                "<p>The decision (<b>%1</b>) is recorded with the conflict check. No file was "
                "created.</p>").replace("%1", self.tr(str(check.decision))))
            self.next()

    def _decision_failed(self, error: BaseException) -> None:
        self._busy = False
        self.ui.conflictPage.recheck()
        self.ui.decisionMessage.setText(describe(error))

    def nextId(self) -> int:  # noqa: N802 - Qt name
        if self.currentPage() is self.ui.conflictPage and self.check is not None and \
                self.check.decision != ConflictDecision.PROCEED:
            return self.pageIds()[-1]
        return super().nextId()

    # --- creating her file ----------------------------------------------------------
    def _create(self) -> bool:
        if self.client is not None:
            return True
        if self._busy:
            return False
        base = Client(jurisdiction=self._centre.jurisdiction)
        try:
            client = self.form.to_client(base)
        except ValueError as error:
            self.ui.profileMessage.setText(for_people(error))
            return False
        services, check = self._services, self.check
        contact = self.ui.contactNameEdit.text().strip()
        phone = self.ui.contactPhoneEdit.text().strip()

        def work():
            # Her file and the conflict check on it are saved together, or neither is.
            stored = services.clients.create(client, conflict_check_id=check.id)
            alerts = []
            if contact or phone:
                alerts = services.safety.screen_contact(stored.id, [contact] if contact else [],
                                                        [phone] if phone else [])
            return stored, alerts
        self._busy = True
        self.ui.profileMessage.setText(self.tr("Creating her file…"))
        self._runner.run(work, self._created, self._create_failed, owner=self)
        return False

    def _created(self, result) -> None:
        self._busy = False
        self.client, self.alerts = result
        text = self.tr("<p>Her file <b>%1</b> was created, with the conflict check and the "
                       "decision.</p>").replace("%1", self.client.reference)
        if self.alerts:
            text += "<p><b>" + self.tr("Safety alert") + ":</b> " + \
                "<br/>".join(html.escape(a.message) for a in self.alerts) + "</p>"
        elif self.ui.contactNameEdit.text().strip() or self.ui.contactPhoneEdit.text().strip():
            text += "<p>" + self.tr("The person you named matches no known trafficker or "
                                    "associate.") + "</p>"
        self.ui.doneLabel.setText(text)
        self.next()

    def _create_failed(self, error: BaseException) -> None:
        self._busy = False
        theme.say(self.ui.profileMessage, describe(error), True)

    def accept(self) -> None:
        if self.client is not None:
            emit(self.client_created, self.client.id)
        super().accept()

    def done(self, result: int) -> None:  # accept, reject and discard all end here
        self._precheck.cancel()         # no look for restricted records after she closed it
        super().done(result)

    def reject(self) -> None:
        if not self._busy:
            if self.client is None and not self.may_close():
                return          # (once she is saved there is nothing left to lose)
            super().reject()

    def _set_busy(self, busy: bool, bar, label, text: str, error: bool = False) -> None:
        self._busy = busy
        bar.setVisible(busy)
        theme.say(label, text, error)
        self.ui.namesPage.recheck()
