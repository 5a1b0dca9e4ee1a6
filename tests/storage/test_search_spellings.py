"""The search box finds her under any spelling a caller might give, as the conflict check does.

Eight clients recorded in their own scripts, and spellings a caller might give for each
(Latin transliterations, missing diacritics, one-letter typos, given and family name swapped,
names spaced differently). Search must find each (ranked: an exact name first, then close
ones), must find what the conflict check flags, and must not offer any of them for unrelated
names. The names are made up for these tests.
"""
from __future__ import annotations

import pytest

from assist_desktop.services.conflict_check import ConflictCheckService
from assist_desktop.services.search import SearchService
from name_spellings import RECORDED, SPELLINGS, UNRELATED
from search_fixtures import add_client, add_note, add_party, audit_details, service


@pytest.fixture(scope="module")
def spelled(tmp_path_factory):
    """The eight clients (and a few others around them) in one database for the module."""
    import os

    from assist_desktop.storage.database import Database
    from search_fixtures import add_user
    db = Database.create(tmp_path_factory.mktemp("spellings") / "assist.db", os.urandom(32))
    ids = {name: add_user(db, name, *roles) for name, roles in (
        ("sol", ("solicitor",)), ("sup", ("support_worker",)), ("sol2", ("solicitor",)))}
    made = {key: add_client(db, given, family) for key, (given, family) in RECORDED.items()}
    # others a close search must not drag in
    add_client(db, "Lyudmila", "Petrenko")
    add_client(db, "Thu", "Nguyen")
    other = add_client(db, "Grace", "Adeyemi")
    add_party(db, other.id, "Kofi Mensah")
    add_note(db, other.id, ids["sol"], "Chased the housing officer about the move.")
    yield db, ids, made
    db.close()


@pytest.mark.parametrize("query,who", SPELLINGS)
def test_search_finds_her_under_each_spelling(spelled, query, who):
    db, ids, made = spelled
    found = [r.client_id for r in service(SearchService, db, ids, "sol").search(query)]
    assert made[who].id in found
    assert found[0] == made[who].id        # she comes first: nothing closer is on record


@pytest.mark.parametrize("query,who", SPELLINGS)
def test_search_finds_what_the_conflict_check_flags(spelled, query, who):
    db, ids, made = spelled
    check = service(ConflictCheckService, db, ids, "sol").check_client([query])
    flagged = {m.client_id for m in check.matches if not m.restricted}
    assert made[who].id in flagged
    found = {r.client_id for r in service(SearchService, db, ids, "sol").search(query)}
    assert flagged <= found


@pytest.mark.parametrize("query", UNRELATED)
def test_unrelated_names_find_none_of_them(spelled, query):
    db, ids, made = spelled
    found = {r.client_id for r in service(SearchService, db, ids, "sol").search(query)}
    assert not found & {client.id for client in made.values()}


def test_exact_names_rank_before_close_ones_and_say_so(spelled):
    db, ids, made = spelled
    results = service(SearchService, db, ids, "sol").search("Lyudmila Kovalchuk")
    assert [r.client_id for r in results][:1] == [made["cyrillic"].id]
    assert results[0].matched_in == ("name",)       # Людмила Ковальчук folds to the very words
    results = service(SearchService, db, ids, "sol").search("Lyudmila Kovalchik")
    assert results[0].client_id == made["cyrillic"].id
    assert results[0].matched_in == ("similar name",)
    assert results[0].snippets[0].text == "Людмила Ковальчук"
    # "Lyudmila" alone: both Lyudmilas by their name, before anything close
    first_two = {r.client_id for r in service(SearchService, db, ids, "sol").search("lyudmila")[:2]}
    assert made["cyrillic"].id in first_two


def test_a_close_name_in_a_restricted_file_stays_hidden(spelled):
    db, ids, made = spelled
    hidden = add_client(db, "Ярослава", "Бондарчук", restricted_to=[ids["sol2"]])
    assert service(SearchService, db, ids, "sol").search("Yaroslava Bondarchyk") == []
    assert service(SearchService, db, ids, "sup").search("Yaroslava Bondarchyk") == []
    (hit,) = service(SearchService, db, ids, "sol2").search("Yaroslava Bondarchyk")
    assert hit.client_id == hidden.id and hit.restricted


def test_each_close_result_is_audited_as_a_read(spelled):
    db, ids, made = spelled
    before = len(audit_details(db))
    results = service(SearchService, db, ids, "sup").search("Valbona Cholaku")
    rows = audit_details(db)[before:]
    assert [r.client_id for r in results] == [made["albanian"].id]
    assert rows == [("sup", "search_result", "client", str(made["albanian"].id), "")]


def test_names_indexed_before_schema_11_are_indexed_again(tmp_path):
    """A centre made before the new folding: the migration queues the names written in the
    scripts whose folded form changed, and the next search finds her by them."""
    import os
    import types

    from assist_desktop.storage import connection as cx
    from assist_desktop.storage.database import Database
    from assist_desktop.storage.migrations import migrate
    from assist_desktop.storage.search_index import SearchIndex
    from search_fixtures import add_user
    path, key = tmp_path / "old.db", os.urandom(32)
    conn = cx.create_connection(path, key)
    migrate(conn, target=10)
    made = {}
    # Rows as schema 10 stored them (the repository of today writes later columns too).
    for number, (key_name, given, family) in enumerate(
            (("chinese", "晓燕", "刘"), ("arabic", "نادية", "الحسيني"),
             ("latin", "Valbonë", "Çollaku")), start=1):
        conn.execute("BEGIN")
        cursor = conn.execute(
            "INSERT INTO clients (reference, given_names, family_name, jurisdiction, version, "
            "created_at, updated_at) VALUES (?, ?, ?, 'scotland', 1, ?, ?)",
            (f"C-2026-{number:04d}", given, family, "2026-01-01T00:00:00+00:00",
             "2026-01-01T00:00:00+00:00"))
        made[key_name] = types.SimpleNamespace(id=cursor.lastrowid)
        conn.execute("COMMIT")
    conn.execute("BEGIN")
    SearchIndex().sync(conn)
    # as the folding before schema 11 left them
    conn.execute("UPDATE search_names SET folded = 'liuxiaoyan', keys = 'lksn' WHERE rowid = ?",
                 (made["chinese"].id * 8,))
    conn.execute("UPDATE search_names SET folded = 'ndyh lhsyny', keys = 'lhsn ndh' "
                 "WHERE rowid = ?", (made["arabic"].id * 8,))
    conn.execute("COMMIT")
    assert migrate(conn) >= 11
    queued = set(conn.execute("SELECT kind, record_id FROM search_queue").fetchall())
    assert queued == {(0, made["chinese"].id), (0, made["arabic"].id)}
    cx.checkpoint_and_close(conn)
    db = Database.open(path, key)
    try:
        ids = {"sol": add_user(db, "sol", "solicitor")}
        search = service(SearchService, db, ids, "sol")
        assert [r.client_id for r in search.search("Xiaoyan Liu")] == [made["chinese"].id]
        assert [r.client_id for r in search.search("Nadia Al-Husseini")] == [made["arabic"].id]
    finally:
        db.close()
