"""How strong a new passphrase must be: one rule for the set-up wizard, the command line and
every service that sets a passphrase.

A passphrase must be at least :data:`MIN_LENGTH` characters and score at least
:data:`MIN_SCORE` on zxcvbn's 0-4 scale (it knows common passwords, names, keyboard
patterns, repeats and sequences). The GUI's strength meter shows the same score.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MIN_LENGTH = 10
MIN_SCORE = 2  # zxcvbn: 0 too guessable ... 4 very unguessable
CHECKED_LENGTH = 100  # zxcvbn slows down on long input; the first 100 characters decide
BASE_HINTS = ("mentordesk", "mentor")  # words anyone would try first

SHORT = "short"
GUESSABLE = "guessable"


@dataclass(frozen=True)
class Strength:
    """zxcvbn's score (0-4) and its most useful advice, in English (the GUI translates it)."""

    score: int
    advice: str = ""


@dataclass(frozen=True)
class Weakness:
    """Why a passphrase is refused: ``kind`` is :data:`SHORT` or :data:`GUESSABLE`."""

    kind: str
    advice: str = ""

    @property
    def message(self) -> str:
        if self.kind == SHORT:
            return f"The passphrase must be at least {MIN_LENGTH} characters long."
        advice = self.advice or "Add another word or two. Uncommon words are better."
        return f"The passphrase is too easy to guess: {advice}"


def measure(text: str, hints: Iterable[str] = ()) -> Strength:
    """The strength of ``text``; ``hints`` are words known about the person (their name)."""
    if not text:
        return Strength(0)
    from zxcvbn import zxcvbn  # a large word list: loaded only when a passphrase is chosen

    words = [h for h in (*BASE_HINTS, *hints) if h]
    result = zxcvbn(text[:CHECKED_LENGTH], user_inputs=words)
    feedback = result.get("feedback") or {}
    suggestions = feedback.get("suggestions") or []
    advice = feedback.get("warning") or (suggestions[0] if suggestions else "")
    return Strength(int(result["score"]), advice)


def weakness(text: str, hints: Iterable[str] = ()) -> Weakness | None:
    """Why ``text`` may not be a vault's passphrase, or None when it may."""
    if len(text) < MIN_LENGTH:
        return Weakness(SHORT)
    strength = measure(text, hints)
    if strength.score < MIN_SCORE:
        return Weakness(GUESSABLE, strength.advice)
    return None
