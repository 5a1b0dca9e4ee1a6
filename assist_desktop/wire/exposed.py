"""Which service methods a laptop may call on its centre server: the allowlist.

The server answers a Call only when (service, method) is a key of `allowed()`, a table the
server builds from its own classes (never from the request): every public method defined on
the service classes of CentreServices, minus those that touch the server's own disk or hand
out objects that cannot travel (below). The peer's strings are only ever looked up in this
table; nothing is looked up on an object by a name the peer chose.
"""
from __future__ import annotations

import inspect
from functools import lru_cache

# Methods that write to or read from a path on the machine they run on: on a laptop they
# are done locally with bytes fetched through an allowed method, never on the server's disk.
_PATH_PARAMETERS = frozenset({"path", "folder", "directory", "destination", "dest", "file_path",
                              "target"})
# Methods meant to be called inside another's transaction (they take the connection).
_INTERNAL_PARAMETERS = frozenset({"conn"})
DENIED = frozenset({
    ("documents", "save_as"), ("documents", "save_as_word"),
    ("interchange", "save_export"), ("tasks", "export_ics"),
    ("interchange", "check_file"),   # returns the parse state of a file, not a record
    ("list_exports", "sheet"),   # the table before it is written; a laptop asks for `data`
})

# Offered by the server itself, not by CentreServices (server/backups.py, server/restore.py;
# a laptop reaches them as RemoteCentre.server_backups): administrators only, checked there.
SERVER_DESK = frozenset({("server_backups", "overview"), ("server_backups", "start"),
                         ("server_backups", "verify"), ("server_backups", "restore")})
# The server's own state, offered to a sign-in by server/centre.py (an administrator only).
SERVER_CONTROL = frozenset({("server", "seal")})
# A Call naming this service carries a restore's ticket instead of a sign-in token: the
# laptop that started a restore follows it after every sign-in ended (server/restore.py).
RESTORE_WATCH = "server_restore"

# Keyword arguments a laptop may not give: Argon2 parameters of a transfer package (a peer
# could otherwise ask the server for gigabytes of memory; the server uses its own policy).
DENIED_ARGUMENTS = {("interchange", "export_package"): frozenset({"kdf_params"}),
                    ("interchange", "save_export"): frozenset({"kdf_params"})}


@lru_cache(maxsize=1)
def allowed() -> dict[tuple[str, str], str]:
    """(service field, method name) -> the method's name on the server's service object."""
    import dataclasses
    import typing
    from assist_desktop.services import open_centre
    hints = typing.get_type_hints(open_centre.CentreServices, vars(open_centre) | _doc_ns())
    table: dict[tuple[str, str], str] = {}
    for field in dataclasses.fields(open_centre.CentreServices):
        if field.name == "changes":
            continue
        cls = service_class(hints[field.name])
        for klass in cls.__mro__:
            if not klass.__module__.startswith("assist_desktop.services"):
                continue
            for name, member in vars(klass).items():
                if name.startswith("_") or (field.name, name) in DENIED:
                    continue
                function = member.__func__ if isinstance(member, (staticmethod, classmethod)) else member
                if not inspect.isfunction(function):
                    continue
                if (_PATH_PARAMETERS | _INTERNAL_PARAMETERS) & set(
                        inspect.signature(function).parameters):
                    continue
                table.setdefault((field.name, name), name)
    return table


def service_class(hint):
    """The class a CentreServices field holds ("X | None": X)."""
    import typing
    if typing.get_args(hint) and not hasattr(hint, "__mro__"):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def _doc_ns() -> dict:
    """The service classes CentreServices names only under TYPE_CHECKING (imported when a
    centre is unlocked), so that its hints can be resolved."""
    from assist_desktop.services.documents import DocumentService
    from assist_desktop.services.retention import RetentionService
    from assist_desktop.services.sar_log import SarLogService
    from assist_desktop.services.subject_access import SubjectAccessService
    return {"DocumentService": DocumentService, "RetentionService": RetentionService,
            "SarLogService": SarLogService, "SubjectAccessService": SubjectAccessService}


def services_and_methods() -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for service, method in allowed():
        grouped.setdefault(service, set()).add(method)
    return {k: frozenset(v) for k, v in grouped.items()}


def bind(services) -> dict[tuple[str, str], object]:
    """The allowlist bound to one signed-in person's services: (service, method) -> the
    bound method. Sub-services (children.children, children.pregnancies: RecordOps held
    by a service) are found on the server's own objects and named "service.attribute"."""
    from assist_desktop.services.case_service import RecordOps
    table: dict[tuple[str, str], object] = {}
    for (service, method), name in allowed().items():
        table[(service, method)] = getattr(getattr(services, service), name)
    import dataclasses
    for service in (f.name for f in dataclasses.fields(services) if f.name != "changes"):
        owner = getattr(services, service)
        for attr, value in vars(owner).items():
            if attr.startswith("_") or not isinstance(value, RecordOps):
                continue
            for name, member in vars(RecordOps).items():
                if not name.startswith("_") and inspect.isfunction(member):
                    table[(f"{service}.{attr}", name)] = getattr(value, name)
    return table
