"""The command line: `assist-desktop` with no arguments starts the desktop application.

Every command prints one clear line on stderr and exits non-zero on error, never a
traceback; passphrases come from the terminal or stdin, never from arguments.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys

from assist_desktop import __version__
from assist_desktop.cli import admin_commands
from assist_desktop.domain.errors import AssistError

COMMAND_MODULES = [admin_commands]


def _optional(name: str):
    """Command modules of other areas, registered when the module exists."""
    full = f"assist_desktop.cli.{name}"
    if importlib.util.find_spec(full) is None:
        return None
    return importlib.import_module(full)


for _name in ("case_commands", "document_commands", "backup_commands"):
    _module = _optional(_name)
    if _module is not None:
        COMMAND_MODULES.append(_module)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assist-desktop",
                                     description="Encrypted case notes for law centres.")
    parser.add_argument("--version", action="version", version=f"ASSIST Desktop {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (database, PDF, keychain, Qt) and exit")
    parser.add_argument("--data-dir", dest="root_data_dir", default=None,
                        help="data folder (default: $ASSIST_DATA_DIR or the platform's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from assist_desktop.cli import self_test
        return self_test.run()
    if not args.command:
        from assist_desktop.app import main as gui_main
        return gui_main(args.root_data_dir)
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
