"""Models made of stages (session models, reflection models), read from JSON files.

A file holds ``key``, ``name``, an optional ``summary`` and ``source``, and ``stages``: a list
of ``{"key", "title", "prompts": [...], "maps": [...]}`` where ``prompts`` and ``maps`` may be
left out. ``maps`` names the concepts a stage covers (used to carry text across when the
model is switched). A file that is not valid JSON, gives a name twice in one object, has no
stages, has two stages with one key, or has a field of the wrong type is refused with a
message naming the file and what is wrong with it.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentordesk.errors import MentorDeskError

FREE = "free"


@dataclass(frozen=True)
class Stage:
    key: str
    title: str
    prompts: tuple[str, ...]
    maps: tuple[str, ...] = ()


@dataclass(frozen=True)
class StagedModel:
    key: str
    name: str
    summary: str
    source: str
    stages: tuple[Stage, ...]

    def stage_title(self, key: str) -> str:
        return next((s.title for s in self.stages if s.key == key), key.replace("_", " "))


class _Invalid(ValueError):
    """What is wrong with a file, in words; turned into the caller's error by :func:`parse`."""


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for name, value in pairs:
        if name in seen:
            raise _Invalid(f"'{name}' is given twice in one object")
        seen[name] = value
    return seen


def _text(data: dict[str, Any], name: str, where: str, *, required: bool = True) -> str:
    value = data.get(name, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _Invalid(f"{where} needs '{name}' as non-empty text")
    return value


def _texts(data: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _Invalid(f"{where} needs '{name}' as a list of texts")
    return tuple(value)


def _stage(data: object, number: int, concepts: Collection[str] | None) -> Stage:
    where = f"stage {number}"
    if not isinstance(data, dict):
        raise _Invalid(f"{where} is not an object")
    stage = Stage(
        _text(data, "key", where),
        _text(data, "title", where),
        _texts(data, "prompts", where),
        _texts(data, "maps", where),
    )
    unknown = [m for m in stage.maps if concepts is not None and m not in concepts]
    if unknown:
        allowed = ", ".join(sorted(concepts or ()))
        raise _Invalid(f"{where} maps to '{unknown[0]}', which is not one of: {allowed}")
    return stage


def _model(text: str, concepts: Collection[str] | None) -> StagedModel:
    try:
        data = json.loads(text, object_pairs_hook=_no_repeats)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise _Invalid(f"it is not JSON ({exc.msg} at {where})") from None
    if not isinstance(data, dict):
        raise _Invalid("it is not a JSON object")
    stages_data = data.get("stages")
    if not isinstance(stages_data, list) or not stages_data:
        raise _Invalid("it needs 'stages' as a list of at least one stage")
    stages = tuple(_stage(s, n, concepts) for n, s in enumerate(stages_data, start=1))
    keys = [s.key for s in stages]
    repeated = next((k for k in keys if keys.count(k) > 1), None)
    if repeated is not None:
        raise _Invalid(f"two stages have the key '{repeated}'")
    return StagedModel(
        _text(data, "key", "the model"),
        _text(data, "name", "the model"),
        _text(data, "summary", "the model", required=False),
        _text(data, "source", "the model", required=False),
        stages,
    )


def parse(
    text: str,
    origin: str,
    *,
    what: str,
    error: type[MentorDeskError],
    concepts: Collection[str] | None = None,
) -> StagedModel:
    """The model in ``text`` (read from ``origin``), or ``error`` saying what is wrong.

    ``what`` names the kind of model in the message ("session model"); ``concepts``, when
    given, is the only vocabulary a stage's ``maps`` may use.
    """
    try:
        return _model(text, concepts)
    except _Invalid as exc:
        raise error(f"The {what} {origin} is not valid: {exc}.") from None
    except RecursionError:
        raise error(f"The {what} {origin} is not valid: it is nested too deeply.") from None


def load_folder(
    folder: Path,
    *,
    what: str,
    error: type[MentorDeskError],
    concepts: Collection[str] | None = None,
) -> dict[str, StagedModel]:
    """Every ``*.json`` model in ``folder`` by key; the folder must hold the free model."""
    models: dict[str, StagedModel] = {}
    origins: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise error(f"The {what} {path.name} cannot be read: {exc}.") from None
        model = parse(text, path.name, what=what, error=error, concepts=concepts)
        if model.key in models:
            raise error(
                f"The {what}s {origins[model.key]} and {path.name} both use the key "
                f"'{model.key}'; give one of them another key."
            )
        models[model.key] = model
        origins[model.key] = path.name
    if FREE not in models:
        raise error(f"The {what}s in {folder} must include '{FREE}'.")
    return models


def free_last(models: dict[str, StagedModel]) -> dict[str, StagedModel]:
    """``models`` in the order of their names, the free one last."""
    order = sorted(models, key=lambda k: (k == FREE, models[k].name.lower()))
    return {k: models[k] for k in order}
