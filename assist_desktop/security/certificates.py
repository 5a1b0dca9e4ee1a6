"""The centre's certificate authority and the certificates of its server and laptops.

A centre server makes its own CA at `server init` (ECDSA P-256, ten years); the CA signs the
server's TLS certificate and one certificate per enrolled laptop. A laptop makes its own key
pair and sends only a certificate request: its private key never leaves it. The person
enrolling compares the CA's SHA-256 fingerprint with the one the server shows.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import ipaddress

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SERVER_NAME = "assist-centre-server"   # the name every client checks on the server certificate
CA_DAYS, SERVER_DAYS, DEVICE_DAYS = 3650, 825, 825
MAX_CSR_BYTES = 8192


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def key_pem(key, passphrase: bytes | None = None) -> bytes:
    encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             encryption)


def load_key(pem: bytes, passphrase: bytes | None = None):
    return serialization.load_pem_private_key(pem, password=passphrase)


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def load_cert(pem: bytes) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pem)


def fingerprint(pem: bytes) -> str:
    """SHA-256 of the certificate (DER), as the person reads it: 'AB:CD:...'."""
    der = load_cert(pem).public_bytes(serialization.Encoding.DER)
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def serial_of(pem: bytes) -> str:
    return format(load_cert(pem).serial_number, "x")


def _builder(subject: x509.Name, issuer: x509.Name, public_key, days: int):
    now = _now()
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(public_key).serial_number(x509.random_serial_number())
            .not_valid_before(now - _dt.timedelta(minutes=5))
            .not_valid_after(now + _dt.timedelta(days=days)))


def new_ca(centre_label: str) -> tuple[bytes, bytes]:
    """(key PEM, certificate PEM) of a new centre CA. The label is not client data."""
    key = new_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"ASSIST centre CA {centre_label}"[:64])])
    cert = (_builder(name, name, key.public_key(), CA_DAYS)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True, crl_sign=True,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    return key_pem(key), cert_pem(cert)


def new_server_certificate(ca_key_pem: bytes, ca_pem: bytes,
                           hostnames: tuple[str, ...] = ()) -> tuple[bytes, bytes]:
    """(key PEM, certificate PEM) for the server's TLS port, valid for SERVER_NAME (which every
    client checks) and any host names or addresses given."""
    ca_key, ca = load_key(ca_key_pem), load_cert(ca_pem)
    key = new_key()
    names: list[x509.GeneralName] = [x509.DNSName(SERVER_NAME)]
    for host in hostnames:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, SERVER_NAME)])
    cert = (_builder(subject, ca.subject, key.public_key(), SERVER_DAYS)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return key_pem(key), cert_pem(cert)


def new_request(device_name: str) -> tuple[bytes, bytes]:
    """On the laptop: (private key PEM, CSR PEM). Only the CSR is sent."""
    key = new_key()
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, device_name[:64] or "laptop")]))
           .sign(key, hashes.SHA256()))
    return key_pem(key), csr.public_bytes(serialization.Encoding.PEM)


def sign_request(ca_key_pem: bytes, ca_pem: bytes, csr_pem: bytes, device_name: str) -> bytes:
    """The CA signs a laptop's request (client authentication only). The subject is the name
    the administrator gave, not whatever the request asked for. Raises ValueError on a bad
    or badly signed request."""
    if len(csr_pem) > MAX_CSR_BYTES:
        raise ValueError("certificate request too large")
    csr = x509.load_pem_x509_csr(csr_pem)
    if not csr.is_signature_valid:
        raise ValueError("certificate request signature is not valid")
    public = csr.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name != "secp256r1":
        raise ValueError("certificate request must use an ECDSA P-256 key")
    ca_key, ca = load_key(ca_key_pem), load_cert(ca_pem)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, device_name[:64] or "laptop")])
    cert = (_builder(subject, ca.subject, public, DEVICE_DAYS)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return cert_pem(cert)


def issued_by(cert_pem_bytes: bytes, ca_pem: bytes) -> bool:
    """True when the certificate's signature verifies under the CA's key."""
    try:
        load_cert(cert_pem_bytes).verify_directly_issued_by(load_cert(ca_pem))
        return True
    except Exception:  # noqa: BLE001 - any failure means "not issued by this CA"
        return False
