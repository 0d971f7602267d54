"""A long session emits signals and sets tool tips from Python tens of thousands of
times: MentorDesk's user interface keeps running (PySide6 6.12.0 loses a reference to True
at each emit, and to None at each call such as setToolTip)."""

import subprocess
import sys

CHILD = """
import mentordesk.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])


class Talker(QObject):
    said = Signal(object)


talker = Talker()
heard = []
talker.said.connect(heard.append)
label = QLabel()
for n in range(50_000):
    talker.said.emit(n)
    label.setToolTip("a session")
print(len(heard))
"""


def test_fifty_thousand_emits_and_tool_tips_from_python_do_not_abort_the_app():
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert (done.returncode, done.stdout.strip()) == (0, "50000"), done.stderr[-500:]
