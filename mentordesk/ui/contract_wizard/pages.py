"""The contract wizard's pages 1 and 3-5 (the skills scan and the stakeholders have their
own modules). Each page shows its part of a ContractDraft (``show_draft``) and writes it
back (``store``); the wizard checks it with the service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.contracts import BarrierDraft, GoalDraft
from mentordesk.services.contracts.draft import GAS_LEVELS
from mentordesk.ui.contract_wizard.base import ContractPage, combo, select, text_edit
from mentordesk.ui.contract_wizard.scan_page import StartingPointPage
from mentordesk.ui.contract_wizard.stakeholders_page import StakeholdersPage
from mentordesk.ui.fields import DateField
from mentordesk.ui.i18n import word
from mentordesk.ui.widgets import as_data, cell_widget
from mentordesk.vault.enums import MeetingMode
from mentordesk.words import BARRIER_KIND, GAS_WORDS, MEETING_MODE, QT_TRANSLATE_NOOP

NEW_MENTEE = -1


# -- 1. mentee and programme --------------------------------------------------------------
class MenteePage(ContractPage):
    key = "mentee"

    def __init__(self):
        super().__init__(self.tr("Who the contract is with, and the programme they follow."))
        form = QFormLayout(self)
        self.mentee = as_data(QComboBox())  # mentees' names
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Full name of the new mentee"))
        self.standard = as_data(QComboBox())  # the vault's standards
        self.start = DateField()
        end_row = QWidget()
        row = QHBoxLayout(end_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_end = QCheckBox(self.tr("&Planned end:"))
        self.end = DateField()
        self.end.setAccessibleName(self.tr("Planned end"))
        self.end.setEnabled(False)
        row.addWidget(self.has_end)
        row.addWidget(self.end)
        row.addStretch()
        self.has_end.toggled.connect(self.end.setEnabled)
        self.otj = QDoubleSpinBox()
        self.otj.setRange(0, 5000)
        self.otj.setDecimals(0)
        self.otj.setSuffix(self.tr(" hours"))
        form.addRow(self.tr("&Mentee:"), self.mentee)
        form.addRow(self.tr("New mentee's &full name:"), self.new_name)
        form.addRow(self.tr("Programme s&tandard:"), self.standard)
        form.addRow(self.tr("St&art:"), self.start)
        form.addRow("", end_row)
        form.addRow(self.tr("&Off-the-job hours target:"), self.otj)
        form.addRow(self.error)
        self.mentee.currentIndexChanged.connect(self._mentee_changed)

    def show_draft(self, draft, context) -> None:
        self.mentee.blockSignals(True)
        self.mentee.clear()
        self.mentee.addItem(self.tr("New mentee…"), NEW_MENTEE)
        for mentee_id, name in context.mentees:
            self.mentee.addItem(name, mentee_id)
        self.mentee.blockSignals(False)
        select(self.mentee, draft.mentee_id if draft.mentee_id is not None else NEW_MENTEE)
        self.mentee.setEnabled(not context.mentee_fixed)
        self.new_name.setText(draft.mentee_name if draft.mentee_id is None else "")
        self.standard.clear()
        self.standard.addItem(self.tr("Choose…"), None)
        for standard in context.standards:
            self.standard.addItem(standard.label, standard.id)
        select(self.standard, draft.standard_id)
        self.start.set_value(draft.start_date or context.today)
        self.has_end.setChecked(draft.planned_end_date is not None)
        self.end.set_value(draft.planned_end_date or draft.start_date or context.today)
        self.otj.setValue(draft.otj_hours_target)
        self._mentee_changed()

    def _mentee_changed(self, _index: int = 0) -> None:
        self.new_name.setEnabled(self.mentee.currentData() == NEW_MENTEE)

    def first_field(self):
        if self.new_name.isEnabled():
            return self.new_name
        return self.mentee if self.mentee.isEnabled() else self.standard

    def store(self, draft) -> None:
        chosen = self.mentee.currentData()
        if chosen == NEW_MENTEE:
            draft.mentee_id, draft.mentee_name = None, self.new_name.text().strip()
        else:
            draft.mentee_id, draft.mentee_name = chosen, self.mentee.currentText()
        draft.standard_id = self.standard.currentData()
        draft.start_date = self.start.value()
        draft.planned_end_date = self.end.value() if self.has_end.isChecked() else None
        draft.otj_hours_target = self.otj.value()


# -- 3. goals --------------------------------------------------------------------------------
class GoalsPage(ContractPage):
    key = "goals"

    def __init__(self):
        super().__init__(
            self.tr(
                "SMART goals, each linked to KSBs. Describe the five attainment levels to score "
                "progress later (optional)."
            )
        )
        self._goals: list[GoalDraft] = []
        self._current = -1
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Goals"))
        goals_label = QLabel(self.tr("G&oals:"))
        goals_label.setBuddy(self.list)
        self.add_button = QPushButton(self.tr("&Add goal"))
        self.remove_button = QPushButton(self.tr("Remo&ve goal"))
        left.addWidget(goals_label)
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        outer.addLayout(left, 1)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        self.goal_title = QLineEdit()
        self.specific = text_edit(36)
        self.measure = text_edit(36)
        for box in (self.specific, self.measure):
            box.setMaximumHeight(60)  # the KSB list below gets the room
        self.achievable = QLineEdit()
        self.relevant = QLineEdit()
        self.target = DateField()
        self.ksbs = QListWidget()
        self.ksbs.setMinimumHeight(110)
        self.ksbs.setWordWrap(True)  # each KSB's whole wording, no sideways scrolling
        self.ksbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ksbs.setAccessibleName(self.tr("KSBs this goal develops (Space ticks)"))
        form.addRow(self.tr("&Title:"), self.goal_title)
        form.addRow(self.tr("Specific (&what):"), self.specific)
        form.addRow(self.tr("&Measure:"), self.measure)
        form.addRow(self.tr("Achievable b&ecause:"), self.achievable)
        form.addRow(self.tr("&Relevant to:"), self.relevant)
        form.addRow(self.tr("Tar&get date:"), self.target)
        form.addRow(self.tr("&KSBs:"), self.ksbs)
        self.levels = {}
        for level in GAS_LEVELS:
            edit = QLineEdit()
            edit.setPlaceholderText(word(GAS_WORDS[level]))
            edit.setAccessibleName(
                self.tr("Attainment level {0}: {1}").format(f"{level:+d}", word(GAS_WORDS[level]))
            )
            self.levels[level] = edit
            form.addRow(f"{level:+d}:", edit)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addWidget(self.editor, 3)
        left.addWidget(self.error)
        self.list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self.add_goal)
        self.remove_button.clicked.connect(self.remove_goal)
        self.goal_title.textEdited.connect(self._title_edited)

    def show_draft(self, draft, context) -> None:
        self._goals = [GoalDraft(**vars(g)) for g in draft.goals]
        self._current = -1
        self.ksbs.clear()
        for code, detail in context.ksb_details.items():
            item = QListWidgetItem(f"{code}  {detail}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ksbs.addItem(item)
        self._default_target = context.default_target
        self._today = context.today
        self._refresh_list(0 if self._goals else -1)

    def _refresh_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for n, goal in enumerate(self._goals, 1):
            self.list.addItem(goal.title or self.tr("Goal {0}").format(n))
        self.list.blockSignals(False)
        self._current = -1
        self.editor.setEnabled(bool(self._goals))
        self.remove_button.setEnabled(bool(self._goals))
        if self._goals:
            self.list.setCurrentRow(row)
            self._select(row)

    def _save_current(self) -> None:
        if not 0 <= self._current < len(self._goals):
            return
        g = self._goals[self._current]
        g.title = self.goal_title.text()
        g.specific = self.specific.toPlainText()
        g.measure = self.measure.toPlainText()
        g.achievable_because = self.achievable.text()
        g.relevant_to = self.relevant.text()
        g.target_date = self.target.value()
        g.ksb_codes = [
            self.ksbs.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.ksbs.count())
            if self.ksbs.item(i).checkState() == Qt.CheckState.Checked
        ]
        g.levels = {k: e.text() for k, e in self.levels.items() if e.text().strip()}

    def _select(self, row: int) -> None:
        self._save_current()
        self._current = row
        if not 0 <= row < len(self._goals):
            return
        g = self._goals[row]
        self.goal_title.setText(g.title)
        self.specific.setPlainText(g.specific)
        self.measure.setPlainText(g.measure)
        self.achievable.setText(g.achievable_because)
        self.relevant.setText(g.relevant_to)
        self.target.set_value(g.target_date or self._default_target or self._today)
        for i in range(self.ksbs.count()):
            item = self.ksbs.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in g.ksb_codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for level, edit in self.levels.items():
            edit.setText(g.levels.get(level, ""))

    def _title_edited(self, text: str) -> None:
        if 0 <= self._current < self.list.count():
            self.list.item(self._current).setText(
                text or self.tr("Goal {0}").format(self._current + 1)
            )

    def add_goal(self) -> None:
        self._save_current()
        self._goals.append(GoalDraft(target_date=self._default_target))
        self._refresh_list(len(self._goals) - 1)
        self.goal_title.setFocus()

    def remove_goal(self) -> None:
        if 0 <= self._current < len(self._goals):
            del self._goals[self._current]
            self._current = -1
            self._refresh_list(min(self.list.currentRow(), len(self._goals) - 1))

    def check_ksb(self, code: str) -> None:
        for i in range(self.ksbs.count()):
            if self.ksbs.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.ksbs.item(i).setCheckState(Qt.CheckState.Checked)

    def store(self, draft) -> None:
        self._save_current()
        draft.goals = [GoalDraft(**vars(g)) for g in self._goals]


# -- tables with add/remove ------------------------------------------------------------------
class _RowsPage(ContractPage):
    """A page that is a table of rows the mentor adds and removes."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, subtitle: str, add_text: str):
        super().__init__(subtitle)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ContractWizard", h) for h in self.HEADERS]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remo&ve selected"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.table.setItem(row, column, QTableWidgetItem(text))

    def remove_selected(self) -> None:
        """Remove the selected rows, or the last row when none is selected."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or ([self.table.rowCount() - 1] if self.table.rowCount() else []):
            self.table.removeRow(row)
            self.row_removed(row)

    def row_removed(self, row: int) -> None:
        """Forget anything kept beside the table for ``row``."""

    def add_row(self, value=None) -> int:
        raise NotImplementedError


class BarriersPage(_RowsPage):
    key = "barriers"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContractWizard", "Kind"),
        QT_TRANSLATE_NOOP("ContractWizard", "Barrier"),
        QT_TRANSLATE_NOOP("ContractWizard", "Agreed support"),
        QT_TRANSLATE_NOOP("ContractWizard", "Reasonable adjustments"),
    )

    def __init__(self):
        super().__init__(
            self.tr(
                "What may get in the way of learning, and the support and adjustments agreed. "
                "Leave the table empty if there are none."
            ),
            self.tr("&Add barrier"),
        )
        for column, width in ((0, 150), (1, 180), (2, 200)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Barriers"))

    def add_row(self, value: BarrierDraft | None = None) -> int:
        value = value or BarrierDraft()
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = combo({k: word(k) for k in BARRIER_KIND})
        select(kind, value.kind)
        kind.setAccessibleName(self.tr("Barrier {0}: kind").format(row + 1))
        self.table.setCellWidget(row, 0, kind)
        if self.table.columnWidth(0) < kind.sizeHint().width():  # its words whole
            self.table.setColumnWidth(0, kind.sizeHint().width() + 2)
        self.set_cell(row, 1, value.description)
        self.set_cell(row, 2, value.agreed_support)
        self.set_cell(row, 3, value.adjustments)
        return row

    def show_draft(self, draft, context) -> None:
        self.table.setRowCount(0)
        for barrier in draft.barriers:
            self.add_row(barrier)

    def store(self, draft) -> None:
        draft.barriers = [
            BarrierDraft(
                cell_widget(self.table, r, 0, QComboBox).currentData(),
                self.cell(r, 1),
                self.cell(r, 2),
                self.cell(r, 3),
            )
            for r in range(self.table.rowCount())
        ]


# -- 5. boundaries -----------------------------------------------------------------------------
class BoundariesPage(ContractPage):
    key = "boundaries"
    TEXTS = (
        (
            "contact_arrangements",
            QT_TRANSLATE_NOOP("ContractWizard", "How and when to make c&ontact:"),
        ),
        ("boundaries", QT_TRANSLATE_NOOP("ContractWizard", "&Expectations and boundaries:")),
        ("mentor_will", QT_TRANSLATE_NOOP("ContractWizard", "The mentor &will:")),
        ("mentor_will_not", QT_TRANSLATE_NOOP("ContractWizard", "The mentor will no&t:")),
        ("confidentiality_terms", QT_TRANSLATE_NOOP("ContractWizard", "Con&fidentiality:")),
        ("safeguarding_limit", QT_TRANSLATE_NOOP("ContractWizard", "&Limit of confidentiality:")),
        ("records_kept", QT_TRANSLATE_NOOP("ContractWizard", "&Records (what, where, who sees):")),
    )

    def __init__(self):
        super().__init__(
            self.tr(
                "How you will work together. The wording is a starting point: agree it together. "
                "Consent to share records with each stakeholder is set on the next page."
            )
        )
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.every = QSpinBox()
        self.every.setRange(1, 365)
        self.every.setSuffix(self.tr(" days"))
        self.every.setAccessibleName(self.tr("Meet every (days)"))
        self.mode = combo({k: word(k) for k in MEETING_MODE})
        self.mode.setAccessibleName(self.tr("How you meet"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Length of a meeting"))
        row.addWidget(self.every)
        row.addWidget(self.mode)
        row.addWidget(self.minutes)
        row.addStretch()
        every = QLabel(self.tr("&Meet every:"))
        every.setBuddy(self.every)
        form.addRow(every, row)
        self.texts = {}
        for name, label in self.TEXTS:
            self.texts[name] = text_edit(44)
            form.addRow(QCoreApplication.translate("ContractWizard", label), self.texts[name])
        form.addRow(self.error)

    def show_draft(self, draft, context) -> None:
        self.every.setValue(draft.meeting_every_days)
        select(self.mode, draft.meeting_mode)
        self.minutes.setValue(draft.meeting_minutes)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(draft, name))

    def store(self, draft) -> None:
        draft.meeting_every_days = self.every.value()
        draft.meeting_mode = self.mode.currentData() or MeetingMode.IN_PERSON
        draft.meeting_minutes = self.minutes.value()
        for name, edit in self.texts.items():
            setattr(draft, name, edit.toPlainText())


__all__ = [
    "BarriersPage",
    "BoundariesPage",
    "ContractPage",
    "GoalsPage",
    "MenteePage",
    "StakeholdersPage",
    "StartingPointPage",
]
