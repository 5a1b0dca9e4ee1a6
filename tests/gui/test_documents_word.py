"""The documents tab: a draft whose text has a character no font has is made only after the
person has seen the list, and "Save as Word…" writes the editable copy off the GUI thread with
the leaves-the-store warning."""
from __future__ import annotations

import io

import pytest
from docx import Document
from PySide6.QtWidgets import QFileDialog

from assist_desktop.gui import messages
from tests.gui.gui_helpers import (OTHER_PASSPHRASE, give_consent, open_client_tab, seed_client,
                                  unlock_as)

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def test_unprintable_characters_are_asked_about_then_word_copy_is_saved(
        qtbot, make_shell, team, tmp_path, monkeypatch):
    client = seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Rosa", family_name="Lima")
    give_consent(team, "sol", OTHER_PASSPHRASE, client.id)   # a support letter goes out
    shell = make_shell(vault=team)
    unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    tab = open_client_tab(qtbot, shell, client.id).tab("documents")
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("support_letter"))
    asked = []
    messages.answer_with(lambda kind, title, text: asked.append(text) or True)
    tab.generate_with({"paragraphs": ("She signs her messages \U0001FAE0 ትግርኛ 中文.",)})
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=60000)
    assert len(asked) == 1 and "U+1FAE0 MELTING FACE in paragraph 1" in asked[0]
    assert "ትግርኛ" not in asked[0]  # Ge'ez and Chinese print: only the emoji is listed

    tab.ui.documentsView.selectRow(0)
    qtbot.waitUntil(lambda: tab.ui.saveWordButton.isEnabled(), timeout=10000)
    target = tmp_path / "letter.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    asked.clear()
    tab.ui.saveWordButton.click()
    qtbot.waitUntil(lambda: target.exists() and "leaves the encrypted store"
                    in tab.ui.messageLabel.text(), timeout=30000)
    assert asked and "leaves the encrypted store" in asked[0]
    texts = [p.text for p in Document(io.BytesIO(target.read_bytes())).paragraphs]
    # Word shows the character with the reader's own fonts: the copy keeps it as typed
    assert "She signs her messages \U0001FAE0 ትግርኛ 中文." in texts
