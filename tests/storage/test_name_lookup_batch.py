"""The import's batched look-up (services/name_lookup_batch.py) finds exactly what the
conflict check finds one person at a time (services/name_lookup.find_people): the same
records, scores, reasons, names matched, restricted flags and order, for names in other
scripts, transliterations, near spellings, word orders, aliases, hostile text, with and
without a date of birth, asked in any order and more than once through one look-up."""
from __future__ import annotations

import os
from datetime import date

import pytest

from assist_desktop.domain.parties import PartyRole
from assist_desktop.services.name_lookup import find_people
from assist_desktop.services.name_lookup_batch import BatchLookup
from assist_desktop.storage.database import Database
from assist_desktop.storage.search_index import SearchIndex
from name_spellings import RECORDED, SPELLINGS, UNRELATED
from search_fixtures import add_client, add_party, add_user

HOSTILE = ['=HYPERLINK("http://x","Olga")', "<b>Olga</b> <a href='x'>Petrenko</a>",
           "Robert'); DROP TABLE clients;--", '"Olga" OR "Petrenko" NEAR(a b) *', "{name}: olga",
           "Olga\u202ePetrenko", "👩\u200d👧 Olga 🙂", "O" * 500, "a", "-", "ó", "Ёлка-Палка",
           "محمد علي", "  ", "Ann\tMaria\nPetrenko"]
NEAR = ["Olga Petrenko", "Olia Petrenko", "Petrenko Olga", "Olga Petrenco", "Olha Petrenko",
        "Mohammed Ali", "Muhammad Aly", "Mohamed Alli", "محمد", "Hoa Nguyen", "Nguyen Thi Hoa",
        "Blessing Okafor", "Mama Joy", "Joy Mama", "Okafor", "Maria", "Ana Maria Popescu",
        "Anamaria Popescu", "Ioana Popescu", "Ionescu Radu", "Elena", "Jelena Popesku",
        "Fatima Begum", "Fatma Begum", "Begum"]


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    """Clients (some with aliases, dates of birth, one restricted, one deleted) and parties
    (traffickers, an associate, a witness in a restricted file) with names that look alike."""
    db = Database.create(tmp_path_factory.mktemp("batch") / "assist.db", os.urandom(32))
    ids = {name: add_user(db, name, *roles) for name, roles in (
        ("sol", ("solicitor",)), ("sol2", ("solicitor",)))}
    for given, family in RECORDED.values():
        add_client(db, given, family)
    olga = add_client(db, "Ольга", "Петренко", aliases=["Olia Petrenko", "Olga"],
                      dob=date(1995, 3, 4))
    add_client(db, "Olga", "Petrenko", dob=date(1995, 4, 3))      # a namesake, swapped date
    hoa = add_client(db, "Nguyễn Thị", "Hoa", restricted_to=[ids["sol2"]], dob=date(1999, 7, 1))
    add_client(db, "Muhammad", "Aly", aliases=["Mohammed Ali", "محمد علي"], dob=date(1990, 4, 3))
    maria = add_client(db, "Ana Maria", "Popescu", aliases=["Anamaria Popescu", "Maria"],
                       dob=date(1988, 1, 1))
    add_client(db, "Elena", "Popescu", aliases=["Jelena"], dob=date(1987, 2, 2))
    add_client(db, "Fatima", "Begum")
    add_party(db, olga.id, "Blessing Okafor", aliases=["Mama Joy"])
    add_party(db, olga.id, "Olga Petrenko", PartyRole.ASSOCIATE)
    add_party(db, maria.id, "Radu Ionescu", PartyRole.EMPLOYER, aliases=["Ionescu Radu"])
    add_party(db, hoa.id, "Radu Ionescu", PartyRole.WITNESS)
    add_party(db, hoa.id, "Fatma Begum", PartyRole.TRAFFICKER)
    gone = add_client(db, "Olga", "Petrenko-Deleted")
    db.write(lambda conn: conn.execute("UPDATE clients SET deleted_at = '2026-01-01T00:00:00Z' "
                                       "WHERE id = ?", (gone.id,)))
    db.write(SearchIndex().sync)
    yield db, ids
    db.close()


def _people() -> list[tuple[list[str], date | None]]:
    spellings = [query for query, _who in SPELLINGS]
    names = NEAR + spellings + UNRELATED + HOSTILE
    people = []
    for i, name in enumerate(names):
        people.append(([name], None))
        people.append(([name], date(1995, 3, 4) if i % 2 else date(1988, 1, 1)))
        people.append(([name, names[(i * 7) % len(names)]], date(1990, 3, 4)))
    people.append((["Olga Petrenko", "Olia", "Petrenco"], date(1995, 3, 4)))
    people.append((["Olga Petrenko", "Olia", "Petrenco"], None))
    people.append(([], None))
    return people


@pytest.mark.parametrize("user", ["sol", "sol2"])
def test_the_batch_finds_exactly_what_the_conflict_check_finds(centre, user):
    db, ids = centre
    people = _people()

    def compare(conn):
        one = [find_people(conn, names, dob, ids[user]) for names, dob in people]
        lookup = BatchLookup(conn, ids[user])
        # twice over, the second time backwards: what is kept from earlier rows changes nothing
        many = [lookup.find(names, dob) for names, dob in people]
        again = [lookup.find(names, dob) for names, dob in reversed(people)][::-1]
        return one, many, again

    one, many, again = db.read(compare)
    for person, expected, got, got_again in zip(people, one, many, again):
        assert got == expected, person
        assert got_again == expected, person
    found = [f for result in one for f in result]
    # the set is not trivial: it finds clients, parties, traffickers and restricted records
    assert len(found) > 200
    assert any(f.party_role == "trafficker" for f in found)
    assert any(f.party_role == "associate" for f in found)
    assert any(not f.visible for f in found) == (user == "sol")
    assert {f.match.reason for f in found} >= {
        "same name", "same name written differently (case, accents or script)",
        "same names in a different order", "one name in common", "similar spelling"}
    assert any(f.match.dob_note == "date of birth with day and month swapped" for f in found)
