"""Consent in the screens: a referral sent without her consent is refused in the dialog for a
support worker (nothing saved); a solicitor is asked for a reason and it goes ahead
(override kept and audited); recording a withdrawal names the referrals still running."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from assist_desktop.gui import messages
from tests.gui.gui_helpers import OTHER_PASSPHRASE, open_client_tab, seed_client, unlock_as

REASON = "urgent safe-house place; <b>risk to life</b>"


@pytest.fixture
def her(team):
    return seed_client(team, "sol", OTHER_PASSPHRASE, given_names="Mariam",
                       family_name="Tesfaye", date_of_birth=date(1990, 5, 1))


def _referral(qtbot, file, organisation: str, consent: bool):
    panel = file.tab("support").panel("referrals")
    dialog = panel.add()
    dialog.ui.f_organisation.setText(organisation)
    dialog.ui.f_consent_given.setChecked(consent)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return panel, dialog


def test_support_worker_is_refused_and_a_solicitor_overrides(qtbot, make_shell, team, her):
    asked = []
    messages.answer_with(lambda kind, title, text: asked.append(kind) or
                         (REASON if kind == "override" else True))
    try:
        shell = make_shell(vault=team)
        unlock_as(qtbot, shell, "sup", OTHER_PASSPHRASE)
        file = open_client_tab(qtbot, shell, her.id)
        panel, dialog = _referral(qtbot, file, "Haven <b>House</b>", consent=False)
        qtbot.waitUntil(lambda: "consent" in dialog.ui.messageLabel.text(), timeout=10000)
        assert "ask a solicitor" in dialog.ui.messageLabel.text()
        assert dialog.isVisible() and "override" not in asked
        assert shell.centre.services.support.referrals.list(her.id) == []
        dialog.reject()
        shell.lock()

        shell2 = make_shell(vault=team)
        unlock_as(qtbot, shell2, "sol", OTHER_PASSPHRASE)
        file = open_client_tab(qtbot, shell2, her.id)
        panel, dialog = _referral(qtbot, file, "Haven <b>House</b>", consent=False)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        assert "override" in asked
        stored = shell2.centre.services.support.referrals.list(her.id)
        assert [r.organisation for r in stored] == ["Haven <b>House</b>"]
        reasons = shell2.centre.db.read(lambda c: c.execute(
            "SELECT reason FROM consent_overrides").fetchall())
        assert reasons == [(REASON,)]

        # Withdrawing consent names the referral still running.
        overview = file.tab("overview")
        consent = overview.record_consent()
        consent.ui.kindCombo.setCurrentIndex(consent.ui.kindCombo.findData(
            "support_provider_referral"))
        consent.ui.decisionCombo.setCurrentIndex(consent.ui.decisionCombo.findData("withdrawn"))
        qtbot.mouseClick(consent.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Haven <b>House</b>" in overview.last_withdrawal_message,
                        timeout=10000)
    finally:
        messages.answer_with(None)
