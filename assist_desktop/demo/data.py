"""`assist-desktop demo`: a demo centre full of realistic, clearly fictional clients, for trying
the application, screenshots, documentation samples and benchmarks.

The centre is created in an empty folder with three users sharing one passphrase: `admin`
(administrator), `solicitor` and `support` (support worker). Clients are written in batches,
each batch in one transaction (storage/bulk_writer.py: rows built as the repositories build
them, written with executemany, every trigger firing as for a single save), and the name index is brought up to date in the same transaction, so the first search is as fast
as any other. The same seed and `today` give the same centre. With 1,000 clients or more,
every 1,000th client has 500 notes (the "open a heavy file" benchmark).
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from assist_desktop.domain.deadline_rules import load_default_rules
from assist_desktop.domain.errors import StoreExistsError
from assist_desktop.services.audit import AuditLog
from assist_desktop.demo.cases import CaseWriter, Counts, DemoStaff
from assist_desktop.demo.corpus import CITIES
from assist_desktop.demo.people import Pools
from assist_desktop.services.sealing import reconcile_in
from assist_desktop.services.vault import Vault
from assist_desktop.storage.bulk_writer import (BulkWriter, index_notes, restore_note_index,
                                             suspend_note_index, write_pending)

from assist_desktop.storage.search_index import SearchIndex

log = logging.getLogger(__name__)
CENTRE_NAME = "Demo Law Centre (fictional data)"
HEAVY_NOTES = 500
HEAVY_EVERY = 1000
INDEX_CHUNK = 50_000
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoPlan:
    clients: int = 200
    notes_per_client: int = 12   # on average; the total is exactly clients x this
    seed: int = 1
    today: date = field(default_factory=date.today)
    jurisdiction: str = "england-wales"
    batch: int = 250             # clients per transaction
    years: int = 6               # files opened over this many years before today


@dataclass
class DemoSummary(Counts):
    """What was made (the counts), how long it took and the new centre's recovery code."""
    seconds: float = 0.0
    recovery_code: str = ""


def note_counts(rng: random.Random, clients: int, per_client: int) -> list[int]:
    """How many notes each client gets: exactly clients x per_client in all, spread unevenly,
    with every HEAVY_EVERY-th client given HEAVY_NOTES when there are that many clients."""
    total = clients * per_client
    heavy = set(range(0, clients, HEAVY_EVERY)) if clients >= HEAVY_EVERY else set()
    if total < 2 * HEAVY_NOTES * len(heavy):
        heavy = set()
    counts = [0] * clients
    for i in heavy:
        counts[i] = HEAVY_NOTES
    rest = [i for i in range(clients) if i not in heavy]
    remaining = total - HEAVY_NOTES * len(heavy)
    if not rest:
        return counts
    weights = [rng.uniform(0.3, 1.7) for _ in rest]
    scale = remaining / sum(weights)
    shares = [int(w * scale) for w in weights]
    for k in range(remaining - sum(shares)):
        shares[k % len(shares)] += 1
    for i, share in zip(rest, shares):
        counts[i] = share
    return counts


def opening_dates(rng: random.Random, clients: int, today: date, years: int) -> list[date]:
    """When each file was opened, oldest first (so references run in date order)."""
    span = years * 365
    return sorted(today - timedelta(days=rng.randint(3, span)) for _ in range(clients))


def fill_demo(db, plan: DemoPlan, staff: DemoStaff, progress: Progress | None = None) -> Counts:
    """Write plan.clients fictional client files into an open centre database.

    Batch k+1 is made on this thread while batch k is written on the database's owner thread
    (SQLite does its work without holding the GIL), each batch in one transaction with the
    name index brought up to date. Adding each note to the full-text index as it is written
    costs far more than indexing them together afterwards, so for the load the per-note
    trigger is taken off (bulk_writer.suspend_note_index) and put back however the load ends.
    """
    rng = random.Random(plan.seed)
    pools = Pools(rng, plan.clients, plan.jurisdiction, CITIES[plan.jurisdiction])
    writer = CaseWriter(rng, pools, staff, plan.today, plan.jurisdiction, load_default_rules())
    notes = note_counts(rng, plan.clients, plan.notes_per_client)
    opened = opening_dates(rng, plan.clients, plan.today, plan.years)
    index = SearchIndex()
    sink = db.read(BulkWriter.for_connection)
    total = Counts()
    size = max(1, plan.batch)

    def write(conn, pending):
        write_pending(conn, pending)
        index.sync(conn)

    suspended = db.write(suspend_note_index)
    try:
        in_flight = None
        for start in range(0, plan.clients, size):
            end = min(plan.clients, start + size)
            counts = Counts()
            for i in range(start, end):
                counts.add(writer.write(sink, i, opened[i], notes[i]))
            if in_flight is not None:
                in_flight.result()
            in_flight = db.submit(write, sink.take(), write=True)
            total.add(counts)
            if progress is not None:
                progress(end, plan.clients, "clients")
        if in_flight is not None:
            in_flight.result()
    finally:
        _index_backlog(db, suspended, progress)
    # Written in bulk, as plain rows: now sealed (privileged records under the privilege key,
    # restricted files under their own), with the keys of whoever is filling the centre.
    db.write(reconcile_in)
    return total


def _index_backlog(db, suspended, progress: Progress | None) -> None:
    """Triggers back first (so the index can never stay switched off), then the notes written
    meanwhile, a chunk per transaction (the WAL stays small; progress can be shown)."""
    upto = db.write(restore_note_index, suspended)
    if not suspended.triggers:
        return
    for low in range(suspended.after_id, upto, INDEX_CHUNK):
        high = min(upto, low + INDEX_CHUNK)
        db.write(index_notes, low, high)
        if progress is not None:
            progress(high - suspended.after_id, upto - suspended.after_id, "notes indexed")


def create_demo_centre(data_dir: Path, passphrase: str, plan: DemoPlan, *, kdf_policy=None,
                       progress: Progress | None = None) -> DemoSummary:
    """A new centre in `data_dir` (which must be empty or absent) filled per `plan`."""
    began = time.monotonic()
    data_dir = Path(data_dir)
    if data_dir.exists() and (not data_dir.is_dir() or any(data_dir.iterdir())):
        raise StoreExistsError(f"{data_dir} is not empty; the demo is only created in an empty "
                               f"or new folder, so it can never mix with real data.")
    vault = Vault(data_dir, kdf_policy=kdf_policy)
    centre, code = vault.create(centre_name=CENTRE_NAME, jurisdiction=plan.jurisdiction,
                                address="1 Example Street (fictional)",
                                admin_username="admin", admin_full_name="Demo Administrator",
                                passphrase=passphrase, roles=("administrator",))
    try:
        users = centre.services.users
        solicitor = users.add_user("solicitor", "Demo Solicitor", ["solicitor"], passphrase,
                                   must_change=False)
        support = users.add_user("support", "Demo Support Worker", ["support-worker"],
                                 passphrase, must_change=False)
        supervisor = users.add_user("supervisor", "Demo Supervising Solicitor", ["solicitor"],
                                    passphrase, must_change=False)
        staff = DemoStaff(admin=centre.session.user_id, solicitor=solicitor.id,
                          support=support.id, supervisor=supervisor.id)
        # What every letterhead and the client care letter need (fictional, like the rest).
        centre.services.centre_details.update(
            phone="0113 496 0000", email="advice@demo-law-centre.example",
            regulator_note="Authorised and regulated by the Solicitors Regulation Authority, "
                           "SRA number 000000 (fictional)",
            complaints_contact="Demo Supervising Solicitor, complaints@demo-law-centre.example")
        # Filled by a solicitor's session: her keys seal the privileged records written.
        filler = vault.unlock("solicitor", passphrase)
        try:
            counts = fill_demo(filler.db, plan, staff, progress)
        finally:
            filler.lock()
        centre.db.write(lambda conn: AuditLog("admin").record(
            conn, "create_demo_data", "centre", "1",
            f"clients:{counts.clients} notes:{counts.notes} seed:{plan.seed}"))
    finally:
        centre.lock()
    log.info("demo centre created")
    return DemoSummary(**vars(counts), seconds=time.monotonic() - began, recovery_code=code)
