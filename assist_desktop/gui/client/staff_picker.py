"""Who works on her file: the key worker, the solicitor and, for a restricted file, the named
staff who may open it, chosen from the centre's directory of active colleagues.

The directory arrives from the task thread after the form is shown; until then the choices on
record are kept as they are. A colleague no longer in the directory (account disabled) stays
chosen, shown as "a former colleague", so saving never drops her silently.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem

from assist_desktop.services.permissions import has_casework_role, is_solicitor

_ID = Qt.ItemDataRole.UserRole


def staff_name(user, session) -> str:
    """A colleague's full name, "(you)" after your own."""
    me = session is not None and user.id == session.user_id
    return (QCoreApplication.translate("StaffPicker", "%1 (you)").replace("%1", user.full_name)
            if me else user.full_name)


def fill_staff_combo(combo: QComboBox, people, wanted: int | None, session) -> None:
    """"Nobody yet", then `people`; an id no longer among them (a former colleague) is kept
    as such rather than silently replaced."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("StaffPicker", "Nobody yet"), None)
    for user in people:
        combo.addItem(staff_name(user, session), user.id)
    if wanted is not None and combo.findData(wanted) < 0:
        combo.addItem(QCoreApplication.translate("StaffPicker", "A former colleague"), wanted)
    combo.setCurrentIndex(max(0, combo.findData(wanted)))
    combo.setEnabled(True)


class StaffPicker(QObject):
    """Drives the key worker and solicitor combos, the restrict check and the named-staff list
    of a ClientForm (``ui`` is its Ui_ClientForm)."""

    def __init__(self, ui, session, parent: QObject | None = None):
        super().__init__(parent)
        self._ui, self._session = ui, session
        self._staff: list | None = None
        self._key_worker: int | None = None
        self._solicitor: int | None = None
        self._named: set[int] = set()
        ui.restrictCheck.toggled.connect(self._restrict_toggled)
        ui.restrictList.setEnabled(False)
        for combo in (ui.keyWorkerCombo, ui.solicitorCombo):
            combo.setEnabled(False)          # until the directory has arrived

    @property
    def loaded(self) -> bool:
        return self._staff is not None

    # --- in ---------------------------------------------------------------------------
    def set_choice(self, key_worker_id: int | None, solicitor_id: int | None,
                   restricted_to) -> None:
        self._key_worker, self._solicitor = key_worker_id, solicitor_id
        self._named = set(restricted_to)
        self._ui.restrictCheck.setChecked(bool(self._named))
        if self.loaded:
            self._fill()

    def set_directory(self, staff) -> None:
        self._staff = sorted(staff, key=lambda u: (u.full_name.casefold(), u.id))
        self._fill()

    def _name(self, user) -> str:
        return staff_name(user, self._session)

    def _fill_combo(self, combo: QComboBox, people, wanted: int | None) -> None:
        fill_staff_combo(combo, people, wanted, self._session)

    def _fill(self) -> None:
        ui, staff = self._ui, self._staff or []
        self._fill_combo(ui.keyWorkerCombo, [u for u in staff if has_casework_role(u)],
                         self._key_worker)
        self._fill_combo(ui.solicitorCombo, [u for u in staff if is_solicitor(u)],
                         self._solicitor)
        ui.restrictList.clear()
        known = set()
        for user in staff:
            if not has_casework_role(user) and user.id not in self._named:
                continue                     # an administrator only never opens case files
            self._add_item(self._name(user), user.id)
            known.add(user.id)
        for user_id in sorted(self._named - known):
            self._add_item(self.tr("A former colleague"), user_id)
        self._restrict_toggled(ui.restrictCheck.isChecked())

    def _add_item(self, text: str, user_id: int) -> None:
        item = QListWidgetItem(text, self._ui.restrictList)
        item.setData(_ID, user_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if user_id in self._named
                           else Qt.CheckState.Unchecked)

    def _restrict_toggled(self, on: bool) -> None:
        ui = self._ui
        ui.restrictList.setEnabled(on and self.loaded)
        if on and self.loaded:
            self.tick(self._session.user_id)     # the person saving must stay able to open it

    # --- ticking (also used by tests and keyboard users) ------------------------------
    def items(self) -> list[QListWidgetItem]:
        view = self._ui.restrictList
        return [view.item(row) for row in range(view.count())]

    def tick(self, user_id: int, on: bool = True) -> None:
        for item in self.items():
            if item.data(_ID) == user_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # --- out --------------------------------------------------------------------------
    def key_worker_id(self) -> int | None:
        return self._ui.keyWorkerCombo.currentData() if self.loaded else self._key_worker

    def solicitor_id(self) -> int | None:
        return self._ui.solicitorCombo.currentData() if self.loaded else self._solicitor

    def restricted_to(self) -> frozenset[int]:
        """The named staff (empty: not restricted). The service refuses a list without the
        person saving, and says why."""
        if not self._ui.restrictCheck.isChecked():
            return frozenset()
        if not self.loaded:
            return frozenset(self._named | {self._session.user_id})
        return frozenset(item.data(_ID) for item in self.items()
                         if item.checkState() == Qt.CheckState.Checked)


def fill_assignees(combo: QComboBox, staff, session, wanted: int | None, tr,
                   restricted_to=frozenset()) -> None:
    """Who does a task: me, or a colleague with a casework role (on a restricted file only
    the staff named on it), or nobody in particular. A colleague no longer in the directory
    stays chosen as "a former colleague"."""
    combo.clear()
    me = session.user_id
    combo.addItem(tr("Me"), me)
    for user in sorted(staff, key=lambda u: (u.full_name.casefold(), u.id)):
        if user.id == me or not has_casework_role(user):
            continue
        if restricted_to and user.id not in restricted_to:
            continue
        combo.addItem(user.full_name, user.id)
    combo.addItem(tr("Nobody in particular"), None)
    if wanted is not None and combo.findData(wanted) < 0:
        combo.insertItem(combo.count() - 1, tr("A former colleague"), wanted)
    combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None
                          else combo.count() - 1)
