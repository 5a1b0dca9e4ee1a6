"""The Statistics screen: who sees it, the report and period pickers, the chart and the
table of each part, hidden figures, the threshold, and the export after the warning."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from assist_desktop.demo.data import DemoPlan, create_demo_centre
from assist_desktop.gui import messages
from assist_desktop.gui.statistics_page import StatisticsPage, presets
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.statistics import StatisticsService
from assist_desktop.services.vault import Vault

PASSPHRASE = "violet lantern orchard thimble 7"
TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    data_dir = tmp_path_factory.mktemp("statsgui") / "centre"
    create_demo_centre(data_dir, PASSPHRASE, DemoPlan(clients=40, notes_per_client=1, seed=2,
                                                      today=TODAY),
                       kdf_policy=KdfPolicy(TEST_PARAMETERS))
    return data_dir


@pytest.fixture
def signed_in(demo_dir, fast_kdf):
    opened = []

    def sign_in(username):
        centre = Vault(demo_dir, kdf_policy=fast_kdf).unlock(username, PASSPHRASE)
        opened.append(centre)
        return centre
    yield sign_in
    for centre in opened:
        centre.lock()


def _page(qtbot, centre, admin=False):
    runner = TaskRunner()
    service = StatisticsService(centre.db, centre.session, centre.audit_log)
    page = StatisticsPage(service, runner, today=TODAY, is_administrator=admin)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    return page, runner


def test_opens_on_the_first_report_over_the_last_twelve_months(qtbot, signed_in):
    page, runner = _page(qtbot, signed_in("solicitor"))
    assert page.ui.reportCombo.count() >= 2
    assert page.ui.fromEdit.value() == date(2025, 3, 1)
    assert page.ui.toEdit.value() == date(2026, 2, 28)
    assert page.report.tables[0].column_labels[0] == "Mar 2025"
    assert page.ui.tableList.count() == len(page.report.tables)
    assert not page.ui.thresholdSpin.isVisible()      # a solicitor does not set it
    assert "[c]" in page.ui.aboutLabel.text()
    runner.shutdown(wait=True)


def test_picking_a_report_period_and_table_shows_its_chart_and_figures(qtbot, signed_in):
    page, runner = _page(qtbot, signed_in("admin"), admin=True)
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("legal-aid-matters"))
    page.ui.presetCombo.setCurrentIndex(5)              # custom
    assert page.ui.fromEdit.isEnabled()
    page.ui.fromEdit.set_value(date(2020, 1, 1))
    page.ui.toEdit.set_value(date(2025, 12, 31))
    page.ui.breakdownCombo.setCurrentIndex(page.ui.breakdownCombo.findData("year"))
    page.report = None
    qtbot.mouseClick(page.ui.runButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert page.report.report_id == "legal-aid-matters"
    assert page.report.tables[0].column_labels == ("2020", "2021", "2022", "2023", "2024",
                                                   "2025", "Total")
    page.ui.tableList.setCurrentRow(3)                  # time by matter type
    table = page.report.tables[3]
    model = page.ui.tableView.model()
    assert model.rowCount() == len(table.row_labels)
    assert model.headerData(0, Qt.Orientation.Vertical) == table.row_labels[0]
    shown = {model.item(r, c).text() for r in range(model.rowCount())
             for c in range(model.columnCount())}
    assert any("." in text for text in shown)           # hours with one decimal
    chart = page.chart.chart()
    assert chart.title().startswith(table.title)
    assert chart.series() and chart.series()[0].count() >= 1
    runner.shutdown(wait=True)


def test_hidden_figures_show_as_c_and_are_not_drawn(qtbot, signed_in):
    page, runner = _page(qtbot, signed_in("solicitor"))
    for row, table in enumerate(page.report.tables):
        if table.suppressed:
            break
    page.ui.tableList.setCurrentRow(row)
    model = page.ui.tableView.model()
    texts = [model.item(r, c).text() for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert texts.count("[c]") == table.suppressed
    assert "not drawn" in page.chart.chart().title() or "hidden" in page.chart.chart().title()
    runner.shutdown(wait=True)


def test_an_administrator_changes_the_threshold(qtbot, signed_in):
    centre = signed_in("admin")
    page, runner = _page(qtbot, centre, admin=True)
    assert page.ui.thresholdSpin.isVisible() and page.ui.thresholdSpin.value() == 5
    page.ui.thresholdSpin.setValue(8)
    qtbot.mouseClick(page.ui.thresholdButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "8" in page.ui.resultLabel.text(), timeout=10000)
    # the one-line notice and the report's description keep their own height: the room
    # left goes to the chart and the figures (the notice was stretched to 130 px)
    frame, about = page.ui.resultFrame, page.ui.aboutLabel
    qtbot.waitUntil(lambda: frame.isVisible(), timeout=5000)
    assert frame.height() <= frame.sizeHint().height() + 4
    assert about.height() <= about.heightForWidth(about.width()) + 4
    assert StatisticsService(centre.db, centre.session, centre.audit_log).threshold() == 8
    page.report = None
    page.run()
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert page.report.threshold == 8
    page.ui.thresholdSpin.setValue(5)
    page.save_threshold()
    qtbot.waitUntil(lambda: "under 5" in page.ui.resultLabel.text(), timeout=10000)
    runner.shutdown(wait=True)


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "pdf"])
def test_export_warns_then_writes_the_chosen_format(qtbot, signed_in, tmp_path, monkeypatch,
                                                    suffix):
    page, runner = _page(qtbot, signed_in("solicitor"))
    target = tmp_path / f"figures.{suffix}"
    asked = []
    messages.answer_with(lambda kind, title, text: asked.append(text) or True)
    monkeypatch.setattr("assist_desktop.gui.statistics_page.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (str(target), ""))
    try:
        qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    finally:
        messages.answer_with(None)
    assert "leaves the encrypted store" in asked[0]
    data = target.read_bytes()
    assert data.startswith({"csv": b"\xef\xbb\xbf", "xlsx": b"PK", "pdf": b"%PDF"}[suffix])
    qtbot.waitUntil(lambda: "Exported" in page.ui.resultLabel.text(), timeout=10000)
    runner.shutdown(wait=True)


def test_declining_the_warning_writes_nothing(qtbot, signed_in, tmp_path, monkeypatch):
    page, runner = _page(qtbot, signed_in("solicitor"))
    messages.answer_with(lambda kind, title, text: False)
    monkeypatch.setattr("assist_desktop.gui.statistics_page.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: pytest.fail("no file dialog after a no"))
    try:
        qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    finally:
        messages.answer_with(None)
    assert list(tmp_path.iterdir()) == []
    runner.shutdown(wait=True)


@pytest.mark.slow
def test_the_screen_is_there_for_administrators_and_solicitors_only(qtbot, demo_dir,
                                                                    fast_kdf):
    from PySide6.QtWidgets import QApplication

    from assist_desktop.app import build
    from tests.gui.gui_helpers import unlock_as
    for username, expected in (("solicitor", True), ("admin", True), ("support", False)):
        shell = build(demo_dir, vault=Vault(demo_dir, kdf_policy=fast_kdf))
        qtbot.addWidget(shell.window)
        try:
            shell.start()
            qtbot.waitUntil(lambda: shell.dialog is not None, timeout=5000)
            unlock_as(qtbot, shell, username, PASSPHRASE)
            assert (shell.workspace.page("statistics") is not None) is expected, username
        finally:
            shell.idle.uninstall()
            centre, shell.centre = shell.centre, None
            shell.runner.shutdown(wait=True)
            if centre is not None:
                centre.lock()
            QApplication.processEvents()


def test_presets_cover_whole_months_and_quarters():
    named = {name: (start, end, b) for name, start, end, b in presets(date(2026, 5, 17))}
    assert named["Last quarter"][:2] == (date(2026, 1, 1), date(2026, 3, 31))
    assert named["Last year"][:2] == (date(2025, 1, 1), date(2025, 12, 31))
    assert named["Last 12 months"][:2] == (date(2025, 5, 1), date(2026, 4, 30))


def test_every_control_has_an_accessible_name(qtbot, signed_in):
    from tests.gui.test_admin_backup_access import _unnamed_controls
    page, runner = _page(qtbot, signed_in("admin"), admin=True)
    assert _unnamed_controls(page) == []
    runner.shutdown(wait=True)


def test_a_table_mostly_hidden_by_period_is_charted_by_its_totals(qtbot):
    from assist_desktop.domain.statistics import StatTable, Unit
    from assist_desktop.gui import statistics_chart
    table = StatTable("By age", Unit.PEOPLE, ("18 to 24", "25 to 34", "Total"),
                      ("Q1", "Q2", "Q3", "Total"),
                      ((None, None, 0, 13), (None, None, 5, 14), (11, 7, 9, 27)),
                      total_row=True, total_column=True)
    view = statistics_chart.make_view()
    qtbot.addWidget(view)
    statistics_chart.show_table(view, table)
    chart = view.chart()
    assert "totals" in chart.title()
    bars = chart.series()[0].barSets()
    assert len(bars) == 1 and [bars[0].at(i) for i in range(bars[0].count())] == [13.0, 14.0]
