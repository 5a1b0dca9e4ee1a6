"""Make a bundle (solicitors): choose generated documents and attached PDFs from her file, put
them in titled sections in order (starting from the tribunal's usual sections), give each the
title and its own date the index shows, and have services.documents.bundle build one
paginated, indexed PDF, stored as a draft like any other document.

A part the service withholds (privileged, internal to the centre, or an unapproved draft) is
named in a question; only if the solicitor confirms is the bundle made with it (the service
audits that confirmation)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QTreeWidgetItem, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.dialogs import ServiceDialog
from assist_desktop.gui.forms.ui_bundle_dialog import Ui_BundleDialog
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.platform.clock import stamp_date
from assist_desktop.services.document_bundle import file_title
from assist_desktop.services.documents import BundlePart, WithheldParts

_PART = Qt.ItemDataRole.UserRole
_DATE = Qt.ItemDataRole.UserRole + 1     # column 1: the part's date, or None (undated)
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
        self._confirmed: set[tuple[str, int]] = set()
        for document in generated:
            self._available(document.title, BundlePart(document.id, DOCUMENT,
                                                       date=stamp_date(document.created_at)),
                            "document")
        self.attachments_loaded = attachments is None
        if attachments is not None:
            runner.run(lambda: attachments.list(client_id), self._attachments,
                       self._attachments_failed, owner=self)
        self.sections_loaded = False
        runner.run(lambda: documents.bundle_sections(client_id), self._default_sections,
                   lambda _error: self._default_sections([]), owner=self)
        ui.bundleTree.header().setStretchLastSection(False)
        ui.bundleTree.header().setSectionResizeMode(0, ui.bundleTree.header().ResizeMode.Stretch)
        ui.bundleTree.header().setSectionResizeMode(
            1, ui.bundleTree.header().ResizeMode.ResizeToContents)
        ui.partDateEdit.set_value(date.today())
        ui.bundleTree.currentItemChanged.connect(lambda *_: self._show_part())
        ui.bundleTree.itemChanged.connect(lambda *_: self._refresh_sections())
        ui.partTitleEdit.textEdited.connect(self._set_title)
        ui.partDateEdit.dateChanged.connect(lambda *_: self._set_date())
        ui.partUndatedCheck.toggled.connect(lambda *_: self._set_date())
        ui.partSectionCombo.activated.connect(self._move_to_section)
        self._show_part()
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
            if is_pdf(attachment):   # listed by file name; indexed by a title (no ".pdf")
                self._available(attachment.name, BundlePart(
                    attachment.id, ATTACHMENT, title=file_title(attachment.name),
                    undated=True), "attachment")
        self.attachments_loaded = True

    def _default_sections(self, titles) -> None:
        """The jurisdiction's usual sections (wording), else two plain ones."""
        tree = self.ui.bundleTree
        if tree.topLevelItemCount() == 0:
            for title in titles or (self.tr("Statements and submissions"),
                                    self.tr("Evidence")):
                self.add_section(title)
            tree.setCurrentItem(tree.topLevelItem(0))
            if self.isVisible():
                self.mark_clean()       # filled in by the program, not typed: nothing to lose
        self.sections_loaded = True

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
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setExpanded(True)
        self.ui.bundleTree.setCurrentItem(item)
        self._refresh_sections()
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
            part: BundlePart = item.data(_PART)
            child = QTreeWidgetItem(section, [part.title or item.text(), ""])
            child.setData(0, _PART, BundlePart(part.id, part.source))
            child.setIcon(0, item.icon())
            self._store_date(child, None if part.undated else part.date)
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

    # --- the chosen part's title, date and section ------------------------------------
    def _part_item(self) -> QTreeWidgetItem | None:
        current = self.ui.bundleTree.currentItem()
        return current if current is not None and current.parent() is not None else None

    def _store_date(self, item: QTreeWidgetItem, when: date | None) -> None:
        item.setData(1, _DATE, when)
        item.setText(1, f"{when.day} {when:%B %Y}" if when else self.tr("Undated"))

    def _show_part(self) -> None:
        ui, item = self.ui, self._part_item()
        ui.partBox.setEnabled(item is not None)
        for widget in (ui.partTitleEdit, ui.partDateEdit, ui.partUndatedCheck,
                       ui.partSectionCombo):
            widget.blockSignals(True)
        if item is None:
            ui.partTitleEdit.clear()
        else:
            ui.partTitleEdit.setText(item.text(0))
            when = item.data(1, _DATE)
            ui.partUndatedCheck.setChecked(when is None)
            ui.partDateEdit.setEnabled(when is not None)
            if when is not None:
                ui.partDateEdit.set_value(when)
            ui.partSectionCombo.setCurrentIndex(
                ui.bundleTree.indexOfTopLevelItem(item.parent()))
        for widget in (ui.partTitleEdit, ui.partDateEdit, ui.partUndatedCheck,
                       ui.partSectionCombo):
            widget.blockSignals(False)

    def _set_title(self, text: str) -> None:
        item = self._part_item()
        if item is not None:
            item.setText(0, text)

    def _set_date(self) -> None:
        item, ui = self._part_item(), self.ui
        if item is None:
            return
        undated = ui.partUndatedCheck.isChecked()
        ui.partDateEdit.setEnabled(not undated)
        chosen = ui.partDateEdit.value()
        self._store_date(item, None if undated else chosen)

    def _refresh_sections(self) -> None:
        combo, tree = self.ui.partSectionCombo, self.ui.bundleTree
        combo.blockSignals(True)
        combo.clear()
        for index in range(tree.topLevelItemCount()):
            combo.addItem(tree.topLevelItem(index).text(0))
        combo.blockSignals(False)
        self._show_part()

    def _move_to_section(self, index: int) -> None:
        item, tree = self._part_item(), self.ui.bundleTree
        target = tree.topLevelItem(index)
        if item is None or target is None or item.parent() is target:
            return
        item.parent().removeChild(item)
        target.addChild(item)
        target.setExpanded(True)
        tree.setCurrentItem(item)

    def sections(self) -> list[tuple[str, list[BundlePart]]]:
        """The sections that hold something, in order (an empty one is left out), each part
        with the title and date the index is to show."""
        tree, out = self.ui.bundleTree, []
        for index in range(tree.topLevelItemCount()):
            section = tree.topLevelItem(index)
            parts = []
            for i in range(section.childCount()):
                child = section.child(i)
                part, when = child.data(0, _PART), child.data(1, _DATE)
                parts.append(BundlePart(part.id, part.source, title=child.text(0).strip(),
                                        date=when, undated=when is None))
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
        if any(not part.title for _title, parts in sections for part in parts):
            self.show_message(self.tr("Every document needs a title in the index."))
            return None
        documents, client_id, matter_id = self._documents, self._client_id, self._matter_id
        title, tribunal = self.ui.titleEdit.text().strip(), self.ui.tribunalEdit.text().strip()
        confirmed = frozenset(self._confirmed)
        self.show_message(self.tr("Making the bundle…"), error=False)
        return lambda: documents.bundle(client_id, sections, title=title, matter_id=matter_id,
                                        tribunal=tribunal, include_withheld=confirmed)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        if not isinstance(error, WithheldParts):
            return
        listed = "\n".join(f"• {part.describe()}" for part in error.parts)
        if confirm(self, self.tr("Not for the other side?"), self.tr(
                "A bundle goes to the tribunal and to the other side. These are not normally "
                "given to them:\n\n{parts}\n\nInclude them anyway? Your decision is "
                "recorded in the audit log.").format(parts=listed),
                self.tr("&Include them"), self.tr("&Go back"), destructive=True):
            self._confirmed |= {part.key for part in error.parts}
            self.submit()
