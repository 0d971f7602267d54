"""The planner: month, week and agenda over every mentee (or one), reviews due beside it,
and every planning action with its shortcut. Moves, cancels and new sessions can be undone."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import MentorDeskError
from mentordesk.services import session_models
from mentordesk.services.reviews.due import reviews_due
from mentordesk.services.sessions import planning
from mentordesk.services.stored import MENTEE_NAME
from mentordesk.ui.planner.calendar_view import MonthView, WeekView, day_range
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from mentordesk.vault.enums import MenteeStatus, SessionStatus

VIEWS = ["month", "week", "agenda"]
STATUS_WORDS = {
    SessionStatus.PLANNED: "Planned",
    SessionStatus.HELD: "Held",
    SessionStatus.CANCELLED: "Cancelled",
}


def _status(e) -> str:
    if e.status is SessionStatus.HELD:
        return "Quick note" if e.quick_note else "Final" if e.is_final else "Recorded"
    return STATUS_WORDS[e.status]


class _Command(QUndoCommand):
    """An undoable planner change: ``do`` and ``undo`` each run in one transaction."""

    def __init__(self, page, text, do, undo, first_done=True):
        super().__init__(text)
        self.page, self.do, self.undo_fn, self.skip = page, do, undo, first_done

    def redo(self):
        if self.skip:  # already applied when the command was pushed
            self.skip = False
            return
        self.page.run(self.do)

    def undo(self):
        self.page.run(self.undo_fn)


class PlannerPage(QWidget):
    def __init__(self, events, parent=None):
        super().__init__(parent)
        self.events = events
        self.vault = None
        self.view = "month"
        self.day = date.today()
        self.entries = []
        self.undo_stack = QUndoStack(self)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<h2>Planner</h2>")))
        self.tabs = QTabBar()
        for name in (self.tr("&Month"), self.tr("&Week"), self.tr("&Agenda")):
            self.tabs.addTab(name)
        self.prev_button = QToolButton(text="◀")
        self.prev_button.setToolTip(self.tr("Earlier (Page Up)"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QToolButton(text="▶")
        self.next_button.setToolTip(self.tr("Later (Page Down)"))
        self.period = QLabel()
        self.period.setMinimumWidth(180)
        self.mentee = QComboBox()
        self.mentee.setAccessibleName(self.tr("Show sessions of"))
        self.mentee.setMinimumWidth(180)
        for w in (self.tabs, self.prev_button, self.today_button, self.next_button, self.period):
            head.addWidget(w)
        head.addStretch()
        head.addWidget(QLabel(self.tr("Show:")))
        head.addWidget(self.mentee)
        layout.addLayout(head)

        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut in (
            ("new", self.tr("&New session…"), "Ctrl+N"),
            ("series", self.tr("Plan &series…"), "Ctrl+Shift+N"),
            ("record", self.tr("&Record…"), "Ctrl+R"),
            ("edit", self.tr("C&hange…"), "Ctrl+E"),
            ("cancel", self.tr("&Cancel session…"), "Del"),
            ("review", self.tr("Progress re&view…"), "Ctrl+Shift+R"),
            ("import", self.tr("&Import .ics…"), None),
            ("export", self.tr("E&xport .ics…"), None),
        ):
            button = QPushButton(text)
            if shortcut:
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(button.click)
                self.addAction(action)
                button.setToolTip(shortcut)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch()
        layout.addLayout(bar)

        body = QHBoxLayout()
        self.month = MonthView()
        self.week = WeekView()
        self.agenda_model = RowTableModel(
            [
                Column(self.tr("When"), lambda e: e.starts_at.astimezone().replace(tzinfo=None)),
                Column(self.tr("Mentee"), lambda e: e.mentee),
                Column(self.tr("Length"), lambda e: f"{e.duration_minutes} min", align_right=True),
                Column(self.tr("Model"), lambda e: session_models.get(e.model).name),
                Column(self.tr("State"), _status),
                Column(self.tr("Title"), lambda e: e.title),
            ]
        )
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.agenda_model)
        self.agenda = QTableView()
        self.agenda.setModel(proxy)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.verticalHeader().hide()
        self.agenda.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget()
        for w in (self.month, self.week, self.agenda):
            self.stack.addWidget(w)
        body.addWidget(self.stack, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Reviews due (14 days) and overdue</b>")))
        self.due = QListWidget()
        self.due.setAccessibleName(self.tr("Reviews due"))
        self.due.setMaximumWidth(290)
        side.addWidget(self.due, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMaximumWidth(290)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.detail)
        body.addLayout(side)
        layout.addLayout(body, 1)

        self.tabs.currentChanged.connect(lambda i: self.set_view(VIEWS[i]))
        self.prev_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.today_button.clicked.connect(self.go_today)
        self.mentee.currentIndexChanged.connect(lambda _i: self.refresh())
        for canvas in (self.month, self.week):
            canvas.turn.connect(self.turn)
            canvas.day_chosen.connect(self.choose_day)
            canvas.session_chosen.connect(self.show_detail)
            canvas.session_activated.connect(self.open_session)
            canvas.day_activated.connect(lambda _d: self.new_session())
        self.agenda.doubleClicked.connect(lambda _i: self.open_session(self.selected_id()))
        self.agenda.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_detail(self.selected_id())
        )
        self.due.itemActivated.connect(
            lambda item: self.open_review(item.data(Qt.ItemDataRole.UserRole))
        )
        b = self.buttons
        b["new"].clicked.connect(self.new_session)
        b["series"].clicked.connect(self.plan_series)
        b["record"].clicked.connect(lambda: self.open_session(self.selected_id()))
        b["edit"].clicked.connect(self.change_selected)
        b["cancel"].clicked.connect(self.cancel_selected)
        b["review"].clicked.connect(lambda: self.open_review(self.current_mentee()))
        b["import"].clicked.connect(self.import_ics)
        b["export"].clicked.connect(self.export_ics)
        self.events.changed.connect(self.on_changed)

    # -- vault ----------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.load_mentees()
        self.refresh()
        self.show_due()

    def clear(self) -> None:
        self.vault = None
        self.entries = []
        self.undo_stack.clear()
        self.month.show_entries([], self.day)
        self.week.show_entries([], self.day)
        self.agenda_model.set_rows([])
        self.due.clear()
        self.detail.clear()
        self.mentee.clear()

    def on_changed(self, kind: str) -> None:
        if self.vault is None:
            return
        if kind == "mentee":
            self.load_mentees()
        if kind in ("mentee", "session", "review", "settings", "contract"):
            self.refresh()
            self.show_due()

    def mentees(self, active_only: bool = True) -> list[tuple[int, str]]:
        sql = f"SELECT m.id, {MENTEE_NAME} FROM mentee m"
        args: tuple = ()
        if active_only:
            sql += " WHERE m.status = ?"
            args = (MenteeStatus.ACTIVE.value,)
        return list(self.vault.connection.execute(sql + " ORDER BY 2", args))

    def load_mentees(self) -> None:
        current = self.mentee.currentData()
        self.mentee.blockSignals(True)
        self.mentee.clear()
        self.mentee.addItem(self.tr("All mentees"), None)
        for mid, name in self.mentees(active_only=False):
            self.mentee.addItem(name, mid)
        self.mentee.setCurrentIndex(max(0, self.mentee.findData(current)))
        self.mentee.blockSignals(False)

    # -- showing --------------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        self.view = view
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(VIEWS.index(view))
        self.tabs.blockSignals(False)
        self.stack.setCurrentIndex(VIEWS.index(view))
        self.refresh()
        self.stack.currentWidget().setFocus()

    def turn(self, step: int) -> None:
        if self.view == "month":
            month = self.day.month - 1 + step
            self.day = date(self.day.year + month // 12, month % 12 + 1, 1)
        else:
            self.day += timedelta(weeks=step if self.view == "week" else 4 * step)
        self.refresh()

    def go_today(self) -> None:
        self.day = date.today()
        self.refresh()

    def choose_day(self, day: date) -> None:
        moved = (day.year, day.month) != (self.day.year, self.day.month)
        self.day = day
        if self.view == "month" and moved:
            self.refresh()
        elif self.view == "week" and not (
            self.week.week_start() <= day < self.week.week_start() + timedelta(days=7)
        ):
            self.refresh()

    def current_mentee(self) -> int | None:
        sid = self.selected_id()
        if sid is not None:
            return next((e.mentee_id for e in self.entries if e.id == sid), None)
        return self.mentee.currentData()

    def refresh(self) -> None:
        """Read the shown range (plain SQL, no ORM) and repaint."""
        if self.vault is None:
            return
        start, end = day_range(self.view, self.day)
        self.entries = planning.entries(
            self.vault.connection, start, end, self.mentee.currentData()
        )
        if self.view == "month":
            self.period.setText(f"<b>{self.day:%B %Y}</b>")
            self.month.show_entries(self.entries, self.day)
        elif self.view == "week":
            first = self.day - timedelta(days=self.day.weekday())
            self.period.setText(f"<b>{first:%d %b} – {first + timedelta(days=6):%d %b %Y}</b>")
            self.week.show_entries(self.entries, self.day)
        else:
            self.period.setText(f"<b>From {self.day:%d %b %Y}</b>")
            self.agenda_model.set_rows(self.entries)

    def show_due(self) -> None:
        self.due.clear()
        for r in reviews_due(self.vault.connection, date.today()):
            when = (
                self.tr("overdue by {0} days").format(-r.days_left)
                if r.overdue
                else self.tr("due in {0} days").format(r.days_left)
                if r.days_left
                else self.tr("due today")
            )
            item = QListWidgetItem(f"{r.mentee} — {when} ({r.due_on:%d %b})")
            item.setData(Qt.ItemDataRole.UserRole, r.mentee_id)
            if r.overdue:
                item.setForeground(Qt.GlobalColor.red)
            self.due.addItem(item)
        if not self.due.count():
            self.due.addItem(self.tr("None due in the next 14 days."))

    def selected_id(self) -> int | None:
        if self.view == "agenda":
            index = self.agenda.currentIndex()
            if not index.isValid():
                return None
            row = self.agenda.model().data(index, ROW_ROLE)
            return row.id if row else None
        canvas = self.month if self.view == "month" else self.week
        return canvas.selected

    def show_detail(self, sid: int | None) -> None:
        e = next((e for e in self.entries if e.id == sid), None)
        if e is None:
            self.detail.clear()
            return
        local = e.starts_at.astimezone()
        self.detail.setText(
            f"<b>{e.mentee}</b><br>{local:%a %d %b %Y, %H:%M}–{e.ends_at.astimezone():%H:%M}"
            f"<br>{session_models.get(e.model).name} · {_status(e)}"
            + (f"<br>{e.title}" if e.title else "")
        )

    # -- actions --------------------------------------------------------------------------
    def run(self, fn) -> bool:
        try:
            with self.vault.transaction() as db:
                fn(db)
        except MentorDeskError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return False
        self.events.changed.emit("session")
        return True

    def new_session(self) -> None:
        from mentordesk.services.sessions import SessionPlan
        from mentordesk.ui.planner.plan_dialogs import PlanDialog, default_start

        people = self.mentees()
        if not people:
            QMessageBox.information(self, self.tr("No mentees"), self.tr("Add a mentee first."))
            return
        mentee_id = self.mentee.currentData() or people[0][0]
        plan = SessionPlan(mentee_id, default_start(self.day), model="grow")
        dialog = PlanDialog(self.vault, people, plan, None, self)
        if dialog.exec() and dialog.saved_id:
            planned, ids = dialog.plan(), [dialog.saved_id]

            def plan_again(db) -> None:  # redo after undo: the session is planned anew
                ids[0] = planning.plan(db, planned)

            self.undo_stack.push(
                _Command(
                    self,
                    self.tr("New session"),
                    plan_again,
                    lambda db: planning.delete_planned(db, ids[0]),
                )
            )
            self.events.changed.emit("session")

    def plan_series(self) -> None:
        from mentordesk.ui.planner.plan_dialogs import SeriesDialog, default_start

        people = self.mentees()
        if not people:
            return
        dialog = SeriesDialog(
            self.vault, people, self.current_mentee(), default_start(self.day), self
        )
        if dialog.exec() and dialog.saved_ids:
            self.events.changed.emit("session")

    def change_selected(self) -> None:
        from mentordesk.ui.planner.plan_dialogs import PlanDialog

        sid = self.selected_id()
        if sid is None:
            return
        with self.vault.session() as db:
            plan = planning.plan_of(db, sid)
        dialog = PlanDialog(self.vault, self.mentees(active_only=False), plan, sid, self)
        if dialog.exec() and dialog.before is not None:
            before, after = dialog.before, dialog.plan()
            self.undo_stack.push(
                _Command(
                    self,
                    self.tr("Change session"),
                    lambda db: planning.update(db, sid, after),
                    lambda db: planning.update(db, sid, before),
                )
            )
            self.events.changed.emit("session")

    def reschedule(self, sid: int, starts_at: datetime, minutes: int | None = None) -> bool:
        """Move a planned session (undoable)."""
        old = []  # (start, minutes) before the move, as the service returns it
        if not self.run(lambda db: old.append(planning.reschedule(db, sid, starts_at, minutes))):
            return False
        self.undo_stack.push(
            _Command(
                self,
                self.tr("Reschedule session"),
                lambda db: planning.reschedule(db, sid, starts_at, minutes),
                lambda db: planning.reschedule(db, sid, *old[0]),
            )
        )
        return True

    def cancel_selected(self) -> None:
        sid = self.selected_id()
        if sid is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel session"), self.tr("Why is the session cancelled?")
        )
        if ok and self.run(lambda db: planning.cancel(db, sid, reason)):
            self.undo_stack.push(
                _Command(
                    self,
                    self.tr("Cancel session"),
                    lambda db: planning.cancel(db, sid, reason),
                    lambda db: planning.restore(db, sid),
                )
            )

    def open_session(self, sid: int | None) -> None:
        from mentordesk.ui.planner.record_dialog import SessionRecordDialog

        if sid is None:
            return
        try:
            dialog = SessionRecordDialog(self.vault, sid, self)
        except MentorDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return
        dialog.exec()
        if dialog.changed:
            self.events.changed.emit("session")

    def open_review(self, mentee_id: int | None) -> None:
        from mentordesk.services.profile import get_profile
        from mentordesk.services.reviews import store
        from mentordesk.ui.planner.review_dialog import ReviewDialog

        if mentee_id is None:
            QMessageBox.information(
                self,
                self.tr("Progress review"),
                self.tr("Choose a mentee (Show:) or a session of theirs first."),
            )
            return
        with self.vault.session() as db:
            drafts = [r for r in store.list_reviews(db, mentee_id) if not r.is_final]
            profile = get_profile(db)
        dialog = ReviewDialog(
            self.vault,
            mentee_id,
            drafts[0].id if drafts else None,
            self,
            mentor=profile.full_name if profile else "",
        )
        dialog.exec()
        if dialog.changed:
            self.events.changed.emit("review")

    def import_ics(self) -> None:
        from mentordesk.services.sessions.ics import import_ics

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar invitations"), str(Path.home()), "iCalendar (*.ics)"
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            with self.vault.transaction() as db:
                result = import_ics(db, data, self.mentee.currentData())
        except (MentorDeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Nothing imported"), str(exc))
            return
        self.events.changed.emit("session")
        text = self.tr("{0} sessions added, {1} moved to a new time.").format(
            len(result.created), len(result.moved)
        )
        if result.skipped:
            text += "\n\n" + self.tr("Not imported:") + "\n" + "\n".join(result.skipped)
        QMessageBox.information(self, self.tr("Calendar imported"), text)

    def export_ics(self) -> None:
        from mentordesk.services.sessions.ics import export_ics
        from mentordesk.vault.fileio import atomic_write

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export planned sessions"),
            str(Path.home() / "mentoring-sessions.ics"),
            "iCalendar (*.ics)",
        )
        if not path:
            return
        try:
            with self.vault.session() as db:
                atomic_write(Path(path), export_ics(db, self.mentee.currentData()))
        except (MentorDeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
