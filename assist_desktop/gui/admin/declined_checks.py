"""Declined conflict checks (administrators): how many were decided longer ago than the centre
keeps them, and purging them for good. Counts only: no names are ever shown here."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.backup_words import english
from assist_desktop.gui.forms.ui_admin_declined_checks import Ui_DeclinedChecksPanel
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.tasks import TaskRunner


class DeclinedChecksPanel(QWidget):
    def __init__(self, conflicts, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DeclinedChecksPanel()
        self.ui.setupUi(self)
        self._conflicts, self._runner = conflicts, runner
        self._busy = False
        self.count: int | None = None
        self.ui.purgeButton.setIcon(theme.icon("close"))
        self.ui.daysSpin.valueChanged.connect(lambda _v: self.recount())
        self.ui.purgeButton.clicked.connect(self.purge)
        self.recount()

    def _days(self) -> int:
        return self.ui.daysSpin.value()

    def recount(self, keep_message: bool = False) -> None:
        self.count = None
        self._update()
        if not keep_message:
            self._status("")
        days, conflicts = self._days(), self._conflicts
        self._runner.run(lambda: (days, conflicts.count_declined(days)), self._counted,
                         self._failed, owner=self)

    def _counted(self, result) -> None:
        days, count = result
        if days != self._days():
            return                       # the spin box moved on; its own count follows
        self.count = count
        self.ui.countLabel.setText(english(self.tr("%n declined check(s) to purge", "", count),
                                           count))
        self._update()

    def _update(self) -> None:
        self.ui.purgeButton.setEnabled(not self._busy and bool(self.count))

    def _status(self, text: str, error: bool = False) -> None:
        theme.say(self.ui.statusLabel, text, error)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update()
        self._status(describe(error), error=True)

    def purge(self) -> None:
        if self._busy or not self.count:
            return
        days = self._days()
        if not confirm(self, self.tr("Purge declined checks"), self.tr(
                "This erases %1 declined conflict check(s) decided more than %2 days ago: the "
                "names, dates of birth and what they matched. It cannot be undone.\n\n"
                "Purge them?").replace("%1", str(self.count)).replace("%2", str(days)),
                self.tr("Purge for good"), destructive=True):
            return
        self._busy = True
        self._update()
        self._status(self.tr("Purging…"))
        conflicts = self._conflicts
        self._runner.run(lambda: conflicts.purge_declined(days), self._purged, self._purge_failed,
                         owner=self)

    def _purged(self, erased: int) -> None:
        self._busy = False
        self._status(english(self.tr("%n declined check(s) purged.", "", erased), erased))
        self.recount(keep_message=True)

    def _purge_failed(self, error: BaseException) -> None:
        # as for a purged file: the erasure may be done with the write-ahead log still holding it
        self._failed(error)
        self.recount(keep_message=True)
