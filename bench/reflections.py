"""Reflections figures on the large and xl demo vaults (5,000 and 25,000 reflections).

Run:  python bench/reflections.py [--large DIR] [--xl DIR]
      (each a demo vault of that size, built there first when missing; give copies or
      folders of your own: opening an older vault upgrades it. QT_QPA_PLATFORM defaults
      to offscreen)

Targets: the reflections list shown (read, the table filled and painted) < 100 ms; a
reflection opened in its editor < 50 ms; typing never waits on a save: while autosave
writes, the GUI thread's longest stall stays under one frame at 60 Hz (16.7 ms), and the
save itself runs on a worker (the first save of a run also opens the worker's connection
to the vault, which the worst figure shows). Each figure is the median of repeated runs in this one
process, shown as a ratio of its target.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner import Figure  # noqa: E402 - bench/planner.py
from startup import DEMO_PASSPHRASE  # noqa: E402 - bench/startup.py

RUNS = 9
OPENS = 25
SAVES = 10
FRAME_MS = 16.7


def ensure(folder: Path, size: str) -> None:
    if (folder / "vault.keys").exists():
        return
    env = dict(os.environ, MENTORDESK_PASSPHRASE=DEMO_PASSPHRASE, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "mentordesk", "demo", "--vault", str(folder), "--size", size]
    print(f"building the {size} demo vault in {folder} …", flush=True)
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)


def _wait(app, until, limit_s: float = 30.0) -> None:
    end = time.perf_counter() + limit_s
    while not until():
        if time.perf_counter() > end:
            raise TimeoutError("the work did not land")
        app.processEvents()
        time.sleep(0.001)


def measure(vault, app, label: str) -> list[Figure]:
    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.services import reflections
    from mentordesk.ui.ops import Ops
    from mentordesk.ui.reflections.editor import open_reflection
    from mentordesk.ui.reflections.page import ReflectionsPage

    ops = Ops(SYSTEM_CLOCK)
    ops.set_vault(vault)
    page = ReflectionsPage(ops)
    page.resize(1300, 700)
    page.show()
    app.processEvents()
    listing = page.reflections
    with vault.session() as db:
        count = len(reflections.rows(db))

    def shown() -> None:
        listing.refresh()
        listing.table.viewport().repaint()
        assert listing.model.rowCount() == count

    def settled() -> None:  # what a refresh started on workers lands before the next run
        _wait(app, lambda: not ops.busy)

    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        shown()
        times.append((time.perf_counter() - start) * 1000)
        settled()
    list_ms, list_worst = statistics.median(times), max(times)

    ids = [listing.model.row_at(r).id for r in range(min(count, 2000))]
    picks = random.Random(1).sample(ids, OPENS)
    editors = []

    def open_one(rid: int) -> None:
        editor = open_reflection(ops, rid, None)
        assert editor is not None
        editor.repaint()
        editors.append(editor)

    times = []
    for rid in picks:
        start = time.perf_counter()
        open_one(rid)
        times.append((time.perf_counter() - start) * 1000)
    open_ms, open_worst = statistics.median(times), max(times)

    # Typing while autosave writes: a draft of this vault, edited and saved SAVES times.
    editor = (
        next(e for e in editors if not e.is_final) if any(not e.is_final for e in editors) else None
    )
    stall_note = "no draft among the reflections opened"
    stall_ms = worst_stall = 0.0
    save_ms = 0.0
    if editor is not None:
        field = editor.stages.first_field()
        on_worker: list[bool] = []
        real = reflections.save_draft

        def watched(*args, **kwargs):
            on_worker.append(threading.current_thread() is not threading.main_thread())
            start = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                watched.ms.append((time.perf_counter() - start) * 1000)  # type: ignore[attr-defined]

        watched.ms = []  # type: ignore[attr-defined]
        reflections.save_draft = watched  # type: ignore[assignment]
        try:
            stalls = []
            settled()
            for n in range(SAVES):
                field.insertPlainText(f" Another thought, number {n}.")
                editor.autosave.save_now()
                last = time.perf_counter()
                gaps = []
                while editor.autosave.sending is not None or editor.autosave.dirty:
                    app.processEvents()
                    now = time.perf_counter()
                    gaps.append((now - last) * 1000)
                    last = now
                stalls.append(max(gaps) if gaps else 0.0)
            print(
                f"{label}: the GUI thread's longest stall at each save (ms):",
                [round(x) for x in stalls],
            )
        finally:
            reflections.save_draft = real  # type: ignore[assignment]
        stall_ms, worst_stall = statistics.median(stalls), max(stalls)
        save_ms = statistics.median(watched.ms)  # type: ignore[attr-defined]
        where = "a worker" if on_worker and all(on_worker) else "THE GUI THREAD"
        stall_note = f"each save {save_ms:.0f} ms on {where}; longest GUI stall per save"
    for e in editors:
        e.autosave.stop()
        e.close()
        e.deleteLater()
    app.processEvents()
    return [
        Figure(f"{label}: list shown", list_ms, list_worst, 100, f"{count:,} reflections"),
        Figure(f"{label}: open a reflection", open_ms, open_worst, 50, "editor shown"),
        Figure(
            f"{label}: typing while saving", stall_ms, worst_stall, int(FRAME_MS) + 1, stall_note
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, default=Path("/tmp/mentordesk-large"))
    parser.add_argument("--xl", type=Path, default=Path("/tmp/mentordesk-xl"))
    args = parser.parse_args()
    ensure(args.large, "large")
    ensure(args.xl, "xl")
    from PySide6.QtWidgets import QApplication

    from mentordesk.vault import Vault

    app = QApplication([])
    figures = []
    for label, folder in (("large", args.large), ("xl", args.xl)):
        with Vault.open_with_passphrase(folder, DEMO_PASSPHRASE) as vault:
            figures += measure(vault, app, label)
    for f in figures:
        mark = "ok " if f.ok else "SLOW"
        print(
            f"{mark} {f.name:<28} median {f.median_ms:7.1f} ms (worst {f.worst_ms:7.1f}) "
            f"target {f.target_ms} ms  ratio {f.median_ms / f.target_ms:4.2f}  ({f.note})"
        )
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
