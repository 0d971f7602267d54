"""Shown when there is no vault yet: make one's own, or explore a demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout


class FirstRunDialog(QDialog):
    CREATE, DEMO, RESTORE = 1, 2, 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to MentorDesk"))
        self.choice = 0
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Welcome to MentorDesk</h2>"))
        intro = QLabel(
            self.tr(
                "MentorDesk keeps your mentoring records — contracts, sessions, reviews, "
                "reflections and KSB evidence — in an encrypted vault on this computer. "
                "Nothing is sent anywhere."
            )
        )
        intro.setWordWrap(True)
        create = QPushButton(self.tr("&Create my vault"))
        create.setDefault(True)
        create.setToolTip(self.tr("Set up your own encrypted vault with a passphrase"))
        demo = QPushButton(self.tr("&Explore a demo vault"))
        demo.setToolTip(self.tr("Open a vault filled with a fictional mentor's year"))
        restore = QPushButton(self.tr("&Restore from a backup"))
        restore.setToolTip(
            self.tr("Bring back a vault from a MentorDesk backup (.age) with its recovery code")
        )
        create.clicked.connect(lambda: self._choose(self.CREATE))
        demo.clicked.connect(lambda: self._choose(self.DEMO))
        restore.clicked.connect(lambda: self._choose(self.RESTORE))
        for widget in (title, intro, create, demo, restore):
            layout.addWidget(widget)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.resize(480, 260)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
