"""Commit mentees in a loop, printing each id only after its commit returned."""

import os
import sys
from pathlib import Path

from mentordesk.services import mentees
from mentordesk.vault import Vault

folder, label = Path(sys.argv[1]), sys.argv[2]
vault = Vault.open_with_passphrase(folder, os.environ["CRASH_PASSPHRASE"])
print("ready", flush=True)
n = 0
while True:
    with vault.transaction() as db:
        mentee_id = mentees.create(
            db, mentees.MenteeData(full_name=f"{label}-{n}", notes="x" * 500)
        )
    print(mentee_id, flush=True)
    n += 1
