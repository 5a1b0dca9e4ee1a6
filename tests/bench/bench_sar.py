"""Subject access package for one client with 500 notes (demo prose, one to five paragraphs,
about one in five privileged) and 50 attachments (40 KB each), a party and a child named in
some notes: the whole package (read, release PDF, privileged review PDF, data.json,
records.csv, documents attached, AES-256) built in memory. Target < 5 s. Also, in the same
run, bare ReportLab setting the same note bodies as plain paragraphs (the floor).

Run: .venv/bin/python tests/bench/bench_sar.py   (figures go in README.md)
"""
from __future__ import annotations

import io
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

import case_samples as s  # noqa: E402
from assist_desktop.demo import prose  # noqa: E402
from assist_desktop.domain.notes import CaseNote  # noqa: E402
from assist_desktop.domain.session import Session  # noqa: E402
from assist_desktop.services.audit import AuditLog  # noqa: E402
from assist_desktop.services.subject_access import SubjectAccessService  # noqa: E402
from assist_desktop.storage.attachment_repository import AttachmentRepository  # noqa: E402
from assist_desktop.storage.centre_repository import CentreRepository, UserRepository  # noqa: E402
from assist_desktop.storage.client_owned_repository import ChildRepository  # noqa: E402
from assist_desktop.storage.client_repository import ClientRepository  # noqa: E402
from assist_desktop.storage.database import Database  # noqa: E402
from assist_desktop.storage.matter_repository import PartyRepository  # noqa: E402
from assist_desktop.storage.note_repository import NoteRepository  # noqa: E402

RUNS = 3
NOTES, ATTACHMENTS = 500, 50
PASSWORD = "quiet harbour lantern 93 velvet"


def build_centre(path: Path):
    from assist_desktop.domain.staff import CentreInfo
    db = Database.create(path, os.urandom(32))
    rng = random.Random(16)
    bodies = []

    def write(conn):
        CentreRepository().create(conn, CentreInfo("db", "Bench Centre", "england-wales", "",
                                                   "now"))
        sol = UserRepository().add(conn, "sol", "Sam Solicitor", frozenset({"solicitor"}),
                                   "now").id
        client = ClientRepository().create(conn, s.client("Amina Bench"))
        PartyRepository().create(conn, s.party(client.id, "Viktor Petrov"))
        ChildRepository().create(conn, s.child(client.id, "Mariam"))
        notes, files = NoteRepository(), AttachmentRepository()
        slots = {"name": "Amina", "child": "Mariam", "city": "Leeds", "home": "Lagos",
                 "lang": "Yoruba", "matter": "the appeal", "org": "the Salvation Army",
                 "text": "the letter", "trafficker": "Viktor Petrov", "work": "the farm"}
        for n in range(NOTES):
            kind = rng.choice(prose.KINDS)
            title, body = prose.compose(rng, kind, slots)
            if n % 25 == 0:
                body += " Viktor Petrov called her again; Mariam was with her."
            bodies.append(body)
            note = notes.create(conn, CaseNote(
                client_id=client.id, note_type=kind.note_type,
                note_date=date(2024, 1, 1) + timedelta(days=n), title=title, body=body,
                privileged=kind.legal and n % 5 == 0, author_id=sol), f"k{n}")
            if n % 10 == 0 and n // 10 < ATTACHMENTS:
                data = rng.randbytes(40_000)
                files.create_with_data(conn, s.attachment(client.id, f"evidence {n}", data,
                                                          note_id=note.id), data)
        return client.reference, sol
    reference, sol = db.write(write)
    session = Session(sol, "sol", "Sam Solicitor", frozenset({"solicitor"}))
    return db, SubjectAccessService(db, session, AuditLog("sol")), reference, bodies


def median(fn):
    """(wall, CPU) medians in seconds: on a shared machine the wall time follows the load,
    the CPU time (this process) much less."""
    walls, cpus = [], []
    for _ in range(RUNS):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def bare(bodies):
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(p, styles["Normal"]) for b in bodies
                                     for p in b.split("\n\n")])


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db, service, reference, bodies = build_centre(Path(folder) / "bench.db")
        try:
            package = service.build(reference, PASSWORD)   # warm (fonts)
            (sar, sar_cpu) = median(lambda: service.build(reference, PASSWORD))
            (floor, floor_cpu) = median(lambda: bare(bodies))
        finally:
            db.close()
    size = (len(package.release_pdf) + len(package.privileged_pdf or b"")) / 1e6
    print(f"SAR package, {NOTES} notes + {ATTACHMENTS} attachments: {sar:.2f} s median of "
          f"{RUNS} (target < 5 s), CPU {sar_cpu:.2f} s; {package.records} records released, "
          f"{package.privileged_records} for privilege review, {package.third_parties} third "
          f"parties flagged; {size:.1f} MB")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"bare ReportLab, the same note bodies as plain paragraphs: {floor:.2f} s, CPU "
          f"{floor_cpu:.2f} s (ratio {sar / floor:.2f}x wall, {sar_cpu / floor_cpu:.2f}x CPU)")


if __name__ == "__main__":
    main()
