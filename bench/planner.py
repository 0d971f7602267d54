"""Planner figures on a demo vault (the large one: 200 mentees, 20,000 sessions).

Run:  python bench/planner.py [--vault DIR]   (builds the large demo in a temp folder
      unless a demo vault is given; QT_QPA_PLATFORM defaults to offscreen)

Targets: switching the month view shows it in < 100 ms; opening a session record
< 100 ms; computing reviews due for every mentee < 50 ms. Each figure is the median of
repeated runs in this one process, and each is shown as a ratio of its target.
bench/tenyears.py runs the same figures (:func:`measure`) on the xl demo vault.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class Figure:
    name: str
    median_ms: float
    worst_ms: float
    target_ms: int
    note: str

    @property
    def ok(self) -> bool:
        return self.median_ms < self.target_ms


def timed(fn, runs: int) -> tuple[float, float]:
    """(median, worst) in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def measure(vault, app) -> list[Figure]:
    """The planner's interactive figures on an open ``vault`` (a QApplication exists)."""
    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.services import sessions as session_service
    from mentordesk.services.reviews.due import reviews_due
    from mentordesk.ui.ops import Ops
    from mentordesk.ui.planner.page import PlannerPage
    from mentordesk.ui.planner.record_dialog import SessionRecordDialog

    today = SYSTEM_CLOCK.today()
    ops = Ops(SYSTEM_CLOCK)
    ops.set_vault(vault)
    page = PlannerPage(ops)
    page.resize(1300, 800)
    page.reload()
    page.show()
    app.processEvents()
    page.set_view("month")

    shown: list[int] = []

    def switch_month() -> None:
        page.turn(-1)  # read the new month and paint it, as the ◀ button does
        page.month.repaint()
        shown.append(len(page.entries))

    month_ms, month_worst = timed(switch_month, 24)

    page.day = today
    page.refresh()
    held = [e.id for e in page.entries if e.status.value == "held"]
    record_ids = iter(held * 5)

    def open_record() -> None:
        sid = next(record_ids)
        form = ops.read(lambda job: session_service.record_form(job.db, sid)).value
        dialog = SessionRecordDialog(ops, sid, form)
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    open_record()  # the first opening imports the ORM and the dialog's modules
    record_ms, record_worst = timed(open_record, 15)

    due: list = []
    review_ms, review_worst = timed(
        lambda: due.append(len(reviews_due(vault.connection, today))), 50
    )
    page.close()
    page.deleteLater()
    app.processEvents()
    ops.wait()
    return [
        Figure("switch the month view", month_ms, month_worst, 100, f"~{max(shown)} a month"),
        Figure("open a session record", record_ms, record_worst, 100, "final record, dialog"),
        Figure("reviews due, all mentees", review_ms, review_worst, 50, f"{due[-1]} due"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path)
    args = parser.parse_args()

    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.services.demo.builder import DEMO_PASSPHRASE, build_demo
    from mentordesk.vault import Vault

    if args.vault:
        vault = Vault.open_with_passphrase(args.vault, DEMO_PASSPHRASE)
    else:
        folder = Path(tempfile.mkdtemp(prefix="mentordesk-bench-")) / "large"
        start = time.perf_counter()
        vault, _ = build_demo(folder, "large", anchor=SYSTEM_CLOCK.today())
        print(f"large demo built in {time.perf_counter() - start:.1f} s")

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    (sessions,) = vault.connection.execute("SELECT count(*) FROM mentoring_session").fetchone()
    (mentees,) = vault.connection.execute("SELECT count(*) FROM mentee").fetchone()
    print(f"vault: {mentees} mentees, {sessions} sessions")
    figures = measure(vault, app)
    print(f"{'figure':28} {'median':>9} {'worst':>9} {'target':>8} {'ratio':>7}  note")
    for f in figures:
        print(
            f"{f.name:28} {f.median_ms:7.1f}ms {f.worst_ms:7.1f}ms {f.target_ms:6d}ms "
            f"{f.median_ms / f.target_ms:6.2f}x  {f.note} {'ok' if f.ok else 'MISSED'}"
        )
    vault.close()
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Leave without the interpreter's final garbage collection: on this PySide6 build it
    # can crash tearing down Qt objects after the figures are printed (none_dealloc).
    os._exit(code)
