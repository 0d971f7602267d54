"""Ten years of a busy mentor's records: figures on the xl demo vault, in one run.

Run:  python bench/tenyears.py [--cache DIR]
      (DIR defaults to $MENTORDESK_XL or /tmp/mentordesk-xl; the xl demo, 1,000 mentees and
      100,000 sessions, is built there once and reused; QT_QPA_PLATFORM defaults to offscreen)

Every ratio compares figures measured in this one run on this machine. Child processes
run first, while this process is still small: Linux counts the parent's resident size at
fork in a child's peak, so nothing heavy is imported here until every child has run.
Targets: open a session record < 20 ms median; each planner figure (bench/planner.py)
under its target; start -> filled main window <= 4x a bare PySide6 window; peak memory
with every page shown <= 150 MiB; .ics export <= 60 MiB above the bare process; check:
its time is reported.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from startup import BARE, DEMO_PASSPHRASE  # noqa: E402 - bench/startup.py, no heavy imports

RUNS = 5
RECORDS = 200
DEFAULT_CACHE = "/tmp/mentordesk-xl"
# What `mentordesk export ics` imports and does before it writes anything: the bare
# process of the export figure (a child that stops there, see _child()).
EXPORT_IMPORTS = (
    "mentordesk.cli",
    "mentordesk.services.mentees",
    "mentordesk.services.sessions.ics",
    "mentordesk.vault",
)


def peak_of(argv: list[str], env: dict) -> tuple[float, float, str]:
    """Wall time (s), peak resident size (MiB) and output of one child process.

    The peak is the larger of psutil's samples and the kernel's high-water mark from
    wait4 (exact, since this process is smaller than the child when it forks it).
    """
    import psutil

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=err)
        watched = psutil.Process(proc.pid)
        sampled = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            try:
                sampled = max(sampled, watched.memory_info().rss)
            except psutil.Error:
                pass
            time.sleep(0.005)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {err.read().decode()[-2000:]}")
        text = out.read().decode()
    return elapsed, max(sampled, usage.ru_maxrss * 1024) / 2**20, text


def ensure_vault(folder: Path, env: dict) -> float | None:
    """Build the xl demo into ``folder`` unless it is there; returns the build time."""
    if (folder / "vault.keys").exists() and (folder / "vault.db").exists():
        return None
    folder.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "mentordesk", "demo", "--vault", str(folder), "--size", "xl"]
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


# -- children ---------------------------------------------------------------------------
def _hwm_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _child(mode: str, folder: Path, out: Path) -> None:
    """``bare``: import what the export imports and open the vault, then stop.
    ``export``: the same, then reset the peak and export every planned session, printing
    the peak of the export alone (Linux: /proc/self/clear_refs)."""
    import importlib

    for name in EXPORT_IMPORTS:
        importlib.import_module(name)
    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.services.sessions.ics import export_to
    from mentordesk.vault import Vault

    vault = Vault.open_with_passphrase(folder, DEMO_PASSPHRASE)
    before = _hwm_mib()
    if mode == "export":
        Path("/proc/self/clear_refs").write_text("5")  # the high-water mark restarts here
        base = _hwm_mib()
        with vault.session() as db:
            export_to(out, db, None, now=SYSTEM_CLOCK.now())
        print(f"{before:.1f} {base:.1f} {_hwm_mib():.1f}")
    vault.close()


# -- the figures --------------------------------------------------------------------------
def record_figures(vault, app) -> list[tuple]:
    """Open a session record as the planner does: its form (services.records), then the
    dialog; over RECORDS random sessions (every state)."""
    from mentordesk.clock import SYSTEM_CLOCK
    from mentordesk.services.sessions import records
    from mentordesk.ui.ops import Ops
    from mentordesk.ui.planner.record_dialog import SessionRecordDialog

    ids = [r[0] for r in vault.connection.execute("SELECT id FROM mentoring_session")]
    chosen = random.Random(10).sample(ids, RECORDS)
    with vault.session() as db:
        records.record_form(db, chosen[0])  # imports and first compiles out of the way
    forms, dialogs = [], []
    for sid in chosen:
        start = time.perf_counter()
        with vault.session() as db:  # one unit of work per opening, as Ops gives each job
            records.record_form(db, sid)
        forms.append((time.perf_counter() - start) * 1000)
    ops = Ops(SYSTEM_CLOCK)
    ops.set_vault(vault)
    for sid in chosen[:50]:
        start = time.perf_counter()
        form = ops.read(lambda job, sid=sid: records.record_form(job.db, sid)).value
        dialog = SessionRecordDialog(ops, sid, form)
        dialog.show()
        app.processEvents()
        dialogs.append((time.perf_counter() - start) * 1000)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    ops.wait()
    return [
        (
            f"open a session record: form (median of {RECORDS})",
            f"{statistics.median(forms):.1f} ms",
            "< 20 ms",
            statistics.median(forms) < 20,
        ),
        ("  same, worst", f"{max(forms):.1f} ms", "", None),
        (
            "  form + dialog shown (median of 50)",
            f"{statistics.median(dialogs):.1f} ms",
            "< 100 ms",
            statistics.median(dialogs) < 100,
        ),
        ("  same, worst", f"{max(dialogs):.1f} ms", "", None),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=os.environ.get("MENTORDESK_XL"))
    parser.add_argument("--child", choices=["bare", "export"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = (args.cache or Path(DEFAULT_CACHE)).resolve()
    if args.child:
        _child(args.child, folder, args.out)
        return 0

    work = Path(tempfile.mkdtemp(prefix="mentordesk-tenyears-"))
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        XDG_STATE_HOME=str(work / "state"),
        XDG_CONFIG_HOME=str(work / "cfg"),
        MENTORDESK_PASSPHRASE=DEMO_PASSPHRASE,
    )
    os.environ.update(XDG_STATE_HOME=env["XDG_STATE_HOME"], XDG_CONFIG_HOME=env["XDG_CONFIG_HOME"])
    built = ensure_vault(folder, env)
    size_mib = sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 2**20
    md = [sys.executable, "-m", "mentordesk"]
    vault_arg = ["--vault", str(folder)]
    # Open it once first: an older vault is upgraded (and copied aside) on this open.
    peak_of([*md, "mentees", "list", *vault_arg], env)

    gui = [*md, "gui", *vault_arg, "--exit-after-load"]
    bare, start, every = [], [], []
    for _ in range(RUNS):  # interleaved, so a slow moment of the machine hits all three
        bare.append(peak_of([sys.executable, "-c", BARE], env))
        start.append(peak_of(gui, env))
        every.append(peak_of([*gui, "--visit-all"], env))
    bare_s = statistics.median(t for t, _m, _o in bare)
    start_s = statistics.median(t for t, _m, _o in start)
    every_peak = max(m for _t, m, _o in every)
    start_peak = max(m for _t, m, _o in start)

    ics = work / "all.ics"
    export_s, export_peak, _ = peak_of([*md, "export", "ics", "--out", str(ics), *vault_arg], env)
    events = ics.read_bytes().count(b"BEGIN:VEVENT")
    ics_mib = ics.stat().st_size / 2**20
    me = [sys.executable, str(Path(__file__).resolve()), "--cache", str(folder)]
    _t, bare_peak, _ = peak_of([*me, "--child", "bare"], env)
    _t, _p, line = peak_of([*me, "--child", "export", "--out", str(work / "again.ics")], env)
    _opened, export_base, export_hwm = (float(x) for x in line.split())
    check_s, _m, check_out = peak_of([*md, "check", *vault_arg], env)

    # Now this process may grow: the in-process figures.
    from planner import measure
    from PySide6.QtWidgets import QApplication

    from mentordesk.vault import Vault

    app = QApplication([])
    vault = Vault.open_with_passphrase(folder, DEMO_PASSPHRASE)
    conn = vault.connection
    (sessions,) = conn.execute("SELECT count(*) FROM mentoring_session").fetchone()
    (mentees,) = conn.execute("SELECT count(*) FROM mentee").fetchone()
    records = record_figures(vault, app)
    planner = measure(vault, app)
    vault.close()

    ratio = start_s / bare_s
    export_above = export_hwm - export_base
    build_ok = None if built is None else built < 300
    rows = [
        ("xl demo build", f"{built:.1f} s" if built else "reused", "< 300 s", build_ok),
        ("vault", f"{size_mib:.0f} MiB", f"{mentees} mentees, {sessions} sessions", None),
        *records,
        *(
            row
            for f in planner
            for row in (
                (f"planner: {f.name}", f"{f.median_ms:.1f} ms", f"< {f.target_ms} ms", f.ok),
                (f"  same, worst ({f.note})", f"{f.worst_ms:.1f} ms", "", None),
            )
        ),
        (f"bare PySide6 window (median of {RUNS})", f"{bare_s * 1000:.0f} ms", "", None),
        ("start -> filled main window (median)", f"{start_s * 1000:.0f} ms", "", None),
        ("ratio start / bare window", f"{ratio:.2f}x", "<= 4x", ratio <= 4),
        ("peak memory, dashboard only", f"{start_peak:.0f} MiB", "", None),
        ("peak memory, every page shown", f"{every_peak:.0f} MiB", "<= 150 MiB", every_peak <= 150),
        (f".ics export, {events} sessions ({ics_mib:.1f} MiB)", f"{export_s:.1f} s", "", None),
        ("  export process peak", f"{export_peak:.0f} MiB", "", None),
        ("  bare process peak (same imports, vault open)", f"{bare_peak:.0f} MiB", "", None),
        (
            "  export above the open vault",
            f"{export_above:.0f} MiB",
            "<= 60 MiB",
            export_above <= 60,
        ),
        ("  export process above bare process", f"{export_peak - bare_peak:.0f} MiB", "", None),
        ("mentordesk check", f"{check_s:.1f} s", "time only", None),
    ]
    print(
        "MentorDesk ten-years benchmark: xl demo vault, one run on this machine "
        f"({os.cpu_count()} cores); child processes are given the passphrase, so each pays "
        "the Argon2id key derivation (64 MiB)"
    )
    for name, value, target, ok in rows:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"  {name:<50} {value:>10}  {target:<11} {verdict}")
    for line in check_out.splitlines():
        print(f"    check: {line}")
    return 0 if all(ok is not False for *_, ok in rows) else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # no final garbage collection of Qt objects (see bench/planner.py)
