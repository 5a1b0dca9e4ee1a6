"""Her children and her pregnancy: open to every caseworker on her file."""
from __future__ import annotations

from assist_desktop.domain.children import Child, Pregnancy
from assist_desktop.services import permissions as perm
from assist_desktop.services.case_service import CaseService, RecordOps
from assist_desktop.storage.client_owned_repository import ChildRepository, PregnancyRepository


class ChildrenService(CaseService):
    """children.list(client_id) / get / create / update / delete; the same for pregnancies."""

    def __init__(self, db, session, audit):
        super().__init__(db, session, audit)
        self.children: RecordOps[Child] = RecordOps(
            self, ChildRepository(), area=perm.Area.CHILD, entity="child", what="child's record")
        self.pregnancies: RecordOps[Pregnancy] = RecordOps(
            self, PregnancyRepository(), area=perm.Area.CHILD, entity="pregnancy",
            what="pregnancy record")
