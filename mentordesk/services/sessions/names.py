"""Short names for mentees where space is tight (the planner's calendar chips)."""

from __future__ import annotations

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
    if letters >= len(surname) - 1:  # "Xu", not "X."; "Green", not "Gree."
        return f"{first} {surname}"
    return f"{first} {surname[:letters]}."


def _key(label: str) -> str:
    return label.rstrip(".").casefold()


def _alike(a: str, b: str) -> bool:
    """Two labels that could be the same person: the same, or one cut short where the
    other goes on ("Violet Gre." and "Violet Grey"; "Ann Li" and "Ann Li.")."""
    ka, kb = _key(a), _key(b)
    return (
        ka == kb
        or (a.endswith(".") and kb.startswith(ka))
        or (b.endswith(".") and ka.startswith(kb))
    )


def _clashes(labels: dict[int, str]) -> list[list[int]]:
    """Groups of people whose labels could be taken for one another."""
    ids = sorted(labels)
    groups: list[set[int]] = []
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            if _alike(labels[a], labels[b]):
                joined = [g for g in groups if a in g or b in g]
                merged = {a, b}.union(*joined)
                groups = [g for g in groups if g not in joined] + [merged]
    return [sorted(g) for g in groups]


def short_names(people: Iterable[tuple[int, str, str | None]]) -> dict[int, str]:
    """A short name for each mentee ``(id, full name, preferred name)``, unique among them.

    First (or preferred) name and the surname's initial: "Violet G.". While two could be
    taken for each other, they show more of their surnames ("Violet Gre." and "Violet
    Gri."; the whole surname once that is no longer: "Violet Green" and "Violet Grey", never
    "Violet Gre." beside "Violet Grey"). Two with the same first name and surname show
    their full names (a middle name may tell them apart), and people whose full names are
    the same too are numbered in id order ("Violet Green (1)", "Violet Green (2)").
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
