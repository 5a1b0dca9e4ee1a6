"""Conflict check: names and aliases across every client and party, fuzzy and transliterated,
with date of birth; restricted matches reported without content; check and decision stored and
audited (no names in the audit log)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from assist_desktop.domain.checks import RESTRICTED_MATCH, ConflictDecision
from assist_desktop.domain.clients import Client
from assist_desktop.domain.errors import EditConflict, NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.parties import PartyRole
from assist_desktop.domain.records import Jurisdiction
from assist_desktop.domain.session import Session
from assist_desktop.services.audit import AuditLog
from assist_desktop.services.clients import ClientService
from assist_desktop.services.conflict_check import ConflictCheckService
from search_fixtures import (add_user, add_client, add_party, all_text_in_database, audit_details, clients,
                             service)


@pytest.fixture
def world(case_db, ids):
    db = case_db
    olga = add_client(db, "Ольга", "Петренко", aliases=["Olia Petrenko"], dob=date(1995, 3, 4))
    hoa = add_client(db, "Nguyễn Thị", "Hoa", restricted_to=[ids["sol2"]], dob=date(1999, 7, 1))
    former = add_client(db, "Muhammad", "Aly", dob=date(1990, 4, 3))
    trafficker = add_party(db, olga.id, "Blessing Okafor", aliases=["Mama Joy"])
    witness = add_party(db, hoa.id, "Radu Ionescu", PartyRole.WITNESS)
    return dict(olga=olga, hoa=hoa, former=former, trafficker=trafficker, witness=witness)


@pytest.fixture
def sol(case_db, ids):
    return service(ConflictCheckService, case_db, ids, "sol")


def test_a_new_client_matching_a_client_in_another_script(world, sol):
    check = sol.check_client(["Olga Petrenko"], date(1995, 3, 4))
    (match,) = check.matches
    assert not match.restricted and match.record_kind == "client"
    assert match.client_reference == world["olga"].reference
    assert match.client_name == "Ольга Петренко"
    assert match.where == f"client {world['olga'].reference}"
    assert match.strength == "strong" and match.dob_note == "same date of birth"
    assert match.query_name == "Olga Petrenko"
    assert check.decision is ConflictDecision.PENDING and check.subject_kind == "client"


@pytest.mark.parametrize("names,dob,who", [
    (["Hoa Nguyen"], None, "hoa"),                    # order, diacritics, a name missing
    (["Mohammed Ali"], date(1990, 3, 4), "former"),  # transliteration, DOB day/month swapped
    (["Petrenko, Olia"], None, "olga"),               # alias, word order
])
def test_fuzzy_and_transliterated_matches(world, case_db, ids, names, dob, who):
    check = service(ConflictCheckService, case_db, ids, "sol2").check_client(names, dob)
    assert world[who].reference in [m.client_reference for m in check.matches]


def test_parties_in_every_file_are_checked(world, sol):
    check = sol.check_client(["Joy Mama"])
    (match,) = check.matches
    assert match.record_kind == "party" and match.party_role == "trafficker"
    assert match.party_name == "Blessing Okafor" and match.matched_name == "Mama Joy"
    assert match.where == f"trafficker in the file of {world['olga'].reference}"


def test_restricted_match_is_reported_without_content(world, case_db, ids, sol):
    check = sol.check_client(["Hoa Thi Nguyen"])
    (match,) = check.matches
    assert match.restricted and match.where == RESTRICTED_MATCH
    assert (match.client_reference, match.client_name, match.party_name, match.reason,
            match.matched_name, match.client_id) == ("", "", "", "", "", None)
    assert check.restricted_match_count == 1
    # a party in the restricted file, too
    assert sol.check_client(["Radu Ionescu"]).matches[0].restricted
    # the same stored check, read by someone named on the file, shows the content
    named = service(ConflictCheckService, case_db, ids, "sol2")
    again = named.get(check.id)
    assert again.matches[0].client_reference == world["hoa"].reference
    assert sol.get(check.id).matches[0].restricted


def test_no_match(world, sol):
    check = sol.check_client(["Zofia Kowalska"])
    assert check.matches == () and not check.has_matches


def test_check_and_decision_are_stored_and_audited(world, case_db, ids, sol):
    check = sol.check_client(["Olga Petrenko"])
    support = service(ConflictCheckService, case_db, ids, "sup")
    with pytest.raises(NotFound):  # not hers, and in nobody's file yet
        support.decide(check.id, "proceed", check.version)
    hers = support.check_client(["Someone New"])
    with pytest.raises(PermissionDenied):  # a solicitor decides on a new client
        support.decide(hers.id, "proceed", hers.version)
    with pytest.raises(ValidationError):
        sol.decide(check.id, "maybe", check.version)
    decided = sol.decide(check.id, ConflictDecision.REFER, check.version, "Ask the supervisor")
    assert decided.decision is ConflictDecision.REFER and decided.decided_by == ids["sol"]
    assert decided.decision_note == "Ask the supervisor" and decided.decided_at
    with pytest.raises(EditConflict):
        sol.decide(check.id, "proceed", check.version)
    rows = [r for r in audit_details(case_db) if r[2] == "conflict_check"]
    rows = [r for r in rows if r[3] == str(check.id)]
    assert [r[1] for r in rows] == ["conflict_check", "conflict_decision"]
    assert rows[0][4] == "subject=client;matches=1;restricted=0" and rows[1][4] == "refer"
    text = repr(audit_details(case_db)).casefold()
    assert "olga" not in text and "petrenko" not in text and "supervisor" not in text


def test_attach_links_the_check_to_the_new_file_and_goes_with_it(world, case_db, ids, sol):
    check = sol.check_client(["Zofia Kowalska"])
    with pytest.raises(ValidationError):
        sol.attach(check.id, client_id=world["olga"].id)
    check = sol.decide(check.id, "proceed", check.version)
    zofia = add_client(case_db, "Zofia", "Kowalska")
    attached = sol.attach(check.id, client_id=zofia.id)
    assert attached.client_id == zofia.id
    assert [c.id for c in sol.checks_for_client(zofia.id)] == [check.id]
    case_db.write(clients.purge, zofia.id)
    with pytest.raises(NotFound):
        sol.get(check.id)


def test_party_check_needs_access_to_the_file(world, case_db, ids, sol):
    with pytest.raises(NotFound):
        sol.check_party(world["hoa"].id, ["Someone New"])
    check = sol.check_party(world["olga"].id, ["Okafor Blessing"])
    assert check.subject_kind == "party" and check.client_id == world["olga"].id
    assert check.matches[0].party_id == world["trafficker"].id
    support = service(ConflictCheckService, case_db, ids, "sup")
    decided = support.decide(check.id, "proceed", check.version)  # parties: any caseworker
    assert decided.decision is ConflictDecision.PROCEED


def test_permissions_and_validation(world, case_db, ids, sol):
    with pytest.raises(PermissionDenied):
        service(ConflictCheckService, case_db, ids, "adm").check_client(["Olga"])
    for bad in ([], [""], ["   "], ["x" * 501], [3]):
        with pytest.raises(ValidationError):
            sol.check_client(bad)
    with pytest.raises(ValidationError):
        sol.check_client(["Olga"], "1995-03-04")


def test_deleted_clients_do_not_match(world, case_db, sol):
    olga = case_db.read(clients.get, world["olga"].id)
    case_db.write(clients.soft_delete, olga.id, olga.version)
    assert sol.check_client(["Olga Petrenko"]).matches == ()


@pytest.mark.parametrize("query", ['"', "AND (", "-x", "c++", "🙂 x", "O'Brien", "\x00"])
def test_odd_names_never_fail(world, sol, query):
    assert isinstance(sol.check_client([query]).matches, tuple)


def _reads(db, since: int) -> list[tuple]:
    return [(r[0], r[3], r[4]) for r in audit_details(db)[since:]
            if (r[1], r[2]) == ("read", "client")]


def test_reading_checks_back_is_audited_per_client_shown(world, case_db, ids, sol):
    check = sol.check_client(["Olga Petrenko", "Nguyen Thi Hoa"])  # Hoa's file is restricted
    check = sol.decide(check.id, "proceed", check.version)
    zofia = add_client(case_db, "Olga", "Petrenko-Kowalska")
    sol.attach(check.id, client_id=zofia.id)
    before = len(audit_details(case_db))
    got = sol.get(check.id)
    shown = {m.client_id for m in got.matches if not m.restricted}
    assert shown == {world["olga"].id}
    assert sorted(_reads(case_db, before)) == sorted(
        ("sol", str(cid), "conflict_check") for cid in {zofia.id, world["olga"].id})
    before = len(audit_details(case_db))
    assert [c.id for c in sol.checks_for_client(zofia.id)] == [check.id]
    assert sorted(_reads(case_db, before)) == sorted(
        ("sol", str(cid), "conflict_check") for cid in {zofia.id, world["olga"].id})
    text = repr(audit_details(case_db)).casefold()
    assert "olga" not in text and "petrenko" not in text and "hoa" not in text
    assert str(world["hoa"].id) not in {r[1] for r in _reads(case_db, 0)}


# --- checks attached to no file -------------------------------------------------------------
def _session_for(db, name: str, role: str):
    user_id = add_user(db, name, role)
    return Session(user_id=user_id, username=name, full_name=name.title(),
                   roles=frozenset({role}))


def test_an_unattached_check_is_read_only_by_who_ran_it_and_solicitors(world, case_db, ids):
    runner = service(ConflictCheckService, case_db, ids, "sol2")
    declined = runner.check_client(["Carla Hidden"], date(1999, 2, 3))
    declined = runner.decide(declined.id, "decline", declined.version, "she fears a colleague")
    support = service(ConflictCheckService, case_db, ids, "sup")
    with pytest.raises(NotFound):
        support.get(declined.id)
    with pytest.raises(NotFound):
        support.attach(declined.id, client_id=world["olga"].id)
    before = len(audit_details(case_db))
    assert runner.get(declined.id).decision_note == "she fears a colleague"
    assert [r[1:4] for r in audit_details(case_db)[before:]] == [
        ("read", "conflict_check", str(declined.id))]
    assert service(ConflictCheckService, case_db, ids, "sol").get(declined.id).id == declined.id
    # a support worker's own check is hers to read; another support worker's is not
    mine = support.check_client(["Dana New"])
    assert support.get(mine.id).subject_names == ("Dana New",)
    other = ConflictCheckService(case_db, _session_for(case_db, "sup2", "support_worker"),
                                 AuditLog("sup2"))
    with pytest.raises(NotFound):
        other.get(mine.id)
    # once attached to her file it is read like the rest of her file
    decided = service(ConflictCheckService, case_db, ids, "sol").decide(mine.id, "proceed",
                                                                        mine.version)
    dana = add_client(case_db, "Dana", "New")
    support.attach(decided.id, client_id=dana.id)
    assert other.get(mine.id).client_id == dana.id


def _count(db, table: str) -> int:
    return db.read(lambda c: c.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_create_attaches_the_check_to_the_new_file_in_one_transaction(world, case_db, ids, sol):
    profiles = service(ClientService, case_db, ids, "sol")
    new = Client(jurisdiction=Jurisdiction.ENGLAND_WALES, given_names="Zofia",
                 family_name="Kowalska")
    pending = sol.check_client(["Zofia Kowalska"])
    clients_before = _count(case_db, "clients")
    with pytest.raises(ValidationError):  # no decision to proceed yet: nothing is saved
        profiles.create(new, conflict_check_id=pending.id)
    with pytest.raises(NotFound):
        profiles.create(new, conflict_check_id=99999)
    party_check = sol.check_party(world["olga"].id, ["Someone Else"])
    party_check = sol.decide(party_check.id, "proceed", party_check.version)
    with pytest.raises(ValidationError):
        profiles.create(new, conflict_check_id=party_check.id)
    assert _count(case_db, "clients") == clients_before
    decided = sol.decide(pending.id, "proceed", pending.version)
    zofia = profiles.create(new, conflict_check_id=decided.id)
    assert sol.get(decided.id).client_id == zofia.id
    assert [c.id for c in sol.checks_for_client(zofia.id)] == [decided.id]
    actions = [(r[1], r[2]) for r in audit_details(case_db)]
    assert ("create", "client") in actions and ("conflict_attach", "conflict_check") in actions
    with pytest.raises(ValidationError):  # the same check cannot open a second file
        profiles.create(new, conflict_check_id=decided.id)
    assert _count(case_db, "clients") == clients_before + 1


def test_administrator_purges_declined_checks_older_than_n_days(world, case_db, ids, sol):
    old = sol.check_client(["Quenbya Declined"], date(1990, 1, 2))
    old = sol.decide(old.id, "decline", old.version, "Zorvath conflict")
    kept = [sol.check_client(["Refer Person"]), sol.check_client(["Pending Person"])]
    kept[0] = sol.decide(kept[0].id, "refer", kept[0].version)
    proceed = sol.check_client(["Proceed Person"])
    proceed = sol.decide(proceed.id, "proceed", proceed.version)
    later = datetime.now(timezone.utc) + timedelta(days=31)
    admin = service(ConflictCheckService, case_db, ids, "adm")
    with pytest.raises(PermissionDenied):
        sol.purge_declined(30, now=later)
    for bad in (-1, "30", 1.5, True):
        with pytest.raises(ValidationError):
            admin.purge_declined(bad)
    assert admin.purge_declined(30) == 0  # declined today: not older than 30 days
    recent = sol.check_client(["Recent Declined"])
    recent = sol.decide(recent.id, "decline", recent.version)
    assert admin.purge_declined(30, now=later) == 2
    assert admin.purge_declined(30, now=later) == 0
    for gone in (old, recent):
        with pytest.raises(NotFound):
            sol.get(gone.id)
    for check in (*kept, proceed):
        assert sol.get(check.id).id == check.id
    text = all_text_in_database(case_db)
    assert "Quenbya" not in text and "Zorvath" not in text
    rows = [r[4] for r in audit_details(case_db) if r[1] == "purge_declined_checks"]
    assert rows == ["count=0;older_than_days=30", "count=2;older_than_days=30",
                    "count=0;older_than_days=30"]


def test_a_look_while_typing_counts_restricted_matches_and_stores_no_check(world, case_db,
                                                                           ids, sol):
    before = len(audit_details(case_db))
    assert sol.restricted_matches(["Olga Petrenko"]) == 0        # a visible match: not counted
    assert len(audit_details(case_db)) == before                 # nothing found: no audit row
    assert sol.restricted_matches(["Hoa Thi Nguyen"]) == 1
    rows = audit_details(case_db)[before:]
    assert [(r[1], r[4]) for r in rows] == [("conflict_precheck", "subject=client;restricted=1")]
    named = service(ConflictCheckService, case_db, ids, "sol2")
    assert named.restricted_matches(["Hoa Thi Nguyen"]) == 0     # she may see it
    assert sol.checks_for_client(world["olga"].id) == []          # no stored check
    assert "hoa" not in repr(audit_details(case_db)).casefold()
