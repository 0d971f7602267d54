"""A long session emits signals from Python tens of thousands of times: MentorDesk's user
interface keeps running (PySide6 6.12.0 loses a reference to True at each emit)."""

import subprocess
import sys

CHILD = """
import mentordesk.ui
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])


class Talker(QObject):
    said = Signal(object)


talker = Talker()
heard = []
talker.said.connect(heard.append)
for n in range(50_000):
    talker.said.emit(n)
print(len(heard))
"""


def test_fifty_thousand_emits_from_python_do_not_abort_the_app():
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert (done.returncode, done.stdout.strip()) == (0, "50000"), done.stderr[-500:]
