"""CPD figures on a demo vault (the xl one holds 10,000 CPD entries).

Run:  python bench/cpd.py --vault DIR   (a demo vault; its passphrase is the demo's.
      Give a copy: opening an older vault upgrades it. QT_QPA_PLATFORM defaults to offscreen)

Targets: the CPD list read (one query, plain rows) < 100 ms; the CPD page's refresh (list,
totals, what is waiting to import, the table filled) < 100 ms; the totals < 20 ms; opening
the editor of an activity < 100 ms. Each figure is the median of repeated runs in this one
process, shown as a ratio of its target.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner import Figure, timed  # noqa: E402 - bench/planner.py
from startup import DEMO_PASSPHRASE  # noqa: E402 - bench/startup.py

RUNS = 15


def measure(vault, app) -> list[Figure]:
    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.services import cpd
    from mentordesk.ui.cpd.page import CpdPage
    from mentordesk.ui.ops import Ops

    today = SYSTEM_CLOCK.today()
    conn = vault.connection
    rows = cpd.list_entries(conn)
    list_ms, list_worst = timed(lambda: cpd.list_entries(conn), RUNS)
    totals_ms, totals_worst = timed(lambda: cpd.totals(conn, today), RUNS)

    ops = Ops(SYSTEM_CLOCK)
    ops.set_vault(vault)
    page = CpdPage(ops)
    page.resize(1300, 700)
    page.reload()
    page.show()
    app.processEvents()

    def refresh() -> None:
        page.refresh()
        page.table.viewport().repaint()

    page_ms, page_worst = timed(refresh, RUNS)
    page.table.selectRow(0)
    entry = page.selected()
    assert entry is not None

    def open_editor() -> None:
        current = ops.read(lambda job: (cpd.get(job.db, entry.id), cpd.files(job.db, entry.id)))
        assert current
        draft, files = current.value
        dialog = page._editor(draft=draft, files=files)
        assert dialog is not None
        dialog.show()
        app.processEvents()
        dialog._start = dialog.edited()
        dialog.reject()
        dialog.deleteLater()

    editor_ms, editor_worst = timed(open_editor, RUNS)
    n = f"{len(rows):,} entries"
    return [
        Figure("CPD list read", list_ms, list_worst, 100, n),
        Figure("CPD page refresh", page_ms, page_worst, 100, n),
        Figure("CPD totals", totals_ms, totals_worst, 20, "this year and the three years"),
        Figure("open a CPD activity", editor_ms, editor_worst, 100, "the editor shown"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, required=True, help="a demo vault (a copy)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from mentordesk.vault import Vault

    app = QApplication([])
    with Vault.open_with_passphrase(args.vault, DEMO_PASSPHRASE) as vault:
        figures = measure(vault, app)
    for f in figures:
        mark = "ok " if f.ok else "SLOW"
        print(
            f"{mark} {f.name:<22} median {f.median_ms:7.1f} ms (worst {f.worst_ms:7.1f}) "
            f"target {f.target_ms} ms  ratio {f.median_ms / f.target_ms:4.2f}  ({f.note})"
        )
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
