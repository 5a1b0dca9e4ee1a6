"""The subject access PDF builder: a record's heading is never left alone at the foot of a
page (it is kept with the first block under it), and every record is printed."""
from __future__ import annotations

import random
import re

from assist_desktop.documents import subject_access as sar
from assist_desktop.documents.inputs import CentreLetterhead

from .conftest import page_texts


def test_record_headings_stay_with_what_follows_and_every_record_prints():
    rng = random.Random(3)      # without the keep, 3 pages end on a lone heading
    records = tuple(sar.SarRecord(
        f"Note {n}", (("Note type", "meeting"), ("Title", "Visit " * rng.randint(1, 20)),
                      ("Body", "She said she is safe now. " * rng.randint(1, 12))))
        for n in range(1, 121))
    pdf = sar.build_subject_access_pdf(sar.SarDocument(
        jurisdiction="england-wales", letterhead=CentreLetterhead("Test Centre"),
        reference="C-2026-0001", prepared_on="1 March 2026", prepared_by="Sam",
        privileged_part=False, sections=(sar.SarSection("Case notes", records),)))
    pages = page_texts(pdf)
    assert len(pages) > 5
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()
                 and not re.match(r"Page \d+ of|Test Centre|SUBJECT ACCESS", line)]
        assert not re.fullmatch(r"Note \d+", lines[-1]), lines[-3:]
    found = re.findall(r"^Note (\d+)$", "\n".join(pages), re.MULTILINE)
    assert [int(n) for n in found] == list(range(1, 121))
