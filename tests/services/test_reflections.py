"""Reflections: drafts saved as typed, the final mark and what blocks it (a person named),
amendments, the list, KSB tags as the mentor's own evidence, a draft from a session, and
the reflective accounts PDF."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from mentordesk.errors import ValidationError
from mentordesk.services import mentees, reflections, sessions
from mentordesk.services.reflections import NamesPeople, ReflectionDraft, ReflectionLocked
from mentordesk.services.sessions import ActionDraft, SessionPlan, SessionRecord
from mentordesk.vault.models import CpdEntry, Ksb
from tests.conftest import NOW, TODAY
from tests.contract_data import st1379


def ksb(db, code: str) -> int:
    return db.scalar(select(Ksb.id).where(Ksb.standard_id == st1379(db), Ksb.code == code))


def gibbs(**texts) -> ReflectionDraft:
    return ReflectionDraft(
        title="A session where I talked too much",
        occurred_on=TODAY - timedelta(days=2),
        model="gibbs",
        texts=texts or {"description": "I explained the plan for most of the hour."},
    )


def saved(vault, draft: ReflectionDraft) -> int:
    with vault.transaction() as db:
        return reflections.save_draft(db, draft, today=TODAY)


def test_a_draft_is_created_then_saved_again_with_every_word(vault):
    rid = saved(vault, gibbs())
    draft = gibbs(description="I explained the plan.", feelings="Uneasy afterwards.")
    with vault.transaction() as db:
        assert reflections.save_draft(db, draft, rid, today=TODAY) == rid
    with vault.session() as db:
        opened = reflections.get(db, rid)
    assert opened.draft.texts == {
        "description": "I explained the plan.",
        "feelings": "Uneasy afterwards.",
    }
    assert not opened.is_final and opened.draft.words() == 6  # the title is not counted


def test_final_needs_a_title_a_date_and_words(vault):
    rid = saved(vault, ReflectionDraft(model="gibbs"))
    for draft, field in [
        (ReflectionDraft(model="gibbs", texts={"feelings": "x"}), "title"),
        (ReflectionDraft(title="T", model="gibbs", texts={"feelings": "x"}), "occurred_on"),
        (ReflectionDraft(title="T", occurred_on=TODAY, model="gibbs"), "texts"),
    ]:
        with vault.transaction() as db, pytest.raises(ValidationError) as caught:
            reflections.finalise(db, rid, draft, now=NOW)
        assert caught.value.field == field


def test_a_final_reflection_is_locked_and_changes_only_by_amendment(vault):
    rid = saved(vault, gibbs())
    with vault.transaction() as db:
        reflections.finalise(db, rid, gibbs(), now=NOW)
    with vault.transaction() as db, pytest.raises(ReflectionLocked, match="amend"):
        reflections.save_draft(db, gibbs(description="Rewritten"), rid, today=TODAY)
    with vault.transaction() as db, pytest.raises(ValidationError, match="reason"):
        reflections.amend(db, rid, gibbs(description="Rewritten"), " ", now=NOW)
    with vault.transaction() as db, pytest.raises(ValidationError, match="Nothing has changed"):
        reflections.amend(db, rid, gibbs(), "No change", now=NOW)
    later = NOW + timedelta(days=1)
    with vault.transaction() as db:
        changes = reflections.amend(
            db, rid, gibbs(description="I explained it all."), "Said it better", now=later
        )
    assert changes == {
        "stage:description": {
            "from": "I explained the plan for most of the hour.",
            "to": "I explained it all.",
        }
    }
    with vault.session() as db:
        opened = reflections.get(db, rid)
    assert opened.is_final and opened.draft.texts["description"] == "I explained it all."
    assert [(a.reason, a.made_at) for a in opened.amendments] == [("Said it better", later)]
    with vault.transaction() as db, pytest.raises(ReflectionLocked, match="kept"):
        reflections.delete(db, rid)


def test_a_mentees_name_blocks_the_final_mark_until_changed_or_accepted(vault):
    with vault.transaction() as db:
        mentees.create(db, mentees.MenteeData("Violet Evans"))
    draft = gibbs(description="Violet Evans arrived late and I talked too much.")
    rid = saved(vault, draft)
    with vault.transaction() as db, pytest.raises(NamesPeople) as caught:
        reflections.finalise(db, rid, draft, now=NOW)
    assert [f.text for f in caught.value.findings] == ["Violet Evans"]
    assert "Violet Evans" in str(caught.value) and "accept" in str(caught.value)
    draft.accepted = ["Violet Evans"]
    with vault.transaction() as db:
        reflections.finalise(db, rid, draft, now=NOW)
    with vault.session() as db:
        assert reflections.get(db, rid).draft.accepted == ["Violet Evans"]


def test_the_list_shows_newest_first_with_status_and_ksbs(vault):
    older = gibbs()
    older.occurred_on = TODAY - timedelta(days=30)
    first = saved(vault, older)
    newer = gibbs()
    with vault.session() as db:
        newer.ksb_ids = [ksb(db, "S13"), ksb(db, "K12")]
    second = saved(vault, newer)
    with vault.transaction() as db:
        reflections.finalise(db, second, newer, now=NOW)
        rows = reflections.rows(db)
    assert [(r.id, r.final, r.ksbs, r.model) for r in rows] == [
        (second, True, "K12, S13", "Gibbs' reflective cycle"),
        (first, False, "", "Gibbs' reflective cycle"),
    ]


def test_ksb_tags_of_final_reflections_and_cpd_are_the_mentors_evidence(vault):
    with vault.session() as db:
        k12 = ksb(db, "K12")
    tagged = gibbs()
    tagged.ksb_ids = [k12]
    final_id = saved(vault, tagged)
    saved(vault, tagged)  # a draft: not evidence yet
    with vault.transaction() as db:
        reflections.finalise(db, final_id, tagged, now=NOW)
        entry = CpdEntry(
            occurred_on=date(2026, 3, 2), title="Coaching webinar", activity_type="webinar"
        )
        entry.ksbs = [db.get(Ksb, k12)]
        db.add(entry)
        db.flush()
        evidence = reflections.own_evidence(db)
    assert [(e.code, e.kind, e.title) for e in evidence] == [
        ("K12", "cpd", "Coaching webinar"),
        ("K12", "reflection", "A session where I talked too much"),
    ]


def test_a_draft_from_a_session_has_its_date_model_and_actions_but_not_the_name(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Tomasz Nowak", preferred_name="Tom"))
        when = datetime(2026, 11, 10, 10, 0).astimezone()
        sid = sessions.plan(db, SessionPlan(mid, when, 45, model="grow"))
        sessions.record(
            db,
            sid,
            SessionRecord(
                model="grow",
                duration_minutes=45,
                notes={"goal": "Portfolio"},
                actions=[ActionDraft("Tom to book the observation with Tomasz's manager")],
            ),
        )
        draft = reflections.from_session(db, sid)
    text = draft.texts["description"]
    assert "10 Nov 2026" in text and "GROW" in text and "45 minutes" in text
    assert "book the observation" in text
    assert "Tom" not in text.replace("the mentee", "") and "Nowak" not in text
    assert draft.session_ids == [sid] and draft.mentee_id == mid and draft.model == "gibbs"


def test_reflective_accounts_pdf_holds_final_ones_and_lists_names_added_later(vault):
    import io

    from pypdf import PdfReader

    kept = gibbs(description="Grace under pressure from Zofia Brenner today.")
    rid = saved(vault, kept)
    saved(vault, gibbs(description="Still a draft, never printed."))
    with vault.transaction() as db:
        reflections.finalise(db, rid, kept, now=NOW)
        mentees.create(db, mentees.MenteeData("Zofia Brenner"))  # named after it was final
    with vault.transaction() as db:
        data, count, warnings = reflections.reflections_pdf(db, None, None, NOW)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert count == 1
    assert "A session where I talked too much" in text and "Grace under pressure" in text
    assert "Still a draft" not in text
    assert "MD-A-0001" in text and f"MD-F-{rid:04d}" in text
    assert [w.reference for w in warnings] == [f"MD-F-{rid:04d}"]
    assert "Zofia Brenner" in str(warnings[0])
    with vault.transaction() as db, pytest.raises(ValidationError, match="ends"):
        reflections.reflections_pdf(db, TODAY, TODAY - timedelta(days=1), NOW)


def test_a_session_draft_keeps_ordinary_words_that_are_also_the_mentees_name(vault):
    with vault.transaction() as db:
        mid = mentees.create(db, mentees.MenteeData("Will Young"))
        when = datetime(2026, 11, 10, 10, 0).astimezone()
        sid = sessions.plan(db, SessionPlan(mid, when, 45))
        sessions.record(
            db,
            sid,
            SessionRecord(
                duration_minutes=45,
                notes={"notes": "x"},
                actions=[ActionDraft("Will to ask if I will check the young people's rota")],
            ),
        )
        text = reflections.from_session(db, sid).texts["description"]
    assert "the mentee to ask if I will check the young people's rota" in text


def test_an_amendment_whose_reason_names_a_mentee_is_refused(vault):
    rid = saved(vault, gibbs())
    with vault.transaction() as db:
        mentees.create(db, mentees.MenteeData("Violet Evans"))
        reflections.finalise(db, rid, gibbs(), now=NOW)
    changed = gibbs(description="I explained it all.")
    with vault.transaction() as db, pytest.raises(NamesPeople, match="Violet Evans"):
        reflections.amend(db, rid, changed, "Violet Evans asked me to", now=NOW)
    with vault.transaction() as db:
        assert reflections.amend(db, rid, changed, "Said it better", now=NOW)


def test_words_under_a_stage_the_model_no_longer_has_are_printed(vault):
    import io

    from pypdf import PdfReader

    draft = gibbs(description="What happened.", retired_stage="Words kept from before.")
    rid = saved(vault, draft)
    with vault.transaction() as db:
        reflections.finalise(db, rid, draft, now=NOW)
        data, _count, _warnings = reflections.reflections_pdf(db, None, None, NOW)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "From an earlier model" in text and "Words kept from before." in text
