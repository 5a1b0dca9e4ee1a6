"""The deadline rules a centre works with: read by everyone, edited by administrators only.

Every change is validated (domain.deadline_rules) and audited with the rule id and the names of
the fields that changed. Due dates are computed here from the centre's current rules.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Mapping

from assist_desktop.domain.deadline_rules import (DeadlineRule, RuleSet, RuleValidationError,
                                                  load_default_rules, loads, parse_rule)
from assist_desktop.domain.deadlines import DueDate, compute_due
from assist_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from assist_desktop.storage.deadline_rule_repository import DeadlineRuleRepository


@dataclass(frozen=True)
class ImportSummary:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    deactivated: tuple[str, ...]


def _changed_fields(old: DeadlineRule, new: DeadlineRule) -> list[str]:
    before, after = old.to_dict(), new.to_dict()
    return [name for name in after if before.get(name) != after[name]]


class DeadlineRuleService:
    def __init__(self, db, session, audit, repository: DeadlineRuleRepository | None = None):
        self._db, self._session, self._audit = db, session, audit
        self._repo = repository or DeadlineRuleRepository()

    # --- reading and computing (any signed-in user) ------------------------------------------
    def rules(self) -> RuleSet:
        return self._db.read(self._repo.list)

    def get(self, rule_id: str) -> DeadlineRule:
        rule = self._db.read(self._repo.get, rule_id)
        if rule is None:
            raise NotFound("deadline rule")
        return rule

    def compute(self, rule_id: str, start: date, jurisdiction: str,
                events: Mapping[str, date] | None = None) -> DueDate:
        return compute_due(self.get(rule_id), start, jurisdiction, events)

    def due_dates(self, jurisdiction: str, matter_type: str,
                  events: Mapping[str, date]) -> list[DueDate]:
        """Due dates of every active rule for this matter whose start event has a date in
        `events` (keyed by the rules' start_event names)."""
        found = []
        for rule in self.rules().applicable(jurisdiction, matter_type):
            start = events.get(rule.start_event)
            if start is not None:
                found.append(compute_due(rule, start, jurisdiction, events))
        return sorted(found, key=lambda due: (due.due, due.rule_id))

    def export_json(self) -> str:
        return self.rules().to_json()

    # --- editing (administrators) --------------------------------------------------------------
    def _require_admin(self) -> None:
        if not self._session.is_administrator:
            raise PermissionDenied("Only an administrator can change the deadline rules.")

    @staticmethod
    def _validated(rule: DeadlineRule) -> DeadlineRule:
        return replace(parse_rule(rule.to_dict()), version=rule.version)

    def update(self, rule: DeadlineRule) -> DeadlineRule:
        """Save an edited rule (its `version` is the one the editor started from)."""
        self._require_admin()
        rule = self._validated(rule)

        def _write(conn):
            old = self._repo.get(conn, rule.id)
            if old is None:
                raise NotFound("deadline rule")
            saved = self._repo.update(conn, rule, self._session.username)
            fields = _changed_fields(old, saved)
            self._audit.record(conn, "update", "deadline_rule", rule.id, ",".join(fields)[:200])
            return saved
        return self._db.write(_write)

    def add(self, rule: DeadlineRule) -> DeadlineRule:
        self._require_admin()
        rule = self._validated(rule)

        def _write(conn):
            if self._repo.exists(conn, rule.id):
                raise ValidationError("id", f"a rule called {rule.id!r} already exists")
            saved = self._repo.insert(conn, rule, self._session.username)
            self._audit.record(conn, "create", "deadline_rule", rule.id)
            return saved
        return self._db.write(_write)

    def set_active(self, rule_id: str, active: bool, expected_version: int) -> DeadlineRule:
        rule = self.get(rule_id)
        return self.update(replace(rule, active=bool(active), version=expected_version))

    def reset_to_default(self, rule_id: str, expected_version: int) -> DeadlineRule:
        """Put a rule back as shipped (assist_desktop/resources/rules/deadline_rules.json)."""
        self._require_admin()
        try:
            shipped = load_default_rules().get(rule_id)
        except KeyError:
            raise NotFound("shipped deadline rule") from None
        return self.update(replace(shipped, version=expected_version))

    def add_new_defaults(self) -> list[str]:
        """Add shipped rules this centre does not have yet (after an upgrade); returns their ids."""
        self._require_admin()
        shipped = load_default_rules()

        def _write(conn):
            added = []
            for rule in shipped:
                if not self._repo.exists(conn, rule.id):
                    self._repo.insert(conn, rule, self._session.username)
                    self._audit.record(conn, "create", "deadline_rule", rule.id, "shipped default")
                    added.append(rule.id)
            return added
        return self._db.write(_write)

    def import_json(self, text: str) -> ImportSummary:
        """Replace the table with an edited export: every rule is validated first, and nothing
        is written if any rule is bad. Rules missing from the file are switched off, not deleted
        (tasks keep their rule ids)."""
        self._require_admin()
        incoming = loads(text)  # RuleValidationError names the first bad field

        def _write(conn):
            current = {rule.id: rule for rule in self._repo.list(conn)}
            added, updated, unchanged, deactivated = [], [], [], []
            for rule in incoming:
                old = current.get(rule.id)
                if old is None:
                    self._repo.insert(conn, rule, self._session.username)
                    added.append(rule.id)
                    self._audit.record(conn, "create", "deadline_rule", rule.id, "import")
                    continue
                fields = _changed_fields(old, rule)
                if not fields:
                    unchanged.append(rule.id)
                    continue
                self._repo.update(conn, replace(rule, version=old.version), self._session.username)
                updated.append(rule.id)
                self._audit.record(conn, "update", "deadline_rule", rule.id,
                                   ("import:" + ",".join(fields))[:200])
            incoming_ids = set(incoming.ids())
            for rule_id, old in current.items():
                if rule_id not in incoming_ids and old.active:
                    self._repo.update(conn, replace(old, active=False), self._session.username)
                    deactivated.append(rule_id)
                    self._audit.record(conn, "update", "deadline_rule", rule_id, "import:active")
            return ImportSummary(tuple(added), tuple(updated), tuple(unchanged), tuple(deactivated))
        return self._db.write(_write)


__all__ = ["DeadlineRuleService", "ImportSummary", "RuleValidationError"]
