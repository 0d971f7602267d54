"""A new version of the values statement: the statement, and the values as names with the
words that show each in writing. Saved as a new version dated today; earlier versions are
kept. Ctrl+Enter saves; closing with changes asks first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.values import Value, ValuesDraft
from mentordesk.ui.planner.cells import NamedDelegate, commit_editing, keyboard_table
from mentordesk.ui.planner.keys import no_default_button
from mentordesk.ui.reflections.shared import SavingDialog
from mentordesk.ui.widgets import ErrorLabel, cell_text, fit_to_screen, save_buttons


def split_words(text: str) -> tuple[str, ...]:
    """Words typed as "respect, dignity; fairness" (commas or semicolons between them)."""
    return tuple(w.strip() for w in text.replace(";", ",").split(",") if w.strip())


class ValuesTable(QTableWidget):
    """One row per value: its name, and the words that show it, separated by commas."""

    def __init__(self, values: tuple[Value, ...] | list[Value], parent=None):
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Words that show it, separated by commas")]
        )
        keyboard_table(self, self.tr("Values"))
        self.setAccessibleDescription(
            self.tr("Arrows move between cells; type or press F2 to change one.")
        )
        row_word = self.tr("value")
        self.setItemDelegateForColumn(0, NamedDelegate(self, row_word))
        self.setItemDelegateForColumn(1, NamedDelegate(self, row_word))
        self.setColumnWidth(0, 180)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        for value in values:
            self.add(value)

    def add(self, value: Value | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        name = QTableWidgetItem(value.name if value else "")
        self.setItem(row, 0, name)
        self.setItem(row, 1, QTableWidgetItem(", ".join(value.words) if value else ""))
        if value is None:
            self.setFocus()
            self.setCurrentCell(row, 0)
            self.editItem(name)

    def remove_selected(self) -> None:
        row = self.currentRow()
        if row >= 0:
            commit_editing(self)
            self.removeRow(row)

    def values(self) -> list[Value]:
        commit_editing(self)
        return [
            Value(cell_text(self, row, 0).strip(), split_words(cell_text(self, row, 1)))
            for row in range(self.rowCount())
        ]


class ValuesDialog(SavingDialog):
    SIZE = (820, 600)

    def __init__(
        self,
        draft: ValuesDraft,
        *,
        save: Callable[[ValuesDraft], Any],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("New version of your values statement"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Saved as a new version dated today; earlier versions are kept. For each value, "
                "list the words that show it in your reflections and supervision notes."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        label = QLabel(self.tr("&Statement: what you value and believe, and how it shows"))
        self.statement = QPlainTextEdit(draft.statement)
        self.statement.setTabChangesFocus(True)
        self.statement.setAccessibleName(self.tr("Statement"))
        label.setBuddy(self.statement)
        layout.addWidget(label)
        layout.addWidget(self.statement, 3)
        values_label = QLabel(self.tr("&Values"))
        self.table = ValuesTable(draft.values)
        values_label.setBuddy(self.table)
        layout.addWidget(values_label)
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.add_value = QPushButton(self.tr("&Add value"))
        self.remove_value = QPushButton(self.tr("&Remove value"))
        row.addWidget(self.add_value)
        row.addWidget(self.remove_value)
        row.addStretch()
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        tooltip = self.tr("Save as a new version (Ctrl+Enter)")
        layout.addWidget(save_buttons(self, self.try_save, tooltip))
        self.add_value.clicked.connect(lambda: self.table.add())
        self.remove_value.clicked.connect(self.table.remove_selected)
        no_default_button(self)
        fit_to_screen(self, *self.SIZE)
        self._saved = self.draft()
        self.statement.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft(self) -> ValuesDraft:
        return ValuesDraft(self.statement.toPlainText(), self.table.values())

    def unsaved_question(self) -> str:
        return self.tr("This version is not saved yet. Save it now?")

    def go_to(self, field: str) -> None:
        target = self.table if field == "values" else self.statement
        target.setFocus(Qt.FocusReason.OtherFocusReason)
