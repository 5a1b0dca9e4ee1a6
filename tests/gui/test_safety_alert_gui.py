"""A safety alert's life cycle in her file: the banner offers a solicitor Resolve… (a reason
required), the alert leaves the banner but stays in its history; a support worker sees no
Resolve; an edited party is screened again."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from assist_desktop.domain.parties import Party, PartyRole
from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, unlock_as, wait_idle


@pytest.fixture
def alerted(centre, staff, vault):
    """Amara's file names the trafficker Kingsley Okafor; Beatrice's contact matched him."""
    from assist_desktop.domain.clients import Client
    sol = staff("sol")
    services = sol.services
    amara = services.clients.create(Client(jurisdiction=sol.centre.jurisdiction,
                                           given_names="Amara", family_name="Eze"))
    beatrice = services.clients.create(Client(jurisdiction=sol.centre.jurisdiction,
                                              given_names="Beatrice", family_name="Mensah"))
    services.matters.parties.create(Party(client_id=amara.id, role=PartyRole.TRAFFICKER,
                                          name="Kingsley Okafor"))
    (alert,) = services.safety.screen_contact(beatrice.id, ["Kingsley Okafor"])
    sol.lock()
    centre.lock()
    return vault, beatrice, alert


def test_a_solicitor_resolves_an_alert_from_her_banner(qtbot, make_shell, alerted):
    vault, beatrice, alert = alerted
    shell = make_shell(vault=vault)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, beatrice.id)
    banner = file.ui.safetyLabel.text()
    assert f'href="resolve:{alert.id}"' in banner and "Kingsley Okafor" in banner
    tip = file.ui.safetyLabel.toolTip()
    assert "Safety alert from screening: raised" in tip and "by Sam Solicitor" in tip
    qtbot.waitUntil(lambda: "Safety alert from screening <span" in file.ui.safetyLabel.text()
                    and "Sam Solicitor)" in file.ui.safetyLabel.text(), timeout=10000)
    dialog = file.resolve_alert(alert.id)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)      # no reason yet
    wait_idle(qtbot, shell)
    assert dialog.isVisible() and "Say why" in dialog.messageLabel.text()
    dialog.reasonEdit.setPlainText("Different man: <b>born 1961</b> & never in the UK 🙂")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "resolve:" not in file.ui.safetyLabel.text(), timeout=10000)
    wait_idle(qtbot, shell)
    assert "Kingsley Okafor" not in file.ui.safetyLabel.text()          # gone from the banner
    assert 'href="history"' in file.ui.safetyLabel.text()
    box = file.show_alert_history()
    assert "Dismissed as a false match" in box.text()
    assert "&lt;b&gt;born 1961&lt;/b&gt; &amp; never in the UK 🙂" in box.text()   # escaped
    assert "Sam Solicitor" in box.text()
    box.close()
    rows = centre.db.read(lambda c: c.execute(
        "SELECT action, detail FROM audit_log WHERE action = 'resolve_safety_alert'").fetchall())
    assert rows == [("resolve_safety_alert", f"alert={alert.id};status=dismissed")]


def test_a_support_worker_is_not_offered_resolve(qtbot, make_shell, alerted):
    vault, beatrice, alert = alerted
    shell = make_shell(vault=vault)
    unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
    file = open_client_tab(qtbot, shell, beatrice.id)
    assert "Kingsley Okafor" in file.ui.safetyLabel.text()
    assert "resolve:" not in file.ui.safetyLabel.text()


def test_an_edited_party_is_screened_again_from_her_file(qtbot, make_shell, alerted,
                                                         monkeypatch):
    vault, beatrice, _alert = alerted
    shell = make_shell(vault=vault)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    friend = centre.services.matters.parties.create(Party(
        client_id=beatrice.id, role=PartyRole.WITNESS, name="Mary Jones"))
    file = open_client_tab(qtbot, shell, beatrice.id)
    file.show_tab("identification")
    tab = file.tab("identification")
    shown = []
    monkeypatch.setattr("assist_desktop.gui.client.identification_tab.show_notice",
                        lambda _parent, _title, text: shown.append(text))
    changed = dataclasses.replace(friend, aliases=("Okafor Kingsley",))
    tab.parties._saved(tab._update_party(changed))
    wait_idle(qtbot, shell)
    assert shown and "Kingsley Okafor" in shown[0]
    alerts = centre.services.safety.alerts_for(beatrice.id)
    assert any(a.subject_party_id == friend.id for a in alerts)


def test_her_changed_phone_number_is_screened_and_shown_on_her_banner(qtbot, make_shell,
                                                                      alerted):
    from assist_desktop.domain.parties import PartyPhone
    vault, beatrice, _alert = alerted
    shell = make_shell(vault=vault)
    centre = unlock_as(qtbot, shell, "sol", OTHER_PASSPHRASE)
    parties = centre.services.matters.parties
    amara = next(s.id for s in centre.services.clients.caseload() if s.id != beatrice.id)
    (kingsley,) = parties.list(amara)
    parties.update(dataclasses.replace(kingsley, phones=(PartyPhone("+44 7700 900123"),)))
    file = open_client_tab(qtbot, shell, beatrice.id)
    overview = file.tab("overview")
    qtbot.waitUntil(lambda: overview.ui.editButton.isEnabled(), timeout=10000)
    dialog = overview.edit()
    dialog.form.ui.phoneEdit.setText("07700 900123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    wait_idle(qtbot, shell)
    assert [a.match_on for a in dialog.alerts] == ["phone"]
    qtbot.waitUntil(lambda: "by phone number" in file.ui.safetyLabel.text(), timeout=10000)
