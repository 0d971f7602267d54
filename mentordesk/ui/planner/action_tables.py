"""The session record's two tables of actions: those agreed at this session (with their due
dates, never before the session), and those still open from before (closed from here)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mentordesk.services import sessions
from mentordesk.services.sessions import ActionDraft, ActionRow
from mentordesk.ui.ops import Ops
from mentordesk.ui.planner.cells import (
    VALUE_ROLE,
    DateDelegate,
    NamedDelegate,
    commit_editing,
    date_of,
    date_text,
    keyboard_table,
)
from mentordesk.ui.widgets import ErrorLabel, cell_text, is_ticked
from mentordesk.vault.enums import ActionStatus

READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def fit_date_column(table: QTableWidget, column: int) -> None:
    """Wide enough for "30 Sep 2026" and, while editing, the calendar button."""
    metrics = QFontMetrics(table.font())
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    table.setColumnWidth(column, metrics.horizontalAdvance("30 Sep 2026") + 48)


class ActionsTable(QTableWidget):
    """Actions agreed at this session: description, owner, due date (on or after the
    session's day; a new one falls due by ``default_due``)."""

    def __init__(self, session_day: date, default_due: date, parent=None):
        super().__init__(0, 3, parent)
        self.session_day, self.default_due = session_day, default_due
        self.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due")])
        keyboard_table(self, self.tr("Actions agreed"))
        self.setAccessibleDescription(
            self.tr("Arrows move between cells; type or press F2 to change one.")
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(1, 110)
        fit_date_column(self, 2)
        word = self.tr("action")
        self.setItemDelegateForColumn(0, NamedDelegate(self, word))
        self.setItemDelegateForColumn(1, NamedDelegate(self, word))
        self.setItemDelegateForColumn(2, DateDelegate(self, word, session_day, default_due))
        self.verticalHeader().hide()
        self.setFixedHeight(150)
        self.ids: list[int | None] = []

    def add(self, a: ActionDraft | None = None) -> None:
        """A row for ``a``, or a new action to type (its description being edited)."""
        a = a or ActionDraft("", self.tr("Mentee"), self.default_due)
        row = self.rowCount()
        self.insertRow(row)
        text = QTableWidgetItem(a.description)
        self.setItem(row, 0, text)
        self.setItem(row, 1, QTableWidgetItem(a.owner))
        due = QTableWidgetItem(date_text(a.due_date, self))
        due.setData(VALUE_ROLE, a.due_date)
        due.setToolTip(
            self.tr("Due on or after the session ({0})").format(date_text(self.session_day, self))
        )
        self.setItem(row, 2, due)
        self.ids.append(a.id)
        if not a.description:
            self.setFocus()
            self.setCurrentCell(row, 0)
            self.editItem(text)

    def remove_selected(self) -> None:
        row = self.currentRow()
        if row >= 0:
            commit_editing(self)
            self.removeRow(row)
            del self.ids[row]

    def show_drafts(self, actions: list[ActionDraft]) -> None:
        """The actions as saved: one row each, with its id (blank rows are not kept)."""
        self.setRowCount(0)
        self.ids = []
        for a in actions:
            self.add(a)

    def drafts(self) -> list[ActionDraft]:
        commit_editing(self)
        out = []
        for row in range(self.rowCount()):
            text = cell_text(self, row, 0).strip()
            owner = cell_text(self, row, 1)
            action_id = self.ids[row] if row < len(self.ids) else None
            if text or action_id is not None:
                out.append(ActionDraft(text, owner, date_of(self, row, 2), action_id))
        return out

    def first_due_too_early(self) -> int | None:
        """The first row whose action falls due before the session (an older record)."""
        for row in range(self.rowCount()):
            due = date_of(self, row, 2)
            if due is not None and due < self.session_day:
                return row
        return None


class OpenActionsBox(QGroupBox):
    """Open actions from earlier sessions and reviews: tick, say the outcome, close them.
    The title counts those still open."""

    def __init__(self, ops: Ops, actions: list[ActionRow], error: ErrorLabel, parent=None):
        super().__init__(parent)
        self.ops, self.error = ops, error
        self.open_rows = list(actions)
        self.table = QTableWidget(len(self.open_rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Open action from before"), self.tr("Outcome")]
        )
        keyboard_table(self.table, self.tr("Open actions from before"))
        self.table.setAccessibleDescription(
            self.tr("Space ticks an action as done; type its outcome in the last column.")
        )
        self.table.setItemDelegateForColumn(2, NamedDelegate(self.table, self.tr("open action")))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(0, 56)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(40 + 28 * min(4, max(1, len(self.open_rows))))
        for r, a in enumerate(self.open_rows):
            tick = QTableWidgetItem()
            tick.setFlags(READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(
                Qt.ItemDataRole.AccessibleTextRole, self.tr("Done: {0}").format(a.description)
            )
            due = self.tr(" (due {0})").format(date_text(a.due_date, self)) if a.due_date else ""
            item = QTableWidgetItem(a.description + due)
            item.setFlags(READ_ONLY)
            item.setToolTip(a.description + due)
            self.table.setItem(r, 0, tick)
            self.table.setItem(r, 1, item)
            self.table.setItem(r, 2, QTableWidgetItem(""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.close_button = QPushButton(self.tr("Close &ticked actions"))
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.close_ticked)
        self.show_count()

    def show_count(self) -> None:
        self.setTitle(self.tr("Open actions ({0})").format(len(self.open_rows)))
        self.close_button.setEnabled(bool(self.open_rows))

    def close_ticked(self) -> None:
        commit_editing(self.table)
        ticked = [(r, a) for r, a in enumerate(self.open_rows) if is_ticked(self.table, r)]
        if not ticked:
            self.error.show_error(
                self.tr("Tick the open actions that are done (Space), then close them.")
            )
            self.table.setFocus()
            return
        closing = [(a.id, cell_text(self.table, r, 2)) for r, a in ticked]

        def close(job) -> None:
            for action_id, outcome in closing:
                sessions.set_action_status(
                    job.db, action_id, ActionStatus.DONE, outcome, now=job.now
                )

        self.error.clear_error()
        if not self.ops.write(close, show=self.error.show_error):
            return
        for r, _a in reversed(ticked):
            self.table.removeRow(r)
            del self.open_rows[r]
        self.show_count()
        self.ops.notice.emit(self.tr("%n action(s) closed.", "", len(closing)))
