"""Printing PDFs straight from memory: the documents tab, the attachments preview and the
recovery sheet. The printer here prints to a PDF file in tmp_path (the test's file, standing in
for paper); the application writes nothing itself."""
from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard

from assist_desktop.gui import printing
from tests.gui.gui_helpers import (OTHER_PASSPHRASE, PASSPHRASE, open_client_tab, seed_client,
                                   unlock_as, wait_idle)

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def paper(tmp_path):
    """The printer the application gets instead of the print dialog; paper.pages() counts what
    came out."""
    out = tmp_path / "printed.pdf"

    def printer():
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    class Paper:
        path = out

        @staticmethod
        def pages() -> int:
            return len(PdfReader(io.BytesIO(out.read_bytes())).pages)
    printing.choose_printer_with(printer)
    yield Paper
    printing.choose_printer_with(None)


def files_in(folder, shell=None):
    """What printing must not add to: the data folder's files, but for the key file's own
    atomic save in flight (the audit anchor's, on its thread: `.keyslots.json.*.tmp`)."""
    if shell is not None and shell.centre is not None:
        shell.centre.anchor.flush()
    return sorted(p.relative_to(folder) for p in folder.rglob("*")
                  if not re.fullmatch(r"\.keyslots\.json\.[^.]+\.tmp", p.name))


def test_a_document_prints_every_page_and_writes_nothing(qtbot, make_shell, team, paper,
                                                          data_dir):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Rosa", family_name="Lima",
                         date_of_birth=date(1990, 5, 1))
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    tab = open_client_tab(qtbot, shell, client.id).tab("documents")
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("case_summary"))
    tab.generate()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60000)
    qtbot.waitUntil(lambda: tab.page_count() > 0, timeout=30000)
    wait_idle(qtbot, shell)
    button = tab._pdf.print_button
    assert button.isEnabled() and not button.isHidden()
    before = files_in(data_dir, shell)
    button.click()                                  # consent checked, audited, then printed
    qtbot.waitUntil(lambda: "Sent to the printer" in tab.ui.messageLabel.text(), timeout=20000)
    assert paper.pages() == tab.page_count()
    assert files_in(data_dir, shell) == before
    audit = shell.centre.db.read(lambda c: c.execute(
        "SELECT entity_id, detail FROM audit_log WHERE action = 'print'").fetchall())
    assert audit == [(str(tab.model.row(0).id), f"client:{client.id}")]


def test_a_support_letter_prints_only_with_her_consent_or_a_solicitors_reason(
        qtbot, make_shell, team, paper):
    """Printing a support letter sends it out on paper: without her consent to sharing the
    tab says so before the print dialog; a solicitor's reason lets it go (kept, audited by
    id); a withdrawal of her consent then lists it."""
    from assist_desktop.documents import DocumentKind
    from assist_desktop.domain.consents import ConsentDecision, ConsentEntry, ConsentKind
    from assist_desktop.gui import messages
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Rosa", family_name="Lima")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    services = shell.centre.services
    letter = services.documents.generate(DocumentKind.SUPPORT_LETTER, client.id,
                                         paragraphs=("She needs a safe place.",))
    file_ = open_client_tab(qtbot, shell, client.id)
    tab = file_.tab("documents")
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    tab.ui.documentsView.selectRow(0)
    qtbot.waitUntil(lambda: tab.page_count() > 0, timeout=30000)
    reason = "Her GP needs it today <b>urgently</b> & she agreed in person"
    answers = {"override": ""}
    messages.answer_with(lambda kind, title, text: answers.get(kind, True))
    try:
        tab.print_document()
        qtbot.waitUntil(lambda: "no consent in force" in tab.ui.messageLabel.text(),
                        timeout=10000)
        assert "printing this letter" in tab.ui.messageLabel.text()
        assert not paper.path.exists()
        answers["override"] = reason
        tab.print_document()
        qtbot.waitUntil(lambda: "Sent to the printer" in tab.ui.messageLabel.text(),
                        timeout=20000)
    finally:
        messages.answer_with(None)
    assert paper.pages() == tab.page_count()
    db = shell.centre.db
    assert db.read(lambda c: c.execute(
        "SELECT record_kind, record_id, kind, reason FROM consent_overrides").fetchall()) == \
        [("export", letter.id, "information_sharing", reason)]
    detail = db.read(lambda c: c.execute(
        "SELECT detail FROM audit_log WHERE action = 'print'").fetchall())
    assert len(detail) == 1 and "consent:override:" in detail[0][0]
    assert reason not in repr(db.read(lambda c: c.execute(
        "SELECT detail FROM audit_log").fetchall()))
    sent = services.documents.letters_sent(client.id)
    assert [(s.document_id, s.printed, s.on_override) for s in sent] == [(letter.id, True, True)]
    # her consent recorded, then withdrawn: the overview lists the letter printed
    services.clients.consents.create(ConsentEntry(
        client_id=client.id, kind=ConsentKind.INFORMATION_SHARING,
        decision=ConsentDecision.GIVEN, decided_on=date(2026, 1, 5)))
    services.documents.save_as(letter.id, paper.path.with_name("letter.pdf"))
    withdrawal = services.clients.consents.create(ConsentEntry(
        client_id=client.id, kind=ConsentKind.INFORMATION_SHARING,
        decision=ConsentDecision.WITHDRAWN, decided_on=date(2026, 2, 1)))
    overview = file_.tab("overview")
    overview._show_withdrawal(withdrawal)
    qtbot.waitUntil(lambda: "letter" in overview.last_withdrawal_message, timeout=10000)
    text = overview.last_withdrawal_message
    assert "printed" in text and "saved as a file" in text
    assert "solicitor's override" in text


def test_an_attached_pdf_prints_from_the_preview(qtbot, make_shell, team, paper, tmp_path):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Rosa", family_name="Lima")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    from assist_desktop.services.documents import recovery_sheet_pdf
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(recovery_sheet_pdf(shell.centre.centre, "AAAA-BBBB"))
    tab = open_client_tab(qtbot, shell, client.id).tab("attachments")
    tab.add_paths([letter])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    tab.ui.filesView.selectRow(0)
    tab.open_selected()
    qtbot.waitUntil(lambda: tab.preview_kind() == "pdfPreview", timeout=10000)
    assert tab._pdf.print_shown() == 1
    assert paper.pages() == 1


def test_printing_nothing_is_refused_plainly(qtbot, paper):
    with pytest.raises(printing.PrintError):
        printing.print_pdf(b"not a pdf", paper_printer(paper))


def paper_printer(paper):
    p = QPrinter()
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    p.setOutputFileName(str(paper.path))
    return p


def test_first_run_prints_the_recovery_sheet(qtbot, make_shell, data_dir, paper):
    shell = make_shell()
    wizard, ui = shell.dialog, shell.dialog.ui
    wizard.next()
    ui.centreNameEdit.setText("Riverside Law Centre")
    wizard.next()
    ui.fullNameEdit.setText("Morag Campbell")
    ui.passphraseEdit.setText(PASSPHRASE)
    ui.confirmEdit.setText(PASSPHRASE)
    wizard.meter.refresh()
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.CommitButton).isEnabled())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.recoveryPage, timeout=10000)
    before = files_in(data_dir, shell)
    qtbot.mouseClick(ui.printSheetButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.printSheetButton.text() == "Recovery sheet printed",
                    timeout=10000)
    assert paper.pages() == 1
    assert files_in(data_dir, shell) == before               # no sheet saved beside the database


def test_administrator_replaces_the_recovery_code_and_prints_the_sheet(
        qtbot, make_shell, centre_and_code, vault, paper, data_dir):
    from assist_desktop.domain.errors import WrongKeyError
    from assist_desktop.gui import messages
    from tests.gui.gui_helpers import OTHER_PASSPHRASE
    centre, old_code = centre_and_code
    centre.lock()
    shell = make_shell(vault=vault)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    shell.window.ui.actionAdministration.trigger()
    policy = shell.workspace.page("admin").policy
    wait_idle(qtbot, shell)
    dialog = policy.replace_recovery_code()
    assert not dialog.ui.printButton.isVisibleTo(dialog)        # nothing to print yet
    messages.answer_with(lambda kind, title, text: True)
    try:
        qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    finally:
        messages.answer_with(None)
    qtbot.waitUntil(lambda: bool(dialog.code), timeout=10000)
    new_code = dialog.code
    assert new_code != old_code and dialog.ui.codeLabel.text() == new_code
    before = files_in(data_dir, shell)
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printer" in dialog.ui.messageLabel.text(), timeout=10000)
    assert paper.pages() == 1
    assert files_in(data_dir, shell) == before
    dialog.reject()                                  # not before she says it is kept safe
    assert dialog.isVisible() and "tick the box" in dialog.ui.messageLabel.text()
    dialog.ui.writtenCheck.setChecked(True)
    dialog.reject()
    assert not dialog.isVisible() and dialog.ui.codeLabel.text() == ""
    shell.lock()
    wait_idle(qtbot, shell)
    with pytest.raises(WrongKeyError):
        vault.recover(old_code, "admin", OTHER_PASSPHRASE)
    vault.recover(new_code, "admin", OTHER_PASSPHRASE).lock()


def test_no_printer_set_up_is_said_plainly(qtbot, monkeypatch):
    """Without a test printer and with no printer installed, the dialog is not shown empty."""
    from PySide6.QtPrintSupport import QPrinterInfo
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    document, buffer = printing.load_pdf(_one_page())
    with pytest.raises(printing.PrintError, match="No printer is set up"):
        printing.ask_and_print(None, document, "Recovery sheet")
    buffer.close()


def _one_page() -> bytes:
    from assist_desktop.services.documents import recovery_sheet_pdf
    from types import SimpleNamespace
    centre = SimpleNamespace(name="Riverside", created_at="2026-01-01T00:00:00Z",
                             database_id="0" * 32)
    return recovery_sheet_pdf(centre, "AAAA-BBBB")
