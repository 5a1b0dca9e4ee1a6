"""The centre's deadline rules in the database: seeded from the JSON, edited by administrators
only (validated, version-checked, audited), used to compute due dates, exported and imported."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from assist_desktop.domain.deadline_rules import (Period, PeriodUnit, RuleValidationError,
                                                  load_default_rules)
from assist_desktop.domain.errors import EditConflict, NotFound, PermissionDenied, ValidationError
from assist_desktop.domain.session import Session
from assist_desktop.services.audit import AuditLog
from assist_desktop.services.deadline_rules import DeadlineRuleService


def _service(db, ids, name: str, *roles: str) -> DeadlineRuleService:
    session = Session(user_id=ids.get(name, 1), username=name, full_name=name.title(),
                      roles=frozenset(roles))
    return DeadlineRuleService(db, session, AuditLog(name))


@pytest.fixture
def admin(case_db, ids):
    return _service(case_db, ids, "adm", "administrator")


@pytest.fixture
def solicitor(case_db, ids):
    return _service(case_db, ids, "sol", "solicitor")


def _audit_rows(db):
    return db.read(lambda c: c.execute(
        "SELECT actor, action, entity, entity_id, detail FROM audit_log ORDER BY seq").fetchall())


def test_seeded_rules_equal_the_shipped_json(admin):
    stored = admin.rules()
    shipped = load_default_rules()
    assert stored.ids() == shipped.ids()
    assert [replace(r, version=1) for r in stored] == list(shipped)


def test_everyone_reads_and_computes(solicitor, case_db, ids):
    support = _service(case_db, ids, "sup", "support_worker")
    due = support.compute("ftt-iac-appeal-in-uk", date(2025, 12, 11), "england-wales")
    assert due.due == date(2025, 12, 29)
    assert len(solicitor.rules()) == len(load_default_rules())
    with pytest.raises(NotFound):
        solicitor.get("no-such-rule")


def test_only_administrators_edit(solicitor, admin):
    rule = solicitor.get("cica-review")
    with pytest.raises(PermissionDenied):
        solicitor.update(replace(rule, notes="mine"))
    with pytest.raises(PermissionDenied):
        solicitor.import_json(solicitor.export_json())
    with pytest.raises(PermissionDenied):
        solicitor.set_active("cica-review", False, rule.version)
    assert admin.get("cica-review") == rule


def test_edit_is_saved_versioned_and_audited(admin, case_db):
    rule = admin.get("cica-review")
    saved = admin.update(replace(rule, period=Period(60, PeriodUnit.DAYS), notes="Centre policy"))
    assert saved.version == rule.version + 1 and saved.period.amount == 60
    assert admin.compute("cica-review", date(2025, 10, 30), "scotland").due == date(2025, 12, 29)
    actor, action, entity, entity_id, detail = _audit_rows(case_db)[-1]
    assert (actor, action, entity, entity_id) == ("adm", "update", "deadline_rule", "cica-review")
    assert detail == "period,notes"
    with pytest.raises(EditConflict):  # saving over the old version again
        admin.update(replace(rule, notes="stale"))
    reset = admin.reset_to_default("cica-review", saved.version)
    assert reset.period.amount == 56 and reset.version == saved.version + 1


def test_a_bad_edit_names_the_field_and_writes_nothing(admin, case_db):
    rule = admin.get("child-sef")
    before = _audit_rows(case_db)
    with pytest.raises(ValidationError) as caught:
        admin.update(replace(rule, period=Period(60, PeriodUnit.WORKING_DAYS, less_days=1)))
    assert caught.value.field.endswith("period.less_days")
    with pytest.raises(ValidationError) as caught:
        admin.update(replace(rule, jurisdictions=("mars",)))
    assert "jurisdictions" in caught.value.field
    assert admin.get("child-sef") == rule and _audit_rows(case_db) == before


def test_add_and_deactivate(admin):
    rule = replace(load_default_rules().get("sar-response"), id="centre-callback",
                   process="Call the client back", kind=load_default_rules().get(
                       "nrm-rg-decision").kind)
    added = admin.add(rule)
    assert added.version == 1 and admin.rules().ids()[-1] == "centre-callback"
    with pytest.raises(ValidationError):
        admin.add(rule)
    off = admin.set_active("centre-callback", False, added.version)
    assert not off.active
    assert "centre-callback" not in {r.id for r in admin.rules().applicable("ireland", "appeal")}


def test_due_dates_for_a_matter(solicitor):
    dates = solicitor.due_dates("ireland", "appeal", {"IPO notification sent": date(2026, 1, 26),
                                                      "request received": date(2026, 2, 17)})
    ids = [d.rule_id for d in dates]
    assert ids == ["ipat-appeal-ipa2015-accelerated", "ipat-appeal-ipa2015", "sar-response",
                   "sar-response-extended"]
    assert dates[1].due == date(2026, 2, 17)


def test_import_is_all_or_nothing(admin, case_db):
    document = json.loads(admin.export_json())
    document["rules"][0]["notes"] = "edited in a spreadsheet"
    removed = document["rules"].pop(5)["id"]
    new = dict(document["rules"][1], id="centre-extra")
    document["rules"].append(new)
    summary = admin.import_json(json.dumps(document))
    assert summary.updated == (document["rules"][0]["id"],)
    assert summary.added == ("centre-extra",) and summary.deactivated == (removed,)
    assert not admin.get(removed).active
    assert admin.get(document["rules"][0]["id"]).notes == "edited in a spreadsheet"

    before = admin.rules()
    document["rules"][2]["period"]["unit"] = "fortnights"
    document["rules"][3]["notes"] = "would change"
    with pytest.raises(RuleValidationError) as caught:
        admin.import_json(json.dumps(document))
    assert caught.value.field == f"rules[2] ({document['rules'][2]['id']}).period.unit"
    assert admin.rules() == before


def test_new_shipped_rules_are_added_after_an_upgrade(admin, case_db):
    case_db.write(lambda c: c.execute("DELETE FROM deadline_rules WHERE id = 'retention-scotland'"))
    assert admin.add_new_defaults() == ["retention-scotland"]
    assert admin.add_new_defaults() == []
