"""Separation by key (#14): privileged and restricted text is sealed under keys that the data
key alone does not open, and stays readable for the people entitled to it."""
from __future__ import annotations

import dataclasses
import uuid

import pytest

import case_samples as s
from assist_desktop.domain.notes import CaseNote, NoteType
from assist_desktop.storage import connection as cx
from assist_desktop.storage import sealed_records
from tests.conftest import OTHER_PASSPHRASE

PRIV = "privcanaryquokka"
REST = "restcanarywombat"


def _ids(centre) -> dict[str, int]:
    return {u.username: u.id for u in centre.services.users.list_users()}


def _note(client_id, text, author, *, privileged=False) -> CaseNote:
    return CaseNote(client_id=client_id, note_type=NoteType.MEETING, note_date=s.D2,
                    title=f"Title {text}", body=f"Body with {text} inside", privileged=privileged,
                    author_id=author)


def _raw_text(centre) -> str:
    """Every value of every table, FTS shadow tables included, read the way a colleague with
    the data key and a Python prompt would: a connection of her own, keyed with the data key
    (it reads the WAL too), plus the raw bytes of the database and WAL files."""
    conn = cx.connect(centre.db.path, centre.keeper.data_key)
    try:
        parts = []
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert any(n.startswith("search_notes_") for n in names)    # shadow tables are read
        for name in names:
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("latin-1"))
                    elif value is not None:
                        parts.append(str(value))
    finally:
        conn.close()
    for suffix in ("", "-wal"):
        path = centre.db.path.with_name(centre.db.path.name + suffix)
        if path.exists():
            parts.append(path.read_bytes().decode("latin-1"))
    return "\n".join(parts).lower()


@pytest.fixture
def world(centre, staff):
    """admin (administrator, solicitor), sol (solicitor), sup (support worker), adm; file A
    open to all with a privileged note and attachment, file B restricted to sol and sup."""
    sol, sup = staff("sol"), staff("sup")
    ids = _ids(centre)
    a = sol.services.clients.create(s.client("Open file"))
    b = sol.services.clients.create(s.client("Closed file",
                                             restricted_to=frozenset({ids["sol"], ids["sup"]})))
    notes = sol.services.notes
    priv = notes.create(_note(a.id, PRIV, ids["sol"], privileged=True), str(uuid.uuid4()))
    notes.update(dataclasses.replace(priv, body=f"Edited {PRIV} again"), expected_version=1,
                 idempotency_key=str(uuid.uuid4()))
    notes.create(_note(a.id, "ordinary meeting words", ids["sol"]), str(uuid.uuid4()))
    sol.services.attachments.add(a.id, "advice.pdf", "application/pdf",
                                 f"%PDF advice {PRIV}".encode(), privileged=True)
    rest = sup.services.notes.create(_note(b.id, REST, ids["sup"]), str(uuid.uuid4()))
    sup.services.attachments.add(b.id, "statement.pdf", "application/pdf",
                                 f"%PDF statement {REST}".encode())
    return dataclasses.make_dataclass("W", "centre sol sup ids a b priv rest".split())(
        centre, sol, sup, ids, a, b, priv, rest)


def test_a_data_key_holder_finds_no_privileged_or_restricted_text(world):
    raw = _raw_text(world.centre)
    assert PRIV not in raw and REST not in raw
    assert "ordinary meeting words" in raw          # the proof reads what is there


def test_the_entitled_read_it_and_others_hold_no_key(world):
    sol, sup = world.sol, world.sup
    assert sol.services.notes.get(world.priv.id).body == f"Edited {PRIV} again"
    assert [h.body for h in sol.services.notes.history(world.priv.id)] == [
        f"Body with {PRIV} inside"]
    assert sup.services.notes.get(world.rest.id).body == f"Body with {REST} inside"
    assert sol.services.notes.get(world.rest.id).title == f"Title {REST}"
    [att] = sol.services.attachments.list(world.a.id)
    assert sol.services.attachments.open(att.id) == f"%PDF advice {PRIV}".encode()

    def holds(centre, name):
        return centre.db.read(lambda conn: centre.keyring.holds(conn, name))
    assert holds(sol, "privilege") and holds(world.centre, "privilege")
    assert not holds(sup, "privilege")                    # a support worker's session cannot
    assert holds(sup, f"client:{world.b.id}") and holds(sol, f"client:{world.b.id}")
    assert not holds(world.centre, f"client:{world.b.id}")   # admin is not named on her file


def test_search_finds_sealed_notes_for_those_who_may_read_them(world):
    def refs(centre, query):
        return [r.client_id for r in centre.services.search.search(query)]
    assert refs(world.sol, PRIV) == [world.a.id]
    assert refs(world.sup, PRIV) == []
    assert refs(world.sup, REST) == [world.b.id]
    assert refs(world.centre, REST) == []
    [result] = world.sol.services.search.search(PRIV)
    assert any(PRIV in sn.text for sn in result.snippets if sn.source == "note")
    # saved after the index was built: found at once
    world.sol.services.notes.create(_note(world.a.id, "laterquokkaword", world.ids["sol"],
                                          privileged=True), str(uuid.uuid4()))
    assert refs(world.sol, "laterquokkaword") == [world.a.id]


def test_a_damaged_sealed_note_is_named_and_the_rest_of_her_file_opens(world):
    def damage(conn):
        blob = bytearray(conn.execute("SELECT sealed FROM case_notes WHERE id = ?",
                                      (world.rest.id,)).fetchone()[0])
        blob[-1] ^= 1
        conn.execute("UPDATE case_notes SET sealed = ? WHERE id = ?", (bytes(blob), world.rest.id))
    world.sup.db.write(damage)
    other = world.sup.services.notes.create(_note(world.b.id, "second note", world.ids["sup"]),
                                            str(uuid.uuid4()))
    listed = {n.id: n for n in world.sup.services.notes.list(world.b.id)}
    reference = world.sup.services.clients.get(world.b.id).reference
    assert listed[world.rest.id].title.startswith(
        f"Note of 31 January 2025 on {reference} could not be decrypted")
    assert listed[other.id].body == "Body with second note inside"
    failures, untested = world.sup.db.read(
        lambda conn: __import__("assist_desktop.storage.sealed_reseal",
                                fromlist=["x"]).unopened(conn))
    assert len(failures) == 1 and reference in failures[0]
    assert untested >= 2          # the privileged note and attachment: no key to test them


def test_unrestricting_opens_her_records_and_restricting_seals_them(world):
    b = world.sol.services.clients.get(world.b.id)
    world.sol.services.clients.update(dataclasses.replace(b, restricted_to=frozenset()))
    assert REST in _raw_text(world.centre)
    assert world.centre.services.notes.get(world.rest.id).body == f"Body with {REST} inside"
    b = world.sol.services.clients.get(world.b.id)
    world.sol.services.clients.update(dataclasses.replace(
        b, restricted_to=frozenset({world.ids["sol"]})))
    assert REST not in _raw_text(world.centre)
    assert world.sol.services.notes.get(world.rest.id).body == f"Body with {REST} inside"


def _generation(centre, name):
    return centre.db.read(lambda conn: sealed_records.generation(conn, name))


def test_removing_someone_rotates_her_key_and_re_encrypts(world):
    name = f"client:{world.b.id}"
    before = world.sol.db.read(lambda c: c.execute(
        "SELECT sealed FROM case_notes WHERE id = ?", (world.rest.id,)).fetchone()[0])
    b = world.sol.services.clients.get(world.b.id)
    world.sol.services.clients.update(dataclasses.replace(
        b, restricted_to=frozenset({world.ids["sol"]})))
    assert _generation(world.sol, name) == 2
    after, label = world.sol.db.read(lambda c: c.execute(
        "SELECT sealed, sealed_with FROM case_notes WHERE id = ?", (world.rest.id,)).fetchone())
    assert after != before and label == f"{name}@2"
    holders = world.sol.db.read(lambda c: {u for (u,) in c.execute(
        "SELECT username FROM compartment_keys WHERE compartment = ?", (name,))})
    assert holders == {"sol", None}
    assert world.sol.services.notes.get(world.rest.id).body == f"Body with {REST} inside"


def test_a_rotation_that_fails_part_way_leaves_everything_readable(world, monkeypatch):
    from assist_desktop.storage import sealed_reseal
    calls = []
    real = sealed_reseal._reseal_blob_rows

    def failing(*args):
        calls.append(1)
        raise RuntimeError("killed part-way")
    monkeypatch.setattr(sealed_reseal, "_reseal_blob_rows", failing)
    b = world.sol.services.clients.get(world.b.id)
    with pytest.raises(RuntimeError):
        world.sol.services.clients.update(dataclasses.replace(
            b, restricted_to=frozenset({world.ids["sol"]})))
    monkeypatch.setattr(sealed_reseal, "_reseal_blob_rows", real)
    assert calls and _generation(world.sol, f"client:{world.b.id}") == 1
    assert world.sup.services.notes.get(world.rest.id).body == f"Body with {REST} inside"
    assert world.sol.services.notes.get(world.rest.id).body == f"Body with {REST} inside"
    [att] = world.sup.services.attachments.list(world.b.id)
    assert world.sup.services.attachments.open(att.id) == f"%PDF statement {REST}".encode()


def test_losing_the_solicitor_role_rotates_the_privilege_key(world, vault):
    world.centre.services.users.set_roles("sol", ["support-worker"])
    assert _generation(world.centre, "privilege") == 2
    world.sol.lock()
    again = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        assert not again.db.read(lambda conn: again.keyring.holds(conn, "privilege"))
    finally:
        again.lock()
    assert world.centre.services.notes.get(world.priv.id).body == f"Edited {PRIV} again"


def test_a_data_key_rotation_and_a_new_recovery_code_keep_compartments_open(world, vault):
    world.centre.rotate_data_key()
    world.centre.replace_recovery_code()
    again = vault.unlock("sol", OTHER_PASSPHRASE)
    try:
        assert again.services.notes.get(world.priv.id).body == f"Edited {PRIV} again"
        assert again.services.notes.get(world.rest.id).body == f"Body with {REST} inside"
    finally:
        again.lock()
    recovery = world.centre.db.read(lambda c: c.execute(
        "SELECT count(*) FROM compartment_keys WHERE username IS NULL").fetchone()[0])
    assert recovery == 2          # one copy of each compartment's key for the new code


def _damage(centre, note_id):
    def write(conn):
        blob = bytearray(conn.execute("SELECT sealed FROM case_notes WHERE id = ?",
                                      (note_id,)).fetchone()[0])
        blob[20] ^= 1
        conn.execute("UPDATE case_notes SET sealed = ? WHERE id = ?", (bytes(blob), note_id))
    centre.db.write(write)


def test_check_names_a_damaged_sealed_record(world):
    from tests.unit.cli_helpers import P1, run
    data_dir = str(world.centre.db.path.parent)
    ok = run("check", "--data-dir", data_dir, "--as", "admin", stdin=P1 + "\n")
    assert ok.returncode == 0, ok.stderr
    assert "sealed records" in ok.stdout and "2 are under keys" in ok.stderr   # file B: note, attachment
    _damage(world.centre, world.priv.id)
    bad = run("check", "--data-dir", data_dir, "--as", "admin", stdin=P1 + "\n")
    reference = world.centre.services.clients.get(world.a.id).reference
    assert bad.returncode == 1
    assert (f"sealed record: Note of 31 January 2025 on {reference} could not be decrypted"
            in bad.stderr)


def test_a_client_file_export_and_import_carry_sealed_records(world):
    interchange = world.sol.services.interchange
    for client in (world.a, world.b):
        world.sol.services.clients.consents.create(s.sharing_consent(client.id))  # goes out
        reference = world.sol.services.clients.get(client.id).reference
        data = interchange.export_client(reference).data
        assert (PRIV if client is world.a else REST).encode() in data   # opened for export
        imported = interchange.import_file(data)
        notes = world.sol.services.notes.list(imported.client_id)
        assert any(PRIV in n.body or REST in n.body for n in notes)
    without = interchange.export_client(world.sol.services.clients.get(world.a.id).reference,
                                        include_privileged=False).data
    assert PRIV.encode() not in without
    assert PRIV not in _raw_text(world.centre) and REST not in _raw_text(world.centre)


def test_a_restored_backup_opens_sealed_records_for_the_entitled(world, tmp_path):
    from assist_desktop.backup import BackupSecret, create_backup, restore_backup
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    from assist_desktop.services.vault import Vault
    from tests.backup.backup_world import BACKUP_PASSPHRASE, source_of
    dest = tmp_path / "stick"
    dest.mkdir()
    result = create_backup(source_of(world.centre), dest, BACKUP_PASSPHRASE,
                           kdf_params=TEST_PARAMETERS)
    target = tmp_path / "laptop"
    restore_backup(result.path, target, BackupSecret.passphrase(BACKUP_PASSPHRASE))
    for name in ("sol", "sup"):
        restored = Vault(target, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock(
            name, OTHER_PASSPHRASE)
        try:
            assert restored.services.notes.get(world.rest.id).body == f"Body with {REST} inside"
            if name == "sol":
                assert restored.services.notes.get(world.priv.id).body == f"Edited {PRIV} again"
            else:
                assert not restored.db.read(
                    lambda conn: restored.keyring.holds(conn, "privilege"))
        finally:
            restored.lock()


def test_note_drafts_are_sealed_and_follow_a_rotation(world):
    from assist_desktop.domain.notes import NoteDraft
    drafts = world.sol.services.notes
    drafts.save_draft(NoteDraft(user_id=world.ids["sol"], client_id=world.a.id, note_id=None,
                                base_version=None, title=f"Draft {PRIV}", body=PRIV,
                                form_state='{"privileged": true}'))
    drafts.save_draft(NoteDraft(user_id=world.ids["sol"], client_id=world.b.id, note_id=None,
                                base_version=None, title="Draft", body=f"typed {REST}",
                                form_state="{}"))
    assert PRIV not in _raw_text(world.centre) and REST not in _raw_text(world.centre)
    b = world.sol.services.clients.get(world.b.id)
    world.sol.services.clients.update(dataclasses.replace(
        b, restricted_to=frozenset({world.ids["sol"]})))            # sup removed: rotation
    assert drafts.load_draft(world.b.id).body == f"typed {REST}"
    assert drafts.load_draft(world.a.id).title == f"Draft {PRIV}"


def test_a_new_passphrase_gets_her_keys_in_the_same_session_and_the_next(world, vault):
    new = "quiet meadow lantern pebble 93"
    world.sol.services.users.change_own_passphrase(new, current_passphrase=OTHER_PASSPHRASE)
    c = world.sol.services.clients.create(s.client("Later file",
                                                   restricted_to=frozenset({world.ids["sol"]})))
    later = world.sol.services.notes.create(_note(c.id, "after the change", world.ids["sol"]),
                                            str(uuid.uuid4()))
    assert world.sol.services.notes.get(later.id).body == "Body with after the change inside"
    again = vault.unlock("sol", new)
    try:
        assert again.services.notes.get(world.priv.id).body == f"Edited {PRIV} again"
        assert again.services.notes.get(world.rest.id).body == f"Body with {REST} inside"
        assert again.services.notes.get(later.id).body == "Body with after the change inside"
    finally:
        again.lock()


def test_a_key_that_has_not_reached_her_yet_is_named_as_such(world, vault):
    """An administrator who is not a solicitor adds a solicitor: the privilege key cannot be
    sealed to her until a holder signs in. Until then her privileged notes say the key has not
    reached her (not that they are damaged), her file says so once, and the administrators'
    staff list shows who waits for which key; the next sign-in of a holder ends it."""
    adm = vault.unlock("adm", OTHER_PASSPHRASE)
    try:
        adm.services.users.add_user("newsol", "Nia Newsol", ["solicitor"], OTHER_PASSPHRASE,
                                    must_change=False)
        listed = {u.username: u for u in adm.services.users.list_users()}
        assert listed["newsol"].waiting_privilege_key
        assert listed["newsol"].waiting_file_keys == 0
        assert not listed["sol"].waiting_privilege_key and not listed["sup"].waiting_file_keys
        new = vault.unlock("newsol", OTHER_PASSPHRASE)
        try:
            assert new.services.notes.waiting_keys(world.a.id) == ("privilege",)
            [shown] = [n for n in new.services.notes.list(world.a.id) if n.privileged]
            assert "has not reached you yet" in shown.title and "has not reached you yet" in shown.body
            assert "could not be decrypted" not in shown.title
        finally:
            new.lock()
        assert world.sol.services.notes.waiting_keys(world.a.id) == ()
        again = vault.unlock("sol", OTHER_PASSPHRASE)          # a holder signs in
        again.lock()
        listed = {u.username: u for u in adm.services.users.list_users()}
        assert not listed["newsol"].waiting_privilege_key
        new = vault.unlock("newsol", OTHER_PASSPHRASE)
        try:
            assert new.services.notes.waiting_keys(world.a.id) == ()
            assert new.services.notes.get(world.priv.id).body == f"Edited {PRIV} again"
        finally:
            new.lock()
    finally:
        adm.lock()


def test_a_restricted_files_key_waiting_after_a_reset_is_counted(world, vault):
    adm = vault.unlock("adm", OTHER_PASSPHRASE)
    try:
        adm.services.users.reset_access("sup", "another long passphrase 77 for sue")
        listed = {u.username: u for u in adm.services.users.list_users()}
        assert listed["sup"].waiting_file_keys == 1 and not listed["sup"].waiting_privilege_key
    finally:
        adm.lock()


def test_shared_and_sealed_hits_merge_in_order_with_a_snippet_each(world):
    """The search reads only the sealed notes more recent than a full page of shared hits, and
    makes snippets in one pass over each index: the same notes, in the same order, as reading
    everything, and a snippet for each note (shared or sealed)."""
    from assist_desktop.storage.fts_query import notes_expressions
    from assist_desktop.storage.search_repository import HIGHLIGHT_START, SearchRepository
    sol = world.ids["sol"]
    made = []
    for i, privileged in enumerate([True, False, False, True, True, False, False, False, True,
                                    False, True, True]):
        made.append(world.sol.services.notes.create(
            _note(world.a.id, f"harbourcanary number {i}", sol, privileged=privileged),
            str(uuid.uuid4())))
    expression = notes_expressions("harbourcanary")[0]
    newest_first = sorted((n.id for n in made), reverse=True)
    repo = SearchRepository()
    for limit in (1, 2, 3, 4, 5, 7, 12, 20):
        hits = world.sol.db.read(lambda c: repo.search_notes(c, expression, sol, True, limit))
        assert [h.note_id for h in hits] == newest_first[:limit]
        ids = [h.note_id for h in hits]
        snippets = world.sol.db.read(lambda c: repo.note_snippets(
            c, expression, ids, {h.note_id for h in hits if h.sealed}))
        assert sorted(snippets) == sorted(ids)
        assert all(HIGHLIGHT_START in text for text in snippets.values())
    privileged = {n.id for n in made if n.privileged}
    sup = world.ids["sup"]
    hits = world.sup.db.read(lambda c: repo.search_notes(c, expression, sup, False, 3))
    assert [h.note_id for h in hits] == [i for i in newest_first if i not in privileged][:3]


def test_a_damaged_note_in_her_list_is_named_and_the_others_open(world):
    _damage(world.centre, world.priv.id)
    listed = {n.id: n for n in world.sol.services.notes.list(world.a.id)}
    assert "could not be decrypted" in listed[world.priv.id].title
    assert "has not reached you yet" not in listed[world.priv.id].title
    others = [n for i, n in listed.items() if i != world.priv.id]
    assert others and all("could not be decrypted" not in n.title for n in others)
