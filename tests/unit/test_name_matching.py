"""Name matching: case, diacritics, word order, transliteration, spelling variants, phones, DOB."""
from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assist_desktop.domain.name_matching import (REPORT_THRESHOLD, STRONG_THRESHOLD,
                                                 compare_names, compare_people, fold, name_forms,
                                                 normalise_phone, phone_tail, phones_match,
                                                 skeleton, skeleton_key)


@pytest.mark.parametrize("a,b", [
    ("Ольга Петренко", "Olga Petrenko"),            # Cyrillic / Latin
    ("Олена Шевченко", "Olena Shevchenko"),
    ("Nguyễn Thị Hoa", "Nguyen Thi Hoa"),           # Vietnamese diacritics
    ("O'Brien", "OBrien"),
    ("O\u2019Brien", "o'brien"),                    # typographic apostrophe
    ("ŽOFIA KOVÁČOVÁ", "zofia kovacova"),
    ("Zoë Łucja", "Zoe Lucja"),
])
def test_same_name_however_written(a, b):
    result = compare_names(a, b)
    assert result.score >= STRONG_THRESHOLD, result
    assert result.is_match


def test_vietnamese_nfc_and_nfd_are_the_same_name():
    nfc = unicodedata.normalize("NFC", "Nguyễn Thị Hoa")
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hoa")
    assert nfc != nfd
    assert fold(nfc) == fold(nfd) == "nguyen thi hoa"


@pytest.mark.parametrize("a,b", [
    ("Nguyễn Thị Hoa", "Hoa Thi Nguyen"),           # family name first or last
    ("Petrenko Olga", "Olga Petrenko"),
    ("Ольга Петренко", "Petrenko, Olga"),
])
def test_word_order_does_not_matter(a, b):
    assert compare_names(a, b).score >= 95


@pytest.mark.parametrize("a,b", [
    ("Mohammed", "Muhammad"),
    ("Mohammed Ali", "Muhammad Aly"),
    ("Mohamed", "Mohammad"),
    ("محمد", "Mohammed"),                           # Arabic script has no short vowels
    ("Ahmed", "أحمد"),
    ("Aisha Bello", "Ayesha Bello"),
    ("Julia Ivanova", "Юлия Иванова"),
    ("Μαρία Παπαδοπούλου", "Maria Papadopoulou"),    # Greek ου
])
def test_transliteration_variants_match(a, b):
    result = compare_names(a, b)
    assert result.is_match, result
    assert result.score < STRONG_THRESHOLD or fold(a) == fold(b)


@pytest.mark.parametrize("a,b", [
    ("Olga Petrenko", "Olha Petrenko"),
    ("Sarah Jones", "Sara Jones"),
    ("Anna Maria Kowalska", "Annamaria Kowalska"),
    ("Hoa Nguyen", "Nguyen Thi Hoa"),                # a middle name missing
    ("王芳", "Wang Fang"),
])
def test_similar_names_are_reported(a, b):
    assert compare_names(a, b).is_match


@pytest.mark.parametrize("a,b", [
    ("Maria Lopez", "John Smith"),
    ("Olga Petrenko", "Blessing Okafor"),
    ("Nguyen Thi Hoa", "Tran Van Minh"),
    ("", "Olga"),
    ("😀", "😀"),
    ("!!!", "???"),
])
def test_different_names_are_not(a, b):
    assert not compare_names(a, b).is_match


def test_reasons_are_plain_words():
    assert compare_names("Olga Petrenko", "Olga Petrenko").reason == "same name"
    assert "order" in compare_names("Hoa Thi Nguyen", "Nguyen Thi Hoa").reason
    assert "spelling" in compare_names("Mohammed", "Muhammad").reason


def test_fold_and_skeleton():
    assert fold("  Zoë  O\u2019Brien-Smith 😀\x00") == "zoe obrien smith"
    assert fold("Ольга") == "olga"
    assert skeleton("mohammed") == skeleton("muhammad") == skeleton("mohamed") == "mhmd"
    assert skeleton_key("Ali Mohammed") == skeleton_key("Muhammad Aly")
    assert skeleton("aia") == "aia"  # nothing but vowels: keep the word
    folded, keys = name_forms(["Anna Maria", "Ольга"])
    assert "anna maria" in folded and "annamaria" in folded and "olga" in folded
    assert "mhmd" in name_forms(["Mohammed"])[1]


def test_people_with_aliases_and_date_of_birth():
    dob = date(1995, 3, 4)
    same = compare_people(["Olga Petrenko", "Olia"], ["Ольга Петренко"], dob, dob)
    assert same.score == 100 and same.dob_note == "same date of birth"
    assert same.query_name == "Olga Petrenko"
    via_alias = compare_people(["Blessing Okafor", "Mama Joy"], ["Joy Mama"])
    assert via_alias.is_match and via_alias.query_name == "Mama Joy"
    swapped = compare_people(["Mohammed Ali"], ["Muhammad Aly"], date(1990, 4, 3), date(1990, 3, 4))
    plain = compare_people(["Mohammed Ali"], ["Muhammad Aly"])
    assert swapped.score > plain.score and "swapped" in swapped.dob_note
    boosted = compare_people(["Mohammed Ali"], ["Muhammad Aly"], dob, dob)
    assert boosted.score > plain.score
    other = compare_people(["Mohammed Ali"], ["Muhammad Aly"], date(1960, 1, 1), dob)
    assert other.score < plain.score and not other.is_match
    assert compare_people([], ["x"]).score == 0


@pytest.mark.parametrize("number,expected", [
    ("07700 900123", "447700900123"),
    ("+44 (0)7700 900123", "447700900123"),
    ("0044 7700-900-123", "447700900123"),
    ("+353 87 123 4567", "353871234567"),
    ("+353 (0)87 123 4567", "353871234567"),
    ("12", ""),
    ("", ""),
    ("phone me", ""),
])
def test_phone_normalisation(number, expected):
    assert normalise_phone(number) == expected


def test_phone_matching():
    assert phones_match("07700 900123", "+44 7700 900 123")
    assert phones_match("087 123 4567", "+353 87 1234567", default_country_code="353")
    assert phones_match("(087) 123 4567", "+353871234567")  # tail match, whatever the country
    assert not phones_match("07700 900123", "07700 900124")
    assert not phones_match("", "")
    assert phone_tail("+44 7700 900123") == "700900123"


_any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_any_text, _any_text)
def test_never_fails_on_any_text(a, b):
    result = compare_names(a, b)
    assert 0 <= result.score <= 100
    assert compare_names(a, a).score in (0, 100)
    fold(a)
    normalise_phone(a)


def test_threshold_is_sane():
    assert 50 < REPORT_THRESHOLD < STRONG_THRESHOLD <= 100
