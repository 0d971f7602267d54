"""Small shared widgets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QWidget,
)

if TYPE_CHECKING:
    from mentordesk.ui.printing import Printable

W = TypeVar("W", bound=QWidget)


def qdate(value: date | None, fallback: date) -> QDate:
    """A date for a date field; none given shows ``fallback`` (today, from the clock, say)."""
    day = value or fallback
    return QDate(day.year, day.month, day.day)


def py_date(value: QDate) -> date:
    """A date field's date as a Python date."""
    return cast(date, value.toPython())  # PySide's stubs type toPython() as object


def py_datetime(value: QDateTime) -> datetime:
    """A date-and-time field's value as a naive (local) Python datetime."""
    return cast(datetime, value.toPython())  # PySide's stubs type toPython() as object


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text in a table cell; empty for a cell with no item."""
    item = table.item(row, column)
    return item.text() if item is not None else ""


def cell_widget(table: QTableWidget, row: int, column: int, kind: type[W]) -> W:
    """The widget of type ``kind`` set in a table cell."""
    widget = table.cellWidget(row, column)
    if not isinstance(widget, kind):
        raise TypeError(
            f"cell ({row}, {column}) holds {type(widget).__name__}, not {kind.__name__}"
        )
    return widget


def is_ticked(table: QTableWidget, row: int, column: int = 0) -> bool:
    """Whether a table cell's tick box is ticked."""
    item = table.item(row, column)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def as_data(widget: W) -> W:
    """Mark ``widget`` as showing data (names, dates, numbers), not words to translate.

    The pseudo-locale test skips the text of widgets marked so (property ``data``).
    """
    widget.setProperty("data", True)
    return widget


class ModulePage(QWidget):
    """A page of the main window's modules: ``reload()`` shows the vault just unlocked,
    ``clear()`` forgets everything shown when it locks. A page showing a record that can
    be printed says which in ``printable()``, and emits ``printable_changed`` when that
    may have changed (File › Print… follows it)."""

    printable_changed = Signal()

    def reload(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def printable(self) -> Printable | None:
        """The record shown that File › Print… prints, if any."""
        return None


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


def may_close_unsaved(parent: QWidget, question: str, save: Callable[[], bool]) -> bool:
    """Asked when a window with unsaved changes is closed: Save (and close if that worked),
    Discard, or Cancel (stay). True if the window may close."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Widgets", "Unsaved changes"),
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Cancel:
        return False
    return answer != buttons.Save or save()


def save_buttons(dialog: QDialog, save: Callable[[], object], tooltip: str) -> QDialogButtonBox:
    """Save and Cancel for a dialog that saves what was typed: Save (and Ctrl+Enter,
    Ctrl+Return, Ctrl+S) calls ``save``; Cancel rejects. ``tooltip`` is Save's."""
    from PySide6.QtGui import QKeySequence, QShortcut

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(tooltip)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
        QShortcut(QKeySequence(keys), dialog).activated.connect(save)
    return buttons


def filter_list(view: QListWidget, shown: Callable[[QListWidgetItem], bool]) -> None:
    """Hide the rows of ``view`` that ``shown`` refuses, and keep its current row on one
    that is seen: Space then ticks what the eye sees, never a row the filter hid."""
    first = None
    for i in range(view.count()):
        item = view.item(i)
        item.setHidden(not shown(item))
        if first is None and not item.isHidden():
            first = item
    current = view.currentItem()
    if (current is None or current.isHidden()) and first is not None:
        view.setCurrentItem(first)
    elif first is None:
        view.setCurrentRow(-1)  # nothing shown: nothing to tick
