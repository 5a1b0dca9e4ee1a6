"""Fixes from the GUI review: My week reads no client profiles; the time tab keeps its matters
on the GUI thread; file checks run on the worker."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from assist_desktop.domain.tasks import Task
from tests.gui.gui_helpers import OTHER_PASSPHRASE, seed_client, unlock_as, wait_idle


@pytest.fixture
def team(centre, staff, vault):
    """sol (solicitor), sup, adm; all signed out."""
    centre.lock()
    return vault


def _audit_rows(centre):
    return centre.db.read(lambda conn: conn.execute(
        "SELECT seq, action, entity, entity_id, detail FROM audit_log ORDER BY seq").fetchall())


def test_my_week_visit_reads_no_client_profiles(qtbot, make_shell, team):
    grace = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Grace", family_name="Okoro")
    mina = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Mina", family_name="Ali")
    shell = make_shell(vault=team)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    tasks = centre.services.tasks
    today = date.today()
    me = centre.session.user_id     # "mine" is ticked by default
    tasks.create(Task(client_id=grace.id, title="Chase the Home Office",
                      due_on=today - timedelta(days=2), assigned_to=me))
    tasks.create(Task(client_id=mina.id, title="Witness statement",
                      due_on=today + timedelta(days=3), assigned_to=me))
    tasks.create(Task(client_id=mina.id, title="Call back", due_on=today + timedelta(days=1),
                      assigned_to=me))
    wait_idle(qtbot, shell)
    before = _audit_rows(centre)[-1][0]
    shell.window.ui.actionMyWeek.trigger()
    week = shell.workspace.page("week")
    week.reload()
    wait_idle(qtbot, shell)
    items = week.items()
    assert [(i.client_reference, i.overdue) for i in items] == [
        (grace.reference, True), (mina.reference, False), (mina.reference, False)]
    assert [i.task.title for i in items] == ["Chase the Home Office", "Call back",
                                             "Witness statement"]
    written = [row for row in _audit_rows(centre) if row[0] > before]
    assert written, "the visit is still audited"
    assert not [row for row in written if row[1] == "read" and row[2] == "client"]
    assert {row[4] for row in written if row[2] == "task"} <= {"diary:7"}


def test_time_tab_keeps_its_matters_on_the_gui_thread(qtbot, make_shell, team):
    """load() runs on the worker and only reads: the matters the columns paint from are kept
    by the callback on the GUI thread."""
    from tests.case_samples import matter, time_entry
    from tests.gui.gui_helpers import open_client_tab
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ada", family_name="Eze")
    shell = make_shell(vault=team)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, client.id)
    tab = file.tab("time")
    assert tab is not None and tab._references == {}
    services = centre.services
    stored = services.matters.create(matter(client.id, "Appeal"))
    services.time_entries.create(time_entry(client.id, stored.id, centre.session.user_id, "Advice"))
    result = tab.panel._load()          # what the worker runs
    assert tab._references == {} and tab._matters == []
    tab.panel.reload()
    wait_idle(qtbot, shell)
    assert tab._references == {stored.id: stored.reference}
    assert [m.id for m in tab._matters] == [stored.id]
    assert tab.panel.model.rowCount() == 1 == len(result[1])
    assert tab.panel.model.data(tab.panel.model.index(0, 1)) == stored.reference


def _gui_thread_calls(monkeypatch, name: str) -> list:
    """Record every call of Path.<name> made on the GUI (main) thread."""
    import pathlib
    import threading
    real, calls = getattr(pathlib.Path, name), []

    def spy(self, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            calls.append(self)
        return real(self, *args, **kwargs)
    monkeypatch.setattr(pathlib.Path, name, spy)
    return calls


class _Drop:
    def __init__(self, paths):
        from PySide6.QtCore import QMimeData, QUrl
        self._mime = QMimeData()
        self._mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])

    def mimeData(self):  # noqa: N802 - Qt name
        return self._mime

    def acceptProposedAction(self):  # noqa: N802 - Qt name
        pass


def test_dropped_files_are_checked_on_the_worker(qtbot, make_shell, team, tmp_path, monkeypatch):
    from tests.gui.gui_helpers import open_client_tab
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ada", family_name="Eze")
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    tab = open_client_tab(qtbot, shell, client.id).tab("attachments")
    letter = tmp_path / "letter.txt"
    letter.write_text("Interview on 3 March", encoding="utf-8")
    folder = tmp_path / "a folder"
    folder.mkdir()
    calls = _gui_thread_calls(monkeypatch, "is_file")
    tab.dropEvent(_Drop([folder, letter]))
    wait_idle(qtbot, shell)
    assert [a.name for a in tab.model.rows()] == ["letter.txt"]     # the folder is skipped
    assert calls == []
    tab.dropEvent(_Drop([folder]))                                   # only a folder: nothing
    wait_idle(qtbot, shell)
    assert tab.model.rowCount() == 1 and calls == []


def test_export_over_an_existing_package_checks_the_file_on_the_worker(
        qtbot, make_shell, team, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from assist_desktop.gui import messages
    from assist_desktop.security.transfer_package import MAGIC
    from tests.gui.gui_helpers import open_client_tab
    messages.answer_with(lambda kind, title, text: True)
    try:
        her = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Amina",
                          family_name="Hassan")
        from tests.gui.gui_helpers import give_consent
        give_consent(team, "sol", OTHER_PASSPHRASE, her.id)    # the export needs it
        shell = make_shell(vault=team)
        unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
        open_client_tab(qtbot, shell, her.id)
        target = tmp_path / f"{her.reference}.assisttransfer"
        target.write_bytes(b"an older package")           # the save dialog asked to replace it
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(target), "")))
        shell.window.ui.actionExportClient.trigger()
        transfer = shell.workspace.transfer
        qtbot.waitUntil(lambda: transfer.dialog is not None and transfer.dialog.isVisible(),
                        timeout=5000)
        dialog = transfer.dialog
        passphrase = "quiet harbour lantern meadow 58"
        dialog.ui.passphraseEdit.setText(passphrase)
        dialog.ui.confirmEdit.setText(passphrase)
        qtbot.waitUntil(dialog._ok.isEnabled, timeout=5000)
        calls = _gui_thread_calls(monkeypatch, "exists")
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
        wait_idle(qtbot, shell)
        assert target.read_bytes().startswith(MAGIC)
        assert target not in calls
    finally:
        messages.answer_with(None)


def test_a_restore_is_told_as_information_not_as_an_error(qtbot, make_shell, team, tmp_path):
    from types import SimpleNamespace

    from assist_desktop.gui import messages
    shell = make_shell(vault=team)
    errors = len(messages.shown)
    shell._restored(SimpleNamespace(safety_dir=tmp_path / "safety"))
    assert len(messages.shown) == errors
    title, text = messages.told[-1]
    assert title == "Restored" and str(tmp_path / "safety") in text


def test_document_titles_are_the_services_titles(qapp):
    from assist_desktop.gui.client.documents_tab import KINDS, title
    from assist_desktop.services.documents import TITLES
    assert {str(kind): title(kind) for kind in TITLES} == \
        {str(kind): text for kind, text in TITLES.items()}
    assert set(KINDS) <= {str(kind) for kind in TITLES}


def test_backup_words_are_marked_literally_for_the_catalogue():
    """lupdate extracts only literal strings: the plural messages and the list's states are in
    the catalogue under the context they are looked up with."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from assist_desktop.gui import backup_words as words
    root = ET.parse(Path(__file__).resolve().parents[2] / "assist_desktop" / "resources" / "translations"
                    / "assist_en.ts").getroot()
    backups = {m.findtext("source") for c in root.iter("context")
               if c.findtext("name") == "backups" for m in c.iter("message")}
    assert {"%n day(s)", "%n week(s)", "%n table(s)", "%n row(s)",
            "one backup a day for the last %n day(s)", "Made"} <= backups
    assert set(words.STATES.values()) <= backups
    assert words.days(1) == "1 day" and words.weeks(4) == "4 weeks"
    assert words.unit(words.days(7), 7) == " days"


def test_matters_are_named_one_way_and_a_new_task_offers_them(qtbot, make_shell, team):
    from tests.case_samples import matter
    from tests.gui.gui_helpers import open_client_tab

    from assist_desktop.gui.labels import label, matter_label
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Ada", family_name="Eze")
    shell = make_shell(vault=team)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    stored = centre.services.matters.create(matter(client.id, "Appeal"))
    assert matter_label(stored) == f"{stored.reference} · {label(stored.matter_type)}"
    file = open_client_tab(qtbot, shell, client.id)
    tasks = file.tab("tasks")
    dialog = tasks.new_task()
    combo = dialog.ui.matterCombo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [matter_label(stored)]
    assert combo.itemData(1) == stored.id
    dialog.reject()


def test_the_meter_says_when_the_two_passphrases_differ(qtbot):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

    from assist_desktop.gui.passphrase_meter import PassphraseMeter

    class Runner:                       # the assessment, at once on this thread
        def run(self, fn, on_success, on_failure=None, owner=None):
            on_success(fn())

    edit, confirm, bar, label = QLineEdit(), QLineEdit(), QProgressBar(), QLabel()
    for widget in (edit, confirm, bar, label):
        qtbot.addWidget(widget)
    meter = PassphraseMeter(Runner(), lambda text, inputs: SimpleNamespace(
        ok=True, score=4, message="Strong.", suggestions=()), edit, bar, label, confirm)
    edit.setText("quiet harbour lemon violin 93")
    meter.refresh()
    assert label.text() == "Strong." and not meter.mismatched and meter.mismatch_text() == ""
    confirm.setText("quiet harb")                   # still typing: not a mismatch yet
    assert not meter.mismatched and not meter.acceptable
    confirm.setText("quiet harbour lemon violin 39")
    assert meter.mismatched and meter.mismatch_text() == "The two passphrases are not the same."
    assert label.text() == "Strong."               # dialogs say it on their own message line
    meter.show_mismatch = True                      # the Backups panel: in the meter's label
    confirm.setText("quiet harbour lemon violin 3")
    assert label.text() == "The two passphrases are not the same."
    confirm.setText(edit.text())
    assert label.text() == "Strong." and meter.acceptable
