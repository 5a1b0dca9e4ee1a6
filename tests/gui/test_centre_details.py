"""Administration, Centre details: the centre's contacts and regulator line (saved, audited,
on the next letter), the address book, and the recipient picker in a letter's options."""
from __future__ import annotations

import pytest

from tests.documents.conftest import pdf_text
from tests.gui.gui_helpers import (OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as,
                                   wait_idle)

pytestmark = pytest.mark.usefixtures("discard_unsaved")
SRA = "Authorised and regulated by the Solicitors Regulation Authority, SRA number 612345"


def _panel(qtbot, make_shell, vault, user="adm"):
    shell = make_shell(vault=vault)
    unlock_as(qtbot, shell, user, OTHER_PASSPHRASE)
    shell.window.ui.actionAdministration.trigger()
    panel = shell.workspace.page("admin").centre_details
    qtbot.waitUntil(lambda: panel.isEnabled() and panel.model.rowCount() > 0, timeout=10000)
    return shell, panel


def test_an_administrator_saves_the_centre_details(qtbot, make_shell, team):
    shell, panel = _panel(qtbot, make_shell, team)
    ui = panel.ui
    assert ui.nameEdit.text() == "Riverside Law Centre"
    assert "SRA number" in ui.regulatorHint.text()
    assert not ui.saveButton.isEnabled()
    ui.phoneEdit.setText("0113 496 0000")
    ui.regulatorEdit.setPlainText(SRA)
    assert panel.has_unsaved() and ui.saveButton.isEnabled()
    ui.saveButton.click()
    qtbot.waitUntil(lambda: "Saved" in ui.messageLabel.text(), timeout=10000)
    saved = shell.centre.services.centre_details.get()
    assert (saved.phone, saved.regulator_note) == ("0113 496 0000", SRA)
    assert not panel.has_unsaved()
    ui.emailEdit.setText("not an email")
    ui.saveButton.click()
    qtbot.waitUntil(lambda: "email" in ui.messageLabel.text(), timeout=10000)
    assert shell.centre.services.centre_details.get().email == ""


def test_the_address_book_lists_the_centres_jurisdiction_and_adds_a_recipient(qtbot,
                                                                               make_shell,
                                                                               team):
    shell, panel = _panel(qtbot, make_shell, team)
    names = {r.organisation for r in panel.model.rows()}
    assert "Criminal Injuries Compensation Authority" in names
    assert not any("International Protection" in n for n in names)
    before = panel.model.rowCount()
    dialog = panel.add()
    dialog.ui.organisationEdit.setText("Leeds Housing Options")
    dialog.ui.addressEdit.setPlainText("2 Park Row\nLeeds")
    dialog.submit()
    qtbot.waitUntil(lambda: panel.model.rowCount() == before + 1, timeout=10000)
    dialog = panel.add()
    dialog.submit()  # no organisation: refused, stays open
    qtbot.waitUntil(lambda: "organisation" in dialog.ui.messageLabel.text().lower(),
                    timeout=10000)
    assert dialog.isVisible()
    dialog.reject()


def test_a_letter_to_a_recipient_picked_from_the_address_book(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Hana",
                         family_name="Bekele")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    file.show_tab("documents")
    tab = file.tab("documents")
    wait_idle(qtbot, shell)
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("further_submissions"))
    dialog = tab.generate()
    qtbot.waitUntil(lambda: dialog.recipients_loaded and dialog.notes_loaded, timeout=10000)
    combo = dialog.ui.recipientCombo
    assert combo.isVisibleTo(dialog) and combo.count() > 1
    assert "Further Submissions Unit" in combo.itemText(1)  # this kind's recipients first
    combo.setCurrentIndex(1)
    assert dialog.ui.organisationEdit.text() == "Home Office"
    assert "The Capital Building" in dialog.ui.addressEdit.toPlainText()
    assert "[VERIFY]" in dialog.ui.sourceLabel.text()
    dialog.ui.personEdit.setText("Jane Smith")
    dialog.ui.paragraphsEdit.setPlainText("New evidence is enclosed.")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60000)
    wait_idle(qtbot, shell)
    text = pdf_text(shell.centre.services.documents.pdf(tab.model.row(0).id))
    assert "Jane Smith Further Submissions Unit Home Office The Capital Building" in text
    assert "Dear Jane Smith," in text and "Yours sincerely" in text
    # the centre has no regulator line yet: the user is told, beside the draft
    assert "regulator line" in tab.ui.messageLabel.text()


def test_an_england_and_wales_claim_is_never_offered_irish_schemes(qtbot, make_shell, team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Mariam",
                         family_name="Tesfaye")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    tab = open_client_tab(qtbot, shell, client.id).tab("compensation")
    dialog = tab.claims.add()
    combo = dialog.ui.f_scheme
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert {"cica", "reparation_order", "employment_tribunal", "civil_claim"} <= offered
    assert not {"irish_cict", "wrc"} & offered
    dialog.reject()


def test_a_client_care_letter_asks_for_funding_and_warns_about_the_supervisor(qtbot,
                                                                              make_shell,
                                                                              team):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Hana",
                         family_name="Bekele")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    file.show_tab("documents")
    tab = file.tab("documents")
    wait_idle(qtbot, shell)
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("client_care_letter"))
    dialog = tab.generate()
    ui = dialog.ui
    assert ui.clientCareGroup.isVisibleTo(dialog) and not ui.recipientGroup.isVisibleTo(dialog)
    ui.fundingCombo.setCurrentIndex(ui.fundingCombo.findData("fixed_fee"))
    assert ui.fundingDetailEdit.isVisibleTo(dialog)
    dialog.accept()  # no fee given: stays open
    assert dialog.isVisible() and "fixed fee" in ui.messageLabel.text()
    ui.fundingCombo.setCurrentIndex(ui.fundingCombo.findData("legal_aid"))
    ui.nextStepsEdit.setPlainText("We will meet you on Monday.\n\nWe will ask for your file.")
    assert dialog.options()["next_steps"] == ("We will meet you on Monday.",
                                              "We will ask for your file.")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60000)
    wait_idle(qtbot, shell)
    text = pdf_text(shell.centre.services.documents.pdf(tab.model.row(0).id))
    assert "Your case is paid for by legal aid." in text
    assert "We will meet you on Monday." in text
    assert "SUPERVISOR NOT RECORDED" in text
    assert "No supervisor is recorded" in tab.ui.messageLabel.text()
