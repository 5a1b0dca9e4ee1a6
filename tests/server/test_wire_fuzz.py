"""Bad input on the wire: every RPC fed random, truncated, malformed and oversized messages,
and Call fed arguments that are not what any method takes. Each gets a clean gRPC error
(never UNKNOWN, which would mean an unhandled exception), and the server stays up and
keeps answering. Half-open connections do not stop it serving others."""
from __future__ import annotations

import random
import socket

import grpc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assist_desktop.wire import centre_pb2 as pb
from assist_desktop.wire import exposed
from server_harness import sign_in

CLEAN = {grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.INTERNAL,
         grpc.StatusCode.UNAUTHENTICATED, grpc.StatusCode.FAILED_PRECONDITION,
         grpc.StatusCode.UNIMPLEMENTED, grpc.StatusCode.PERMISSION_DENIED,
         grpc.StatusCode.RESOURCE_EXHAUSTED}
CENTRE_RPCS = ("Status", "Unseal", "SignIn", "SignOut", "Call")


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    from server_harness import ServerProcess, make_centre
    root = tmp_path_factory.mktemp("fuzz")
    (root / "data").mkdir()
    make_centre(root / "data")
    process = ServerProcess(root / "data")
    process.init()
    process.start()
    process.connection = process.laptop(root, "Fuzz laptop")
    yield process
    process.stop()


def _raw(channel, name: str, service: str = "assist.centre.v1.Centre"):
    return channel.unary_unary(f"/{service}/{name}", request_serializer=None,
                               response_deserializer=None)


def _outcome(fn) -> grpc.StatusCode:
    try:
        fn()
        return grpc.StatusCode.OK
    except grpc.RpcError as exc:
        return exc.code()


def _still_up(server) -> None:
    assert server.alive()
    assert server.connection.status().sealed is False


def test_random_and_truncated_bytes_to_every_rpc(fuzz_server):
    rng = random.Random(15)
    channel = fuzz_server.connection.channel
    valid = {"Status": pb.StatusRequest(), "Unseal": pb.UnsealRequest(username="a" * 50),
             "SignIn": pb.SignInRequest(username="admin", passphrase="x" * 40),
             "SignOut": pb.SignOutRequest(token=b"t" * 32),
             "Call": pb.CallRequest(token=b"t" * 32, service="notes", method="list",
                                    arguments=b'{"args":[1],"kwargs":{}}', request_id="r")}
    for name in CENTRE_RPCS:
        whole = valid[name].SerializeToString()
        samples = [whole[:cut] for cut in range(0, len(whole), max(1, len(whole) // 12))]
        samples += [bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 300)))
                    for _ in range(25)]
        for data in samples:
            code = _outcome(lambda: _raw(channel, name)(data, timeout=10))
            assert code in CLEAN | {grpc.StatusCode.OK}, (name, code)
    stream = channel.unary_stream("/assist.centre.v1.Centre/Changes", request_serializer=None,
                                  response_deserializer=None)
    for _ in range(10):
        data = bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 100)))
        assert _outcome(lambda: list(stream(data, timeout=10))) in CLEAN
    _still_up(fuzz_server)


def test_random_bytes_to_the_enrolment_port(fuzz_server):
    import ssl
    leaf = ssl.get_server_certificate(("127.0.0.1", fuzz_server.enrol_port)).encode()
    rng = random.Random(16)
    with grpc.secure_channel(f"127.0.0.1:{fuzz_server.enrol_port}",
                             grpc.ssl_channel_credentials(root_certificates=leaf),
                             options=[("grpc.ssl_target_name_override",
                                       "assist-centre-server")]) as channel:
        enrol = _raw(channel, "Enrol", "assist.centre.v1.Enrolment")
        for size in (1, 10, 100, 1000, 10_000, 70_000):
            data = bytes(rng.getrandbits(8) for _ in range(size))
            assert _outcome(lambda: enrol(data, timeout=10)) in CLEAN
        bad_csr = pb.EnrolRequest(code="AAAA", csr_pem=b"-----BEGIN x", device_name="x")
        assert _outcome(lambda: enrol(bad_csr.SerializeToString(), timeout=10)) in CLEAN
    _still_up(fuzz_server)


def test_an_oversized_message_is_refused_and_the_server_stays_up(fuzz_server):
    person = sign_in(fuzz_server.connection, "sol")
    try:
        huge = pb.CallRequest(token=person.token, service="notes", method="list",
                              arguments=b"[" + b"0," * (17 * 1024 * 1024) + b"0]")
        code = _outcome(lambda: fuzz_server.connection.stub.Call(huge, timeout=60))
        assert code == grpc.StatusCode.RESOURCE_EXHAUSTED
    finally:
        person.lock()
    _still_up(fuzz_server)


NASTY = [b"", b"{", b"null", b"[]", b'{"args":"x"}', b'{"args":[],"kwargs":[]}',
         b'{"args":[],"kwargs":{"1":2}}', b"[" * 5000 + b"]" * 5000, b'{"$c":"x","f":{}}',
         b'{"args":[{"$c":"notes.CaseNote","f":{"id":"x"}}],"kwargs":{}}',
         b'{"args":[{"$c":"notes.CaseNote","f":{"nope":1}}],"kwargs":{}}',
         b'{"args":[{"$e":"clients.Jurisdiction","v":"mars"}],"kwargs":{}}',
         b'{"args":[NaN],"kwargs":{}}', b'{"args":[1e999],"kwargs":{}}',
         b'{"args":[{"$b":"!!"}],"kwargs":{}}', b'{"args":[{"$d":"2026-02-31"}],"kwargs":{}}',
         b'{"args":[' + b'9' * 5000 + b'],"kwargs":{}}', "\ud800".encode("utf-8", "surrogatepass"),
         b'{"args":[{"$m":[[[1],2]]}],"kwargs":{}}', b'{"args":[{"$fs":[[1]]}],"kwargs":{}}']


def test_malformed_arguments_to_every_allowed_method(fuzz_server):
    person = sign_in(fuzz_server.connection, "sol")
    try:
        methods = sorted(exposed.allowed())
        for index, (service, method) in enumerate(methods):
            data = NASTY[index % len(NASTY)]
            request = pb.CallRequest(token=person.token, service=service, method=method,
                                     arguments=data, request_id=f"n{index}")
            code = _outcome(lambda: fuzz_server.connection.stub.Call(request, timeout=20))
            assert code in CLEAN | {grpc.StatusCode.OK}, (service, method, code)
    finally:
        person.lock()
    _still_up(fuzz_server)


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) |
                     st.dictionaries(st.sampled_from(["$c", "$e", "f", "v", "$d", "$b", "x"]),
                                     inner, max_size=3), max_leaves=12)


@settings(max_examples=80, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(method=st.sampled_from(sorted(exposed.allowed())), args=st.lists(_json, max_size=3))
def test_generated_arguments_never_break_the_server(fuzz_server, method, args):
    import json
    connection = fuzz_server.connection
    if not hasattr(connection, "fuzz_person"):
        connection.fuzz_person = sign_in(connection, "sup")
    request = pb.CallRequest(token=connection.fuzz_person.token, service=method[0],
                             method=method[1],
                             arguments=json.dumps({"args": args, "kwargs": {}}).encode())
    code = _outcome(lambda: connection.stub.Call(request, timeout=20))
    assert code in CLEAN | {grpc.StatusCode.OK}, (method, code)


def test_half_open_connections_do_not_stop_others(fuzz_server):
    idle = [socket.create_connection(("127.0.0.1", fuzz_server.port), timeout=5)
            for _ in range(30)]
    try:
        for sock in idle[:10]:
            sock.sendall(b"\x16\x03\x01\x02\x00")    # the start of a TLS hello, then nothing
        _still_up(fuzz_server)
    finally:
        for sock in idle:
            sock.close()
    _still_up(fuzz_server)
