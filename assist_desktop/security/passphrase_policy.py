"""How strong a passphrase must be: zxcvbn's score, a minimum length, and clear advice."""
from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

DEFAULT_MIN_SCORE = 3
MIN_LENGTH = 10
MAX_LENGTH = 1024
_ZXCVBN_INPUT = 72  # zxcvbn refuses longer input; a 72-character prefix decides it


@dataclass(frozen=True)
class PassphraseVerdict:
    score: int                # 0 (very weak) .. 4 (strong)
    ok: bool
    message: str              # one sentence for the person choosing it
    suggestions: tuple[str, ...] = ()


def assess(passphrase: str, min_score: int = DEFAULT_MIN_SCORE,
           user_inputs: tuple[str, ...] = ()) -> PassphraseVerdict:
    if len(passphrase) < MIN_LENGTH:
        return PassphraseVerdict(0, False, f"Use at least {MIN_LENGTH} characters; a few "
                                 f"unrelated words make a passphrase that is easy to remember.")
    if len(passphrase) > MAX_LENGTH:
        return PassphraseVerdict(0, False, f"Use at most {MAX_LENGTH} characters.")
    if passphrase != passphrase.strip():
        return PassphraseVerdict(0, False, "Remove the spaces at the start or end; they are "
                                 "easy to forget.")
    result = zxcvbn(passphrase[:_ZXCVBN_INPUT], user_inputs=[u for u in user_inputs if u])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    suggestions = tuple(feedback.get("suggestions") or ())
    if score >= min_score:
        return PassphraseVerdict(score, True, "Strong enough." if score < 4 else "Strong.",
                                 suggestions)
    warning = feedback.get("warning") or "This passphrase would be easy to guess."
    return PassphraseVerdict(score, False, f"{warning} Add more unrelated words.", suggestions)
