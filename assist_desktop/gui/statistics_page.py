"""Statistics: a funder's report over a period, as charts and tables of aggregates that
identify nobody (services/statistics.py), exported as CSV, Excel or PDF.

Administrators and solicitors see this screen; support workers do not (the figures cover
every file in the centre). Administrators set the smallest number a figure may show.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QWidget

from assist_desktop.gui import statistics_chart, theme
from assist_desktop.gui.forms.ui_statistics import Ui_StatisticsPage
from assist_desktop.gui.messages import confirm, describe
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.statistics_export import cell_text

FORMAT_FILTERS = (("xlsx", "Excel workbooks (*.xlsx)"), ("csv", "CSV files (*.csv)"),
                  ("pdf", "PDF documents (*.pdf)"))


def presets(today: date) -> list[tuple[str, date, date, str]]:
    """(name, from, to, breakdown) for the period picker."""
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last_q_end = quarter_start - timedelta(days=1)
    last_q_start = date(last_q_end.year, 3 * ((last_q_end.month - 1) // 3) + 1, 1)
    month_start = date(today.year, today.month, 1)
    year_ago = date(today.year - 1, today.month, 1)
    return [("Last 12 months", year_ago, month_start - timedelta(days=1), "month"),
            ("This year", date(today.year, 1, 1), today, "month"),
            ("Last year", date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), "quarter"),
            ("Last quarter", last_q_start, last_q_end, "month"),
            ("Last three years", date(today.year - 2, 1, 1), today, "year"),
            ("Custom", today, today, "")]


class StatisticsPage(QWidget):
    def __init__(self, service, runner: TaskRunner, parent=None, *, today: date | None = None,
                 is_administrator: bool = False):
        super().__init__(parent)
        self.ui = ui = Ui_StatisticsPage()
        ui.setupUi(self)
        self._service, self._runner = service, runner
        self._today = today or date.today()
        self.report = None
        self._definitions = []
        self.chart = statistics_chart.make_view(self)
        ui.chartLayout.addWidget(self.chart)
        self._model = QStandardItemModel(self)
        ui.tableView.setModel(self._model)
        ui.splitter.setSizes([260, 900])
        ui.aboutLayout.setStretch(0, 1)
        ui.tableList.setWordWrap(True)
        ui.tableList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.rightSplitter.setSizes([320, 300])
        ui.resultFrame.setVisible(False)
        for name, _f, _t, _b in presets(self._today):
            ui.presetCombo.addItem(self.tr(name))
        for code, name in (("month", "Month"), ("quarter", "Quarter"), ("year", "Year"),
                           ("whole", "The whole period")):
            ui.breakdownCombo.addItem(self.tr(name), code)
        for widget in (ui.thresholdSpin, ui.thresholdButton):
            widget.setVisible(is_administrator)
        ui.thresholdSpinLabel.setVisible(is_administrator)
        ui.presetCombo.currentIndexChanged.connect(self._preset)
        ui.runButton.clicked.connect(self.run)
        ui.exportButton.clicked.connect(self.export)
        ui.thresholdButton.clicked.connect(self.save_threshold)
        ui.tableList.currentRowChanged.connect(self._show_table)
        ui.reportCombo.currentIndexChanged.connect(self._describe)
        ui.exportButton.setEnabled(False)
        self._preset(0)
        self._load()

    # --- loading --------------------------------------------------------------------
    def _load(self) -> None:
        service = self._service
        self._runner.run(lambda: (service.definitions(), service.threshold()), self._loaded,
                         self._failed, owner=self)

    def _loaded(self, result) -> None:
        (definitions, problems), threshold = result
        self._definitions = definitions
        self.ui.reportCombo.clear()
        for d in definitions:
            self.ui.reportCombo.addItem(d.title, d.report_id)
        self.ui.thresholdSpin.setValue(threshold)
        self._threshold = threshold
        self._describe()
        if problems:
            self._say(self.tr("Some report definitions could not be used:") + "\n" +
                      "\n".join(problems), "safety")
        if definitions:
            self.run()        # the first report over the last 12 months, straight away

    def _describe(self, *_args) -> None:
        index = self.ui.reportCombo.currentIndex()
        text = self._definitions[index].description if 0 <= index < len(
            self._definitions) else ""
        hidden = self.tr("Figures that fewer than %1 women stand behind are hidden ([c]), "
                         "with others that would give them away.").replace(
            "%1", str(getattr(self, "_threshold", 5)))
        self.ui.aboutLabel.setText(f"{text} {hidden}".strip())

    def _preset(self, index: int) -> None:
        name, start, end, breakdown = presets(self._today)[index]
        custom = not breakdown
        if not custom:
            self.ui.fromEdit.set_value(start)
            self.ui.toEdit.set_value(end)
            self.ui.breakdownCombo.setCurrentIndex(self.ui.breakdownCombo.findData(breakdown))
        for widget in (self.ui.fromEdit, self.ui.toEdit):
            widget.setEnabled(custom)

    # --- running --------------------------------------------------------------------
    def run(self) -> None:
        report_id = self.ui.reportCombo.currentData()
        start, end = self.ui.fromEdit.value(), self.ui.toEdit.value()
        if report_id is None:
            self._say(self.tr("There is no report to run."), "safety")
            return
        if start is None or end is None:
            self._say(self.tr("Give the first and last day of the period."), "safety")
            return
        breakdown = self.ui.breakdownCombo.currentData()
        service = self._service
        self.ui.runButton.setEnabled(False)
        self._runner.run(lambda: service.run(report_id, start, end, breakdown), self._shown,
                         self._failed, owner=self)

    def _shown(self, report) -> None:
        self.ui.runButton.setEnabled(True)
        self.ui.resultFrame.setVisible(False)
        self.report = report
        self.ui.exportButton.setEnabled(True)
        self.ui.tableList.clear()
        for table in report.tables:
            self.ui.tableList.addItem(table.title)
        self.ui.tableList.setCurrentRow(0)

    def _show_table(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.tables):
            return
        table = self.report.tables[row]
        model = self._model
        model.clear()
        model.setHorizontalHeaderLabels(list(table.column_labels))
        model.setVerticalHeaderLabels(list(table.row_labels))
        for r, cells in enumerate(table.cells):
            for c, value in enumerate(cells):
                item = QStandardItem(cell_text(value, table.unit))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if value is None:
                    item.setToolTip(self.tr("Hidden: too few women, or it would give away a "
                                            "figure that is"))
                total = (table.total_row and r == len(table.cells) - 1) or \
                    (table.total_column and c == len(cells) - 1)
                if total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                model.setItem(r, c, item)
        self.ui.tableView.resizeColumnsToContents()
        self.ui.noteLabel.setText(table.note)
        statistics_chart.show_table(self.chart, table)

    def _failed(self, error: BaseException) -> None:
        self.ui.runButton.setEnabled(True)
        self.ui.exportButton.setEnabled(self.report is not None)
        self._say(describe(error), "safety")

    # --- threshold ------------------------------------------------------------------
    def save_threshold(self) -> None:
        value, service = self.ui.thresholdSpin.value(), self._service
        self._runner.run(lambda: service.set_threshold(value), self._threshold_saved,
                         self._failed, owner=self)

    def _threshold_saved(self, value: int) -> None:
        self._threshold = value
        self._describe()
        self._say(self.tr("Figures under %1 are hidden from now on. Show the figures again "
                          "to apply it.").replace("%1", str(value)), "notice")

    # --- export ---------------------------------------------------------------------
    def export(self) -> None:
        report = self.report
        if report is None:
            return
        if not confirm(self, self.tr("Export the figures"), self.tr(
                "The file holds the figures shown: counts only, small numbers hidden, no names "
                "or references. It still leaves the encrypted store: keep it for the people "
                "it is meant for. The export is recorded in the audit log."),
                self.tr("Choose where…")):
            return
        filters = ";;".join(self.tr(f) for _code, f in FORMAT_FILTERS)
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the figures"),
                                                   "statistics.xlsx", filters)
        if not path:
            return
        fmt = next((code for code, f in FORMAT_FILTERS if path.lower().endswith("." + code)),
                   None) or next((code for code, f in FORMAT_FILTERS
                                  if self.tr(f) == chosen), "csv")
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        service = self._service
        self.ui.exportButton.setEnabled(False)
        self._runner.run(lambda: service.export(report, path, fmt), self._exported,
                         self._failed, owner=self)

    def _exported(self, warning: str) -> None:
        self.ui.exportButton.setEnabled(True)
        self._say(self.tr("Exported. ") + warning, "notice")

    def _say(self, text: str, style: str) -> None:
        self.ui.resultFrame.setVisible(True)
        self.ui.resultLabel.setText(text)
        theme.style_banner(self.ui.resultFrame, style)
