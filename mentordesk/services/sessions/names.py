"""Short names for mentees where space is tight (the planner's calendar chips)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def _parts(full_name: str, preferred: str | None) -> tuple[str, str]:
    """(first name, surname): the preferred name stands for the first name when there is one;
    a name of one word has no surname."""
    words = full_name.split()
    first = (preferred or "").strip() or (words[0] if words else "")
    return first, (words[-1] if len(words) > 1 else "")


def _shown(first: str, surname: str, letters: int) -> str:
    if not surname:
        return first
    if letters >= len(surname):
        return f"{first} {surname}"
    return f"{first} {surname[:letters]}."


def _key(label: str) -> str:
    # "Ann Li" and "Ann Li." read the same: the full stop does not tell two people apart.
    return label.rstrip(".").casefold()


def _clashes(labels: dict[int, str]) -> list[list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for mid, label in labels.items():
        groups[_key(label)].append(mid)
    return [sorted(ids) for ids in groups.values() if len(ids) > 1]


def short_names(people: Iterable[tuple[int, str, str | None]]) -> dict[int, str]:
    """A short name for each mentee ``(id, full name, preferred name)``, unique among them.

    First (or preferred) name and the surname's initial: "Violet G.". While two would read
    the same, those two show more of their surnames ("Violet Gree." and "Violet Grey"); two
    with the same first name and surname show their full names (a middle name may tell them
    apart), and people whose full names are the same too are numbered in id order
    ("Violet Green (1)", "Violet Green (2)").
    """
    parts = {mid: _parts(full, preferred) for mid, full, preferred in people}
    full_names = {mid: " ".join(full.split()) for mid, full, _ in people}
    letters = dict.fromkeys(parts, 1)
    labels = {mid: _shown(*parts[mid], 1) for mid in parts}
    while clashes := _clashes(labels):
        longer = False
        for ids in clashes:
            for mid in ids:
                if letters[mid] < len(parts[mid][1]):
                    letters[mid] += 1
                    longer = True
        if not longer:
            break
        labels = {mid: _shown(*parts[mid], letters[mid]) for mid in parts}
    for ids in _clashes(labels):
        for mid in ids:
            labels[mid] = full_names[mid] or labels[mid]
    for ids in _clashes(labels):
        for n, mid in enumerate(ids, 1):
            labels[mid] = f"{labels[mid]} ({n})"
    return labels


def initial_and_surname(full_name: str) -> str:
    """ "T. Nowak" for "Tomasz Nowak": a name that says who without saying much more."""
    words = full_name.split()
    if len(words) < 2:
        return " ".join(words)
    return f"{words[0][0]}. {words[-1]}"
