"""Administration > Deleted files holds four lists on one page: on a 1366x768 window (and a
larger one) every word-wrapped description gets the height its text needs, nothing is clipped,
and each list shows a few rows (the page scrolls instead of squeezing them)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTableView

from tests.gui.gui_helpers import OTHER_PASSPHRASE, unlock_as, wait_idle

MIN_ROWS = 4


@pytest.fixture
def deleted_tab(qtbot, make_shell, team):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "adm", OTHER_PASSPHRASE)
    shell.window.ui.actionAdministration.trigger()
    page = shell.workspace.page("admin")
    scroll = page.findChild(object, "deletedScroll")
    page.ui.sections.setCurrentWidget(scroll)
    wait_idle(qtbot, shell)
    return shell, page, scroll


def _settle(qtbot, shell, width, height):
    shell.window.resize(width, height)
    qtbot.waitUntil(lambda: shell.window.width() == width, timeout=5000)
    qtbot.wait(50)             # the layouts and the scroll area follow the new size


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_no_description_is_clipped_and_every_list_shows_rows(qtbot, deleted_tab, size):
    shell, page, scroll = deleted_tab
    _settle(qtbot, shell, *size)
    content = scroll.widget()
    panels = [page.deleted, page.deleted_documents, page.declined_checks, page.deleted_records]
    intro = page.declined_checks.ui.introLabel
    assert intro.isVisible()
    assert intro.height() >= intro.heightForWidth(intro.width()), \
        "the declined checks' description is clipped"
    for label in content.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    for panel in panels:          # each panel whole, one below the other, inside the page
        assert panel.isVisible()
        assert panel.height() >= panel.minimumSizeHint().height()
    tops = [p.mapTo(content, p.rect().topLeft()).y() for p in panels]
    bottoms = [top + p.height() for top, p in zip(tops, panels)]
    assert all(b <= t for b, t in zip(bottoms, tops[1:]))
    assert bottoms[-1] <= content.height()
    for view in content.findChildren(QTableView):
        rows = view.verticalHeader().defaultSectionSize()
        assert view.viewport().height() >= MIN_ROWS * rows, view.objectName()
    assert scroll.widget().width() <= scroll.viewport().width()   # no sideways scrolling
