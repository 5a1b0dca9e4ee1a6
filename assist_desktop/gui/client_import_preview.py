"""The import wizard's preview: every problem and every possible duplicate, one line each,
by row and column, and the decision for each row that may be someone already on record or
another row of the file ("Import anyway", unticked: skipped). Rows with a problem cannot be
imported; the person confirms they are skipped (or fixes the file and reads it again)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from assist_desktop.gui import theme
from assist_desktop.gui.qtcompat import emit

ROW, COLUMN, WHAT, DECISION = range(4)
SHOWN_MATCHES = 5        # per row; the rest are counted (a common name matches dozens)


def _item(text: str) -> QTableWidgetItem:
    shown = " ".join(str(text).split())[:400]
    item = QTableWidgetItem(shown)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if len(shown) > 60:
        item.setToolTip(shown)      # a tooltip is plain text unless it looks like markup:
        if "<" in shown:            # say so, so a cell's markup is never rendered
            item.setToolTip("<p>" + shown.replace("&", "&amp;").replace("<", "&lt;")
                            .replace(">", "&gt;") + "</p>")
    return item


class PreviewPanel(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel()
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                              self.tr("Problem or possible duplicate"),
                                              self.tr("Decision")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Problems and possible duplicates"))
        self.table.itemChanged.connect(self._item_changed)
        self.skipProblemsCheck = QCheckBox()
        self.skipProblemsCheck.toggled.connect(lambda _on: emit(self.changed))
        self.importAllButton = QPushButton(self.tr("Import all anyway"))
        self.skipAllButton = QPushButton(self.tr("Skip all possible duplicates"))
        self.dryRunButton = QPushButton(self.tr("Dry run"))
        self.dryRunButton.setToolTip(self.tr("Do the whole import, then undo it: nothing is "
                                             "kept"))
        self.importAllButton.clicked.connect(lambda: self._set_all(True))
        self.skipAllButton.clicked.connect(lambda: self._set_all(False))
        buttons = QHBoxLayout()
        for button in (self.importAllButton, self.skipAllButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.dryRunButton)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.summaryLabel)
        box.addWidget(self.table, 1)
        box.addWidget(self.skipProblemsCheck)
        box.addLayout(buttons)
        box.addWidget(self.messageLabel)
        self._preview = None
        self._boxes: dict[int, QTableWidgetItem] = {}
        self._filling = False
        self.clear("")

    def clear(self, text: str, error: bool = False) -> None:
        self._preview = None
        self._boxes = {}
        self.table.setRowCount(0)
        self.skipProblemsCheck.setVisible(False)
        for button in (self.importAllButton, self.skipAllButton, self.dryRunButton):
            button.setEnabled(False)
        theme.say(self.summaryLabel, text, error)
        self.messageLabel.clear()

    def show_preview(self, preview, header) -> None:
        self._preview, self._filling = preview, True
        lines = []
        for row in preview.rows:
            for issue in row.parsed.issues:
                column = header[issue.column - 1] if 0 < issue.column <= len(header) else ""
                title = f"{issue.column}: {column}" if column else (
                    str(issue.column) if issue.column else self.tr("whole row"))
                kind = self.tr("Problem") if issue.blocking else self.tr("Warning")
                lines.append((row.row, title, f"{kind}: {issue.message}", None))
            matches = sorted(row.matches, key=lambda m: not m.dangerous) \
                if row.needs_decision else []
            for index, match in enumerate(matches[:SHOWN_MATCHES]):
                what = self.tr("Possible duplicate: %1").replace("%1", match.description)
                if match.dangerous:
                    what = self.tr("SAFETY: ") + what
                lines.append((row.row, "", what, row.row if index == 0 else None))
            if len(matches) > SHOWN_MATCHES:
                lines.append((row.row, "", self.tr("…and %1 more possible duplicates (if she "
                                                   "is imported, her file's conflict check "
                                                   "lists them all)")
                              .replace("%1", str(len(matches) - SHOWN_MATCHES)), None))
        self.table.setRowCount(len(lines))
        self._boxes = {}
        for line, (number, column, what, decide) in enumerate(lines):
            self.table.setItem(line, ROW, _item(str(number)))
            self.table.setItem(line, COLUMN, _item(column))
            self.table.setItem(line, WHAT, _item(what))
            if what.startswith(self.tr("SAFETY")):
                self.table.item(line, WHAT).setForeground(theme.overdue_colour())
            if decide is not None:
                box = QTableWidgetItem(self.tr("Import anyway"))
                box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                box.setCheckState(Qt.CheckState.Unchecked)
                self._boxes[decide] = box
                self.table.setItem(line, DECISION, box)
            elif what.startswith(self.tr("Problem")):
                self.table.setItem(line, DECISION, _item(self.tr("Cannot be imported")))
        self.table.resizeColumnToContents(ROW)
        self.table.setColumnWidth(COLUMN, 190)
        self.table.resizeColumnToContents(DECISION)
        blocked = len(preview.blocked)
        self.skipProblemsCheck.setText(self.tr("Skip the %1 row(s) with problems (fix them in "
                                               "the file and read it again to include them)")
                                       .replace("%1", str(blocked)))
        self.skipProblemsCheck.setChecked(False)
        self.skipProblemsCheck.setVisible(bool(blocked))
        for button in (self.importAllButton, self.skipAllButton):
            button.setEnabled(bool(self._boxes))
        self.dryRunButton.setEnabled(True)
        self._filling = False
        self._summarise()

    def _summarise(self) -> None:
        preview = self._preview
        if preview is None:
            return
        ticked = sum(1 for b in self._boxes.values() if b.checkState() == Qt.CheckState.Checked)
        text = self.tr("%1 rows read: %2 ready to import, %3 with problems, %4 possible "
                       "duplicate(s) (%5 ticked to import anyway; the rest are skipped), "
                       "%6 warning(s).") \
            .replace("%1", f"{len(preview.rows):,}") \
            .replace("%2", f"{len(preview.rows) - len(preview.blocked) - len(self._boxes):,}") \
            .replace("%3", f"{len(preview.blocked):,}") \
            .replace("%4", f"{len(self._boxes):,}").replace("%5", f"{ticked:,}") \
            .replace("%6", f"{preview.warnings:,}")
        theme.say(self.summaryLabel, text)

    def _item_changed(self, item) -> None:
        if not self._filling and item.column() == DECISION:
            self._summarise()
            emit(self.changed)

    def _set_all(self, on: bool) -> None:
        self._filling = True
        for box in self._boxes.values():
            box.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._filling = False
        self._summarise()
        emit(self.changed)

    def ready(self) -> bool:
        preview = self._preview
        if preview is None:
            return False
        if preview.blocked and not self.skipProblemsCheck.isChecked():
            return False
        return len(preview.rows) > len(preview.blocked) + sum(
            1 for b in self._boxes.values() if b.checkState() != Qt.CheckState.Checked)

    def decisions(self) -> dict[int, str]:
        decided = {row: ("import" if box.checkState() == Qt.CheckState.Checked else "skip")
                   for row, box in self._boxes.items()}
        if self.skipProblemsCheck.isChecked() and self._preview is not None:
            decided.update({r.row: "skip" for r in self._preview.blocked})
        return decided

    def say(self, text: str, error: bool = False) -> None:
        theme.say(self.messageLabel, text, error)

    def set_busy(self, busy: bool) -> None:
        has = self._preview is not None
        self.dryRunButton.setEnabled(has and not busy)
        for button in (self.importAllButton, self.skipAllButton):
            button.setEnabled(has and bool(self._boxes) and not busy)
