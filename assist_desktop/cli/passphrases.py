"""Where the command line gets passphrases: never from arguments.

From a terminal: asked without echo (new ones twice). Otherwise: one line per passphrase on
standard input, in the order the prompts would ask, so scripts and tests can drive it.
"""
from __future__ import annotations

import getpass
import sys

from assist_desktop.domain.errors import AssistError


class PassphraseSource:
    def __init__(self, stdin=None, interactive: bool | None = None):
        self._stdin = stdin or sys.stdin
        self._interactive = self._stdin.isatty() if interactive is None else interactive

    def _line(self, what: str) -> str:
        line = self._stdin.readline()
        if not line:
            raise AssistError(f"expected {what} on standard input (one line each)")
        return line.rstrip("\r\n")

    def ask(self, prompt: str) -> str:
        if self._interactive:
            return getpass.getpass(f"{prompt}: ")
        return self._line(prompt.lower())

    def ask_new(self, prompt: str) -> str:
        if not self._interactive:
            return self._line(prompt.lower())
        first = getpass.getpass(f"{prompt}: ")
        if getpass.getpass("Repeat it: ") != first:
            raise AssistError("the two entries differ; nothing was changed")
        return first
