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

