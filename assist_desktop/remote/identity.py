"""This laptop's enrolment with one centre server: its key pair and certificate, the centre
CA, and where the server is. Kept in `<config folder>/server-<host_port>/`.

The private key is made here and never sent anywhere. Where the OS keychain is available
(and trusted, see security/device_keychain.py) the key file is encrypted under a random
secret kept in the keychain; otherwise it is written readable by this OS user only, which
protects it no better than the user's account does (docs/SERVER.md says so).
"""
from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import grpc

from assist_desktop.domain.errors import AssistError
from assist_desktop.platform import paths
from assist_desktop.platform.atomic import atomic_write_bytes, atomic_write_text
from assist_desktop.security import certificates
from assist_desktop.wire import centre_pb2 as pb
from assist_desktop.wire import centre_pb2_grpc as rpc
from assist_desktop.wire import enrolment


class EnrolmentRefused(AssistError):
    pass


@dataclass(frozen=True)
class Identity:
    address: str          # host:port of the centre (mutual TLS) port
    ca_pem: bytes
    certificate_pem: bytes
    key_pem: bytes        # unencrypted, in memory only

    @property
    def ca_fingerprint(self) -> str:
        return certificates.fingerprint(self.ca_pem)


def folder_for(config_dir: Path, address: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-." else "_" for ch in address)
    return Path(config_dir) / f"server-{safe}"


def _keychain():
    try:
        from assist_desktop.security.device_keychain import DeviceKeychain
        keychain = DeviceKeychain()
        return keychain if keychain.available() else None
    except Exception:  # noqa: BLE001 - no keychain: the key file is protected by file mode
        return None


def enrol(config_dir: Path, address: str, code: str, device_name: str, *,
          enrol_port: int | None = None, expected_fingerprint: str | None = None,
          keychain=None) -> Identity:
    """Enrol this laptop: make a key pair, send the request with the one-time code to the
    enrolment port (port + 1 unless given), check the reply's proof, store the identity.
    Returns it; the caller shows its CA fingerprint for the person to compare."""
    import ssl
    host, _, port_text = address.rpartition(":")
    if not host or not port_text.isdigit():
        raise AssistError("give the server as HOST:PORT, for example 192.168.1.20:7443")
    port = int(port_text)
    enrol_at = enrol_port or port + 1
    key_pem, csr_pem = certificates.new_request(device_name)
    try:   # the server's certificate, to trust for this one exchange (proved below by the code)
        leaf = ssl.get_server_certificate((host, enrol_at), timeout=10).encode("ascii")
    except OSError as exc:
        raise AssistError(f"The centre server at {host}:{enrol_at} cannot be reached.") from exc
    credentials = grpc.ssl_channel_credentials(root_certificates=leaf)
    options = [("grpc.ssl_target_name_override", certificates.SERVER_NAME)]
    with grpc.secure_channel(f"{host}:{enrol_at}", credentials, options=options) as channel:
        try:
            reply = rpc.EnrolmentStub(channel).Enrol(
                pb.EnrolRequest(code=code, csr_pem=csr_pem, device_name=device_name), timeout=20)
        except grpc.RpcError as exc:
            raise EnrolmentRefused(exc.details() or "The centre server refused to enrol this "
                                                    "laptop.") from None
    ca_pem, cert_pem = bytes(reply.ca_pem), bytes(reply.certificate_pem)
    if not enrolment.proof_matches(code, ca_pem, cert_pem, bytes(reply.proof)) or \
            not certificates.issued_by(cert_pem, ca_pem) or not certificates.issued_by(leaf, ca_pem):
        raise EnrolmentRefused("The server's answer does not prove it knew the code: this may "
                               "not be your centre's server. Nothing was stored.")
    identity = Identity(address, ca_pem, cert_pem, key_pem)
    if expected_fingerprint and _plain(expected_fingerprint) != _plain(identity.ca_fingerprint):
        raise EnrolmentRefused("The server's fingerprint is not the one you were given. "
                               "Nothing was stored.")
    # keychain: None = the OS keychain if there is one; False = none (the key file's mode only)
    save(config_dir, identity, keychain=_keychain() if keychain is None else (keychain or None))
    return identity


def _plain(fingerprint: str) -> str:
    return "".join(ch for ch in fingerprint.upper() if ch in "0123456789ABCDEF")


def save(config_dir: Path, identity: Identity, keychain=None) -> None:
    folder = paths.ensure_private_dir(folder_for(config_dir, identity.address))
    meta = {"address": identity.address, "key": "plain"}
    key_bytes = identity.key_pem
    if keychain is not None:
        secret = secrets.token_bytes(32)
        entry = f"centre-server-key:{certificates.serial_of(identity.certificate_pem)}"
        keychain.store(entry, secret)
        key_bytes = certificates.key_pem(certificates.load_key(identity.key_pem), secret.hex().encode())
        meta = {"address": identity.address, "key": "keychain", "entry": entry}
    atomic_write_bytes(folder / "ca.pem", identity.ca_pem)
    atomic_write_bytes(folder / "device.pem", identity.certificate_pem)
    atomic_write_bytes(folder / "device.key", key_bytes, mode=0o600)
    atomic_write_text(folder / "server.json", json.dumps(meta), mode=0o600)


def load(config_dir: Path, address: str, keychain=None) -> Identity:
    folder = folder_for(config_dir, address)
    try:
        meta = json.loads((folder / "server.json").read_text("utf-8"))
        ca_pem = (folder / "ca.pem").read_bytes()
        cert_pem = (folder / "device.pem").read_bytes()
        key_bytes = (folder / "device.key").read_bytes()
    except (OSError, ValueError):
        raise AssistError(f"This laptop is not enrolled with {address}: run "
                          f"'assist-desktop enrol {address} CODE' first.") from None
    if meta.get("key") == "keychain":
        keychain = keychain if keychain is not None else _keychain()
        secret = keychain.load(meta["entry"]) if keychain is not None else None
        if secret is None:
            raise AssistError("This laptop's key for the centre server is locked in a keychain "
                              "that is not available now.")
        key_bytes = certificates.key_pem(certificates.load_key(key_bytes, secret.hex().encode()))
    return Identity(meta.get("address", address), ca_pem, cert_pem, key_bytes)


def default_config_dir(data_dir: Path | None = None) -> Path:
    """Where this laptop's enrolments are kept: `clients/` in its data folder (--data-dir,
    $ASSIST_DATA_DIR or the platform's), or $ASSIST_CLIENT_DIR."""
    return Path(os.environ.get("ASSIST_CLIENT_DIR") or paths.data_dir(data_dir) / "clients")
