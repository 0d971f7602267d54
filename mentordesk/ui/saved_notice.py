"""What a person is told after a file is written: "Saved to …", with Open folder.

Every command that writes a file (Print to PDF, Export .ics, recovery sheet…) emits
``ops.saved`` with the path; the main window shows this notice in its status bar until
the next one, or until it is dismissed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ElidedLabel(QLabel):
    """One line of text shortened in its middle to the room it is given (a long path
    keeps its start and its file name); the whole text is in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(120, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(
            self.fontMetrics().horizontalAdvance(self.full) + 4, super().sizeHint().height()
        )

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideMiddle, self.width())
        )


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
        self.label = ElidedLabel()
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the folder the file was saved in"))
        self.open_button.clicked.connect(self._open)
        self.dismiss = QPushButton("×")
        self.dismiss.setAccessibleName(self.tr("Dismiss"))
        self.dismiss.setToolTip(self.tr("Dismiss"))
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
        self.label.set_full_text(text)  # shortened in its middle to the room there is
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.path = None
        self.label.set_full_text("")
        self.hide()

    def _open(self) -> None:
        if self.path is not None:
            open_folder(self.path)
