"""Start-up, memory, open and dashboard figures on the large demo vault.

Run:  python bench/startup.py            (QT_QPA_PLATFORM defaults to offscreen)

Every ratio compares figures measured in this one run on this machine.
Targets: demo build < 120 s; app start -> dashboard shown <= 4x a bare PySide6 window;
peak memory <= 150 MiB; opening the database with the data key < 50 ms; dashboard < 50 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = 7
DEMO_PASSPHRASE = "demo mentor passphrase"  # mentordesk.services.demo.builder, not imported
BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.show()\napp.processEvents()\n"
)


def run_child(argv: list[str], env: dict) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MiB) of one child process.

    Linux carries the parent's resident size at fork into the child's peak, so this
    process keeps itself small (no MentorDesk, no Qt imported) until every child has run.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} failed: {proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def median_ms(fn, runs: int = 21) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="mentordesk-bench-"))
    env = dict(
        os.environ,
        XDG_STATE_HOME=str(work / "state"),
        XDG_CONFIG_HOME=str(work / "cfg"),
        MENTORDESK_PASSPHRASE=DEMO_PASSPHRASE,
    )
    os.environ.update(XDG_STATE_HOME=env["XDG_STATE_HOME"])
    folder = work / "large"
    build_s, _ = run_child(
        [
            sys.executable,
            "-m",
            "mentordesk",
            "demo",
            "--vault",
            str(folder),
            "--size",
            "large",
            "--seed",
            "1",
        ],
        env,
    )
    size_mib = sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 2**20

    gui = [sys.executable, "-m", "mentordesk", "gui", "--vault", str(folder), "--exit-after-load"]
    bare, app, every = [], [], []
    for _ in range(RUNS):  # interleaved, so a slow moment of the machine hits all three
        bare.append(run_child([sys.executable, "-c", BARE], env))
        app.append(run_child(gui, env))
        every.append(run_child([*gui, "--visit-all"], env))
    bare_s = statistics.median(t for t, _ in bare)
    app_s = statistics.median(t for t, _ in app)
    every_s = statistics.median(t for t, _ in every)
    bare_peak = max(m for _, m in bare)
    app_peak = max(m for _, m in app)
    peak = max(app_peak, max(m for _, m in every))

    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.services import dashboard
    from mentordesk.vault import Vault, migrate
    from mentordesk.vault.connection import connect_raw

    with Vault.open_with_passphrase(folder, DEMO_PASSPHRASE) as vault:
        key = vault.data_key

    def open_db():
        conn = connect_raw(Vault.db_path_of(folder), key)
        migrate.revision_of(conn)
        conn.close()

    open_ms = median_ms(open_db)
    with Vault.open_with_passphrase(folder, DEMO_PASSPHRASE) as vault:
        now = SYSTEM_CLOCK.now()
        dash_ms = median_ms(lambda: dashboard.load(vault.connection, now))
        board = dashboard.load(vault.connection, now)

    ratio = app_s / bare_s
    rows = [
        ("large demo build", f"{build_s:.1f} s", "< 120 s", build_s < 120),
        ("vault size", f"{size_mib:.0f} MiB", "", None),
        ("bare PySide6 window (median)", f"{bare_s * 1000:.0f} ms", "", None),
        ("app start -> dashboard filled (median)", f"{app_s * 1000:.0f} ms", "", None),
        ("ratio app / bare window", f"{ratio:.2f}x", "<= 4x", ratio <= 4),
        ("  same, then every page shown (median)", f"{every_s * 1000:.0f} ms", "", None),
        ("bare PySide6 window peak memory", f"{bare_peak:.0f} MiB", "", None),
        ("app peak memory, dashboard only", f"{app_peak:.0f} MiB", "", None),
        ("app peak memory, every page shown", f"{peak:.0f} MiB", "<= 150 MiB", peak <= 150),
        ("open database with data key (median)", f"{open_ms:.1f} ms", "< 50 ms", open_ms < 50),
        ("dashboard queries (median)", f"{dash_ms:.1f} ms", "< 50 ms", dash_ms < 50),
    ]
    print(
        f"MentorDesk start-up benchmark: {RUNS} runs each, large demo vault "
        f"({len(board.upcoming)} upcoming, {len(board.reviews)} reviews due, "
        f"{board.open_action_count} open actions); the passphrase is given, so every "
        f"start pays the Argon2id key derivation (64 MiB)"
    )
    for name, value, target, ok in rows:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        print(f"  {name:<40} {value:>10}  {target:<11} {verdict}")
    return 0 if all(ok is not False for *_, ok in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
