"""Standards files as a careless user or an attacker might hand them over, and a file that
would put one standard's content in place of another's."""

import json

import pytest
from sqlalchemy import select

from mentordesk.errors import StandardImportError
from mentordesk.services.standards import import_file
from mentordesk.standards import schema
from mentordesk.standards.schema import load_file
from mentordesk.standards.shipped import shipped_files
from mentordesk.standards.store import DifferentStandard
from mentordesk.vault.models import Standard
from tests.standards.test_import import counts, standard, write


def raw(tmp_path, text: str | bytes, name="std.json"):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def refused(path, message: str) -> str:
    with pytest.raises(StandardImportError, match=message) as caught:
        load_file(path)
    text = str(caught.value)
    assert "\n" not in text and len(text) < 300 and text.isprintable(), text
    return text


def with_(mutate):
    data = standard()
    mutate(data)
    return data


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


TEXT_CASES = [
    ("nesting past the parser's own limit", '{"x": ' + nested(200_000) + "}",
     r"std\.json: nests lists or objects more than 16 deep"),
    ("a list of 100,000 opening brackets", "[" * 100_000, r"not valid JSON|nests lists"),
    ("a number of 5,000 digits", '{"version": ' + "9" * 5000 + "}", "number too long to read"),
    ("a float past the largest", json.dumps(standard()).replace('"1.2"', "1e400"),
     r"version: must be a version number from 0 to 1000"),
    ("NaN as version", json.dumps(standard()).replace('"1.2"', "NaN"), r"version: must be"),
    ("a lone surrogate", json.dumps(standard()).replace("Knowledge ", "\\ud800"),
     r"knowledges\[0\]\.detail: holds control characters"),
    ("a NUL in a title", json.dumps(standard()).replace("Example", "Ex\\u0000ample"),
     r"title: holds control characters"),
    ("a C1 control in a reference", json.dumps(standard()).replace('"ST9999"', '"ST\\u0080"'),
     r"referenceNumber: holds control characters"),
    ("a line separator in a detail", json.dumps(standard()).replace("Skill ", "Skill\\u2028"),
     r"skills\[0\]\.detail: holds control characters"),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, message", [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES]
)
def test_hostile_json_text_is_one_clear_line(tmp_path, text, message):
    refused(raw(tmp_path, text), message)


DATA_CASES = [
    ("deep but parseable nesting",
     with_(lambda d: d.update(typicalJobTitles=json.loads(nested(40)))),
     r"more than 16 deep, which no standard does \(at typicalJobTitles(\[0\]){15}\)"),
    ("a huge whole-number level", with_(lambda d: d.update(level=10**300)), r"level: must be"),
    ("a float level of 1e308", with_(lambda d: d.update(level=1e308)), r"level: must be a whole"),
    ("a 5,000-digit level as text", with_(lambda d: d.update(level="9" * 5000)), r"level: must"),
    ("a version number past the bound", with_(lambda d: d.update(version=10**200)),
     r"version: must be a version number"),
    ("version text too long", with_(lambda d: d.update(version="1." + "0" * 50)),
     r"version: is longer than 20 characters"),
    ("reference as a list", with_(lambda d: d.update(referenceNumber=["ST1"])),
     r"referenceNumber: must be text, not a list"),
    ("title as true", with_(lambda d: d.update(title=True)),
     r"title: must be text, not true/false"),
    ("knowledges as an object", with_(lambda d: d.update(knowledges={"a": 1})),
     r"knowledges: must be a list"),
    ("a knowledge as text", with_(lambda d: d["knowledges"].__setitem__(1, "K2")),
     r"knowledges\[1\]: must be an object"),
    ("a detail as an object", with_(lambda d: d["skills"][0].update(detail={"x": 1})),
     r"skills\[0\]\.detail: must be text, not an object"),
    ("an id as a number", with_(lambda d: d["behaviours"][0].update(behaviourId=7)),
     r"behaviours\[0\]\.behaviourId: must be text, not a number"),
    ("a detail of a megabyte", with_(lambda d: d["skills"][1].update(detail="x" * 1_000_000)),
     r"skills\[1\]\.detail: is longer than 20,000 characters"),
    ("duties as text", with_(lambda d: d.update(duties="all")), r"duties: must be a list"),
    ("a duty as a number", with_(lambda d: d["duties"].__setitem__(0, 3)),
     r"duties\[0\]: must be an object"),
    ("mapped skills as text", with_(lambda d: d["duties"][0].update(mappedSkills="S1")),
     r"duties\[0\]\.mappedSkills: must be a list of ids"),
    ("a mapped id as a list", with_(lambda d: d["duties"][0]["mappedKnowledge"].append([[["k"]]])),
     r"duties\[0\]\.mappedKnowledge\[2\]: a list is not the id of any knowledge"),
    ("a mapped id of a megabyte",
     with_(lambda d: d["duties"][0]["mappedSkills"].append("s" * 10**6)),
     r"mappedSkills\[1\]: 'sss+…' is not the id of any skill here"),
    ("the document as a number", 12, r"the file: must be a standard object, not a number"),
    ("the document as null", None, r"the file: must be a standard object, not null"),
]  # fmt: skip


@pytest.mark.parametrize(
    "data, message", [c[1:] for c in DATA_CASES], ids=[c[0] for c in DATA_CASES]
)
def test_wrong_types_and_sizes_name_the_field(tmp_path, data, message):
    refused(write(tmp_path, data), message)


def test_a_duty_that_maps_a_ksb_twice_maps_it_once(vault, tmp_path):
    data = standard()
    data["duties"][0]["mappedKnowledge"].append(data["duties"][0]["mappedKnowledge"][0])
    path = write(tmp_path, data)
    for replace in (False, True):  # added, then updated in place
        with vault.transaction() as db:
            import_file(db, path, replace=replace)
    with vault.session() as db:
        std = db.scalars(select(Standard).where(Standard.reference == "ST9999")).one()
        assert [k.code for k in std.duties[0].ksbs] == ["K1", "K2", "S1", "B1"]


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as fh:
        fh.truncate(schema.MAX_BYTES + 1)
    text = refused(path, "larger than 20 MiB")
    assert str(path) in text


# -- a different standard under a stored standard's reference and version ------------------
def shipped(reference: str) -> dict:
    [path] = [p for p in shipped_files() if p.name.startswith(reference)]
    return json.loads(path.read_text("utf-8"))


def stored(db, reference="ST1379"):
    return db.scalars(select(Standard).where(Standard.reference == reference)).one()


def test_another_standard_under_a_stored_reference_is_refused_unless_replacing(vault, tmp_path):
    impostor = shipped("ST0148") | {"referenceNumber": "ST1379", "version": "1.0"}
    path = write(tmp_path, impostor, name="ST1379.json")
    with vault.session() as db:
        before = counts(db), stored(db).title, [k.detail for k in stored(db).ksbs]
    with pytest.raises(DifferentStandard) as caught:
        with vault.transaction() as db:
            import_file(db, path)
    message = str(caught.value)
    assert message.startswith("ST1379 v1.0 in the vault is “Learning and skills mentor”")
    assert f"is “{impostor['title']}”" in message and "--replace" in message
    assert "Nothing was imported" in message and "\n" not in message
    with vault.session() as db:
        assert (counts(db), stored(db).title, [k.detail for k in stored(db).ksbs]) == before

    with vault.transaction() as db:
        [result] = import_file(db, path, replace=True)
    assert result.describe() == "ST1379 v1.0 updated"
    with vault.session() as db:
        assert stored(db).title == impostor["title"]
        live = [k.detail for k in stored(db).ksbs if not k.retired]
        assert live[0] == impostor["knowledges"][0]["detail"]


def test_the_same_standard_with_updated_content_still_updates(vault, tmp_path):
    data = shipped("ST1379")
    data["title"] = "Learning and skills mentor (revised)"
    lists = [data["knowledges"], data["skills"], data["behaviours"]]
    total = sum(len(items) for items in lists)
    reworded = 0
    for items in lists:  # reword just under half of every list's texts
        for item in items[: (len(items) - 1) // 2]:
            item["detail"] = "Reworded: " + item["detail"]
            reworded += 1
    data["knowledges"].insert(0, {"knowledgeId": "new-first", "detail": "A new first knowledge"})
    assert reworded * 2 < total
    with vault.transaction() as db:
        [result] = import_file(db, write(tmp_path, data))
    assert not result.created
    with vault.session() as db:
        assert stored(db).title == "Learning and skills mentor (revised)"


def test_the_same_title_with_new_texts_is_the_same_standard(vault, tmp_path):
    data = shipped("ST1379")
    for item in data["knowledges"] + data["skills"] + data["behaviours"]:
        item["detail"] = "Rewritten: " + item["detail"]
    with vault.transaction() as db:
        [result] = import_file(db, write(tmp_path, data))
    assert not result.created


def test_a_new_version_of_a_standard_replaces_nothing(vault, tmp_path):
    other = shipped("ST0148") | {"referenceNumber": "ST1379", "version": "9.0"}
    with vault.transaction() as db:
        [result] = import_file(db, write(tmp_path, other))
    assert result.created
