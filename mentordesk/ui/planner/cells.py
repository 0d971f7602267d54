"""Editing tables by keyboard: one Tab stop per table (arrows move between cells, typing or
F2 edits, Tab moves on to the next cell while editing), editors that say what they edit,
dates as the rest of the app shows them, and nothing typed lost when saving mid-edit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QTableWidget,
    QWidget,
)

from mentordesk.ui.fields import DATE_FORMAT, DateField
from mentordesk.ui.widgets import py_date

AnyIndex = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 10  # the value behind a cell's text (a date, an enum)


def keyboard_table(table: QTableWidget, name: str) -> None:
    """Tab leaves the table instead of walking (and wrapping round) every cell."""
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )


def commit_editing(view: QAbstractItemView) -> None:
    """Keep what is being typed in a cell (a save by Ctrl+S leaves the editor open)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    index = view.currentIndex()
    editor = view.indexWidget(index)
    delegate = view.itemDelegateForIndex(index)
    if editor is not None and delegate is not None:
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class NamedDelegate(QStyledItemDelegate):
    """Editors named for screen readers: "Due date, action 2: Book an observation"."""

    def __init__(self, table: QTableWidget, row_word: str):
        super().__init__(table)
        self.table = table
        self.row_word = row_word  # "action", "KSB"

    def editor_name(self, index: AnyIndex) -> str:
        header = self.table.horizontalHeaderItem(index.column())
        first = self.table.item(index.row(), 0)
        what = header.text() if header is not None else ""
        row = f"{self.row_word} {index.row() + 1}"
        label = first.text() if first is not None and index.column() != 0 else ""
        return f"{what}, {row}: {label}" if label else f"{what}, {row}"

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.editor_name(index))
        return editor


def date_of(table: QTableWidget, row: int, column: int) -> date | None:
    item = table.item(row, column)
    value = item.data(VALUE_ROLE) if item is not None else None
    return value if isinstance(value, date) else None


def date_text(day: date | None, widget: QWidget) -> str:
    return widget.locale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT) if day else ""


class DateDelegate(NamedDelegate):
    """A date cell: shown "24 Nov 2026", edited in a :class:`DateField` that allows no day
    before ``minimum``; an empty cell starts at ``fallback``."""

    def __init__(self, table: QTableWidget, row_word: str, minimum: date, fallback: date):
        super().__init__(table, row_word)
        self.minimum, self.fallback = minimum, fallback

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        editor = DateField(fallback=self.fallback, minimum=self.minimum, parent=parent)
        editor.setAccessibleName(self.editor_name(index))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(VALUE_ROLE)
        assert isinstance(editor, DateField)
        editor.set_value(value if isinstance(value, date) else self.fallback)

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, DateField)
        day = py_date(editor.date())
        model.setData(index, day, VALUE_ROLE)
        model.setData(index, date_text(day, self.table), Qt.ItemDataRole.DisplayRole)


class ChoiceDelegate(NamedDelegate):
    """A cell chosen from a list (RAG, say): shown as its words, edited in a drop-down."""

    def __init__(self, table: QTableWidget, row_word: str, choices: Sequence[tuple[str, object]]):
        super().__init__(table, row_word)
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        box = QComboBox(parent)
        for text, value in self.choices:
            box.addItem(text, value)
        box.setAccessibleName(self.editor_name(index))
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE_ROLE))))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
