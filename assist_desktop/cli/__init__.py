"""The command line: `assist-desktop` with no arguments starts the desktop application.

Every command prints one clear line on stderr and exits non-zero on error, never a
traceback; passphrases come from the terminal or stdin, never from arguments.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from assist_desktop import __version__
from assist_desktop.domain.errors import AssistError

COMMAND_MODULE_NAMES = ("admin_commands", "case_commands", "document_commands", "backup_commands",
                        "list_commands", "server_commands")


def command_modules() -> list:
    """The command modules, imported only when a command is given: starting the GUI or
    printing the version should not pay for importing every service."""
    return [importlib.import_module(f"assist_desktop.cli.{name}") for name in COMMAND_MODULE_NAMES]


def _top_parser(add_help: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assist-desktop", add_help=add_help,
                                     description="Encrypted case notes for law centres.")
    parser.add_argument("--version", action="version", version=f"ASSIST Desktop {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (database, PDF, keychain, Qt) and exit")
    parser.add_argument("--data-dir", dest="root_data_dir", default=None,
                        help="data folder (default: $ASSIST_DATA_DIR or the platform's)")
    parser.add_argument("--server", dest="server", default=None, metavar="HOST:PORT",
                        help="work on a centre server this laptop is enrolled with "
                             "(see 'assist-desktop enrol')")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _top_parser(add_help=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    top, rest = _top_parser(add_help=False).parse_known_args(argv)
    if not rest and not top.self_test:
        from assist_desktop.app import main as gui_main  # no command: the desktop application
        return gui_main(top.root_data_dir, server=top.server)
    args = build_parser().parse_args(argv)
    if args.self_test:
        from assist_desktop.cli import self_test
        return self_test.run()
    if not args.command:
        from assist_desktop.app import main as gui_main
        return gui_main(args.root_data_dir, server=args.server)
    try:
        return int(args.handler(args) or 0)
    except AssistError as exc:
        print(f"assist-desktop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("assist-desktop: interrupted; nothing more was changed", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"assist-desktop: {exc.strerror or 'input/output error'}"
              f"{': ' + str(exc.filename) if exc.filename else ''}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the promise is one line, never a traceback
        print(f"assist-desktop: unexpected error ({type(exc).__name__}); nothing more was "
              f"changed. Please report this.", file=sys.stderr)
        return 70
