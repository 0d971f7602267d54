"""Wrong passphrases from parallel processes are taken one at a time and all counted."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import filelock
import pytest

from mentordesk import paths
from mentordesk.errors import ThrottledError, VaultBusy, VaultDamaged, WrongPassphrase
from mentordesk.vault import Vault
from mentordesk.vault.throttle import FREE_TRIES, Throttle
from mentordesk.vault.vault import default_throttle
from tests.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("throttle_child.py")
PROCESSES = 8


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_parallel_wrong_passphrases_are_serialised_and_all_counted(vault_dir, tmp_path):
    go = tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    children = [
        subprocess.Popen(
            [sys.executable, str(CHILD), str(vault_dir), str(go), "not the passphrase at all"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    try:
        for child in children:  # every process is loaded and waiting before any tries
            assert child.stdout.readline().strip() == "ready"
        go.touch()
        outcomes = []
        for child in children:
            out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
            outcomes.append(out.strip())
    finally:
        for child in children:
            child.kill()
            child.wait()
    counted = Counter(outcomes)
    assert counted == {"wrong": FREE_TRIES, "throttled": PROCESSES - FREE_TRIES}
    vault_id = Vault.read_keyfile(vault_dir).vault_id
    throttle = default_throttle(vault_id)
    assert throttle.failures == counted["wrong"]  # every try that was made was counted
    assert throttle.state_file == paths.state_dir() / "unlock" / f"{vault_id}.json"
    assert mode(throttle.state_file) == 0o600 and mode(throttle.lock_file) == 0o600
    assert mode(throttle.folder) == 0o700


def test_sixth_wrong_try_waits(vault_dir, tmp_path):
    now = [5000.0]
    vault_id = Vault.read_keyfile(vault_dir).vault_id
    throttle = Throttle(tmp_path / "unlock", vault_id, clock=lambda: now[0])
    for _ in range(FREE_TRIES):
        with pytest.raises(WrongPassphrase):
            Vault.open_with_passphrase(vault_dir, "wrong passphrase!", throttle=throttle)
    with pytest.raises(ThrottledError) as info:
        Vault.open_with_passphrase(vault_dir, "wrong passphrase!", throttle=throttle)
    assert info.value.exit_code == 8 and info.value.wait_seconds == pytest.approx(2)
    assert throttle.failures == FREE_TRIES  # a refused try is not a try
    now[0] += 2.0
    Vault.open_with_passphrase(vault_dir, PASSPHRASE, throttle=throttle).close()
    assert throttle.failures == 0 and not throttle.state_file.exists()


def test_only_a_wrong_secret_counts(tmp_path, vault_dir):
    vault_id = Vault.read_keyfile(vault_dir).vault_id
    throttle = Throttle(tmp_path, vault_id, clock=lambda: 100.0)

    def damaged():
        raise VaultDamaged("vault.keys is damaged (the key check does not match)")

    with pytest.raises(VaultDamaged):
        throttle.attempt(damaged)
    assert throttle.failures == 0

    def wrong():
        raise WrongPassphrase("no")

    with pytest.raises(WrongPassphrase):
        throttle.attempt(wrong)
    assert throttle.failures == 1
    assert throttle.attempt(lambda: "key") == "key"
    assert throttle.failures == 0


def test_a_state_folder_that_cannot_be_made_does_not_stop_unlocking(vault_dir, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    vault_id = Vault.read_keyfile(vault_dir).vault_id
    throttle = Throttle(blocker / "unlock", vault_id)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(vault_dir, "wrong passphrase!", throttle=throttle)
    assert throttle.failures == 0  # nowhere to count it
    Vault.open_with_passphrase(vault_dir, PASSPHRASE, throttle=throttle).close()


def test_a_read_only_state_folder_still_obeys_its_count(vault_dir, tmp_path, monkeypatch):
    now = [7000.0]
    vault_id = Vault.read_keyfile(vault_dir).vault_id
    throttle = Throttle(tmp_path / "unlock", vault_id, clock=lambda: now[0])
    for _ in range(FREE_TRIES):
        throttle.record_failure()

    def read_only(*_args, **_kwargs):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(filelock.FileLock, "acquire", read_only)
    monkeypatch.setattr("mentordesk.vault.throttle.atomic_write", read_only)
    with pytest.raises(ThrottledError):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE, throttle=throttle)
    now[0] += 2.0
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(vault_dir, "wrong passphrase!", throttle=throttle)
    assert throttle.failures == FREE_TRIES  # could not be written, and no error for it
    now[0] += 2.0
    Vault.open_with_passphrase(vault_dir, PASSPHRASE, throttle=throttle).close()


def test_a_lock_held_too_long_elsewhere_is_reported(tmp_path, vault_dir):
    vault_id = Vault.read_keyfile(vault_dir).vault_id
    throttle = Throttle(tmp_path, vault_id, lock_timeout=0.3)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, filelock\n"
            "lock = filelock.FileLock(sys.argv[1]); lock.acquire()\n"
            "print('held', flush=True); time.sleep(60)",
            str(throttle.lock_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        tried = []
        started = time.monotonic()
        with pytest.raises(VaultBusy, match="Another MentorDesk is trying to unlock this vault"):
            throttle.attempt(lambda: tried.append(1))
        assert tried == [] and time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()
    assert throttle.attempt(lambda: "key") == "key"  # free again once the holder is gone


def test_a_clock_put_back_never_lengthens_the_wait(tmp_path, vault_dir):
    now = [10_000.0]
    vault_id = Vault.read_keyfile(vault_dir).vault_id
    throttle = Throttle(tmp_path, vault_id, clock=lambda: now[0])
    for _ in range(FREE_TRIES):
        throttle.record_failure()
    now[0] -= 86_400
    assert throttle.wait_remaining() == 2.0


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage", b"[" * 50_000, b'{"failures": "x", "last": 1}', b'{"failures": -3}'],
)
def test_an_unreadable_count_is_no_count(tmp_path, vault_dir, content):
    vault_id = Vault.read_keyfile(vault_dir).vault_id
    throttle = Throttle(tmp_path, vault_id, clock=lambda: 1.0)
    throttle.state_file.write_bytes(content)
    assert throttle.failures == 0 and throttle.wait_remaining() == 0
    throttle.record_failure()
    assert json.loads(throttle.state_file.read_text())["failures"] == 1


def test_a_throttle_only_takes_a_vault_id(tmp_path):
    with pytest.raises(ValueError):
        Throttle(tmp_path, "../../elsewhere")
