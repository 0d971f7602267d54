"""Importing standards in the official API shape: valid, lists, updates, malformed."""

import copy
import json

import pytest
from sqlalchemy import func, select

from mentordesk.errors import StandardImportError
from mentordesk.services.standards import import_file, list_standards
from mentordesk.standards.schema import load_file
from mentordesk.vault.models import Ksb, Standard


def standard(reference="ST9999", version="1.2", k=3, s=2, b=1, title="Example occupation"):
    def ids(prefix, n):
        return [f"{reference}-{prefix}{i}" for i in range(1, n + 1)]

    kids, sids, bids = ids("k", k), ids("s", s), ids("b", b)
    return {
        "referenceNumber": reference,
        "title": title,
        "version": version,
        "level": 3,
        "status": "Approved for delivery",
        "knowledges": [{"knowledgeId": i, "detail": f"Knowledge {i}"} for i in kids],
        "skills": [{"skillId": i, "detail": f"Skill {i}"} for i in sids],
        "behaviours": [{"behaviourId": i, "detail": f"Behaviour {i}"} for i in bids],
        "duties": [
            {
                "dutyId": f"{reference}-d1",
                "dutyDetail": "Do the first thing",
                "mappedKnowledge": kids[:2],
                "mappedSkills": sids[:1],
                "mappedBehaviour": bids,
            },
            {
                "dutyId": f"{reference}-d2",
                "dutyDetail": "Do the second thing",
                "mappedKnowledge": [kids[-1]],
                "mappedSkills": None,
                "mappedBehaviour": [],
            },
        ],
    }


def write(tmp_path, data, name="std.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def counts(db):
    return db.scalar(select(func.count()).select_from(Standard)), db.scalar(
        select(func.count()).select_from(Ksb)
    )


def test_import_one_object(vault, tmp_path):
    with vault.transaction() as db:
        results = import_file(db, write(tmp_path, standard()))
    assert [(r.reference, r.version, r.created) for r in results] == [("ST9999", "1.2", True)]
    with vault.session() as db:
        found = {s.reference: s for s in list_standards(db)}["ST9999"]
        codes = db.scalars(
            select(Ksb.code).where(Ksb.standard_id == found.id).order_by(Ksb.position)
        ).all()
    assert (found.knowledge, found.skills, found.behaviours, found.duties) == (3, 2, 1, 2)
    assert codes == ["K1", "K2", "K3", "S1", "S2", "B1"]


def test_import_a_list_of_versions_and_standards(vault, tmp_path):
    data = [standard(version="1.0"), standard(version="1.1", k=4), standard("ST8888", "1.0")]
    with vault.transaction() as db:
        results = import_file(db, write(tmp_path, data))
    assert [r.describe() for r in results] == [
        "ST9999 v1.0 added",
        "ST9999 v1.1 added",
        "ST8888 v1.0 added",
    ]
    with vault.session() as db:
        found = {(s.reference, s.version): s for s in list_standards(db)}
    assert found[("ST9999", "1.1")].knowledge == 4


def test_reimport_updates_instead_of_duplicating(vault, tmp_path):
    with vault.transaction() as db:
        import_file(db, write(tmp_path, standard()))
    with vault.session() as db:
        before = counts(db)
    changed = standard(title="Renamed occupation")
    changed["knowledges"][0]["detail"] = "Reworded knowledge"
    with vault.transaction() as db:
        results = import_file(db, write(tmp_path, changed))
    assert not results[0].created
    with vault.session() as db:
        assert counts(db) == before
        std = db.scalars(select(Standard).where(Standard.reference == "ST9999")).one()
        assert std.title == "Renamed occupation"
        assert std.ksbs[0].code == "K1" and std.ksbs[0].detail == "Reworded knowledge"


def test_import_real_shipped_file_again_is_an_update(vault):
    from mentordesk.standards.shipped import shipped_files

    with vault.transaction() as db:
        results = [r for path in shipped_files() for r in import_file(db, path)]
    assert {r.created for r in results} == {False}


def _broken(mutate):
    data = [standard(), standard("ST8888")]
    mutate(data)
    return data


MALFORMED = [
    (
        "missing reference",
        _broken(lambda d: d[1].pop("referenceNumber")),
        r"\[1\]\.referenceNumber",
    ),
    (
        "empty detail",
        _broken(lambda d: d[0]["skills"][1].update(detail="  ")),
        r"\[0\]\.skills\[1\]\.detail",
    ),
    (
        "number as detail",
        _broken(lambda d: d[0]["knowledges"][2].update(detail=5)),
        r"knowledges\[2\]\.detail: must be text",
    ),
    (
        "unknown mapped id",
        _broken(lambda d: d[1]["duties"][0]["mappedSkills"].append("nope")),
        r"\[1\]\.duties\[0\]\.mappedSkills\[1\]",
    ),
    (
        "skills not a list",
        _broken(lambda d: d[0].update(skills="many")),
        r"\[0\]\.skills: must be a list",
    ),
    (
        "duplicate id",
        _broken(lambda d: d[0]["knowledges"].append(copy.deepcopy(d[0]["knowledges"][0]))),
        r"repeats the id",
    ),
    ("bad level", _broken(lambda d: d[0].update(level="high")), r"\[0\]\.level"),
    (
        "no KSBs",
        _broken(lambda d: d[1].update(knowledges=[], skills=[], behaviours=[], duties=[])),
        r"\[1\]: has no knowledge",
    ),
    ("same version twice", [standard(), standard()], r"appears twice"),
    ("not an object", [standard(), 42], r"\[1\]: must be a standard object"),
    ("empty list", [], r"empty list"),
]


@pytest.mark.parametrize("data, message", [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_files_are_refused_whole(vault, tmp_path, data, message):
    with vault.session() as db:
        before = counts(db)
    path = write(tmp_path, data)
    with pytest.raises(StandardImportError, match=message):
        with vault.transaction() as db:
            import_file(db, path)
    with vault.session() as db:
        assert counts(db) == before


def test_invalid_json_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "referenceNumber": "ST1",\n  "title": oops\n}')
    with pytest.raises(StandardImportError, match=r"line 3, column 12"):
        load_file(path)


def test_not_utf8_and_missing_file(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"title": "\xe9"}')
    with pytest.raises(StandardImportError, match="UTF-8"):
        load_file(path)
    with pytest.raises(StandardImportError, match="cannot be read"):
        load_file(tmp_path / "absent.json")
