"""The mentor's values statement (ST1379 duty 4, K10): each version dated and kept, and
"values in practice": which of the stated values the mentor's reflections and supervision
of the last six months mention, and which they never do.

A value is a name and the words that show it in writing (``Respect``: "respect",
"dignity"). A record mentions a value when its text holds the name or one of the words as
a whole word, in any case; the last word of each may take a plain ending ("listens",
"listening", "caring" for "care").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.errors import ValidationError
from mentordesk.vault.models import Reflection, SupervisionRecord, ValuesStatement

MONTHS = 6  # "values in practice" looks back this many months
NAME_CHARS = 60


@dataclass(frozen=True)
class Value:
    name: str
    words: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        """What is looked for: the name and each word, once each."""
        seen: dict[str, str] = {}
        for term in (self.name, *self.words):
            seen.setdefault(term.casefold(), term)
        return tuple(seen.values())


@dataclass
class ValuesDraft:
    statement: str
    values: list[Value] = field(default_factory=list)


@dataclass(frozen=True)
class Version:
    id: int
    written_on: date
    statement: str
    values: tuple[Value, ...]


@dataclass(frozen=True)
class VersionRow:
    id: int
    written_on: date
    names: str  # the values, in order, joined by commas


@dataclass(frozen=True)
class ValueSeen:
    name: str
    reflections: int
    supervisions: int
    last_seen: date | None

    @property
    def seen(self) -> bool:
        return bool(self.reflections or self.supervisions)


@dataclass(frozen=True)
class ValuesInPractice:
    since: date  # the first day looked at
    until: date  # the last (today)
    written_on: date | None  # the version looked for; None: no statement yet
    values: tuple[ValueSeen, ...]  # every value of that version, in its order

    @property
    def never(self) -> list[str]:
        return [v.name for v in self.values if not v.seen]


# -- checking -----------------------------------------------------------------------------
def _tidy_words(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for word in words:
        plain = " ".join(word.split())
        if plain:
            seen.setdefault(plain.casefold(), plain)
    return tuple(seen.values())


def check(draft: ValuesDraft) -> ValuesDraft:
    """The draft tidied (blank values dropped, words trimmed and listed once); a mistake is
    refused with a :class:`ValidationError` naming its field."""
    statement = draft.statement.strip()
    if not statement:
        raise ValidationError(
            "statement", "Statement: write what you value and believe in before saving."
        )
    values: list[Value] = []
    names: set[str] = set()
    for n, value in enumerate(draft.values, start=1):
        name = " ".join(value.name.split())
        words = _tidy_words(value.words)
        if not name and not words:
            continue
        if not name:
            raise ValidationError(
                "values",
                f"Values: value {n} has words to look for but no name; name it or remove it.",
            )
        if len(name) > NAME_CHARS:
            raise ValidationError(
                "values",
                f"Values: “{name[:30]}…” is long for a value's name; keep it to a few words "
                "and say the rest in the statement.",
            )
        if name.casefold() in names:
            raise ValidationError("values", f"Values: “{name}” is listed twice; list it once.")
        names.add(name.casefold())
        values.append(Value(name, words))
    return ValuesDraft(statement, values)


# -- reading ------------------------------------------------------------------------------
def _values_of(stored: list | None) -> tuple[Value, ...]:
    out = []
    for item in stored or ():
        if isinstance(item, dict) and str(item.get("name", "")).strip():
            out.append(
                Value(str(item["name"]), _tidy_words([str(w) for w in item.get("words", [])]))
            )
    return tuple(out)


def _version(row: ValuesStatement) -> Version:
    return Version(row.id, row.written_on, row.statement, _values_of(row.values))


def versions(db: Session) -> list[VersionRow]:
    """Every version, newest first."""
    rows = db.execute(
        select(ValuesStatement.id, ValuesStatement.written_on, ValuesStatement.values).order_by(
            ValuesStatement.written_on.desc(), ValuesStatement.id.desc()
        )
    )
    return [VersionRow(i, day, ", ".join(v.name for v in _values_of(vs))) for i, day, vs in rows]


def version(db: Session, version_id: int) -> Version:
    row = db.get(ValuesStatement, version_id)
    if row is None:
        raise ValidationError("id", "That version of your values statement is not in the vault.")
    return _version(row)


def latest(db: Session) -> Version | None:
    """The current statement: the newest version, if any."""
    row = db.scalars(
        select(ValuesStatement)
        .order_by(ValuesStatement.written_on.desc(), ValuesStatement.id.desc())
        .limit(1)
    ).first()
    return _version(row) if row is not None else None


# -- writing ------------------------------------------------------------------------------
def save_version(
    db: Session, draft: ValuesDraft, *, today: date, version_id: int | None = None
) -> int:
    """Keep ``draft`` as a new version dated ``today``; returns its id. ``version_id`` puts
    it back under the id it had (redo after undo)."""
    clean = check(draft)
    current = latest(db)
    if (
        current is not None
        and current.statement == clean.statement
        and current.values == tuple(clean.values)
    ):
        raise ValidationError(
            "statement",
            f"Nothing has changed since the version of {current.written_on:%d %b %Y}; change "
            "the statement or the values, then save.",
        )
    if version_id is not None and db.get(ValuesStatement, version_id) is not None:
        raise ValidationError("id", "Another version has taken this one's place.")
    row = ValuesStatement(
        id=version_id,
        written_on=today,
        statement=clean.statement,
        values=[{"name": v.name, "words": list(v.words)} for v in clean.values],
    )
    db.add(row)
    db.flush()
    return row.id


def delete_version(db: Session, version_id: int) -> None:
    """Remove a version (undo of :func:`save_version`)."""
    row = db.get(ValuesStatement, version_id)
    if row is not None:
        db.delete(row)
        db.flush()


# -- values in practice -------------------------------------------------------------------
def months_before(day: date, months: int = MONTHS) -> date:
    """The same day ``months`` earlier (the month's last day where it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _form(word: str) -> str:
    """A word and its plain endings, as a pattern."""
    forms = [re.escape(word) + "(?:s|es|ing|ed)?"]
    lower = word.casefold()
    if len(word) > 2 and lower.endswith("e"):
        forms.append(re.escape(word[:-1]) + "(?:ing|ed)")
    if len(word) > 2 and lower.endswith("y"):
        forms.append(re.escape(word[:-1]) + "ies")
    return "(?:" + "|".join(forms) + ")"


def pattern(value: Value) -> re.Pattern[str]:
    """What finds ``value`` in a text: its name or a word, whole, in any case."""
    alternatives = []
    for term in value.terms:
        parts = term.split()
        if parts:
            head = [re.escape(p) for p in parts[:-1]]
            alternatives.append(r"\s+".join([*head, _form(parts[-1])]))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def clues(value: Value) -> tuple[str, ...]:
    """Lower-case pieces one of which any text mentioning ``value`` holds: a quick test
    that spares most texts the pattern."""
    found = []
    for term in value.terms:
        parts = term.lower().split()
        if not parts:
            continue
        first = parts[0]
        if len(parts) == 1 and len(first) > 2 and first.endswith(("e", "y")):
            first = first[:-1]  # "caring", "honesties"
        found.append(first)
    return tuple(found)


def _reflection_text(title: str, stages: dict | None, carried: str | None) -> str:
    parts = [title or ""]
    if isinstance(stages, dict):
        parts.extend(str(text) for text in stages.values() if text)
    parts.append(carried or "")
    return "\n".join(parts)


def values_in_practice(db: Session, today: date) -> ValuesInPractice:
    """For each value of the current statement: the reflections and supervision records
    from the same day six months ago through ``today`` that mention it, and the last day
    one did."""
    since = months_before(today)
    current = latest(db)
    if current is None:
        return ValuesInPractice(since, today, None, ())
    patterns = [(v.name, clues(v), pattern(v)) for v in current.values]
    tallies: dict[str, list[int]] = {v.name: [0, 0] for v in current.values}
    last: dict[str, date] = {}

    def seen(text: str, day: date, which: int) -> None:
        lowered = text.lower()
        for name, hints, found in patterns:
            if any(hint in lowered for hint in hints) and found.search(text):
                tallies[name][which] += 1
                if name not in last or day > last[name]:
                    last[name] = day

    for title, stages, carried, day in db.execute(
        select(
            Reflection.title, Reflection.stages, Reflection.carried, Reflection.occurred_on
        ).where(Reflection.occurred_on >= since, Reflection.occurred_on <= today)
    ):
        seen(_reflection_text(title, stages, carried), day, 0)
    for topics, discussed, feedback, wellbeing, day in db.execute(
        select(
            SupervisionRecord.topics,
            SupervisionRecord.discussed,
            SupervisionRecord.feedback,
            SupervisionRecord.wellbeing,
            SupervisionRecord.held_on,
        ).where(SupervisionRecord.held_on >= since, SupervisionRecord.held_on <= today)
    ):
        seen("\n".join(t for t in (topics, discussed, feedback, wellbeing) if t), day, 1)
    return ValuesInPractice(
        since,
        today,
        current.written_on,
        tuple(
            ValueSeen(v.name, tallies[v.name][0], tallies[v.name][1], last.get(v.name))
            for v in current.values
        ),
    )
