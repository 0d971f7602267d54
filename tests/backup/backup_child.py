"""Makes a backup of a vault, slowly, until it is killed (see test_crash_and_canary)."""

import sys
import time
from pathlib import Path

from mentordesk.backup.vault_backup import write_backup
from mentordesk.vault import Vault
from tests.conftest import NOW, PASSPHRASE


def main() -> None:
    vault = Vault.open_with_passphrase(Path(sys.argv[1]), PASSPHRASE)

    def slow(done: int, total: int, label: str) -> None:
        print(f"{label} {done}", flush=True)
        time.sleep(0.2)

    write_backup(vault, Path(sys.argv[2]), now=NOW, progress=slow)


main()
