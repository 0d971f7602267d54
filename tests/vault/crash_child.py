"""Commit mentees in a loop, printing each id only after its commit returned."""

import os
import sys
import time
from pathlib import Path

from mentordesk.services import mentees
from mentordesk.vault import Vault

folder, label = Path(sys.argv[1]), sys.argv[2]
vault = Vault.open_with_passphrase(folder, os.environ["CRASH_PASSPHRASE"])
print("ready", flush=True)
stop_after = int(os.environ.get("CRASH_STOP_AFTER", "0"))
n = 0
while not stop_after or n < stop_after:
    with vault.transaction() as db:
        mentee_id = mentees.create(
            db, mentees.MenteeData(full_name=f"{label}-{n}", notes="x" * 500)
        )
    print(mentee_id, flush=True)
    n += 1
print("done", flush=True)
while stop_after:  # wait to be killed, with the journal not yet checkpointed
    time.sleep(1)
