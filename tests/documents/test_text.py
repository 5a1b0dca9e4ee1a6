"""User text is escaped, cleaned and drawable before it reaches ReportLab."""
from __future__ import annotations

from assist_desktop.documents import text


def test_markup_is_escaped_not_interpreted():
    markup = text.inline('<b>x</b> & <a href="u">l</a> <img src="i.png"/> <i')
    assert "<b>" not in markup and "<a " not in markup and "<img" not in markup
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=\"u\"&gt;" in markup


def test_control_characters_removed_and_tabs_become_spaces():
    assert text.clean("a\x00b\x07c\x1bd\te\u202ef") == "abcd ef"
    assert text.clean("line\r\nnext\u2028third") == "line\nnext\nthird"


def test_text_is_nfc_normalised():
    decomposed = "Nguye\u0302\u0303n"
    assert text.clean(decomposed) == "Nguyễn"


def test_undrawable_characters_become_replacement_not_boxes():
    assert text.clean("Tigrinya ትግርኛ") == "Tigrinya " + "\ufffd" * 4
    assert text.clean("emoji \U0001F600") == "emoji \ufffd"


def test_private_use_characters_are_dropped():
    assert text.clean("a\ue000b") == "ab"


def test_long_paragraph_is_chunked_at_spaces():
    block = ("word " * 10_000).strip()
    chunks = text._chunks(block)
    assert len(chunks) > 1
    assert " ".join(chunks) == block
