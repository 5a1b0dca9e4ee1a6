"""Client implementations of the service interfaces: every method call becomes a Call RPC.

`RemoteCentre` is what a sign-in to a centre server gives the laptop: the Session, the
CentreInfo, and a CentreServices whose members forward each call (service, method, args)
to the server, and whose `changes` is a RemoteChangeFeed. The screens receive the same
typed bundle as in standalone mode and cannot tell the difference. Nothing is cached: when
the session ends (sign-out, auto-lock) the proxies are dropped and hold no data.
"""
from __future__ import annotations

import logging
import threading

from assist_desktop.domain.errors import StoreLockedError
from assist_desktop.remote.connection import Connection, LaptopRefused
from assist_desktop.services.changes import AUDIT_KIND, CREATED, ChangeEvent, Listener
from assist_desktop.wire import codec

log = logging.getLogger(__name__)


class _Member:
    """service.method(...) -> a Call; service.sub.method(...) for sub-services."""

    def __init__(self, remote: "RemoteCentre", path: str, name: str):
        self._remote, self._path, self._name = remote, path, name

    def __call__(self, *args, **kwargs):
        return self._remote.call(self._path, self._name, args, kwargs)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return _Member(self._remote, f"{self._path}.{self._name}", name)


class RemoteService:
    def __init__(self, remote: "RemoteCentre", name: str):
        self._remote, self._name = remote, name

    @property
    def session(self):
        return self._remote.session

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return _Member(self._remote, self._name, name)


class RemoteDocumentService(RemoteService):
    """Documents on a laptop: "Save as…" writes the file here (never on the server's disk):
    the server audits the export and sends the bytes; this laptop checks the target first and
    writes it as a standalone centre does (0600, atomically), telling the server if it fails."""

    def save_as(self, document_id: int, path, password: str | None = None, *,
                override_reason: str | None = None) -> str:
        from assist_desktop.services.documents import LEAVES_STORE_WARNING, PROTECTED_WARNING
        target = _checked(path)
        data = self._remote.call("documents", "export_pdf", (document_id, password),
                                 {"override_reason": override_reason})
        self._write(target, data, document_id)
        return PROTECTED_WARNING if password else LEAVES_STORE_WARNING

    def save_as_word(self, document_id: int, path, *, override_reason: str | None = None) -> str:
        from assist_desktop.services.documents import LEAVES_STORE_WARNING
        target = _checked(path)
        data = self._remote.call("documents", "export_word", (document_id,),
                                 {"override_reason": override_reason})
        self._write(target, data, document_id)
        return LEAVES_STORE_WARNING

    def _write(self, target, data: bytes, document_id: int) -> None:
        from assist_desktop.services.export_files import write_export
        write_export(target, data, lambda: self._remote.call("documents", "export_failed",
                                                             (document_id,)))


class RemoteTaskService(RemoteService):
    """The diary's .ics export, written on this laptop (see RemoteDocumentService)."""

    def export_ics(self, path, *, days: int = 30, mine: bool = True,
                   include_titles: bool = False, today=None) -> str:
        from assist_desktop.services.diary_export import ICS_TITLES_WARNING, ICS_WARNING
        from assist_desktop.services.export_files import write_export
        target = _checked(path)
        data = self._remote.call("tasks", "ics_export", (), {
            "days": days, "mine": mine, "include_titles": include_titles, "today": today})
        write_export(target, data, lambda: self._remote.call("tasks", "ics_export_failed"))
        return ICS_TITLES_WARNING if include_titles else ICS_WARNING


class RemoteInterchangeService(RemoteService):
    """A client-transfer export written on this laptop: the server builds (and audits) the
    package or the plain file and sends its bytes."""

    def save_export(self, reference: str, path, *, passphrase: str | None = None,
                    unencrypted: bool = False, include_privileged: bool = True,
                    replace: bool = False, kdf_params=None, override_reason: str | None = None):
        from pathlib import Path
        from assist_desktop.domain.errors import ValidationError
        from assist_desktop.services.export_files import check_export_target, write_export
        if (passphrase is None) == (not unencrypted):
            raise ValidationError("passphrase", "give a transfer passphrase, or ask for an "
                                                "unencrypted file explicitly")
        target = Path(path)
        check_export_target(target, replace=replace)
        if unencrypted:
            result = self._remote.call("interchange", "export_client", (reference,),
                                       {"include_privileged": include_privileged,
                                        "override_reason": override_reason})
        else:
            if kdf_params is not None:   # the server's own policy decides (see wire/exposed)
                raise ValidationError("kdf_params", "are chosen by the centre server")
            result = self._remote.call("interchange", "export_package", (reference, passphrase),
                                       {"include_privileged": include_privileged,
                                        "override_reason": override_reason})
        write_export(target, result.data, lambda: self._remote.call(
            "interchange", "export_failed", (result.reference,)))
        return result


class RemoteStatisticsService(RemoteService):
    """A statistics export written on this laptop (see RemoteDocumentService)."""

    @property
    def allowed(self) -> bool:
        """Whether the Statistics screen is shown: the server's own rule, on the session it
        sent (the server still checks each call)."""
        from assist_desktop.services.statistics import may_see_statistics
        return may_see_statistics(self._remote.session)

    def export(self, report, path, fmt: str) -> str:
        from assist_desktop.services.export_files import write_export
        from assist_desktop.services.statistics_export import WARNING
        target = _checked(path)
        data = self._remote.call("statistics", "export_bytes", (report, fmt))
        write_export(target, data, lambda: self._remote.call(
            "statistics", "export_failed", (report.report_id,)))
        return WARNING


class RemoteClientImportService(RemoteService):
    """A spreadsheet import over the server: the checks and the import run there, in one call
    each; the progress callback the wizard gives cannot travel, so its bar waits for the
    answer instead of filling in steps."""

    def preview(self, source, mapping, *, today=None, progress=None):
        return self._remote.call("client_import", "preview", (source, mapping), {"today": today})

    def run(self, preview, decisions, *, dry_run: bool = False, progress=None):
        return self._remote.call("client_import", "run", (preview, decisions),
                                 {"dry_run": dry_run})


class RemoteListExportService(RemoteService):
    """A caseload or task list written on this laptop (see RemoteDocumentService)."""

    def save(self, which: str, target, *, replace: bool = False) -> int:
        from assist_desktop.services.export_files import check_export_target, write_export
        from assist_desktop.services.list_exports import list_target
        target, file_format = list_target(target)
        check_export_target(target, replace=replace)
        data, count = self._remote.call("list_exports", "data", (which, file_format))
        write_export(target, data, lambda: self._remote.call(
            "list_exports", "export_failed", (which, file_format)))
        return count


class RemoteSubjectAccessService(RemoteService):
    """Her subject access package, built (and audited) on the server, written here."""

    def save(self, reference: str, target, password: str, *, replace: bool = False,
             request_line: str = "", today=None):
        from assist_desktop.services.subject_access import package_targets, write_package
        target, second = package_targets(target, replace=replace)
        package = self._remote.call("subject_access", "build", (reference, password),
                                    {"request_line": request_line, "today": today})
        return write_package(package, target, second, lambda: self._remote.call(
            "subject_access", "export_failed", (package.reference,)))


class RemoteAuditService(RemoteService):
    """The audit viewer's CSV export: built and audited on the server (administrators only,
    checked there), written on this laptop (see RemoteDocumentService)."""

    def export_csv(self, target, query, *, replace: bool = False) -> int:
        from pathlib import Path
        from assist_desktop.services.export_files import check_export_target, write_export
        target = Path(target)
        check_export_target(target, replace=replace)
        data, rows = self._remote.call("audit", "export_bytes", (query,))
        write_export(target, data, lambda: self._remote.call("audit", "export_failed"))
        return rows


class RemoteRetentionService(RemoteService):
    """A destruction certificate (no client data; its bytes came from the server when the
    file was destroyed or the certificate asked for again) written on this laptop."""

    def save_certificate(self, pdf: bytes, path, *, replace: bool = False) -> None:
        from pathlib import Path
        from assist_desktop.services.export_files import check_export_target, write_export
        target = Path(path)
        check_export_target(target, replace=replace)
        write_export(target, pdf, lambda: None)


def _checked(path):
    from pathlib import Path
    from assist_desktop.services.export_files import check_export_target
    target = Path(path)
    check_export_target(target, replace=True)   # the file dialog asked before replacing
    return target


class RemoteChangeFeed:
    """ChangeSource fed by the server's change stream, on a background thread that
    reconnects (with back-off) until closed. After a reconnection it publishes an audit_log
    event so open views refresh what they show."""

    def __init__(self, remote: "RemoteCentre"):
        self._remote = remote
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self.connected = threading.Event()
        self._call = None
        self._thread = threading.Thread(target=self._run, name="centre-changes", daemon=True)
        self._thread.start()

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def publish(self, events: list[ChangeEvent]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(events)
            except Exception:  # noqa: BLE001 - one bad listener must not stop the others
                log.exception("A change listener failed")

    def _run(self) -> None:
        import grpc
        from assist_desktop.wire import centre_pb2 as pb
        delay, first = 0.2, True
        while not self._closed.is_set():
            try:
                call = self._remote.connection.stub.Changes(
                    pb.ChangesRequest(token=self._remote.token), wait_for_ready=True)
                self._call = call
                for batch in call:
                    events = codec.decode(batch.events)
                    if not self.connected.is_set():
                        self.connected.set()
                        delay = 0.2
                        if not first:   # we may have missed events: everything refreshes
                            self.publish([ChangeEvent(AUDIT_KIND, None, None, CREATED)])
                        first = False
                    if events:
                        self.publish(events)
            except grpc.RpcError as exc:
                if self._closed.is_set():
                    break
                if exc.code() in (grpc.StatusCode.UNAUTHENTICATED,
                                  grpc.StatusCode.PERMISSION_DENIED):
                    # the server restarted or sealed (sign-ins are gone), or this laptop
                    # was revoked: the window locks now, not at the person's next action;
                    # the server's reason (e.g. a restore under way) is shown at the lock
                    self._remote.signed_out_reason = (exc.details() or "")[:500]
                    self._remote._signed_out()
                    break
            except codec.CodecError:
                log.error("an unreadable change batch")
            self.connected.clear()
            self._closed.wait(delay)
            delay = min(delay * 2, 2.0)
        self.connected.clear()

    def close(self) -> None:
        self._closed.set()
        if self._call is not None:
            self._call.cancel()


# The services with methods done (in part) on the laptop; every other member of every service
# is a Call (tests/server/test_screens_offered.py checks each one the screens use is offered).
LAPTOP_SIDE: dict[str, type[RemoteService]] = {
    "documents": RemoteDocumentService, "tasks": RemoteTaskService,
    "interchange": RemoteInterchangeService, "statistics": RemoteStatisticsService,
    "list_exports": RemoteListExportService, "subject_access": RemoteSubjectAccessService,
    "retention": RemoteRetentionService, "audit": RemoteAuditService,
    "client_import": RemoteClientImportService}


class RemoteCentre:
    """A signed-in person on a centre server (the remote counterpart of OpenCentre)."""

    def __init__(self, connection: Connection, username: str, passphrase: str):
        from assist_desktop.services.open_centre import CentreServices
        import dataclasses
        reply = connection.sign_in(username, passphrase)
        self.connection = connection
        self.token = bytes(reply.token)
        self.session = codec.decode(reply.session)
        self.centre = codec.decode(reply.centre)
        self.must_change_passphrase = reply.must_change_passphrase
        self.on_signed_out = None      # set by the desktop program: lock the window
        self.signed_out_reason = ""    # the server's words when it ended this sign-in
        self._open = True
        self.changes = RemoteChangeFeed(self)
        names = [f.name for f in dataclasses.fields(CentreServices) if f.name != "changes"]
        self.services = CentreServices(**{n: LAPTOP_SIDE.get(n, RemoteService)(self, n)
                                          for n in names}, changes=self.changes)
        # the server's backups (server/backups.py): made and kept on the server, never here
        self.server_backups = RemoteService(self, "server_backups")

    @property
    def is_open(self) -> bool:
        return self._open

    def call(self, service: str, method: str, args=(), kwargs=None):
        if not self._open:
            raise StoreLockedError()
        try:
            return self.connection.call(self.token, service, method, args, kwargs)
        except (StoreLockedError, LaptopRefused):
            self._signed_out()       # signed out on the server, or this laptop revoked: lock
            raise

    def seal_server(self) -> bool:
        """Administrator: seal the centre server now. Every sign-in ends (hers too) and the
        data key leaves the server's memory; it waits for an administrator to unseal it.
        False if it was sealed already."""
        was_open = bool(self.call("server", "seal"))
        self._open = False
        self.changes.close()
        self.token = b""
        self.services = None
        self.server_backups = None
        self._signed_out()           # the desktop program locks its window, as for any end
        return was_open

    def _signed_out(self) -> None:
        callback = self.on_signed_out
        if callback is not None:
            try:
                callback()
            except Exception:  # noqa: BLE001 - the caller still gets the original error
                log.warning("signed-out callback failed")

    def lock(self) -> None:
        """Sign out on the server and drop everything held here. Safe to call twice."""
        if not self._open:
            return
        self._open = False
        self.changes.close()
        self.connection.sign_out(self.token)
        self.token = b""
        self.services = None
        self.server_backups = None
