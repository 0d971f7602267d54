"""Reflection models (Gibbs, Kolb, Driscoll, ...) as data: one JSON file each in
``resources/reflection_models/``, read like session models (see
:mod:`mentordesk.services.staged_models`), so a new model is a new file, not new code.

Each stage may list in ``maps`` the concepts it covers, from :data:`CONCEPTS`. Stages of
different models that share a concept correspond, which is how :func:`switch` carries what
the mentor has written from one model to another without losing a word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mentordesk.errors import MentorDeskError
from mentordesk.paths import resources_dir
from mentordesk.services import staged_models
from mentordesk.services.staged_models import FREE, Stage
from mentordesk.services.staged_models import StagedModel as ReflectionModel

__all__ = [
    "CONCEPTS",
    "FREE",
    "ReflectionModel",
    "ReflectionModelError",
    "Stage",
    "Switched",
    "all_models",
    "get",
    "heading",
    "load_folder",
    "parse",
    "switch",
    "word_count",
]

# The shared vocabulary of ``maps``: what a stage of a reflection model is about.
CONCEPTS = ("experience", "feelings", "evaluation", "analysis", "learning", "action")


class ReflectionModelError(MentorDeskError):
    pass


def parse(text: str, origin: str) -> ReflectionModel:
    return staged_models.parse(
        text, origin, what="reflection model", error=ReflectionModelError, concepts=CONCEPTS
    )


def load_folder(folder: Path) -> dict[str, ReflectionModel]:
    return staged_models.load_folder(
        folder, what="reflection model", error=ReflectionModelError, concepts=CONCEPTS
    )


@cache
def all_models() -> dict[str, ReflectionModel]:
    """The shipped models by key, in the order of their names, free writing last."""
    return staged_models.free_last(load_folder(resources_dir() / "reflection_models"))


def get(key: str | None) -> ReflectionModel:
    """The model ``key``; an unknown key (a model since removed) reads as free writing."""
    models = all_models()
    return models.get(key or FREE, models[FREE])


_WORD = re.compile(r"[^\s\u2013\u2014]+")


def word_count(text: str) -> int:
    """Words as a mentor counts them: runs of text between spaces, line breaks and dashes
    (– or —) that hold at least one letter or digit. "well-being", "don't", "e.g." and "K12"
    are one word each; a lone "-", "&" or "..." is none."""
    return sum(1 for w in _WORD.findall(text) if any(c.isalnum() for c in w))


@dataclass(frozen=True)
class Switched:
    texts: dict[str, str]  # every stage key of the new model -> its text ("" when empty)
    carried: str  # text with no stage in the new model ("from the earlier model")


def heading(title: str) -> str:
    """The line that heads a stage's text in the carried text: "Feelings:"; a title that
    already ends in punctuation stays as it is ("So what?")."""
    return title if title.endswith(("?", "!", ":", ".")) else f"{title}:"


def _target(stage: Stage, old: ReflectionModel, new: ReflectionModel) -> str | None:
    if old.key == new.key:
        return stage.key
    shared = set(stage.maps)
    return next((s.key for s in new.stages if shared & set(s.maps)), None)


def _sections(carried: str, titles: set[str]) -> list[tuple[str | None, list[str]]]:
    """``carried`` cut into (heading title, lines): a section starts at a line that heads one
    of ``titles`` ("Title:", or the title alone when :func:`heading` leaves it so; any case)
    and runs to the next such line. Lines before the first heading have no title."""
    forms = {f"{t}:".casefold(): t.casefold() for t in titles}
    forms.update({heading(t).casefold(): t.casefold() for t in titles})
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in carried.splitlines():
        title = forms.get(line.strip().casefold())
        if title is None:
            sections[-1][1].append(line)
        else:
            sections.append((title, [line]))
    return sections


def switch(
    texts: Mapping[str, str], old_key: str | None, new_key: str | None, carried: str = ""
) -> Switched:
    """Carry what was written under model ``old_key`` over to model ``new_key``.

    - Each stage of the old model with text (not only spaces) goes, without the blank space
      around it, to the first stage of the new model (in stage order) that shares a concept
      with it (``maps``); when the model is unchanged, to its own stage. Several old stages
      landing on one new stage are joined with a blank line, in the old model's stage order.
    - An old stage with no such stage in the new model goes into ``carried``, headed by its
      old stage title on a line of its own ("Feelings:" then the text; see :func:`heading`),
      in stage order. Text under a key the old model does not have (a stage since removed)
      goes there too, before them, headed by the key in words ("Old notes:").
    - ``carried`` given as input (the "from the earlier model" text, perhaps edited by the
      mentor) is cut into sections: a section starts at a line heading a stage title of any
      shipped model, or of the old or new model ("Action plan:", "So what?"; any case), and
      runs to the next such line. A section headed by the title of a stage of the new model
      moves into that stage, without its heading line, after the text mapped there. Every
      other line (text before the first heading, sections under other titles, headings with
      nothing under them) stays in ``carried`` as it was, in order, before the new pieces.
    - Pieces in ``carried`` are separated by a blank line; ``texts`` holds every stage key of
      the new model, "" where nothing landed.

    So every word written lands in exactly one place and none is repeated; only heading
    lines are added (over carried pieces) or removed (over sections put back). Switching
    Gibbs -> Brookfield -> Gibbs, for instance, puts the action plan back where it was.
    """
    old, new = get(old_key), get(new_key)
    landed: dict[str, list[str]] = {s.key: [] for s in new.stages}
    own = {s.key for s in old.stages}
    pieces = [
        f"{heading(old.stage_title(k).capitalize())}\n{v.strip()}"
        for k, v in texts.items()
        if k not in own and v.strip()
    ]
    for stage in old.stages:
        text = texts.get(stage.key, "").strip()
        target = _target(stage, old, new) if text else None
        if target is not None:
            landed[target].append(text)
        elif text:
            pieces.append(f"{heading(stage.title)}\n{text}")

    homes = {s.title.casefold(): s.key for s in reversed(new.stages)}
    known = {s.title for m in (*all_models().values(), old, new) for s in m.stages}
    kept: list[str] = []
    for title, lines in _sections(carried, known):
        body = "\n".join(lines[1:]).strip()
        if title in homes and body:
            landed[homes[title]].append(body)
        else:
            kept.extend(lines)
    return Switched(
        {key: "\n\n".join(parts) for key, parts in landed.items()},
        "\n\n".join(p for p in ("\n".join(kept).strip(), *pieces) if p),
    )
