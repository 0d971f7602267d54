"""The words for the vault's enums live in one place and nothing else disagrees with them."""

import ast
import enum
import inspect
from pathlib import Path

import pytest

from mentordesk import words
from mentordesk.vault import enums
from mentordesk.vault.enums import ContractStatus, MeetingMode, Rag

PACKAGE = Path(words.__file__).resolve().parent
ENUMS = [
    cls
    for _name, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, enum.Enum) and cls.__module__ == enums.__name__
]


def test_every_enum_has_words_for_every_member():
    assert set(words.BY_ENUM) == set(ENUMS)
    for cls in ENUMS:
        table = words.BY_ENUM[cls]
        assert set(table) == set(cls), f"{cls.__name__}: words for every member"
        for member in cls:
            text = words.label(member)
            assert text and text == text.strip(), member
            assert words.label_of(cls, member.value) == text


def test_one_wording_a_meeting_mode():
    assert words.label(MeetingMode.REMOTE) == "Remote (video)"
    assert words.label_of(MeetingMode, "in_person") == "In person"
    assert words.label(ContractStatus.ACTIVE) == "In force"
    assert words.label(Rag.AMBER) == "Amber"


def test_an_enum_without_words_is_a_clear_error():
    class Colour(enum.Enum):
        BLUE = "blue"

    with pytest.raises(words.NoWordsError, match="Colour has no words"):
        words.label(Colour.BLUE)
    with pytest.raises(words.NoWordsError, match="'violet' is not a MeetingMode"):
        words.label_of(MeetingMode, "violet")


def _text(node: ast.AST) -> str | None:
    """A literal string, or the text of QT_TRANSLATE_NOOP("context", "text")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if (
        isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[-1], ast.Constant)
    ):
        return node.args[-1].value
    return None


def _mode(key: ast.AST, keys: set[str]) -> MeetingMode | None:
    """The meeting mode a dict key stands for: ``MeetingMode.REMOTE``, or ``"remote"`` in a
    dict whose keys are all meeting modes."""
    if isinstance(key, ast.Attribute) and getattr(key.value, "id", "") == "MeetingMode":
        return MeetingMode[key.attr]
    modes = {m.value for m in MeetingMode}
    if isinstance(key, ast.Constant) and keys <= modes:
        return MeetingMode(key.value)
    return None


def meeting_mode_words():
    """Every dict literal in the package that maps meeting modes to words: (where, mode, text)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict) or not node.keys or None in node.keys:
                continue
            texts = [_text(v) for v in node.values]
            if None in texts:
                continue
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            for key, text in zip(node.keys, texts, strict=True):
                mode = _mode(key, keys)
                if mode is not None:
                    yield f"{path.relative_to(PACKAGE.parent)}:{key.lineno}", mode, text


def test_no_two_maps_of_meeting_modes_disagree():
    """Each meeting mode has one wording; a second map of them (better: none, use
    words.label or ui.i18n.word) must say the same."""
    found = list(meeting_mode_words())
    assert {mode for where, mode, _ in found if where.startswith("mentordesk/words.py")} == set(
        MeetingMode
    )
    disagree = [
        f"{where}: {mode} is {text!r}, mentordesk.words says {words.label(mode)!r}"
        for where, mode, text in found
        if text != words.label(mode)
    ]
    assert not disagree, "\n".join(disagree)
