"""Repositories for her asylum and appeal steps, age assessments and exploitation profile
(domain/asylum.py, migration m0013)."""
from __future__ import annotations

from assist_desktop.domain.asylum import (AgeAssessment, AsylumEvent, ExploitationForm,
                                          ExploitationProfile, decode_list, encode_list)
from assist_desktop.storage.client_owned_repository import ClientOwnedRepository
from assist_desktop.storage.record_table import RecordTable


class AsylumEventRepository(ClientOwnedRepository[AsylumEvent]):
    table = RecordTable("asylum_events", AsylumEvent, what="asylum record")
    order_by = "dated, id"


class AgeAssessmentRepository(ClientOwnedRepository[AgeAssessment]):
    table = RecordTable("age_assessments", AgeAssessment, what="age assessment")
    order_by = "assessed_on, id"


class ExploitationProfileRepository:
    """One profile per client; its two lists are kept one a line in text columns."""
    table = RecordTable("exploitation_profiles", ExploitationProfile,
                        what="exploitation profile", skip=("forms", "countries"))

    def _select(self, conn, where: str, params: tuple) -> ExploitationProfile | None:
        row = conn.execute(f"SELECT {self.table.select_list}, forms, countries "
                           f"FROM exploitation_profiles WHERE {where}", params).fetchone()
        if row is None:
            return None
        forms = tuple(ExploitationForm(code) for code in decode_list(row[-2]))
        return self.table.from_row(row[:-2], forms=forms, countries=decode_list(row[-1]))

    def get(self, conn, record_id: int) -> ExploitationProfile | None:
        return self._select(conn, "id = ? AND deleted_at IS NULL", (record_id,))

    def for_client(self, conn, client_id: int) -> ExploitationProfile | None:
        return self._select(conn, "client_id = ? AND deleted_at IS NULL", (client_id,))

    def list_for_client(self, conn, client_id: int, *, include_deleted: bool = False
                        ) -> list[ExploitationProfile]:
        found = self.for_client(conn, client_id)
        return [] if found is None else [found]

    @staticmethod
    def _lists(profile: ExploitationProfile) -> dict[str, str]:
        return {"forms": encode_list(profile.forms), "countries": encode_list(profile.countries)}

    def create(self, conn, profile: ExploitationProfile) -> ExploitationProfile:
        return self.table.insert(conn, profile, **self._lists(profile))

    def update(self, conn, profile: ExploitationProfile) -> ExploitationProfile:
        return self.table.update(conn, profile, **self._lists(profile))

    def soft_delete(self, conn, record_id: int, expected_version: int) -> ExploitationProfile:
        return self.table.soft_delete(conn, record_id, expected_version)
