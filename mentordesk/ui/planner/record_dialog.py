"""Recording a session: open actions from before at the top, the chosen model's stages with
their prompts, what was agreed and evidenced; a quick note for the essentials; the lock once
final, and amendments (kept with their time) after it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import session_models, sessions
from mentordesk.services.sessions import (
    QUESTIONING_TECHNIQUES,
    RecordForm,
    SessionRecord,
)
from mentordesk.ui.i18n import word
from mentordesk.ui.ops import Ops
from mentordesk.ui.planner.action_tables import ActionsTable, OpenActionsBox
from mentordesk.ui.planner.fitted import FittedScroll
from mentordesk.ui.planner.keys import go_to, no_default_button, tidy_mnemonics
from mentordesk.ui.planner.plan_dialogs import (
    checked_ids,
    fill_checklist,
    mode_combo,
    model_combo,
)
from mentordesk.ui.widgets import (
    ErrorLabel,
    as_data,
    fit_to_screen,
    may_close_unsaved,
)
from mentordesk.vault.enums import Attendance, MeetingMode, SessionStatus


class StagesBox(QGroupBox):
    """One text box per stage of the model, with the stage's prompts as its placeholder."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.texts: dict[str, str] = {}

    def show_model(self, key: str) -> None:
        self.texts.update(self.notes())
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        model = session_models.get(key)
        self.setTitle(self.tr("{0}: notes by stage").format(model.name))
        for stage in model.stages:
            label = as_data(QLabel(f"<b>{stage.title}</b>"))  # from resources/session_models
            box = QPlainTextEdit(self.texts.get(stage.key, ""))
            box.setPlaceholderText("\n".join(stage.prompts))
            box.setTabChangesFocus(True)
            box.setAccessibleName(stage.title)
            box.setFixedHeight(72)
            label.setBuddy(box)
            self.layout_.addWidget(label)
            self.layout_.addWidget(box)
            self.boxes[stage.key] = box

    def notes(self) -> dict[str, str]:
        return {k: b.toPlainText() for k, b in self.boxes.items()}


class SessionRecordDialog(QDialog):
    SIZE = (900, 900)  # as large as this, where the screen allows

    def __init__(self, ops: Ops, session_id: int, form: RecordForm, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.session_id = session_id
        self.amending = False
        self.rec = form.record
        self.amendments = form.amendments
        self.is_final = form.is_final
        mentee_name, objectives = form.mentee_name, form.objectives
        planned, ksbs = form.planned_ksb_ids, form.ksb_choices
        self.setWindowTitle(
            self.tr("Session with {0}, {1:%a %d %b %Y %H:%M}").format(
                mentee_name, form.starts_at.astimezone()
            )
        )
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.state = QLabel()
        head.addWidget(as_data(QLabel(f"<h3>{mentee_name}</h3>")))
        head.addStretch()
        head.addWidget(self.state)
        outer.addLayout(head)
        if objectives:
            outer.addWidget(QLabel(self.tr("Objectives: {0}").format(objectives)))

        body = QWidget()
        col = QVBoxLayout(body)
        self.error = ErrorLabel()
        # Open actions from earlier sessions and reviews, closed from here.
        self.open_box = OpenActionsBox(ops, form.open_actions, self.error)
        self.carried = self.open_box.table
        self.close_actions = self.open_box.close_button
        col.addWidget(self.open_box)

        essentials = QGroupBox(self.tr("The session"))
        grid = QGridLayout(essentials)
        self.quick = QCheckBox(self.tr("&Quick note: record the essentials now, complete later"))
        self.attendance = QComboBox()
        for value in Attendance:
            self.attendance.addItem(word(value), value)
        self.mode = mode_combo(self.rec.mode)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.model = model_combo(self.rec.model)
        self.otj = QDoubleSpinBox()
        self.otj.setRange(0, 24)
        self.otj.setSingleStep(0.25)
        self.otj.setSuffix(self.tr(" h"))
        self.travel = QDoubleSpinBox()
        self.travel.setRange(0, 2000)
        self.travel.setSuffix(self.tr(" km"))
        self.quick_text = QLineEdit()
        self.quick_text.setPlaceholderText(self.tr("One line: what happened"))
        grid.addWidget(self.quick, 0, 0, 1, 4)
        pairs = [
            (self.tr("Atten&dance"), self.attendance),
            (self.tr("M&ode"), self.mode),
            (self.tr("&Length"), self.minutes),
            (self.tr("Mod&el"), self.model),
            (self.tr("Off-the-&job hours"), self.otj),
            (self.tr("Tra&vel avoided"), self.travel),
        ]
        for n, (text, widget) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 1 + n // 2, (n % 2) * 2)
            grid.addWidget(widget, 1 + n // 2, (n % 2) * 2 + 1)
        self.quick_label = QLabel(self.tr("&Note"))
        self.quick_label.setBuddy(self.quick_text)
        grid.addWidget(self.quick_label, 4, 0)
        grid.addWidget(self.quick_text, 4, 1, 1, 3)
        col.addWidget(essentials)

        self.stages = StagesBox()
        col.addWidget(self.stages)
        self.detail = QGroupBox(self.tr("Questioning, feedback and evidence"))
        detail_form = QFormLayout(self.detail)
        self.techniques: dict[str, QCheckBox] = {}
        row = QGridLayout()
        for n, t in enumerate(QUESTIONING_TECHNIQUES):
            self.techniques[t] = QCheckBox(word(t))  # stored in English, shown translated
            row.addWidget(self.techniques[t], n // 5, n % 5)
        detail_form.addRow(self.tr("Questioning techniques"), row)
        self.feedback = QPlainTextEdit()
        self.feedback.setTabChangesFocus(True)
        self.feedback.setFixedHeight(56)
        detail_form.addRow(self.tr("Feedback &given"), self.feedback)
        self.ksbs = QListWidget()
        self.ksbs.setAccessibleName(self.tr("KSBs evidenced"))
        self.ksbs.setFixedHeight(120)
        detail_form.addRow(self.tr("&KSBs evidenced"), self.ksbs)
        col.addWidget(self.detail)

        agreed = QGroupBox(self.tr("Actions agreed"))
        av = QVBoxLayout(agreed)
        self.action_table = ActionsTable(form.session_day, form.default_due)
        buttons = QHBoxLayout()
        self.add_action = QPushButton(self.tr("&Add action"))
        self.remove_action = QPushButton(self.tr("&Remove action"))
        buttons.addWidget(self.add_action)
        buttons.addWidget(self.remove_action)
        buttons.addStretch()
        av.addWidget(self.action_table)
        av.addLayout(buttons)
        col.addWidget(agreed)

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Amendments"))
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_box = QGroupBox(self.tr("Amendments"))
        QVBoxLayout(self.history_box).addWidget(self.history)
        col.addWidget(self.history_box)
        self.scroll_area = FittedScroll(body)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.error)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.final_button = QPushButton(self.tr("Save and mark &final"))
        self.amend_button = QPushButton(self.tr("A&mend…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.reflect_button = QPushButton(self.tr("Reflect on this sess&ion…"))
        for b in (self.save_button, self.final_button, self.amend_button, self.reflect_button):
            bar.addWidget(b)
        bar.addStretch()
        bar.addWidget(self.close_button)
        outer.addLayout(bar)

        # fill
        self.quick.setChecked(self.rec.quick_note)
        self.attendance.setCurrentIndex(self.attendance.findData(self.rec.attendance))
        self.minutes.setValue(self.rec.duration_minutes)
        self.otj.setValue(self.rec.otj_hours or self.rec.duration_minutes / 60)
        self.travel.setValue(self.rec.travel_avoided_km)
        self.stages.texts = dict(self.rec.notes)
        self.stages.show_model(self.rec.model)
        for t in self.rec.questioning:
            if t in self.techniques:
                self.techniques[t].setChecked(True)
        self.feedback.setPlainText(self.rec.feedback_given)
        ordered = sorted(ksbs, key=lambda k: k[0] not in planned)
        labelled = [(i, t + (self.tr("  (planned)") if i in planned else "")) for i, t in ordered]
        fill_checklist(self.ksbs, labelled, set(self.rec.ksb_ids))
        for agreed_action in self.rec.actions:
            self.action_table.add(agreed_action)
        self.show_history()

        self.model.currentIndexChanged.connect(
            lambda: self.stages.show_model(self.model.currentData())
        )
        self.mode.currentIndexChanged.connect(self.show_travel)
        self.quick.toggled.connect(self.show_quick)
        self.add_action.clicked.connect(lambda: self.action_table.add())
        self.remove_action.clicked.connect(self.action_table.remove_selected)
        self.save_button.clicked.connect(lambda: self.save(final=False))
        self.final_button.clicked.connect(lambda: self.save(final=True))
        self.amend_button.clicked.connect(self.start_amending)
        self.close_button.clicked.connect(self.accept)
        self.reflect_button.clicked.connect(self.reflect)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(final=False))
        self.show_travel()
        self.show_quick(self.quick.isChecked())
        self.show_lock()
        self.show_reflections()
        no_default_button(self)
        tidy_mnemonics(self)
        fit_to_screen(self, *self.SIZE)
        self._saved = self.record()  # what Close compares with, so nothing typed is lost
        first = (
            self.quick_text
            if self.quick.isChecked()
            else next(iter(self.stages.boxes.values()), None)
        )
        if first is not None and self.editable():
            first.setFocus(Qt.FocusReason.OtherFocusReason)  # where a mentor starts typing

    # -- view state -----------------------------------------------------------------------
    def show_travel(self) -> None:
        remote = self.mode.currentData() is not MeetingMode.IN_PERSON
        self.travel.setEnabled(remote and self.editable())
        if not remote:
            self.travel.setValue(0)

    def show_quick(self, quick: bool) -> None:
        for w in (self.stages, self.detail):
            w.setVisible(not quick)
        self.quick_text.setVisible(quick)
        self.quick_label.setVisible(quick)
        if quick and not self.quick_text.text():
            first = next(iter(self.stages.notes().values()), "")
            self.quick_text.setText(first)

    def editable(self) -> bool:
        return not self.is_final or self.amending

    def show_lock(self) -> None:
        editable = self.editable()
        for w in (
            self.quick,
            self.attendance,
            self.mode,
            self.minutes,
            self.model,
            self.otj,
            self.quick_text,
            self.stages,
            self.detail,
            self.action_table,
            self.add_action,
            self.remove_action,
        ):
            w.setEnabled(editable)
        self.show_travel()
        self.save_button.setVisible(not self.is_final or self.amending)
        self.save_button.setText(self.tr("&Save amendment…") if self.amending else self.tr("&Save"))
        self.final_button.setVisible(not self.is_final)
        self.amend_button.setVisible(self.is_final and not self.amending)
        if self.is_final:
            self.state.setText(self.tr("Final (locked): changes are kept as amendments"))
        elif self.rec.quick_note:
            self.state.setText(self.tr("Quick note — complete it later"))
        else:
            self.state.setText(self.tr("Not final yet"))

    def show_reflections(self) -> None:
        """Reflecting on a session is for one that was held; the reflections on it so far."""
        from mentordesk.services.reflections import reflections_on_session

        sid = self.session_id
        found = self.ops.read(
            lambda job: (
                sessions.entry(job.conn, sid).status,
                reflections_on_session(job.db, sid),
            )
        )
        status, on_it = found.value if found else (None, [])
        held = status is SessionStatus.HELD
        self.reflect_button.setEnabled(held)
        earlier = [title for _id, title, _final in on_it]
        tip = self.tr("Write a reflection on this session, without the mentee's name")
        if earlier:
            tip += "\n" + self.tr("Reflected on already: {0}").format("; ".join(earlier))
        elif not held:
            tip = self.tr("A session can be reflected on once it has been held and recorded")
        self.reflect_button.setToolTip(tip)

    def reflect(self) -> None:
        """Close the record (saving it, if asked) and open a reflection seeded from it: its
        date, the model used and what was agreed; linked to it; no name in its words."""
        from mentordesk.services import reflections
        from mentordesk.ui.reflections.editor import new_reflection

        parent = self.parentWidget()
        owner = parent.window() if parent is not None else None
        self.accept()
        if self.isVisible():  # kept open to save first (Cancel)
            return
        sid = self.session_id
        seeded = self.ops.read(
            lambda job: reflections.from_session(job.db, sid), title=self.tr("Reflect")
        )
        if seeded:
            new_reflection(self.ops, owner, seeded.value)

    def show_history(self) -> None:
        self.history.clear()
        for a in self.amendments:
            fields = ", ".join(k.replace("_", " ") for k in a.changes)
            self.history.addItem(
                self.tr("{0:%d %b %Y %H:%M} — {1} (changed: {2})").format(
                    a.made_at.astimezone(), a.reason, fields
                )
            )
        self.history_box.setVisible(bool(self.amendments))

    # -- reading the form ---------------------------------------------------------------
    def record(self) -> SessionRecord:
        notes = self.stages.notes()
        quick = self.quick.isChecked()
        if quick and self.quick_text.text().strip():
            first = session_models.get(self.model.currentData()).stages[0].key
            notes[first] = self.quick_text.text()
        return SessionRecord(
            attendance=self.attendance.currentData(),
            mode=self.mode.currentData(),
            duration_minutes=self.minutes.value(),
            model=self.model.currentData(),
            notes=notes,
            questioning=[t for t, box in self.techniques.items() if box.isChecked()],
            feedback_given=self.feedback.toPlainText(),
            actions=self.action_table.drafts(),
            ksb_ids=checked_ids(self.ksbs),
            otj_hours=self.otj.value(),
            travel_avoided_km=self.travel.value(),
            quick_note=quick,
        )

    # -- actions ------------------------------------------------------------------------
    def save(self, *, final: bool) -> bool:
        self.error.clear_error()
        rec, sid = self.record(), self.session_id
        if self.amending:
            if rec == self._saved:  # say so before asking why
                self.error.show_error(
                    self.tr("Nothing has changed yet: change the record, then save the amendment.")
                )
                return False
            reason, ok = QInputDialog.getText(
                self, self.tr("Amendment"), self.tr("Why is this record being changed?")
            )
            if not ok:
                return False

            def amend(job):
                sessions.amend(job.db, sid, rec, reason, now=job.now)
                return sessions.amendments(job.db, sid)

            out = self.ops.write(amend, show=self.error.show_error)
            if not out:
                self.go_to_problem(out.error)
                return False
            self.amendments, self.amending = out.value, False
            self.ops.notice.emit(self.tr("Amendment kept, with its time and reason."))
        else:
            if final and (
                QMessageBox.question(
                    self,
                    self.tr("Mark final?"),
                    self.tr(
                        "Once final, the record is locked; later changes are kept as "
                        "amendments with their time and reason. Mark it final?"
                    ),
                )
                != QMessageBox.StandardButton.Yes
            ):
                return False

            def save(job):
                sessions.record(job.db, sid, rec, final=final, now=job.now)
                return sessions.record_of(job.db, sid)

            out = self.ops.write(save, show=self.error.show_error)
            if not out:
                self.go_to_problem(out.error)
                return False
            self.rec, self.is_final = out.value, final
            self.action_table.show_drafts(self.rec.actions)
            self.ops.notice.emit(self.tr("Session record saved."))
        self.show_history()
        self.show_lock()
        self.show_reflections()
        if self.is_final and not self.amending:  # the form is locked: keep the keyboard here
            self.amend_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._saved = self.record()
        return True

    def go_to_problem(self, error: BaseException | None) -> None:
        """Scroll to the field a refusal names and give it the keyboard."""
        field = getattr(error, "field", None)
        widgets = {
            "duration": self.minutes,
            "otj_hours": self.otj,
            "travel": self.travel,
            "attendance": self.attendance,
            "model": self.model,
            "quick_note": self.quick,
            "notes": next(iter(self.stages.boxes.values()), None),
            "actions": self.action_table,
        }
        if field == "actions":
            row = self.action_table.first_due_too_early()
            if row is not None:
                self.action_table.setCurrentCell(row, 2)
        go_to(self.scroll_area, widgets.get(field or ""))

    def done(self, result: int) -> None:
        """Closing (Close, Esc, the window's ×) never drops what was typed unasked."""
        if self.editable() and self.record() != self._saved:
            question = self.tr("This record has changes that are not saved. Save them now?")
            if not may_close_unsaved(self, question, lambda: self.save(final=False)):
                return
        super().done(result)

    def start_amending(self) -> None:
        self.amending = True
        self.show_lock()
