"""An increasing delay after repeated wrong passphrases, counted per vault.

The count lives outside the vault (``<state folder>/unlock/<vault id>.json``), so a wrong
passphrase never changes a vault file. From the sixth wrong try in a row, each try must wait:
2, 4, 8 ... seconds after the last one, at most 5 minutes. A right passphrase resets the count.

:meth:`Throttle.attempt` holds a file lock (``<vault id>.lock``) over the whole of check ->
key derivation -> record, so guesses made by several processes at once are taken one after
the other and every one is counted. Only the caller's "wrong secret" exception counts: a
damaged key file is refused before any try and never counts. A state folder that cannot be
written (read-only) does not stop anyone unlocking: the tries are then neither locked nor
counted, and a count already there is still obeyed.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from mentordesk.errors import ThrottledError, VaultBusy, WrongPassphrase
from mentordesk.vault.fileio import PRIVATE_MODE, atomic_write

FREE_TRIES = 5
MAX_DELAY = 300.0
# Longest wait for another process's try (a KDF at the largest allowed parameters takes ~7 s).
LOCK_TIMEOUT = 60.0

T = TypeVar("T")


def delay_after(failures: int) -> float:
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_TRIES + 1))


class Throttle:
    """The wrong-try count of one vault, kept in ``folder``; ``clock`` gives seconds."""

    def __init__(
        self,
        folder: Path,
        vault_id: str,
        clock: Callable[[], float] = time.time,
        *,
        lock_timeout: float = LOCK_TIMEOUT,
    ):
        if str(uuid.UUID(vault_id)) != vault_id:  # it names files: never a path
            raise ValueError(f"not a vault id: {vault_id!r}")
        self.folder = Path(folder)
        self.state_file = self.folder / f"{vault_id}.json"
        self.lock_file = self.folder / f"{vault_id}.lock"
        self._clock = clock
        self._lock_timeout = lock_timeout

    # -- the state file ------------------------------------------------------------------
    def _entry(self) -> tuple[int, float]:
        """(failures, time of the last one); an unreadable or odd file counts as none."""
        try:
            data = json.loads(self.state_file.read_bytes()[:4096])
            failures, last = data["failures"], data["last"]
            if type(failures) is int and isinstance(last, int | float) and failures >= 0:
                return failures, float(last)
        except (OSError, ValueError, RecursionError, TypeError, KeyError):
            pass
        return 0, 0.0

    def _save(self, failures: int) -> None:
        try:
            if failures:
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                data = {"failures": failures, "last": self._clock()}
                atomic_write(self.state_file, json.dumps(data).encode("utf-8"))
            else:
                self.state_file.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only state folder must not stop the mentor from unlocking

    @property
    def failures(self) -> int:
        return self._entry()[0]

    def wait_remaining(self) -> float:
        failures, last = self._entry()
        delay = delay_after(failures)
        # never more than the delay itself, even if the clock was put back
        return min(delay, max(0.0, last + delay - self._clock()))

    # -- trying ----------------------------------------------------------------------
    def check(self) -> None:
        wait = self.wait_remaining()
        if wait > 0:
            raise ThrottledError(
                f"Too many wrong tries in a row. Try again in {int(wait + 0.999)} seconds.",
                wait,
            )

    def record_failure(self) -> None:
        self._save(self.failures + 1)

    def record_success(self) -> None:
        if self.failures:
            self._save(0)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold this vault's try lock (or go on without it where it cannot be made)."""
        from filelock import FileLock, Timeout

        lock = FileLock(self.lock_file, mode=PRIVATE_MODE, thread_local=False)
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            lock.acquire(timeout=self._lock_timeout)
        except Timeout:
            raise VaultBusy(
                "Another MentorDesk is trying to unlock this vault and has not finished; "
                "try again in a moment."
            ) from None
        except OSError:
            yield  # read-only state folder: unlock as before, uncounted
            return
        try:
            yield
        finally:
            lock.release()

    def attempt(
        self,
        try_secret: Callable[[], T],
        wrong: tuple[type[BaseException], ...] = (WrongPassphrase,),
    ) -> T:
        """Check the delay, run ``try_secret`` and record how it went, all under the lock.

        Raises :class:`ThrottledError` (without trying) while a delay runs; an exception in
        ``wrong`` counts as a failed try, any other (a damaged file) counts as nothing.
        """
        with self.locked():
            self.check()
            try:
                result = try_secret()
            except wrong:
                self.record_failure()
                raise
            self.record_success()
            return result
