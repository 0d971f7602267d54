"""A full disk loses nothing that was saved, and the change that did not fit is not half-saved."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from mentordesk.services import mentees
from mentordesk.vault.check import run_checks
from mentordesk.vault.connection import is_database_error
from mentordesk.vault.models import Mentee


def cap_pages(vault) -> None:
    """Make the vault's disk 'full': no connection may grow the database any more."""
    engine = vault.engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _cap(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_refuses_the_change_and_keeps_everything_saved(vault):
    with vault.transaction() as db:
        kept = mentees.create(db, mentees.MenteeData(full_name="Saved before"))
    anchor_before = (vault.folder / "vault.anchor").read_bytes()
    cap_pages(vault)
    with pytest.raises(Exception) as caught:
        with vault.transaction() as db:
            for n in range(300):
                mentees.create(db, mentees.MenteeData(full_name=f"Big {n}", notes="x" * 4000))
    assert is_database_error(caught.value) and "full" in str(caught.value)
    vault.engine.dispose()
    with vault.session() as db:
        names = set(db.scalars(select(Mentee.full_name)))
    assert "Saved before" in names and not any(n.startswith("Big ") for n in names)
    assert (vault.folder / "vault.anchor").read_bytes() == anchor_before
    assert all(r.ok for r in run_checks(vault)), [r.line() for r in run_checks(vault)]
    with vault.session() as db:
        assert db.get(Mentee, kept) is not None


def test_a_full_disk_when_anchoring_keeps_the_save_and_check_explains(vault, monkeypatch):
    import errno

    from mentordesk.vault import anchor

    def no_space(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(anchor, "write", no_space)
    with vault.transaction() as db:
        saved = mentees.create(db, mentees.MenteeData(full_name="Saved all the same"))
    assert "could not be written" in vault.anchor.problem
    monkeypatch.undo()
    with vault.session() as db:
        assert db.get(Mentee, saved) is not None
    results = {r.name: r for r in run_checks(vault)}
    assert results["audit anchor"].ok and "not yet anchored" in results["audit anchor"].detail
