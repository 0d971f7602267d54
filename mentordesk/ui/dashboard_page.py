"""The dashboard: upcoming sessions, progress reviews due or overdue, open actions, and
mentees needing attention (off-the-job hours behind plan, evidence to sign off)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from mentordesk.services import dashboard
from mentordesk.ui.auto_backup import BackupStatus
from mentordesk.ui.first_steps import FirstStepsPanel
from mentordesk.ui.i18n import word
from mentordesk.ui.ops import Ops
from mentordesk.ui.table_model import Column, ColumnFitter, RowTableModel, fit_columns
from mentordesk.ui.widgets import ModulePage
from mentordesk.vault.changes import Changes
from mentordesk.vault.enums import MeetingMode


def _review_state(r: dashboard.ReviewDue) -> str:
    translate = QCoreApplication.translate
    if r.overdue:
        return translate("DashboardPage", "Overdue by %n day(s)", "", -r.days_left)
    if r.days_left == 0:
        return translate("DashboardPage", "Due today")
    return translate("DashboardPage", "Due in %n day(s)", "", r.days_left)


def _table(model: RowTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab goes on to the next table; arrows move in one
    return view


class DashboardPage(ModulePage):
    # Enter or a double-click on a mentee needing attention: their KSB tracker page
    mentee_opened = Signal(int)

    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.shown_day: date | None = None  # the day the dashboard was last filled for
        self.sessions = RowTableModel(
            [
                Column(self.tr("When"), lambda s: s.starts_at),
                Column(self.tr("Mentee"), lambda s: s.mentee),
                Column(self.tr("Length"), lambda s: self.tr("{0} min").format(s.duration_minutes)),
                Column(self.tr("Mode"), lambda s: word(MeetingMode(s.mode))),
                Column(self.tr("Where"), lambda s: s.location),
            ]
        )
        self.reviews = RowTableModel(
            [
                Column(self.tr("Mentee"), lambda r: r.mentee),
                Column(self.tr("Due"), lambda r: r.due_on),
                Column(self.tr("Status"), _review_state),
                Column(self.tr("Last review"), lambda r: r.last_review or self.tr("none yet")),
            ]
        )
        self.open_actions = RowTableModel(
            [
                Column(self.tr("Due"), lambda a: a.due_date),
                Column(self.tr("Mentee"), lambda a: a.mentee),
                Column(self.tr("Owner"), lambda a: a.owner),
                # Last, so the action's words take the room left (the last column stretches).
                Column(
                    self.tr("Action"),
                    lambda a: (self.tr("⚠ overdue: ") if a.overdue else "") + a.description,
                ),
            ]
        )
        self.attention = RowTableModel(
            [
                Column(self.tr("Mentee"), lambda a: a.mentee),
                Column(self.tr("Needs"), lambda a: a.what),
            ]
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        top.addWidget(self.heading, 1)
        # The last good backup, with a warning after a week without, and a button for one.
        self.backup_status = BackupStatus(ops, button=True)
        top.addWidget(self.backup_status)
        layout.addLayout(top)
        self.first_steps = FirstStepsPanel()  # for a new vault, until its first steps are done
        self.first_steps.hide()
        layout.addWidget(self.first_steps)
        grid = QGridLayout()
        self.session_box = QGroupBox()
        self.review_box = QGroupBox()
        self.action_box = QGroupBox()
        self.attention_box = QGroupBox()
        self.fitters: list[ColumnFitter] = []
        for box, model, name in (
            (self.session_box, self.sessions, self.tr("Upcoming sessions")),
            (self.review_box, self.reviews, self.tr("Progress reviews due")),
            (self.action_box, self.open_actions, self.tr("Open actions")),
            (self.attention_box, self.attention, self.tr("Mentees needing attention")),
        ):
            inner = QVBoxLayout(box)
            view = _table(model, name)
            inner.addWidget(view)
            self.fitters.append(fit_columns(view))
            if model is self.attention:
                self.attention_view = view
                view.setToolTip(self.tr("Enter opens the mentee's KSB tracker"))
                view.activated.connect(self._open_attention)
                view.doubleClicked.connect(self._open_attention)
        grid.addWidget(self.session_box, 0, 0)
        grid.addWidget(self.review_box, 0, 1)
        grid.addWidget(self.action_box, 1, 0)
        grid.addWidget(self.attention_box, 1, 1)
        # Sessions have five columns, reviews four short ones: sessions get the room, so
        # that "Where" is read whole on a 1366-pixel screen.
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        self.clear()
        ops.changed.connect(self.on_changes)

    def _open_attention(self, index) -> None:
        if index.isValid():
            self.mentee_opened.emit(self.attention.row_at(index.row()).mentee_id)

    def on_changes(self, changes: Changes) -> None:
        c = changes
        if (
            c.everything
            or c.mentees
            or c.sessions
            or c.actions
            or c.reviews
            or c.settings
            or c.evidence
        ):
            self.refresh()

    def reload(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.backup_status.refresh()
        board = self.ops.read(lambda job: dashboard.load(job.conn, job.now), quiet=True)
        if board:
            self.show_dashboard(board.value)

    def show_dashboard(self, board: dashboard.Dashboard) -> None:
        self.sessions.set_rows(board.upcoming)
        self.reviews.set_rows(board.reviews)
        self.open_actions.set_rows(board.actions)
        self.attention.set_rows(board.alerts)
        self.shown_day = board.today
        self.first_steps.show_steps(board.start)
        overdue = sum(1 for r in board.reviews if r.overdue)
        self.heading.setText(
            self.tr("<h2>Today, {0}</h2>").format(board.today.strftime("%A %d %B %Y"))
        )
        self.session_box.setTitle(
            self.tr("Upcoming sessions — next 14 days ({0})").format(len(board.upcoming))
        )
        self.review_box.setTitle(
            self.tr("Progress reviews due or overdue ({0}, {1} overdue)").format(
                len(board.reviews), overdue
            )
        )
        shown = len(board.actions)
        more = self.tr(", {0} shown").format(shown) if shown < board.open_action_count else ""
        self.action_box.setTitle(
            self.tr("Open actions ({0}{1})").format(board.open_action_count, more)
        )
        behind = sum(1 for a in board.alerts if a.kind == "otj")
        self.attention_box.setTitle(
            self.tr("Mentees needing attention ({0}; {1} behind plan)").format(
                len({a.mentee_id for a in board.alerts}), behind
            )
        )

    def clear(self) -> None:
        self.shown_day = None
        self.first_steps.hide()
        self.backup_status.refresh()
        for model in (self.sessions, self.reviews, self.open_actions, self.attention):
            model.clear()
        self.heading.setText(self.tr("<h2>Dashboard</h2>"))
        self.session_box.setTitle(self.tr("Upcoming sessions"))
        self.review_box.setTitle(self.tr("Progress reviews due or overdue"))
        self.action_box.setTitle(self.tr("Open actions"))
        self.attention_box.setTitle(self.tr("Needing attention"))
