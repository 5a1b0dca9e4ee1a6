"""The centre's copy of the deadline rules (table deadline_rules, schema 3).

Rows are read back through domain.deadline_rules.parse_rule, so what the database holds is
validated the same way as the shipped JSON; a row that fails names its field.
"""
from __future__ import annotations

import json

from assist_desktop.domain.deadline_rules import DeadlineRule, RuleSet, parse_rule, with_version
from assist_desktop.domain.errors import EditConflict
from assist_desktop.platform.clock import utc_now as _now

_COLUMNS = ("id, position, jurisdictions, process, matter_type, regime, start_event, "
            "period_amount, period_unit, less_days, kind, non_working_day, reminder_days, "
            "source_section, source, notes, verify, valid_from, valid_until, ends_early_on, "
            "extension, closed_days, active, version")
_WRITABLE = ("jurisdictions", "process", "matter_type", "regime", "start_event", "period_amount",
             "period_unit", "less_days", "kind", "non_working_day", "reminder_days",
             "source_section", "source", "notes", "verify", "valid_from", "valid_until",
             "ends_early_on", "extension", "closed_days", "active")




def _from_row(row, index: int) -> DeadlineRule:
    (rule_id, _position, jurisdictions, process, matter_type, regime, start_event, amount, unit,
     less_days, kind, non_working_day, reminders, section, source, notes, verify, valid_from,
     valid_until, ends_early_on, extension, closed_days, active, version) = row
    raw = {"id": rule_id, "jurisdictions": json.loads(jurisdictions), "process": process,
           "matter_type": matter_type, "regime": regime, "start_event": start_event,
           "period": {"amount": amount, "unit": unit, "less_days": less_days},
           "kind": kind, "non_working_day": non_working_day,
           "reminder_days_before": json.loads(reminders), "source_section": section,
           "source": source, "notes": notes, "verify": bool(verify), "valid_from": valid_from,
           "valid_until": valid_until, "ends_early_on": ends_early_on, "extension": extension,
           "closed_days": json.loads(closed_days), "active": bool(active)}
    return with_version(parse_rule(raw, index), version)


def _values(rule: DeadlineRule) -> dict:
    raw = rule.to_dict()
    return {"jurisdictions": json.dumps(raw["jurisdictions"]), "process": rule.process,
            "matter_type": rule.matter_type, "regime": rule.regime,
            "start_event": rule.start_event, "period_amount": rule.period.amount,
            "period_unit": rule.period.unit.value, "less_days": rule.period.less_days,
            "kind": rule.kind.value, "non_working_day": rule.non_working_day.value,
            "reminder_days": json.dumps(raw["reminder_days_before"]),
            "source_section": rule.source_section, "source": rule.source, "notes": rule.notes,
            "verify": int(rule.verify), "valid_from": raw["valid_from"],
            "valid_until": raw["valid_until"], "ends_early_on": rule.ends_early_on,
            "extension": rule.extension.value, "closed_days": json.dumps(raw["closed_days"]),
            "active": int(rule.active)}


class DeadlineRuleRepository:
    def list(self, conn) -> RuleSet:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM deadline_rules ORDER BY position, id").fetchall()
        return RuleSet(tuple(_from_row(row, index) for index, row in enumerate(rows)))

    def get(self, conn, rule_id: str) -> DeadlineRule | None:
        row = conn.execute(f"SELECT {_COLUMNS} FROM deadline_rules WHERE id = ?",
                           (rule_id,)).fetchone()
        return None if row is None else _from_row(row, 0)

    def update(self, conn, rule: DeadlineRule, updated_by: str) -> DeadlineRule:
        """Save over version `rule.version`; EditConflict if someone saved it since."""
        values = _values(rule)
        sets = ", ".join(f"{name} = :{name}" for name in _WRITABLE)
        cursor = conn.execute(
            f"UPDATE deadline_rules SET {sets}, version = version + 1, updated_at = :now, "
            f"updated_by = :by WHERE id = :id AND version = :version",
            {**values, "now": _now(), "by": updated_by, "id": rule.id, "version": rule.version})
        if cursor.rowcount != 1:
            raise EditConflict("deadline rule")
        return self.get(conn, rule.id)

    def insert(self, conn, rule: DeadlineRule, updated_by: str) -> DeadlineRule:
        values = _values(rule)
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM deadline_rules"
                                ).fetchone()[0]
        names = ("id", "position", *_WRITABLE, "version", "updated_at", "updated_by")
        conn.execute(
            f"INSERT INTO deadline_rules ({', '.join(names)}) VALUES "
            f"({', '.join(':' + n for n in names)})",
            {**values, "id": rule.id, "position": position, "version": 1, "updated_at": _now(),
             "updated_by": updated_by})
        return self.get(conn, rule.id)

    def exists(self, conn, rule_id: str) -> bool:
        return conn.execute("SELECT 1 FROM deadline_rules WHERE id = ?", (rule_id,)).fetchone() is not None
