"""What a person is told after a file is written: "Saved to …", with Open folder.

Every command that writes a file (Print to PDF, Export .ics, recovery sheet…) emits
``ops.saved`` with the path; the main window shows this notice in its status bar until
the next one, or until it is dismissed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class SavedNotice(QWidget):
    """ "Saved to /home/…/Contract.pdf" [Open folder] [×] — in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setTextInteractionFlags(self.label.textInteractionFlags())
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the folder the file was saved in"))
        self.open_button.clicked.connect(self._open)
        self.dismiss = QPushButton("×")
        self.dismiss.setAccessibleName(self.tr("Dismiss"))
        self.dismiss.setToolTip(self.tr("Dismiss"))
        self.dismiss.setFixedWidth(28)
        self.dismiss.clicked.connect(self.clear)
        row.addWidget(self.label)
        row.addWidget(self.open_button)
        row.addWidget(self.dismiss)
        self.hide()

    def show_saved(self, path: Path, what: str = "") -> None:
        self.path = Path(path)
        text = self.tr("Saved to {0}").format(self.path)
        if what:
            text = self.tr("{0} saved to {1}").format(what, self.path)
        self.label.setText(text)
        self.label.setToolTip(str(self.path))
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.path = None
        self.label.clear()
        self.hide()

    def _open(self) -> None:
        if self.path is not None:
            open_folder(self.path)
