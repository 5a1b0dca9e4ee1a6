"""TLS 1.3 only, at the handshake: a client that holds a valid laptop certificate but speaks
only TLS 1.2 cannot complete a handshake with either port (no cipher can be agreed: see
assist_desktop/__init__.py and docs/SERVER.md, "TLS 1.3"); the same client over TLS 1.3
completes it. Behind that, every RPC still checks the version its connection agreed
(server/servicer.py, tls13), in case a future gRPC ignored the cipher list."""
from __future__ import annotations

import socket
import ssl

import pytest

from assist_desktop.security import certificates
from assist_desktop.server.servicer import tls13


@pytest.fixture(scope="module")
def laptop(server, tmp_path_factory):
    return server.enrol(tmp_path_factory.mktemp("tls-laptop"), "TLS laptop")


def handshake(tmp_path, port: int, version: ssl.TLSVersion, identity=None) -> str:
    """A standard-library client pinned to one TLS version: the version agreed, or raises."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE            # the server's certificate is not the point
    context.minimum_version = context.maximum_version = version
    context.set_alpn_protocols(["h2"])
    if identity is not None:
        (tmp_path / "laptop.key").write_bytes(identity.key_pem)
        (tmp_path / "laptop.pem").write_bytes(identity.certificate_pem)
        context.load_cert_chain(tmp_path / "laptop.pem", tmp_path / "laptop.key")
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with context.wrap_socket(raw, server_hostname=certificates.SERVER_NAME) as tls:
            return tls.version()


@pytest.mark.parametrize("port_name", ["port", "enrol_port"])
def test_a_tls_1_2_handshake_is_refused_and_tls_1_3_completes(server, laptop, tmp_path,
                                                               port_name):
    port = getattr(server, port_name)
    with pytest.raises((ssl.SSLError, ConnectionError)):
        handshake(tmp_path, port, ssl.TLSVersion.TLSv1_2, laptop)
    assert handshake(tmp_path, port, ssl.TLSVersion.TLSv1_3, laptop) == "TLSv1.3"


def test_every_call_still_checks_the_agreed_version():
    assert tls13({"ssl_tls_version": [b"TLSv1.3"]})
    assert not tls13({"ssl_tls_version": [b"TLSv1.2"]})
    assert not tls13({})
