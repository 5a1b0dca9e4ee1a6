"""TLS 1.3 only: a client that holds a valid laptop certificate but can speak only TLS 1.2 is
answered nothing (every RPC, both ports); the same client over TLS 1.3 is answered. The Python
gRPC server cannot refuse TLS 1.2 at the handshake, so the server checks the version the
handshake agreed on every call (server/servicer.py, tls13)."""
from __future__ import annotations

import socket
import ssl
import threading

import grpc
import pytest

from assist_desktop.security import certificates
from assist_desktop.wire import centre_pb2 as pb
from assist_desktop.wire import centre_pb2_grpc as rpc


class PinnedTlsProxy:
    """Plain HTTP/2 in (a gRPC insecure channel), TLS of one version only out to the server,
    with the laptop's own certificate: a TLS 1.2-only client built from the standard library."""

    def __init__(self, tmp_path, port: int, version: ssl.TLSVersion, identity=None):
        self.port_out = port
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE       # the server's certificate is not the point
        context.minimum_version = context.maximum_version = version
        context.set_alpn_protocols(["h2"])
        if identity is not None:
            (tmp_path / "laptop.key").write_bytes(identity.key_pem)
            (tmp_path / "laptop.pem").write_bytes(identity.certificate_pem)
            context.load_cert_chain(tmp_path / "laptop.pem", tmp_path / "laptop.key")
        self.context = context
        self.versions: list[str] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.address = f"127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                inner, _ = self.listener.accept()
            except OSError:
                return
            outer = self.context.wrap_socket(socket.create_connection(
                ("127.0.0.1", self.port_out), timeout=10), server_hostname=certificates.SERVER_NAME)
            self.versions.append(outer.version())
            for a, b in ((inner, outer), (outer, inner)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source, sink) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.close()
                except OSError:
                    pass

    def close(self) -> None:
        self.listener.close()


@pytest.fixture(scope="module")
def laptop(server, tmp_path_factory):
    return server.enrol(tmp_path_factory.mktemp("tls-laptop"), "TLS laptop")


@pytest.mark.parametrize("version, answered", [(ssl.TLSVersion.TLSv1_3, True),
                                               (ssl.TLSVersion.TLSv1_2, False)],
                         ids=["tls1.3-answered", "tls1.2-refused"])
def test_the_centre_port_answers_only_tls_1_3(server, laptop, tmp_path, version, answered):
    proxy = PinnedTlsProxy(tmp_path, server.port, version, laptop)
    try:
        with grpc.insecure_channel(proxy.address) as channel:
            stub = rpc.CentreStub(channel)
            if answered:
                reply = stub.Status(pb.StatusRequest(), timeout=15)
                assert reply.ca_fingerprint == laptop.ca_fingerprint
            else:
                for call, request in ((stub.Status, pb.StatusRequest()),
                                      (stub.SignIn, pb.SignInRequest(username="admin",
                                                                     passphrase="x")),
                                      (stub.Call, pb.CallRequest(service="clients",
                                                                 method="caseload"))):
                    with pytest.raises(grpc.RpcError) as refused:
                        call(request, timeout=15)
                    assert refused.value.code() == grpc.StatusCode.FAILED_PRECONDITION
                    assert "TLS 1.3" in refused.value.details()
                with pytest.raises(grpc.RpcError) as refused:
                    next(iter(stub.Changes(pb.ChangesRequest(), timeout=15)))
                assert refused.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert proxy.versions and set(proxy.versions) == {
            "TLSv1.3" if answered else "TLSv1.2"}
    finally:
        proxy.close()


def test_the_enrolment_port_answers_only_tls_1_3(server, tmp_path):
    code = server.devices().issue_code("Downgraded laptop")
    proxy = PinnedTlsProxy(tmp_path, server.enrol_port, ssl.TLSVersion.TLSv1_2)
    try:
        with grpc.insecure_channel(proxy.address) as channel:
            with pytest.raises(grpc.RpcError) as refused:
                rpc.EnrolmentStub(channel).Enrol(pb.EnrolRequest(
                    code=code, device_name="Downgraded laptop",
                    csr_pem=certificates.new_request("Downgraded laptop")[1]), timeout=15)
        assert refused.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert proxy.versions == ["TLSv1.2"]
        assert server.devices().redeem_code(code) == "Downgraded laptop"   # not spent
    finally:
        proxy.close()
