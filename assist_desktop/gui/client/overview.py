"""Overview: her details at a glance (edited in a dialog) and the consent log."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assist_desktop.domain.consents import ConsentDecision, ConsentEntry, ConsentKind
from assist_desktop.gui import theme
from assist_desktop.gui.client.client_form import ClientForm, format_languages
from assist_desktop.gui.dialogs import ServiceDialog
from assist_desktop.gui.formatting import fmt_date
from assist_desktop.gui.forms.ui_client_dialog import Ui_ClientDialog
from assist_desktop.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from assist_desktop.gui.forms.ui_overview_tab import Ui_OverviewTab
from assist_desktop.gui.labels import fill_combo, label, register
from assist_desktop.gui.messages import describe, show_error, show_info
from assist_desktop.gui.caseload.models import dob_text
from assist_desktop.gui.models import Column, ListTableModel
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.views import tidy_table
from assist_desktop.gui.tasks import TaskRunner
from PySide6.QtCore import QT_TRANSLATE_NOOP

register({
    "nrm_referral": QT_TRANSLATE_NOOP("labels", "Referral into the NRM"),
    "support_provider_referral": QT_TRANSLATE_NOOP("labels", "Referral to a support provider"),
    "information_sharing": QT_TRANSLATE_NOOP("labels", "Sharing information"),
    "given": QT_TRANSLATE_NOOP("labels", "Given"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
})


def details_html(client, tr, profile=None) -> str:
    def row(name: str, value: str) -> str:
        return f"<tr><td style='padding-right:14px'><b>{html.escape(name)}</b></td>" \
               f"<td>{html.escape(value)}</td></tr>" if value else ""
    aliases = ", ".join(a.name for a in client.aliases)
    rows = [row(tr("Full name"), client.full_name), row(tr("Other names"), aliases),
            row(tr("Date of birth"), dob_text(client, tr)),
            row(tr("Nationality"), client.nationality),
            row(tr("Languages"), format_languages(client.languages)),
            row(tr("Interpreter"), (tr("needed") + (
                "" if str(client.interpreter_gender) == "none"
                else f", {label(client.interpreter_gender).lower()}"))
                if client.interpreter_needed else ""),
            row(tr("Interviewer"), "" if str(client.interviewer_gender) == "none"
                else label(client.interviewer_gender)),
            row(tr("Immigration status"), label(client.immigration_status)),
            row(tr("Phone"), client.contact.phone), row(tr("Email"), client.contact.email),
            row(tr("Address"), "" if client.safe_contact.do_not_disclose_address
                and not client.contact.address else client.contact.address),
            row(tr("File opened"), fmt_date(client.opened_on))]
    if profile is not None:  # the exploitation profile (Asylum and age tab)
        rows += [row(tr("Exploitation"), ", ".join(label(f) for f in profile.forms)),
                 row(tr("Countries"), ", ".join(profile.countries)),
                 row(tr("Came to us"), " – ".join(
                     x for x in (label(profile.route) if str(profile.route) != "unknown"
                                 else "", profile.referring_agency) if x))]
    return "<table>" + "".join(rows) + "</table>"


class ClientDialog(ServiceDialog):
    def __init__(self, clients, client, session, runner: TaskRunner, parent=None,
                 directory=None, safety=None):
        super().__init__(runner, parent)
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        self._clients, self._client, self._safety = clients, client, safety
        self.alerts: list = []
        self.form = ClientForm(session, self.ui.formHost)
        self.ui.formHostLayout.addWidget(self.form)
        self.form.set_client(client)
        self.bind_buttons(self.ui.buttonBox, self.ui.messageLabel)
        if directory is not None:
            runner.run(directory, self.form.set_directory, self._failed, owner=self)

    def work(self):
        updated = self.form.to_client(self._client)
        clients, safety = self._clients, self._safety
        phone = updated.contact.phone.strip()
        rescreen = safety is not None and phone and phone != self._client.contact.phone.strip()

        def save():
            saved = clients.update(updated)
            if rescreen:    # a changed number is screened again against traffickers
                self.alerts = list(safety.rescreen_contact(saved.id, phone=phone))
            return saved
        return save


class ConsentDialog(ServiceDialog):
    def __init__(self, consents, client_id: int, runner: TaskRunner, parent=None):
        super().__init__(runner, parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self._consents, self._client_id = consents, client_id
        fill_combo(self.ui.kindCombo, list(ConsentKind))
        fill_combo(self.ui.decisionCombo, list(ConsentDecision))
        self.ui.dateEdit.set_value(date.today())
        self.bind_buttons(self.ui.buttonBox, self.ui.messageLabel)

    def work(self):
        ui = self.ui
        entry = ConsentEntry(client_id=self._client_id, kind=ConsentKind(ui.kindCombo.currentData()),
                             decision=ConsentDecision(ui.decisionCombo.currentData()),
                             decided_on=ui.dateEdit.value() or date.today(),
                             shared_with=ui.sharedEdit.text().strip(),
                             notes=ui.notesEdit.toPlainText().strip())
        return lambda: self._consents.create(entry)


def consent_columns(tr) -> list[Column]:
    return [Column(tr("Date"), lambda c: fmt_date(c.decided_on)),
            Column(tr("Consent to"), lambda c: label(c.kind)),
            Column(tr("Decision"), lambda c: label(c.decision),
                   foreground=lambda c: theme.overdue_colour()
                   if str(c.decision) == "withdrawn" else None),
            Column(tr("With"), lambda c: c.shared_with),
            Column(tr("Notes"), lambda c: c.notes)]


class OverviewTab(QWidget):
    client_changed = Signal(object)

    def __init__(self, clients, client_id: int, session, runner: TaskRunner, parent=None,
                 directory=None, safety=None, profile=None, withdrawal=None, exports=None,
                 letters=None):
        super().__init__(parent)
        self._withdrawal = withdrawal    # services.support.withdrawal_affects, if she may see it
        self._exports = exports          # services.interchange.exports_of: her file sent out
        self._letters = letters          # services.documents.letters_sent: letters sent out
        self.last_withdrawal_message = ""
        self._profile_of, self.profile = profile, None  # profile(): her exploitation profile
        self.ui = Ui_OverviewTab()
        self.ui.setupUi(self)
        self._safety = safety
        self._directory = directory      # services.users.directory: colleagues to choose from
        self._clients, self._client_id, self._session, self._runner = \
            clients, client_id, session, runner
        self.client = None
        self.consents = ListTableModel(consent_columns(self.tr), parent=self)
        self.ui.consentView.setModel(self.consents)
        tidy_table(self.ui.consentView, stretch=4, widths=(12, 28, 11, 22))
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.consentButton.clicked.connect(self.record_consent)
        self.ui.editButton.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        clients, cid, profile = self._clients, self._client_id, self._profile_of
        self._runner.run(lambda: (clients.get(cid), clients.consents.list(cid),
                                  profile() if profile else None), self._loaded,
                         lambda e: self.ui.detailsLabel.setText(describe(e)), owner=self)

    def records_changed(self, kinds: set) -> None:
        if kinds & {"client", "consent"}:
            self.reload()

    def _loaded(self, result) -> None:
        self.client, consents, self.profile = result
        self.ui.detailsLabel.setText(details_html(self.client, self.tr, self.profile))
        self.consents.set_rows(sorted(consents, key=lambda c: (c.decided_on, c.id or 0),
                                      reverse=True))
        self.ui.editButton.setEnabled(True)

    def edit(self) -> ClientDialog | None:
        if self.client is None:
            return None
        dialog = ClientDialog(self._clients, self.client, self._session, self._runner, self,
                              directory=self._directory, safety=self._safety)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, client) -> None:
        self.client = client
        self.ui.detailsLabel.setText(details_html(client, self.tr, self.profile))
        emit(self.client_changed, client)

    def record_consent(self) -> ConsentDialog:
        dialog = ConsentDialog(self._clients.consents, self._client_id, self._runner, self)
        dialog.saved.connect(lambda entry: self.consents.set_rows(
            [entry, *self.consents.rows()]))
        dialog.saved.connect(self._show_withdrawal)
        dialog.open()
        return dialog

    def _show_withdrawal(self, entry) -> None:
        """A withdrawal: say what it touches (the referrals still running under it; for
        consent to information sharing, the exports of her file made so far)."""
        if entry.decision != ConsentDecision.WITHDRAWN:
            return
        affects, exports, cid = self._withdrawal, self._exports, self._client_id
        letters = self._letters
        sharing = ConsentKind(entry.kind) == ConsentKind.INFORMATION_SHARING
        if affects is None and not (sharing and (exports or letters) is not None):
            return

        def work():
            return (affects(cid, entry.kind) if affects is not None else [],
                    exports(cid) if sharing and exports is not None else [],
                    letters(cid) if sharing and letters is not None else [])
        self._runner.run(work, lambda found: self._tell_withdrawal(entry, *found),
                         lambda e: show_error(self, e), owner=self)

    def _tell_withdrawal(self, entry, referrals, sent=(), letters=()) -> None:
        if not referrals and (sent or letters):
            lines = [self.tr("Her consent is withdrawn.")]
        elif referrals:
            lines = [self.tr("Her consent is withdrawn. These referrals are still running "
                             "under it: tell each organisation, and stop sharing her "
                             "information with them:")]
            lines += [f"• {r.organisation} ({label(str(r.status))})" for r in referrals]
            lines.append(self.tr("New referrals now need her consent again, or a solicitor's "
                                 "override with a reason."))
        else:
            lines = [self.tr("Her consent is withdrawn. No referral is running under it; new "
                             "ones need her consent again, or a solicitor's override with a "
                             "reason.")]
        if sent:
            lines.append("")
            lines.append(self.tr("Her whole file was exported to another organisation "
                                 "(case-transfer export) on:"))
            lines += [f"• {fmt_date(date.fromisoformat(e.at[:10]))}"
                      + (self.tr(" (on a solicitor's override)") if e.on_override else "")
                      for e in sent]
            lines.append(self.tr("Tell whoever received it that she has withdrawn her consent. "
                                 "New exports need her consent again, or a solicitor's "
                                 "override with a reason."))
        if letters:
            lines.append("")
            lines.append(self.tr("Letters about her were sent to another organisation "
                                 "(support letters, document numbers below):"))
            lines += [f"• {fmt_date(date.fromisoformat(e.at[:10]))}: "
                      + self.tr("letter %1, ").replace("%1", str(e.document_id))
                      + (self.tr("printed") if e.printed else self.tr("saved as a file"))
                      + (self.tr(" (on a solicitor's override)") if e.on_override else "")
                      for e in letters]
            lines.append(self.tr("Tell whoever received them that she has withdrawn her "
                                 "consent."))
        self.last_withdrawal_message = "\n".join(lines)
        show_info(self, self.tr("Consent withdrawn"), self.last_withdrawal_message)
