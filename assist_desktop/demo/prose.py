"""Attendance-note prose for the demo centre: a few sentences to a few paragraphs, in the
register of real file notes, about clearly fictional people and events. Sentences are picked
from pools by kind of note and filled in with the client's details; nothing here describes
abuse in detail (neither would a good file note kept where a support worker may read it).
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from assist_desktop.domain.notes import NoteType


@dataclass(frozen=True)
class NoteKind:
    key: str
    note_type: NoteType
    legal: bool            # written by the solicitor (may be privileged) or the key worker
    titles: tuple[str, ...]
    opening: tuple[str, ...]
    body: tuple[str, ...]
    closing: tuple[str, ...]


_LEGAL_BODY = (
    "She gave a clear account of how she came to the UK and of the arrangements made for her "
    "journey by {trafficker}.",
    "I explained the difference between the reasonable grounds and conclusive grounds decisions "
    "and what each would mean for her support.",
    "We went through the chronology prepared from her earlier statement; she corrected two "
    "dates and the name of the town where she was first taken.",
    "She confirmed she does not want to speak to the police at present. I explained that her "
    "support does not depend on cooperating with an investigation.",
    "I advised on the prospects of the {matter}. In my view the claim is properly arguable, "
    "particularly given the risk of re-trafficking on return to {home}.",
    "She is worried that {trafficker} still has her passport and contacts her family. I noted "
    "this and we discussed the safety plan with her key worker.",
    "I explained the time limit and that we must lodge before the deadline even if the "
    "medical evidence is not yet ready; further evidence can follow.",
    "She asked whether her children in {home} could join her. I explained the family reunion "
    "route in outline and said I would advise in writing once her claim is decided.",
    "We discussed the criminal injuries compensation claim. She understands the scheme, the "
    "unspent convictions rule and that an award can take many months.",
    "I checked her understanding of the interpreter throughout; she confirmed she understood "
    "and was content to continue.",
    "She was tired towards the end of the meeting, so we agreed to stop and resume next week "
    "rather than continue.",
    "I read back the draft witness statement paragraph by paragraph through the interpreter. "
    "She asked for paragraph 14 to be changed to say she was moved at night, not in the "
    "evening.",
    "She has not been able to obtain her identity documents. I will ask the embassy in writing "
    "and keep a copy of the request for the bundle.",
    "I reminded her that anything she tells us is confidential and will not be passed to the "
    "Home Office without her agreement.",
    "We reviewed the refusal letter together. The decision maker did not consider the expert "
    "report on trafficking indicators at all, which is a clear ground of appeal.",
    "She described the work at {work} in {city} in general terms. She did not want to go "
    "into detail today and I did not press her.",
    "Her account is consistent with the First Responder's referral form and the notes of the "
    "screening interview.",
    "I explained what will happen at the hearing, who will be in the room, and that she can "
    "ask for a break at any time.",
)
_SUPPORT_BODY = (
    "She said she is sleeping a little better since moving to the new accommodation, though "
    "she still wakes early and feels anxious.",
    "We reviewed her support plan. The GP registration is done; the referral to {org} is "
    "still waiting for an appointment.",
    "She has started attending ESOL classes twice a week and is proud of her progress.",
    "She asked for help with her asylum support payments, which were late this month. I "
    "called the helpline with her permission.",
    "Her daughter {child} is settling in at nursery. She would like more help with childcare "
    "so that she can attend college.",
    "We went through her safety plan again. She keeps her phone on silent and uses the safe "
    "number only with us and her solicitor.",
    "She mentioned that someone she knew from {city} had tried to contact her on social "
    "media. We discussed blocking the account and I informed her solicitor.",
    "She would like to meet her peer mentor again; the last session helped her feel less "
    "alone.",
    "I accompanied her to the hospital appointment. The interpreter arrived late but the "
    "appointment went ahead.",
    "She needs a winter coat and shoes for the children. I made a referral to {org}.",
    "She is worried about the letter from the Home Office. I explained that her solicitor has "
    "a copy and will contact her this week.",
    "She talked about her mother in {home}, who is unwell. She has not told her family where "
    "she is living and does not want to.",
    "We practised the bus route to the college together so that she can travel on her own.",
    "She completed the needs assessment with me. Her priorities are housing, her children "
    "and being able to work.",
    "She asked about volunteering. I gave her information about {org} and will follow up.",
    "Her mood seemed low today. We talked about the counselling sessions and she agreed that I "
    "could check on the waiting list for her.",
)

KINDS: tuple[NoteKind, ...] = (
    NoteKind("legal_meeting", NoteType.MEETING, True,
             ("Attendance: instructions", "Attendance: witness statement", "Attendance: advice "
              "on {matter}", "Attendance: review of refusal", "Attendance: preparation for "
              "hearing"),
             ("Attended {name} at the office with an interpreter ({lang}).",
              "Meeting with {name} at the centre; {lang} interpreter present in person.",
              "Attended {name} by video call from the refuge, with a {lang} interpreter on the "
              "line."),
             _LEGAL_BODY,
             ("Next steps: I will draft the statement and send it for read-back next week.",
              "Action: request the medical records and chase the First Responder for the "
              "referral form.",
              "I will write to her with a summary of this advice in {lang}.",
              "Diary note: review the file once the decision arrives.")),
    NoteKind("legal_phone", NoteType.PHONE, True,
             ("Call with client", "Call with Home Office", "Call with tribunal", "Call with "
              "police officer in the case"),
             ("Telephone call with {name} on her safe number, {lang} interpreter on a "
              "three-way line.",
              "Call from the Home Office caseworker about {name}'s claim.",
              "Call with the officer in the case about {name}'s position as a witness."),
             _LEGAL_BODY[:10],
             ("I confirmed the next appointment by text, using only the initials agreed.",
              "I will confirm this by email today.",
              "No further action needed until the decision.")),
    NoteKind("legal_letter", NoteType.LETTER, True,
             ("Letter to Home Office", "Letter from Home Office", "Letter to CICA",
              "Further submissions sent"),
             ("Letter sent to the Home Office enclosing further evidence for {name}.",
              "Letter received: decision on {name}'s {matter}.",
              "Letter to the Criminal Injuries Compensation Authority with the application "
              "for {name}."),
             ("The letter encloses the expert report and the updated chronology.",
              "I have checked the decision date and diarised the time limit.",
              "A copy has been saved to the file and the client told by telephone.",
              "The letter asks for the decision to be made within a reasonable time given the "
              "client's vulnerability."),
             ("Copy to client: not sent by post (safe-contact instructions); discussed by "
              "phone instead.",)),
    NoteKind("legal_email", NoteType.EMAIL, True,
             ("Email to counsel", "Email from tribunal", "Email to expert"),
             ("Email to counsel with instructions for {name}'s hearing.",
              "Email from the tribunal listing {name}'s hearing.",
              "Email to the expert asking for an addendum report for {name}."),
             ("The bundle index is attached and the hearing is expected to last half a day.",
              "The listing notice gives a {lang} interpreter; I have checked that the dialect "
              "is right.",
              "I asked for the report to address the risk of re-trafficking specifically."),
             ("Diary: chase in seven days if no reply.",)),
    NoteKind("hearing", NoteType.HEARING, True,
             ("Hearing attendance", "Hearing: appeal", "Case management hearing"),
             ("Attended the hearing of {name}'s {matter} with counsel; {lang} interpreter "
              "provided by the tribunal.",),
             ("The judge agreed to treat the client as a vulnerable witness and allowed breaks.",
              "The Home Office presenting officer conceded the credibility of the account of "
              "recruitment.",
              "The client gave evidence for about an hour and coped well with "
              "cross-examination.",
              "Decision reserved. The judge indicated the written decision would follow within "
              "a few weeks."),
             ("Client seen afterwards with her key worker; she was relieved it was over.",)),
    NoteKind("support_meeting", NoteType.MEETING, False,
             ("Key-work session", "Support plan review", "Needs assessment", "Home visit"),
             ("Key-work session with {name} at the centre.",
              "Home visit to {name} at her accommodation, with her agreement.",
              "Met {name} at the family centre; {lang} interpreter by phone."),
             _SUPPORT_BODY,
             ("Next session booked for next week at the same time.",
              "I updated the support plan and will chase the referral.",
              "Agreed she will call the safe number if anything changes.")),
    NoteKind("support_phone", NoteType.PHONE, False,
             ("Check-in call", "Call with accommodation provider", "Call with GP surgery"),
             ("Check-in call with {name} at the agreed safe time.",
              "Call with the accommodation provider about {name}'s room.",
              "Called the GP surgery on {name}'s behalf, with her consent."),
             _SUPPORT_BODY[:8],
             ("No concerns raised; next call in a week.", "I will update her solicitor.")),
    NoteKind("support_other", NoteType.OTHER, False,
             ("Accompanied to appointment", "Peer support group", "Emergency contact"),
             ("Accompanied {name} to her appointment.",
              "{name} attended the peer support group.",
              "Out-of-hours call from {name}, who was frightened after a message from an "
              "unknown number."),
             _SUPPORT_BODY,
             ("Safety plan reviewed; the duty solicitor informed.",
              "She left feeling calmer.")),
)
LEGAL = tuple(k for k in KINDS if k.legal)
SUPPORT = tuple(k for k in KINDS if not k.legal)


def compose(rng: random.Random, kind: NoteKind, slots: dict[str, str]) -> tuple[str, str]:
    """(title, body) for one note: one to five paragraphs of two to five sentences."""
    title = rng.choice(kind.titles).format(**slots)
    size = rng.random()
    paragraphs = 1 if size < 0.35 else 2 if size < 0.7 else rng.randint(3, 5)
    body_pool = list(kind.body)
    parts = [rng.choice(kind.opening)]
    for index in range(paragraphs):
        count = min(len(body_pool), rng.randint(2, 5))
        sentences = rng.sample(body_pool, count)
        text = " ".join(sentences)
        parts.append(text if index else f"{parts.pop()} {text}")
    parts.append(rng.choice(kind.closing))
    return title, "\n\n".join(parts).format(**slots)
