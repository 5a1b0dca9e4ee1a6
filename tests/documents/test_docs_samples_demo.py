"""tools/docs_samples.py: every document kind made through the service from a demo
database (the tool behind `make docs-samples`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assist_desktop.documents import DocumentKind
from tests.documents.conftest import reader

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.mark.slow  # builds a demo centre and every document
def test_demo_documents_cover_every_kind(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(TOOLS))
    from docs_samples_demo import demo_documents
    docs = demo_documents(tmp_path, clients=12)
    assert set(docs) == {kind.value for kind in DocumentKind}
    for name, pdf in docs.items():
        assert len(reader(pdf).pages) >= 1, name
