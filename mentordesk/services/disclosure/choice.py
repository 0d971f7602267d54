"""What a mentor chooses to share with an employer, and how that choice is described.

The defaults share the records an employer or training provider normally needs (contracts,
progress reviews, session summaries, off-the-job hours, the KSB evidence index) and hold
back everything personal to the mentoring relationship: private session notes,
reflections, supervision and safeguarding. Those go only when ticked, one by one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any

from mentordesk.errors import ValidationError
from mentordesk.words import QT_TRANSLATE_NOOP

# Every kind of record, in the order shown; the words are translated where they are shown.
KINDS: dict[str, str] = {
    "contracts": QT_TRANSLATE_NOOP("words", "Mentoring contracts (signed PDFs)"),
    "reviews": QT_TRANSLATE_NOOP("words", "Progress reviews (signed PDFs)"),
    "sessions": QT_TRANSLATE_NOOP("words", "Session summaries"),
    "session_private_notes": QT_TRANSLATE_NOOP("words", "Private session notes"),
    "hours": QT_TRANSLATE_NOOP("words", "Off-the-job hours"),
    "ksb_evidence": QT_TRANSLATE_NOOP("words", "KSB evidence index"),
    "reflections": QT_TRANSLATE_NOOP("words", "Reflections"),
    "supervision": QT_TRANSLATE_NOOP("words", "Supervision records"),
    "safeguarding": QT_TRANSLATE_NOOP("words", "Safeguarding concerns"),
}
_SHORT = {  # for one line in English (the command line)
    "contracts": "contracts",
    "reviews": "progress reviews",
    "sessions": "session summaries",
    "session_private_notes": "private session notes",
    "hours": "off-the-job hours",
    "ksb_evidence": "KSB evidence index",
    "reflections": "reflections",
    "supervision": "supervision",
    "safeguarding": "safeguarding",
    "everything": "everything held (subject access)",
    "everything but safeguarding": "everything held but safeguarding (subject access)",
}
RECORDS = ("contracts", "reviews", "sessions", "hours", "ksb_evidence")
SENSITIVE = ("reflections", "supervision", "safeguarding")
# Letters and digits that cannot be misheard or misread for one another on the phone
# (no 0/O, 1/I/L, 2/Z, 5/S, 8/B): 25 symbols, 4.6 bits each.
_PHONE_SAFE = "ACDEFGHJKMNPQRTUVWXY34679"


@dataclass(frozen=True)
class EmployerChoice:
    """Which mentees (none named: every mentee), which days (inclusive; None: open) and
    which kinds of record go into an employer export."""

    mentee_ids: tuple[int, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    contracts: bool = True
    reviews: bool = True
    sessions: bool = True
    session_private_notes: bool = False
    hours: bool = True
    ksb_evidence: bool = True
    reflections: bool = False
    supervision: bool = False
    safeguarding: bool = False

    @property
    def kinds(self) -> list[str]:
        """The kinds ticked, in :data:`KINDS` order."""
        return [k for k in KINDS if getattr(self, k)]

    @property
    def sensitive(self) -> list[str]:
        """The sensitive kinds ticked (each needs the mentor's explicit confirmation)."""
        return [k for k in SENSITIVE if getattr(self, k)]

    def check(self) -> None:
        if not any(getattr(self, k) for k in (*RECORDS, *SENSITIVE)):
            raise ValidationError("records", "Tick at least one kind of record to export.")
        if self.session_private_notes and not self.sessions:
            raise ValidationError(
                "session_private_notes",
                "Private session notes go with the session summaries: tick those too.",
            )
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(
                "date_to", "The end of the period is before its start; swap the two dates."
            )

    def in_period(self, day: date | None) -> bool:
        if day is None:
            return False
        return (self.date_from is None or day >= self.date_from) and (
            self.date_to is None or day <= self.date_to
        )

    def summary(self, mentee_ids: list[int]) -> dict[str, Any]:
        """What was chosen, for the manifest and the vault's record: ids, dates and kinds,
        never a name or any content."""
        return {
            "mentee_ids": sorted(mentee_ids),
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "records": self.kinds,
        }


def describe(summary: dict[str, Any], mentees: list[str] | None = None) -> str:
    """One line, in English, for a stored summary: who, which days, which records."""
    ids = summary.get("mentee_ids") or []
    who = ", ".join(mentees) if mentees else f"{len(ids)} mentee(s)"
    start, end = summary.get("from"), summary.get("to")
    if start and end:
        period = f"{start} to {end}"
    elif start or end:
        period = f"from {start}" if start else f"up to {end}"
    else:
        period = "all dates"
    kinds = ", ".join(_SHORT[k] for k in summary.get("records", []) if k in _SHORT)
    return f"{who}; {period}; {kinds or 'nothing'}"


def suggest_passphrase(groups: int = 5, size: int = 4) -> str:
    """A random passphrase to read out on the phone: groups of letters and digits that
    cannot be misheard, e.g. ``7KQ4-MX9P-…`` (5 groups of 4: 92 bits)."""
    return "-".join(
        "".join(secrets.choice(_PHONE_SAFE) for _ in range(size)) for _ in range(groups)
    )
