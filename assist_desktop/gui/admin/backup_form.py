"""The Backups panel's fields: why "Make a backup now" is off, said beside it; the passphrase
meter's words, without "Strong." while the two passphrases differ; the rotation spin boxes'
units ("1 day", "7 days") and their narrow fixed width."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assist_desktop.gui import backup_words as words
from assist_desktop.gui import theme

FOLDER, MISMATCH, PASSPHRASE = "folder", "mismatch", "passphrase"


def fit_page(ui) -> None:
    """The page fits a small laptop screen: its content scrolls (the message below it stays in
    sight); the list has at least its header and two rows, and all the height the page can
    spare; the spin boxes are as wide as their widest text (the largest number with the plural
    unit), not the page."""
    rows = ui.backupsView.verticalHeader().defaultSectionSize()
    ui.backupsView.setMinimumHeight(rows * 3 + 2 * ui.backupsView.frameWidth())
    left, top, right, bottom = ui.layout.getContentsMargins()
    ui.outerLayout.setContentsMargins(left, 0, right, bottom)
    ui.layout.setContentsMargins(0, top, 0, 0)
    for spin, counted in ((ui.dailySpin, words.days), (ui.weeklySpin, words.weeks)):
        spin.setSuffix(words.unit(counted(spin.maximum()), spin.maximum()))
        spin.setFixedWidth(spin.sizeHint().width())
    show_units(ui)


def show_units(ui) -> None:
    for spin, counted in ((ui.dailySpin, words.days), (ui.weeklySpin, words.weeks)):
        spin.setSuffix(words.unit(counted(spin.value()), spin.value()))


def create_reason(ui, meter, busy: bool, unsaved: bool) -> tuple[str, str]:
    """(what to say beside "Make a backup now", the problem that keeps it off or "")."""
    passphrase, confirm = ui.passphraseEdit.text(), ui.confirmEdit.text()
    if busy:
        return "", ""
    if not ui.folderEdit.text().strip():
        return QCoreApplication.translate("BackupPanel", "Choose a folder first."), FOLDER
    if meter.mismatched:
        return meter.mismatch_text(), MISMATCH
    if not passphrase or confirm != passphrase:
        return QCoreApplication.translate(
            "BackupPanel", "Type the backup passphrase, then type it again under Confirm."), \
            PASSPHRASE
    if unsaved:
        return QCoreApplication.translate(
            "BackupPanel", "Your changed settings for old backups are saved first."), ""
    return "", ""


class CreateFields:
    """Keeps the reason beside the button up to date; the meter says when the two passphrases
    differ in place of its advice (no "Strong." while they do)."""

    def __init__(self, ui, meter):
        self._ui, self._meter = ui, meter
        meter.show_mismatch = True

    def update(self, busy: bool, unsaved: bool) -> bool:
        """Show why a backup cannot be made (if so); True when it can."""
        reason, problem = create_reason(self._ui, self._meter, busy, unsaved)
        theme.say(self._ui.createReason, reason, problem == MISMATCH)
        return not busy and not problem and self._meter.acceptable
