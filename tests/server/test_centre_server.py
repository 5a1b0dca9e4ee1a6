"""The centre server end to end: a real server process on 127.0.0.1, real mutual TLS, laptops
enrolled with their own key pairs. Saves seen by the other laptop, conflicts, replays,
permissions enforced on the server, and refusals at the TLS and certificate level."""
from __future__ import annotations

import dataclasses
import socket
import ssl
import uuid

import grpc
import pytest

import case_samples as s
from assist_desktop.domain.errors import (AssistError, EditConflict, NotFound, PermissionDenied,
                                          StoreLockedError)
from assist_desktop.remote.connection import Connection, ServerUnreachable
from assist_desktop.remote.identity import EnrolmentRefused, Identity, enrol
from assist_desktop.security import certificates
from assist_desktop.services.documents import LEAVES_STORE_WARNING
from assist_desktop.wire import centre_pb2 as pb
from server_harness import sign_in, wait_until


@pytest.fixture(scope="module")
def laptops(server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("laptops")
    return {name: server.laptop(tmp, name) for name in ("Laptop A", "Laptop B", "Laptop C")}


@pytest.fixture(scope="module")
def case_file(server, laptops):
    """A client with one ordinary and one privileged note, made by the solicitor remotely."""
    sol = sign_in(laptops["Laptop A"], "sol")
    try:
        client = sol.services.clients.create(
            s.client("Remote", key_worker=server.ids["sup"], solicitor=server.ids["sol"]))
        plain = sol.services.notes.create(s.note(client.id, "Attended", server.ids["sol"]),
                                          str(uuid.uuid4()))
        secret = sol.services.notes.create(
            s.note(client.id, "Advice on merits", server.ids["sol"], privileged=True),
            str(uuid.uuid4()))
    finally:
        sol.lock()
    return client, plain, secret


def test_a_whole_client_record_travels_and_comes_back_equal(server, laptops, case_file):
    client, plain, _ = case_file
    admin = sign_in(laptops["Laptop B"], "admin")
    try:
        assert admin.services.clients.get(client.id) == client
        assert admin.services.notes.get(plain.id) == plain
    finally:
        admin.lock()


def test_a_save_on_one_laptop_reaches_the_other(server, laptops, case_file):
    client, plain, _ = case_file
    a, b = sign_in(laptops["Laptop A"], "sol"), sign_in(laptops["Laptop B"], "admin")
    try:
        seen = []
        b.changes.subscribe(seen.extend)
        assert wait_until(b.changes.connected.is_set)
        note = a.services.notes.create(s.note(client.id, "From laptop A", server.ids["sol"]),
                                       str(uuid.uuid4()))
        assert wait_until(lambda: any(e.kind == "note" and e.record_id == note.id and
                                      e.client_id == client.id for e in seen))
        assert note.id in [n.id for n in b.services.notes.list(client.id)]
    finally:
        a.lock()
        b.lock()


def test_a_read_pings_only_administrators_and_a_save_reaches_everyone(
        server, laptops, case_file):
    """A read commits only an audit row: its "audit row appended" batch goes to the streams
    of administrators (their Audit log screen shows it live), not to every laptop."""
    client, _, _ = case_file
    sol, admin, sup = (sign_in(laptops["Laptop A"], "sol"), sign_in(laptops["Laptop B"], "admin"),
                       sign_in(laptops["Laptop C"], "sup"))
    try:
        to_admin, to_sup = [], []
        admin.changes.subscribe(lambda events: to_admin.append(list(events)))
        sup.changes.subscribe(lambda events: to_sup.append(list(events)))
        assert wait_until(admin.changes.connected.is_set)
        assert wait_until(sup.changes.connected.is_set)
        sol.services.clients.get(client.id)                 # a read: an audit row only
        note = sol.services.notes.create(s.note(client.id, "After the read", server.ids["sol"]),
                                         str(uuid.uuid4()))

        def upto_note(batches):
            for n, batch in enumerate(batches):
                if any(e.kind == "note" and e.record_id == note.id for e in batch):
                    return batches[:n + 1]
            return None
        assert wait_until(lambda: upto_note(to_sup) and upto_note(to_admin))
        audit_only = [b for b in upto_note(to_admin) if {e.kind for e in b} == {"audit_log"}]
        assert audit_only                                   # the read, before the save
        assert not [b for b in upto_note(to_sup) if {e.kind for e in b} == {"audit_log"}]
    finally:
        for person in (sol, admin, sup):
            person.lock()


def test_a_concurrent_edit_is_reported_as_a_conflict(server, laptops, case_file):
    client, _, _ = case_file
    a, b = sign_in(laptops["Laptop A"], "sol"), sign_in(laptops["Laptop B"], "admin")
    try:
        note = a.services.notes.create(s.note(client.id, "Shared", server.ids["sol"]),
                                       str(uuid.uuid4()))
        theirs = b.services.notes.get(note.id)
        a.services.notes.update(dataclasses.replace(note, body="A's words"),
                                expected_version=note.version,
                                idempotency_key=str(uuid.uuid4()))
        with pytest.raises(EditConflict):
            b.services.notes.update(dataclasses.replace(theirs, body="B's words"),
                                    expected_version=theirs.version,
                                    idempotency_key=str(uuid.uuid4()))
        assert a.services.notes.get(note.id).body == "A's words"
    finally:
        a.lock()
        b.lock()


def test_a_replayed_request_does_not_write_twice(server, laptops, case_file):
    client, _, _ = case_file
    a = sign_in(laptops["Laptop A"], "sol")
    try:
        before = a.services.notes.count(client.id)
        note = s.note(client.id, "Sent twice", server.ids["sol"])
        request_id, key = uuid.uuid4().hex, str(uuid.uuid4())
        first = a.connection.call(a.token, "notes", "create", (note, key), request_id=request_id)
        again = a.connection.call(a.token, "notes", "create", (note, key), request_id=request_id)
        # a retried save after a server restart has a new request id, but the same key
        retried = a.connection.call(a.token, "notes", "create", (note, key))
        assert first == again == retried
        assert a.services.notes.count(client.id) == before + 1
        # a method with no key of its own (a task): the request id alone stops the second write
        tasks_before = len(a.services.tasks.list(client.id))
        task = s.task(client.id, "Replayed task")
        request_id = uuid.uuid4().hex
        made = [a.connection.call(a.token, "tasks", "create", (task,), request_id=request_id)
                for _ in range(3)]
        assert made[0] == made[1] == made[2]
        assert len(a.services.tasks.list(client.id)) == tasks_before + 1
    finally:
        a.lock()


def test_a_support_worker_cannot_reach_privileged_notes_by_calling_directly(
        server, laptops, case_file):
    client, plain, secret = case_file
    sup = sign_in(laptops["Laptop C"], "sup")
    try:
        listed = sup.services.notes.list(client.id)
        assert plain.id in [n.id for n in listed] and secret.id not in [n.id for n in listed]
        with pytest.raises((PermissionDenied, NotFound)):
            sup.services.notes.get(secret.id)
        with pytest.raises((PermissionDenied, NotFound)):
            sup.connection.call(sup.token, "notes", "history", (secret.id,))
        with pytest.raises(PermissionDenied):
            sup.services.users.add_user("mallory", "M", ["administrator"], "x" * 40)
    finally:
        sup.lock()


@pytest.mark.parametrize("service, method", [
    ("notes", "_db"), ("notes", "__init__"), ("clients", "__class__"), ("users", "_keeper"),
    ("documents", "save_as"), ("tasks", "export_ics"), ("nothing", "list"), ("notes", ""),
    ("notes.__class__", "mro"), ("children.children._repo", "get"),
    ("audit", "export_csv"), ("conflicts", "attach_in"), ("interchange", "check_file"),
])
def test_only_allowlisted_methods_answer(server, laptops, service, method):
    a = sign_in(laptops["Laptop A"], "sol")
    try:
        with pytest.raises(AssistError, match="does not offer"):
            a.connection.call(a.token, service, method, ())
    finally:
        a.lock()


def test_a_token_works_only_from_the_laptop_that_signed_in(server, laptops):
    a = sign_in(laptops["Laptop A"], "sol")
    try:
        with pytest.raises(StoreLockedError):
            laptops["Laptop B"].call(a.token, "users", "me")
        assert a.services.users.me().username == "sol"
    finally:
        a.lock()
    with pytest.raises(StoreLockedError):          # and not after signing out
        laptops["Laptop A"].call(a.token, "users", "me")


def test_a_wrong_passphrase_is_refused(server, laptops):
    with pytest.raises(PermissionDenied, match="not correct"):
        laptops["Laptop A"].sign_in("nobody", "guess guess guess guess")


def test_a_laptop_without_a_certificate_is_refused(server):
    ca = server.data_dir.joinpath("server", "ca.pem").read_bytes()
    credentials = grpc.ssl_channel_credentials(root_certificates=ca)
    with grpc.secure_channel(server.address, credentials, options=[
            ("grpc.ssl_target_name_override", certificates.SERVER_NAME)]) as channel:
        from assist_desktop.wire import centre_pb2_grpc as rpc
        with pytest.raises(grpc.RpcError) as caught:
            rpc.CentreStub(channel).Status(pb.StatusRequest(), timeout=10)
        assert caught.value.code() == grpc.StatusCode.UNAVAILABLE


def test_a_certificate_from_another_ca_is_refused(server, laptops):
    other_key, other_ca = certificates.new_ca("elsewhere")
    key, csr = certificates.new_request("Intruder")
    forged = certificates.sign_request(other_key, other_ca, csr, "Laptop A")
    real_ca = server.data_dir.joinpath("server", "ca.pem").read_bytes()
    connection = Connection(Identity(server.address, real_ca, forged, key), timeout=5)
    try:
        with pytest.raises(ServerUnreachable):
            connection.status()
    finally:
        connection.close()


def test_a_server_with_the_wrong_fingerprint_is_refused(server, laptops):
    mine = laptops["Laptop A"].identity
    _, other_ca = certificates.new_ca("impostor")
    connection = Connection(dataclasses.replace(mine, ca_pem=other_ca), timeout=5)
    try:
        with pytest.raises(ServerUnreachable):
            connection.status()
    finally:
        connection.close()


def test_enrolment_checks_the_code_and_the_fingerprint(server, tmp_path):
    devices = server.devices()
    with pytest.raises(EnrolmentRefused, match="not valid"):
        enrol(tmp_path / "x", server.address, "AAAA-BBBB-CCCC-DDDD", "X",
              enrol_port=server.enrol_port, keychain=False)
    code = devices.issue_code("Laptop D")
    with pytest.raises(EnrolmentRefused, match="fingerprint"):
        enrol(tmp_path / "d", server.address, code, "Laptop D", enrol_port=server.enrol_port,
              keychain=False, expected_fingerprint="00:11")
    with pytest.raises(EnrolmentRefused, match="not valid"):   # the code was used up
        enrol(tmp_path / "d", server.address, code, "Laptop D", enrol_port=server.enrol_port,
              keychain=False)
    code = devices.issue_code("Laptop E")
    identity = enrol(tmp_path / "e", server.address, code, "Laptop E",
                     enrol_port=server.enrol_port, keychain=False,
                     expected_fingerprint=server.fingerprint.lower().replace(":", ""))
    assert identity.ca_fingerprint == server.fingerprint
    assert b"PRIVATE" not in (tmp_path / "e").joinpath(
        f"server-127.0.0.1_{server.port}", "device.pem").read_bytes()


def test_a_revoked_laptop_is_refused_from_its_next_call(server, tmp_path):
    laptop = server.laptop(tmp_path, "Laptop to lose")
    person = sign_in(laptop, "sol")
    assert person.services.users.me().username == "sol"
    server.devices().revoke("Laptop to lose")
    with pytest.raises(PermissionDenied, match="not accepted"):
        person.services.users.me()
    with pytest.raises(PermissionDenied):
        laptop.sign_in("sol", "violet lantern orchard thimble 7")
    assert wait_until(lambda: not person.changes.connected.is_set())
    person.lock()


def test_a_plain_tcp_connection_gets_nothing(server):
    for probe in (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + b"\x00" * 64,
                  b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"):
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
            sock.sendall(probe)
            received = b""
            try:
                while chunk := sock.recv(4096):
                    received += chunk
            except (ConnectionResetError, socket.timeout):
                pass
        # nothing, or a TLS alert record (content type 21): never HTTP, never gRPC
        assert received == b"" or received[0] == 0x15, received[:40]
    assert server.alive()


def test_the_enrolment_port_speaks_only_tls_and_only_enrol(server):
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    with socket.create_connection(("127.0.0.1", server.enrol_port), timeout=5) as raw:
        with context.wrap_socket(raw) as tls:
            assert tls.version() == "TLSv1.3"
    leaf = ssl.get_server_certificate(("127.0.0.1", server.enrol_port)).encode()
    with grpc.secure_channel(f"127.0.0.1:{server.enrol_port}",
                             grpc.ssl_channel_credentials(root_certificates=leaf),
                             options=[("grpc.ssl_target_name_override",
                                       certificates.SERVER_NAME)]) as channel:
        from assist_desktop.wire import centre_pb2_grpc as rpc
        with pytest.raises(grpc.RpcError) as caught:
            rpc.CentreStub(channel).Status(pb.StatusRequest(), timeout=10)
        assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED


def test_save_as_writes_the_pdf_on_the_laptop_and_the_server_audits_it(
        server, laptops, case_file, tmp_path):
    from pypdf import PdfReader
    client, _, _ = case_file
    sol = sign_in(laptops["Laptop A"], "sol")
    try:
        document = sol.services.documents.generate("case_summary", client.id)
        target = tmp_path / "summary.pdf"
        warning = sol.services.documents.save_as(document.id, target)
        assert warning == LEAVES_STORE_WARNING
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
        assert "Remote" in text
        assert not list(server.data_dir.rglob("summary.pdf"))      # nothing on the server's disk
        with pytest.raises(AssistError, match="does not offer"):
            sol.connection.call(sol.token, "documents", "save_as",
                                (document.id, str(server.data_dir / "x.pdf")))
        admin = sign_in(laptops["Laptop B"], "admin")
        rows = admin.services.audit.page(entity="document", actor="sol")
        admin.lock()
        assert any(r.action == "export" and r.entity_id == str(document.id) for r in rows)
    finally:
        sol.lock()


def test_diary_and_client_transfer_exports_are_written_on_the_laptop(
        server, laptops, case_file, tmp_path):
    client, _, _ = case_file
    sol = sign_in(laptops["Laptop A"], "sol")
    try:
        ics = tmp_path / "diary.ics"
        sol.services.tasks.export_ics(ics, days=366)
        assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
        package = tmp_path / "her-file.assist"
        from assist_desktop.domain.consents import ConsentRequired
        with pytest.raises(ConsentRequired) as refused:    # her consent, checked on the server
            sol.services.interchange.save_export(client.reference, package,
                                                 passphrase="orchard violet lantern 93 x")
        assert refused.value.may_override and not package.exists()
        sol.services.clients.consents.create(s.sharing_consent(client.id))
        result = sol.services.interchange.save_export(client.reference, package,
                                                      passphrase="orchard violet lantern 93 x")
        assert package.read_bytes() == result.data and result.reference == client.reference
        assert sol.services.interchange.is_package(package.read_bytes())
        with pytest.raises(AssistError, match="may not give"):   # no Argon2 of the peer's choosing
            sol.connection.call(sol.token, "interchange", "export_package",
                                (client.reference, "orchard violet lantern 93 x"),
                                {"kdf_params": None})
        assert not list(server.data_dir.rglob("her-file.assist"))
    finally:
        sol.lock()


def test_every_audit_row_a_laptop_causes_names_the_laptop(server, laptops, case_file):
    client, plain, _ = case_file
    sol = sign_in(laptops["Laptop A"], "sol")
    sol.services.notes.get(plain.id)
    sol.services.search.search("Remote")
    sol.lock()
    admin = sign_in(laptops["Laptop B"], "admin")
    try:
        rows = admin.services.audit.page(actor="sol", limit=50)
    finally:
        admin.lock()
    assert rows and all("device:Laptop_A" in r.detail for r in rows[:5]), \
        [(r.action, r.detail) for r in rows[:5]]


def test_statistics_and_her_subject_access_package_are_written_on_the_laptop(
        server, laptops, case_file, tmp_path):
    """The exports this session added: the server builds and audits the bytes, the laptop
    writes them; nothing lands on the server's disk."""
    from datetime import date

    from pypdf import PdfReader
    client, _, _ = case_file
    sol = sign_in(laptops["Laptop A"], "sol")
    try:
        definitions, _problems = sol.services.statistics.definitions()
        report = sol.services.statistics.run(definitions[0].report_id, date(2020, 1, 1),
                                             date.today(), "year")
        csv_file = tmp_path / "figures.csv"
        sol.services.statistics.export(report, csv_file, "csv")
        assert csv_file.read_bytes().startswith("\ufeff".encode())
        assert report.title.encode() in csv_file.read_bytes()
        package = tmp_path / "her-sar.pdf"
        saved = sol.services.subject_access.save(client.reference, package,
                                                 "orchard violet lantern 93 x")
        assert saved.release_path == package
        reader = PdfReader(package)
        assert reader.is_encrypted and reader.decrypt("orchard violet lantern 93 x")
        assert "Remote" in "".join(page.extract_text() for page in reader.pages)
        assert not list(server.data_dir.rglob("figures.csv"))
        assert not list(server.data_dir.rglob("her-sar*.pdf"))
    finally:
        sol.lock()
    admin = sign_in(laptops["Laptop B"], "admin")
    try:
        rows = admin.services.audit.page(actor="sol", limit=50)
    finally:
        admin.lock()
    actions = {(r.action, r.entity) for r in rows}
    assert ("export", "statistics") in actions and ("export", "client") in actions
