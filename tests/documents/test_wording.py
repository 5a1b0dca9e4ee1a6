"""Wording files: every jurisdiction has the same entries; edits need no code; a broken file
gives an error naming it; placeholders and terminology fill in."""
from __future__ import annotations

import json
import shutil

import pytest

from assist_desktop.documents import wording
from assist_desktop.domain.errors import ValidationError
from assist_desktop.platform.paths import resource

JURISDICTIONS = ("england-wales", "scotland", "ireland")


def _shape(node):
    if isinstance(node, dict):
        return {k: _shape(v) for k, v in node.items() if not k.startswith("_")}
    return type(node).__name__ if not isinstance(node, list) else "list"


@pytest.mark.parametrize("kind", sorted(k for k in wording.REQUIRED if k != "recovery_sheet"))
def test_every_jurisdiction_has_the_same_entries(kind):
    shapes = {j: _shape(json.loads(resource("wording", j, f"{kind}.json").read_text("utf-8")))
              for j in JURISDICTIONS}
    base = shapes["england-wales"]
    for jurisdiction, shape in shapes.items():
        assert set(shape) == set(base), jurisdiction
        for key in wording.REQUIRED[kind]:
            assert key in shape


def test_currency_per_jurisdiction():
    assert wording.common("england-wales").text("currency") == "GBP"
    assert wording.common("scotland").text("currency") == "GBP"
    assert wording.common("ireland").text("currency") == "EUR"


def test_placeholders_fill_and_unknown_ones_stay_visible():
    w = wording.load("england-wales", "chronology", client_name="Олена")
    assert w.fill("{client_name} / {nonsense}") == "Олена / {nonsense}"


def test_terminology_default_per_kind_and_override():
    assert wording.load("england-wales", "letters", term_kind="support").fill("{term}") == \
        "survivor"
    assert wording.load("england-wales", "letters",
                        term_kind="representations").fill("{Term}") == "Victim"
    assert wording.load("ireland", "children", term="survivor").fill("{terms}") == "survivors"


def test_broken_or_incomplete_file_names_itself(tmp_path, monkeypatch):
    root = tmp_path / "resources"
    shutil.copytree(resource("wording"), root / "wording")
    monkeypatch.setattr(wording, "resource", lambda *parts: root.joinpath(*parts)
                        if root.joinpath(*parts).exists() else (_ for _ in ()).throw(
                            FileNotFoundError(parts)))
    (root / "wording" / "scotland" / "chronology.json").write_text("{ not json", "utf-8")
    with pytest.raises(ValidationError, match="scotland/chronology.json"):
        wording.load("scotland", "chronology")
    (root / "wording" / "ireland" / "bundle.json").write_text('{"index_title": "X"}', "utf-8")
    with pytest.raises(ValidationError, match="ireland/bundle.json.*missing"):
        wording.load("ireland", "bundle")
    (root / "wording" / "ireland" / "letters.json").unlink()
    with pytest.raises(ValidationError, match="ireland/letters.json"):
        wording.load("ireland", "letters")


def test_edited_wording_is_used_without_code_changes(tmp_path, monkeypatch):
    from assist_desktop.documents import build, samples
    from tests.documents.conftest import assert_contains
    root = tmp_path / "resources"
    shutil.copytree(resource("wording"), root / "wording")
    monkeypatch.setattr(wording, "resource", lambda *parts: root.joinpath(*parts))
    path = root / "wording" / "england-wales" / "chronology.json"
    data = json.loads(path.read_text("utf-8"))
    data["title"] = "TIMELINE & <b>KEY</b> EVENTS"
    path.write_text(json.dumps(data), "utf-8")
    assert_contains(build(samples.chronology()), "TIMELINE & <b>KEY</b> EVENTS")
