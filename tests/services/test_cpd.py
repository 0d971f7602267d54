"""The CPD log: checks, saving and undoing, KSB links, evidence files, totals on the edges
of the three-year window, and supervision and reading hours brought in once."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from mentordesk.errors import ValidationError
from mentordesk.services import cpd
from mentordesk.services.cpd import CpdDraft, CpdError, NewFile
from mentordesk.vault.changes import changes_of
from mentordesk.vault.check import run_checks
from mentordesk.vault.enums import CpdKind, ReadingStatus, SupervisionKind
from mentordesk.vault.models import Attachment, Ksb, ReadingEntry, Standard, SupervisionRecord
from tests.conftest import TODAY

MiB = 1024 * 1024


def draft(**changes) -> CpdDraft:
    values = dict(
        occurred_on=date(2026, 5, 3),
        title="Safeguarding refresher (level 2)",
        kind=CpdKind.COURSE.value,
        hours=3.0,
    )
    values.update(changes)
    return CpdDraft(**values)


def ksb_ids(db, *codes: str) -> tuple[int, ...]:
    standard = db.scalar(select(Standard.id).where(Standard.reference == "ST1379"))
    found = {k.code: k.id for k in db.scalars(select(Ksb).where(Ksb.standard_id == standard))}
    return tuple(found[c] for c in codes)


# -- checks ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"title": "  "},
            "title",
            "Give the activity a title (for example “Safeguarding refresher”).",
        ),
        ({"title": "x" * 301}, "title", "The title is 301 characters long; shorten it to 300."),
        ({"kind": ""}, "kind", "Choose what kind of activity this was."),
        ({"hours": -0.5}, "hours", "Hours must be between 0 and 1000; -0.5 was given."),
        ({"hours": 1000.5}, "hours", "Hours must be between 0 and 1000; 1000.5 was given."),
        ({"hours": math.nan}, "hours", "Hours must be between 0 and 1000; nan was given."),
        (
            {"ended_on": date(2026, 5, 2)},
            "ended_on",
            "The end date (2 May 2026) is before the start (3 May 2026); change one of them.",
        ),
    ],
)
def test_check_refuses_with_one_line_naming_the_field(changes, field, message):
    with pytest.raises(ValidationError) as caught:
        cpd.check(draft(**changes))
    assert caught.value.field == field and str(caught.value) == message


def test_check_takes_the_edges_of_what_is_allowed():
    for good in (
        draft(hours=0),
        draft(hours=1000),
        draft(ended_on=date(2026, 5, 3)),
        draft(kind="an older vault's own kind"),
    ):
        cpd.check(good)


# -- saving ---------------------------------------------------------------------------------
def test_create_get_update_and_delete_with_ksbs_and_changes(vault):
    with vault.transaction() as db:
        k14, s13 = ksb_ids(db, "K14", "S13")
        entry = cpd.create(
            db,
            draft(
                ended_on=date(2026, 5, 4),
                participatory=True,
                provider="  Local Safeguarding Partnership ",
                what_i_learned="Spotting the signs",
                impact_on_practice="Asked better questions",
                ksb_ids=(s13, k14),
            ),
        )
        assert changes_of(db).cpd == {entry}
    with vault.session() as db:
        got = cpd.get(db, entry)
    assert got.provider == "Local Safeguarding Partnership" and got.participatory
    assert set(got.ksb_ids) == {k14, s13} and got.ended_on == date(2026, 5, 4)
    rows = cpd.list_entries(vault.connection)
    assert [(r.id, r.ksbs, r.files, r.source, r.participatory) for r in rows] == [
        (entry, "K14, S13", 0, "", True)
    ]

    with vault.transaction() as db:
        assert cpd.update(db, entry, draft(hours=2.5, ksb_ids=(k14,))) == entry
    with vault.session() as db:
        again = cpd.get(db, entry)
    assert again.hours == 2.5 and again.ksb_ids == (k14,) and not again.participatory
    assert again.provider == ""

    with vault.transaction() as db:
        assert cpd.delete(db, entry) == entry
        assert changes_of(db).cpd == {entry}
    with vault.session() as db, pytest.raises(CpdError, match=f"CPD entry {entry} is not"):
        cpd.get(db, entry)
    assert all(r.ok for r in run_checks(vault)), [r.line() for r in run_checks(vault)]


def test_a_bad_draft_saves_nothing(vault):
    with pytest.raises(ValidationError), vault.transaction() as db:
        cpd.create(db, draft(title=""))
    assert cpd.list_entries(vault.connection) == []


def test_ksb_choices_are_the_mentors_standard_and_st1379_by_default(vault):
    from mentordesk.services.profile import get_profile, mentor_standard_id, save_profile

    with vault.transaction() as db:
        choices = cpd.ksb_choices(db)
        st1379 = db.scalar(select(Standard.id).where(Standard.reference == "ST1379"))
        st0148 = db.scalar(select(Standard.id).where(Standard.reference == "ST0148"))
        assert {db.get_one(Ksb, k.id).standard_id for k in choices} == {st1379}
        assert [k.code for k in choices][:2] == ["K1", "K2"] and choices[-1].code.startswith("B")
        k14 = next(k for k in choices if k.code == "K14")
        assert "continuing professional development" in k14.wording.lower()
        profile = get_profile(db)
        assert profile is not None
        profile.standard_id = None
        save_profile(db, profile)
        assert mentor_standard_id(db) == st1379  # none set: ST1379
        profile.standard_id = st0148
        save_profile(db, profile)
        other = cpd.ksb_choices(db, also=(k14.id,))
    assert other[-1].id == k14.id  # a KSB tagged before the standard changed stays offered
    assert {k.code for k in other[:-1]} and k14.id not in {k.id for k in other[:-1]}


# -- evidence files -------------------------------------------------------------------------
def test_evidence_files_come_back_byte_for_byte(vault, tmp_path):
    data = bytes(range(256)) * 4096 + b"\x00tail"  # a megabyte and a bit, every byte value
    with vault.transaction() as db:
        entry = cpd.create(db, draft(), (NewFile("certificate.pdf", data),))
        photo = cpd.add_file(db, entry, "C:\\Users\\me\\board.png", b"\x89PNG fake")
    with vault.session() as db:
        listed = cpd.files(db, entry)
        assert [(f.filename, f.media_type, f.size) for f in listed] == [
            ("certificate.pdf", "application/pdf", len(data)),
            ("board.png", "image/png", 9),
        ]
        assert listed[1].is_image and listed[1].id == photo
        assert cpd.read_file(db, listed[0].id) == data
        import hashlib

        assert listed[0].sha256 == hashlib.sha256(data).hexdigest()
    assert cpd.list_entries(vault.connection)[0].files == 2
    with vault.transaction() as db:
        assert cpd.remove_file(db, photo) == photo
        assert changes_of(db).attachments == {photo}
    with vault.session() as db:
        assert [f.filename for f in cpd.files(db, entry)] == ["certificate.pdf"]
        with pytest.raises(CpdError, match=f"Evidence file {photo} is not in this vault"):
            cpd.read_file(db, photo)
    with vault.transaction() as db:
        cpd.delete(db, entry)
    with vault.session() as db:
        assert db.scalar(select(func.count()).select_from(Attachment)) == 0


def test_a_file_over_the_limit_is_refused_naming_it_and_the_limit(vault, tmp_path):
    big = tmp_path / "conference-recording.mp4"
    with big.open("wb") as fh:
        fh.truncate(25 * MiB)
    with pytest.raises(CpdError) as caught:
        cpd.read_evidence(big)
    assert str(caught.value) == (
        f"{big} is too large to be kept as evidence: the limit is 20 MiB a file."
    )
    with vault.transaction() as db:
        entry = cpd.create(db, draft())
    with pytest.raises(CpdError) as caught, vault.transaction() as db:
        cpd.add_file(db, entry, "recording.mp4", b"\0" * (25 * MiB))
    assert str(caught.value) == (
        "recording.mp4 is too large to be kept as evidence: the limit is 20 MiB a file."
    )
    just = tmp_path / "just.bin"
    just.write_bytes(b"\1" * cpd.LIMIT)
    assert len(cpd.read_evidence(just).data) == cpd.LIMIT  # the limit itself is allowed
    with pytest.raises(CpdError, match="missing.pdf cannot be read"):
        cpd.read_evidence(tmp_path / "missing.pdf")


def test_evidence_never_reaches_the_disk_in_plaintext(vault):
    canary = b"CANARY-cpd-evidence-41c7" * 100
    with vault.transaction() as db:
        cpd.create(db, draft(what_i_learned="CANARY-cpd-text-41c7"), (NewFile("n.txt", canary),))
    vault.connection.execute("PRAGMA wal_checkpoint(FULL)")
    for path in vault.folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"CANARY-cpd" not in content, path


def test_take_and_put_undo_a_delete_and_an_edit(vault):
    with vault.transaction() as db:
        k14 = ksb_ids(db, "K14")
        entry = cpd.create(
            db, draft(ksb_ids=k14), (NewFile("a.txt", b"first"), NewFile("b.txt", b"second"))
        )
        before = cpd.take(db, entry)
        cpd.delete(db, entry)
    with vault.transaction() as db:
        assert cpd.put(db, entry, before) == entry
    with vault.session() as db:
        assert cpd.get(db, entry) == before.draft
        kept = cpd.files(db, entry)
        assert [cpd.read_file(db, f.id) for f in kept] == [b"first", b"second"]
    kept_ids = [f.id for f in kept]
    with vault.transaction() as db:
        cpd.update(db, entry, draft(title="Changed"), add=(NewFile("c.txt", b"third"),),
                   remove=(kept_ids[1],))  # fmt: skip
    with vault.transaction() as db:
        cpd.put(db, entry, before)
    with vault.session() as db:
        assert cpd.get(db, entry) == before.draft
        now = cpd.files(db, entry)
    assert [f.filename for f in now] == ["a.txt", "b.txt"]
    assert now[0].id == kept_ids[0]  # the file that stayed was not written again
    checks = run_checks(vault)  # the audit log holds every file added and removed
    assert all(r.ok for r in checks), [r.line() for r in checks]


# -- totals ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("today", "first"),
    [
        (date(2026, 11, 23), date(2023, 11, 24)),
        (date(2028, 2, 29), date(2025, 3, 1)),  # 29 February 2025 there is not
        (date(2027, 2, 28), date(2024, 2, 29)),  # the leap day is the first day in
        (date(2027, 3, 1), date(2024, 3, 2)),
        (date(2026, 1, 1), date(2023, 1, 2)),
    ],
)
def test_the_three_years_ending_today(today, first):
    assert cpd.three_years_to(today) == (first, today)


@pytest.mark.dates
def test_window_totals_count_the_first_and_last_days_and_nothing_outside(vault):
    today = date(2028, 2, 29)
    first, last = cpd.three_years_to(today)
    assert first == date(2025, 3, 1)
    with vault.transaction() as db:
        for day, hours, together in [
            (first - timedelta(days=1), 100.0, True),  # 28 February 2025: out
            (first, 10.0, True),  # the first day: in
            (date(2026, 6, 1), 5.5, False),
            (today, 20.0, True),  # the last day: in
            (today + timedelta(days=1), 100.0, True),  # tomorrow: out
        ]:
            cpd.create(db, draft(occurred_on=day, hours=hours, participatory=together))
        # Started before the window, ended inside it: counts on its start, so out.
        cpd.create(db, draft(occurred_on=first - timedelta(days=2), ended_on=first, hours=50))
    w = cpd.window(vault.connection, today)
    assert (w.start, w.end) == (first, today)
    assert (w.totals.hours, w.totals.participatory, w.totals.entries) == (35.5, 30.0, 3)
    assert w.hours_to_go == 0 and w.participatory_to_go == 0 and w.met
    short = cpd.window(vault.connection, today - timedelta(days=1))
    assert (short.totals.hours, short.hours_to_go, short.participatory_to_go) == (15.5, 19.5, 10)
    assert not short.met


def test_totals_per_calendar_year_and_this_year(vault):
    with vault.transaction() as db:
        for day, hours, together in [
            (date(2025, 12, 31), 1.25, True),
            (date(2026, 1, 1), 2.0, False),
            (date(2026, 12, 31), 0.5, True),
            (date(2027, 1, 1), 4.0, True),
        ]:
            cpd.create(db, draft(occurred_on=day, hours=hours, participatory=together))
    years = cpd.hours_by_year(vault.connection)
    assert [(y.year, y.totals.hours, y.totals.participatory, y.totals.entries) for y in years] == [
        (2025, 1.25, 1.25, 1),
        (2026, 2.5, 0.5, 2),
        (2027, 4.0, 4.0, 1),
    ]
    part = cpd.hours_by_year(vault.connection, date(2026, 6, 1), date(2027, 6, 30))
    assert [(y.year, y.start, y.end, y.totals.hours) for y in part] == [
        (2026, date(2026, 6, 1), date(2026, 12, 31), 0.5),
        (2027, date(2027, 1, 1), date(2027, 6, 30), 4.0),
    ]
    assert not part[0].whole and years[0].whole
    shown = cpd.totals(vault.connection, date(2026, 11, 23))
    assert (shown.year.year, shown.year.totals.hours, shown.year.totals.participatory) == (
        2026,
        2.5,
        0.5,
    )
    assert shown.window.totals.hours == 3.25  # the entries after today are not counted yet


# -- supervision and reading ----------------------------------------------------------------
def test_supervision_and_reading_hours_come_in_once(vault):
    with vault.transaction() as db:
        db.add_all(
            [
                SupervisionRecord(
                    held_on=date(2026, 10, 1),
                    supervisor="Dr Helen Marsh",
                    duration_minutes=90,
                    kind=SupervisionKind.ONE_TO_ONE,
                    discussed="CANARY private discussion",
                ),
                SupervisionRecord(
                    held_on=date(2026, 9, 1), supervisor="Gareth Pryce", duration_minutes=None
                ),  # fmt: skip
                ReadingEntry(
                    title="Developmental mentoring",
                    source="Clutterbuck",
                    status=ReadingStatus.READ,
                    read_on=date(2026, 8, 2),
                    hours=2.0,
                    changed_practice="Fewer questions, more listening",
                ),  # fmt: skip
                ReadingEntry(title="Undated", status=ReadingStatus.READ, hours=1.5),
                ReadingEntry(title="Reading now", status=ReadingStatus.READING, hours=1.0),
                ReadingEntry(title="No hours", status=ReadingStatus.READ, read_on=TODAY),
            ]
        )
    with vault.session() as db:
        assert cpd.importable(db) == 3
    with vault.transaction() as db:
        assert cpd.import_hours(db, TODAY) == 3
    with vault.session() as db:
        assert cpd.importable(db) == 0
    with vault.transaction() as db:
        assert cpd.import_hours(db, TODAY) == 0  # run again: nothing added
    rows = {r.title: r for r in cpd.list_entries(vault.connection)}
    assert set(rows) == {
        "Supervision with Dr Helen Marsh (one-to-one)",
        "Reading: Developmental mentoring",
        "Reading: Undated",
    }
    supervision = rows["Supervision with Dr Helen Marsh (one-to-one)"]
    assert (supervision.hours, supervision.participatory, supervision.provider) == (
        1.5,
        True,
        "Dr Helen Marsh",
    )
    assert supervision.kind == CpdKind.SUPERVISION.value and supervision.source == "supervision"
    assert supervision.ksbs == "K15, S13" and supervision.occurred_on == date(2026, 10, 1)
    reading = rows["Reading: Developmental mentoring"]
    assert (reading.hours, reading.participatory, reading.kind, reading.ksbs) == (
        2.0,
        False,
        "reading",
        "K16, S14",
    )
    assert rows["Reading: Undated"].occurred_on == TODAY
    with vault.session() as db:
        assert cpd.get(db, reading.id).impact_on_practice == "Fewer questions, more listening"
        assert "CANARY" not in repr(cpd.get(db, supervision.id))
    with vault.transaction() as db:  # a new supervision record is offered, alone
        db.add(SupervisionRecord(held_on=TODAY, supervisor="Gareth Pryce", duration_minutes=45))
    with vault.session() as db:
        assert cpd.importable(db) == 1
