"""Session models (GROW, OSKAR, CLEAR, ...) as data: one JSON file each in
``resources/session_models/``, so a new model is a new file, not new code.

A file holds ``key``, ``name``, ``summary``, an optional ``source`` and ``stages``: a list of
``{"key", "title", "prompts": [...]}``. A malformed file is refused with a message naming it
(the reading is shared with reflection models, in :mod:`mentordesk.services.staged_models`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mentordesk.errors import MentorDeskError
from mentordesk.paths import resources_dir
from mentordesk.services import staged_models
from mentordesk.services.staged_models import FREE, Stage
from mentordesk.services.staged_models import StagedModel as SessionModel

__all__ = [
    "FREE",
    "SessionModel",
    "SessionModelError",
    "Stage",
    "all_models",
    "get",
    "load_folder",
    "parse",
]


class SessionModelError(MentorDeskError):
    pass


def parse(text: str, origin: str) -> SessionModel:
    return staged_models.parse(text, origin, what="session model", error=SessionModelError)


def load_folder(folder: Path) -> dict[str, SessionModel]:
    return staged_models.load_folder(folder, what="session model", error=SessionModelError)


@cache
def all_models() -> dict[str, SessionModel]:
    """The shipped models by key, free notes last."""
    return staged_models.free_last(load_folder(resources_dir() / "session_models"))


def get(key: str | None) -> SessionModel:
    """The model ``key``; an unknown key (a model since removed) reads as free notes."""
    models = all_models()
    return models.get(key or FREE, models[FREE])
