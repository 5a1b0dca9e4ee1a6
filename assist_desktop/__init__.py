"""ASSIST Desktop: encrypted case notes for law centres assisting trafficked women."""
import os

__version__ = "0.1.0"

# TLS 1.3 only, at the handshake, for the centre server and its laptops (docs/SERVER.md,
# "TLS 1.3"). gRPC's Python API takes no minimum TLS version, but it reads its TLS 1.2 cipher
# list from this variable when grpc is first imported (so it is set here, before any module
# of this program can import grpc). The one TLS 1.2 suite named is a pre-shared-key suite for
# which gRPC has no key, so no TLS 1.2 handshake can agree a cipher; TLS 1.3's own suites are
# not governed by the list. Set unconditionally: a value from the environment would weaken it.
TLS12_SUITES_NONE = "ECDHE-PSK-CHACHA20-POLY1305"
os.environ["GRPC_SSL_CIPHER_SUITES"] = TLS12_SUITES_NONE
