"""Small shared widgets."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def qdate(value: date | None) -> QDate:
    """A date for a date field; none given shows today."""
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


def as_data(widget: W) -> W:
    """Mark ``widget`` as showing data (names, dates, numbers), not words to translate.

    The pseudo-locale test skips the text of widgets marked so (property ``data``).
    """
    widget.setProperty("data", True)
    return widget


class ErrorLabel(QLabel):
    """An inline error: a sign and words, never colour alone."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(f"⚠ {message}")
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def fit_to_screen(widget, width: int, height: int) -> None:
    """Resize to (width, height), but no larger than the screen's free area."""
    screen = widget.screen().availableGeometry()
    widget.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))
