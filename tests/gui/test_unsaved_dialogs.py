"""Nothing typed is lost by a key press: Esc, Cancel, the close button and the window's X ask
first when a dialog or wizard holds unsaved input; an untouched one closes at once."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from assist_desktop.gui import messages
from assist_desktop.gui.tasks import TaskRunner


@pytest.fixture
def asked():
    """Questions answered from a list (popped in order); each question is recorded."""
    questions, answers = [], []
    messages.answer_with(lambda kind, title, text: (questions.append(kind), answers.pop(0))[1])
    yield questions, answers
    messages.answer_with(None)


@pytest.fixture
def runner():
    run = TaskRunner()
    yield run
    run.shutdown(wait=True)


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_esc_in_a_filled_intake_wizard_asks_before_discarding(qtbot, centre, runner, asked):
    from assist_desktop.gui.intake import IntakeDialog
    questions, answers = asked
    services = centre.services
    empty = _shown(qtbot, IntakeDialog(services, centre.session, runner, centre.centre))
    qtbot.keyClick(empty, Qt.Key.Key_Escape)
    assert not empty.isVisible() and questions == []          # nothing typed: no question

    wizard = _shown(qtbot, IntakeDialog(services, centre.session, runner, centre.centre))
    qtbot.keyClicks(wizard.ui.givenEdit, "Amina")
    answers.append(False)                                      # "Keep editing"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert questions == ["discard"] and wizard.isVisible()
    assert wizard.ui.givenEdit.text() == "Amina"
    answers.append(True)                                       # "Discard"
    wizard.close()                                             # the window's X
    assert questions == ["discard", "discard"] and not wizard.isVisible()


def test_closing_a_filled_record_dialog_offers_to_save(qtbot, centre, runner, asked):
    from assist_desktop.domain.clients import Client
    from assist_desktop.gui.client.task_dialogs import TaskDialog
    questions, answers = asked
    client = centre.services.clients.create(Client(given_names="Grace", family_name="Okoro",
                                                   jurisdiction="england-wales"))
    dialog = _shown(qtbot, TaskDialog(centre.services.tasks, client.id, centre.session, runner))
    qtbot.keyClicks(dialog.ui.titleEdit, "Ask the GP for her records")
    answers.append("cancel")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert questions == ["unsaved"] and dialog.isVisible()
    answers.append("save")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert saved.args[0].title == "Ask the GP for her records"
    assert questions == ["unsaved", "unsaved"]


def test_cancel_in_a_passphrase_dialog_asks_first(qtbot, centre, vault, runner, asked):
    from assist_desktop.gui.change_passphrase import ChangePassphraseDialog
    questions, answers = asked
    dialog = _shown(qtbot, ChangePassphraseDialog(centre.services.users, vault, runner))
    qtbot.keyClicks(dialog.ui.currentEdit, "amber kettle")
    answers.append(False)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert questions == ["discard"] and dialog.isVisible()
    dialog.discard_now()                           # locking the centre closes without asking
    assert questions == ["discard"] and not dialog.isVisible()


def test_support_worker_told_of_a_restricted_match_on_the_first_page(qtbot, centre, staff,
                                                                      runner):
    """While she types the names, not after the check on the second page."""
    from assist_desktop.domain.clients import Client
    from assist_desktop.gui.intake import IntakeDialog
    centre.services.clients.create(Client(
        given_names="Amina", family_name="Hassan", jurisdiction="england-wales",
        restricted_to=frozenset({centre.session.user_id})))
    support = staff("sup")
    wizard = _shown(qtbot, IntakeDialog(support.services, support.session, runner,
                                        support.centre))
    qtbot.keyClicks(wizard.ui.givenEdit, "Amina")
    qtbot.keyClicks(wizard.ui.familyEdit, "Hasan")
    qtbot.waitUntil(lambda: "restricted record" in wizard.ui.namesMessage.text(), timeout=10000)
    assert "Ask a solicitor" in wizard.ui.namesMessage.text()
    assert wizard.currentPage() is wizard.ui.namesPage and wizard.check is None
    assert "Amina" not in wizard.ui.namesMessage.text()      # nothing about the record itself
    wizard.discard_now()


def test_what_the_program_fills_in_is_not_unsaved_input(qtbot, centre, runner, asked):
    """The bundle dialog fills its sections in after it is shown: Esc still closes at once."""
    from assist_desktop.domain.clients import Client
    from assist_desktop.gui.client.bundle_dialog import BundleDialog
    questions, _answers = asked
    client = centre.services.clients.create(Client(given_names="Grace", family_name="Okoro",
                                                   jurisdiction="england-wales"))
    dialog = _shown(qtbot, BundleDialog(centre.services.documents, None, client.id, None, [],
                                        runner))
    qtbot.waitUntil(lambda: dialog.sections_loaded, timeout=10000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions == [] and not dialog.isVisible()
