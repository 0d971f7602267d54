"""Rules for what a person types that more than one record shares (an email address)."""

from __future__ import annotations

import re

# One "@", something before it, and a domain of at least two dot-separated parts, none of
# them empty; no spaces, and none of the ",;<>" an address book pastes around one. Strict
# enough to catch "tom@" and "tom@nhs", loose enough for every real address a mentor types
# (plus-addressing, sub-domains, hyphens).
_EMAIL = re.compile(r"[^@\s,;<>]+@[^@\s.,;<>]+(?:\.[^@\s.,;<>]+)+")


def is_email(text: str) -> bool:
    """Whether ``text`` (trimmed) looks like an email address."""
    return _EMAIL.fullmatch(text.strip()) is not None


EMAIL_HINT = "That does not look like an email address (for example tom.nowak@example.nhs.uk)."
