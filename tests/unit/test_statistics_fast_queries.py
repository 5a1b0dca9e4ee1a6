"""The statistics queries made fast for a big centre return exactly what the straightforward
queries they replaced return (kept as the reference in statistics_reference.py), for every
measure and dimension of the catalogue, every breakdown, ranges cut mid-period, a
threshold that hides free text, files whose dates cross or fall outside the range, and time
recorded on files and matters in Deleted files, with a funder typed with spaces, left empty or
named by one woman only.

The women behind a figure are compared up to the threshold: suppression only asks whether a
figure has from 1 to threshold-1 women (domain/statistics.py), and the time tables count
women no further than the threshold (storage/statistics_time.py)."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from assist_desktop.demo.data import DemoPlan, create_demo_centre
from assist_desktop.domain import statistics as st
from assist_desktop.domain.report_definitions import MEASURES, OTHER
from assist_desktop.services.statistics import load_regions
from assist_desktop.services.vault import Vault
from assist_desktop.storage.statistics_repository import AggregateRow, StatisticsRepository

from tests.unit.statistics_reference import ReferenceStatisticsRepository

PASSPHRASE = "violet lantern orchard thimble 7"
TODAY = date(2026, 3, 2)
RANGES = [  # (start, end, breakdown)
    (date(2025, 3, 1), date(2026, 2, 28), "month"),
    (date(2024, 2, 15), date(2025, 11, 20), "month"),       # cut at both ends
    (date(2023, 1, 1), date(2025, 12, 31), "quarter"),
    (date(2023, 2, 10), date(2025, 12, 5), "quarter"),
    (date(2019, 1, 1), date(2026, 12, 31), "year"),
    (date(2022, 7, 1), date(2025, 6, 30), "year"),
    (date(2024, 1, 1), date(2025, 6, 30), "whole"),
]
STEP = {"month": 1, "quarter": 3, "year": 12, "whole": None}


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    data_dir = tmp_path_factory.mktemp("statsfast") / "centre"
    create_demo_centre(data_dir, PASSPHRASE, DemoPlan(clients=80, notes_per_client=1, seed=11,
                                                      today=TODAY),
                       kdf_policy=KdfPolicy(TEST_PARAMETERS))
    opened = Vault(data_dir, kdf_policy=KdfPolicy(TEST_PARAMETERS)).unlock("admin", PASSPHRASE)

    def awkward(conn):  # a closed date before the opening one, a file opened on created_at
        ids = [r[0] for r in conn.execute("SELECT id FROM clients ORDER BY id LIMIT 3")]
        # time: funders as people type them, a file and a matter in Deleted files
        entries = [r[0] for r in conn.execute(
            "SELECT id FROM time_entries WHERE worked_on >= '2024-01-01' ORDER BY id")]
        for entry, funder in zip(entries[::7], ["  Legal aid ", "", "Rare trust", "",
                                                 "Legal aid", " "]):
            conn.execute("UPDATE time_entries SET funder = ? WHERE id = ?", (funder, entry))
        gone = conn.execute("SELECT client_id FROM time_entries WHERE id = ?",
                            (entries[20],)).fetchone()[0]
        conn.execute("UPDATE clients SET deleted_at = '2026-01-05T10:00:00Z' WHERE id = ?",
                     (gone,))
        matter = conn.execute("SELECT matter_id FROM time_entries WHERE matter_id IS NOT NULL "
                              "AND client_id <> ? AND id > ? ORDER BY id LIMIT 1",
                              (gone, entries[30])).fetchone()[0]
        conn.execute("UPDATE matters SET deleted_at = '2026-01-05T10:00:00Z' WHERE id = ?",
                     (matter,))
        conn.execute("UPDATE clients SET opened_on = '2024-06-20', closed_on = '2024-05-02' "
                     "WHERE id = ?", (ids[0],))
        conn.execute("UPDATE clients SET opened_on = '2024-05-20', closed_on = '2024-05-02' "
                     "WHERE id = ?", (ids[1],))
        conn.execute("UPDATE clients SET opened_on = NULL WHERE id = ?", (ids[2],))
    opened.db.write(awkward)
    yield opened
    opened.lock()


def _same_type(rows, threshold):
    """The rows, with the women behind each figure counted up to the threshold."""
    return [AggregateRow(r.bucket, r.category, r.value, min(r.contributors, threshold))
            for r in rows]


def _pairs():  # every measure by every dimension a definition may use
    return [(m, d) for m, (_unit, dims, _about) in MEASURES.items() for d in dims]


@pytest.mark.slow
@pytest.mark.parametrize("start,end,breakdown", RANGES)
def test_fast_queries_return_what_the_reference_queries_return(centre, start, end, breakdown):
    spans = [(p.start, p.end) for p in st.periods(start, end, breakdown)]
    regions = load_regions()
    fast, reference = StatisticsRepository(), ReferenceStatisticsRepository()

    def both(conn):
        out = []
        for threshold in (2, 5):
            shared: dict = {}    # as in one report run: all-rows figures counted once
            for measure, dimension in _pairs():
                args = (conn, measure, dimension, spans, threshold, regions, STEP[breakdown])
                out.append(((measure, dimension, threshold),
                            Counter(_same_type(fast.aggregate(*args, shared=shared), threshold)),
                            Counter(_same_type(reference.aggregate(*args), threshold))))
        return out
    compared = centre.db.read(both)
    assert len(compared) > 40
    for key, got, expected in compared:
        assert got == expected, key
    assert any(got for _key, got, _e in compared)
    # the demo's rarer nationalities are counted as "Other": that path is compared too
    assert any(row.category == OTHER for _key, got, _e in compared for row in got)


@pytest.mark.slow
def test_every_shipped_report_shows_the_same_numbers_as_the_reference_queries(centre):
    """The figures a funder reads (every table of every shipped report, after primary and
    secondary suppression) are the same with the fast queries as with the reference ones,
    over several breakdowns and two thresholds: the speed-up changes no number shown and
    hides no other cell."""
    from assist_desktop.services.statistics import StatisticsService
    fast = StatisticsService(centre.db, centre.session, centre.audit_log)
    reference = StatisticsService(centre.db, centre.session, centre.audit_log,
                                  repository=ReferenceStatisticsRepository())
    definitions, problems = fast.definitions()
    assert not problems and len(definitions) >= 2
    before = fast.threshold()
    compared = hidden = 0
    try:
        for threshold in (2, 5):
            fast.set_threshold(threshold)
            for start, end, breakdown in (RANGES[0], RANGES[3], RANGES[4], RANGES[6]):
                for definition in definitions:
                    got = fast.run(definition.report_id, start, end, breakdown)
                    expected = reference.run(definition.report_id, start, end, breakdown)
                    assert got.tables == expected.tables, (definition.report_id, breakdown,
                                                           threshold)
                    compared += len(got.tables)
                    hidden += sum(t.suppressed for t in got.tables)
    finally:
        fast.set_threshold(before)
    assert compared > 50 and hidden > 0      # suppression was at work in what was compared
