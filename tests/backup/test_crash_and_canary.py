"""A killed or cancelled backup leaves no file with the final name; no plaintext on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.backup.restore import inspect, restore
from mentordesk.backup.vault_backup import write_backup
from tests.backup.conftest import CANARY
from tests.conftest import NOW, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_during_a_backup_leaves_the_old_file_or_none(vault_dir, tmp_path):
    out = tmp_path / "out" / "vault.age"
    out.parent.mkdir()
    out.write_bytes(b"the previous backup")
    child = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tests" / "backup" / "backup_child.py"),
            str(vault_dir),
            str(out),
        ],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    line = child.stdout.readline()  # it is encrypting now
    assert b"Encrypting" in line or b"snapshot" in line
    if b"snapshot" in line:
        assert b"Encrypting" in child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert out.read_bytes() == b"the previous backup"
    leftovers = [p for p in out.parent.iterdir() if p.name != "vault.age"]
    assert leftovers and all(p.name.startswith(".vault.age.") for p in leftovers)

    # The next backup to that name clears the pieces once they are an hour old.
    from mentordesk.backup.vault_backup import write_backup
    from mentordesk.vault import Vault

    unrelated = out.parent / ".vault.age.notes"
    unrelated.write_bytes(b"not a piece of a backup")
    for piece in leftovers:  # made "now", in the tests' fixed time
        os.utime(piece, (NOW.timestamp(), NOW.timestamp()))
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        write_backup(vault, out, now=NOW)
        assert all(p.exists() for p in leftovers)  # younger than an hour: maybe under way
        hour_ago = NOW.timestamp() - 3601
        for piece in [*leftovers, unrelated]:
            os.utime(piece, (hour_ago, hour_ago))
        write_backup(vault, out, now=NOW)
    assert sorted(p.name for p in out.parent.iterdir()) == [".vault.age.notes", "vault.age"]


def test_a_cancelled_backup_writes_nothing(filled_vault, tmp_path):
    def cancel(done: int, total: int, label: str) -> None:
        if label.startswith("Encrypting"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_backup(filled_vault, tmp_path / "b.age", now=NOW, progress=cancel)
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]


def _scan(folder: Path) -> list[Path]:
    needle = CANARY.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_the_canary_never_reaches_disk_during_backup_and_restore(
    filled_vault, tmp_path, recovery_code, monkeypatch
):
    import tempfile

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    found: list[Path] = []

    def watch(done: int, total: int, label: str) -> None:
        found.extend(_scan(tmp_path))

    out = tmp_path / "out.age"
    write_backup(filled_vault, out, now=NOW, progress=watch)
    inspect(out, recovery_code, progress=watch)
    target = restore(out, tmp_path / "restored", recovery_code, progress=watch)
    found.extend(_scan(tmp_path))
    assert found == []
    # the canary is there, readable through the vault
    from mentordesk.vault import Vault

    with Vault.open_with_recovery_code(target, recovery_code) as vault:
        notes = vault.connection.execute("SELECT notes FROM mentee").fetchone()[0]
    assert notes == CANARY


def test_a_failed_sync_while_writing_fails_the_backup(filled_vault, tmp_path, monkeypatch):
    import errno

    from mentordesk.backup import vault_backup

    monkeypatch.setattr(vault_backup._Writer, "SYNC_EVERY", 1)  # sync after every write

    def broken(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fdatasync", broken, raising=False)
    (tmp_path / "out").mkdir()
    with pytest.raises(OSError, match="Input/output error"):
        vault_backup.write_backup(filled_vault, tmp_path / "out" / "b.age", now=NOW)
    assert list((tmp_path / "out").iterdir()) == []  # no backup, no piece: none counts as good


def test_a_key_file_changed_as_the_backup_begins_is_refused(filled_vault, tmp_path, monkeypatch):
    from mentordesk.backup import age, vault_backup
    from mentordesk.errors import BackupError
    from mentordesk.vault.crypto import new_recovery_code

    other = age.recipient_for(new_recovery_code())
    monkeypatch.setattr(vault_backup, "backup_recipient", lambda *_a: other)
    (tmp_path / "out").mkdir()
    with pytest.raises(BackupError, match="changed as the backup began"):
        vault_backup.write_backup(filled_vault, tmp_path / "out" / "b.age", now=NOW)
    assert list((tmp_path / "out").iterdir()) == []
