"""Staff accounts: add, roles, disable (which deletes their key slots), reset access.

Each change to an account and its key slot happens together: the slot file is written as
the last step inside the database transaction, so a failure leaves neither half behind.
"""
from __future__ import annotations

import logging

from dataclasses import replace

from assist_desktop.services.erasure import remove_old_copies
from assist_desktop.domain.errors import (NotFound, PermissionDenied, ValidationError,
                                          WeakPassphraseError, WrongKeyError)
from assist_desktop.domain.staff import StaffUser, username_problem
from assist_desktop.security.passphrase_policy import assess
from assist_desktop.security.roles import Role
from assist_desktop.platform.clock import utc_now
from assist_desktop.services.settings import read_policy
from assist_desktop.services import sealing
from assist_desktop.services.sealing import reconcile_in
from assist_desktop.storage.sealed_records import PRIVILEGE
from assist_desktop.storage.centre_repository import UserRepository


def parse_roles(roles) -> frozenset[str]:
    try:
        parsed = frozenset(str(Role.parse(str(r))) for r in roles)
    except ValueError as exc:
        raise ValidationError("roles", str(exc)) from None
    if not parsed:
        raise ValidationError("roles", "give at least one role")
    return parsed


def check_passphrase(passphrase: str, min_score: int, user_inputs=()) -> None:
    verdict = assess(passphrase, min_score, tuple(user_inputs))
    if not verdict.ok:
        raise WeakPassphraseError(verdict.message, verdict.suggestions)


log = logging.getLogger(__name__)


class UserService:
    def __init__(self, db, session, audit, keeper, repository: UserRepository | None = None):
        self._db, self._session, self._audit, self._keeper = db, session, audit, keeper
        self._repo = repository or UserRepository()

    def _require_admin(self) -> None:
        if not self._session.is_administrator:
            raise PermissionDenied("Only an administrator can manage staff accounts.")

    def list_users(self) -> list[StaffUser]:
        """Every account, with whether it still has a temporary passphrase (administrators)."""
        self._require_admin()
        temporary = self._keeper.temporary_usernames()
        users, waiting = self._db.read(lambda conn: (self._repo.list(conn),
                                                     sealing.waiting_in(conn)))
        listed = []
        for user in users:
            keys = set() if user.disabled else waiting.get(user.username.casefold(), set())
            listed.append(replace(
                user, temporary_passphrase=user.username in temporary,
                waiting_privilege_key=PRIVILEGE in keys,
                waiting_file_keys=sum(1 for name in keys if name != PRIVILEGE)))
        return listed

    def directory(self) -> list[StaffUser]:
        """Active colleagues (names and roles only) for choosing a key worker, a solicitor or
        the staff a file is restricted to. Any signed-in member of staff may read it."""
        return [u for u in self._db.read(self._repo.list) if not u.disabled]

    def me(self) -> StaffUser:
        return self._db.read(self._repo.by_id, self._session.user_id)

    def _get(self, conn, username: str) -> StaffUser:
        user = self._repo.by_username(conn, username)
        if user is None:
            raise NotFound("staff account")
        return user

    def add_user(self, username: str, full_name: str, roles, passphrase: str,
                 must_change: bool = True) -> StaffUser:
        self._require_admin()
        username = username.strip().lower()
        problem = username_problem(username)
        if problem:
            raise ValidationError("username", problem)
        full_name = " ".join(full_name.split())
        if not full_name or len(full_name) > 200:
            raise ValidationError("full name", "give the person's name (at most 200 characters)")
        role_set = parse_roles(roles)

        def _write(conn):
            if self._repo.by_username(conn, username) is not None:
                raise ValidationError("username", "that username is already taken")
            check_passphrase(passphrase, read_policy(conn).min_passphrase_score,
                             (username, full_name))
            user = self._repo.add(conn, username, full_name, role_set, utc_now())
            self._audit.record(conn, "add_user", "user", user.id, ",".join(sorted(role_set)))
            self._keeper.set_passphrase(username, passphrase, must_change=must_change,
                                        full_name=full_name)
            return user
        added = self._db.write(_write)
        self._reseal()
        return added

    def _reseal(self) -> None:
        """Who is entitled to a compartment key may have changed (services/sealing.py): seal
        the keys this person holds to new slots, rotate those someone lost."""
        try:
            self._db.write(reconcile_in)
        except Exception:  # noqa: BLE001 - the change stands; the next unlock reconciles again
            log.exception("sealed compartments could not be reconciled after a staff change")

    def set_roles(self, username: str, roles) -> StaffUser:
        self._require_admin()
        role_set = parse_roles(roles)

        def _write(conn):
            user = self._get(conn, username)
            if (Role.ADMINISTRATOR in user.roles and Role.ADMINISTRATOR not in role_set
                    and self._repo.count_active_admins(conn) <= 1):
                raise ValidationError("roles", "the centre must keep at least one administrator")
            self._repo.set_roles(conn, user.id, role_set, utc_now())
            self._audit.record(conn, "set_roles", "user", user.id, ",".join(sorted(role_set)))
            return self._repo.by_id(conn, user.id)
        changed = self._db.write(_write)
        self._reseal()
        return changed

    def disable_user(self, username: str) -> StaffUser:
        """Disable the account and delete its key slots: the passphrase no longer opens anything.

        If the person may have kept a copy of the database, rotate the data key as well.
        """
        self._require_admin()

        def _write(conn):
            user = self._get(conn, username)
            if user.id == self._session.user_id:
                raise ValidationError("username", "you cannot disable your own account")
            if (Role.ADMINISTRATOR in user.roles and not user.disabled
                    and self._repo.count_active_admins(conn) <= 1):
                raise ValidationError("username", "the centre must keep at least one administrator")
            self._repo.set_disabled(conn, user.id, True, utc_now())
            self._audit.record(conn, "disable_user", "user", user.id)
            self._keeper.remove_user(user.username)
            return self._repo.by_id(conn, user.id)
        disabled = self._db.write(_write)
        self._reseal()
        # A safety copy still opens with this person's passphrase: it goes too.
        remove_old_copies(self._db, self._audit, "disable_user")
        return disabled

    def reset_access(self, username: str, temporary_passphrase: str) -> StaffUser:
        """New passphrase slot for someone who forgot theirs; they must change it at sign-in."""
        self._require_admin()

        def _write(conn):
            user = self._get(conn, username)
            check_passphrase(temporary_passphrase, read_policy(conn).min_passphrase_score,
                             (user.username, user.full_name))
            self._repo.set_disabled(conn, user.id, False, utc_now())
            self._audit.record(conn, "reset_access", "user", user.id)
            self._keeper.set_passphrase(user.username, temporary_passphrase, must_change=True)
            return self._repo.by_id(conn, user.id)
        reset = self._db.write(_write)
        self._reseal()
        return reset

    def change_own_passphrase(self, new_passphrase: str, *,
                              current_passphrase: str | None = None) -> None:
        """The signed-in person sets a new passphrase. The current one is asked again, so
        someone at an unattended, unlocked screen cannot take the account over; only a
        temporary passphrase an administrator set (which must be changed at sign-in) is
        replaced without it."""
        if current_passphrase is None:
            if not self._keeper.must_change(self._session.username):
                raise WrongKeyError("Type your current passphrase to change it.")
        elif not self._keeper.verify_passphrase(self._session.username, current_passphrase):
            raise WrongKeyError("The current passphrase is not correct.")
        # A temporary passphrase was told to someone else (the administrator who set it): keeping
        # it would leave the account open to them. One more KDF run, on a rare action.
        if new_passphrase == current_passphrase or self._keeper.verify_passphrase(
                self._session.username, new_passphrase):
            raise ValidationError("passphrase", "choose a new passphrase: this is the one you "
                                                "have now")

        def _write(conn):
            user = self._repo.by_id(conn, self._session.user_id)
            check_passphrase(new_passphrase, read_policy(conn).min_passphrase_score,
                             (user.username, user.full_name))
            self._audit.record(conn, "change_passphrase", "user", user.id)
            self._keeper.set_passphrase(user.username, new_passphrase, must_change=False)
        self._db.write(_write)
        self._reseal()
