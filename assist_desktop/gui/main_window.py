"""The main window: a frame for the session's work area, the lock page, menus and status bar.

It holds no logic: actions are forwarded as signals (to the Shell) or connected by the
session's Workspace, which is created at unlock and destroyed at lock, so nothing from the
case record stays in the window while it is locked.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QActionGroup, QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMainWindow, QSizePolicy, QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.forms.ui_main_window import Ui_MainWindow
from assist_desktop.gui.qtcompat import emit


class MainWindow(QMainWindow):
    lock_requested = Signal()
    unlock_requested = Signal()
    quit_requested = Signal()
    scheme_requested = Signal(str)
    change_passphrase_requested = Signal()
    remember_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._locked_text = self.ui.lockedText.text()
        self._session: QWidget | None = None
        self._closing = False
        ui = self.ui
        self.setWindowIcon(theme.app_icon())
        self._set_icons()
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        spacer.setAccessibleName(self.tr("Toolbar spacer"))
        ui.mainToolBar.addWidget(spacer)
        ui.mainToolBar.addAction(ui.actionLock)

        schemes = QActionGroup(self)
        for action, scheme in ((ui.actionSchemeSystem, "system"), (ui.actionSchemeLight, "light"),
                               (ui.actionSchemeDark, "dark")):
            schemes.addAction(action)
            action.triggered.connect(lambda _c=False, s=scheme: emit(self.scheme_requested, s))
        ui.actionLock.triggered.connect(self.lock_requested)
        ui.actionQuit.triggered.connect(self.quit_requested)
        ui.unlockButton.clicked.connect(self.unlock_requested)
        ui.actionChangePassphrase.triggered.connect(self.change_passphrase_requested)
        ui.actionRemember.triggered.connect(self.remember_requested)
        ui.actionShortcuts.triggered.connect(self._shortcuts)
        ui.actionAbout.triggered.connect(self._about)

        title = QFont(ui.lockedTitle.font())
        title.setPointSizeF(title.pointSizeF() * 1.6)
        title.setWeight(QFont.Weight.DemiBold)
        ui.lockedTitle.setFont(title)

        self.user_label = QLabel(self)
        self.user_label.setAccessibleName(self.tr("Signed in"))
        self.backup_label = QLabel(self)
        self.backup_label.setAccessibleName(self.tr("Last backup"))
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        ui.statusBar.addPermanentWidget(self.backup_label)
        ui.statusBar.addPermanentWidget(separator)
        ui.statusBar.addPermanentWidget(self.user_label)
        self.show_locked(first=True)

    def _set_icons(self) -> None:
        ui = self.ui
        for action, name in ((ui.actionCaseload, "caseload"), (ui.actionMyWeek, "week"),
                             (ui.actionAdministration, "admin"), (ui.actionNewClient, "client_add"),
                             (ui.actionFind, "search"), (ui.actionLock, "lock"),
                             (ui.actionNewNote, "note"), (ui.actionSave, "save")):
            action.setIcon(theme.icon(name))
        ui.lockedIcon.setPixmap(theme.icon("lock").pixmap(64, 64))

    def fit_to_screen(self) -> None:
        """First start (no size kept yet): the designed size, made smaller where the screen's
        free area is smaller (a 1366x768 laptop with a taskbar: the status bar and the bottom
        of every screen would otherwise sit below the screen's edge), and centred in it."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()   # title bar, borders
        # Not shown yet, the frame is unknown: leave room for a usual title bar.
        frame_w, frame_h = (frame.width(), frame.height()) if frame.height() > 0 else (0, 32)
        width = min(self.width(), free.width() - frame_w)
        height = min(self.height(), free.height() - frame_h)
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        self.move(free.x() + (free.width() - self.frameGeometry().width()) // 2,
                  free.y() + (free.height() - self.frameGeometry().height()) // 2)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._set_icons()

    # --- what the window shows ------------------------------------------------------
    @property
    def session_widget(self) -> QWidget | None:
        return self._session

    def show_session(self, widget: QWidget, centre_name: str) -> None:
        self._drop_session()
        self._session = widget
        self.ui.sessionLayout.addWidget(widget)
        self.ui.stack.setCurrentWidget(self.ui.sessionPage)
        # The title names the screen in front and the centre (not case data); Qt adds
        # " — ASSIST Desktop" (the application's display name) itself. A client's file is
        # "Client file": no name, no reference.
        self._centre_name = centre_name
        tabs = getattr(getattr(widget, "ui", None), "tabs", None)
        if tabs is not None:
            tabs.currentChanged.connect(lambda index: self._screen_title(tabs, index))
        self._screen_title(tabs, tabs.currentIndex() if tabs is not None else -1)
        self._session_actions(True)

    def _screen_title(self, tabs, index: int) -> None:
        if self._session is None:
            return
        page = tabs.widget(index) if tabs is not None and index >= 0 else None
        if page is None:
            screen = ""
        elif str(page.property("workspace_key") or "").startswith("client:"):
            screen = self.tr("Client file")
        else:
            screen = tabs.tabText(index).replace("&", "")
        self.setWindowTitle(f"{screen} — {self._centre_name}" if screen else self._centre_name)

    def show_locked(self, first: bool = False) -> None:
        """Destroy the work area at once and show the lock page."""
        self._drop_session()
        self.ui.stack.setCurrentWidget(self.ui.lockedPage)
        self.setWindowTitle(self.tr("ASSIST Desktop"))
        self.user_label.clear()
        self.backup_label.clear()
        self.ui.statusBar.clearMessage()
        self.ui.lockedTitle.setText(self.tr("Welcome") if first else
                                    self.tr("ASSIST Desktop is locked"))
        self.ui.lockedText.setText(self._locked_text)
        self.ui.lockedText.setVisible(not first)
        self._session_actions(False)

    def show_draft_not_kept(self) -> None:
        if self.is_locked:
            self.ui.lockedText.setText(self.tr(
                "The database is closed and its key has been dropped. A note you were writing "
                "could not be kept as a draft, so what you typed last may be missing when you "
                "sign in again."))

    def _drop_session(self) -> None:
        if self._session is not None:
            self._session.hide()
            self.ui.sessionLayout.removeWidget(self._session)
            self._session.setParent(None)
            self._session.deleteLater()
            self._session = None

    def _session_actions(self, enabled: bool) -> None:
        ui = self.ui
        for action in (ui.actionNewClient, ui.actionNewNote, ui.actionSave, ui.actionLock,
                       ui.actionCaseload, ui.actionMyWeek, ui.actionAdministration,
                       ui.actionFind, ui.actionCloseTab, ui.actionChangePassphrase,
                       ui.actionRemember, ui.actionExportClient, ui.actionImportClient):
            action.setEnabled(enabled)
        ui.mainToolBar.setVisible(enabled)

    @property
    def is_locked(self) -> bool:
        return self.ui.stack.currentWidget() is self.ui.lockedPage

    def set_status(self, user_text: str, backup_text: str, warn: bool = False) -> None:
        self.user_label.setText(user_text)
        self.backup_label.setText(backup_text)
        self.backup_label.setStyleSheet(
            f"color: {theme.overdue_colour().name()}; font-weight: 600;" if warn else "")
        self.backup_label.setToolTip(self.tr("Make a backup: Administration, Backups")
                                     if warn else "")

    def set_scheme_checked(self, scheme: str) -> None:
        {"light": self.ui.actionSchemeLight, "dark": self.ui.actionSchemeDark}.get(
            scheme, self.ui.actionSchemeSystem).setChecked(True)

    # --- closing --------------------------------------------------------------------
    def allow_close(self) -> None:
        self._closing = True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._closing:
            event.accept()
            return
        event.ignore()
        emit(self.quit_requested)

    # --- help -----------------------------------------------------------------------
    def _shortcuts(self) -> None:
        from assist_desktop.gui.help import show_shortcuts
        show_shortcuts(self)

    def _about(self) -> None:
        from assist_desktop.gui.help import show_about
        show_about(self)
