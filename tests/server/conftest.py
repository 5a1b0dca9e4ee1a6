"""One real centre server for the module's tests (started once: a process with real TLS)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from server_harness import ServerProcess, make_centre  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("centre")
    data_dir = root / "data"
    data_dir.mkdir()
    ids = make_centre(data_dir)
    process = ServerProcess(data_dir)
    process.fingerprint = process.init()
    process.ids = ids
    process.start()
    yield process
    process.stop()
