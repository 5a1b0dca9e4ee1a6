"""The gRPC servicers: Centre (mutual TLS) and Enrolment (server TLS, one RPC).

Every Centre RPC first checks the laptop's certificate: present (the TLS layer already
refused anything the centre CA did not sign), enrolled here, and not revoked. Then the
sealed state, then the sign-in token (bound to that certificate). A Call names
(service, method) from the allowlist (wire/exposed.py); its arguments come through the strict
codec; a domain error travels back as itself; anything else is a clean gRPC error with no
detail, and the server carries on.
"""
from __future__ import annotations

import logging
import queue
import threading
from functools import lru_cache

import grpc

from assist_desktop.domain.errors import AssistError, StoreLockedError
from assist_desktop.platform.logs import Safe
from assist_desktop.security import certificates
from assist_desktop.server.centre import CentreState, SealedError
from assist_desktop.server.devices import DeviceRegistry
from assist_desktop.server.folder import ServerFolder
from assist_desktop.wire import centre_pb2 as pb
from assist_desktop.wire import centre_pb2_grpc as rpc
from assist_desktop.wire import codec, enrolment, exposed

log = logging.getLogger(__name__)
MAX_TEXT = 256                 # usernames, passphrases, names, request ids: short strings
MAX_PASSPHRASE = 1024
STREAM_QUEUE = 1000            # change batches held for one slow laptop before it is dropped


@lru_cache(maxsize=1024)
def _serial(pem: bytes) -> str:
    return certificates.serial_of(pem)


class _Abort(Exception):
    def __init__(self, code: grpc.StatusCode, message: str, reason: str = ""):
        super().__init__(message)
        self.code, self.message, self.reason = code, message, reason


NOT_TLS13 = ("This connection does not use TLS 1.3; the centre server answers only TLS 1.3. "
             "Use this program's own laptop client.")


def tls13(auth_context) -> bool:
    """The connection was negotiated with TLS 1.3. A TLS 1.2 handshake already fails (no TLS 1.2
    cipher can be agreed: assist_desktop/__init__.py); this per-call check of the version gRPC
    reports in the call's auth context stays behind it, in case a gRPC ignored the list."""
    return (auth_context.get("ssl_tls_version") or [b""])[0] == b"TLSv1.3"


REASON_KEY = "assist-reason"     # trailing metadata: "device-refused" for a revoked laptop


def _name(text: str) -> str:
    """A peer's operation name as it may be logged: identifier characters only."""
    return "".join(ch for ch in text[:40] if ch.isascii() and (ch.isalnum() or ch in "._"))


def _too_long(text: str, limit: int = MAX_TEXT) -> bool:
    return len(text) > limit


class CentreServicer(rpc.CentreServicer):
    def __init__(self, state: CentreState, devices: DeviceRegistry, folder: ServerFolder):
        self.state = state
        self.devices = devices
        self.ca_fingerprint = certificates.fingerprint(folder.read("ca.pem"))
        self._streams: list[tuple[queue.Queue, bool]] = []   # (its queue, an administrator's)
        self._streams_lock = threading.Lock()
        self._feed_bound = None         # the change feed listened to (a new one per unseal)
        self._overflowed: set[int] = set()

    # --- checks -------------------------------------------------------------------------
    def _device(self, context) -> str:
        auth = context.auth_context()
        if not tls13(auth):
            raise _Abort(grpc.StatusCode.FAILED_PRECONDITION, NOT_TLS13)
        pems = auth.get("x509_pem_cert") or []
        if not pems:
            raise _Abort(grpc.StatusCode.UNAUTHENTICATED, "This laptop is not enrolled.")
        serial = _serial(bytes(pems[0]))
        if not self.devices.is_allowed(serial):
            self.state.end_device(serial)
            raise _Abort(grpc.StatusCode.PERMISSION_DENIED,
                         "This laptop's certificate is not accepted (revoked or not enrolled "
                         "here). Ask an administrator.", reason="device-refused")
        return serial

    def _guard(self, context, fn):
        """Run fn with the domain errors and aborts turned into clean answers."""
        try:
            return fn()
        except _Abort as exc:
            if exc.reason:
                context.set_trailing_metadata(((REASON_KEY, exc.reason),))
            context.abort(exc.code, exc.message)
        except SealedError as exc:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, str(exc))
        except StoreLockedError as exc:
            context.abort(grpc.StatusCode.UNAUTHENTICATED, str(exc))
        except AssistError as exc:
            context.abort(grpc.StatusCode.PERMISSION_DENIED
                          if type(exc).__name__ in ("PermissionDenied", "WrongKeyError",
                                                    "ThrottledError")
                          else grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        except Exception:  # noqa: BLE001 - whatever a peer sent, the server stays up
            log.error("a request failed with an unexpected error")
            context.abort(grpc.StatusCode.INTERNAL, "The centre server could not do this.")

    # --- RPCs ---------------------------------------------------------------------------
    def Status(self, request, context):
        def run():
            self._device(context)
            reply = pb.StatusReply(sealed=self.state.sealed, ca_fingerprint=self.ca_fingerprint)
            if not self.state.sealed:
                reply.centre_name = self.state.centre_info().name
                for username, full_name in self.state.staff_labels():
                    reply.usernames.append(username)
                    reply.full_names.append(full_name)
            return reply
        return self._guard(context, run)

    def Unseal(self, request, context):
        def run():
            serial = self._device(context)
            if _too_long(request.username) or _too_long(request.passphrase, MAX_PASSPHRASE):
                raise _Abort(grpc.StatusCode.INVALID_ARGUMENT, "too long")
            self.state.unseal(request.username, request.passphrase,
                              device=self.devices.name_of(serial) or serial)
            self._bind_feed()
            return pb.UnsealReply(sealed=self.state.sealed)
        return self._guard(context, run)

    def SignIn(self, request, context):
        def run():
            serial = self._device(context)
            if _too_long(request.username) or _too_long(request.passphrase, MAX_PASSPHRASE):
                raise _Abort(grpc.StatusCode.INVALID_ARGUMENT, "too long")
            sign_in = self.state.sign_in(serial, self.devices.name_of(serial) or serial,
                                         request.username, request.passphrase)
            self._bind_feed()
            return pb.SignInReply(token=sign_in.token, session=codec.encode(sign_in.session),
                                  centre=codec.encode(self.state.centre_info()),
                                  must_change_passphrase=self.state.must_change(
                                      sign_in.session.username))
        return self._guard(context, run)

    def SignOut(self, request, context):
        def run():
            serial = self._device(context)
            self.state.sign_out(request.token, serial)
            return pb.SignOutReply()
        return self._guard(context, run)

    def Call(self, request, context):
        def run():
            serial = self._device(context)
            if request.service == exposed.RESTORE_WATCH:   # her sign-in ended with everyone's: the
                from assist_desktop.server.restore import watch   # ticket, bound to her laptop
                job = watch(self.state.backups, bytes(request.token[:64]), serial)
                return pb.CallReply(result=codec.encode(job))
            sign_in = self.state.find(request.token, serial)
            if _too_long(request.request_id) or _too_long(request.service) or \
                    _too_long(request.method):
                raise _Abort(grpc.StatusCode.INVALID_ARGUMENT, "too long")
            if request.request_id:
                with sign_in.lock:
                    earlier = sign_in.answers.get(request.request_id)
                if earlier is not None:
                    return earlier          # a replayed or retried request: the first answer
            method = sign_in.methods.get((request.service, request.method))
            if method is None:
                log.warning("a call named an operation not offered: %s.%s",
                            Safe(_name(request.service)), Safe(_name(request.method)))
                raise _Abort(grpc.StatusCode.UNIMPLEMENTED,
                             "The centre server does not offer this operation.")
            try:
                arguments = codec.decode(request.arguments) if request.arguments else {}
                args = arguments.get("args", []) if isinstance(arguments, dict) else None
                kwargs = arguments.get("kwargs", {}) if isinstance(arguments, dict) else None
                if not isinstance(args, list) or not isinstance(kwargs, dict) or \
                        not all(isinstance(k, str) for k in kwargs):
                    raise codec.CodecError("arguments must be a list and a map")
                if set(kwargs) & exposed.DENIED_ARGUMENTS.get(
                        (request.service, request.method), frozenset()):
                    raise codec.CodecError("an argument a laptop may not give")
            except codec.CodecError as exc:
                raise _Abort(grpc.StatusCode.INVALID_ARGUMENT, f"bad arguments: {exc}") from None
            except AssistError as exc:      # a dataclass's own validation refused a value
                reply = self._error_reply(exc)
                return reply
            try:
                result = method(*args, **kwargs)
                reply = pb.CallReply(result=codec.encode(result))
            except AssistError as exc:
                reply = self._error_reply(exc)
            except TypeError:
                raise _Abort(grpc.StatusCode.INVALID_ARGUMENT,
                             "The arguments do not fit this operation.") from None
            except codec.CodecError:
                log.error("a service answer could not be encoded")
                raise _Abort(grpc.StatusCode.INTERNAL, "The answer could not be sent.") from None
            except (ValueError, KeyError, AttributeError):
                raise _Abort(grpc.StatusCode.INVALID_ARGUMENT,
                             "The arguments do not fit this operation.") from None
            except Exception:  # noqa: BLE001 - the server stays up; the laptop is told plainly
                log.error("a call failed with an unexpected error")
                raise _Abort(grpc.StatusCode.INTERNAL,
                             "The centre server could not do this. Nothing was changed.") from None
            if request.request_id:
                sign_in.remember(request.request_id, reply)
            return reply
        return self._guard(context, run)

    @staticmethod
    def _error_reply(exc: AssistError):
        name, payload = codec.encode_error(exc)
        return pb.CallReply(error_type=name, error=payload)

    # --- the change stream --------------------------------------------------------------
    def _bind_feed(self) -> None:
        """Listen to the open centre's change feed; after a seal and a new unseal the centre
        (and its feed) is a new one, and is listened to in turn."""
        with self._streams_lock:
            try:
                changes = self.state.changes
            except SealedError:
                return
            if self._feed_bound is changes:
                return
            changes.subscribe(self._publish)
            self._feed_bound = changes

    def _publish(self, events) -> None:
        """On the database's owner thread, right after the commit: which restricted files the
        batch touches (one read), then the batch to every stream's queue. Each stream keeps
        only what its signed-in person may see (Changes). A batch that only says "an audit
        row was appended" (a read, a search: most commits) goes to administrators' streams
        alone: only the Audit log screen, theirs, shows it live; sending it to every laptop
        was ten messages for each file opened on a 10-laptop centre."""
        from assist_desktop.services.changes import AUDIT_KIND, Audience
        events = list(events)
        audit_only = all(event.kind == AUDIT_KIND for event in events)
        try:
            audience = Audience.of(self.state.opened().db, events)
        except Exception:  # noqa: BLE001 - if the files cannot be checked, nobody is told
            log.error("the audience of a change batch could not be read")
            return
        try:
            everything = codec.encode(events)   # what most streams send: encoded once
        except codec.CodecError:
            log.error("a change batch could not be encoded")
            return
        with self._streams_lock:
            streams = [q for q, administrator in self._streams
                       if administrator or not audit_only]
        for q in streams:
            try:
                q.put_nowait((events, audience, everything))
            except queue.Full:      # a laptop that stopped reading: its stream ends, and it
                with self._streams_lock:   # refreshes what it shows when it reconnects
                    self._overflowed.add(id(q))

    def Changes(self, request, context):
        try:
            serial = self._device(context)
            sign_in = self.state.find(request.token, serial)
        except _Abort as exc:
            context.abort(exc.code, exc.message)
        except (SealedError, StoreLockedError) as exc:
            context.abort(grpc.StatusCode.UNAUTHENTICATED, str(exc))
        q: queue.Queue = queue.Queue(maxsize=STREAM_QUEUE)
        stream = (q, sign_in.session.is_administrator)
        with self._streams_lock:
            self._streams.append(stream)
        try:
            yield pb.ChangeBatch(events=codec.encode([]))   # "connected": the laptop may show live
            while context.is_active() and self.state.is_current(sign_in):
                if not self.devices.is_allowed(serial) or id(q) in self._overflowed:
                    break
                try:
                    events, audience, everything = q.get(timeout=0.5)
                except queue.Empty:
                    continue
                visible = audience.visible_to(sign_in.session.user_id, events)
                if not visible:
                    continue
                if len(visible) == len(events):
                    data = everything
                else:
                    try:
                        data = codec.encode(visible)
                    except codec.CodecError:
                        log.error("a change batch could not be encoded")
                        continue
                yield pb.ChangeBatch(events=data)
        finally:
            with self._streams_lock:
                if stream in self._streams:
                    self._streams.remove(stream)
                self._overflowed.discard(id(q))


class EnrolmentServicer(rpc.EnrolmentServicer):
    def __init__(self, folder: ServerFolder, devices: DeviceRegistry):
        self.folder = folder
        self.devices = devices

    def Enrol(self, request, context):
        if not tls13(context.auth_context()):
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, NOT_TLS13)
        if _too_long(request.code) or _too_long(request.device_name) or \
                len(request.csr_pem) > certificates.MAX_CSR_BYTES:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "too long")
        name = self.devices.redeem_code(request.code)
        if name is None:
            context.abort(grpc.StatusCode.PERMISSION_DENIED,
                          "This enrolment code is not valid (wrong, used or expired). Ask an "
                          "administrator for a new one.")
        ca_key, ca_pem = self.folder.read("ca.key"), self.folder.read("ca.pem")
        try:
            cert = certificates.sign_request(ca_key, ca_pem, bytes(request.csr_pem), name)
        except ValueError:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          "The laptop's certificate request could not be read.")
        self.devices.register(certificates.serial_of(cert), name)
        log.info("laptop enrolled")
        return pb.EnrolReply(certificate_pem=cert, ca_pem=ca_pem,
                             proof=enrolment.proof(request.code, ca_pem, cert))
