"""A reflection's autosave survives the process being killed: every word of every save that
had landed is in the vault when it is opened again."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from mentordesk.services import reflections
from mentordesk.vault import Vault
from mentordesk.vault.check import run_checks
from tests.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("autosave_child.py")
KILLS = 5


def _write_and_kill(vault_dir: Path, rng: random.Random) -> tuple[int | None, int]:
    """(reflection id, words in the last save acknowledged) of one child killed mid-way."""
    env = dict(
        os.environ,
        CRASH_PASSPHRASE=PASSPHRASE,
        PYTHONPATH=str(Path.cwd()),
        QT_QPA_PLATFORM="offscreen",
    )
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(vault_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        bufsize=1,
    )
    assert proc.stdout.readline().strip() == "ready"
    rid, acked = None, 0
    deadline = time.monotonic() + rng.uniform(0.2, 0.8)
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        rid, acked = map(int, line.split())
    os.kill(proc.pid, signal.SIGKILL)
    for line in proc.stdout:  # printed before the kill landed: acknowledged too
        if line.strip():
            rid, acked = map(int, line.split())
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return rid, acked


def test_a_killed_autosave_loses_no_word_it_had_saved(vault_dir):
    rng = random.Random(14)
    for _kill in range(KILLS):
        rid, acked = _write_and_kill(vault_dir, rng)
        assert rid is not None and acked > 3  # the child really was saving
        with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
            with vault.session() as db:
                kept = reflections.get(db, rid).draft
            assert all(result.ok for result in run_checks(vault))
        words = kept.texts["description"].split()
        assert len(words) >= acked  # a save under way at the kill may have landed too
        assert words == [f"word{n}" for n in range(len(words))]  # every word, in order
        assert kept.title == "Written until killed" and not kept.accepted
