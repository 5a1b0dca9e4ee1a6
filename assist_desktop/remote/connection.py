"""The mutual-TLS channel to the centre server and its typed RPCs.

Calls that fail because the server cannot be reached are retried a few times with the same
request id (the server answers a seen id with its first answer, so a retried save never
writes twice); then the person is told the server cannot be reached, and nothing else
happens. A laptop checks the server's certificate against the centre CA it was enrolled with
(name `assist-centre-server`), so a server with another CA is refused at the handshake.
"""
from __future__ import annotations

import logging
import time
import uuid

import grpc

from assist_desktop.domain.errors import AssistError, PermissionDenied, StoreLockedError
from assist_desktop.remote.identity import Identity
from assist_desktop.security import certificates
from assist_desktop.wire import centre_pb2 as pb
from assist_desktop.wire import centre_pb2_grpc as rpc
from assist_desktop.wire import codec, exposed

log = logging.getLogger(__name__)
MAX_MESSAGE = 32 * 1024 * 1024
CALL_TIMEOUT = 60.0
RETRIES = 4                         # about 3 s of back-off, then the person is told


class ServerUnreachable(AssistError):
    def __init__(self, message: str = "The centre server cannot be reached. Check the "
                                      "network, or ask the administrator whether it is "
                                      "running. Nothing was changed here."):
        super().__init__(message)


class LaptopRefused(PermissionDenied):
    """This laptop's certificate was revoked (or is not enrolled there)."""


def _translate(error: grpc.RpcError) -> AssistError:
    code, details = error.code(), error.details() or ""
    if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
        return ServerUnreachable()
    if code == grpc.StatusCode.UNAUTHENTICATED:
        return StoreLockedError(details or "You are signed out. Sign in again to continue.")
    if code == grpc.StatusCode.PERMISSION_DENIED:
        reasons = dict(error.trailing_metadata() or ())
        if reasons.get("assist-reason") == "device-refused":
            return LaptopRefused(details)
        return PermissionDenied(details or "The centre server refused this.")
    return AssistError(details or "The centre server could not do this.")


class Connection:
    def __init__(self, identity: Identity, *, timeout: float = CALL_TIMEOUT):
        self.identity = identity
        self.timeout = timeout
        credentials = grpc.ssl_channel_credentials(root_certificates=identity.ca_pem,
                                                   private_key=identity.key_pem,
                                                   certificate_chain=identity.certificate_pem)
        self.channel = grpc.secure_channel(identity.address, credentials, options=[
            ("grpc.ssl_target_name_override", certificates.SERVER_NAME),
            ("grpc.max_receive_message_length", MAX_MESSAGE),
            ("grpc.max_send_message_length", MAX_MESSAGE),
            ("grpc.keepalive_time_ms", 30 * 1000),
            ("grpc.keepalive_timeout_ms", 10 * 1000),
            ("grpc.initial_reconnect_backoff_ms", 200),
            ("grpc.max_reconnect_backoff_ms", 2000),
        ])
        self.stub = rpc.CentreStub(self.channel)

    def close(self) -> None:
        self.channel.close()

    def _rpc(self, method, request, *, retries: int = RETRIES):
        delay = 0.2
        for attempt in range(retries + 1):
            try:
                return method(request, timeout=self.timeout)
            except grpc.RpcError as exc:
                if exc.code() not in (grpc.StatusCode.UNAVAILABLE,) or attempt == retries:
                    raise _translate(exc) from None
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
        raise ServerUnreachable()

    # --- typed RPCs ---------------------------------------------------------------------
    def status(self) -> pb.StatusReply:
        return self._rpc(self.stub.Status, pb.StatusRequest(), retries=1)

    def unseal(self, username: str, passphrase: str) -> bool:
        return self._rpc(self.stub.Unseal, pb.UnsealRequest(username=username,
                                                            passphrase=passphrase)).sealed

    def sign_in(self, username: str, passphrase: str) -> pb.SignInReply:
        return self._rpc(self.stub.SignIn, pb.SignInRequest(username=username,
                                                            passphrase=passphrase), retries=1)

    def sign_out(self, token: bytes) -> None:
        try:
            self._rpc(self.stub.SignOut, pb.SignOutRequest(token=token), retries=0)
        except AssistError:
            pass   # the server ends idle sign-ins itself; locking here must always succeed

    def call(self, token: bytes, service: str, method: str, args=(), kwargs=None,
             request_id: str | None = None):
        request = pb.CallRequest(token=token, service=service, method=method,
                                 arguments=codec.encode({"args": list(args),
                                                         "kwargs": dict(kwargs or {})}),
                                 request_id=request_id or uuid.uuid4().hex)
        return _answer(self._rpc(self.stub.Call, request))

    def restore_watch(self, ticket: bytes):
        """The server's restore job (ServerBackupJob) started from this laptop: answered by the
        ticket the start gave, while the server is sealed and every sign-in has ended."""
        return _answer(self._rpc(self.stub.Call, pb.CallRequest(
            token=ticket, service=exposed.RESTORE_WATCH, method="watch",
            request_id=uuid.uuid4().hex), retries=1))

    def changes(self, token: bytes):
        """The change stream: an iterator of lists of ChangeEvent (no timeout)."""
        for batch in self.stub.Changes(pb.ChangesRequest(token=token)):
            yield codec.decode(batch.events)


def _answer(reply):
    """A CallReply's result, or the domain error it carries, raised as itself."""
    if reply.error_type:
        raise codec.decode_error(reply.error_type, reply.error)
    try:
        return codec.decode(reply.result)
    except codec.CodecError:
        raise AssistError("The centre server sent an answer this program cannot read.") from None
