"""One client's file: header (her chosen name, reference), the safety banner on every tab, and
a tab per part of her record that the person's roles allow.

Her name appears inside the file only: the tab strip shows the reference, and no window title
ever carries a client's name.
"""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from assist_desktop.domain.errors import NotFound
from assist_desktop.gui import theme
from assist_desktop.gui.changes import kinds_for_client, signals_for
from assist_desktop.gui.caseload.models import dob_text
from assist_desktop.gui.client.client_form import format_languages
from assist_desktop.gui.formatting import currency_for, fmt_date, fmt_timestamp
from assist_desktop.gui.forms.ui_client_workspace import Ui_ClientWorkspace
from assist_desktop.gui.labels import label
from assist_desktop.gui.messages import describe, show_error
from assist_desktop.gui.qtcompat import emit
from assist_desktop.gui.tasks import TaskRunner
from assist_desktop.services.permissions import Area, can, is_solicitor


def header_details(client, tr) -> str:
    parts = [client.reference]
    if client.date_of_birth:
        parts.append(tr("born %1").replace("%1", dob_text(client, tr)) + ", " +
                     tr("age %1").replace("%1", client.birth.age_on(date.today())))
    if client.nationality:
        parts.append(client.nationality)
    languages = format_languages(client.languages)
    if languages:
        parts.append(languages)
    if client.interpreter_needed:
        gender = str(client.interpreter_gender)
        parts.append(tr("interpreter needed") + ("" if gender == "none" else
                                                 f" ({label(gender).lower()})"))
    if client.closed_on:
        parts.append(tr("file closed %1").replace("%1", fmt_date(client.closed_on)))
    return "  ·  ".join(parts)


def _flag_text(flag, marks: dict, names: dict, tr) -> str:
    """'Debt bondage (03/12/2026, Sam Solicitor)': when and by whom, when known."""
    mark = marks.get(str(flag))
    if mark is None or not mark.added_at:
        return html.escape(label(flag))
    when = fmt_timestamp(mark.added_at).split(" ")[0]
    who = names.get(mark.added_by, "") if mark.added_by else ""
    return (html.escape(label(flag)) + " <span style='font-weight:normal'>("
            + html.escape(", ".join(p for p in (when, who) if p)) + ")</span>")


def safety_html(client, alerts, tr, can_resolve: bool = False, marks=(),
                names: dict | None = None) -> str:
    """The banner: flags, safe-contact instructions, open screening alerts (each with a
    Resolve link for a solicitor) and a link to every alert's history. Escaped text."""
    rows = []
    if client.safety_flags:
        by_flag = {str(m.flag): m for m in marks}
        flags = ", ".join(_flag_text(f, by_flag, names or {}, tr)
                          for f in sorted(client.safety_flags, key=str))
        rows.append(f"<b>{html.escape(tr('Safety'))}:</b> {flags}")
    contact = client.safe_contact
    how = [html.escape(label(contact.method))]
    if contact.safe_times:
        how.append(html.escape(tr("safe times: %1").replace("%1", contact.safe_times)))
    how.append(html.escape(tr("messages may be left") if contact.may_leave_messages
                           else tr("do not leave messages")))
    if contact.do_not_disclose_address:
        how.append(html.escape(tr("never disclose her address")))
    rows.append(f"<b>{html.escape(tr('Safe contact'))}:</b> " + "; ".join(how))
    if contact.instructions:
        rows.append(html.escape(contact.instructions))
    for alert in alerts:
        if str(alert.status) == "open":
            link = f' <a href="resolve:{int(alert.id)}">{html.escape(tr("Resolve…"))}</a>' \
                if can_resolve else ""
            rows.append(f"<b>{html.escape(tr('Alert'))}:</b> {html.escape(alert.message)}{link}")
    if alerts:
        words = html.escape(tr("Alert history (%1)").replace("%1", str(len(alerts))))
        rows.append(f'<a href="history">{words}</a>')
    return "<br/>".join(rows)


def flags_tooltip(marks, names: dict, tr) -> str:
    """Each safety flag with when and by whom it was raised (plain text, for the tooltip)."""
    lines = []
    for mark in marks:
        when = fmt_timestamp(mark.added_at) if mark.added_at else tr("earlier")
        who = names.get(mark.added_by, tr("a colleague")) if mark.added_by else ""
        text = tr("%1: raised %2").replace("%1", label(mark.flag)).replace("%2", when)
        lines.append(text + (" " + tr("by %1").replace("%1", who) if who else ""))
    return "\n".join(lines)


class ClientWorkspace(QWidget):
    reference_known = Signal(int, str)
    closed = Signal(int)

    def __init__(self, client_id: int, services, session, runner: TaskRunner, clipboard,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ClientWorkspace()
        self.ui.setupUi(self)
        self.client_id = client_id
        self.client = None
        self._services, self._session, self._runner = services, session, runner
        self._clipboard = clipboard
        self._tabs: dict[str, QWidget] = {}
        self._pending_tab = ""
        self._pending_states: dict = {}
        ui = self.ui
        font = QFont(ui.nameLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        ui.nameLabel.setFont(font)
        ui.nameLabel.setText(self.tr("Opening the file…"))
        ui.restrictedLabel.setVisible(False)
        ui.safetyFrame.setVisible(False)
        ui.safetyIcon.setPixmap(theme.icon("safety", theme.safety_colours()[1]).pixmap(22, 22))
        ui.copyReferenceButton.setEnabled(False)
        ui.copyReferenceButton.clicked.connect(self.copy_reference)
        self.alerts: list = []
        self._marks: list = []
        self._names: dict = {}
        ui.safetyLabel.setOpenExternalLinks(False)
        ui.safetyLabel.linkActivated.connect(self._alert_link)
        runner.run(services.users.directory, self._directory, lambda _e: None, owner=self)
        changes = signals_for(services)
        if changes is not None:
            changes.changed.connect(self._records_changed)
        self.load()

    def _records_changed(self, events) -> None:
        """Saved anywhere: refresh what this file shows of the records that changed."""
        kinds = kinds_for_client(events, self.client_id)
        if not kinds or self.client is None:
            return
        if kinds & {"client", "safety_alert"}:
            self.load()
        for tab in self._tabs.values():
            refresh = getattr(tab, "records_changed", None)
            if refresh is not None:
                refresh(kinds)
        takers = [t.set_matter_summaries for t in self._tabs.values()
                  if hasattr(t, "set_matter_summaries")]
        if "matter" in kinds and takers:    # read once (one audited read) for every form
            matters, cid = self._services.matters, self.client_id
            self._runner.run(lambda: matters.summaries(cid),
                             lambda found: [take(found) for take in takers], lambda _e: None,
                             owner=self)

    # --- loading --------------------------------------------------------------------
    def load(self) -> None:
        client_id, services = self.client_id, self._services
        def work():
            client = services.clients.get(client_id)
            alerts = services.safety.alerts_for(client_id, include_resolved=True)
            return client, alerts, services.clients.flag_marks(client_id)
        self._runner.run(work, self._loaded, self._failed, owner=self)

    def _loaded(self, result) -> None:
        client, alerts, self._marks = result
        first = self.client is None
        self.client = client
        self.show_header(client, alerts)
        emit(self.reference_known, self.client_id, client.reference)
        if first:
            self._build_tabs()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            show_error(self, error, self.tr("Client file"))
        else:
            self.ui.nameLabel.setText(describe(error))
            return
        emit(self.closed, self.client_id)

    def show_header(self, client, alerts=()) -> None:
        ui = self.ui
        ui.nameLabel.setText(client.display_name)
        ui.detailsLabel.setText(header_details(client, self.tr))
        ui.restrictedLabel.setVisible(client.is_restricted)
        if client.is_restricted:
            ui.restrictedLabel.setPixmap(theme.icon("restricted").pixmap(18, 18))
            ui.restrictedLabel.setToolTip(self.tr("Restricted to named staff"))
        if alerts or not self.alerts:
            self.alerts = list(alerts)
        ui.safetyLabel.setText(safety_html(client, self.alerts, self.tr,
                                           can_resolve=is_solicitor(self._session),
                                           marks=self._marks, names=self._names))
        ui.safetyLabel.setToolTip(flags_tooltip(self._marks, self._names, self.tr))
        ui.safetyFrame.setVisible(True)
        theme.style_banner(ui.safetyFrame, "safety" if client.safety_flags or any(
            str(a.status) == "open" for a in self.alerts) else "notice")
        ui.copyReferenceButton.setEnabled(True)

    def _directory(self, staff) -> None:
        self._names.update({u.id: u.full_name for u in staff})
        if self.client is not None:
            self.show_header(self.client)

    # --- safety alerts --------------------------------------------------------------
    def _alert_link(self, link: str) -> None:
        if link == "history":
            self.show_alert_history()
        elif link.startswith("resolve:"):
            self.resolve_alert(int(link.split(":", 1)[1]))

    def resolve_alert(self, alert_id: int):
        from assist_desktop.gui.client.alert_dialog import ResolveAlertDialog
        alert = next((a for a in self.alerts if a.id == alert_id), None)
        if alert is None:
            return None
        dialog = ResolveAlertDialog(self._services.safety, alert, self._runner, self)
        dialog.saved.connect(lambda _a: self.load())
        dialog.open()
        return dialog

    def show_alert_history(self):
        from assist_desktop.gui.client.alert_dialog import history_html
        from assist_desktop.gui.messages import show_info
        box = show_info(self, self.tr("Safety alert history"),
                        history_html(self.alerts, self._names, self.tr))
        box.setTextFormat(Qt.TextFormat.RichText)
        return box

    def copy_reference(self) -> None:
        if self.client is not None:
            self._clipboard.copy(self.client.reference)

    # --- tabs -----------------------------------------------------------------------
    def _build_tabs(self) -> None:
        s, services, session, runner = self, self._services, self._session, self._runner
        cid = self.client_id
        from assist_desktop.gui.client.overview import OverviewTab
        overview = OverviewTab(services.clients, cid, session, runner, s,
                               directory=services.users.directory, safety=services.safety,
                               profile=(lambda: services.asylum.profile(cid))
                               if can(session, Area.EXPLOITATION) else None,
                               withdrawal=services.support.withdrawal_affects
                               if can(session, Area.SUPPORT) else None,
                               exports=getattr(getattr(services, "interchange", None),
                                               "exports_of", None),
                               letters=getattr(getattr(services, "documents", None),
                                               "letters_sent", None))
        overview.client_changed.connect(self._client_changed)
        self._add("overview", overview, self.tr("Overview"), "caseload")
        if can(session, Area.IDENTIFICATION):
            from assist_desktop.gui.client.identification_tab import IdentificationTab
            ident = IdentificationTab(services, cid, self.client.jurisdiction, session, runner, s)
            ident.parties.changed.connect(self.load)      # screening may have raised an alert
            self._add("identification", ident, self.tr("Identification and parties"),
                      "privileged")
        if can(session, Area.ASYLUM_SUMMARY):
            from assist_desktop.gui.client.asylum_tab import AsylumTab
            asylum = AsylumTab(services, cid, session, runner, s)
            asylum.deadlines_added.connect(lambda _t: self._reload_tasks())
            asylum.profile.changed.connect(overview.reload)
            self._add("asylum", asylum, self.tr("Asylum and age"), "document")
        if can(session, Area.MATTER_SUMMARY):
            from assist_desktop.gui.client.matters import MattersTab
            self._add("matters", MattersTab(services, cid, self.client.jurisdiction, session,
                                            runner, s), self.tr("Matters"), "document")
        if can(session, Area.COMPENSATION):
            from assist_desktop.gui.client.compensation_tab import CompensationTab
            currency = currency_for(str(self.client.jurisdiction))
            self._add("compensation", CompensationTab(services.compensation, services.matters,
                                                      cid, currency, session, runner, s,
                                                      str(self.client.jurisdiction)),
                      self.tr("Compensation"), "save")
        if can(session, Area.CHILD):
            from assist_desktop.gui.client.children import ChildrenTab
            self._add("children", ChildrenTab(services.children, cid, session, runner, s),
                      self.tr("Children and pregnancy"), "client_add")
        if can(session, Area.SUPPORT):
            from assist_desktop.gui.client.support_tab import SupportTab
            self._add("support", SupportTab(services.support, cid, session, runner, s,
                                            directory=services.users.directory),
                      self.tr("Support"), "check")
        if can(session, Area.NOTE):
            from assist_desktop.gui.client.notes import NotesTab
            self._add("notes", NotesTab(services.notes, services.matters, cid, session, runner, s),
                      self.tr("Notes"), "note")
        if can(session, Area.TASK):
            from assist_desktop.gui.client.tasks_tab import TasksTab
            self._add("tasks", TasksTab(services.tasks, cid, session, runner, s,
                                        matters=services.matters,
                                        directory=services.users.directory),
                      self.tr("Tasks"), "week")
        if can(session, Area.TIME):
            from assist_desktop.gui.client.time_tab import TimeTab
            self._add("time", TimeTab(services.time_entries, services.matters, cid, session,
                                      runner, s, notes=services.notes if can(session, Area.NOTE)
                                      else None), self.tr("Time"), "refresh")
        if can(session, Area.ATTACHMENT):
            from assist_desktop.gui.client.attachments_tab import AttachmentsTab
            self._add("attachments", AttachmentsTab(services.attachments, cid, session, runner,
                                                    s), self.tr("Attachments"), "attachment")
        # Every caseworker gets the tab; the service decides which kinds each role may make.
        from assist_desktop.gui.client.documents_tab import DocumentsTab
        self._add("documents", DocumentsTab(
            services.documents, services.matters, cid, session, runner, s, notes=services.notes,
            attachments=services.attachments if can(session, Area.ATTACHMENT) else None,
            statements=getattr(services, "statements", None),
            address_book=getattr(services, "address_book", None)),
            self.tr("Documents"), "document")
        for key, state in self._pending_states.items():
            tab = self._tabs.get(key)
            if tab is not None and hasattr(tab, "restore_state"):
                tab.restore_state(state)
        if self._pending_tab:
            self.show_tab(self._pending_tab)

    def _add(self, key: str, widget: QWidget, title: str, icon: str) -> None:
        self._tabs[key] = widget
        self.ui.tabs.addTab(widget, theme.icon(icon), title)

    def tab(self, key: str) -> QWidget | None:
        return self._tabs.get(key)

    def _reload_tasks(self) -> None:
        """A step in her asylum claim added a deadline: show it in the Tasks tab at once."""
        tasks = self._tabs.get("tasks")
        if tasks is not None:
            tasks.reload()

    def show_tab(self, key: str) -> None:
        widget = self._tabs.get(key)
        if widget is None:
            self._pending_tab = key
            return
        self._pending_tab = ""
        self.ui.tabs.setCurrentWidget(widget)

    def current_tab(self) -> str:
        current = self.ui.tabs.currentWidget()
        return next((k for k, w in self._tabs.items() if w is current), "")

    def _client_changed(self, client) -> None:
        self.client = client
        self.show_header(client)
        self.load()

    # --- workspace protocol ---------------------------------------------------------
    def new_note(self) -> None:
        notes = self._tabs.get("notes")
        if notes is not None:
            self.show_tab("notes")
            notes.new_note()

    def has_unsaved(self) -> bool:
        return any(getattr(t, "has_unsaved", lambda: False)() for t in self._tabs.values())

    def save(self) -> None:
        current = self.ui.tabs.currentWidget()
        if hasattr(current, "save"):
            current.save()

    def draft_savers(self) -> list:
        savers = []
        for tab in self._tabs.values():
            savers.extend(getattr(tab, "draft_savers", lambda: [])())
        return savers

    def state(self) -> dict:
        tabs = {k: t.state() for k, t in self._tabs.items() if hasattr(t, "state")}
        return {"tab": self.current_tab(), "tabs": tabs}

    def restore_state(self, state: dict) -> None:
        self._pending_states = dict(state.get("tabs", {}))
        if self._tabs:
            for key, tab_state in self._pending_states.items():
                tab = self._tabs.get(key)
                if tab is not None and hasattr(tab, "restore_state"):
                    tab.restore_state(tab_state)
        self.show_tab(state.get("tab", ""))
