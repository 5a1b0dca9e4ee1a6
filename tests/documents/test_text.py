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


def test_bundled_fonts_draw_ethiopic_hebrew_cjk_and_emoji():
    for sample in ("Tigrinya ትግርኛ", "Amharic አማርኛ", "中文 臺灣 ひらがな 한국어", "שלום",
                   "emoji \U0001F600 \u2713"):
        assert text.clean(sample) == sample


def test_undrawable_characters_become_a_visible_marker_never_a_box_or_nothing():
    assert text.clean("melting \U0001FAE0 face") == "melting [U+1FAE0] face"
    assert text.clean("a\ue000b") == "a[U+E000]b"  # private use: no font has it
    assert "\ufffd" not in text.inline("x \U0001FAE0 y")


def test_variation_selectors_are_dropped_the_emoji_stays():
    assert text.clean("ok \u2764\ufe0f") == "ok \u2764"


def test_long_paragraph_is_chunked_at_spaces():
    block = ("word " * 10_000).strip()
    chunks = text._chunks(block)
    assert len(chunks) > 1
    assert " ".join(chunks) == block


def test_fallback_runs_keep_spaces_and_punctuation_in_the_run_they_are_in():
    from assist_desktop.documents import fallback, fonts
    assert fallback.runs("Name: 北京, 2024") == [(fonts.SERIF, "Name: "), (fonts.CJK, "北京, "),
                                                (fonts.SERIF, "2024")]
    assert fallback.runs("ሰላም ዓለም", bold=True) == [(fonts.ETHIOPIC_BOLD, "ሰላም ዓለም")]
    assert '<font name="AssistEmoji">\U0001F600</font>' in text.inline("ok \U0001F600")
    # DejaVu Serif Bold has no double-struck R: bold text borrows the regular glyph
    assert fallback.runs("\u211d", bold=True) == [(fonts.SERIF, "\u211d")]


def test_hebrew_runs_are_reversed_with_points_digits_and_brackets_kept_right():
    from assist_desktop.documents import hebrew
    assert hebrew.visual("(שלום)") == "(םולש)"
    assert hebrew.visual("שנת 2024") == "2024 תנש"
    # each letter keeps its points (qamats, shin dot, holam) after it
    assert hebrew.visual("ש\u05b8\u05c1לו\u05b9ם") == "םו\u05b9לש\u05b8\u05c1"
