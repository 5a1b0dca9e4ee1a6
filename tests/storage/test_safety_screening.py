"""Safety screening: a new contact, interpreter or party matching a known trafficker or associate
(name, alias or phone number) raises a stored alert and the client's safety flag; both
directions; restricted files described without content."""
from __future__ import annotations

import pytest

import dataclasses

from assist_desktop.domain.checks import AlertStatus, ScreenedKind
from assist_desktop.domain.clients import SafetyFlag
from assist_desktop.domain.errors import EditConflict, NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.parties import PartyPhone, PartyRole
from assist_desktop.services.clients import ClientService
from assist_desktop.services.safety_screening import SafetyScreeningService
from search_fixtures import add_client, add_party, audit_details, clients, service


@pytest.fixture
def world(case_db, ids):
    db = case_db
    amara = add_client(db, "Amara", "Eze")
    beatrice = add_client(db, "Beatrice", "Mensah")
    secret = add_client(db, "Chidi", "Obi", restricted_to=[ids["sol2"]])
    kingsley = add_party(db, amara.id, "Kingsley Okafor", aliases=["Big K"],
                         phones=["+44 7700 900123"])
    madam = add_party(db, secret.id, "Ольга Петренко", PartyRole.ASSOCIATE,
                      phones=["+44 7700 900999"])
    return dict(amara=amara, beatrice=beatrice, secret=secret, kingsley=kingsley, madam=madam)


@pytest.fixture
def sol(case_db, ids):
    return service(SafetyScreeningService, case_db, ids, "sol")


def _flags(db, client_id):
    return db.read(clients.get, client_id).safety_flags


def test_a_contact_matching_a_trafficker_by_name(world, case_db, sol):
    assert SafetyFlag.SAFETY_ALERT not in _flags(case_db, world["beatrice"].id)
    (alert,) = sol.screen_contact(world["beatrice"].id, ["Okafor Kingsley"])
    assert alert.client_id == world["beatrice"].id and alert.match_on == "name"
    assert alert.status is AlertStatus.OPEN and not alert.restricted
    assert alert.matched_party_name == "Kingsley Okafor" and alert.matched_role == "trafficker"
    assert alert.matched_client_reference == world["amara"].reference
    assert "trafficker Kingsley Okafor" in alert.message and "by name" in alert.message
    assert SafetyFlag.SAFETY_ALERT in _flags(case_db, world["beatrice"].id)
    assert [a.id for a in sol.alerts_for(world["beatrice"].id)] == [alert.id]


def test_a_contact_matching_by_alias_or_phone(world, sol):
    (by_alias,) = sol.screen_contact(world["beatrice"].id, ["Grace Ade", "Big K"])
    assert by_alias.matched_party_name == "Kingsley Okafor"
    (by_phone,) = sol.screen_contact(world["beatrice"].id, ["Someone Else"],
                                     phones=["07700 900123"], kind="interpreter")
    assert by_phone.match_on == "phone" and by_phone.subject_kind is ScreenedKind.INTERPRETER
    assert "by phone number" in by_phone.message
    (number_only,) = sol.screen_contact(world["beatrice"].id, [], phones=["+447700900123"])
    assert number_only.subject_label == "phone +447700900123" and number_only.match_on == "phone"


def test_no_match_no_alert(world, case_db, sol):
    assert sol.screen_contact(world["beatrice"].id, ["Zofia Kowalska"], ["07700 900000"]) == []
    assert SafetyFlag.SAFETY_ALERT not in _flags(case_db, world["beatrice"].id)


def test_the_same_match_is_not_raised_twice(world, sol):
    assert len(sol.screen_contact(world["beatrice"].id, ["Kingsley Okafor"])) == 1
    assert sol.screen_contact(world["beatrice"].id, ["Kingsley Okafor"]) == []
    assert len(sol.alerts_for(world["beatrice"].id)) == 1


def test_a_trafficker_in_a_restricted_file_is_described_without_content(world, case_db, ids, sol):
    (alert,) = sol.screen_contact(world["beatrice"].id, ["Olga Petrenko"])
    assert alert.restricted and alert.matched_party_name == "" and alert.matched_role == ""
    assert alert.matched_client_reference == "" and alert.matched_party_id is None
    assert "restricted file" in alert.message and "Петренко" not in alert.message
    named = service(SafetyScreeningService, case_db, ids, "sol2")
    seen = named.alerts_for(world["beatrice"].id)[0]
    assert seen.matched_party_name == "Ольга Петренко" and seen.matched_role == "associate"


def test_a_new_party_is_screened(world, case_db, sol):
    interpreter = add_party(case_db, world["beatrice"].id, "K. Okafor", PartyRole.INTERPRETER,
                            phones=["+447700900123"])
    (alert,) = sol.screen_party(interpreter.id)
    assert alert.subject_kind is ScreenedKind.INTERPRETER and alert.match_on == "phone"
    assert alert.subject_party_id == interpreter.id


def test_a_new_trafficker_screens_people_already_on_record(world, case_db, sol):
    interpreter = add_party(case_db, world["beatrice"].id, "Grace Adeyemi", PartyRole.INTERPRETER,
                            phones=["07700 900555"])
    assert sol.screen_party(interpreter.id) == []
    trafficker = add_party(case_db, world["amara"].id, "Grace Adeyemi", PartyRole.ASSOCIATE)
    (alert,) = sol.screen_party(trafficker.id)
    assert alert.client_id == world["beatrice"].id and alert.subject_party_id == interpreter.id
    assert alert.matched_party_id == trafficker.id and alert.matched_role == "associate"
    assert SafetyFlag.SAFETY_ALERT in _flags(case_db, world["beatrice"].id)


def test_resolve(world, case_db, ids, sol):
    (alert,) = sol.screen_contact(world["beatrice"].id, ["Kingsley Okafor"])
    with pytest.raises(ValidationError):
        sol.resolve(alert.id, "open", alert.version)
    done = sol.resolve(alert.id, AlertStatus.ACKNOWLEDGED, alert.version, "Moved her")
    assert done.status is AlertStatus.ACKNOWLEDGED and done.resolved_by == ids["sol"]
    with pytest.raises(EditConflict):
        sol.resolve(alert.id, "dismissed", alert.version, "a second look")
    assert sol.alerts_for(world["beatrice"].id) == []
    assert len(sol.alerts_for(world["beatrice"].id, include_resolved=True)) == 1
    actions = [r[1] for r in audit_details(case_db)]
    assert actions.count("raise_safety_alert") == 1 and actions.count("resolve_safety_alert") == 1
    assert "kingsley" not in repr(audit_details(case_db)).casefold()


def test_permissions(world, case_db, ids, sol):
    with pytest.raises(PermissionDenied):
        service(SafetyScreeningService, case_db, ids, "adm").screen_contact(
            world["beatrice"].id, ["x"])
    with pytest.raises(NotFound):  # her file is restricted to sol2
        sol.screen_contact(world["secret"].id, ["Kingsley Okafor"])
    with pytest.raises(NotFound):
        sol.alerts_for(world["secret"].id)
    with pytest.raises(ValidationError):
        sol.screen_contact(world["beatrice"].id, [])  # neither a name nor a number
    with pytest.raises(ValidationError):
        sol.screen_contact(world["beatrice"].id, ["x"], kind="neighbour")


def test_a_profile_save_from_an_older_form_keeps_the_safety_alert(world, case_db, ids, sol):
    profiles = service(ClientService, case_db, ids, "sol")
    form = profiles.get(world["beatrice"].id)           # a colleague opens her profile
    (alert,) = sol.screen_contact(world["beatrice"].id, ["Kingsley Okafor"])
    saved = profiles.update(dataclasses.replace(form, nationality="Albanian"))
    assert SafetyFlag.SAFETY_ALERT in saved.safety_flags
    assert saved.nationality == "Albanian"
    cleared = profiles.update(dataclasses.replace(saved, safety_flags=frozenset()))
    assert SafetyFlag.SAFETY_ALERT in cleared.safety_flags  # the form cannot clear it either
    assert [a.id for a in sol.alerts_for(world["beatrice"].id)] == [alert.id]


def test_the_safety_alert_flag_follows_the_open_alerts(world, case_db, sol):
    beatrice = world["beatrice"].id
    first = sol.screen_contact(beatrice, ["Kingsley Okafor"])[0]
    second = sol.screen_contact(beatrice, ["Someone"], phones=["07700 900999"])[0]
    sol.resolve(first.id, "dismissed", first.version, "not him")
    assert SafetyFlag.SAFETY_ALERT in _flags(case_db, beatrice)  # one still open
    sol.resolve(second.id, "acknowledged", second.version, "moved her")
    assert SafetyFlag.SAFETY_ALERT not in _flags(case_db, beatrice)
    sol.screen_contact(beatrice, ["Big K"])
    assert SafetyFlag.SAFETY_ALERT in _flags(case_db, beatrice)


def test_reverse_alerts_on_files_the_caller_cannot_see_are_only_counted(world, case_db, ids, sol):
    hidden = add_party(case_db, world["secret"].id, "Irina Volkova", PartyRole.INTERPRETER)
    shown = add_party(case_db, world["beatrice"].id, "Irina Volkova", PartyRole.WITNESS)
    trafficker = add_party(case_db, world["amara"].id, "Irina Volkova", PartyRole.TRAFFICKER)
    result = sol.screen_party(trafficker.id)
    assert [a.client_id for a in result] == [world["beatrice"].id]
    assert [a.subject_party_id for a in result] == [shown.id]
    assert result.hidden_count == 1
    assert result.hidden_message.startswith("1 alert was raised on a file you cannot see")
    text = repr([vars(result), list(result), result.hidden_message])
    assert str(world["secret"].reference) not in text and "Chidi" not in text
    # the alert on her file is still raised and stored, and flagged, for the staff named on it
    named = service(SafetyScreeningService, case_db, ids, "sol2")
    (stored,) = named.alerts_for(world["secret"].id)
    assert stored.subject_party_id == hidden.id and stored.matched_party_id == trafficker.id
    assert SafetyFlag.SAFETY_ALERT in _flags(case_db, world["secret"].id)


def test_only_hidden_reverse_alerts_give_an_empty_list_and_a_count(world, case_db, sol):
    add_party(case_db, world["secret"].id, "Irina Volkova", PartyRole.INTERPRETER)
    trafficker = add_party(case_db, world["amara"].id, "Irina Volkova", PartyRole.TRAFFICKER)
    result = sol.screen_party(trafficker.id)
    assert list(result) == [] and result.hidden_count == 1
    assert sol.screen_contact(world["beatrice"].id, ["Zofia Kowalska"]).hidden_count == 0


def test_reading_alerts_is_audited_per_client_shown(world, case_db, ids, sol):
    sol.screen_contact(world["beatrice"].id, ["Kingsley Okafor"])   # trafficker in Amara's file
    sol.screen_contact(world["beatrice"].id, ["Olga Petrenko"])     # associate in a hidden file
    before = len(audit_details(case_db))
    assert len(sol.alerts_for(world["beatrice"].id)) == 2
    reads = [(r[0], r[3]) for r in audit_details(case_db)[before:]
             if (r[1], r[2]) == ("read", "client")]
    assert sorted(reads) == sorted(("sol", str(c)) for c in
                                   (world["beatrice"].id, world["amara"].id))
    before = len(audit_details(case_db))
    assert sol.alerts_for(world["amara"].id) == []  # still a read of her file
    assert [(r[1], r[3]) for r in audit_details(case_db)[before:]] == [
        ("read", str(world["amara"].id))]


def test_only_a_solicitor_resolves_an_alert_and_always_with_a_reason(world, case_db, ids, sol):
    (alert,) = sol.screen_contact(world["beatrice"].id, ["Kingsley Okafor"])
    support = service(SafetyScreeningService, case_db, ids, "sup")
    with pytest.raises(PermissionDenied):
        support.resolve(alert.id, "dismissed", alert.version, "not him")
    for blank in ("", "   \n"):
        with pytest.raises(ValidationError, match="Reason"):
            sol.resolve(alert.id, "dismissed", alert.version, blank)
    done = sol.resolve(alert.id, "dismissed", alert.version, "  Different date of birth  ")
    assert done.resolution_note == "Different date of birth" and done.resolved_at
    (kept,) = sol.alerts_for(world["beatrice"].id, include_resolved=True)
    assert (kept.status, kept.raised_by, kept.resolved_by) == (
        AlertStatus.DISMISSED, ids["sol"], ids["sol"])
    assert "birth" not in repr(audit_details(case_db))      # the reason stays in her file


def test_an_edited_party_is_screened_again_and_a_dismissed_match_stays_dismissed(
        world, case_db, ids, sol):
    from search_fixtures import parties
    beatrice = world["beatrice"].id
    friend = add_party(case_db, beatrice, "Mary Jones", PartyRole.WITNESS)
    assert sol.screen_party(friend.id) == []
    renamed = case_db.write(parties.update, dataclasses.replace(
        friend, aliases=("Big K",)))
    (alert,) = sol.screen_party(renamed.id)                  # the edit matched a trafficker
    assert alert.subject_party_id == friend.id
    sol.resolve(alert.id, "dismissed", alert.version, "A nickname shared by many")
    assert sol.screen_party(renamed.id) == []                # the same false match: not again
    assert SafetyFlag.SAFETY_ALERT not in _flags(case_db, beatrice)
    phoned = case_db.write(parties.update, dataclasses.replace(
        renamed, name="Mary K Jones", phones=(PartyPhone("07700 900123"),)))
    again = sol.screen_party(phoned.id)                      # new words: screened afresh
    assert {a.match_on for a in again} >= {"phone"}
    assert SafetyFlag.SAFETY_ALERT in _flags(case_db, beatrice)


def test_her_changed_phone_number_is_screened(world, sol):
    assert sol.rescreen_contact(world["beatrice"].id) == []
    (alert,) = sol.rescreen_contact(world["beatrice"].id, phone="07700 900123")
    assert alert.match_on == "phone" and alert.subject_kind is ScreenedKind.CONTACT


def test_a_flag_says_when_and_by_whom_it_was_raised_and_keeps_it(world, case_db, ids, sol):
    beatrice = world["beatrice"].id
    support = service(ClientService, case_db, ids, "sup")
    support.raise_safety_flag(beatrice, SafetyFlag.DEBT_BONDAGE)
    sol.screen_contact(beatrice, ["Kingsley Okafor"])
    marks = {m.flag: m for m in support.flag_marks(beatrice)}
    assert marks[SafetyFlag.DEBT_BONDAGE].added_by == ids["sup"]
    assert marks[SafetyFlag.SAFETY_ALERT].added_by == ids["sol"]
    assert all(m.added_at for m in marks.values())
    profiles = service(ClientService, case_db, ids, "sol")
    saved = profiles.update(dataclasses.replace(
        profiles.get(beatrice), safety_flags=frozenset({SafetyFlag.DEBT_BONDAGE,
                                                        SafetyFlag.SELF_HARM_RISK})))
    after = {m.flag: m for m in profiles.flag_marks(saved.id)}
    assert after[SafetyFlag.DEBT_BONDAGE] == marks[SafetyFlag.DEBT_BONDAGE]   # kept as raised
    assert after[SafetyFlag.SELF_HARM_RISK].added_by == ids["sol"]
