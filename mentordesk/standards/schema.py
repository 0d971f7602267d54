"""Reading apprenticeship standards in the shape of the official standards API.

Accepts one standard object or a list of them (the API returns every version of every
standard in one list). Codes K1, S1, B1, D1 ... come from the order of each list. Every
fault names the field and its position, e.g. ``[2].duties[0].mappedSkills[3]`` (or the
file, for faults of the file as a whole); a file is accepted whole or not at all. Sizes are
bounded (the file, its nesting, each text, each number), so whatever a file holds ends in a
standard or in one short line.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.errors import StandardImportError

MAX_BYTES = 20 * 1024 * 1024  # a standard is ~20 KiB; every version of every one is less
MAX_DEPTH = 16  # a list of standards > a standard > duties > a duty > its mapped ids is 5
MAX_VERSION = 1000
# The longest text each field may hold, in characters.
LIMITS = {
    "referenceNumber": 32,
    "version": 20,
    "title": 300,
    "status": 100,
    "route": 200,
    "detail": 20_000,
    "dutyDetail": 20_000,
}
MAX_ID = 200  # knowledgeId, skillId, behaviourId, dutyId and the ids duties map to
# Control characters (but tab and line breaks), C1 controls, line and paragraph separators
# and lone surrogates: none belongs in a standard's text, and some cannot be stored.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

KSB_LISTS = (
    # (list key, id key, code letter)
    ("knowledges", "knowledgeId", "K"),
    ("skills", "skillId", "S"),
    ("behaviours", "behaviourId", "B"),
)
DUTY_MAPPINGS = (("mappedKnowledge", "K"), ("mappedSkills", "S"), ("mappedBehaviour", "B"))


@dataclass(frozen=True)
class ParsedKsb:
    code: str
    source_id: str
    detail: str


@dataclass(frozen=True)
class ParsedDuty:
    code: str
    source_id: str
    detail: str
    ksb_codes: tuple[str, ...]


@dataclass
class ParsedStandard:
    reference: str
    version: str
    title: str
    level: int | None
    status: str | None
    route: str | None
    ksbs: list[ParsedKsb] = field(default_factory=list)
    duties: list[ParsedDuty] = field(default_factory=list)

    def count(self, letter: str) -> int:
        return sum(1 for k in self.ksbs if k.code.startswith(letter))


def kind(value: object) -> str:
    """What a JSON value is, in JSON's words."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else type(value).__name__


def clip(text: str, limit: int = 40) -> str:
    """``text`` on one line, printable, at most ``limit`` characters."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in text[: limit * 2]).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def shown(value: object, limit: int = 40) -> str:
    """A value from the file, short and printable enough to quote in a message."""
    return repr(clip(value, limit)) if isinstance(value, str) else kind(value)


class _Reader:
    def __init__(self, base: str):
        self.base = base

    def fail(self, where: str, message: str) -> StandardImportError:
        location = f"{self.base}{where}" if where else (self.base or "the file")
        return StandardImportError(f"{location.lstrip('.')}: {message}")

    def optional_text(
        self, obj: dict[str, object], key: str, where: str, limit: int | None = None
    ) -> str | None:
        value = obj.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", f"must be text, not {kind(value)}")
        value = value.strip()
        longest = limit or LIMITS.get(key, MAX_ID)
        if len(value) > longest:
            raise self.fail(f"{where}.{key}", f"is longer than {longest:,} characters")
        if _UNSAFE.search(value):
            raise self.fail(f"{where}.{key}", "holds control characters, not plain text")
        return value

    def text(self, obj: dict[str, object], key: str, where: str) -> str:
        value = self.optional_text(obj, key, where)
        if value is None:
            raise self.fail(f"{where}.{key}", "is missing or empty")
        return value


def _version(obj: dict[str, object], reader: _Reader) -> str:
    value = obj.get("version")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not (math.isfinite(value) and 0 <= value < MAX_VERSION):
            raise reader.fail(".version", f"must be a version number from 0 to {MAX_VERSION}")
        return f"{value}.0" if isinstance(value, int) else f"{value:.1f}"
    if isinstance(value, str) and value.strip():
        return reader.text(obj, "version", "")
    raise reader.fail(".version", "is missing or not a version number")


def _level(value: object, reader: _Reader) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise reader.fail(".level", "must be a whole number from 1 to 8")
    if isinstance(value, str) and len(value) > 10:
        raise reader.fail(".level", "must be a whole number from 1 to 8")
    try:
        level = int(value)
    except (TypeError, ValueError, OverflowError):
        raise reader.fail(".level", "must be a whole number from 1 to 8") from None
    if not 1 <= level <= 8 or (isinstance(value, float) and value != level):
        raise reader.fail(".level", "must be a whole number from 1 to 8")
    return level


def parse_standard(obj: object, base: str = "") -> ParsedStandard:
    reader = _Reader(base)
    if not isinstance(obj, dict):
        raise reader.fail("", f"must be a standard object, not {kind(obj)}")
    parsed = ParsedStandard(
        reference=reader.text(obj, "referenceNumber", ""),
        version=_version(obj, reader),
        title=reader.text(obj, "title", ""),
        level=_level(obj.get("level"), reader),
        status=reader.optional_text(obj, "status", ""),
        route=reader.optional_text(obj, "route", ""),
    )
    ids: dict[str, dict[str, str]] = {}
    for list_key, id_key, letter in KSB_LISTS:
        items = obj.get(list_key)
        if items is None:
            items = []
        if not isinstance(items, list):
            raise reader.fail(f".{list_key}", "must be a list")
        ids[letter] = {}
        for i, item in enumerate(items):
            where = f".{list_key}[{i}]"
            if not isinstance(item, dict):
                raise reader.fail(where, "must be an object with an id and a detail")
            source_id = reader.text(item, id_key, where)
            detail = reader.text(item, "detail", where)
            if source_id in ids[letter]:
                raise reader.fail(f"{where}.{id_key}", f"repeats the id {shown(source_id)}")
            code = f"{letter}{i + 1}"
            ids[letter][source_id] = code
            parsed.ksbs.append(ParsedKsb(code, source_id, detail))
    if not parsed.ksbs:
        raise reader.fail("", "has no knowledge, skills or behaviours")
    duties = obj.get("duties") or []
    if not isinstance(duties, list):
        raise reader.fail(".duties", "must be a list")
    seen_duties: set[str] = set()
    for d, duty in enumerate(duties):
        where = f".duties[{d}]"
        if not isinstance(duty, dict):
            raise reader.fail(where, "must be an object")
        source_id = reader.text(duty, "dutyId", where)
        if source_id in seen_duties:
            raise reader.fail(f"{where}.dutyId", f"repeats the id {shown(source_id)}")
        seen_duties.add(source_id)
        detail = reader.text(duty, "dutyDetail", where)
        codes: list[str] = []
        for map_key, letter in DUTY_MAPPINGS:
            mapped = duty.get(map_key) or []
            if not isinstance(mapped, list):
                raise reader.fail(f"{where}.{map_key}", "must be a list of ids")
            for m, ref in enumerate(mapped):
                if not isinstance(ref, str) or ref not in ids[letter]:
                    noun = {"K": "knowledge", "S": "skill", "B": "behaviour"}[letter]
                    raise reader.fail(
                        f"{where}.{map_key}[{m}]",
                        f"{shown(ref)} is not the id of any {noun} here",
                    )
                if ids[letter][ref] not in codes:  # a KSB mapped twice is mapped once
                    codes.append(ids[letter][ref])
        parsed.duties.append(ParsedDuty(f"D{d + 1}", source_id, detail, tuple(codes)))
    return parsed


def parse_document(data: object) -> list[ParsedStandard]:
    if isinstance(data, list):
        if not data:
            raise StandardImportError("the file holds an empty list: there is nothing to import")
        parsed = [parse_standard(item, f"[{i}]") for i, item in enumerate(data)]
    else:
        parsed = [parse_standard(data)]
    seen: dict[tuple[str, str], int] = {}
    for i, std in enumerate(parsed):
        key = (std.reference, std.version)
        if key in seen:
            raise StandardImportError(
                f"[{i}]: {clip(std.reference)} version {clip(std.version)} appears twice "
                f"(also at [{seen[key]}])"
            )
        seen[key] = i
    return parsed


def _too_deep(data: object) -> str | None:
    """Where ``data`` nests lists or objects more than MAX_DEPTH deep, else None."""
    stack: list[tuple[object, str, int]] = [(data, "", 1)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                where = where.lstrip(".")
                return where if len(where) <= 80 else "…" + where[-79:]
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(item, dict | list):
                    step = f".{clip(key, 20)}" if isinstance(key, str) else f"[{key}]"
                    stack.append((item, where + step, depth + 1))
    return None


def load_file(path: Path) -> list[ParsedStandard]:
    """Read and check a standards file whole; :class:`StandardImportError` names the file
    or the field on any fault."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise StandardImportError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_BYTES:
        raise StandardImportError(
            f"{path}: is larger than {MAX_BYTES >> 20} MiB, too large to be standards; "
            "import the standards you need in a smaller file"
        )
    nested = f"{path}: nests lists or objects more than {MAX_DEPTH} deep, which no standard does"
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise StandardImportError(f"{path}: is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise StandardImportError(
            f"{path}: is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except RecursionError:
        raise StandardImportError(nested) from None
    except ValueError as exc:  # a number too long to read (Python's digit limit)
        raise StandardImportError(f"{path}: holds a number too long to read") from exc
    where = _too_deep(data)
    if where is not None:
        raise StandardImportError(f"{nested} (at {where})")
    return parse_document(data)
