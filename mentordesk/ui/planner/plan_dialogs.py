"""Planning dialogs: one session (new or changed), and a series at the contract's cadence.
Clashes with other sessions are shown before anything is saved."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mentordesk.services import session_models, sessions
from mentordesk.services.sessions import Proposal, SessionPlan
from mentordesk.ui.fields import DateField, DateTimeField
from mentordesk.ui.i18n import word
from mentordesk.ui.ops import Ops
from mentordesk.ui.planner.cells import keyboard_table
from mentordesk.ui.planner.keys import tidy_mnemonics
from mentordesk.ui.widgets import ErrorLabel, as_data, is_ticked
from mentordesk.vault.enums import MeetingMode


def mode_combo(value: MeetingMode = MeetingMode.IN_PERSON) -> QComboBox:
    box = QComboBox()
    for mode in MeetingMode:
        box.addItem(word(mode), mode)
    box.setCurrentIndex(box.findData(value))
    return box


def model_combo(value: str = session_models.FREE) -> QComboBox:
    box = as_data(QComboBox())  # the models' names come from resources/session_models
    for key, model in session_models.all_models().items():
        box.addItem(model.name, key)
        box.setItemData(box.count() - 1, model.summary, Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(0, box.findData(value)))
    return box


def mentee_combo(mentees: list[tuple[int, str]], value: int | None) -> QComboBox:
    box = as_data(QComboBox())  # names
    for mid, name in mentees:
        box.addItem(name, mid)
    if value is not None:
        box.setCurrentIndex(max(0, box.findData(value)))
    return box


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def fill_checklist(widget: QListWidget, items: list[tuple[int, str]], ticked) -> None:
    widget.clear()
    for item_id, text in items:
        item = QListWidgetItem(text)
        item.setToolTip(text)  # a long KSB is cut to the list's width
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)


def clash_text(found) -> str:
    if not found:
        return ""
    return QCoreApplication.translate("PlanDialog", "Clashes with {0}").format(
        "; ".join(
            f"{c.mentee} {c.starts_at.astimezone():%H:%M}–{c.ends_at.astimezone():%H:%M}"
            for c in found
        )
    )


class PlanDialog(QDialog):
    """Plan a new session, or change a planned one."""

    def __init__(self, ops: Ops, mentees, plan: SessionPlan, session_id: int | None, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.session_id = session_id
        self.saved_id: int | None = None
        self.before: SessionPlan | None = None
        self.setWindowTitle(self.tr("Change session") if session_id else self.tr("New session"))
        form = QFormLayout()
        self.mentee = mentee_combo(mentees, plan.mentee_id)
        self.starts = DateTimeField(plan.starts_at.astimezone().replace(tzinfo=None))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(plan.duration_minutes)
        self.mode = mode_combo(plan.mode)
        self.location = QLineEdit(plan.location)
        self.title = QLineEdit(plan.title)
        self.title.setPlaceholderText(self.tr("Optional; the mentee's name is shown otherwise"))
        self.model = model_combo(plan.model)
        self.model_summary = as_data(QLabel())  # from resources/session_models
        self.model_summary.setWordWrap(True)
        self.objectives = QPlainTextEdit(plan.objectives)
        self.objectives.setTabChangesFocus(True)
        self.objectives.setFixedHeight(60)
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("Goals to work on"))
        self.goals.setFixedHeight(70)
        self.ksbs = QListWidget()
        self.ksbs.setAccessibleName(self.tr("KSBs to address"))
        self.clash = QLabel()
        self.clash.setStyleSheet("color: #b03a2e;")
        self.clash.setWordWrap(True)
        form.addRow(self.tr("&Mentee"), self.mentee)
        form.addRow(self.tr("St&arts"), self.starts)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow(self.tr("M&ode"), self.mode)
        form.addRow(self.tr("&Where"), self.location)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Session mo&del"), self.model)
        form.addRow("", self.model_summary)
        form.addRow(self.tr("O&bjectives"), self.objectives)
        form.addRow(self.tr("&Goals"), self.goals)
        form.addRow(self.tr("&KSBs to address"), self.ksbs)
        form.addRow("", self.clash)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        tidy_mnemonics(self)
        self._ticked_goals, self._ticked_ksbs = set(plan.goal_ids), set(plan.ksb_ids)
        self.mentee.currentIndexChanged.connect(self.load_mentee)
        self.model.currentIndexChanged.connect(self.show_model)
        self.starts.dateTimeChanged.connect(self.show_clashes)
        self.minutes.valueChanged.connect(self.show_clashes)
        self.load_mentee()
        self.show_model()
        self.resize(620, 700)

    def load_mentee(self) -> None:
        mid = self.mentee.currentData()
        if mid is None:
            return
        self._loading = True
        found = self.ops.read(lambda job: sessions.plan_choices(job.db, mid))
        if not found:
            return
        choices = found.value
        if choices.every_days and self.session_id is None:  # new: as the contract agrees
            self.minutes.setValue(choices.minutes or 60)
            self.mode.setCurrentIndex(self.mode.findData(choices.mode))
        fill_checklist(self.goals, choices.goals, self._ticked_goals)
        fill_checklist(self.ksbs, choices.ksbs, self._ticked_ksbs)
        self.show_clashes()

    def show_model(self) -> None:
        model = session_models.get(self.model.currentData())
        stages = " → ".join(s.title for s in model.stages)
        self.model_summary.setText(f"{model.summary}\n{stages}")

    def starts_at(self) -> datetime:
        return self.starts.value().astimezone()

    def show_clashes(self) -> None:
        starts, minutes, sid = self.starts_at(), self.minutes.value(), self.session_id
        found = self.ops.read(lambda job: sessions.clashes(job.conn, starts, minutes, sid))
        self.clash.setText(clash_text(found.value or []))

    def plan(self) -> SessionPlan:
        return SessionPlan(
            mentee_id=self.mentee.currentData(),
            starts_at=self.starts_at(),
            duration_minutes=self.minutes.value(),
            mode=self.mode.currentData(),
            location=self.location.text(),
            title=self.title.text(),
            model=self.model.currentData(),
            objectives=self.objectives.toPlainText(),
            goal_ids=checked_ids(self.goals),
            ksb_ids=checked_ids(self.ksbs),
        )

    def try_save(self) -> None:
        self.error.clear_error()
        plan, sid = self.plan(), self.session_id
        if sid is None:
            planned = self.ops.write(
                lambda job: sessions.plan(job.db, plan), show=self.error.show_error
            )
            if planned:
                self.saved_id = planned.value
                self.accept()
        else:
            updated = self.ops.write(
                lambda job: sessions.update(job.db, sid, plan), show=self.error.show_error
            )
            if updated:
                self.before, self.saved_id = updated.value, sid
                self.accept()


class SeriesDialog(QDialog):
    """Propose sessions at the agreed cadence, see the clashes, plan the ones ticked."""

    def __init__(self, ops: Ops, mentees, mentee_id: int | None, first: datetime, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.saved_ids: list[int] = []
        self.proposals: list[Proposal] = []
        self.setWindowTitle(self.tr("Plan a series of sessions"))
        form = QFormLayout()
        self.mentee = mentee_combo(mentees, mentee_id)
        self.first = DateTimeField(first.astimezone().replace(tzinfo=None))
        self.every = QSpinBox()
        self.every.setRange(1, 90)
        self.every.setSuffix(self.tr(" days"))
        self.until = DateField(first.astimezone().date() + timedelta(weeks=12))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.mode = mode_combo()
        self.model = model_combo("grow")
        self.cadence_note = QLabel()
        form.addRow(self.tr("&Mentee"), self.mentee)
        form.addRow(self.tr("&First session"), self.first)
        form.addRow(self.tr("&Every"), self.every)
        form.addRow("", self.cadence_note)
        form.addRow(self.tr("&Until"), self.until)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow(self.tr("M&ode"), self.mode)
        form.addRow(self.tr("Session mo&del"), self.model)
        self.propose_button = QPushButton(self.tr("P&ropose dates"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Clashes")])
        keyboard_table(self.table, self.tr("Proposed sessions"))
        self.table.setAccessibleDescription(self.tr("Space ticks or unticks a session."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 220)
        self.summary = QLabel()
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Plan ticked sessions"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.propose_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mentee.currentIndexChanged.connect(self.load_mentee)
        self.propose_button.clicked.connect(self.propose)
        # The list always matches the form: it is proposed again a moment after a change.
        self.repropose = QTimer(self)
        self.repropose.setSingleShot(True)
        self.repropose.setInterval(300)
        self.repropose.timeout.connect(self.propose)
        self.first.dateTimeChanged.connect(lambda _v: self.repropose.start())
        self.every.valueChanged.connect(self._cadence_changed)
        self.until.dateChanged.connect(lambda _v: self.repropose.start())
        self.minutes.valueChanged.connect(lambda _v: self.repropose.start())
        self._loading = True
        self.load_mentee()
        self._loading = False
        tidy_mnemonics(self)
        self.resize(640, 720)

    def _cadence_changed(self, _days: int) -> None:
        if not self._loading:
            self.cadence_note.setText(self.tr("Changed from the contract's cadence."))
        self.repropose.start()

    def load_mentee(self) -> None:
        mid = self.mentee.currentData()
        if mid is None:
            return
        self._loading = True
        found = self.ops.read(lambda job: sessions.plan_choices(job.db, mid))
        if not found:
            return
        choices = found.value
        if choices.every_days:
            self.every.setValue(choices.every_days)
            self.minutes.setValue(choices.minutes or 60)
            self.mode.setCurrentIndex(self.mode.findData(choices.mode))
            self.cadence_note.setText(self.tr("As agreed in the contract in force."))
        else:
            self.every.setValue(14)
            self.minutes.setValue(60)
            self.cadence_note.setText(self.tr("No contract in force: choose how often."))
        end = choices.planned_end or self.ops.clock.today() + timedelta(weeks=12)
        self.until.set_value(end)
        self._loading = False
        self.repropose.stop()
        self.propose()

    def propose(self) -> None:
        self.error.clear_error()
        first = self.first.value().astimezone()
        mid, until = self.mentee.currentData(), self.until.value()
        every, minutes = self.every.value(), self.minutes.value()
        found = self.ops.read(
            lambda job: sessions.propose_series(
                job.db, mid, first, until=until, every_days=every, minutes=minutes
            ),
            show=self.error.show_error,
        )
        self.proposals = found.value or []
        self.table.setRowCount(len(self.proposals))
        clashing = 0
        for row, p in enumerate(self.proposals):
            when = QTableWidgetItem(f"{p.starts_at.astimezone():%a %d %b %Y  %H:%M}")
            when.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            when.setCheckState(Qt.CheckState.Unchecked if p.clashes else Qt.CheckState.Checked)
            note = QTableWidgetItem(clash_text(p.clashes))
            if p.clashes:
                clashing += 1
                note.setForeground(QBrush(QColor("#b03a2e")))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, note)
        self.summary.setText(
            self.tr("{0}; %n clash(es), left unticked", "", clashing).format(
                self.tr("%n session(s)", "", len(self.proposals))
            )
        )

    def ticked(self) -> list[datetime]:
        return [p.starts_at for row, p in enumerate(self.proposals) if is_ticked(self.table, row)]

    def try_save(self) -> None:
        if self.repropose.isActive():  # a change not yet proposed: show it before saving
            self.repropose.stop()
            self.propose()
            return
        template = SessionPlan(
            mentee_id=self.mentee.currentData(),
            starts_at=self.first.value().astimezone(),
            duration_minutes=self.minutes.value(),
            mode=self.mode.currentData(),
            model=self.model.currentData(),
        )
        ticked = self.ticked()
        self.template, self.planned_times = template, ticked
        out = self.ops.write(
            lambda job: sessions.plan_series(job.db, template, ticked), show=self.error.show_error
        )
        if out:
            self.saved_ids = out.value or []
            self.accept()


def default_start(day: date) -> datetime:
    """10:00 on ``day`` (local), for a new session."""
    return datetime.combine(day, time(10, 0)).astimezone()
