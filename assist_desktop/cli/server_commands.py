"""`assist-desktop server init|run|status|enrol-code|revoke|unseal|seal|keychain` on the
centre's server machine, and `assist-desktop enrol HOST:PORT CODE` on a laptop. docs/SERVER.md
explains them."""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

from assist_desktop.cli.common import (add_as_user, add_data_dir, data_dir, kdf_policy, keychain,
                                      signed_in)
from assist_desktop.cli.passphrases import PassphraseSource
from assist_desktop.domain.errors import AssistError

STATE_FILE = "state.json"      # written by `server run`: pid, sealed, ports (no secrets)
SEAL_REQUEST = "seal.request"  # written by `server seal`, consumed by `server run` (1 s tick)
SEAL_WAIT = 20.0               # how long `server seal` waits for the server to say "sealed"


def register(sub) -> None:
    server = sub.add_parser("server", help="run this centre as a centre server for laptops")
    cmds = server.add_subparsers(dest="server_command", required=True)

    p = cmds.add_parser("init", help="make the centre CA and TLS certificate for this centre")
    add_data_dir(p)
    p.add_argument("--host-name", action="append", default=[], metavar="NAME_OR_IP",
                   help="a name or address laptops use to reach the server (repeatable)")
    p.add_argument("--listen", default="0.0.0.0", help="address to listen on")
    p.add_argument("--port", type=int, default=7443, help="centre port (mutual TLS)")
    p.add_argument("--enrol-port", type=int, default=7444, help="enrolment port (TLS)")
    p.set_defaults(handler=cmd_init)

    p = cmds.add_parser("run", help="serve (starts sealed unless --unseal-as is given or "
                                    "'server keychain enable' was chosen)")
    add_data_dir(p)
    p.add_argument("--unseal-as", metavar="ADMIN",
                   help="unseal at start as this administrator (passphrase from the terminal "
                        "or stdin)")
    p.add_argument("--listen", default=None, help="address to listen on (default: as init)")
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--enrol-port", type=int, default=None)
    p.set_defaults(handler=cmd_run)

    p = cmds.add_parser("seal", help="seal the running server now: every sign-in ends and the "
                                     "data key leaves its memory")
    add_data_dir(p)
    p.add_argument("address", nargs="?", metavar="HOST:PORT",
                   help="from an enrolled laptop: the server to seal (with --as ADMIN); "
                        "without it, the server running on this machine")
    p.add_argument("--as", dest="as_user", metavar="ADMIN",
                   help="from a laptop: sign in as this administrator (passphrase asked)")
    p.set_defaults(handler=cmd_seal)

    kc = cmds.add_parser("keychain", help="unseal at start from this machine's keychain, for "
                                          "unattended restarts (the centre's choice: read "
                                          "docs/SERVER.md first)")
    kcs = kc.add_subparsers(dest="keychain_command", required=True, metavar="ACTION")
    p = kcs.add_parser("enable", help="store a server unseal secret in this OS account's "
                                      "keychain; the server unseals from it at every start")
    add_data_dir(p)
    add_as_user(p)
    p.set_defaults(handler=cmd_keychain_enable)
    p = kcs.add_parser("disable", help="remove the unseal secret and its key slot: the server "
                                       "starts sealed again")
    add_data_dir(p)
    add_as_user(p)
    p.set_defaults(handler=cmd_keychain_disable)

    p = cmds.add_parser("status", help="sealed or not, the CA fingerprint, enrolled laptops")
    add_data_dir(p)
    p.set_defaults(handler=cmd_status)

    p = cmds.add_parser("backup-folder", help="where backups made from a laptop go (show, or "
                                              "set to FOLDER)")
    add_data_dir(p)
    p.add_argument("folder", nargs="?", metavar="FOLDER",
                   help="an existing folder on another disk than the data folder")
    p.set_defaults(handler=cmd_backup_folder)

    p = cmds.add_parser("enrol-code", help="issue a one-time code to enrol one laptop")
    add_data_dir(p)
    p.add_argument("device_name", help="a name for the laptop, e.g. 'Office laptop 3'")
    p.set_defaults(handler=cmd_enrol_code)

    p = cmds.add_parser("revoke", help="refuse a laptop from now on (lost, stolen, retired)")
    add_data_dir(p)
    p.add_argument("device", help="the laptop's name or certificate serial (see status)")
    p.set_defaults(handler=cmd_revoke)

    p = cmds.add_parser("unseal", help="from an enrolled laptop: unseal a running server")
    p.add_argument("address", metavar="HOST:PORT")
    p.add_argument("--as", dest="as_user", required=True, metavar="ADMIN")
    p.set_defaults(handler=cmd_unseal)

    p = sub.add_parser("enrol", help="on a laptop: enrol it with a centre server")
    p.add_argument("address", metavar="HOST:PORT")
    p.add_argument("code", help="the one-time code the administrator gave you")
    p.add_argument("--name", default="", help="this laptop's name (default: its host name)")
    p.add_argument("--fingerprint", default="",
                   help="the server's fingerprint, if you have it (else compare by eye)")
    p.add_argument("--enrol-port", type=int, default=None)
    p.set_defaults(handler=cmd_enrol)


def _folder(args):
    from assist_desktop.server.folder import ServerFolder
    return ServerFolder(data_dir(args))


def cmd_init(args) -> int:
    from assist_desktop.server.folder import ServerConfig
    from assist_desktop.server.run import init
    folder = _folder(args)
    hosts = tuple(args.host_name) or ("localhost", "127.0.0.1")
    fingerprint = init(folder.data_dir, hosts, ServerConfig(host=args.listen, port=args.port,
                                                            enrol_port=args.enrol_port))
    print(f"Centre server set up in {folder.root}")
    print(f"Centre port {args.port} (mutual TLS), enrolment port {args.enrol_port} (TLS).")
    print(f"Fingerprint (laptops compare it when enrolling): {fingerprint}")
    return 0


def _write_state(folder, **state) -> None:
    from assist_desktop.platform.atomic import atomic_write_text
    atomic_write_text(folder.path(STATE_FILE), json.dumps(state), mode=0o600)


def cmd_run(args) -> int:
    from assist_desktop.platform import logs, paths
    from assist_desktop.server.centre import SERVER_ACTOR, CentreState
    from assist_desktop.server.run import build
    folder = _folder(args).require()
    logs.configure(folder.data_dir / paths.LOG_DIR)
    from assist_desktop.backup import settle_interrupted_restore
    settle_interrupted_restore(folder.data_dir)   # a restore killed part-way (server/restore.py)
    config = folder.config()
    folder.path(SEAL_REQUEST).unlink(missing_ok=True)    # a stale request seals nothing new
    state = CentreState(folder.data_dir, kdf_policy=kdf_policy(),
                        idle_seconds=config.idle_minutes * 60)
    if args.unseal_as:
        source = PassphraseSource()
        state.unseal(args.unseal_as, source.ask(f"Passphrase for {args.unseal_as}"))
    elif config.unseal_from_keychain:
        _unseal_from_keychain(state)
    from assist_desktop.wire import codec, exposed
    codec.registry()       # import every service and domain module now, not at the first call
    exposed.allowed()
    server, enrol_server, servicer, (port, enrol_port) = build(
        folder.data_dir, state, host=args.listen, port=args.port, enrol_port=args.enrol_port)
    if not state.sealed:
        servicer._bind_feed()
    stopping, seal_asked = threading.Event(), threading.Event()

    def record_state():
        _write_state(folder, pid=os.getpid(), sealed=state.sealed, port=port,
                     enrol_port=enrol_port, keys_held_for=state.keys_held_for(),
                     unsealed_from=state.unsealed_from)
    state.on_change = record_state
    server.start()
    enrol_server.start()
    record_state()
    print(f"Centre server listening: port {port} (mutual TLS), enrolment port {enrol_port}; "
          f"{'SEALED' if state.sealed else 'unsealed'}.", flush=True)

    def stop(*_):
        stopping.set()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if hasattr(signal, "SIGUSR1"):      # `systemctl kill -s USR1 assist-centre`: seal, run on
        signal.signal(signal.SIGUSR1, lambda *_: seal_asked.set())
    ticks = 0
    while not stopping.wait(1.0):
        ticks += 1
        if _seal_requested(folder) or seal_asked.is_set():
            seal_asked.clear()
            if state.seal(SERVER_ACTOR, "device:console"):
                print("Centre server sealed at the console: every sign-in ended and the data "
                      "key left memory. It runs on, SEALED, until an administrator unseals it.",
                      flush=True)
        if ticks % 15 == 0:
            state.end_idle()       # idle sign-ins end, and the keys they brought are dropped
    enrol_server.stop(grace=1)
    server.stop(grace=3).wait()
    state.seal(SERVER_ACTOR, "stopped")
    _write_state(folder, pid=None, sealed=True, port=port, enrol_port=enrol_port)
    print("Centre server stopped and sealed.", flush=True)
    return 0


def _unseal_from_keychain(state) -> None:
    """The centre chose to unseal at start from this account's keychain: try it; on any
    failure start sealed and say why (an administrator then unseals from her laptop)."""
    from assist_desktop.server.keychain_unseal import KeychainUnsealError
    try:
        state.unseal_from_keychain(keychain())
    except KeychainUnsealError as exc:
        print(f"Not unsealed from the keychain: {exc} The server starts SEALED: an "
              f"administrator unseals it ('assist-desktop server unseal HOST:PORT --as NAME' "
              f"from her laptop).", flush=True)
    except AssistError as exc:        # the key file or database refused: said, not hidden
        print(f"Not unsealed from the keychain: {exc} The server starts SEALED.", flush=True)
    else:
        print("Unsealed from this account's keychain (the centre's choice: see "
              "docs/SERVER.md, \"Unsealing from the keychain\").", flush=True)


def _seal_requested(folder) -> bool:
    """`server seal` left a request: consume it (whoever can write the server's own folder
    can also stop the process, which seals it too)."""
    try:
        folder.path(SEAL_REQUEST).unlink()
    except FileNotFoundError:
        return False
    return True


def _running(folder) -> dict:
    state = folder.read_json(STATE_FILE, {})
    pid = state.get("pid")
    if pid:
        try:
            os.kill(int(pid), 0)
        except (OSError, ValueError):
            state = {**state, "pid": None}
    return state


def cmd_seal(args) -> int:
    if args.address:
        return _seal_remote(args)
    from assist_desktop.platform.atomic import atomic_write_text
    folder = _folder(args).require()
    state = _running(folder)
    if not state.get("pid"):
        print("The centre server is not running, so it is sealed.")
        return 0
    if state.get("sealed"):
        print("The centre server is already sealed.")
        return 0
    request = folder.path(SEAL_REQUEST)
    atomic_write_text(request, "seal\n", mode=0o600)
    deadline = time.monotonic() + SEAL_WAIT
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = _running(folder)
        if not request.exists() and (now.get("sealed") or not now.get("pid")):
            print("The centre server is sealed: every sign-in has ended and the data key has "
                  "left its memory. It runs on until an administrator unseals it.")
            return 0
    request.unlink(missing_ok=True)
    raise AssistError(f"The centre server (pid {state['pid']}) did not answer within "
                      f"{SEAL_WAIT:.0f} seconds; nothing was changed. Stop its service to seal "
                      f"it.")


def _seal_remote(args) -> int:
    from assist_desktop.remote import identity
    from assist_desktop.remote.connection import Connection
    from assist_desktop.remote.services import RemoteCentre
    if not args.as_user:
        raise AssistError("From a laptop, say which administrator seals it: --as NAME.")
    source = PassphraseSource()
    connection = Connection(identity.load(identity.default_config_dir(data_dir(args)), args.address))
    try:
        centre = RemoteCentre(connection, args.as_user,
                              source.ask(f"Passphrase for {args.as_user}"))
        try:
            was_open = centre.seal_server()
        except BaseException:
            centre.lock()
            raise
    finally:
        connection.close()
    print("The centre server is sealed: every sign-in has ended." if was_open else
          "The centre server was already sealed.")
    return 0


def cmd_keychain_enable(args) -> int:
    from assist_desktop.server import keychain_unseal
    folder = _folder(args).require()
    with signed_in(args) as (centre, _typed):
        backend = keychain_unseal.enable(centre, keychain(), folder)
    print(f"From its next start the centre server unseals itself from this account's keychain "
          f"({backend}), with no passphrase. Whoever runs programs as this account, or takes "
          f"this machine while that keychain is unlocked, can then read the records: read "
          f"docs/SERVER.md, \"Unsealing from the keychain\". Undo with 'server keychain "
          f"disable'.")
    return 0


def cmd_keychain_disable(args) -> int:
    from assist_desktop.server import keychain_unseal
    folder = _folder(args).require()
    with signed_in(args) as (centre, _typed):
        deleted = keychain_unseal.disable(centre, keychain(), folder)
    print("The centre server no longer unseals from the keychain: from its next start it "
          "starts sealed. A server running now stays unsealed until it is sealed or stopped "
          "('server seal').")
    if not deleted:
        print("The keychain did not answer, so its entry was left there; without the key slot "
              "it opens nothing.")
    return 0


def cmd_status(args) -> int:
    from assist_desktop.security import certificates
    from assist_desktop.server.devices import DeviceRegistry
    folder = _folder(args).require()
    state = _running(folder)
    if not state.get("pid"):
        print("Not running (sealed).")
    else:
        how = " from the keychain" if state.get("unsealed_from") == "keychain" else ""
        print(f"Running (pid {state['pid']}), ports {state.get('port')} and "
              f"{state.get('enrol_port')}: "
              f"{'SEALED' if state.get('sealed') else 'unsealed' + how}.")
    print("At start: unseals from this account's keychain (server keychain disable to stop)."
          if folder.config().unseal_from_keychain else
          "At start: sealed until an administrator unseals it.")
    print(f"Fingerprint: {certificates.fingerprint(folder.read('ca.pem'))}")
    backups = folder.config().backup_folder
    print(f"Backups made from laptops go to: {backups}" if backups else
          "Backups made from laptops: no folder set (server backup-folder FOLDER).")
    devices = DeviceRegistry(folder).devices()
    print(f"Enrolled laptops: {len(devices)}")
    for serial, entry in sorted(devices.items(), key=lambda kv: kv[1].get("enrolled_at", "")):
        status = f"revoked {entry['revoked_at']}" if entry.get("revoked_at") else "accepted"
        print(f"  {entry.get('name', '?')}  serial {serial}  enrolled {entry.get('enrolled_at')}"
              f"  {status}")
    return 0


def cmd_backup_folder(args) -> int:
    """Show or set the folder that backups made from an administrator's laptop go to. A
    running server reads it at each request: no restart is needed."""
    import dataclasses
    folder = _folder(args).require()
    config = folder.config()
    if not args.folder:
        print(f"Backup folder: {config.backup_folder}" if config.backup_folder else
              "No backup folder is set: laptops cannot make backups until one is.")
        return 0
    target = Path(args.folder).expanduser().resolve()
    if not target.is_dir():
        raise AssistError(f"{target} is not an existing folder; nothing was changed.")
    data = folder.data_dir.resolve()
    if target == data or data in target.parents:
        raise AssistError("The backup folder must not be inside the centre's data folder (a "
                          "backup there is lost with it); nothing was changed.")
    folder.save_config(dataclasses.replace(config, backup_folder=str(target)))
    print(f"Backups made from a laptop now go to {target}.")
    return 0


def cmd_enrol_code(args) -> int:
    from assist_desktop.security import certificates
    from assist_desktop.server.devices import CODE_HOURS, DeviceRegistry
    folder = _folder(args).require()
    code = DeviceRegistry(folder).issue_code(args.device_name)
    print(f"Enrolment code for {' '.join(args.device_name.split())} (once, within "
          f"{CODE_HOURS} hours): {code}")
    print(f"The laptop must show this fingerprint: "
          f"{certificates.fingerprint(folder.read('ca.pem'))}")
    return 0


def cmd_revoke(args) -> int:
    from assist_desktop.server.devices import DeviceRegistry
    serials = DeviceRegistry(_folder(args).require()).revoke(args.device)
    print(f"Revoked {len(serials)} certificate(s); the laptop is refused from its next call.")
    return 0


def cmd_unseal(args) -> int:
    from assist_desktop.remote import identity
    from assist_desktop.remote.connection import Connection
    source = PassphraseSource()
    connection = Connection(identity.load(identity.default_config_dir(data_dir(args)), args.address))
    try:
        sealed = connection.unseal(args.as_user, source.ask(f"Passphrase for {args.as_user}"))
    finally:
        connection.close()
    print("The centre server is unsealed." if not sealed else "The server is still sealed.")
    return 0 if not sealed else 1


def cmd_enrol(args) -> int:
    import socket
    from assist_desktop.remote import identity
    name = args.name or socket.gethostname()
    enrolled = identity.enrol(identity.default_config_dir(data_dir(args)), args.address, args.code, name,
                              enrol_port=args.enrol_port,
                              expected_fingerprint=args.fingerprint or None)
    print(f"This laptop is enrolled as '{name}' with {args.address}.")
    print(f"Server fingerprint: {enrolled.ca_fingerprint}")
    print("Compare it with the one the administrator's screen shows. If they differ, tell the "
          "administrator at once and do not sign in.")
    if sys.stdout.isatty():
        print(f"Start with: assist-desktop --server {args.address}")
    return 0



