"""The dashboard's "Start here" panel: the three first steps of a new mentor, each with its
button, ticked off as they are done; shown until all three are."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from mentordesk.services.dashboard import FirstSteps

MENTEE, CONTRACT, SESSION, GUIDE = "mentee", "contract", "session", "guide"


class FirstStepsPanel(QGroupBox):
    step = Signal(str)  # MENTEE, CONTRACT, SESSION or GUIDE: the button pressed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Start here"))
        grid = QGridLayout(self)
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        rows = (
            (
                MENTEE,
                self.tr("Add your first mentee: their name, programme and employer."),
                self.tr("&Add a mentee…"),
            ),
            (
                CONTRACT,
                self.tr("Agree a mentoring contract with them: goals, boundaries, signatures."),
                self.tr("Agree a &contract…"),
            ),
            (
                SESSION,
                self.tr("Plan your first session in the planner."),
                self.tr("Plan a &session…"),
            ),
        )
        for row, (key, text, button_text) in enumerate(rows):
            mark = QLabel()
            mark.setMinimumWidth(90)
            words = QLabel(text)
            words.setWordWrap(True)
            button = QPushButton(button_text)
            button.clicked.connect(lambda _c=False, k=key: self.step.emit(k))
            grid.addWidget(mark, row, 0)
            grid.addWidget(words, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignRight)
            self.marks[key], self.buttons[key] = mark, button
        guide = QLabel(
            self.tr("New to MentorDesk? Help › User guide (F1) has a page for each part.")
        )
        guide.setWordWrap(True)
        grid.addWidget(guide, len(rows), 1)
        self.guide_button = QPushButton(self.tr("Open the &user guide"))
        self.guide_button.clicked.connect(lambda: self.step.emit(GUIDE))
        grid.addWidget(self.guide_button, len(rows), 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)

    def show_steps(self, steps: FirstSteps | None) -> None:
        """Tick what is done; hidden once every step is."""
        if steps is None:
            self.hide()
            return
        done = {
            MENTEE: steps.mentees > 0,
            CONTRACT: steps.contracts > 0,
            SESSION: steps.sessions > 0,
        }
        first_open = True
        for key, is_done in done.items():
            # The mark is words, not a colour: "✓ Done" or "Step n".
            number = list(done).index(key) + 1
            self.marks[key].setText(
                self.tr("✓ Done") if is_done else self.tr("Step {0}").format(number)
            )
            self.buttons[key].setEnabled(not is_done and (key == MENTEE or steps.mentees > 0))
            if not is_done and first_open:
                self.buttons[key].setDefault(True)
                first_open = False
            else:
                self.buttons[key].setDefault(False)
        self.show()
