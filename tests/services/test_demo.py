"""Demo vaults: deterministic for a seed and anchor, and valid under check."""

from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.services import contracts, mentees
from mentordesk.services.demo import build_demo
from mentordesk.services.demo.roles import Role
from mentordesk.services.demo.workplaces import BARRIERS_BY_KIND, ROLES
from mentordesk.vault.check import run_checks
from mentordesk.vault.models import (
    ActionItem,
    Base,
    Contract,
    EvidenceItem,
    Mentee,
    MentoringSession,
    ProgressReview,
    Stakeholder,
    StakeholderRole,
)

ANCHOR = date(2026, 11, 23)
SKIP = {"audit_event"}


def dump(vault):
    out = {}
    with vault.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name not in SKIP:
                cols = [c for c in table.c if c.name not in ("created_at", "updated_at")]
                out[table.name] = [
                    tuple(r)
                    for r in conn.execute(
                        table.select().with_only_columns(*cols).order_by(*table.primary_key.columns)
                    )
                ]
    return out


def test_same_seed_and_anchor_give_the_same_records(tmp_path):
    a, _ = build_demo(tmp_path / "a", "small", seed=5, anchor=ANCHOR)
    b, _ = build_demo(tmp_path / "b", "small", seed=5, anchor=ANCHOR)
    c, _ = build_demo(tmp_path / "c", "small", seed=6, anchor=ANCHOR)
    with a, b, c:
        first, second, other = dump(a), dump(b), dump(c)
        assert all(r.ok for r in run_checks(a))
    assert first == second
    assert first["mentee"] != other["mentee"]
    assert len(first["mentee"]) == 6
    assert {
        len(first[t]) > 0
        for t in (
            "contract",
            "mentoring_session",
            "progress_review",
            "reflection",
            "evidence_ksb",
            "cpd_entry",
            "safeguarding_concern",
            "supervision_record",
        )
    } == {True}
    versions = [row for row in first["contract"] if row[1] == 2]  # mentee 2 revised
    assert sorted(r[2] for r in versions) == [1, 2]


def test_ten_years_of_records_keep_one_review_due_and_one_overdue(tmp_path, monkeypatch):
    """The xl demo's shape, scaled down: mentees start over ten years, those whose
    programme has ended are completed with nothing after it, and the dashboard still shows
    a review due soon and one overdue, whatever the anchor."""
    from dataclasses import replace

    from mentordesk.services.demo import builder
    from mentordesk.services.reviews.due import reviews_due

    small_xl = replace(
        builder.SIZES["xl"], mentees=40, sessions_per_mentee=12, reflections=30,
        evidence_links=400, cpd_entries=10,
    )  # fmt: skip
    monkeypatch.setitem(builder.SIZES, "tenyears", small_xl)
    for n, anchor in enumerate((ANCHOR, date(2027, 2, 28))):
        vault, _ = build_demo(tmp_path / str(n), "tenyears", seed=n, anchor=anchor)
        with vault:
            conn = vault.connection
            due = {r.mentee_id: r for r in reviews_due(conn, anchor)}
            assert 0 <= due[1].days_left <= 14 and due[2].overdue
            ended = dict(
                conn.execute(
                    "SELECT status = 'completed', count(*) FROM mentee "
                    "WHERE planned_end_date < ? AND id > 2 GROUP BY 1",
                    (anchor.isoformat(),),
                ).fetchall()
            )
            assert ended.get(1, 0) > 20 and ended.get(0, 0) == 0
            late = conn.execute(
                "SELECT count(*) FROM mentoring_session s JOIN mentee m ON m.id = s.mentee_id "
                "WHERE m.planned_end_date < ? AND (date(s.starts_at) > m.planned_end_date "
                "OR s.status = 'planned')",
                (anchor.isoformat(),),
            ).fetchone()[0]
            assert late == 0
            (first,) = conn.execute("SELECT min(start_date) FROM mentee").fetchone()
            assert (anchor - date.fromisoformat(first)).days > 5 * 365
            sessions = conn.execute("SELECT count(*) FROM mentoring_session").fetchone()[0]
            assert sessions == 40 * 12
            assert all(r.ok for r in run_checks(vault))


def test_the_xl_demo_is_a_thousand_mentees_and_a_hundred_thousand_sessions():
    from mentordesk.cli import build_parser
    from mentordesk.services.demo import SIZES

    xl = SIZES["xl"]
    assert xl.mentees * xl.sessions_per_mentee == 100_000 and xl.mentees == 1000
    large = SIZES["large"]
    assert xl.evidence_links / xl.mentees == large.evidence_links / large.mentees
    assert xl.reflections / xl.mentees == large.reflections / large.mentees
    args = build_parser().parse_args(["demo", "--vault", "somewhere", "--size", "xl"])
    assert args.size == "xl"


# -- believable records: each mentee's fit their workplace and role ----------------------------
# Words a barrier of each kind says one of (so a "language" barrier about shift patterns,
# say, is caught whatever pool it came from).
KIND_CUES = {
    "time": ("shift", "rota", "hours", "day", "pm", "evening", "night", "time"),
    "workload": ("workload", "busy", "deadline", "staffing", "targets", "short"),
    "confidence": ("confident", "unsure", "worried", "nervous"),
    "health": ("health", "injury", "sleep", "tired", "condition"),
    "caring": ("looks after", "children", "parent", "carer", "caring"),
    "language": ("english", "language"),
    "digital_access": ("computer", "laptop", "phone", "wifi", "online", "internet"),
}


def _role_of(mentee) -> Role:
    (role,) = [r for r in ROLES if (r.employer, r.job_title) == (mentee.employer, mentee.job_title)]
    return role


def test_every_barrier_in_the_pools_says_what_its_kind_is_about():
    kinds = list(BARRIERS_BY_KIND)
    for i, kind in enumerate(kinds):
        for other in kinds[i + 1 :]:
            assert not BARRIERS_BY_KIND[kind] & BARRIERS_BY_KIND[other], (kind, other)
        for text in BARRIERS_BY_KIND[kind]:
            assert any(cue in text.lower() for cue in KIND_CUES[kind.value]), (kind, text)
    for role in ROLES:
        titles = [g.title for g in role.goals]
        assert len(titles) == len(set(titles)) and len(titles) >= 4, role.key


def check_believable(vault) -> tuple[list[Mentee], list[str]]:
    """Every mentee's records come from their role's pools; returns them and first names."""
    with vault.session() as db:
        people = list(db.scalars(select(Mentee).order_by(Mentee.id)))
        for mentee in people:
            role = _role_of(mentee)
            assert mentees.is_uln(mentee.uln), (mentee.full_name, mentee.uln)
            manager = db.get(Stakeholder, mentee.line_manager_id)
            assert manager.mentee_id == mentee.id and manager.role is StakeholderRole.LINE_MANAGER
            assert manager.organisation == mentee.employer
            assert mentee.provider_name and mentee.provider_contact and mentee.provider_email
            reduction = mentee.otj_reduction_hours or 0
            assert 0 <= reduction <= mentee.otj_hours_target
            goal_pool = {g.title for g in role.goals}
            for contract in db.scalars(select(Contract).where(Contract.mentee_id == mentee.id)):
                titles = [g.title for g in contract.goals]
                assert len(titles) == len(set(titles)), (mentee.full_name, titles)
                assert set(titles) <= goal_pool, (mentee.full_name, role.key, titles)
                for barrier in contract.barriers:
                    assert barrier.description in BARRIERS_BY_KIND[barrier.kind], barrier
                    assert (barrier.kind, barrier.description) in {
                        (b.kind, b.text) for b in role.barriers
                    }
                assert contract.prior_learning == (mentee.prior_learning or "")
            in_force = [g.title for g in contracts.goals_in_force(db, mentee.id)]
            assert in_force and len(in_force) == len(set(in_force))
            sessions = db.scalars(
                select(MentoringSession).where(MentoringSession.mentee_id == mentee.id)
            ).all()
            topics = {f"Work on {t}." for t in role.topics}
            assert sessions and {s.objectives for s in sessions} <= topics
            actions = {a.capitalize() for a in role.actions}
            done = db.scalars(
                select(ActionItem.description).where(
                    ActionItem.mentee_id == mentee.id, ActionItem.session_id.is_not(None)
                )
            ).all()
            assert set(done) <= actions, (mentee.full_name, set(done) - actions)
            evidence = db.scalars(
                select(EvidenceItem.title).where(
                    EvidenceItem.mentee_id == mentee.id,
                    EvidenceItem.title.like("Workplace evidence: %"),
                )
            ).all()
            assert {e.split(": ", 1)[1] for e in evidence} <= set(role.topics)
            for review in db.scalars(
                select(ProgressReview).where(ProgressReview.mentee_id == mentee.id)
            ):
                assert review.comments_employer == role.employer_comment
        firsts = [m.full_name.split()[0] for m in people]
    return people, firsts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_demo_records_fit_each_mentees_workplace_and_role(tmp_path, seed):
    vault, _ = build_demo(tmp_path / "v", "small", seed=seed, anchor=ANCHOR)
    with vault:
        people, firsts = check_believable(vault)
    assert len({_role_of(m).key for m in people}) == 6  # six workplaces
    assert firsts.count("Violet") == 2  # two Violets: every screen must tell them apart
    assert sum(1 for m in people if m.support_needs) >= 1
    reduced = [m for m in people if m.otj_reduction_hours]
    assert len(reduced) == 1 and reduced[0].prior_learning
    assert reduced[0].effective_otj_target == reduced[0].otj_hours_target - 40


def test_bulk_demo_records_fit_each_mentees_workplace_and_role(tmp_path, monkeypatch):
    """The benchmark vaults write sessions and reviews as rows; they fit the same way."""
    from dataclasses import replace

    from mentordesk.services.demo import builder

    few = replace(
        builder.SIZES["large"], mentees=14, sessions_per_mentee=6, reflections=5,
        evidence_links=100, cpd_entries=3,
    )  # fmt: skip
    monkeypatch.setitem(builder.SIZES, "few", few)
    vault, _ = build_demo(tmp_path / "v", "few", seed=9, anchor=ANCHOR)
    with vault:
        people, _firsts = check_believable(vault)
        assert all(r.ok for r in run_checks(vault))
    assert len(people) == 14 and len({m.uln for m in people}) == 14
