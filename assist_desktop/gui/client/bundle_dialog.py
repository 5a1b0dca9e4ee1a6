"""Make a bundle (solicitors): choose generated documents and attached PDFs from her file, put
them in titled sections in order, and have services.documents.bundle build one paginated,
indexed PDF, stored as a draft like any other document."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QTreeWidgetItem, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.dialogs import ServiceDialog
from assist_desktop.gui.forms.ui_bundle_dialog import Ui_BundleDialog
from assist_desktop.gui.messages import describe
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.documents import BundlePart

_PART = Qt.ItemDataRole.UserRole
DOCUMENT, ATTACHMENT = "document", "attachment"


def is_pdf(attachment) -> bool:
    return attachment.mime_type == "application/pdf" or attachment.name.lower().endswith(".pdf")


class BundleDialog(ServiceDialog):
    def __init__(self, documents, attachments, client_id: int, matter_id: int | None,
                 generated, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(runner, parent)
        self.ui = Ui_BundleDialog()
        self.ui.setupUi(self)
        self._documents, self._client_id, self._matter_id = documents, client_id, matter_id
        ui = self.ui
        self.bind_buttons(ui.buttonBox, ui.messageLabel)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Make the bundle"))
        for document in generated:
            self._available(document.title, BundlePart(document.id, DOCUMENT), "document")
        self.attachments_loaded = attachments is None
        if attachments is not None:
            runner.run(lambda: attachments.list(client_id), self._attachments,
                       self._attachments_failed, owner=self)
        for title in (self.tr("Statements and submissions"), self.tr("Evidence")):
            self.add_section(title)
        ui.bundleTree.setCurrentItem(ui.bundleTree.topLevelItem(0))
        ui.addButton.clicked.connect(self.add_chosen)
        ui.removeButton.clicked.connect(self.remove_current)
        ui.upButton.clicked.connect(lambda: self.move_current(-1))
        ui.downButton.clicked.connect(lambda: self.move_current(1))
        ui.sectionButton.clicked.connect(lambda: self.add_section(self.tr("New section"), True))

    # --- what can go in ---------------------------------------------------------------
    def _available(self, text: str, part: BundlePart, icon: str) -> None:
        item = QListWidgetItem(theme.icon(icon), text, self.ui.availableList)
        item.setData(_PART, part)

    def _attachments(self, attachments) -> None:
        for attachment in attachments:
            if is_pdf(attachment):
                self._available(attachment.name, BundlePart(attachment.id, ATTACHMENT),
                                "attachment")
        self.attachments_loaded = True

    def _attachments_failed(self, error: BaseException) -> None:
        self.attachments_loaded = True
        self.show_message(describe(error))

    def available(self) -> list[QListWidgetItem]:
        view = self.ui.availableList
        return [view.item(row) for row in range(view.count())]

    # --- sections ---------------------------------------------------------------------
    def add_section(self, title: str, edit: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.ui.bundleTree, [title])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setExpanded(True)
        self.ui.bundleTree.setCurrentItem(item)
        if edit:
            self.ui.bundleTree.editItem(item, 0)
        return item

    def _section(self) -> QTreeWidgetItem | None:
        current = self.ui.bundleTree.currentItem()
        if current is None:
            return None
        return current if current.parent() is None else current.parent()

    def add_chosen(self) -> None:
        """Add the documents chosen on the left to the current section, in list order."""
        section = self._section()
        if section is None:
            section = self.add_section(self.tr("Documents"))
        chosen = [item for item in self.available() if item.isSelected()]
        for item in chosen:
            child = QTreeWidgetItem(section, [item.text()])
            child.setData(0, _PART, item.data(_PART))
            child.setIcon(0, item.icon())
        section.setExpanded(True)

    def remove_current(self) -> None:
        current = self.ui.bundleTree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            self.ui.bundleTree.takeTopLevelItem(
                self.ui.bundleTree.indexOfTopLevelItem(current))
        else:
            parent.removeChild(current)

    def move_current(self, step: int) -> None:
        tree, current = self.ui.bundleTree, self.ui.bundleTree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            index = tree.indexOfTopLevelItem(current)
            if 0 <= index + step < tree.topLevelItemCount():
                item = tree.takeTopLevelItem(index)
                tree.insertTopLevelItem(index + step, item)
                item.setExpanded(True)
                tree.setCurrentItem(item)
        else:
            index = parent.indexOfChild(current)
            if 0 <= index + step < parent.childCount():
                item = parent.takeChild(index)
                parent.insertChild(index + step, item)
                tree.setCurrentItem(item)

    def sections(self) -> list[tuple[str, list[BundlePart]]]:
        """The sections that hold something, in order (an empty one is left out)."""
        tree, out = self.ui.bundleTree, []
        for index in range(tree.topLevelItemCount()):
            section = tree.topLevelItem(index)
            parts = [section.child(i).data(0, _PART) for i in range(section.childCount())]
            if parts:
                out.append((section.text(0).strip(), parts))
        return out

    # --- making it --------------------------------------------------------------------
    def work(self):
        sections = self.sections()
        if not sections:
            self.show_message(self.tr("Add at least one document to a section."))
            return None
        if any(not title for title, _parts in sections):
            self.show_message(self.tr("Every section needs a title."))
            return None
        documents, client_id, matter_id = self._documents, self._client_id, self._matter_id
        title, tribunal = self.ui.titleEdit.text().strip(), self.ui.tribunalEdit.text().strip()
        self.show_message(self.tr("Making the bundle…"), error=False)
        return lambda: documents.bundle(client_id, sections, title=title, matter_id=matter_id,
                                        tribunal=tribunal)
