"""Administration > Deleted files: four lists on one page (client files, documents, declined
conflict checks, notes and attachments), each in its titled group, one below the other.

A plain vertical layout inside a scroll area that fits the page to its width: the layout
honours each word-wrapped description's height for that width (a splitter did not, and
clipped them), and each list keeps room for a few rows; on a small screen the page scrolls
rather than squeezing the lists or the text. A list asks for the height of the rows it
holds (at least LIST_ROWS), so an empty one takes little room and a long one more.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QTableView, QVBoxLayout, QWidget

from assist_desktop.gui.tasks import TaskRunner

LIST_ROWS = 4          # each list shows at least this many rows before the page scrolls


def list_height(view: QTableView, rows: int = LIST_ROWS) -> int:
    """The height a table needs to show its header and `rows` rows."""
    header = view.horizontalHeader()
    header = 0 if header.isHidden() else header.sizeHint().height()
    return header + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()


class DeletedFilesPage(QScrollArea):
    def __init__(self, services, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deletedScroll")
        self.setWidgetResizable(True)             # as wide as the page; as tall as it needs
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        content.setObjectName("deletedContent")
        layout = QVBoxLayout(content)
        from assist_desktop.gui.admin.declined_checks import DeclinedChecksPanel
        from assist_desktop.gui.admin.deleted import DeletedPanel
        from assist_desktop.gui.admin.deleted_documents import DeletedDocumentsPanel
        self.deleted = DeletedPanel(services.clients, runner)
        self.deleted_documents = DeletedDocumentsPanel(services.deleted_documents, runner)
        self.declined_checks = DeclinedChecksPanel(services.conflicts, runner)
        sections = [(self.tr("Deleted client files"), self.deleted, self.deleted.ui.deletedView),
                    (self.tr("Deleted documents"), self.deleted_documents,
                     self.deleted_documents.ui.deletedView),
                    (self.tr("Declined conflict checks"), self.declined_checks, None)]
        self.deleted_records = None
        if getattr(services, "retention", None) is not None:
            from assist_desktop.gui.admin.deleted_records import DeletedRecordsPanel
            self.deleted_records = DeletedRecordsPanel(services.retention, services.notes,
                                                       services.attachments, runner)
            sections.append((self.tr("Deleted notes and attachments (in files still open)"),
                             self.deleted_records, self.deleted_records.view))
        for title, panel, view in sections:
            box = QGroupBox(title, content)
            box.setObjectName(f"{panel.objectName() or type(panel).__name__}Group")
            inner = QVBoxLayout(box)
            panel.setParent(box)
            panel.layout().setContentsMargins(0, 0, 0, 0)
            inner.addWidget(panel)
            if view is not None:      # a few rows at least; as many as it holds (up to
                view.setMinimumHeight(list_height(view))           # a screenful) if room
                view.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
            # spare height goes to the lists, never to the purge row of declined checks
            layout.addWidget(box, 1 if view is not None else 0)
        self.setWidget(content)
