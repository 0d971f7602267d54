"""What every window must pass on a small laptop screen: nothing clipped, every input named,
no Alt-letter used twice.

Used by the harness that opens every page and dialog (test_every_window.py); each check
returns a list of findings in words, empty when the window passes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

INPUTS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QCheckBox,
    QRadioButton,
)


def name_of(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or '?'})"


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _inside_composite(widget: QWidget) -> bool:
    """A part of another input (the line edit of a combo box or a date field, a table's
    cell editor or header): named through its owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport, where being outside the visible part is scrolling."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(window: QWidget, screen: QRect) -> list[str]:
    """Widgets cut by their parent or the screen, text squeezed below what it needs, and
    scroll areas that need a sideways scroll bar."""
    found: list[str] = []
    if window.width() > screen.width() or window.height() > screen.height():
        found.append(
            f"{name_of(window)} is {window.width()}×{window.height()}, larger than the "
            f"{screen.width()}×{screen.height()} screen"
        )
    minimum = window.minimumSizeHint()
    if minimum.width() > screen.width() or minimum.height() > screen.height():
        found.append(
            f"{name_of(window)} needs at least {minimum.width()}×{minimum.height()}, more than "
            f"the {screen.width()}×{screen.height()} screen"
        )
    for child in window.findChildren(QWidget):
        if not shown(child) or child.isWindow() or _inside_composite(child):
            continue
        parent = child.parentWidget()
        if parent is None or isinstance(parent, QTabBar):
            continue
        if not _scrolled(child) and not parent.rect().contains(child.geometry()):
            found.append(
                f"{name_of(child)} at {child.geometry().getRect()} runs outside "
                f"{name_of(parent)} ({parent.width()}×{parent.height()})"
            )
        if isinstance(child, QAbstractButton) and not isinstance(child, QTabBar):
            need = child.minimumSizeHint().width()
            if child.text() and child.width() < need - 2:
                found.append(f"button “{child.text()}” is {child.width()} px wide, needs {need}")
        if isinstance(child, QLabel) and not child.wordWrap() and child.text():
            plain = not child.pixmap() or child.pixmap().isNull()
            if plain and child.width() < child.minimumSizeHint().width() - 2:
                found.append(
                    f"label “{child.text()[:40]}” is {child.width()} px wide, "
                    f"needs {child.minimumSizeHint().width()}"
                )
        if isinstance(child, QScrollArea) and child.widget() is not None:
            content = child.widget()
            if content.minimumSizeHint().width() > child.viewport().width() + 1:
                found.append(
                    f"{name_of(child)} needs a sideways scroll: its content needs "
                    f"{content.minimumSizeHint().width()} px in {child.viewport().width()}"
                )
    return found


def cut_cells(window: QWidget, rows: int = 20) -> list[str]:
    """Table cells whose text does not fit: wider than a column that does not wrap, or
    taller than a row that does."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    found = []
    for view in window.findChildren(QTableView):
        model = view.model()
        if not shown(view) or model is None:
            continue
        metrics = view.fontMetrics()
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            width = view.columnWidth(column) - 10  # the cell's margins
            for row in range(min(rows, model.rowCount())):
                text = str(model.index(row, column).data() or "")
                if not text or model.index(row, column).data(Qt.ItemDataRole.DecorationRole):
                    continue
                if view.wordWrap():
                    box = metrics.boundingRect(
                        QRect(0, 0, max(width, 1), 10_000), Qt.TextFlag.TextWordWrap, text
                    )
                    cut = box.height() > view.rowHeight(row) or box.width() > width
                else:
                    cut = metrics.horizontalAdvance(text) > width
                if cut:
                    header = model.headerData(column, Qt.Orientation.Horizontal)
                    found.append(f"{name_of(view)} column “{header}” cuts “{text[:50]}”")
                    break
    return found


def _labelled_by_form(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout) and layout.labelForField(widget) is not None:
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(window: QWidget) -> list[str]:
    """Inputs a screen reader cannot name: no accessible name, no buddy label, no form label,
    no text of their own."""
    buddies = {
        id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None
    }
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not shown(widget) or _inside_composite(widget):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QCheckBox | QRadioButton) and widget.text().strip():
            continue
        if _labelled_by_form(widget):
            continue
        found.append(f"{name_of(widget)} has no accessible name or label")
    return found


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic_of(text: str) -> str | None:
    match = _MNEMONIC.search(text)
    return match.group(1).lower() if match else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every Alt-letter in the window (buttons, labels, group boxes, tabs, menu titles),
    with what carries it."""
    seen: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = mnemonic_of(text)
        if letter:
            seen.setdefault(letter, []).append(text)

    for widget in window.findChildren(QWidget):
        if not shown(widget) or _inside_composite(widget):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget.tabText(i))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                add(action.text())
    if isinstance(window, QWizard):
        pass  # the wizard's own buttons are QAbstractButtons, found above when shown
    return seen


def mnemonic_clashes(window: QWidget) -> list[str]:
    return [
        f"Alt+{letter.upper()} is used by {', '.join(repr(t) for t in texts)}"
        for letter, texts in sorted(mnemonics(window).items())
        if len(texts) > 1
    ]


def problems(window: QWidget, screen: QRect) -> list[str]:
    return (
        clipped(window, screen)
        + cut_cells(window)
        + unnamed_inputs(window)
        + mnemonic_clashes(window)
    )
