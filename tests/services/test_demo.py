"""Demo vaults: deterministic for a seed and anchor, and valid under check."""

from datetime import date

from mentordesk.services.demo import build_demo
from mentordesk.vault.check import run_checks
from mentordesk.vault.models import Base

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
