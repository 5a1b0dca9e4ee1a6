"""A demo client's case notes: attendance notes by the solicitor (some privileged, linked to
a matter), key-work notes by the support worker, dated through the life of her file, a few
flagged for the chronology, and a few edited afterwards so their earlier versions are kept."""
from __future__ import annotations

import random
from datetime import date, timedelta

from assist_desktop.domain.notes import CaseNote, NoteType, NoteVersion
from assist_desktop.demo.corpus import ORGANISATIONS
from assist_desktop.demo.prose import LEGAL, SUPPORT, compose
from assist_desktop.storage.bulk_writer import BulkWriter

DURATION = {NoteType.MEETING: (30, 120), NoteType.PHONE: (5, 40), NoteType.HEARING: (120, 300),
            NoteType.LETTER: (6, 18), NoteType.EMAIL: (6, 12), NoteType.OTHER: (30, 180)}
AMENDMENTS = ("Amended: corrected the date of the next appointment.",
              "Amended: added the interpreter's name at the client's request.",
              "Amended after read-back: she was moved at night, not in the evening.")
_ORGS = tuple(org for orgs in ORGANISATIONS.values() for org in orgs)


class NoteWriter:
    def __init__(self, rng: random.Random, staff, today: date):
        self.rng, self.staff, self.today = rng, staff, today

    def _dates(self, opened: date, count: int) -> list[date]:
        span = max(0, (self.today - opened).days)
        return sorted(opened + timedelta(days=self.rng.randint(0, span)) for _ in range(count))

    def write(self, sink: BulkWriter, client_id: int, opened: date, count: int, matters,
              slots: dict[str, str], *, interpreter: bool = True) -> list[int]:
        rng = self.rng
        ids = []
        for note_date in self._dates(opened, count):
            legal = bool(matters) and rng.random() < 0.55
            kind = rng.choice(LEGAL if legal else SUPPORT)
            matter = rng.choice(matters) if legal else None
            slots = {**slots, "org": rng.choice(_ORGS),
                     "matter": (matter.title if matter else "claim").lower()}
            title, body = compose(rng, kind, slots)
            low, high = DURATION[kind.note_type]
            chronology = rng.random() < 0.08
            author = self.staff.solicitor if legal else self.staff.support
            content = dict(
                note_type=kind.note_type, note_date=note_date, title=title, body=body,
                matter_id=matter.id if matter else None, duration_minutes=rng.randint(low, high),
                interpreter_used=interpreter and kind.note_type in (
                    NoteType.MEETING, NoteType.PHONE, NoteType.HEARING),
                interpreter_language=slots["lang"] if interpreter else "",
                privileged=legal and rng.random() < 0.4, chronology_event=chronology,
                chronology_date=note_date - timedelta(days=rng.randint(0, 900))
                if chronology else None)
            note_id = sink.new_id(CaseNote)
            if rng.random() < 0.03:  # edited once: the first version is kept in the history
                sink.add(CaseNote(id=note_id, version=2, client_id=client_id, author_id=author,
                                  updated_by=author, **{
                                      **content, "body": f"{body}\n\n{rng.choice(AMENDMENTS)}"}))
                sink.add(NoteVersion(note_id=note_id, version=1, saved_at=sink.now,
                                     saved_by=author, **content))
            else:
                sink.add(CaseNote(id=note_id, client_id=client_id, author_id=author,
                                  updated_by=author, **content))
            ids.append(note_id)
        return ids
