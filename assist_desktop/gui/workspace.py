"""The session's work area: the screens a person's roles allow, and the client files they open.

Built at unlock with the open centre, destroyed at lock. It hands each screen the one service
it needs, connects the window's actions to the screen in front, and can say where the person
was (``place``) so that unlocking again returns there.

Screens may implement any of: ``state() -> dict`` / ``restore_state(dict)`` (where they
were, unsaved form values), ``draft_savers() -> list[callable]`` (saving drafts before the
store closes), ``has_unsaved() -> bool`` and ``save()`` (Ctrl+S), ``focus_search()``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.forms.ui_workspace import Ui_Workspace
from assist_desktop.gui.messages import ask_unsaved
from assist_desktop.gui.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class Place:
    current: str = ""                                  # "caseload", "week", "admin", "client:7"
    open_clients: list = field(default_factory=list)   # client ids, in tab order
    states: dict = field(default_factory=dict)         # key -> screen state


class Workspace(QWidget):
    policy_changed = Signal(object)
    backup_made = Signal(object)
    restore_requested = Signal(object, object, object)   # from Administration > Backups
    server_restore_started = Signal(object)   # over a centre server: the restore's ticket

    def __init__(self, centre, runner: TaskRunner, clipboard, window, assess, parent=None):
        super().__init__(parent)
        self.ui = Ui_Workspace()
        self.ui.setupUi(self)
        self.centre, self.runner, self.clipboard, self.window = centre, runner, clipboard, window
        self.assess = assess
        self.session = centre.session
        self.services = centre.services
        self._pages: dict[str, QWidget] = {}
        self._clients: dict[int, QWidget] = {}
        tabs = self.ui.tabs
        tabs.setTabsClosable(True)
        tabs.tabCloseRequested.connect(self._close_tab)
        self._build_pages()
        self._connect_actions()
        from assist_desktop.gui.changes import signals_for
        changes = signals_for(self.services)
        if changes is not None:     # saved anywhere: each fixed screen refreshes what it shows
            changes.changed.connect(self._records_changed)

    def _records_changed(self, events) -> None:
        kinds = {e.kind for e in events}
        for page in self._pages.values():
            if hasattr(page, "records_changed"):
                page.records_changed(kinds)

    # --- building -------------------------------------------------------------------
    def _build_pages(self) -> None:
        session, services = self.session, self.services
        if session.has_casework_role:
            from assist_desktop.gui.caseload.page import CaseloadPage
            from assist_desktop.gui.my_week import MyWeekPage
            page = CaseloadPage(services.clients, services.search, session, self.runner, self)
            page.open_client.connect(self.open_client)
            page.new_client.connect(self.start_intake)
            self._add_page("caseload", page, self.tr("Caseload"), "caseload")
            week = MyWeekPage(services.tasks, self.runner, self, directory=services.users.directory,
                              session=session)
            week.open_client.connect(self.open_client)
            self._add_page("week", week, self.tr("My week"), "week")
        if session.is_solicitor and getattr(services, "sar_log", None) is not None:
            from assist_desktop.gui.sar_log import SarLogPage
            from assist_desktop.gui.sar_package import SarPackageAction
            self.sar_package = SarPackageAction(services.subject_access, session, self.runner,
                                                self.assess, self.window, self)
            sar = SarLogPage(services.sar_log, self.sar_package, self.runner, self)
            sar.open_client.connect(self.open_client)
            self._add_page("sar", sar, self.tr("Subject access"), "lock")
        if session.is_administrator:
            from assist_desktop.gui.admin.page import AdministrationPage
            admin = AdministrationPage(self.centre, self.runner, self.assess, self)
            admin.policy_changed.connect(self.policy_changed)
            admin.backup_made.connect(self.backup_made)
            admin.backups.restore_requested.connect(self.restore_requested)
            if hasattr(admin.backups, "server_restore_started"):
                admin.backups.server_restore_started.connect(self.server_restore_started)
            self._add_page("admin", admin, self.tr("Administration"), "admin")
        if services.statistics.allowed:
            from assist_desktop.gui.statistics_page import StatisticsPage
            stats = StatisticsPage(services.statistics, self.runner, self,
                                   is_administrator=session.is_administrator)
            self._add_page("statistics", stats, self.tr("Statistics"), "chart")
        if not self._pages:
            from PySide6.QtWidgets import QLabel
            empty = QLabel(self.tr("Your account has no role that shows anything here yet. "
                                   "Ask an administrator."), self)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._add_page("empty", empty, self.tr("Welcome"), "app")

    def _add_page(self, key: str, widget: QWidget, title: str, icon: str) -> None:
        widget.setProperty("workspace_key", key)
        self._pages[key] = widget
        index = self.ui.tabs.addTab(widget, theme.icon(icon), title)
        # Fixed screens cannot be closed; client files can.
        self.ui.tabs.tabBar().setTabButton(index, self.ui.tabs.tabBar().ButtonPosition.RightSide,
                                           None)

    def _connect_actions(self) -> None:
        ui = self.window.ui
        ui.actionCaseload.triggered.connect(self.show_caseload)
        ui.actionMyWeek.triggered.connect(self.show_week)
        ui.actionAdministration.triggered.connect(self.show_admin)
        ui.actionFind.triggered.connect(self.find)
        ui.actionNewClient.triggered.connect(self.start_intake)
        ui.actionNewNote.triggered.connect(self.new_note)
        ui.actionSave.triggered.connect(self.save_current)
        ui.actionCloseTab.triggered.connect(self.close_current)
        ui.actionCaseload.setVisible("caseload" in self._pages)
        ui.actionMyWeek.setVisible("week" in self._pages)
        ui.actionAdministration.setVisible("admin" in self._pages)
        ui.actionFind.setVisible("caseload" in self._pages)
        can_intake = self.session.has_casework_role
        ui.actionNewClient.setVisible(can_intake)
        ui.actionNewNote.setVisible(self.session.has_casework_role)
        self._connect_transfer()

    def _connect_transfer(self) -> None:
        """Export / import a client file: solicitors only (the service refuses others)."""
        from assist_desktop.gui.client_transfer import ClientTransfer
        ui = self.window.ui
        self.transfer = ClientTransfer(self.services.interchange,
                                       self.session, self.runner, self.assess,
                                       self._current_reference, self.window, self)
        self.transfer.imported.connect(self._intake_done)
        ui.actionExportClient.triggered.connect(self.transfer.export_current)
        ui.actionImportClient.triggered.connect(self.transfer.import_file)
        ui.actionExportClient.setVisible(self.transfer.allowed)
        ui.actionImportClient.setVisible(self.transfer.allowed)
        from assist_desktop.gui.moving_actions import MovingActions
        self.moving = MovingActions(self.services, self.session, self.runner, self.window, self)
        self.moving.imported.connect(lambda _count: self._intake_done(None))
        if getattr(self, "sar_package", None) is not None:   # her subject access package
            from PySide6.QtGui import QAction
            action = QAction(self.tr("&Subject access package…"), self.window)
            action.setObjectName("actionSubjectAccess")
            action.triggered.connect(lambda: self.sar_package.start(self._current_reference()))
            ui.menuFile.insertAction(ui.actionImportClient, action)
            self.sar_action = action

    def _current_reference(self) -> str | None:
        """Her reference when a client's file is in front (and loaded), else None."""
        client = getattr(self.ui.tabs.currentWidget(), "client", None)
        return getattr(client, "reference", None) or None

    # --- navigation -----------------------------------------------------------------
    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def current_key(self) -> str:
        widget = self.ui.tabs.currentWidget()
        return str(widget.property("workspace_key") or "") if widget else ""

    def show_key(self, key: str) -> bool:
        widget = self._pages.get(key)
        if key.startswith("client:"):
            widget = self._clients.get(int(key.split(":", 1)[1]))
        if widget is None:
            return False
        self.ui.tabs.setCurrentWidget(widget)
        return True

    def show_caseload(self) -> None:
        self.show_key("caseload")

    def show_week(self) -> None:
        self.show_key("week")

    def show_admin(self) -> None:
        self.show_key("admin")

    def find(self) -> None:
        if self.show_key("caseload"):
            self._pages["caseload"].focus_search()

    def open_client(self, client_id: int, tab: str = "") -> QWidget | None:
        existing = self._clients.get(client_id)
        if existing is not None:
            self.ui.tabs.setCurrentWidget(existing)
            if tab:
                existing.show_tab(tab)
            return existing
        from assist_desktop.gui.client.workspace import ClientWorkspace
        widget = ClientWorkspace(client_id, self.services, self.session, self.runner,
                                 self.clipboard, self)
        widget.setProperty("workspace_key", f"client:{client_id}")
        widget.reference_known.connect(self._retitle)
        widget.closed.connect(self._client_gone)
        self._clients[client_id] = widget
        index = self.ui.tabs.addTab(widget, theme.icon("note"), self.tr("Client file"))
        self.ui.tabs.setCurrentIndex(index)
        if tab:
            widget.show_tab(tab)
        return widget

    def _retitle(self, client_id: int, reference: str) -> None:
        widget = self._clients.get(client_id)
        if widget is not None:
            index = self.ui.tabs.indexOf(widget)
            # The reference, never her name: a tab strip is seen over shoulders.
            self.ui.tabs.setTabText(index, reference)
            self.ui.tabs.setTabToolTip(index, self.tr("Client file %1").replace("%1", reference))

    def _client_gone(self, client_id: int) -> None:
        widget = self._clients.pop(client_id, None)
        if widget is not None:
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(widget))
            widget.deleteLater()

    def _close_tab(self, index: int) -> None:
        widget = self.ui.tabs.widget(index)
        key = str(widget.property("workspace_key") or "")
        if not key.startswith("client:"):
            return
        if hasattr(widget, "has_unsaved") and widget.has_unsaved():
            answer = ask_unsaved(self, self.tr("this client file"))
            if answer == "cancel":
                return
            if answer == "save":
                widget.save()
        for save in getattr(widget, "draft_savers", lambda: [])():
            self.runner.run(save, None, lambda _e: None)
        self._client_gone(int(key.split(":", 1)[1]))

    def close_current(self) -> None:
        self._close_tab(self.ui.tabs.currentIndex())

    def clients_open(self) -> list[int]:
        return list(self._clients)

    # --- actions on the screen in front ---------------------------------------------
    def start_intake(self) -> None:
        from assist_desktop.gui.intake import IntakeDialog
        dialog = IntakeDialog(self.services, self.session, self.runner, self.centre.centre, self)
        dialog.client_created.connect(self._intake_done)
        dialog.open()

    def _intake_done(self, client_id: int | None) -> None:
        caseload = self._pages.get("caseload")
        if caseload is not None:
            caseload.reload()
        if client_id is not None:
            self.open_client(client_id)

    def new_note(self) -> None:
        widget = self.ui.tabs.currentWidget()
        if hasattr(widget, "new_note"):
            widget.new_note()

    def save_current(self) -> None:
        widget = self.ui.tabs.currentWidget()
        if hasattr(widget, "save"):
            widget.save()

    # --- lock, unlock, quit ---------------------------------------------------------
    def _all_screens(self) -> list[tuple[str, QWidget]]:
        screens = list(self._pages.items())
        screens += [(f"client:{cid}", w) for cid, w in self._clients.items()]
        return screens

    def place(self) -> Place:
        states = {}
        for key, widget in self._all_screens():
            if hasattr(widget, "state"):
                states[key] = widget.state()
        return Place(self.current_key(), list(self._clients), states)

    def restore(self, place: Place | None) -> None:
        if place is None:
            return
        for client_id in place.open_clients:
            self.open_client(client_id)
        for key, widget in self._all_screens():
            if key in place.states and hasattr(widget, "restore_state"):
                widget.restore_state(place.states[key])
        self.show_key(place.current)

    def draft_savers(self) -> list:
        savers = []
        for _key, widget in self._all_screens():
            if hasattr(widget, "draft_savers"):
                savers.extend(widget.draft_savers())
        return savers

    def confirm_close(self) -> bool:
        """Before quitting: unsaved changes anywhere? Ask (notes keep a draft regardless)."""
        for _key, widget in self._all_screens():
            if hasattr(widget, "has_unsaved") and widget.has_unsaved():
                self.ui.tabs.setCurrentWidget(widget)
                kept = bool(getattr(widget, "draft_savers", lambda: [])())
                answer = ask_unsaved(self, self.tr(
                    "a note you are writing (a draft of it is kept, encrypted, whatever you "
                    "choose)") if kept else self.tr("this screen"))
                if answer == "cancel":
                    return False
                if answer == "save" and hasattr(widget, "save"):
                    widget.save()
        return True
