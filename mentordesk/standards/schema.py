"""Reading apprenticeship standards in the shape of the official standards API.

Accepts one standard object or a list of them (the API returns every version of every
standard in one list). Codes K1, S1, B1, D1 ... come from the order of each list. Every
fault names the field and its position, e.g. ``[2].duties[0].mappedSkills[3]``; a file is
accepted whole or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.errors import StandardImportError

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


class _Reader:
    def __init__(self, base: str):
        self.base = base

    def fail(self, where: str, message: str) -> StandardImportError:
        location = f"{self.base}{where}" if where else (self.base or "the file")
        return StandardImportError(f"{location.lstrip('.')}: {message}")

    def optional_text(self, obj: dict[str, object], key: str, where: str) -> str | None:
        value = obj.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", f"must be text, not {type(value).__name__}")
        return value.strip()

    def text(self, obj: dict[str, object], key: str, where: str) -> str:
        value = self.optional_text(obj, key, where)
        if value is None:
            raise self.fail(f"{where}.{key}", "is missing or empty")
        return value


def _version(value: object, reader: _Reader) -> str:
    if isinstance(value, bool) or value is None:
        raise reader.fail(".version", "is missing or not a version number")
    if isinstance(value, int):
        return f"{value}.0"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise reader.fail(".version", "is missing or not a version number")


def _level(value: object, reader: _Reader) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise reader.fail(".level", "must be a whole number from 1 to 8")
    try:
        level = int(value)
    except (TypeError, ValueError):
        raise reader.fail(".level", "must be a whole number from 1 to 8") from None
    if not 1 <= level <= 8 or (isinstance(value, float) and value != level):
        raise reader.fail(".level", "must be a whole number from 1 to 8")
    return level


def parse_standard(obj: object, base: str = "") -> ParsedStandard:
    reader = _Reader(base)
    if not isinstance(obj, dict):
        raise reader.fail("", f"must be a standard object, not {type(obj).__name__}")
    parsed = ParsedStandard(
        reference=reader.text(obj, "referenceNumber", ""),
        version=_version(obj.get("version"), reader),
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
                raise reader.fail(f"{where}.{id_key}", f"repeats the id {source_id!r}")
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
            raise reader.fail(f"{where}.dutyId", f"repeats the id {source_id!r}")
        seen_duties.add(source_id)
        detail = reader.text(duty, "dutyDetail", where)
        codes: list[str] = []
        for map_key, letter in DUTY_MAPPINGS:
            mapped = duty.get(map_key) or []
            if not isinstance(mapped, list):
                raise reader.fail(f"{where}.{map_key}", "must be a list of ids")
            for m, ref in enumerate(mapped):
                if not isinstance(ref, str) or ref not in ids[letter]:
                    kind = {"K": "knowledge", "S": "skill", "B": "behaviour"}[letter]
                    raise reader.fail(
                        f"{where}.{map_key}[{m}]", f"{ref!r} is not the id of any {kind} here"
                    )
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
                f"[{i}]: {std.reference} version {std.version} appears twice "
                f"(also at [{seen[key]}])"
            )
        seen[key] = i
    return parsed


def load_file(path: Path) -> list[ParsedStandard]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise StandardImportError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise StandardImportError(f"{path}: is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise StandardImportError(
            f"{path}: is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    return parse_document(data)
