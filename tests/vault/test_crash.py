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
