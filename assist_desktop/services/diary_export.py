"""My diary leaving the store as an .ics file: references and kinds only unless the person asks
for the titles too (a task's words may say who she is); the export's audit row is committed
before the file is written, as for every export."""
from __future__ import annotations

from assist_desktop.documents.diary_ics import IcsEntry
from assist_desktop.domain.diary import DiaryEntry, DiaryKind

KIND_WORDS = {DiaryKind.TASK: "Task", DiaryKind.DEADLINE: "Deadline",
              DiaryKind.HEARING: "Hearing", DiaryKind.PLAN_ACTION: "Support plan action",
              DiaryKind.NEED_REVIEW: "Needs review",
              DiaryKind.SUBJECT_ACCESS: "Subject access request"}

ICS_WARNING = (
    "This calendar file leaves the encrypted store. It names files by reference only, but "
    "anyone who gets a copy sees when you act on them. Keep it on an encrypted device and "
    "delete it when it is no longer needed.")
ICS_TITLES_WARNING = (
    "This calendar file leaves the encrypted store and includes what each task says, which "
    "may identify her. Keep it on an encrypted device and delete it when it is no longer "
    "needed.")


def ics_entry(entry: DiaryEntry, include_titles: bool) -> IcsEntry:
    references = " ".join(r for r in (entry.client_reference, entry.matter_reference) if r)
    title = ""
    if include_titles:
        title = entry.title.replace("_", " ") if entry.kind is DiaryKind.NEED_REVIEW \
            else entry.title
    return IcsEntry(uid=entry.uid, on=entry.on, kind=KIND_WORDS[entry.kind],
                    references=references, title=title, remind_days=entry.reminder_days)
