"""Full-text search: names in any script, aliases, parties and notes; prefix matching; any
input is safe; permissions and restrictions hold in results and snippets; deleted and purged
text leaves the index."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assist_desktop.domain.errors import PermissionDenied
from assist_desktop.domain.parties import PartyRole
from assist_desktop.services.audit import AuditLog
from assist_desktop.services.search import ClientSearchResult, SearchService, parse_snippet
from assist_desktop.storage.fts_query import (candidate_expression, match_expression,
                                              names_expression, notes_expressions,
                                              reference_prefix, words)
from assist_desktop.storage.record_table import truncate_wal
from search_fixtures import (add_client, add_note, add_party, all_text_in_database,
                             audit_details, clients, notes, service, session)

HOSTILE = ['"', '""', "'", "(", ")", "AND (", "OR", "NOT", "-x", "c++", "O'Brien", "*", "^x",
           "NEAR(a b)", "{name}: x", "name:olga", "a:b", "🙂", "👩🏽‍⚖️", "", "   ", "\x00",
           "\x01\x02\x03", "ol\x00ga", "\u0301", "'''", "x" * 10_000, "ab " * 5000, "\ufeff",
           "\u202eRTL", "%", "_", "\\", "olga*", "\"olga", "olga\"", "((((", "))))", ":",
           "AND AND", "OR ( NOT", "rank", "search_names", "'; DROP TABLE clients; --", "\n\t",
           "ß", "İ", "ﬁ", "①②", "٣", "漢字", "e\u0301"]


@pytest.fixture
def world(case_db, ids):
    db = case_db
    olga = add_client(db, "Ольга", "Петренко", aliases=["Olia"], dob=date(1995, 3, 4))
    hoa = add_client(db, "Nguyễn Thị", "Hoa")
    siobhan = add_client(db, "Siobhán", "O'Brien")
    aisha = add_client(db, "Aisha", "Bello", restricted_to=[ids["sol2"]])
    gone = add_client(db, "Zelda", "Forgotten")
    db.write(clients.soft_delete, gone.id, gone.version)
    joy = add_party(db, olga.id, "Blessing Okafor", aliases=["Mama Joy"])
    add_party(db, aisha.id, "Kingsley Ade")
    add_note(db, olga.id, ids["sol"], "Met at the café to discuss housing in Leeds.",
             title="Housing meeting")
    add_note(db, olga.id, ids["sol"], "Advice on appeal prospects: counsel's strategy.",
             privileged=True)
    deleted = add_note(db, hoa.id, ids["sup"], "Ephemeral wording removed later.")
    db.write(notes.soft_delete, deleted.id, deleted.version)
    add_note(db, aisha.id, ids["sol2"], "Aisha described the flat where Kingsley kept her.")
    return dict(olga=olga, hoa=hoa, siobhan=siobhan, aisha=aisha, joy=joy, db=db)


def _refs(results: list[ClientSearchResult]) -> list[str]:
    return [r.reference for r in results]


@pytest.fixture
def as_sol(case_db, ids):
    return service(SearchService, case_db, ids, "sol")


@pytest.mark.parametrize("query,who", [
    ("olga", "olga"), ("Ольга", "olga"), ("ПЕТРЕНКО", "olga"), ("olga petr", "olga"),
    ("petrenko olga", "olga"), ("oli", "olga"), ("ol", "olga"),
    ("nguyen hoa", "hoa"), ("hoa nguyễn", "hoa"), ("Nguyen Thi Hoa", "hoa"),
    ("O'Brien", "siobhan"), ("obrien", "siobhan"), ("siobhan", "siobhan"), ("SIOBHÁN", "siobhan"),
    ("mama joy", "olga"), ("okafor", "olga"), ("café", "olga"), ("cafe", "olga"),
    ("housing leeds", "olga"),
])
def test_finds_clients_by_name_alias_party_and_note(world, as_sol, query, who):
    assert _refs(as_sol.search(query)) == [world[who].reference]


def test_search_by_reference(world, as_sol):
    assert _refs(as_sol.search(world["hoa"].reference)) == [world["hoa"].reference]


def test_result_is_reference_first_with_snippets(world, as_sol):
    assert dataclasses.fields(ClientSearchResult)[0].name == "reference"
    (result,) = as_sol.search("mama")
    assert result.line().startswith(world["olga"].reference + "\t")
    assert result.display_name == "Ольга Петренко"
    assert result.matched_in == ("party alias",)
    snippet = result.snippets[0]
    assert snippet.party_role == "trafficker" and snippet.party_id == world["joy"].id
    start, end = snippet.highlights[0]
    assert snippet.text[start:end] == "Mama"
    (note_hit,) = as_sol.search("cafe")
    spans = note_hit.snippets[0].highlights
    assert [note_hit.snippets[0].text[a:b] for a, b in spans] == ["café"]
    assert note_hit.snippets[0].note_date == date(2026, 3, 2)


def test_privileged_notes_only_for_solicitors(world, case_db, ids, as_sol):
    assert _refs(as_sol.search("strategy")) == [world["olga"].reference]
    support = service(SearchService, case_db, ids, "sup")
    assert support.search("strategy") == []
    assert support.search("counsel") == []
    # the same client is still found by her name, without the privileged snippet
    (hit,) = support.search("olga")
    assert all("strategy" not in s.text for s in hit.snippets)


def test_restricted_clients_invisible_to_staff_not_named(world, case_db, ids, as_sol):
    for query in ("aisha", "bello", "kingsley", "flat"):
        assert as_sol.search(query) == []
        assert service(SearchService, case_db, ids, "sup").search(query) == []
    named = service(SearchService, case_db, ids, "sol2")
    (hit,) = named.search("kingsley")
    assert hit.reference == world["aisha"].reference and hit.restricted
    assert set(hit.matched_in) == {"party", "note"}


def test_administrator_without_casework_role_is_refused(world, case_db, ids):
    with pytest.raises(PermissionDenied):
        service(SearchService, case_db, ids, "adm").search("olga")


def test_deleted_records_are_not_found(world, as_sol):
    assert as_sol.search("zelda") == []
    assert as_sol.search("ephemeral") == []


def test_edits_and_purge_leave_the_index(world, case_db, ids, as_sol):
    hoa = case_db.read(clients.get, world["hoa"].id)
    case_db.write(clients.update, dataclasses.replace(hoa, given_names="Mai", family_name="Tran"))
    assert as_sol.search("nguyen") == []
    assert _refs(as_sol.search("tran mai")) == [hoa.reference]

    note = add_note(case_db, hoa.id, ids["sol"], "The word zanzibar appears once.")
    assert _refs(as_sol.search("zanzibar")) == [hoa.reference]
    case_db.write(lambda c: notes.update(c, dataclasses.replace(note, body="Now it says madagascar."),
                                         edited_by=ids["sol"], save_key="k2"))
    assert as_sol.search("zanzibar") == []
    assert _refs(as_sol.search("madagascar")) == [hoa.reference]

    olga = world["olga"]
    case_db.write(clients.purge, olga.id)
    case_db.read(truncate_wal)
    assert as_sol.search("olga") == [] and as_sol.search("mama joy") == []
    everything = all_text_in_database(case_db).casefold()
    for word in ("ольга", "петренко", "olia", "okafor", "mama joy", "housing", "leeds",
                 "strategy", "olga", "petrenko", "ptrnk"):
        assert word not in everything, word


def test_hostile_input_never_fails(world, as_sol):
    for query in HOSTILE:
        assert isinstance(as_sol.search(query), list), query
    assert as_sol.search("O'Brien")[0].reference == world["siobhan"].reference
    assert as_sol.search("") == [] and as_sol.search("🙂") == []


def test_hostile_input_yields_valid_fts(world, case_db):
    """Every expression fts_query builds is accepted by FTS5 itself (no safety net)."""
    def run(conn, text):
        for expression in (match_expression(text), names_expression(text),
                           candidate_expression([text])):
            if expression is not None:
                table = "search_notes" if expression is match_expression(text) else "search_names"
                conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?",
                             (expression,)).fetchone()
                conn.execute("SELECT count(*) FROM search_names WHERE search_names MATCH ?",
                             (expression,)).fetchone()
    for text in HOSTILE:
        case_db.read(run, text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_any_string_searches_without_error(world, as_sol, case_db, text):
    assert isinstance(as_sol.search(text, limit=5), list)

    def run(conn):
        expression = match_expression(text)
        if expression is not None:
            conn.execute("SELECT count(*) FROM search_notes WHERE search_notes MATCH ?",
                         (expression,)).fetchone()
        names = names_expression(text)
        if names is not None:
            conn.execute("SELECT count(*) FROM search_names WHERE search_names MATCH ?",
                         (names,)).fetchone()
        for notes_expression in notes_expressions(text) or ():
            if notes_expression is not None:
                conn.execute("SELECT count(*) FROM search_notes WHERE search_notes MATCH ?",
                             (notes_expression,)).fetchone()
        candidates = candidate_expression([text])
        if candidates is not None:
            conn.execute("SELECT count(*) FROM search_names WHERE search_names MATCH ?",
                         (candidates,)).fetchone()
    case_db.read(run)


def test_words_are_bounded():
    assert words("x" * 10_000) == ["x" * 64]
    assert len(words(" ".join(f"w{i}" for i in range(50)))) == 8
    assert words("c++ -x AND ( O'Brien 🙂") == ["c", "x", "and", "o'brien"]
    assert match_expression("🙂 () \"") is None
    assert match_expression("a") == '"a"'


def test_parse_snippet():
    text, spans = parse_snippet("one \x02two\x03 three\nfour \x02five\x03")
    assert text == "one two three four five"
    assert [text[a:b] for a, b in spans] == ["two", "five"]


def test_index_catches_up_with_names_saved_elsewhere(world, case_db, ids, as_sol):
    """Names written by other repositories are queued by triggers and indexed on the next search."""
    add_party(case_db, world["hoa"].id, "Radu Ionescu", PartyRole.EMPLOYER, aliases=["Raducu"])
    assert case_db.read(lambda c: c.execute("SELECT count(*) FROM search_queue").fetchone()[0]) > 0
    assert _refs(as_sol.search("raducu")) == [world["hoa"].reference]
    assert case_db.read(lambda c: c.execute("SELECT count(*) FROM search_queue").fetchone()[0]) == 0


def test_index_integrity_and_rebuild(world, case_db, as_sol):
    from assist_desktop.storage.search_index import SearchIndex
    index = SearchIndex()
    as_sol.search("olga")  # drains the queue
    assert case_db.read(index.integrity_problems) == []
    assert case_db.write(index.rebuild) > 0
    assert case_db.read(index.integrity_problems) == []
    assert _refs(as_sol.search("mama joy")) == [world["olga"].reference]
    assert _refs(as_sol.search("cafe")) == [world["olga"].reference]


def test_words_typed_in_full_and_the_last_as_a_prefix(world, case_db, ids, as_sol):
    olga = world["olga"]
    add_note(case_db, olga.id, ids["sol"], "Household budget agreed with the caseworker.")
    assert _refs(as_sol.search("househ")) == [olga.reference]          # the word being typed
    assert _refs(as_sol.search("budget househ")) == [olga.reference]
    assert _refs(as_sol.search("bud")) == [olga.reference]             # short prefixes too
    assert as_sol.search("househ budget") == []  # earlier words are taken as typed in full
    first, fallback = notes_expressions("budget househ")
    assert first == '"budget" AND "househ"' and fallback == '"budget" AND "househ"*'
    assert notes_expressions("tribunal ho") == ('"tribunal" AND "ho"*', None)
    assert notes_expressions("🙂") is None


def test_reference_lookup(world, as_sol):
    reference = world["hoa"].reference
    assert reference_prefix(reference.lower()) == reference
    assert reference_prefix("olga") is None and reference_prefix("C-2026-" + "1" * 30) is None
    prefix = reference[:-2]
    found = _refs(as_sol.search(prefix))
    assert reference in found and world["aisha"].reference not in found  # restricted
    (hit,) = as_sol.search(reference)
    assert hit.matched_in[0] == "reference"


class _CountingDb:
    """The real database, counting the transactions a call makes."""

    def __init__(self, db):
        self._db, self.reads, self.writes = db, 0, 0

    def read(self, fn, *args, **kwargs):
        self.reads += 1
        return self._db.read(fn, *args, **kwargs)

    def write(self, fn, *args, **kwargs):
        self.writes += 1
        return self._db.write(fn, *args, **kwargs)

    def later(self, fn, *args, write=False, **kwargs):
        self.writes += write            # a write-behind is a transaction too
        return self._db.later(fn, *args, write=write, **kwargs)


def test_every_client_returned_is_audited_in_one_transaction(world, case_db, ids):
    counting = _CountingDb(case_db)
    support = SearchService(counting, session(ids, "sup"), AuditLog("sup"))
    before = len(audit_details(case_db))
    add_client(case_db, "Olga", "Second")  # queued for the name index: indexed in the same go
    found = support.search("olga")
    assert len(found) == 2 and (counting.reads, counting.writes) == (1, 1)
    rows = audit_details(case_db)[before:]
    assert rows == [("sup", "search_result", "client", str(r.client_id), "") for r in found]
    assert "olga" not in repr(rows).casefold()
    before = len(rows) + before
    assert support.search("strategy") == [] and support.search("aisha") == []  # nothing shown
    assert support.search("") == [] and len(audit_details(case_db)) == before


def test_a_client_shown_again_soon_is_not_audited_again(world, case_db, ids):
    """Typing on shows the same women keystroke after keystroke: each is recorded the first
    time, again only after AUDIT_AGAIN_AFTER seconds; a search whose results were all recorded
    lately costs a read and no write."""
    from assist_desktop.services.search import AUDIT_AGAIN_AFTER
    now = [1000.0]
    counting = _CountingDb(case_db)
    support = SearchService(counting, session(ids, "sup"), AuditLog("sup"), clock=lambda: now[0])
    before = len(audit_details(case_db))
    (olga,) = support.search("ol")
    assert [r.client_id for r in support.search("olg") + support.search("olga")] == \
        [olga.client_id] * 2
    (hoa,) = support.search("hoa")
    assert (counting.reads, counting.writes) == (4, 2)
    rows = audit_details(case_db)[before:]
    assert [r[3] for r in rows] == [str(olga.client_id), str(hoa.client_id)]
    now[0] += AUDIT_AGAIN_AFTER - 1
    support.search("olga")
    assert len(audit_details(case_db)) == before + 2
    now[0] += 1
    support.search("olga")
    assert [r[3] for r in audit_details(case_db)[before:]] == [
        str(olga.client_id), str(hoa.client_id), str(olga.client_id)]
    # another person (another session's service) is recorded on her own account
    other = SearchService(case_db, session(ids, "sol"), AuditLog("sol"), clock=lambda: now[0])
    other.search("olga")
    assert audit_details(case_db)[-1][:4] == ("sol", "search_result", "client", str(olga.client_id))


def test_a_failed_audit_write_is_owed_and_the_next_search_returns_nothing_until_written(
        world, case_db, ids):
    """The record is written right after the answer: if that fails, the clients shown are
    owed; the next search writes them first and, while the log still cannot be written,
    fails and shows nothing; once it can, the owed rows come first, marked "recorded late"."""
    class FailingAudit(AuditLog):
        fail = True

        def record_many(self, conn, *args, **kwargs):
            if self.fail:
                raise OSError("disk full")
            return super().record_many(conn, *args, **kwargs)
    SearchService(case_db, session(ids, "sol"), AuditLog("sol")).search("olga")  # index synced
    audit = FailingAudit("sup")
    support = SearchService(case_db, session(ids, "sup"), audit)
    before = len(audit_details(case_db))
    (olga,) = support.search("olga")               # shown; its record fails behind it
    assert len(audit_details(case_db)) == before
    with pytest.raises(OSError):
        support.search("hoa")
    audit.fail = False
    (hoa,) = support.search("hoa")
    assert [r[1:] for r in audit_details(case_db)[before:]] == [
        ("search_result", "client", str(olga.client_id), "recorded late"),
        ("search_result", "client", str(hoa.client_id), "")]


def test_audit_rows_written_together_keep_the_hash_chain(world, case_db, ids):
    from assist_desktop.security.audit_chain import AuditRow, first_broken_link
    from assist_desktop.storage.audit_repository import AuditRepository
    case_db.write(AuditLog("sup").record_many, "search_result", "client", [3, 1, 2])
    case_db.write(AuditLog("sup").record, "search_result", "client", 4)
    from assist_desktop.services.audit import audit_key
    rows = case_db.read(lambda c: [AuditRow(*r) for r in AuditRepository().iter_rows(c)])
    assert first_broken_link(rows, key=case_db.read(audit_key)) is None
    assert [r.entity_id for r in rows[-4:]] == ["3", "1", "2", "4"]


def test_an_audited_search_is_one_trip_to_the_owner_thread(world, case_db, ids, monkeypatch):
    """Search as you type: the read and its audit rows run in one job on the database's owner
    thread (each trip there is a thread switch, which costs most on a busy machine)."""
    SearchService(case_db, session(ids, "sol"), AuditLog("sol")).search("olga")  # index synced
    before = len(audit_details(case_db))
    trips = []
    real_submit = case_db.submit
    monkeypatch.setattr(case_db, "submit",
                        lambda *a, **k: trips.append(a[0]) or real_submit(*a, **k))
    support = SearchService(case_db, session(ids, "sup"), AuditLog("sup"))
    (olga,) = support.search("olga")
    assert len(trips) == 1
    assert [r.client_id for r in support.search("olga")] == [olga.client_id]    # seen: no write
    assert len(trips) == 2
    monkeypatch.undo()
    assert [r[3] for r in audit_details(case_db)[before:]] == [str(olga.client_id)]
