"""Session models (GROW, OSKAR, CLEAR, ...) as data: one JSON file each in
``resources/session_models/``, so a new model is a new file, not new code.

A file holds ``key``, ``name``, ``summary``, an optional ``source`` and ``stages``: a list of
``{"key", "title", "prompts": [...]}``. A malformed file is refused with a message naming it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mentordesk.errors import MentorDeskError
from mentordesk.paths import resources_dir

FREE = "free"


class SessionModelError(MentorDeskError):
    pass


@dataclass(frozen=True)
class Stage:
    key: str
    title: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class SessionModel:
    key: str
    name: str
    summary: str
    source: str
    stages: tuple[Stage, ...]

    def stage_title(self, key: str) -> str:
        return next((s.title for s in self.stages if s.key == key), key.replace("_", " "))


def parse(text: str, origin: str) -> SessionModel:
    try:
        data = json.loads(text)
        stages = tuple(
            Stage(str(s["key"]), str(s["title"]), tuple(str(p) for p in s.get("prompts", [])))
            for s in data["stages"]
        )
        model = SessionModel(
            str(data["key"]),
            str(data["name"]),
            str(data.get("summary", "")),
            str(data.get("source", "")),
            stages,
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise SessionModelError(f"The session model {origin} is not valid: {exc}") from exc
    keys = [s.key for s in stages]
    if not stages or len(set(keys)) != len(keys) or not all(keys):
        raise SessionModelError(
            f"The session model {origin} needs at least one stage, each with its own key."
        )
    return model


def load_folder(folder: Path) -> dict[str, SessionModel]:
    models = {}
    for path in sorted(folder.glob("*.json")):
        model = parse(path.read_text(encoding="utf-8"), path.name)
        models[model.key] = model
    if FREE not in models:
        raise SessionModelError(f"The session models in {folder} must include '{FREE}'.")
    return models


@cache
def all_models() -> dict[str, SessionModel]:
    """The shipped models by key, free notes last."""
    models = load_folder(resources_dir() / "session_models")
    order = sorted(models, key=lambda k: (k == FREE, models[k].name.lower()))
    return {k: models[k] for k in order}


def get(key: str | None) -> SessionModel:
    """The model ``key``; an unknown key (a model since removed) reads as free notes."""
    models = all_models()
    return models.get(key or FREE, models[FREE])
