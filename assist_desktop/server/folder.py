"""The server's own files, in `<data folder>/server/` beside the centre's database.

ca.pem / ca.key: the centre's certificate authority; server.pem / server.key: the TLS port's
certificate; devices.json: every enrolled laptop (certificate serial, name, revoked or not);
enrolment.json: outstanding one-time enrolment codes (only their SHA-256 is kept);
server.json: where it listens, its backup folder, and whether it unseals from the keychain at
start; seal.request: `server seal` asking the running server to seal (consumed at once).
All written atomically, readable by the server's account only.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assist_desktop.domain.errors import AssistError
from assist_desktop.platform import paths
from assist_desktop.platform.atomic import atomic_write_bytes, atomic_write_text

SERVER_DIR = "server"
DEFAULT_PORT, DEFAULT_ENROL_PORT = 7443, 7444


@dataclass(frozen=True)
class ServerConfig:
    host: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    enrol_port: int = DEFAULT_ENROL_PORT
    idle_minutes: int = 30       # a signed-in laptop idle this long is signed out
    backup_folder: str = ""      # where backups made from a laptop go ("" until set)
    unseal_from_keychain: bool = False   # `server keychain enable`: unseal at start from it


class ServerFolder:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / SERVER_DIR

    def exists(self) -> bool:
        return (self.root / "ca.pem").exists() and (self.root / "server.pem").exists()

    def require(self) -> "ServerFolder":
        if not self.exists():
            raise AssistError(f"{self.data_dir} is not set up as a centre server: run "
                              f"'assist-desktop server init' first.")
        return self

    def path(self, name: str) -> Path:
        return self.root / name

    def read(self, name: str) -> bytes:
        return self.path(name).read_bytes()

    def write(self, name: str, data: bytes) -> None:
        paths.ensure_private_dir(self.root)
        atomic_write_bytes(self.path(name), data, mode=0o600)

    def read_json(self, name: str, default):
        try:
            return json.loads(self.path(name).read_text("utf-8"))
        except FileNotFoundError:
            return default

    def write_json(self, name: str, value) -> None:
        paths.ensure_private_dir(self.root)
        atomic_write_text(self.path(name), json.dumps(value, indent=1, sort_keys=True), mode=0o600)

    def config(self) -> ServerConfig:
        raw = self.read_json("server.json", {})
        known = {k: raw[k] for k in ("host", "port", "enrol_port", "idle_minutes",
                                          "backup_folder", "unseal_from_keychain") if k in raw}
        return ServerConfig(**known)

    def save_config(self, config: ServerConfig) -> None:
        self.write_json("server.json", {"host": config.host, "port": config.port,
                                        "enrol_port": config.enrol_port,
                                        "idle_minutes": config.idle_minutes,
                                        "backup_folder": config.backup_folder,
                                        "unseal_from_keychain":
                                            bool(config.unseal_from_keychain)})
