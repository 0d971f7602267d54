"""The contract wizard's pages 1-6. Each page shows its part of a ContractDraft
(``show``) and writes it back (``store``); the wizard checks it with the service."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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
    QWidget,
    QWizardPage,
)

from mentordesk.services.contracts import (
    PAGE_TITLES,
    BarrierDraft,
    ContractDraft,
    GoalDraft,
    StakeholderDraft,
)
from mentordesk.services.contracts.draft import GAS_LEVELS
from mentordesk.ui.i18n import word
from mentordesk.ui.mentee_dialog import OptionalDate
from mentordesk.ui.widgets import ErrorLabel, as_data, cell_widget, py_date, qdate
from mentordesk.vault.enums import MeetingMode, StakeholderRole
from mentordesk.words import (
    BARRIER_KIND,
    GAS_WORDS,
    MEETING_MODE,
    QT_TRANSLATE_NOOP,
    RATING_WORDS,
    STAKEHOLDER_ROLE,
)

if TYPE_CHECKING:
    from mentordesk.ui.contract_wizard import ContractWizard

NEW_MENTEE = -1


def _text(height: int = 56) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _combo(labels: dict) -> QComboBox:
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class ContractPage(QWizardPage):
    key = ""

    def __init__(self, subtitle: str):
        super().__init__()
        self.setTitle(word(PAGE_TITLES[self.key]))
        self.setSubTitle(subtitle)
        self.error = ErrorLabel()

    def show_draft(self, draft: ContractDraft, context) -> None:
        raise NotImplementedError

    def store(self, draft: ContractDraft) -> None:
        raise NotImplementedError

    def validatePage(self) -> bool:
        wizard = cast("ContractWizard", self.wizard())  # the only wizard these pages are in
        return wizard.accept_page(self)


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
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd MMM yyyy")
        self.end = OptionalDate(self.tr("Planned end"), None, date(2000, 1, 1))  # set when shown
        self.otj = QDoubleSpinBox()
        self.otj.setRange(0, 5000)
        self.otj.setDecimals(0)
        self.otj.setSuffix(self.tr(" hours"))
        form.addRow(self.tr("&Mentee:"), self.mentee)
        form.addRow(self.tr("New mentee's &name:"), self.new_name)
        form.addRow(self.tr("Programme &standard:"), self.standard)
        form.addRow(self.tr("S&tart:"), self.start)
        form.addRow("", self.end)
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
        _select(self.mentee, draft.mentee_id if draft.mentee_id is not None else NEW_MENTEE)
        self.mentee.setEnabled(not context.mentee_fixed)
        self.new_name.setText(draft.mentee_name if draft.mentee_id is None else "")
        self.standard.clear()
        self.standard.addItem(self.tr("Choose…"), None)
        for standard in context.standards:
            self.standard.addItem(standard.label, standard.id)
        _select(self.standard, draft.standard_id)
        self.start.setDate(qdate(draft.start_date, context.today))
        self.end.enabled.setChecked(draft.planned_end_date is not None)
        self.end.edit.setDate(qdate(draft.planned_end_date, draft.start_date or context.today))
        self.otj.setValue(draft.otj_hours_target)
        self._mentee_changed()

    def _mentee_changed(self, _index: int = 0) -> None:
        new = self.mentee.currentData() == NEW_MENTEE
        self.new_name.setEnabled(new)
        if new:
            self.new_name.setFocus()

    def store(self, draft) -> None:
        chosen = self.mentee.currentData()
        if chosen == NEW_MENTEE:
            draft.mentee_id, draft.mentee_name = None, self.new_name.text().strip()
        else:
            draft.mentee_id, draft.mentee_name = chosen, self.mentee.currentText()
        draft.standard_id = self.standard.currentData()
        draft.start_date = py_date(self.start.date())
        draft.planned_end_date = self.end.value()
        draft.otj_hours_target = self.otj.value()


# -- 2. starting point ----------------------------------------------------------------------
class StartingPointPage(ContractPage):
    key = "starting_point"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ContractWizard", "KSB"),
        QT_TRANSLATE_NOOP("ContractWizard", "Mentee"),
        QT_TRANSLATE_NOOP("ContractWizard", "Mentor"),
        QT_TRANSLATE_NOOP("ContractWizard", "Note"),
    )

    def __init__(self):
        super().__init__(
            self.tr(
                "A skills scan over the standard: each of you rates every KSB from 0 (not yet) "
                "to 4 (confident). It is saved as the mentee's first KSB ratings."
            )
        )
        layout = QVBoxLayout(self)
        self.scan = QTableWidget(0, len(self.COLUMNS))
        self.scan.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ContractWizard", c) for c in self.COLUMNS]
        )
        self.scan.setAccessibleName(self.tr("Skills scan"))
        header = self.scan.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.scan.setColumnWidth(3, 160)
        self.scan.verticalHeader().hide()
        self.scan.setWordWrap(True)
        layout.addWidget(self.scan, 1)
        form = QFormLayout()
        self.summary = _text(40)
        self.prior = _text(40)
        self.support = _text(40)
        for edit in (self.summary, self.prior, self.support):
            edit.setMaximumHeight(64)  # the scan above gets the room
        form.addRow(self.tr("S&ummary:"), self.summary)
        form.addRow(self.tr("&Prior learning:"), self.prior)
        form.addRow(self.tr("Learning &support needs:"), self.support)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self._codes: list[str] = []

    def _rating_combo(self, value: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem("—", None)
        for n, words in enumerate(RATING_WORDS):
            combo.addItem(word(words), n)
        _select(combo, value)
        return combo

    def show_draft(self, draft, context) -> None:
        self.scan.setRowCount(len(draft.ratings))
        self._codes = [r.ksb_code for r in draft.ratings]
        for row, rating in enumerate(draft.ratings):
            item = QTableWidgetItem(
                f"{rating.ksb_code}  {context.ksb_details.get(rating.ksb_code, '')}"
            )
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(context.ksb_details.get(rating.ksb_code, ""))
            self.scan.setItem(row, 0, item)
            self.scan.setCellWidget(row, 1, self._rating_combo(rating.mentee))
            self.scan.setCellWidget(row, 2, self._rating_combo(rating.mentor))
            self.scan.setItem(row, 3, QTableWidgetItem(rating.note))
        self.summary.setPlainText(draft.starting_point)
        self.prior.setPlainText(draft.prior_learning)
        self.support.setPlainText(draft.support_needs)

    def set_rating(self, row: int, mentee: int, mentor: int) -> None:
        _select(cell_widget(self.scan, row, 1, QComboBox), mentee)
        _select(cell_widget(self.scan, row, 2, QComboBox), mentor)

    def store(self, draft) -> None:
        for row, rating in enumerate(draft.ratings[: self.scan.rowCount()]):
            rating.mentee = cell_widget(self.scan, row, 1, QComboBox).currentData()
            rating.mentor = cell_widget(self.scan, row, 2, QComboBox).currentData()
            note = self.scan.item(row, 3)
            rating.note = note.text() if note else ""
        draft.starting_point = self.summary.toPlainText()
        draft.prior_learning = self.prior.toPlainText()
        draft.support_needs = self.support.toPlainText()


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
        self.add_button = QPushButton(self.tr("&Add goal"))
        self.remove_button = QPushButton(self.tr("Remo&ve goal"))
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        outer.addLayout(left, 1)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        self.goal_title = QLineEdit()
        self.specific = _text(36)
        self.measure = _text(36)
        self.achievable = QLineEdit()
        self.relevant = QLineEdit()
        self.target = QDateEdit()
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("dd MMM yyyy")
        self.ksbs = QListWidget()
        self.ksbs.setMaximumHeight(110)
        self.ksbs.setAccessibleName(self.tr("KSBs this goal develops"))
        form.addRow(self.tr("&Title:"), self.goal_title)
        form.addRow(self.tr("&Specific:"), self.specific)
        form.addRow(self.tr("&Measure:"), self.measure)
        form.addRow(self.tr("Achievable &because:"), self.achievable)
        form.addRow(self.tr("&Relevant to:"), self.relevant)
        form.addRow(self.tr("Tar&get date:"), self.target)
        form.addRow(self.tr("&KSBs:"), self.ksbs)
        self.levels = {}
        for level in GAS_LEVELS:
            edit = QLineEdit()
            edit.setPlaceholderText(word(GAS_WORDS[level]))
            self.levels[level] = edit
            form.addRow(f"{level:+d}:", edit)
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

    def _refresh_list(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for n, goal in enumerate(self._goals, 1):
            self.list.addItem(goal.title or self.tr("Goal {0}").format(n))
        self.list.blockSignals(False)
        self._current = -1
        self.editor.setEnabled(bool(self._goals))
        self.remove_button.setEnabled(bool(self._goals))
        if self._goals:
            self.list.setCurrentRow(select)
            self._select(select)

    def _save_current(self) -> None:
        if not 0 <= self._current < len(self._goals):
            return
        g = self._goals[self._current]
        g.title = self.goal_title.text()
        g.specific = self.specific.toPlainText()
        g.measure = self.measure.toPlainText()
        g.achievable_because = self.achievable.text()
        g.relevant_to = self.relevant.text()
        g.target_date = py_date(self.target.date())
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
        self.target.setDate(qdate(g.target_date or self._default_target, self._today))
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

    def add_row(self, value: BarrierDraft | None = None) -> int:
        value = value or BarrierDraft()
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = _combo({k: word(k) for k in BARRIER_KIND})
        _select(kind, value.kind)
        self.table.setCellWidget(row, 0, kind)
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
            QT_TRANSLATE_NOOP("ContractWizard", "How and when to make &contact:"),
        ),
        ("boundaries", QT_TRANSLATE_NOOP("ContractWizard", "&Expectations and boundaries:")),
        ("mentor_will", QT_TRANSLATE_NOOP("ContractWizard", "The mentor &will:")),
        ("mentor_will_not", QT_TRANSLATE_NOOP("ContractWizard", "The mentor will &not:")),
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
        self.mode = _combo({k: word(k) for k in MEETING_MODE})
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minutes"))
        row.addWidget(QLabel(self.tr("Every")))
        row.addWidget(self.every)
        row.addWidget(self.mode)
        row.addWidget(self.minutes)
        row.addStretch()
        form.addRow(self.tr("Meetings:"), row)
        self.texts = {}
        for name, label in self.TEXTS:
            self.texts[name] = _text(44)
            form.addRow(QCoreApplication.translate("ContractWizard", label), self.texts[name])
        form.addRow(self.error)

    def show_draft(self, draft, context) -> None:
        self.every.setValue(draft.meeting_every_days)
        _select(self.mode, draft.meeting_mode)
        self.minutes.setValue(draft.meeting_minutes)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(draft, name))

    def store(self, draft) -> None:
        draft.meeting_every_days = self.every.value()
        draft.meeting_mode = self.mode.currentData() or MeetingMode.IN_PERSON
        draft.meeting_minutes = self.minutes.value()
        for name, edit in self.texts.items():
            setattr(draft, name, edit.toPlainText())


# -- 6. stakeholders ---------------------------------------------------------------------------
class StakeholdersPage(_RowsPage):
    key = "stakeholders"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContractWizard", "Role"),
        QT_TRANSLATE_NOOP("ContractWizard", "Name"),
        QT_TRANSLATE_NOOP("ContractWizard", "Other role"),
        QT_TRANSLATE_NOOP("ContractWizard", "Organisation"),
        QT_TRANSLATE_NOOP("ContractWizard", "Email"),
        QT_TRANSLATE_NOOP("ContractWizard", "Phone"),
        QT_TRANSLATE_NOOP("ContractWizard", "Needs or expectations"),
        QT_TRANSLATE_NOOP("ContractWizard", "Share records"),
        QT_TRANSLATE_NOOP("ContractWizard", "What is shared"),
    )

    def __init__(self):
        super().__init__(
            self.tr(
                "The people around the mentee, how to reach them, what they need, and whether "
                "the mentee agrees that records may be shared with them."
            ),
            self.tr("&Add stakeholder"),
        )
        self._ids: list[int | None] = []

    def add_row(self, value: StakeholderDraft | None = None) -> int:
        value = value or StakeholderDraft()
        row = self.table.rowCount()
        self.table.insertRow(row)
        role = _combo({k: word(k) for k in STAKEHOLDER_ROLE})
        _select(role, value.role)
        self.table.setCellWidget(row, 0, role)
        for column, text in enumerate(
            (
                value.name,
                value.role_other,
                value.organisation,
                value.email,
                value.phone,
                value.needs,
            ),
            start=1,
        ):
            self.set_cell(row, column, text)
        consent = QCheckBox()
        consent.setChecked(value.consent)
        consent.setAccessibleName(self.tr("Share records"))
        self.table.setCellWidget(row, 7, consent)
        self.set_cell(row, 8, value.what_is_shared)
        self._ids.insert(row, value.id)
        return row

    def row_removed(self, row: int) -> None:
        del self._ids[row]

    def show_draft(self, draft, context) -> None:
        self.table.setRowCount(0)
        self._ids = []
        for person in draft.stakeholders:
            self.add_row(person)
        if not draft.stakeholders:
            self.add_row(StakeholderDraft(StakeholderRole.LINE_MANAGER))
            self.add_row(StakeholderDraft(StakeholderRole.SAFEGUARDING_LEAD))
        self.table.resizeColumnsToContents()

    def store(self, draft) -> None:
        draft.stakeholders = [
            StakeholderDraft(
                role=cell_widget(self.table, r, 0, QComboBox).currentData(),
                name=self.cell(r, 1),
                role_other=self.cell(r, 2),
                organisation=self.cell(r, 3),
                email=self.cell(r, 4),
                phone=self.cell(r, 5),
                needs=self.cell(r, 6),
                consent=cell_widget(self.table, r, 7, QCheckBox).isChecked(),
                what_is_shared=self.cell(r, 8),
                id=self._ids[r],
            )
            for r in range(self.table.rowCount())
        ]


__all__ = [
    "BarriersPage",
    "BoundariesPage",
    "ContractPage",
    "GoalsPage",
    "MenteePage",
    "StakeholdersPage",
    "StartingPointPage",
]
