"""The main window fits the screen's free area when no size of it is kept yet (a 1366x768
laptop: at the designed 1200x780 the status bar and the bottom of every screen were below the
screen's edge)."""
from __future__ import annotations


def test_a_window_taller_than_the_screen_is_fitted_into_its_free_area(qtbot, make_shell):
    shell = make_shell()
    window = shell.window
    free = window.screen().availableGeometry()
    window.resize(free.width() + 300, free.height() + 200)     # the design, on a small screen
    window.fit_to_screen()
    frame = window.frameGeometry()
    assert frame.height() <= free.height() and frame.width() <= free.width()
    assert free.contains(frame.topLeft()) and frame.bottom() <= free.bottom()
    assert frame.right() <= free.right()



def test_a_clients_file_never_makes_the_window_taller_than_a_1366x768_screen(
        qtbot, make_shell, team):
    """A tab widget is as tall as its tallest tab: the file's tabs of several sections
    (Identification, Support: three lists each) made every client's window at least 767
    pixels tall, so on a 1366x768 laptop even maximised its buttons and status bar were cut
    off. Those sections now scroll within their tab."""
    from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Lan", family_name="Ng")
    shell = make_shell(vault=team, idle_ms=60_000)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    for key in ("identification", "support", "notes"):
        assert file.tab(key) is not None
    # 768 less a taskbar (about 40) and a title bar (about 30)
    assert shell.window.minimumSizeHint().height() <= 768 - 40 - 30
