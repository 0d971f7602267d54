"""The two shipped standards: counts, wording and the exact duty->KSB mapping."""

from sqlalchemy import select

from mentordesk.services.standards import list_standards
from mentordesk.standards.shipped import load_shipped
from mentordesk.standards.store import duty_ksb_codes
from mentordesk.vault.models import Ksb, ReadingItem, Standard

# Transcribed from the ST1379 v1.0 occupational standard (seed 001).
ST1379_DUTIES = {
    "D1": "K1 K2 K3 K4 K5 K16 S2 S3 S4 S5 B1 B2 B3 B4",
    "D2": "K1 K2 K4 K5 K6 K7 K16 S2 S4 S5 S6 S7 B1 B2 B3 B4",
    "D3": "K1 K3 K7 K8 K9 K16 S1 S3 S4 S7 S9 S10 B1 B2 B3 B4",
    "D4": "K1 K8 K10 B1 B2 B3 B4",
    "D5": "K1 K9 K11 B1 B2 B3 B4",
    "D6": "K1 K3 K9 K12 K16 S9 S10 S12 B1 B2 B3 B4",
    "D7": "K1 K3 K12 K15 B1 B2 B3 B5",
    "D8": "K1 K13 B1 B2 B3 B5",
    "D9": "K1 K5 K14 S1 S5 S14 B1 B2 B3 B5",
}


def _by_reference(db):
    return {s.reference: s for s in list_standards(db)}


def test_shipped_counts(vault):
    with vault.session() as db:
        found = _by_reference(db)
    assert (
        found["ST1379"].knowledge,
        found["ST1379"].skills,
        found["ST1379"].behaviours,
        found["ST1379"].duties,
    ) == (16, 14, 5, 9)
    assert (found["ST0148"].knowledge, found["ST0148"].skills, found["ST0148"].behaviours) == (
        11,
        11,
        5,
    )
    assert found["ST1379"].level == 4 and found["ST0148"].level == 3


def test_st1379_duty_mapping_is_exact(vault):
    with vault.session() as db:
        sid = _by_reference(db)["ST1379"].id
        mapping = duty_ksb_codes(db, sid)
    assert {duty: " ".join(codes) for duty, codes in mapping.items()} == ST1379_DUTIES


def test_ksb_wording_matches_the_standards(vault):
    with vault.session() as db:
        rows = {
            f"{ref}/{code}": detail
            for ref, code, detail in db.execute(
                select(Standard.reference, Ksb.code, Ksb.detail).join(Ksb.standard)
            )
        }
    assert rows["ST1379/K2"] == "How to establish and manage a mentoring contract"
    assert rows["ST1379/S14"] == "Apply evidence based mentoring practice informed by own research"
    assert rows["ST1379/B5"] == (
        "Committed to improving their own professional practice in relation to mentoring"
    )
    assert (
        rows["ST0148/S9"] == "Be vigilant in safeguarding learners and others in contact with them"
    )
    assert (
        rows["ST0148/K11"] == "Quality assurance requirements relating to the mentoring environment"
    )
    assert rows["ST0148/B3"].startswith("Value equality and diversity")


def test_shipped_files_parse_with_guid_ids():
    parsed = {s.reference: s for s in load_shipped()}
    ids = [k.source_id for k in parsed["ST1379"].ksbs]
    assert len(set(ids)) == 35 and all(len(i) == 36 and i.count("-") == 4 for i in ids)


def test_reading_list_is_grouped_by_duty(vault):
    with vault.session() as db:
        items = db.scalars(
            select(ReadingItem).join(ReadingItem.standard).where(Standard.reference == "ST1379")
        ).all()
        by_duty: dict[str, list[str]] = {}
        for item in items:
            by_duty.setdefault(item.duty.code, []).append(item.title)
    assert set(by_duty) == {f"D{n}" for n in range(1, 10)}
    assert "What is Reflective Practice? – CIPD" in by_duty["D7"]
    assert "Curriculum Design Resource" in by_duty["D3"]
    assert all("Society for Education and Training" in titles for titles in by_duty.values())
