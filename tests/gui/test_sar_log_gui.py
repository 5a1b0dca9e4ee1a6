"""The subject access log screen (solicitors): log a request for her file by reference, the
due date from the rules shown as it is typed, bad input said in the dialog and nothing saved,
the overdue colour, the request in My week, and her package made from the log (password
twice, file chosen) into a protected PDF with the privileged part apart."""
from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from assist_desktop.gui import messages
from tests.gui.gui_helpers import OTHER_PASSPHRASE, seed_client, unlock_as, wait_idle

PASSWORD = "quiet harbour lantern meadow 58"


@pytest.fixture
def team(team):
    messages.answer_with(lambda kind, title, text: True)
    yield team
    messages.answer_with(None)


def _page(qtbot, shell):
    page = shell.workspace.page("sar")
    assert page is not None
    shell.workspace.show_key("sar")
    qtbot.waitUntil(lambda: not page._busy, timeout=10000)
    return page


def test_log_a_request_see_it_due_and_make_her_package(qtbot, make_shell, team, tmp_path):
    her = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Amina",
                      family_name="<b>Hassan</b> فاطمة", date_of_birth=date(1995, 3, 2))
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    page = _page(qtbot, shell)
    assert page.model.rowCount() == 0

    page.newButton.click()                  # the button, as she would (not page.new())
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.referenceEdit.setText(her.reference.lower())
    received = date.today() - timedelta(days=40)             # already overdue
    dialog.receivedField.set_value(received)
    qtbot.waitUntil(lambda: "Due:" in dialog.dueLabel.text()
                    and "one month" in dialog.dueLabel.text(), timeout=5000)
    dialog.extendedBox.setChecked(True)                       # extended without a reason
    dialog.submit()
    qtbot.waitUntil(lambda: "extension" in dialog.messageLabel.text().lower()
                    or "reason" in dialog.messageLabel.text().lower(), timeout=5000)
    assert dialog.isVisible()
    assert shell.centre.services.sar_log.log() == []          # nothing saved
    dialog.extendedBox.setChecked(False)
    dialog.identityEdit.setText("<script>alert(1)</script> passport seen 👩🏽")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page._busy, timeout=5000)
    row = page.model.row(0)
    assert row.client_reference == her.reference and row.overdue(date.today())
    assert row.request.identity_method.startswith("<script>")
    assert "1 overdue" in page.statusLabel.text()
    assert "request shown" in page.statusLabel.text() or "requests shown" in page.statusLabel.text()
    assert "1 requests" not in page.statusLabel.text()
    # In My week, as overdue.
    week = shell.centre.services.tasks.diary(days=7)
    assert [e.client_reference for e in week if str(e.kind) == "subject_access"] == \
        [her.reference]

    # Her package, from the log.
    cell = page.view.visualRect(page.model.index(0, 3)).center()   # a click on a cell
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert page.packageButton.isEnabled() and page.editButton.isEnabled()
    target = tmp_path / "sar.pdf"
    page._package.chooser = lambda parent, suggested: (
        suggested.endswith(f"subject-access-{her.reference}.pdf") and str(target))
    page.packageButton.click()
    pdialog = page._package.dialog
    qtbot.waitUntil(pdialog.isVisible, timeout=5000)
    assert "leaves the encrypted store" in pdialog.ui.warningLabel.text()
    for edit in (pdialog.ui.passphraseEdit, pdialog.ui.confirmEdit):   # not squashed
        assert edit.height() >= edit.minimumSizeHint().height()
    pdialog.ui.passphraseEdit.setText(PASSWORD)
    pdialog.ui.confirmEdit.setText(PASSWORD)
    qtbot.waitUntil(pdialog._ok.isEnabled, timeout=5000)
    pdialog.submit()
    qtbot.waitUntil(lambda: not pdialog.isVisible(), timeout=30000)
    wait_idle(qtbot, shell)
    assert str(target) in page._package.last_message
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted and reader.decrypt(PASSWORD)
    words = "\n".join(p.extract_text() for p in reader.pages)
    assert "<b>Hassan</b>" in words and "received" in words


def test_support_workers_have_no_subject_access_screen(qtbot, make_shell, team):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    assert shell.workspace.page("sar") is None
    assert getattr(shell.workspace, "sar_action", None) is None


def test_her_package_from_the_file_menu_with_her_file_open(qtbot, make_shell, team, tmp_path):
    from tests.gui.gui_helpers import open_client_tab
    her = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ngozi", family_name="Eze")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    action = shell.workspace.sar_action
    assert action.isVisible() and action in shell.window.ui.menuFile.actions()
    action.trigger()                                   # no file open: said, nothing made
    qtbot.waitUntil(lambda: any("Open her file first" in t for _title, t in messages.shown),
                    timeout=5000)
    open_client_tab(qtbot, shell, her.id)
    target = tmp_path / "menu.pdf"
    shell.workspace.sar_package.chooser = lambda parent, suggested: str(target)
    action.trigger()
    dialog = shell.workspace.sar_package.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert her.reference in dialog.ui.introLabel.text()
    dialog.ui.passphraseEdit.setText(PASSWORD)
    dialog.ui.confirmEdit.setText(PASSWORD)
    qtbot.waitUntil(dialog._ok.isEnabled, timeout=5000)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert PdfReader(io.BytesIO(target.read_bytes())).is_encrypted


def test_her_package_asks_first_when_her_identity_is_not_checked(qtbot, make_shell, team,
                                                                 tmp_path):
    """The log records her request with her identity not yet checked: making the package
    warns and asks; "Not now" makes nothing, confirming makes it (audited)."""
    from datetime import date

    from assist_desktop.domain.subject_access import SarRequest
    from tests.gui.gui_helpers import open_client_tab
    her = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ngozi", family_name="Eze")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    shell.centre.services.sar_log.record(SarRequest(client_id=her.id,
                                                    received_on=date(2026, 1, 31)))
    open_client_tab(qtbot, shell, her.id)
    target = tmp_path / "unchecked.pdf"
    shell.workspace.sar_package.chooser = lambda parent, suggested: str(target)
    asked = []
    answers = [False, True]

    def answer(kind, title, text):
        if "not yet checked" not in text:
            return True
        asked.append(text)
        return answers.pop(0)
    messages.answer_with(answer)
    try:
        for attempt in range(2):
            shell.workspace.sar_action.trigger()
            dialog = shell.workspace.sar_package.dialog
            qtbot.waitUntil(dialog.isVisible, timeout=5000)
            dialog.ui.passphraseEdit.setText(PASSWORD)
            dialog.ui.confirmEdit.setText(PASSWORD)
            qtbot.waitUntil(dialog._ok.isEnabled, timeout=5000)
            dialog.submit()
            if attempt == 0:                             # "Not now": nothing made
                qtbot.waitUntil(lambda: len(asked) == 1, timeout=30000)
                qtbot.waitUntil(lambda: "not yet checked" in dialog.ui.messageLabel.text(),
                                timeout=10000)
                assert not target.exists()
                dialog.reject()
        qtbot.waitUntil(target.exists, timeout=30000)
    finally:
        messages.answer_with(None)
    assert "not yet checked" in asked[0] and len(asked) == 2
    audit = shell.centre.db.read(lambda c: c.execute(
        "SELECT detail FROM audit_log WHERE action = 'export' AND entity = 'client'"
    ).fetchall())
    assert [d for (d,) in audit if "identity:unchecked-confirmed" in d]
