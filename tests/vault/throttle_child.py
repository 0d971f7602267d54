"""Try one passphrase on a vault once ``go`` appears; print how it went.

The throttle's clock is fixed, so a delay started by one process never runs out while the
others try.
"""

import sys
import time
from pathlib import Path

from mentordesk import paths
from mentordesk.errors import ThrottledError, WrongPassphrase
from mentordesk.vault import Vault
from mentordesk.vault.throttle import Throttle

folder, go, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
vault_id = Vault.read_keyfile(folder).vault_id
throttle = Throttle(paths.state_dir() / "unlock", vault_id, clock=lambda: 1000.0)
print("ready", flush=True)
while not go.exists():
    time.sleep(0.005)
try:
    Vault.open_with_passphrase(folder, passphrase, throttle=throttle).close()
    print("opened", flush=True)
except WrongPassphrase:
    print("wrong", flush=True)
except ThrottledError:
    print("throttled", flush=True)
