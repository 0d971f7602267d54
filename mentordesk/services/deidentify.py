"""The de-identification check: where a text (a reflection) names someone or gives details
that identify them, so the mentor can fix or accept each before it is final or exported.

What is found (:func:`find`):

- **name**: a person held in the vault. Their full name (two or more words) anywhere, in any
  case, with any spacing between the words. One of its words alone (first name, middle name
  or surname) in any case ("evans"), except for words that are also ordinary English words
  (:data:`COMMON_WORDS`: "Will", "May", "Grace", "Mark", "Brown", "Read", ...) and words of
  one or two letters ("Jo", "Ed"), which count only when written with a capital letter.
  Accents, curly apostrophes and hyphens do not hide a name: "Siobhan O’Neill" and "Mary
  Jane" are found for "Siobhán O'Neill" and "Mary-Jane" (see :func:`fold`). So "I will mark it",
  "a grace period" and "you may" are not flagged, while "Will said" and "I asked Will" are
  (when the vault holds a Will): at the start of a sentence a capital cannot tell a name
  from a word, and a missed name costs more than a question the mentor answers with Accept.
  A one-word name is treated like one word of a name.
- **date_of_birth**: a full date (day, month and year) in the common UK forms: 03/04/1990,
  3.4.1990, 3-4-1990, 1990-04-03, 3 April 1990, 3rd of Apr. 1990, April 3, 1990,
  03-Apr-1990. It is
  flagged when it is 14 to 120 years before ``today`` (someone at least 14 years old could
  have been born on it), or whatever its year when "born", "DOB", "D.O.B." or "date of
  birth" is written just before or after it (then a two-digit year, 03/04/90, counts too).
  Day-month order is read first (UK); month-day only when day-month is not a real date.
- **uln**: a 10-digit number not starting with 0, written together or with single spaces
  ("9276308686", "92763 08686"). The Unique Learner Number's check digit (weights 10 to 1,
  the sum leaves 10 when divided by 11) is checked and the reason says whether it matches;
  a number that fails it is still flagged, as it may be a ULN mistyped.
- **phone**: a UK mobile (07...) or landline (01..., 02...) or 03 number, written
  nationally or with +44 / 0044 (and an optional "(0)"), with spaces, dashes or brackets:
  "07700 900123", "+44 7700 900123", "(01632) 960123", "020 7946 0018". Numbers that do not
  start with 0 or +44 ("2026", "60 minutes", "12 weeks", "K12") are never phones.

A finding whose text the mentor has accepted (``accepted``; compared ignoring case and
spacing) is not reported again. Where findings overlap, the one starting first (then the
longest) is kept: "3 May 1990" is a date, not the name May.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

Kind = Literal["name", "date_of_birth", "uln", "phone"]

# Names that are also ordinary English words: alone, they count only when capitalised.
COMMON_WORDS = frozenset(
    """
    will may mark bill grace hope faith joy rose dawn april june august summer autumn winter
    frank pat jack penny rich guy ray rob sue art chase drew gene miles carol dean major
    amber ruby violet olive hazel holly ivy daisy heather poppy jade pearl iris crystal
    ginger sandy sky honey sunny rusty lily
    gray grey brown green white black young king long little short wood hill hall field
    fields stone bell day price page ward hunt lane dale glen cliff marsh bird cook baker
    walker turner fisher hunter cooper mason porter banks wells parks love best sharp strong
    swift gold bond power cross north west south east reed sage noble rich bishop chance
    read park rice fox head moss lamb lock bush small hand hart wolf house moon star snow
    frost rain storm fair fine good wise root low high street bank mill well rich lord
    """.split()
)

_MIN_LETTERS = 3  # a shorter word of a name ("Jo", "Ed") counts only when capitalised
_APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4"
_HYPHENS = "-\u2010\u2011\u2012\u2013"


def _fold_char(c: str) -> str:
    """One character as names are compared: without its accent, a curly apostrophe as a
    straight one, a hyphen as a space (one character for one, so places stay the same)."""
    if c in _APOSTROPHES:
        return "'"
    if c in _HYPHENS:
        return " "
    if c.isascii():
        return c
    base = unicodedata.normalize("NFD", c)[:1]
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """``text`` folded for comparing names: "Siobhán O’Neill" reads "Siobhan O'Neill",
    "Mary-Jane" reads "Mary Jane". Each character stays in its place."""
    return "".join(_fold_char(c) for c in text)


@dataclass(frozen=True)
class Finding:
    kind: Kind
    text: str  # the text as written
    start: int  # text == source[start:end]
    end: int
    reason: str  # one line, for the mentor


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


# --- names ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Names:
    full: re.Pattern[str] | None
    part: re.Pattern[str] | None
    whole: dict[str, tuple[str, str]]  # normalised full name -> (full name, role)
    parts: dict[str, tuple[tuple[str, str], ...]]  # normalised word -> ((full name, role), ...)


def _alternation(words: Iterable[str], joiner: str = r"\s+") -> re.Pattern[str] | None:
    options = sorted({joiner.join(map(re.escape, w.split())) for w in words}, key=len)
    if not options:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(reversed(options)) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _names(people: tuple[tuple[str, str], ...]) -> _Names:
    whole: dict[str, tuple[str, str]] = {}
    parts: dict[str, list[tuple[str, str]]] = {}
    for full, role in people:
        words = fold(full).split()
        if len(words) > 1:
            whole.setdefault(_norm(fold(full)), (full, role))
        for word in words:
            if sum(c.isalpha() for c in word) >= 2:
                holders = parts.setdefault(word.casefold(), [])
                if (full, role) not in holders:
                    holders.append((full, role))
    return _Names(
        _alternation(whole), _alternation(parts), whole, {k: tuple(v) for k, v in parts.items()}
    )


def _people(names: Iterable[str]) -> tuple[tuple[str, str], ...]:
    roles: Mapping[str, str] = names if isinstance(names, Mapping) else {}
    people = {" ".join(n.split()): str(roles.get(n) or "person") for n in names}
    return tuple(sorted((n, r) for n, r in people.items() if n))


def _a(role: str) -> str:
    return f"an {role}" if role[:1].lower() in "aeiou" else f"a {role}"


def _name_findings(text: str, names: Iterable[str]) -> list[Finding]:
    table = _names(_people(names))
    folded = fold(text)
    found: list[Finding] = []
    if table.full is not None:
        for m in table.full.finditer(folded):
            full, role = table.whole[_norm(m[0])]
            reason = f"Names {_a(role)} held in the vault: {full}"
            found.append(Finding("name", text[m.start() : m.end()], m.start(), m.end(), reason))
    if table.part is not None:
        for m in table.part.finditer(folded):
            word = m[0].casefold()
            written = text[m.start() : m.end()]
            common = word in COMMON_WORDS or sum(c.isalpha() for c in word) < _MIN_LETTERS
            if common and not written[:1].isupper():
                continue
            holders = table.parts[word]
            who = " or ".join(f"{_a(role)}, {full}" for full, role in holders)
            reason = f"Could name {who}, held in the vault"
            if word in COMMON_WORDS:
                reason += f" (“{written}” is also an ordinary word)"
            found.append(Finding("name", written, m.start(), m.end(), reason))
    return found


# --- dates of birth ---------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[0-9]{4}|'?[0-9]{2})"
_LEFT, _RIGHT = r"(?<![\w/.\-])", r"(?![\w/\-]|\.[0-9])"
_DATES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        _LEFT + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _RIGHT,
        _LEFT + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _RIGHT,
        _LEFT + _DAY + r"(?P<sep>[\-/])" + _MONTH + r"(?P=sep)" + _YEAR + _RIGHT,  # 03-Apr-1990
        _LEFT + r"(?P<day>[0-9]{1,2})(?P<sep>[/.\-])(?P<month>[0-9]{1,2})(?P=sep)"
        r"(?P<year>[0-9]{4}|[0-9]{2})" + _RIGHT,
        _LEFT + r"(?P<year>[0-9]{4})(?P<sep>[/\-])(?P<month>[0-9]{1,2})(?P=sep)"
        r"(?P<day>[0-9]{1,2})" + _RIGHT,
    )
]
_BIRTH = re.compile(
    r"(?<!\w)(?:born|d\.?o\.?b\b\.?|date\s+of\s+birth|birth\s*date)(?!\w)", re.IGNORECASE
)
_BEFORE, _AFTER = 40, 20
_SENTENCE_END = re.compile(r"[!?\n]|\.\s+(?=[A-Z])")


def _same_sentence(text: str, start: int, end: int) -> str:
    """The words just before and after ``text[start:end]`` within its sentence."""
    before = _SENTENCE_END.split(text[max(0, start - _BEFORE) : start])[-1]
    after = _SENTENCE_END.split(text[end : end + _AFTER])[0]
    return f"{before} {after}"


def _real_date(year: int, month: int, day: int, *, either_way: bool) -> date | None:
    for m, d in ((month, day), (day, month)) if either_way else ((month, day),):
        try:
            return date(year, m, d)
        except ValueError:
            continue
    return None


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _date_findings(text: str, today: date) -> list[Finding]:
    found: list[Finding] = []
    for pattern in _DATES:
        for m in pattern.finditer(text):
            keyword = _BIRTH.search(_same_sentence(text, m.start(), m.end()))
            year_text = m["year"].lstrip("'")
            if len(year_text) == 2:
                if keyword is None:
                    continue
                year = 2000 + int(year_text)
                year -= 100 if year > today.year else 0
            else:
                year = int(year_text)
            month_text = m["month"].lower().rstrip(".")
            numeric = month_text.isdigit()
            month = int(month_text) if numeric else _MONTHS[month_text]
            born = _real_date(year, month, int(m["day"]), either_way=numeric)
            if born is None:
                continue
            age = _age(born, today)
            if keyword is not None:
                said = " ".join(keyword[0].split())
                reason = f"A full date next to “{said}”: a date of birth identifies a person"
            elif 14 <= age <= 120:
                reason = f"A full date {age} years ago: it could be someone's date of birth"
            else:
                continue
            found.append(Finding("date_of_birth", m[0], m.start(), m.end(), reason))
    return found


# --- ULNs and phone numbers -------------------------------------------------------------

_ULN = re.compile(r"(?<![\w+.])(?<![0-9] )[1-9](?: ?[0-9]){9}(?![0-9]| [0-9]|\.[0-9])")
_PHONE = re.compile(
    r"(?<![\w+.])(?:(?:\+44|0044)[ \-]?(?:\(0\)[ \-]?)?|\(?0)"
    r"[0-9](?:[ \-]?\)?[ \-]?[0-9]){7,10}(?![0-9])"
)


def uln_check_digit_ok(digits: str) -> bool:
    """Whether the 10 digits pass the ULN check: the first is not 0 and the digits weighted
    10, 9, ..., 1 add up to a number that leaves 10 when divided by 11."""
    if len(digits) != 10 or not digits.isdigit() or digits[0] == "0":
        return False
    return sum(int(d) * w for d, w in zip(digits, range(10, 0, -1), strict=True)) % 11 == 10


def _uln_findings(text: str) -> list[Finding]:
    found = []
    for m in _ULN.finditer(text):
        if uln_check_digit_ok(m[0].replace(" ", "")):
            reason = "A Unique Learner Number (10 digits, valid check digit) identifies a learner"
        else:
            reason = "A 10-digit number like a Unique Learner Number (its check digit is wrong)"
        found.append(Finding("uln", m[0], m.start(), m.end(), reason))
    return found


def _national(written: str) -> str:
    digits = re.sub(r"[^0-9]", "", written)
    for prefix in ("0044", "44"):
        if written.lstrip("(").startswith(("+44", "0044")) and digits.startswith(prefix):
            rest = digits[len(prefix) :]
            return "0" + (rest[1:] if rest.startswith("0") else rest)
    return digits


def _phone_findings(text: str) -> list[Finding]:
    found = []
    for m in _PHONE.finditer(text):
        number = _national(m[0])
        lengths = {"07": (11,), "01": (10, 11), "02": (11,), "03": (11,)}.get(number[:2], ())
        if len(number) not in lengths or m[0].count("(") != m[0].count(")"):
            continue
        what = "mobile" if number.startswith("07") else "phone"
        reason = f"A UK {what} number: it can identify a person"
        found.append(Finding("phone", m[0], m.start(), m.end(), reason))
    return found


def find(
    text: str, *, names: Iterable[str], today: date, accepted: Iterable[str] = ()
) -> list[Finding]:
    """Everything in ``text`` that could identify someone, in order of place (see the
    module's description for what counts).

    ``names`` are the full names of the people held in the vault; when it is a mapping of
    full name to what the person is ("mentee", "line manager"), the reason says so ("Names a
    mentee held in the vault: Violet Evans"), else it says "person". ``today`` decides
    which full dates could be dates of birth. ``accepted`` holds texts of findings the mentor
    accepted: findings with those texts (ignoring case and spacing) are left out.
    """
    every = (
        _phone_findings(text)
        + _uln_findings(text)
        + _date_findings(text, today)
        + _name_findings(text, names)
    )
    every.sort(key=lambda f: (f.start, -(f.end - f.start)))
    skip = {_norm(a) for a in accepted}
    kept: list[Finding] = []
    end = 0
    for finding in every:
        if finding.start >= end:
            end = finding.end
            if _norm(finding.text) not in skip:
                kept.append(finding)
    return kept
