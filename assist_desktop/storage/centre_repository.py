"""SQL for the centre row, centre-wide settings and staff accounts."""
from __future__ import annotations

from assist_desktop.domain.staff import CentreInfo, StaffUser


class CentreRepository:
    def create(self, conn, info: CentreInfo) -> None:
        conn.execute("INSERT INTO centre (id, database_id, name, jurisdiction, address, created_at)"
                     " VALUES (1, ?, ?, ?, ?, ?)",
                     (info.database_id, info.name, info.jurisdiction, info.address,
                      info.created_at))

    def get(self, conn) -> CentreInfo | None:
        row = conn.execute("SELECT database_id, name, jurisdiction, address, created_at, "
                           "phone, email, website, regulator_note, complaints_contact "
                           "FROM centre WHERE id = 1").fetchone()
        return CentreInfo(*row) if row else None

    def update_details(self, conn, info: CentreInfo) -> None:
        """Name, address, contacts and regulator line (not the jurisdiction or id)."""
        conn.execute("UPDATE centre SET name = ?, address = ?, phone = ?, email = ?, "
                     "website = ?, regulator_note = ?, complaints_contact = ? WHERE id = 1",
                     (info.name, info.address, info.phone, info.email, info.website,
                      info.regulator_note, info.complaints_contact))

    def update(self, conn, name: str, address: str) -> None:
        conn.execute("UPDATE centre SET name = ?, address = ? WHERE id = 1", (name, address))


class SettingsRepository:
    def get(self, conn, key: str) -> str | None:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def all(self, conn) -> dict[str, str]:
        return dict(conn.execute("SELECT key, value FROM settings").fetchall())

    def set(self, conn, key: str, value: str) -> None:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


class UserRepository:
    _SELECT = "SELECT id, username, full_name, disabled, created_at, updated_at FROM users"

    def _roles(self, conn, user_id: int) -> frozenset[str]:
        return frozenset(r for (r,) in conn.execute(
            "SELECT role FROM user_roles WHERE user_id = ?", (user_id,)))

    def _build(self, conn, row) -> StaffUser:
        return StaffUser(id=row[0], username=row[1], full_name=row[2],
                         roles=self._roles(conn, row[0]), disabled=bool(row[3]),
                         created_at=row[4], updated_at=row[5])

    def add(self, conn, username: str, full_name: str, roles: frozenset[str], now: str) -> StaffUser:
        cur = conn.execute("INSERT INTO users (username, full_name, disabled, created_at, "
                           "updated_at) VALUES (?, ?, 0, ?, ?)", (username, full_name, now, now))
        self.set_roles(conn, cur.lastrowid, roles, now)
        return self.by_id(conn, cur.lastrowid)

    def set_roles(self, conn, user_id: int, roles: frozenset[str], now: str) -> None:
        conn.execute("DELETE FROM user_roles WHERE user_id = ?", (user_id,))
        conn.executemany("INSERT INTO user_roles (user_id, role) VALUES (?, ?)",
                         [(user_id, r) for r in sorted(roles)])
        conn.execute("UPDATE users SET updated_at = ? WHERE id = ?", (now, user_id))

    def set_disabled(self, conn, user_id: int, disabled: bool, now: str) -> None:
        conn.execute("UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?",
                     (int(disabled), now, user_id))

    def by_id(self, conn, user_id: int) -> StaffUser | None:
        row = conn.execute(f"{self._SELECT} WHERE id = ?", (user_id,)).fetchone()
        return self._build(conn, row) if row else None

    def by_username(self, conn, username: str) -> StaffUser | None:
        row = conn.execute(f"{self._SELECT} WHERE username = ?", (username,)).fetchone()
        return self._build(conn, row) if row else None

    def list(self, conn) -> list[StaffUser]:
        return [self._build(conn, row) for row in
                conn.execute(f"{self._SELECT} ORDER BY username COLLATE NOCASE").fetchall()]

    def count_active_admins(self, conn) -> int:
        return conn.execute("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                            "WHERE r.role = 'administrator' AND u.disabled = 0").fetchone()[0]
