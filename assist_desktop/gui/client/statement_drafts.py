"""Her witness statement drafts (open one or start a new one), the read-only Versions window,
and the Documents tab's button that leads here (solicitors only)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QPushButton, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.client.statement_editor import StatementEditor
from assist_desktop.gui.client.statement_model import version_text
from assist_desktop.gui.formatting import fmt_timestamp
from assist_desktop.gui.forms.ui_statement_drafts import Ui_StatementDraftsDialog
from assist_desktop.gui.forms.ui_statement_versions import Ui_StatementVersionsDialog
from assist_desktop.gui.messages import describe
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner


class StatementVersionsDialog(QDialog):
    """Every saved version, oldest first; read only."""

    def __init__(self, statements, draft, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StatementVersionsDialog()
        self.ui.setupUi(self)
        self.versions: list = []
        self.ui.splitter.setSizes([320, 580])
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.versionList.currentRowChanged.connect(self._show)
        draft_id = draft.id
        runner.run(lambda: statements.versions(draft_id), self._loaded,
                   lambda e: self.ui.textView.setPlainText(describe(e)), owner=self)

    def _loaded(self, versions) -> None:
        self.versions = list(versions)
        last = len(self.versions) - 1
        for index, version in enumerate(self.versions):
            text = self.tr("Version %1 · saved %2").replace("%1", str(version.version)) \
                .replace("%2", fmt_timestamp(version.saved_at))
            if index == last:
                text += self.tr(" (current)")
            QListWidgetItem(text, self.ui.versionList)
        self.ui.versionList.setCurrentRow(last)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.ui.textView.setPlainText(version_text(self.versions[row].content, self.tr))


class StatementDraftsDialog(QDialog):
    generated = Signal(object)   # a document made from one of the drafts

    def __init__(self, statements, documents, notes, matters, client_id: int,
                 runner: TaskRunner, parent: QWidget | None = None, matter_id=None):
        super().__init__(parent)
        self.ui = Ui_StatementDraftsDialog()
        self.ui.setupUi(self)
        self._services = (statements, documents, notes, matters)
        self._client_id, self._runner, self._matter_id = client_id, runner, matter_id
        self.drafts: list = []
        self.editor: StatementEditor | None = None
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.open_editor(None))
        ui.openButton.clicked.connect(self._open_chosen)
        ui.draftList.itemActivated.connect(lambda _item: self._open_chosen())
        ui.draftList.currentRowChanged.connect(
            lambda row: ui.openButton.setEnabled(row >= 0))
        ui.closeButton.clicked.connect(self.reject)
        ui.openButton.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        cid, statements = self._client_id, self._services[0]
        self._runner.run(lambda: statements.list(cid), self._loaded,
                         lambda e: theme.say(self.ui.messageLabel, describe(e), True),
                         owner=self)

    def _loaded(self, drafts) -> None:
        self.drafts = list(drafts)
        view = self.ui.draftList
        view.clear()
        for draft in self.drafts:
            QListWidgetItem(self.tr("%1 · version %2 · saved %3")
                            .replace("%1", draft.title or self.tr("(untitled statement)"))
                            .replace("%2", str(draft.version))
                            .replace("%3", fmt_timestamp(draft.updated_at)), view)
        if self.drafts:
            view.setCurrentRow(0)
        theme.say(self.ui.messageLabel, "" if self.drafts else
                  self.tr("No drafts yet: start a new witness statement."))

    def _open_chosen(self) -> None:
        row = self.ui.draftList.currentRow()
        if 0 <= row < len(self.drafts):
            self.open_editor(self.drafts[row])

    def open_editor(self, draft) -> StatementEditor:
        statements, documents, notes, matters = self._services
        editor = StatementEditor(statements, documents, notes, matters, self._client_id,
                                 self._runner, draft, self.parentWidget())
        if draft is None and self._matter_id is not None:
            editor.ui.matterCombo.addItem("", self._matter_id)   # named once matters load
            editor.ui.matterCombo.setCurrentIndex(editor.ui.matterCombo.count() - 1)
            editor._baseline = editor._state()
        editor.saved.connect(lambda _d: self.reload())
        editor.generated.connect(lambda d: emit(self.generated, d))
        self.editor = editor
        editor.resize(min(1300, max(editor.width(), 1100)), 700)
        editor.show()             # not modal: her file and the made PDF stay in reach
        editor.raise_()
        editor.activateWindow()
        self.accept()
        return editor


def add_statement_button(tab, statements, documents, notes, matters, client_id: int,
                         runner: TaskRunner, on_generated) -> QPushButton:
    """The Documents tab's "Witness statements…" button, next to its Generate button."""
    button = QPushButton(tab.tr("&Witness statements…"), tab)
    button.setAccessibleName(tab.tr("Write or open a witness statement draft"))
    layout = tab.ui.generateLayout
    layout.insertWidget(layout.indexOf(tab.ui.bundleButton) + 1, button)

    def open_drafts():
        dialog = StatementDraftsDialog(statements, documents, notes, matters, client_id,
                                       runner, tab, tab.ui.matterCombo.currentData())
        dialog.generated.connect(on_generated)
        tab.statement_drafts = dialog
        dialog.open()
    button.clicked.connect(open_drafts)
    tab.statementsButton = button
    return button


def statement_savers(tab) -> list:
    """Savers for the statement editors open over the Documents tab (see lock_saver)."""
    savers = [editor.lock_saver() for editor in tab.findChildren(StatementEditor)
              if editor.isVisible()]
    return [saver for saver in savers if saver is not None]
