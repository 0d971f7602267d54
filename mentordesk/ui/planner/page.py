"""The planner: month, week and agenda over every mentee (or one), reviews due beside it,
and every planning action with its shortcut (:mod:`.actions`). Moves, cancels and new
sessions can be undone."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from mentordesk.services import session_models
from mentordesk.services.reviews.due import reviews_due
from mentordesk.services.sessions import planning
from mentordesk.services.sessions.planning import CalendarEntry
from mentordesk.ui.ops import Ops
from mentordesk.ui.planner.actions import PlannerActions
from mentordesk.ui.planner.calendar_view import MonthView, WeekView, day_range
from mentordesk.ui.planner.chips import Legend, describe, status_words
from mentordesk.ui.planner.due_panel import ReviewsDuePanel
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel, fit_columns
from mentordesk.ui.undo import VaultUndoStack
from mentordesk.ui.widgets import as_data
from mentordesk.vault.changes import Changes

VIEWS = ["month", "week", "agenda"]
MODEL_COLUMN, TITLE_COLUMN = 3, 5


class PlannerPage(PlannerActions):
    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.view = "month"
        self.day = ops.clock.today()
        self.entries: list[CalendarEntry] = []
        self.undo_stack = VaultUndoStack(ops, self)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<h2>Planner</h2>")))
        self.tabs = QTabBar()
        for name in (self.tr("&Month"), self.tr("&Week"), self.tr("&Agenda")):
            self.tabs.addTab(name)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Earlier (Page Up)"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Later (Page Down)"))
        self.period = as_data(QLabel())  # a month or a week: dates
        self.period.setMinimumWidth(180)
        self.mentee = as_data(QComboBox())  # mentees' names
        self.mentee.setAccessibleName(self.tr("Show sessions of"))
        self.mentee.setMinimumWidth(180)
        for w in (self.tabs, self.prev_button, self.today_button, self.next_button, self.period):
            head.addWidget(w)
        head.addStretch()
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.mentee)
        head.addWidget(show)
        head.addWidget(self.mentee)
        layout.addLayout(head)

        # A tool bar: what does not fit (longer words, a narrow window) goes under its »
        # button instead of widening the window past the screen.
        bar = QToolBar(self.tr("Planner actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setStyleSheet(
            "QToolButton { padding: 4px 10px; margin-right: 4px; border: 1px solid palette(mid);"
            " border-radius: 3px; background: palette(button); }"
            " QToolButton:focus, QToolButton:hover { border-color: palette(highlight); }"
        )
        self.buttons: dict[str, QToolButton] = {}
        for key, text, shortcut in (
            ("new", self.tr("New session…"), "Ctrl+N"),
            ("series", self.tr("Plan series…"), "Ctrl+Shift+N"),
            ("record", self.tr("Record…"), "Ctrl+R"),
            ("edit", self.tr("Change…"), "Ctrl+E"),
            ("cancel", self.tr("Cancel session…"), "Del"),
            ("review", self.tr("Progress review…"), "Ctrl+Shift+R"),
            ("import", self.tr("Import .ics…"), "Ctrl+I"),
            ("export", self.tr("Export .ics…"), "Ctrl+Shift+E"),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while shown
            action.setToolTip(f"{text.rstrip('…')} ({QKeySequence(shortcut).toString()})")
            bar.addAction(action)
            button = bar.widgetForAction(action)
            assert isinstance(button, QToolButton)
            button.setAccessibleName(text.rstrip("…"))
            self.buttons[key] = button
        layout.addWidget(bar)

        body = QHBoxLayout()
        self.month = MonthView(self.day)
        self.week = WeekView(self.day)
        self.agenda_model = RowTableModel(
            [
                Column(self.tr("When"), lambda e: e.starts_at.astimezone().replace(tzinfo=None)),
                Column(self.tr("Mentee"), lambda e: e.mentee),
                Column(
                    self.tr("Length"),
                    lambda e: self.tr("{0} min").format(e.duration_minutes),
                    align_right=True,
                ),
                Column(
                    self.tr("Model"),
                    lambda e: session_models.get(e.model).name,
                    tooltip=lambda e: session_models.get(e.model).name,
                ),
                Column(self.tr("State"), status_words),
                Column(self.tr("Title"), lambda e: e.title, tooltip=describe),
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
        self.agenda.setWordWrap(False)
        self.agenda_fitter = fit_columns(self.agenda)
        self.stretch_title()
        self.stack = QStackedWidget()
        for calendar_view in (self.month, self.week, self.agenda):
            self.stack.addWidget(calendar_view)
        self.legend = Legend()
        shown = QVBoxLayout()
        shown.addWidget(self.stack, 1)
        shown.addWidget(self.legend)
        body.addLayout(shown, 1)
        side = QVBoxLayout()
        self.due_panel = ReviewsDuePanel()
        self.due = self.due_panel.list
        side.addWidget(self.due_panel, 1)
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
        self.due_panel.review_chosen.connect(self.open_review)
        b = {key: button.defaultAction() for key, button in self.buttons.items()}
        b["new"].triggered.connect(self.new_session)
        b["series"].triggered.connect(self.plan_series)
        b["record"].triggered.connect(lambda: self.open_session(self.selected_id()))
        b["edit"].triggered.connect(self.change_selected)
        b["cancel"].triggered.connect(self.cancel_selected)
        b["review"].triggered.connect(lambda: self.open_review(self.current_mentee()))
        b["import"].triggered.connect(self.import_ics)
        b["export"].triggered.connect(self.export_ics)
        ops.changed.connect(self.on_changes)

    # -- vault ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.undo_stack.clear()
        self.load_mentees()
        self.refresh()
        self.show_due()

    def clear(self) -> None:
        self.entries = []
        self.undo_stack.clear()
        today = self.ops.clock.today()
        self.month.show_entries([], self.day, today)
        self.week.show_entries([], self.day, today)
        self.agenda_model.set_rows([])
        self.due_panel.clear()
        self.detail.clear()
        self.mentee.clear()

    def on_changes(self, changes: Changes) -> None:
        every = changes.everything
        if every or changes.mentees:
            self.load_mentees()
        if every or changes.sessions or changes.mentees:  # entries carry mentees' names
            self.refresh()
        if every or changes.mentees or changes.reviews or changes.settings:
            self.show_due()

    def mentees(self, active_only: bool = True) -> list[tuple[int, str]]:
        found = self.ops.read(
            lambda job: planning.mentee_choices(job.conn, active_only=active_only)
        )
        return found.value or []

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
        self.legend.setVisible(view != "agenda")  # the agenda says the state in words
        self.refresh()
        shown = self.stack.currentWidget()
        if shown is not None:
            shown.setFocus()

    def turn(self, step: int) -> None:
        if self.view == "month":
            month = self.day.month - 1 + step
            self.day = date(self.day.year + month // 12, month % 12 + 1, 1)
        else:
            self.day += timedelta(weeks=step if self.view == "week" else 4 * step)
        self.refresh()

    def go_today(self) -> None:
        self.day = self.ops.clock.today()
        self.refresh()

    def choose_day(self, day: date) -> None:
        # Compared with the day shown before: the view has already moved its own day.
        before = self.day
        moved_month = (day.year, day.month) != (before.year, before.month)
        monday = before - timedelta(days=before.weekday())
        moved_week = not monday <= day < monday + timedelta(days=7)
        self.day = day
        if (self.view == "month" and moved_month) or (self.view == "week" and moved_week):
            self.refresh()

    def current_mentee(self) -> int | None:
        sid = self.selected_id()
        if sid is not None:
            return next((e.mentee_id for e in self.entries if e.id == sid), None)
        return self.mentee.currentData()

    def refresh(self) -> None:
        """Read the shown range (plain SQL, no ORM) and repaint."""
        start, end = day_range(self.view, self.day)
        mentee_id = self.mentee.currentData()
        found = self.ops.read(lambda job: planning.entries(job.conn, start, end, mentee_id))
        if not found:
            return
        self.entries = found.value or []
        today = self.ops.clock.today()
        if self.view == "month":
            self.period.setText(f"<b>{self.day:%B %Y}</b>")
            self.month.show_entries(self.entries, self.day, today)
        elif self.view == "week":
            first = self.day - timedelta(days=self.day.weekday())
            self.period.setText(f"<b>{first:%d %b} – {first + timedelta(days=6):%d %b %Y}</b>")
            self.week.show_entries(self.entries, self.day, today)
        else:
            self.period.setText(f"<b>{self.day:%d %b %Y} →</b>")
            self.agenda_model.set_rows(self.entries)
            self.stretch_title()  # a reset of the model forgets how each column sizes
        self.show_detail(self.selected_id())  # the detail follows what was changed

    def stretch_title(self) -> None:
        """The title takes the room the other columns leave (cut with "…" when short of it;
        its tooltip has the whole session), so the agenda never scrolls sideways."""
        header = self.agenda.horizontalHeader()
        # Not "stretch the last section": that never shrinks it below its fitted width.
        header.setStretchLastSection(False)
        if header.count() > TITLE_COLUMN:
            header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
            # A model's name is known from a word or two (its tooltip has it whole): the
            # room goes to the title, which only the mentor wrote.
            widest = self.agenda.fontMetrics().averageCharWidth() * 18
            header.resizeSection(MODEL_COLUMN, min(header.sectionSize(MODEL_COLUMN), widest))

    def show_due(self) -> None:
        found = self.ops.read(lambda job: reviews_due(job.conn, job.today))
        if found:
            self.due_panel.show_due(found.value or [])

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
        from html import escape

        text = self.tr("<b>{0}</b><br>{1:%a %d %b %Y, %H:%M}–{2:%H:%M}<br>{3} · {4}").format(
            escape(e.mentee),
            e.starts_at.astimezone(),
            e.ends_at.astimezone(),
            escape(session_models.get(e.model).name),
            status_words(e),
        )
        self.detail.setText(text + (f"<br>{escape(e.title)}" if e.title else ""))
