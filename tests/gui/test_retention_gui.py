"""The administrators' retention screen: a closed file past its period listed by reference,
extend refused without a reason and accepted with one, destroy refused on a wrong reference
and done on the right one, with the certificate of destruction saved where chosen; the rules
in force shown with [VERIFY]."""
from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from pypdf import PdfReader

from assist_desktop.domain.clients import Client
from assist_desktop.gui import messages
from tests.conftest import PASSPHRASE
from tests.gui.gui_helpers import unlock_as, wait_idle


@pytest.fixture
def team(team):
    messages.answer_with(lambda kind, title, text: True)
    yield team
    messages.answer_with(None)


def _closed(vault, names):
    centre = vault.unlock("admin", PASSPHRASE)
    try:
        out = []
        for given in names:
            her = centre.services.clients.create(Client(
                given_names=given, family_name="<b>Okafor</b>", jurisdiction="england-wales"))
            her = centre.services.clients.get(her.id)
            out.append(centre.services.clients.update(dataclasses.replace(
                her, opened_on=date(2016, 5, 1), closed_on=date(2018, 1, 31))))
        return out
    finally:
        centre.lock()


def test_extend_and_destroy_from_the_review_list(qtbot, make_shell, team, tmp_path):
    first, second = _closed(team, ["Ngozi", "Adaeze"])
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    panel = shell.workspace.page("admin").retention
    qtbot.waitUntil(lambda: not panel._busy and panel.model.rowCount() == 2, timeout=10000)
    assert any(r.verify for r in panel.rules_model.rows())
    refs = [panel.model.row(i).reference for i in range(2)]
    assert refs == sorted([first.reference, second.reference])
    assert panel.model.row(0).review_on == date(2025, 1, 31) and panel.model.row(0).due

    panel.view.selectRow(refs.index(second.reference))
    panel.extend(until=date(2031, 1, 1), reason="   ")
    qtbot.waitUntil(lambda: not panel._busy, timeout=5000)
    assert "reason" in panel.statusLabel.text().lower()
    panel.extend(until=date(2031, 1, 1), reason="complaint to the <b>SRA</b> open")
    qtbot.waitUntil(lambda: "kept until" in panel.statusLabel.text(), timeout=5000)
    qtbot.waitUntil(lambda: not panel._busy and panel.model.rowCount() == 1, timeout=5000)

    panel.view.selectRow(0)
    panel.destroy(typed=second.reference)
    qtbot.waitUntil(lambda: "does not match" in panel.statusLabel.text(), timeout=5000)
    qtbot.waitUntil(lambda: not panel._busy, timeout=5000)
    assert panel.model.rowCount() == 1
    target = tmp_path / "certificate.pdf"
    panel.chooser = lambda parent, suggested: str(target)
    panel.view.selectRow(0)
    panel.destroy(typed=first.reference)
    qtbot.waitUntil(lambda: target.exists() and not panel._busy, timeout=20000)
    wait_idle(qtbot, shell)
    assert panel.model.rowCount() == 0
    words = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert first.reference in words and "Ngozi" not in words and "Okafor" not in words
    assert panel.last_certificate[0] in words


def test_purge_a_single_deleted_note_and_attachment(qtbot, make_shell, team):
    import uuid

    import case_samples as s
    centre = team.unlock("admin", PASSPHRASE)
    try:
        services = centre.services
        her = services.clients.create(Client(given_names="Ama", family_name="Mensah",
                                             jurisdiction="england-wales"))
        note = services.notes.create(s.note(her.id, "Quillbrandt said the <b>agent</b> lied",
                                            centre.session.user_id), str(uuid.uuid4()))
        loose = services.attachments.add(her.id, "scan.txt", "text/plain", b"Quillbrandt scan")
        services.notes.delete(note.id, note.version)
        services.attachments.delete(loose.id, loose.version)
    finally:
        centre.lock()
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    panel = shell.workspace.page("admin").deleted_records
    qtbot.waitUntil(lambda: not panel._busy and panel.model.rowCount() == 2, timeout=10000)
    kinds = sorted(panel.model.row(i).kind for i in range(2))
    assert kinds == ["attachment", "note"]
    assert all(panel.model.row(i).client_reference == her.reference for i in range(2))
    asked = []
    messages.answer_with(lambda kind, title, text: asked.append(text) or True)
    for _ in range(2):
        panel.view.selectRow(0)
        panel.purge()
        qtbot.waitUntil(lambda: "Purged" in panel.statusLabel.text() and not panel._busy,
                        timeout=10000)
        panel.statusLabel.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert len(asked) == 2 and all(her.reference in a for a in asked)
    services = shell.centre.services
    text = shell.centre.db.read(lambda c: repr(c.execute(
        "SELECT body FROM case_notes UNION ALL SELECT name FROM attachments").fetchall()))
    assert "Quillbrandt" not in text
    actions = [(r.action, r.entity) for r in services.audit.page(limit=30)]
    assert ("purge", "note") in actions and ("purge", "attachment") in actions


def test_an_administrator_edits_the_schedule(qtbot, make_shell, team):
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    panel = shell.workspace.page("admin").retention
    qtbot.waitUntil(lambda: not panel._busy and panel.rules_model.rowCount() > 0, timeout=10000)
    rows = panel.rules_model.rows()
    index = next(i for i, r in enumerate(rows) if r.id == "ew-standard")
    panel.rules_view.selectRow(index)
    dialog = panel.edit_rule()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.sourceEdit.setText("<b>Insurer</b> terms & SRA guidance")
    dialog.yearsSpin.setValue(6)
    dialog.outcomeEdit.setText("")                        # refused: outcome is required
    dialog.submit()
    qtbot.waitUntil(lambda: "outcome" in dialog.messageLabel.text().lower(), timeout=5000)
    dialog.outcomeEdit.setText("any")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not panel._busy, timeout=5000)
    changed = {r.id: r for r in shell.centre.services.retention.rules()}["ew-standard"]
    assert (changed.years, changed.source) == (6, "<b>Insurer</b> terms & SRA guidance")
    panel.reset_rules()
    qtbot.waitUntil(lambda: {r.id: r for r in shell.centre.services.retention.rules()}[
        "ew-standard"].years == 7, timeout=5000)


def test_files_a_restore_brought_back_are_listed_and_destroyed_again(qtbot, make_shell, team,
                                                                      tmp_path):
    """After a restore of a backup made before a file was destroyed (the state the restore
    leaves: the carried certificate, her file back, listed; tests/backup/
    test_restore_destroyed.py makes it by a real restore), the screen says so and destroys
    it again under a new certificate."""
    import json

    from assist_desktop.storage.retention_repository import (RETURNED_SETTING,
                                                             RetentionRepository)
    her, = _closed(team, ["Ngozi"])
    centre = team.unlock("admin", PASSPHRASE)
    try:
        def restored(conn):
            RetentionRepository().add_certificate(conn, "DC-2026-0001", her.reference,
                                                  "ab" * 32, "ew-standard", 3, None)
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                         (RETURNED_SETTING, json.dumps(["DC-2026-0001"])))
        centre.db.write(restored)
    finally:
        centre.lock()
    shell = make_shell(vault=team)
    messages.told.clear()
    unlock_as(qtbot, shell, "admin", PASSPHRASE)
    # told at sign-in, by reference only
    qtbot.waitUntil(lambda: any(t == "Destroyed files are back" for t, _ in messages.told),
                    timeout=10000)
    told = next(body for t, body in messages.told if t == "Destroyed files are back")
    assert her.reference in told and "Okafor" not in told
    panel = shell.workspace.page("admin").retention
    qtbot.waitUntil(lambda: not panel._busy and bool(panel.returned), timeout=10000)
    assert panel.againButton.isVisibleTo(panel) and panel.returnedLabel.isVisibleTo(panel)
    text = panel.returnedLabel.text()
    assert her.reference in text and "DC-2026-0001" in text and "Okafor" not in text
    target = tmp_path / "again.pdf"
    panel.chooser = lambda parent, suggested: str(target)
    panel.destroy_again(typed="C-1999-0001")
    qtbot.waitUntil(lambda: "does not match" in panel.statusLabel.text(), timeout=10000)
    qtbot.waitUntil(lambda: not panel._busy, timeout=10000)
    panel.destroy_again(typed=her.reference)
    qtbot.waitUntil(lambda: "DC-2026-0002" in panel.statusLabel.text(), timeout=20000)
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(lambda: not panel._busy and not panel.returned, timeout=10000)
    assert not panel.againButton.isVisibleTo(panel)
    assert "DC-2026-0002" in panel.statusLabel.text()
    words = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert her.reference in words and "Okafor" not in words
