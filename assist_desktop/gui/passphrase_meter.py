"""A live strength meter for a new passphrase: a bar (0-4) and one sentence of advice.

The assessment (zxcvbn, through the vault's ``passphrase_problems``) runs off the GUI thread,
a moment after the last key press; only the answer for the latest text is shown.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from assist_desktop.gui.tasks import Debouncer, Latest, TaskRunner
from assist_desktop.gui.qtcompat import emit

_COLOURS = ("#b3261e", "#c75b12", "#b08600", "#3d8b40", "#2f6f73")


class PassphraseMeter(QObject):
    """Watches a passphrase field (and its confirmation); tells whether both are acceptable."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, assess: Callable[[str, tuple], object],
                 edit: QLineEdit, bar: QProgressBar, label: QLabel,
                 confirm: QLineEdit | None = None,
                 user_inputs: Callable[[], tuple] = tuple, parent: QObject | None = None):
        super().__init__(parent or edit)
        self._runner, self._assess = runner, assess
        self._edit, self._bar, self._label, self._confirm = edit, bar, label, confirm
        self._user_inputs = user_inputs
        self._verdict_ok = False
        self._advice = ""
        # Say "not the same" in the meter's own label, in place of the advice (the Backups
        # panel); dialogs with a message line of their own show mismatch_text() there instead.
        self.show_mismatch = False
        self._latest = Latest()
        self._debounce = Debouncer(self._check, 150, self)
        bar.setRange(0, 4)
        bar.setValue(0)
        self._set_advice(self.tr("Use a few unrelated words: long is strong, and easy to "
                                 "remember."))
        edit.textChanged.connect(self._typed)
        if confirm is not None:
            confirm.textChanged.connect(self._confirm_typed)

    def _confirm_typed(self, _text: str) -> None:
        self._set_advice(self._advice)
        emit(self.changed)

    def _typed(self, _text: str) -> None:
        self._verdict_ok = False
        self._set_advice(self._advice)
        emit(self.changed)
        self._debounce.poke()

    def refresh(self) -> None:
        self._debounce.flush()

    def _check(self) -> None:
        text = self._edit.text()
        if not text:
            self._show(0, self.tr("Use a few unrelated words: long is strong, and easy to "
                                  "remember."), False)
            return
        inputs = tuple(i for i in self._user_inputs() if i)
        on_success, on_failure = self._latest.wrap(self._verdict,
                                                   lambda _e: self._show(0, "", False))
        self._runner.run(lambda: self._assess(text, inputs), on_success, on_failure,
                         owner=self._bar)

    def _verdict(self, verdict) -> None:
        message = getattr(verdict, "message", "") or getattr(verdict, "warning", "") or ""
        suggestions = tuple(getattr(verdict, "suggestions", ()) or ())
        if not verdict.ok and suggestions:
            message = f"{message} {suggestions[0]}".strip()
        self._show(int(verdict.score), message, bool(verdict.ok))

    def _show(self, score: int, message: str, ok: bool) -> None:
        self._verdict_ok = ok
        self._bar.setValue(score)
        self._bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_COLOURS[max(0, min(score, 4))]}; }}")
        self._bar.setAccessibleDescription(self.tr("Strength %1 of 4").replace("%1", str(score)))
        self._set_advice(message)
        emit(self.changed)

    def _set_advice(self, advice: str) -> None:
        self._advice = advice
        shown = self.mismatch_text() if self.show_mismatch and self.mismatched else advice
        if self._label.text() != shown:
            self._label.setText(shown)

    @property
    def strong_enough(self) -> bool:
        return self._verdict_ok

    @property
    def matches(self) -> bool:
        return self._confirm is None or self._confirm.text() == self._edit.text()

    @property
    def mismatched(self) -> bool:
        """The confirmation differs from the passphrase (not while it is still being typed:
        a confirmation that begins the passphrase is not a mismatch yet)."""
        if self._confirm is None:
            return False
        confirm, passphrase = self._confirm.text(), self._edit.text()
        return bool(confirm) and confirm != passphrase and not passphrase.startswith(confirm)

    def mismatch_text(self) -> str:
        """The one sentence for two passphrases that differ ("" when they do not)."""
        return self.tr("The two passphrases are not the same.") if self.mismatched else ""

    @property
    def acceptable(self) -> bool:
        return self.strong_enough and self.matches and bool(self._edit.text())
