"""Who has a vault open: one MentorDesk at a time may change it.

The app, and every command that writes, holds an exclusive lock on ``vault.lock`` while it
has the vault open, and says who it is in ``vault.owner`` (program, process id, computer,
since when: nothing about the records). A second one waits a moment, then is told who
holds the vault, instead of meeting "database is locked" half way through a change.
Commands that only read (``check``, ``mentees list``…) need no lock.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from filelock import FileLock, Timeout

from mentordesk.clock import system_now
from mentordesk.errors import VaultBusy, VaultReadOnly
from mentordesk.vault.fileio import PRIVATE_MODE, atomic_write

LOCK_NAME = "vault.lock"
OWNER_NAME = "vault.owner"
WAIT_SECONDS = 3.0


def describe_owner(folder: Path) -> str:
    """Who holds the vault, in words ("the MentorDesk app, process 4242 on desk-7, since 09:14")."""
    try:
        data = json.loads((Path(folder) / OWNER_NAME).read_text("utf-8"))
        what = str(data["program"])[:60]
        pid = int(data["pid"])
        host = str(data["host"])[:60]
        since = str(data["since"])[:16].replace("T", " ")
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return "another MentorDesk"
    return f"{what} (process {pid} on {host}, since {since})"


class Owner:
    """The lock that makes this process the vault's one writer; release it with :meth:`release`."""

    def __init__(self, folder: Path, program: str) -> None:
        self.folder = Path(folder)
        self.program = program
        self._lock = FileLock(str(self.folder / LOCK_NAME), mode=PRIVATE_MODE)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def claim(self, wait: float = WAIT_SECONDS) -> Owner:
        try:
            self._lock.acquire(timeout=wait)
        except Timeout:
            raise VaultBusy(
                f"The vault in {self.folder} is open in {describe_owner(self.folder)}. "
                "Close it there, then try again; nothing was changed."
            ) from None
        except PermissionError as exc:
            raise VaultReadOnly(
                f"The vault folder {self.folder} cannot be written to ({exc.strerror}); "
                "MentorDesk needs to write there. Nothing was changed."
            ) from exc
        try:
            info = {
                "program": self.program,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": system_now().astimezone().isoformat(timespec="minutes"),
            }
            atomic_write(self.folder / OWNER_NAME, json.dumps(info).encode("utf-8"))
        except OSError:
            pass  # who holds it is a courtesy; the lock itself is what counts
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            try:
                (self.folder / OWNER_NAME).unlink(missing_ok=True)
            except OSError:
                pass
            self._lock.release()
