"""Automatic backups: names, once a day, which to keep, and failures that delete nothing."""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from mentordesk.backup import vault_backup
from mentordesk.backup.schedule import (
    is_due,
    name_for,
    parse,
    plan_pruning,
    recipient_lines,
    run_automatic,
)
from mentordesk.backup.vault_backup import BackupInfo
from mentordesk.errors import BackupError, ValidationError
from tests.conftest import NOW, PASSPHRASE

VID = "1a2b3c4d-0000-4000-8000-000000000001"
OTHER = "9f8e7d6c-0000-4000-8000-000000000002"


def at(day: str, hour: int = 10, minute: int = 0, second: int = 0) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(hour, minute, second)).astimezone()


def auto(day: str, vault_id: str = VID) -> str:
    return f"MentorDesk {vault_id[:8]} {day}.age"


# -- names and due ---------------------------------------------------------------------------
def test_names_tell_vaults_and_days_apart_and_add_a_time_only_when_needed():
    first = name_for(VID, at("2026-11-24", 14, 2, 5))
    assert first == "MentorDesk 1a2b3c4d 2026-11-24.age"
    assert name_for(OTHER, at("2026-11-24")) == "MentorDesk 9f8e7d6c 2026-11-24.age"
    second = name_for(VID, at("2026-11-24", 14, 2, 5), {first})
    assert second == "MentorDesk 1a2b3c4d 2026-11-24 1402.age"
    third = name_for(VID, at("2026-11-24", 14, 2, 5), {first, second})
    assert third == "MentorDesk 1a2b3c4d 2026-11-24 140205.age"
    fourth = name_for(VID, at("2026-11-24", 14, 2, 5), {first, second, third})
    assert fourth == "MentorDesk 1a2b3c4d 2026-11-24 140205 (2).age"
    parsed = [parse(n, VID) for n in (first, second, third, fourth)]
    assert all(p is not None for p in parsed)
    assert sorted(parsed) == parsed  # the day's first, then later ones, in order


@pytest.mark.parametrize(
    "name",
    [
        "MentorDesk backup 2026-11-24 1402.age",  # a manual backup
        "MentorDesk 9f8e7d6c 2026-11-24.age",  # another vault's
        "MentorDesk 1a2b3c4d 2026-13-40.age",  # not a day
        "MentorDesk 1a2b3c4d 2026-11-24.age.partial",
        ".MentorDesk 1a2b3c4d 2026-11-24.age.0123456789ab.snapshot",
        "MentorDesk 1a2b3c4d 2026-11-24.txt",
        "notes.txt",
    ],
)
def test_only_this_vaults_automatic_backups_are_recognised(name):
    assert parse(name, VID) is None


def test_due_at_most_once_per_calendar_day():
    assert is_due(None, at("2026-11-24"))
    assert not is_due(at("2026-11-24", 0, 5), at("2026-11-24", 23, 55))
    assert is_due(at("2026-11-23", 23, 59), at("2026-11-24", 0, 1))
    assert is_due(at("2026-11-25"), at("2026-11-24"))  # a clock that was wrong once


# -- pruning --------------------------------------------------------------------------------
def _simulate(first: str, last: str, keep_daily: int = 7, keep_weekly: int = 4) -> list[set]:
    """One backup a day from ``first`` to ``last``, pruned after each; the kept set by day."""
    present: set[str] = set()
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    history = []
    while day <= end:
        new = auto(day.isoformat())
        present.add(new)
        gone = plan_pruning(present, VID, day, keep_daily, keep_weekly, keep={new})
        assert new not in gone
        present -= set(gone)
        assert len(present) <= keep_daily + keep_weekly
        history.append((day, set(present)))
        day += timedelta(days=1)
    return history


def test_a_year_of_daily_runs_keeps_seven_days_and_four_sundays():
    history = dict(_simulate("2026-11-24", "2027-11-23"))
    # Across the new year (2026 has an ISO week 53: Mon 28 Dec - Sun 3 Jan).
    assert history[date(2027, 1, 5)] == {
        auto(d)
        for d in (
            "2026-12-06",
            "2026-12-13",
            "2026-12-20",
            "2026-12-27",
            "2026-12-30",
            "2026-12-31",
            "2027-01-01",
            "2027-01-02",
            "2027-01-03",
            "2027-01-04",
            "2027-01-05",
        )
    }
    assert history[date(2027, 11, 23)] == {
        auto(d)
        for d in (
            "2027-10-24",
            "2027-10-31",
            "2027-11-07",
            "2027-11-14",
            "2027-11-17",
            "2027-11-18",
            "2027-11-19",
            "2027-11-20",
            "2027-11-21",
            "2027-11-22",
            "2027-11-23",
        )
    }


def test_the_preference_changes_how_many_are_kept():
    history = _simulate("2027-01-01", "2027-03-31", keep_daily=3, keep_weekly=2)
    assert history[-1][1] == {
        auto(d) for d in ("2027-03-21", "2027-03-28", "2027-03-29", "2027-03-30", "2027-03-31")
    }


def test_days_without_a_backup_do_not_use_up_the_seven():
    days = ["2026-09-01", "2026-10-02", "2026-10-20", "2026-11-02", "2026-11-03", "2026-11-05"]
    days += ["2026-11-09", "2026-11-10", "2026-11-12", "2026-11-20"]
    names = [auto(d) for d in days]
    gone = plan_pruning(names, VID, date(2026, 11, 24))
    # The 7 newest days with one, then the newest of each of the 4 weeks before 2 Nov's.
    assert gone == []
    more = [*names, auto("2026-09-02"), auto("2026-08-01"), auto("2026-07-01")]
    gone = plan_pruning(more, VID, date(2026, 11, 24))
    assert gone == [auto("2026-07-01"), auto("2026-09-01")]


def test_the_newest_of_a_day_is_kept_and_nothing_else_is_touched():
    names = [
        auto("2026-11-20"),
        "MentorDesk 1a2b3c4d 2026-11-20 1402.age",
        "MentorDesk 1a2b3c4d 2026-11-20 0900.age",
        "MentorDesk backup 2026-01-01 1000.age",
        auto("2020-01-01", OTHER),
        "holiday photo.jpg",
        auto("2027-01-01"),  # after today: a clock once wrong; neither counted nor removed
    ]
    gone = plan_pruning(names, VID, date(2026, 11, 24))
    assert gone == [auto("2026-11-20"), "MentorDesk 1a2b3c4d 2026-11-20 0900.age"]
    assert plan_pruning(names, VID, date(2026, 11, 24), keep={auto("2026-11-20")}) == [
        "MentorDesk 1a2b3c4d 2026-11-20 0900.age"
    ]


# -- extra recipients -----------------------------------------------------------------------
def test_extra_recipients_are_public_keys_one_a_line():
    import pyrage

    one = str(pyrage.x25519.Identity.generate().to_public())
    two = str(pyrage.x25519.Identity.generate().to_public())
    assert recipient_lines(f"\n{one}\n  # IT department\n{two}  \n{one}\n") == (one, two)
    with pytest.raises(ValidationError, match=r"Line 2 of the extra recipients, “age1nope”"):
        recipient_lines(f"{one}\nage1nope\n")
    secret = str(pyrage.x25519.Identity.generate())
    with pytest.raises(ValidationError, match="Line 1 .* is a secret key"):
        recipient_lines(secret)


# -- runs on a real folder ------------------------------------------------------------------
def _fake_writer(made: list[Path]):
    def write(vault, out, *, now, extra_recipients=(), progress=None):
        out.write_bytes(b"new backup")
        made.append(out)
        return BackupInfo(out, len(b"new backup"), None, now)

    return write


def test_a_year_of_automatic_runs_in_one_folder(tmp_path):
    vault = SimpleNamespace(keyfile=SimpleNamespace(vault_id=VID))
    mine = tmp_path / "notes.txt"
    mine.write_text("the mentor's own file")
    made: list[Path] = []
    day = date(2026, 11, 24)
    while day <= date(2027, 11, 23):
        result = run_automatic(vault, tmp_path, now=at(day.isoformat()), writer=_fake_writer(made))
        assert result.path.name == auto(day.isoformat()) and result.path.exists()
        day += timedelta(days=1)
    assert len(made) == 365
    kept = {p.name for p in tmp_path.iterdir()}
    assert kept == {"notes.txt"} | {
        auto(d)
        for d in ("2027-10-24", "2027-10-31", "2027-11-07", "2027-11-14")
        + tuple(f"2027-11-{n}" for n in range(17, 24))
    }


def test_automatic_backup_writes_a_private_file_and_prunes_only_older_ones(vault, tmp_path):
    vault_id = vault.keyfile.vault_id
    folder = tmp_path / "usb"
    folder.mkdir()
    today = NOW.date()
    old = [auto((today - timedelta(days=n)).isoformat(), vault_id) for n in (1, 2, 30, 60)]
    untouched = {
        "MentorDesk backup 2026-01-01 1000.age": b"a manual backup",
        auto("2020-01-01", OTHER): b"another vault's backup",
        "notes.txt": b"the mentor's own notes",
    }
    for name in old:
        (folder / name).write_bytes(b"an older backup")
    for name, data in untouched.items():
        (folder / name).write_bytes(data)
    result = run_automatic(vault, folder, now=NOW, keep_daily=2, keep_weekly=0)
    made = folder / name_for(vault_id, NOW)
    assert result.path == made and made.stat().st_mode & 0o777 == 0o600
    assert made.stat().st_size == result.info.size > 1000
    assert {p.name for p in result.removed} == set(old[1:])
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, old[0], *untouched])
    for name, data in untouched.items():
        assert (folder / name).read_bytes() == data


def test_a_missing_folder_is_told_and_nothing_is_made(vault, tmp_path):
    gone = tmp_path / "unplugged stick"
    with pytest.raises(BackupError, match="the folder .*unplugged stick is not there") as err:
        run_automatic(vault, gone, now=NOW)
    assert "Older backups were kept" in str(err.value) and "\n" not in str(err.value)
    assert not gone.exists()


def _older_set(vault, folder: Path) -> dict[str, bytes]:
    folder.mkdir(exist_ok=True)
    older = {
        auto((NOW.date() - timedelta(days=n)).isoformat(), vault.keyfile.vault_id): b"old %d" % n
        for n in range(1, 40)
    }
    for name, data in older.items():
        (folder / name).write_bytes(data)
    (folder / "notes.txt").write_bytes(b"mine")
    return {**older, "notes.txt": b"mine"}


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_full_disk_is_told_and_deletes_nothing(vault, tmp_path, monkeypatch):
    folder = tmp_path / "full"
    before = _older_set(vault, folder)
    real_write = vault_backup._Writer.write

    def full(self, data):
        if self.size > 1000:
            self.error = OSError(errno.ENOSPC, "No space left on device")
            raise self.error
        return real_write(self, data)

    monkeypatch.setattr(vault_backup._Writer, "write", full)
    with pytest.raises(BackupError) as err:
        run_automatic(vault, folder, now=NOW, keep_daily=1, keep_weekly=0)
    assert str(err.value).startswith(f"The automatic backup to {folder} failed: the disk is full.")
    assert "Older backups were kept" in str(err.value)
    assert _contents(folder) == before  # nothing deleted, no partial file left


def test_a_full_disk_while_taking_the_snapshot_is_told_too(vault, tmp_path, monkeypatch):
    import sqlcipher3.dbapi2 as sqlcipher

    folder = tmp_path / "full"
    before = _older_set(vault, folder)

    def full(_vault, target):
        target.write_bytes(b"part of a copy")
        raise sqlcipher.OperationalError("database or disk is full")

    @contextmanager
    def busy_log(_vault):
        yield None  # the log could not be emptied: the database is copied instead

    monkeypatch.setattr(vault_backup, "_held_still", busy_log)
    monkeypatch.setattr(vault_backup, "_copy", full)
    with pytest.raises(BackupError, match="failed: the disk is full"):
        run_automatic(vault, folder, now=NOW, keep_daily=1, keep_weekly=0)
    assert _contents(folder) == before


def test_a_read_only_folder_is_told_and_deletes_nothing(vault, tmp_path, monkeypatch):
    folder = tmp_path / "read-only"
    before = _older_set(vault, folder)
    os.chmod(folder, 0o555)
    if os.geteuid() == 0:  # root writes anywhere: refuse as the file system would
        real_open = os.open

        def refuse(path, *args, **kwargs):
            if Path(path).parent == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(vault_backup.os, "open", refuse)
    try:
        with pytest.raises(BackupError) as err:
            run_automatic(vault, folder, now=NOW, keep_daily=1, keep_weekly=0)
    finally:
        os.chmod(folder, 0o755)
    assert f"to {folder} failed: MentorDesk may not write there" in str(err.value)
    assert _contents(folder) == before


def test_a_backup_that_is_not_whole_prunes_nothing(tmp_path):
    vault = SimpleNamespace(keyfile=SimpleNamespace(vault_id=VID))
    older = {auto(f"2026-10-{n:02d}"): b"old" for n in range(1, 29)}
    for name, data in older.items():
        (tmp_path / name).write_bytes(data)

    def short(vault, out, *, now, extra_recipients=(), progress=None):
        out.write_bytes(b"cut")
        return BackupInfo(out, 999, None, now)

    with pytest.raises(BackupError, match="is not whole"):
        run_automatic(vault, tmp_path, now=at("2026-11-24"), writer=short)
    assert all((tmp_path / name).exists() for name in older)


def test_two_vaults_in_one_folder_do_not_prune_each_other(vault, tmp_path):
    from mentordesk.services.profile import ProfileData
    from mentordesk.services.vaults import create_vault

    other, _code = create_vault(tmp_path / "second", PASSPHRASE, ProfileData("Second Mentor"))
    folder = tmp_path / "shared"
    folder.mkdir()
    start = at("2026-11-23")  # a Monday; the runs end on Saturday 12 December
    try:
        for n in range(20):
            moment = start + timedelta(days=n)
            run_automatic(vault, folder, now=moment, keep_daily=3, keep_weekly=0)
            run_automatic(other, folder, now=moment + timedelta(minutes=5), keep_daily=7)
    finally:
        other.close()
    present = {p.name for p in folder.iterdir()}
    mine = {auto(f"2026-12-{d}", vault.keyfile.vault_id) for d in (10, 11, 12)}
    theirs = {auto(d, other.keyfile.vault_id) for d in ["2026-11-29"]}
    theirs |= {auto(f"2026-12-{d:02d}", other.keyfile.vault_id) for d in range(6, 13)}
    assert present == mine | theirs


def test_leftovers_of_a_killed_run_are_removed_after_an_hour(tmp_path):
    vault = SimpleNamespace(keyfile=SimpleNamespace(vault_id=VID))
    base = ".MentorDesk 1a2b3c4d 2026-11-23.age.0123456789ab"
    stale = [f"{base}.partial", f"{base}.snapshot", f"{base}.snapshot-wal"]
    fresh = [".MentorDesk 1a2b3c4d 2026-11-24.age.abcdefabcdef.partial"]
    others = [".MentorDesk 9f8e7d6c 2026-11-23.age.0123456789ab.partial", ".hidden-notes"]
    now = at("2026-11-24", 10)
    for name in stale + others:
        (tmp_path / name).write_bytes(b"x")
        stamp = (now - timedelta(hours=5)).timestamp()
        os.utime(tmp_path / name, (stamp, stamp))
    for name in fresh:
        (tmp_path / name).write_bytes(b"x")
        stamp = (now - timedelta(minutes=10)).timestamp()
        os.utime(tmp_path / name, (stamp, stamp))
    result = run_automatic(vault, tmp_path, now=now, writer=_fake_writer([]))
    assert sorted(p.name for p in result.leftovers) == sorted(stale)
    assert {p.name for p in tmp_path.iterdir()} == {*fresh, *others, auto("2026-11-24")}


def test_a_writer_fault_is_not_dressed_up_as_a_folder_problem(tmp_path):
    vault = SimpleNamespace(keyfile=SimpleNamespace(vault_id=VID))

    def broken(*_a, **_k):
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        run_automatic(vault, tmp_path, now=at("2026-11-24"), writer=broken)
    assert list(tmp_path.iterdir()) == []
