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
