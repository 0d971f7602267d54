"""A final reflection's links change only by amending it: unlinking or deleting what it
links to from the other side is refused; a CPD entry deleted and put back (undo) keeps
where it came from and its reflections."""

from datetime import timedelta

import pytest

from mentordesk.services import cpd, reflections, supervision
from mentordesk.services.reflections import ReflectionDraft, ReflectionLocked
from tests.conftest import NOW, TODAY

HELD = TODAY - timedelta(days=7)


def _supervision(db) -> int:
    draft = supervision.SupervisionDraft(HELD, "Dr Helen Marsh", duration_minutes=60)
    return supervision.create(db, draft, today=TODAY, now=NOW)


def _reflection(db, *, final: bool, **links) -> int:
    draft = ReflectionDraft(
        "Boundaries", HELD, "driscoll", {"what": "Out-of-hours messages."}, **links
    )
    rid = reflections.save_draft(db, draft, today=TODAY)
    if final:
        reflections.finalise(db, rid, draft, now=NOW)
    return rid


def test_a_supervision_linked_to_a_final_reflection_keeps_the_link(vault):
    with vault.transaction() as db:
        sid = _supervision(db)
        rid = _reflection(db, final=True, supervision_ids=[sid])
        draft = supervision.get(db, sid)
        draft.reflection_ids = []
        with pytest.raises(ReflectionLocked, match="“Boundaries”.*amending"):
            supervision.update(db, sid, draft, today=TODAY, now=NOW)
        with pytest.raises(ReflectionLocked, match="Boundaries"):
            supervision.delete(db, sid)
        assert reflections.get(db, rid).draft.supervision_ids == [sid]


def test_a_draft_reflection_is_unlinked_from_the_other_side_freely(vault):
    with vault.transaction() as db:
        sid = _supervision(db)
        rid = _reflection(db, final=False, supervision_ids=[sid])
        supervision.delete(db, sid)
        assert reflections.get(db, rid).draft.supervision_ids == []


def test_a_cpd_entry_of_a_final_reflection_is_kept(vault):
    with vault.transaction() as db:
        entry = cpd.create(db, cpd.CpdDraft(HELD, "Webinar", "webinar", 1.5))
        _reflection(db, final=True, cpd_ids=[entry])
        with pytest.raises(ReflectionLocked, match="Boundaries"):
            cpd.delete(db, entry)


def test_a_cpd_entry_put_back_keeps_its_source_and_its_reflections(vault):
    with vault.transaction() as db:
        _supervision(db)
        (entry,) = cpd.import_entries(db, TODAY)
        rid = _reflection(db, final=False, cpd_ids=[entry])
        saved = cpd.take(db, entry)
        cpd.delete(db, entry)
        assert cpd.importable(db) == 1  # its supervision is waiting again while it is gone
        cpd.put(db, entry, saved)
        assert cpd.importable(db) == 0  # back, with its source: nothing to bring in twice
        assert reflections.get(db, rid).draft.cpd_ids == [entry]
