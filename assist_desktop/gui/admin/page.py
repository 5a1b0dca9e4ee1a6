"""Administration (administrators only): a tab per area, each its own panel and service."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assist_desktop.gui import theme
from assist_desktop.gui.admin.audit import AuditPanel
from assist_desktop.gui.admin.policy import PolicyPanel
from assist_desktop.gui.admin.rules import RulesPanel
from assist_desktop.gui.admin.staff import StaffPanel
from assist_desktop.gui.forms.ui_admin import Ui_AdministrationPage
from assist_desktop.gui.tasks import TaskRunner


class AdministrationPage(QWidget):
    policy_changed = Signal(object)
    backup_made = Signal(object)

    def __init__(self, centre, runner: TaskRunner, assess, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AdministrationPage()
        self.ui.setupUi(self)
        services, session = centre.services, centre.session
        sections = self.ui.sections
        self.staff = StaffPanel(services.users, assess, session, runner, self)
        sections.addTab(self.staff, theme.icon("client_add"), self.tr("Staff"))
        # a laptop on a centre server: the data key and the recovery code are changed at the
        # server (docs/SERVER.md), so the panel says so instead of offering them
        self.policy = PolicyPanel(services.settings, getattr(centre, "rotate_data_key", None),
                                  runner, self,
                                  replace_recovery=getattr(centre, "replace_recovery_code", None),
                                  centre_info=centre.centre,
                                  seal_server=getattr(centre, "seal_server", None))
        self.policy.policy_changed.connect(self.policy_changed)
        sections.addTab(self.policy, theme.icon("lock"), self.tr("Security"))
        self.audit = AuditPanel(services.audit, runner, self)
        sections.addTab(self.audit, theme.icon("check"), self.tr("Audit log"))
        self.rules = RulesPanel(services.deadline_rules, runner, self)
        sections.addTab(self.rules, theme.icon("week"), self.tr("Deadline rules"))
        from assist_desktop.gui.admin.deleted_page import DeletedFilesPage
        deleted_page = DeletedFilesPage(services, runner, self)
        self.deleted, self.deleted_documents = deleted_page.deleted, deleted_page.deleted_documents
        self.declined_checks = deleted_page.declined_checks
        if deleted_page.deleted_records is not None:
            self.deleted_records = deleted_page.deleted_records
        sections.addTab(deleted_page, theme.icon("close"), self.tr("Deleted files"))
        if getattr(services, "retention", None) is not None:
            from assist_desktop.gui.admin.retention import RetentionPanel
            self.retention = RetentionPanel(services.retention, runner, self)
            sections.addTab(self.retention, theme.icon("lock"), self.tr("Retention"))
        from assist_desktop.gui.admin.centre_details import CentreDetailsPanel
        self.centre_details = CentreDetailsPanel(services.centre_details, services.address_book,
                                                 centre.centre.jurisdiction, runner, self)
        sections.addTab(self.centre_details, theme.icon("document"), self.tr("Centre details"))
        if getattr(centre, "db", None) is not None:
            from assist_desktop.gui.admin.backups import BackupPanel
            self.backups = BackupPanel(centre, runner, assess, self)
        else:                          # a laptop on a centre server: backups are made there
            from assist_desktop.gui.admin.server_backups import ServerBackupsPanel
            self.backups = ServerBackupsPanel(centre.server_backups, runner, assess, self,
                                              safety=services.safety_copies)
        self.backups.backup_made.connect(self.backup_made)
        sections.addTab(self.backups, theme.icon("save"), self.tr("Backups"))

    def records_changed(self, kinds: set) -> None:
        self.audit.records_changed(kinds)

    def state(self) -> dict:
        return {"section": self.ui.sections.currentIndex()}

    def restore_state(self, state: dict) -> None:
        self.ui.sections.setCurrentIndex(int(state.get("section", 0)))

    def has_unsaved(self) -> bool:
        return (self.policy.has_unsaved() or self.backups.has_unsaved()
                or self.centre_details.has_unsaved())

    def save(self) -> None:
        self.policy.save()
        self.backups.save()
        self.centre_details.save()
