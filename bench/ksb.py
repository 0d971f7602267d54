"""KSB tracker figures on demo vaults (the xl one holds 250,000 evidence links).

Run:  python bench/ksb.py --vault DIR [--vault DIR2 ...]   (demo vaults; give copies:
      opening an older vault upgrades it. QT_QPA_PLATFORM defaults to offscreen)

Targets: one mentee's coverage matrix < 100 ms (the mentee with the most evidence links);
the dashboard's load with its new alerts (hours behind plan, evidence to sign off) within
1.2x of its load as it was before them (``present_load``), both measured here in one
run; opening a mentee's tracker page (matrix read, table filled and painted) < 150 ms.
Also shown: the mentor's own matrix, progress by month, gateway readiness. Each figure is
the median of repeated runs in this one process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner import Figure, timed  # noqa: E402 - bench/planner.py
from startup import DEMO_PASSPHRASE  # noqa: E402 - bench/startup.py

RUNS = 15


def busiest_mentee(conn) -> tuple[int, int]:
    """The active mentee (the tracker lists those) whose evidence has the most KSB links,
    and how many."""
    return conn.execute(
        """SELECT i.mentee_id, count(*) FROM evidence_ksb l
             JOIN evidence_item i ON i.id = l.evidence_id
             JOIN mentee m ON m.id = i.mentee_id
            WHERE m.status = 'active' GROUP BY i.mentee_id ORDER BY 2 DESC LIMIT 1"""
    ).fetchone()


def measure(vault, app) -> tuple[list[Figure], list[str]]:
    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.services import dashboard
    from mentordesk.services.ksb import coverage, gateway

    now = datetime.now().astimezone()
    today = SYSTEM_CLOCK.today()
    conn = vault.connection
    (links,) = conn.execute("SELECT count(*) FROM evidence_ksb").fetchone()
    mentee, mine = busiest_mentee(conn)
    matrix = coverage.matrix(conn, mentee, today)
    matrix_ms, matrix_worst = timed(lambda: coverage.matrix(conn, mentee, today), RUNS)
    own_ms, own_worst = timed(lambda: coverage.matrix(conn, None, today), RUNS)
    progress_ms, progress_worst = timed(lambda: coverage.progress(conn, mentee, today), RUNS)
    with vault.session() as db:
        ready_ms, ready_worst = timed(lambda: gateway.readiness(db, mentee, today), RUNS)

    board = dashboard.load(conn, now)
    before_ms, before_worst = timed(lambda: present_load(conn, now), RUNS)
    after_ms, after_worst = timed(lambda: dashboard.load(conn, now), RUNS)
    alerts_ms, _ = timed(lambda: dashboard.alerts(conn, today), RUNS)
    ratio = after_ms / before_ms

    page_ms, page_worst, first_ms = open_page(vault, app, mentee)
    n = f"{mine:,} links of {links:,}"
    figures = [
        Figure("coverage matrix, one mentee", matrix_ms, matrix_worst, 100, n),
        Figure("coverage matrix, the mentor", own_ms, own_worst, 100, "own standard"),
        Figure("progress by month", progress_ms, progress_worst, 100, "one mentee"),
        Figure("gateway readiness", ready_ms, ready_worst, 150, "one mentee"),
        Figure("open a mentee's tracker page", page_ms, page_worst, 150, "read, filled, painted"),
        Figure("the page's first opening", first_ms, first_ms, 150, "page made, one run"),
        Figure(
            "dashboard with alerts",
            after_ms,
            after_worst,
            round(before_ms * 1.2 + 0.5),
            f"as it was {before_ms:.1f} ms (worst {before_worst:.1f}); ratio {ratio:.2f}",
        ),
    ]
    notes = [
        f"matrix: {len(matrix.rows)} KSBs, {matrix.met} met, {matrix.evidenced} evidenced",
        f"dashboard: {len(board.alerts)} alerts "
        f"({sum(1 for a in board.alerts if a.kind == 'otj')} behind plan)",
        f"dashboard ratio now (with the alerts) / as it was: {ratio:.2f} (target <= 1.20); "
        f"the alerts alone {alerts_ms:.1f} ms",
    ]
    return figures, notes


def present_load(conn, now):
    """The dashboard's load as it was before the alerts came: the same queries, and the
    first steps counted (the load now only asks whether each exists)."""
    from mentordesk.services import dashboard
    from mentordesk.services.reviews.due import reviews_due
    from mentordesk.vault.enums import ContractStatus, MenteeStatus

    today = now.astimezone().date()
    actions, total = dashboard.open_actions(conn, today)
    counts = conn.execute(
        """SELECT (SELECT count(*) FROM mentee WHERE status != ?),
                  (SELECT count(*) FROM contract WHERE status = ?),
                  (SELECT count(*) FROM mentoring_session)""",
        (MenteeStatus.ARCHIVED.value, ContractStatus.ACTIVE.value),
    ).fetchone()
    steps = dashboard.FirstSteps(*(int(n) for n in counts))
    return dashboard.Dashboard(
        start=None if steps.done else steps,
        today=today,
        upcoming=dashboard.upcoming_sessions(conn, now),
        reviews=reviews_due(conn, today),
        actions=actions,
        open_action_count=total,
    )


def open_page(vault, app, mentee: int) -> tuple[float, float, float]:
    """Median and worst ms to show one mentee's tracker page (read, filled and painted),
    and the first time, the page made too."""
    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.ui.ksb.page import KsbPage
    from mentordesk.ui.ops import Ops

    ops = Ops(SYSTEM_CLOCK)
    ops.set_vault(vault)
    start = time.perf_counter()
    page = KsbPage(ops)
    page.resize(1300, 700)
    page.reload()
    page.show_owner(mentee)
    page.show()
    page.repaint()
    first = (time.perf_counter() - start) * 1000
    assert page.owner == mentee, "the mentee is listed, so the page shows them"
    app.processEvents()

    times = []
    for _ in range(RUNS):
        page.show_owner(None)  # the mentor's page first, so the mentee's is read afresh
        app.processEvents()
        start = time.perf_counter()
        page.show_owner(mentee)
        page.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, action="append", required=True)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from mentordesk.vault import Vault

    app = QApplication([])
    ok = True
    for folder in args.vault:
        print(f"== {folder}")
        with Vault.open_with_passphrase(folder, DEMO_PASSPHRASE) as vault:
            figures, notes = measure(vault, app)
        for f in figures:
            mark = "ok " if f.ok else "SLOW"
            print(
                f"{mark} {f.name:<30} median {f.median_ms:7.1f} ms (worst {f.worst_ms:7.1f}) "
                f"target {f.target_ms} ms  ratio {f.median_ms / f.target_ms:4.2f}  ({f.note})"
            )
        for note in notes:
            print(f"    {note}")
        ok = ok and all(f.ok for f in figures)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
