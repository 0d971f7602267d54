"""Write a reflection as the editor's autosave does (its snapshot saved on a worker thread
through the operations helper), a few more words each time, printing how many words each
save held once it had landed; killed by the test at some point."""

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mentordesk.services.reflections import ReflectionDraft
from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.autosave import Autosave
from mentordesk.vault import Vault

app = QApplication(sys.argv[:1])
vault = Vault.open_with_passphrase(Path(sys.argv[1]), os.environ["CRASH_PASSPHRASE"])
ops = Ops()
ops.set_vault(vault)
words: list[str] = []


def snapshot() -> ReflectionDraft:
    return ReflectionDraft(
        title="Written until killed", model="gibbs", texts={"description": " ".join(words)}
    )


autosave = Autosave(ops, snapshot, None)
print("ready", flush=True)
while True:
    words.append(f"word{len(words)}")
    autosave.touched()
    autosave.save_now()
    running = autosave.sending
    assert running is not None
    ops.wait_for(running)
    assert not autosave.dirty, autosave.failure
    print(autosave.reflection_id, len(words), flush=True)
