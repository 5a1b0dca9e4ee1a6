"""Setting up and running the centre server: `assist-desktop server init|run|status`.

init: makes the centre CA and the TLS certificate for an existing centre's data folder (a
standalone centre moves onto a server as it is: the same database, key file and backups).
run: two ports, both TLS. The centre port requires a client certificate signed by the centre
CA (mutual TLS); the enrolment port only proves the server and answers one RPC, Enrol. There
is no plaintext port. Message sizes are bounded; idle connections are closed.
"""
from __future__ import annotations

import logging
from concurrent import futures
from pathlib import Path

import grpc

from assist_desktop.domain.errors import AssistError, StoreMissingError
from assist_desktop.security import certificates
from assist_desktop.server.centre import CentreState
from assist_desktop.server.devices import DeviceRegistry
from assist_desktop.server.folder import ServerConfig, ServerFolder
from assist_desktop.server.servicer import CentreServicer, EnrolmentServicer
from assist_desktop.wire import centre_pb2_grpc as rpc

log = logging.getLogger(__name__)
MAX_MESSAGE = 32 * 1024 * 1024          # a call's arguments or answer (documents, attachments)
ENROL_MESSAGE = 64 * 1024
WORKERS = 64                            # each open change stream holds one


def init(data_dir: Path, hostnames: tuple[str, ...], config: ServerConfig,
         centre_label: str = "") -> str:
    """Make the CA and server certificate; returns the CA fingerprint. Refuses to replace an
    existing CA (that would cut every enrolled laptop off)."""
    from assist_desktop.services.vault import Vault
    folder = ServerFolder(data_dir)
    if not Vault(data_dir).exists():
        raise StoreMissingError(f"No ASSIST centre in {data_dir}: create one first with "
                                f"'assist-desktop --data-dir {data_dir} init', or restore a "
                                f"backup there.")
    if folder.exists():
        raise AssistError("This centre is already set up as a server; its certificates were "
                          "not replaced.")
    ca_key, ca_pem = certificates.new_ca(centre_label or "server")
    key, cert = certificates.new_server_certificate(ca_key, ca_pem, hostnames)
    folder.write("ca.key", ca_key)
    folder.write("ca.pem", ca_pem)
    folder.write("server.key", key)
    folder.write("server.pem", cert)
    folder.save_config(config)
    return certificates.fingerprint(ca_pem)


def build(data_dir: Path, state: CentreState, *, host: str | None = None,
          port: int | None = None, enrol_port: int | None = None):
    """A started-but-not-yet-serving grpc.Server on both ports; returns (server, ports)."""
    folder = ServerFolder(data_dir).require()
    config = folder.config()
    host = host or config.host
    devices = DeviceRegistry(folder)
    server_pair = [(folder.read("server.key"), folder.read("server.pem"))]
    options = [
        ("grpc.max_receive_message_length", MAX_MESSAGE),
        ("grpc.max_send_message_length", MAX_MESSAGE),
        ("grpc.max_connection_idle_ms", 15 * 60 * 1000),
        ("grpc.keepalive_time_ms", 60 * 1000),
        ("grpc.keepalive_timeout_ms", 20 * 1000),
        ("grpc.http2.max_pings_without_data", 0),
        ("grpc.http2.min_ping_interval_without_data_ms", 10 * 1000),
        ("grpc.so_reuseport", 0),
    ]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=WORKERS,
                                                    thread_name_prefix="centre-rpc"),
                         options=options, maximum_concurrent_rpcs=WORKERS * 4)
    servicer = CentreServicer(state, devices, folder)
    rpc.add_CentreServicer_to_server(servicer, server)
    mutual = grpc.ssl_server_credentials(server_pair, root_certificates=folder.read("ca.pem"),
                                         require_client_auth=True)
    bound = server.add_secure_port(f"{host}:{config.port if port is None else port}", mutual)

    enrol_server = grpc.server(futures.ThreadPoolExecutor(max_workers=4,
                                                          thread_name_prefix="centre-enrol"),
                               options=[("grpc.max_receive_message_length", ENROL_MESSAGE),
                                        ("grpc.max_send_message_length", ENROL_MESSAGE),
                                        ("grpc.max_connection_idle_ms", 60 * 1000),
                                        ("grpc.so_reuseport", 0)],
                               maximum_concurrent_rpcs=8)
    rpc.add_EnrolmentServicer_to_server(EnrolmentServicer(folder, devices), enrol_server)
    enrol_bound = enrol_server.add_secure_port(
        f"{host}:{config.enrol_port if enrol_port is None else enrol_port}",
        grpc.ssl_server_credentials(server_pair))
    if not bound or not enrol_bound:
        raise AssistError("The server could not listen on its ports (in use?).")
    return server, enrol_server, servicer, (bound, enrol_bound)
