"""After a scripted session that writes a known marker, the marker is nowhere readable:
not in the database file, the WAL, the key-slot file, the data folder or the logs. A staff
member's full name is the one exception, and only in the key-slot file, on purpose: the unlock
window lists names before the database is open (docs/SECURITY.md, "What the key file
reveals")."""
from __future__ import annotations

import logging

from assist_desktop.platform import logs

MARKER = "Zephyrine-Quillfeather-7731"
STAFF_NAME = "Staffname-Orrinwick-5519"


def _all_bytes(directory):
    found = {}
    for path in directory.rglob("*"):
        if path.is_file():
            found[path.name] = path.read_bytes()
    return found


def test_marker_is_absent_everywhere(vault, centre, data_dir, tmp_path):
    log_dir = data_dir / "logs"
    logs.configure(log_dir)
    log = logging.getLogger("assist_desktop.test")
    # A careless log call with client data in its arguments must be redacted.
    log.info("saved %s", MARKER)
    log.warning("failed for %s", f"client {MARKER}")
    from assist_desktop.domain.clients import Client
    client = centre.services.clients.create(Client(given_names=MARKER, family_name="Okoro",
                                                   jurisdiction="england-wales"))
    users = centre.services.users
    users.add_user("sol", STAFF_NAME, ["solicitor"], "violet lantern orchard thimble 7")
    for i in range(200):  # enough writes that the WAL holds frames when we look
        users.set_roles("sol", ["solicitor"] if i % 2 else ["solicitor", "support-worker"])
    centre.anchor.flush()   # an atomic save of the key file in flight is a .tmp copy
    files = _all_bytes(data_dir)
    assert "assist.db" in files and "keyslots.json" in files
    assert any(name.endswith("-wal") for name in files)
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        needle = MARKER.encode(encoding)
        leaked = [name for name, data in files.items() if needle in data]
        assert leaked == [], f"marker readable in {leaked} ({encoding})"
        staff = [name for name, data in files.items() if STAFF_NAME.encode(encoding) in data]
        assert staff == (["keyslots.json"] if encoding == "utf-8" else []), staff
    # The test is able to see the marker when it is there.
    assert centre.services.clients.get(client.id).given_names == MARKER
    centre.lock()
    files = _all_bytes(data_dir)
    assert not [name for name, data in files.items() if MARKER.encode() in data]
    assert [n for n, data in files.items() if STAFF_NAME.encode() in data] == ["keyslots.json"]
    logging.getLogger("assist_desktop").handlers.clear()
