"""Her details as a form (used by intake and by "Edit her details"): to and from a Client."""
from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from assist_desktop.domain.errors import ValidationError
from assist_desktop.domain.dates import DatePrecision, PartialDate
from assist_desktop.domain.clients import (Alias, Client, ContactDetails, ImmigrationStatus,
                                           Language, SafeContact, SafeContactMethod, SafetyFlag)
from assist_desktop.domain.records import GenderPreference
from assist_desktop.gui.client.staff_picker import StaffPicker
from assist_desktop.gui.forms.ui_client_form import Ui_ClientForm
from assist_desktop.gui.labels import fill_combo, label

_LANGUAGE = re.compile(r"^\s*(?P<name>[^()]+?)\s*(\((?P<dialect>[^)]*)\))?\s*$")


def parse_languages(text: str) -> tuple[Language, ...]:
    languages = []
    for index, part in enumerate(p for p in re.split(r"[;,]", text) if p.strip()):
        match = _LANGUAGE.match(part)
        if match:
            languages.append(Language(match.group("name").strip(),
                                      (match.group("dialect") or "").strip(), main=index == 0))
    return tuple(languages)


def format_languages(languages) -> str:
    return "; ".join(f"{lang.language} ({lang.dialect})" if lang.dialect else lang.language
                     for lang in languages)


class ClientForm(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ClientForm()
        self.ui.setupUi(self)
        self.ui.dobEdit.allow_partial(True)
        self._session = session
        ui = self.ui
        fill_combo(ui.interpreterGenderCombo, list(GenderPreference), GenderPreference.NONE)
        fill_combo(ui.interviewerGenderCombo, list(GenderPreference), GenderPreference.NONE)
        fill_combo(ui.statusCombo, list(ImmigrationStatus), ImmigrationStatus.UNKNOWN)
        fill_combo(ui.contactMethodCombo, list(SafeContactMethod),
                   SafeContactMethod.VIA_KEY_WORKER)
        ui.noDiscloseCheck.setChecked(True)
        for flag in SafetyFlag:
            if flag is SafetyFlag.SAFETY_ALERT:
                continue          # raised by screening, not ticked by hand
            item = QListWidgetItem(label(flag), ui.flagsList)
            item.setData(Qt.ItemDataRole.UserRole, str(flag))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        ui.interpreterCheck.toggled.connect(ui.interpreterGenderCombo.setEnabled)
        ui.interpreterGenderCombo.setEnabled(False)
        self.staff = StaffPicker(ui, session, self)
        if session.is_solicitor or session.is_support_worker:   # a new file: hers by default
            self.staff.set_choice(session.user_id,
                                  session.user_id if session.is_solicitor else None, ())

    def set_directory(self, staff) -> None:
        """The active colleagues (services.users.directory()) to choose from."""
        self.staff.set_directory(staff)

    def set_names(self, preferred: str, given: str, family: str, aliases, dob) -> None:
        ui = self.ui
        ui.preferredNameEdit.setText(preferred)
        ui.givenNamesEdit.setText(given)
        ui.familyNameEdit.setText(family)
        ui.aliasesEdit.setPlainText("\n".join(aliases))
        if isinstance(dob, PartialDate) or dob is None:
            ui.dobEdit.set_partial_value(dob)
        else:
            ui.dobEdit.set_value(dob)

    def set_client(self, client: Client) -> None:
        ui = self.ui
        self.set_names(client.preferred_name, client.given_names, client.family_name,
                       [a.name for a in client.aliases], client.birth)
        ui.ageDisputedCheck.setChecked(client.age_disputed)
        ui.nationalityEdit.setText(client.nationality)
        ui.languagesEdit.setText(format_languages(client.languages))
        ui.interpreterCheck.setChecked(client.interpreter_needed)
        fill_combo(ui.interpreterGenderCombo, list(GenderPreference), client.interpreter_gender)
        fill_combo(ui.interviewerGenderCombo, list(GenderPreference), client.interviewer_gender)
        fill_combo(ui.statusCombo, list(ImmigrationStatus), client.immigration_status)
        ui.phoneEdit.setText(client.contact.phone)
        ui.emailEdit.setText(client.contact.email)
        ui.addressEdit.setPlainText(client.contact.address)
        safe = client.safe_contact
        fill_combo(ui.contactMethodCombo, list(SafeContactMethod), safe.method)
        ui.safeTimesEdit.setText(safe.safe_times)
        ui.messagesCheck.setChecked(safe.may_leave_messages)
        ui.noDiscloseCheck.setChecked(safe.do_not_disclose_address)
        ui.instructionsEdit.setPlainText(safe.instructions)
        flags = {str(f) for f in client.safety_flags}
        for row in range(ui.flagsList.count()):
            item = ui.flagsList.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in flags else Qt.CheckState.Unchecked)
        self.staff.set_choice(client.key_worker_id, client.solicitor_id, client.restricted_to)
        ui.restrictCheck.setEnabled(not client.is_restricted or
                                    self._session.user_id in client.restricted_to)


    def to_client(self, base: Client) -> Client:
        ui = self.ui
        keep = {str(f) for f in base.safety_flags if f is SafetyFlag.SAFETY_ALERT}
        ticked = {ui.flagsList.item(r).data(Qt.ItemDataRole.UserRole)
                  for r in range(ui.flagsList.count())
                  if ui.flagsList.item(r).checkState() == Qt.CheckState.Checked}
        if ui.dobEdit.problem():
            raise ValidationError(ui.dobEdit.accessibleName() or "date_of_birth",
                                  ui.dobEdit.problem())
        birth = ui.dobEdit.partial_value()
        return dataclasses.replace(
            base,
            preferred_name=ui.preferredNameEdit.text().strip(),
            given_names=ui.givenNamesEdit.text().strip(),
            family_name=ui.familyNameEdit.text().strip(),
            aliases=tuple(Alias(line.strip()) for line in ui.aliasesEdit.toPlainText().splitlines()
                          if line.strip()),
            date_of_birth=birth.day if birth else None,
            date_of_birth_precision=birth.precision if birth else DatePrecision.DAY,
            age_disputed=ui.ageDisputedCheck.isChecked(),
            nationality=ui.nationalityEdit.text().strip(),
            languages=parse_languages(ui.languagesEdit.text()),
            interpreter_needed=ui.interpreterCheck.isChecked(),
            interpreter_gender=GenderPreference(ui.interpreterGenderCombo.currentData()),
            interviewer_gender=GenderPreference(ui.interviewerGenderCombo.currentData()),
            immigration_status=ImmigrationStatus(ui.statusCombo.currentData()),
            contact=ContactDetails(ui.phoneEdit.text().strip(), ui.emailEdit.text().strip(),
                                   ui.addressEdit.toPlainText().strip()),
            safe_contact=SafeContact(SafeContactMethod(ui.contactMethodCombo.currentData()),
                                     ui.safeTimesEdit.text().strip(),
                                     ui.messagesCheck.isChecked(),
                                     ui.noDiscloseCheck.isChecked(),
                                     ui.instructionsEdit.toPlainText().strip()),
            safety_flags=frozenset(SafetyFlag(f) for f in ticked | keep),
            key_worker_id=self.staff.key_worker_id(), solicitor_id=self.staff.solicitor_id(),
            restricted_to=self.staff.restricted_to() if ui.restrictCheck.isEnabled()
            else base.restricted_to)
