"""An increasing delay after repeated wrong passphrases.

The count lives outside the vault (in the user's state folder), so a wrong passphrase never
changes a vault file. From the fifth wrong try in a row, each further try must wait:
2, 4, 8 ... seconds, at most 5 minutes. A right passphrase resets the count.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from mentordesk.errors import ThrottledError
from mentordesk.vault.fileio import atomic_write

FREE_TRIES = 5
MAX_DELAY = 300.0


def delay_after(failures: int) -> float:
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_TRIES + 1))


class Throttle:
    def __init__(self, state_file: Path, vault_id: str, clock: Callable[[], float] = time.time):
        self._file = state_file
        self._vault_id = vault_id
        self._clock = clock

    def _load(self) -> dict:
        try:
            data = json.loads(self._file.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _entry(self) -> dict:
        entry = self._load().get(self._vault_id, {})
        return entry if isinstance(entry, dict) else {}

    def _save(self, entry: dict | None) -> None:
        data = self._load()
        if entry is None:
            data.pop(self._vault_id, None)
        else:
            data[self._vault_id] = entry
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self._file, json.dumps(data).encode("utf-8"))
        except OSError:
            pass  # a read-only state folder must not stop the mentor from unlocking

    @property
    def failures(self) -> int:
        return int(self._entry().get("failures", 0))

    def wait_remaining(self) -> float:
        entry = self._entry()
        failures = int(entry.get("failures", 0))
        last = float(entry.get("last", 0.0))
        return max(0.0, last + delay_after(failures) - self._clock())

    def check(self) -> None:
        wait = self.wait_remaining()
        if wait > 0:
            raise ThrottledError(
                f"Too many wrong tries in a row. Try again in {int(wait + 0.999)} seconds.",
                wait,
            )

    def record_failure(self) -> None:
        self._save({"failures": self.failures + 1, "last": self._clock()})

    def record_success(self) -> None:
        if self.failures:
            self._save(None)
