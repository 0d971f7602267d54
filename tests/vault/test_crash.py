"""A process killed while committing loses no commit it had acknowledged."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from mentordesk.vault import Vault
from mentordesk.vault.check import run_checks
from mentordesk.vault.models import Mentee
from tests.conftest import PASSPHRASE

KILLS = 50
CHILD = Path(__file__).with_name("crash_child.py")


def _run_and_kill(vault_dir: Path, label: str, rng: random.Random) -> set[int]:
    env = dict(os.environ, CRASH_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(Path.cwd()))
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(vault_dir), label],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        bufsize=1,
    )
    assert proc.stdout.readline().strip() == "ready"
    acked: set[int] = set()
    deadline = time.monotonic() + rng.uniform(0.005, 0.15)
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acked.add(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    # Anything printed before the kill landed was acknowledged too.
    for line in proc.stdout:
        if line.strip().isdigit():
            acked.add(int(line))
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return acked


def test_sigkill_during_commits_loses_no_acknowledged_commit(vault_dir):
    rng = random.Random(1379)
    acknowledged: set[int] = set()
    for kill in range(KILLS):
        acknowledged |= _run_and_kill(vault_dir, f"kill{kill}", rng)
    assert len(acknowledged) > KILLS  # the children really were committing
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        with vault.session() as db:
            stored = set(db.scalars(select(Mentee.id)))
        assert acknowledged <= stored
        assert all(result.ok for result in run_checks(vault))


def test_a_damaged_journal_after_a_kill_is_reported_not_swallowed(vault_dir, capsys):
    """A flipped byte in vault.db-wal after kill -9 drops commits; check must say so."""
    env = dict(
        os.environ, CRASH_PASSPHRASE=PASSPHRASE, CRASH_STOP_AFTER="40", PYTHONPATH=str(Path.cwd())
    )
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(vault_dir), "wal"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    lines = [proc.stdout.readline().strip() for _ in range(42)]
    assert lines[0] == "ready" and lines[-1] == "done"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    wal = vault_dir / "vault.db-wal"
    raw = bytearray(wal.read_bytes())
    assert len(raw) > 40 * 4096  # the commits are still in the journal, not yet checkpointed
    raw[len(raw) // 2] ^= 0x01
    wal.write_bytes(bytes(raw))

    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        assert vault.integrity_warning and "missing" in vault.integrity_warning
        with vault.session() as db:
            kept = len(set(db.scalars(select(Mentee.id).where(Mentee.full_name.like("wal-%")))))
        results = {r.name: r for r in run_checks(vault)}
    assert kept < 40  # SQLite dropped the damaged frame and every commit after it…
    assert not results["audit anchor"].ok  # …and check says so
    assert "saved before are missing" in results["audit anchor"].detail
