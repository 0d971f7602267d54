"""Reflection models are data files; switching model keeps every word written."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.paths import resources_dir
from mentordesk.services import reflection_models as rm
from mentordesk.services import session_models

SHIPPED = resources_dir() / "reflection_models"
GIBBS = ["description", "feelings", "evaluation", "analysis", "conclusion", "action_plan"]


def test_every_shipped_model_file_loads_with_sources_prompts_and_concepts():
    files = sorted(SHIPPED.glob("*.json"))
    assert {f.stem for f in files} == {
        "gibbs",
        "kolb",
        "driscoll",
        "rolfe",
        "schon",
        "brookfield",
        "free",
    }
    for path in files:
        model = rm.parse(path.read_text(encoding="utf-8"), path.name)
        assert model.key == path.stem
        assert model.name and model.summary
        assert model.source or model.key == rm.FREE, path.name
        for stage in model.stages:
            assert 3 <= len(stage.prompts) <= 5, (path.name, stage.key)
            assert stage.maps and set(stage.maps) <= set(rm.CONCEPTS), (path.name, stage.key)
    models = rm.all_models()
    assert list(models)[-1] == rm.FREE and len(models) == len(files)
    assert [s.key for s in models["gibbs"].stages] == GIBBS
    assert [s.title for s in models["driscoll"].stages] == ["What?", "So what?", "Now what?"]
    assert [s.key for s in models["kolb"].stages] == [
        "concrete_experience",
        "reflective_observation",
        "abstract_conceptualisation",
        "active_experimentation",
    ]
    assert [s.key for s in models["brookfield"].stages] == [
        "self",
        "learners",
        "colleagues",
        "theory",
    ]
    assert [s.key for s in models["schon"].stages] == ["in_action", "on_action", "for_action"]
    assert len(models["free"].stages) == 1
    assert "Gibbs" in models["gibbs"].source and "1988" in models["gibbs"].source


def test_corresponding_stages_share_a_concept():
    def maps(model: str, stage: str) -> tuple[str, ...]:
        return next(s.maps for s in rm.get(model).stages if s.key == stage)

    for model, stage in (("gibbs", "description"), ("kolb", "concrete_experience")):
        assert "experience" in maps(model, stage)
    assert "experience" in maps("driscoll", "what")
    for model, stage in (
        ("gibbs", "action_plan"),
        ("driscoll", "now_what"),
        ("kolb", "active_experimentation"),
    ):
        assert "action" in maps(model, stage)


def test_an_unknown_model_reads_as_free_writing():
    assert rm.get("no-such-model").key == rm.FREE
    assert rm.get(None).key == rm.FREE
    assert rm.get("kolb").key == "kolb"


GOOD_STAGE = {"key": "a", "title": "A", "prompts": ["Why?"], "maps": ["action"]}


def model_text(**changes: object) -> str:
    data: dict[str, object] = {"key": "broken", "name": "Broken", "stages": [GOOD_STAGE]}
    data.update(changes)
    return json.dumps(data)


MALFORMED = {
    "bad JSON": ('{"key": "broken", "stages": [', "not JSON"),
    "not an object": ("[1, 2]", "not a JSON object"),
    "missing stages": (model_text(stages=None), "'stages'"),
    "no stages": (model_text(stages=[]), "'stages'"),
    "duplicate stage keys": (model_text(stages=[GOOD_STAGE, GOOD_STAGE]), "key 'a'"),
    "duplicate JSON keys": (
        '{"key": "broken", "key": "again", "name": "B", "stages": []}',
        "'key' is given twice",
    ),
    "stage without a title": (model_text(stages=[{"key": "a"}]), "'title'"),
    "prompts not a list": (model_text(stages=[{**GOOD_STAGE, "prompts": "Why?"}]), "'prompts'"),
    "unknown concept": (model_text(stages=[{**GOOD_STAGE, "maps": ["feeling"]}]), "'feeling'"),
    "no name": (model_text(name=""), "'name'"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_model_is_refused_by_name(tmp_path: Path, case: str):
    text, why = MALFORMED[case]
    (tmp_path / "free.json").write_text(model_text(key="free"))
    (tmp_path / "broken.json").write_text(text)
    with pytest.raises(rm.ReflectionModelError) as refused:
        rm.load_folder(tmp_path)
    message = str(refused.value)
    assert message.startswith("The reflection model broken.json is not valid: ")
    assert why in message and "\n" not in message


def test_two_files_with_one_key_and_a_folder_without_free_are_refused(tmp_path: Path):
    (tmp_path / "free.json").write_text(model_text(key="free"))
    (tmp_path / "one.json").write_text(model_text(key="same"))
    assert set(rm.load_folder(tmp_path)) == {"free", "same"}
    (tmp_path / "two.json").write_text(model_text(key="same"))
    with pytest.raises(rm.ReflectionModelError, match="one.json and two.json both use"):
        rm.load_folder(tmp_path)
    (tmp_path / "free.json").unlink()
    (tmp_path / "two.json").unlink()
    with pytest.raises(rm.ReflectionModelError, match="must include 'free'"):
        rm.load_folder(tmp_path)


def test_session_models_share_the_reader_and_keep_their_own_wording(tmp_path: Path):
    (tmp_path / "free.json").write_text(model_text(key="free"))
    (tmp_path / "broken.json").write_text(model_text(stages=[GOOD_STAGE, GOOD_STAGE]))
    with pytest.raises(session_models.SessionModelError, match="session model broken.json"):
        session_models.load_folder(tmp_path)
    assert session_models.get("grow").stages[0].prompts


def test_word_count_counts_words_as_a_mentor_does():
    assert rm.word_count("") == 0
    assert rm.word_count("   \n\t ") == 0
    assert rm.word_count("I met my mentee.") == 4
    assert rm.word_count("well-being, don't, e.g. K12 and 60 minutes") == 7
    assert rm.word_count("this—that – and - & ... the other") == 5
    assert rm.word_count("line one\nline two\n\nline   three") == 6
    assert rm.word_count("Schön’s café") == 2


GIBBS_TEXTS = {
    "description": "We met on Teams.",
    "feelings": "I felt rushed.",
    "evaluation": "The goal setting went well.",
    "analysis": "I had not prepared.",
    "conclusion": "Preparation matters.",
    "action_plan": "Read the notes first.",
}


def test_gibbs_to_driscoll_maps_by_concept_and_joins_in_order():
    moved = rm.switch(GIBBS_TEXTS, "gibbs", "driscoll")
    assert moved.texts == {
        "what": "We met on Teams.",
        "so_what": "I felt rushed.\n\nThe goal setting went well.\n\nI had not prepared.",
        "now_what": "Preparation matters.\n\nRead the notes first.",
    }
    assert moved.carried == ""


def test_what_has_no_home_is_carried_under_its_title_and_comes_back():
    moved = rm.switch({**GIBBS_TEXTS, "old_notes": "  From an old draft.  "}, "gibbs", "brookfield")
    assert moved.texts["self"] == "We met on Teams.\n\nI felt rushed."
    assert moved.texts["colleagues"] == ""
    assert moved.carried == "Old notes:\nFrom an old draft.\n\nAction plan:\nRead the notes first."
    back = rm.switch(moved.texts, "brookfield", "gibbs", moved.carried)
    assert back.texts["action_plan"] == "Read the notes first."
    assert back.carried == "Old notes:\nFrom an old draft."
    assert list(back.texts) == GIBBS


def test_carried_text_edited_by_the_mentor_is_kept_in_order():
    carried = "My own note.\n\nFeelings:\n\nSo what?\nIt mattered.\n\nAction plan:\nAsk for help."
    moved = rm.switch({"self": "Nervous."}, "brookfield", "gibbs", carried)
    # "Action plan" goes home; the empty "Feelings" heading and the Driscoll section stay.
    assert moved.texts["action_plan"] == "Ask for help."
    assert moved.texts["description"] == "Nervous."
    assert moved.carried == "My own note.\n\nFeelings:\n\nSo what?\nIt mattered."
    to_driscoll = rm.switch(moved.texts, "gibbs", "driscoll", moved.carried)
    assert to_driscoll.texts["so_what"] == "It mattered."
    assert to_driscoll.carried == "My own note.\n\nFeelings:"


def test_the_same_model_keeps_its_texts_in_place():
    moved = rm.switch(GIBBS_TEXTS, "gibbs", "gibbs")
    assert moved.texts == GIBBS_TEXTS and moved.carried == ""


WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=8)
GAP = st.sampled_from([" ", "  ", "\n", "\n\n", "\t"])
TEXT = st.lists(st.tuples(WORD, GAP), max_size=12).map(lambda ws: "".join(w + g for w, g in ws))
MODELS = st.sampled_from(sorted(rm.all_models()))


def written_words(texts: dict[str, str], carried: str = "") -> Counter[str]:
    """The words a mentor wrote (lower-case letters only: headings are capitalised)."""
    words = " ".join([*texts.values(), carried]).split()
    return Counter(w for w in words if w.isalpha() and w.islower())


@settings(max_examples=200, deadline=None, database=None)
@given(texts=st.fixed_dictionaries({key: TEXT for key in GIBBS}), via=MODELS)
def test_switching_gibbs_to_any_model_and_back_keeps_every_word_once(texts, via):
    there = rm.switch(texts, "gibbs", via)
    back = rm.switch(there.texts, via, "gibbs", there.carried)
    assert written_words(there.texts, there.carried) == written_words(texts)
    assert written_words(back.texts, back.carried) == written_words(texts)
    assert set(back.texts) == set(GIBBS)


@settings(max_examples=200, deadline=None, database=None)
@given(texts=st.fixed_dictionaries({key: TEXT for key in GIBBS}))
def test_gibbs_to_driscoll_to_gibbs_keeps_every_word_once(texts):
    there = rm.switch(texts, "gibbs", "driscoll")
    back = rm.switch(there.texts, "driscoll", "gibbs", there.carried)
    assert written_words(back.texts, back.carried) == written_words(texts)
    # Whatever description said comes back as the description.
    assert back.texts["description"] == texts["description"].strip()


@settings(max_examples=100, deadline=None, database=None)
@given(
    texts=st.dictionaries(st.sampled_from([*GIBBS, "stray"]), TEXT),
    chain=st.lists(MODELS, min_size=1, max_size=5),
    carried=TEXT,
)
def test_any_chain_of_switches_keeps_every_word_once(texts, chain, carried):
    key, now = "gibbs", rm.Switched(dict(texts), carried)
    for nxt in chain:
        now = rm.switch(now.texts, key, nxt, now.carried)
        key = nxt
        assert written_words(now.texts, now.carried) == written_words(texts, carried)
