"""Log or edit one supervision: when, with whom, the kind and length, the themes, what was
discussed (private), feedback and wellbeing, the actions agreed (due on or after the day)
and the reflections that draw on it. Ctrl+Enter saves; closing with changes asks first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.supervision import (
    MAX_MINUTES,
    AgreedAction,
    ReflectionChoice,
    SupervisionDraft,
    SupervisionForm,
)
from mentordesk.ui.fields import DATE_FORMAT, DateField
from mentordesk.ui.i18n import word
from mentordesk.ui.planner.action_tables import fit_date_column
from mentordesk.ui.planner.cells import (
    VALUE_ROLE,
    ChoiceDelegate,
    DateDelegate,
    NamedDelegate,
    commit_editing,
    date_of,
    date_text,
    keyboard_table,
)
from mentordesk.ui.planner.keys import no_default_button
from mentordesk.ui.reflections.shared import SavingDialog
from mentordesk.ui.widgets import (
    ErrorLabel,
    as_data,
    cell_text,
    fit_to_screen,
    qdate,
    save_buttons,
)
from mentordesk.vault.enums import ActionStatus, SupervisionKind

DUE_AFTER = timedelta(days=28)  # a new action falls due by about the next supervision
_ROOT = QModelIndex()


class AgreedActionsTable(QTableWidget):
    """Actions agreed: description, owner (you, unless said), due date (never before the
    supervision) and whether it is still open."""

    def __init__(self, held_on: date, parent=None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        keyboard_table(self, self.tr("Actions agreed"))
        self.setAccessibleDescription(
            self.tr("Arrows move between cells; type or press F2 to change one.")
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(1, 80)
        fit_date_column(self, 2)
        self.setColumnWidth(3, 80)
        # A long action wraps within its row, which grows to hold it.
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        row_word = self.tr("action")
        self.dates = DateDelegate(self, row_word, held_on, held_on + DUE_AFTER)
        self.setItemDelegateForColumn(0, NamedDelegate(self, row_word))
        self.setItemDelegateForColumn(1, NamedDelegate(self, row_word))
        self.setItemDelegateForColumn(2, self.dates)
        statuses = [(word(s), s) for s in ActionStatus]
        self.setItemDelegateForColumn(3, ChoiceDelegate(self, row_word, statuses))
        self.verticalHeader().hide()
        self.ids: list[int | None] = []

    def set_held_on(self, day: date) -> None:
        """No new due date before ``day``; a new action falls due about a month after it."""
        self.dates.minimum, self.dates.fallback = day, day + DUE_AFTER

    def add(self, a: AgreedAction | None = None) -> None:
        """A row for ``a``, or a new action to type (its description being edited)."""
        a = a or AgreedAction("", self.tr("Me"), self.dates.fallback)
        row = self.rowCount()
        self.insertRow(row)
        text = QTableWidgetItem(a.description)
        text.setToolTip(a.description)
        self.setItem(row, 0, text)
        self.setItem(row, 1, QTableWidgetItem(a.owner))
        due = QTableWidgetItem(date_text(a.due_date, self))
        due.setData(VALUE_ROLE, a.due_date)
        self.setItem(row, 2, due)
        status = QTableWidgetItem(word(a.status))
        status.setData(VALUE_ROLE, a.status)
        self.setItem(row, 3, status)
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

    def agreed(self) -> list[AgreedAction]:
        commit_editing(self)
        out = []
        for row in range(self.rowCount()):
            status_item = self.item(row, 3)
            status = status_item.data(VALUE_ROLE) if status_item is not None else None
            out.append(
                AgreedAction(
                    cell_text(self, row, 0),
                    cell_text(self, row, 1),
                    date_of(self, row, 2),
                    status if isinstance(status, ActionStatus) else ActionStatus.OPEN,
                    self.ids[row],
                )
            )
        return out

    def first_due_before(self, day: date) -> int | None:
        for row in range(self.rowCount()):
            due = date_of(self, row, 2)
            if due is not None and due < day:
                return row
        return None


class ReflectionChecklist(QAbstractListModel):
    """The mentor's reflections to tick, "12 Nov 2026 — Title", the linked ones first."""

    def __init__(self, choices: list[ReflectionChoice], ticked: list[int], parent=None):
        super().__init__(parent)
        chosen = set(ticked)
        self.rows = sorted(choices, key=lambda c: c.id not in chosen)  # stable: newest first
        self.ticked = chosen

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            day = choice.occurred_on
            return f"{QLocale().toString(qdate(day, day), DATE_FORMAT)} — {choice.title}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.id in self.ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        rid = self.rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(rid)
        else:
            self.ticked.discard(rid)
        self.dataChanged.emit(index, index, [role])
        return True

    def ticked_ids(self) -> list[int]:
        return sorted(self.ticked)


def _text_box(text: str, name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setMinimumHeight(height)
    return box


class SupervisionDialog(SavingDialog):
    SIZE = (1000, 660)  # as large as this, where the screen allows

    def __init__(
        self,
        form: SupervisionForm,
        *,
        today: date,
        save: Callable[[SupervisionDraft], Any],
        editing: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save = save
        draft = form.draft
        self.setWindowTitle(
            self.tr("Edit supervision") if editing else self.tr("Log a supervision")
        )
        outer = QVBoxLayout(self)

        top = QGridLayout()
        self.held_on = DateField(draft.held_on)
        self.held_on.setMaximumDate(qdate(today, today))
        self.supervisor = QLineEdit(draft.supervisor)
        self.supervisor.setPlaceholderText(self.tr("Who supervised you, or the group's name"))
        completer = QCompleter(form.supervisors, self.supervisor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.supervisor.setCompleter(completer)
        self.kind = QComboBox()
        for kind in SupervisionKind:
            self.kind.addItem(word(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.length = QSpinBox()
        self.length.setRange(0, MAX_MINUTES)
        self.length.setSingleStep(15)
        self.length.setSuffix(self.tr(" min"))
        self.length.setSpecialValueText(self.tr("Not noted"))
        self.length.setValue(draft.duration_minutes or 0)
        self.topics = QLineEdit(draft.topics)
        self.topics.setPlaceholderText(self.tr("The themes, in a few words"))
        pairs = [
            (self.tr("D&ate"), self.held_on),
            (self.tr("&Supervisor"), self.supervisor),
            (self.tr("&Kind"), self.kind),
            (self.tr("&Length"), self.length),
        ]
        for n, (text, widget) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label, 0, 2 * n)
            top.addWidget(widget, 0, 2 * n + 1)
        top.setColumnStretch(3, 1)
        themes = QLabel(self.tr("T&hemes"))
        themes.setBuddy(self.topics)
        top.addWidget(themes, 1, 0)
        top.addWidget(self.topics, 1, 1, 1, 7)
        outer.addLayout(top)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.discussed = _text_box(draft.discussed, self.tr("What was discussed"), 120)
        self.discussed.setToolTip(
            self.tr("Private: kept in the vault, never shared or printed unless you ask.")
        )
        self.feedback = _text_box(draft.feedback, self.tr("Feedback"), 60)
        self.wellbeing = _text_box(draft.wellbeing, self.tr("Wellbeing"), 60)
        for text, box, stretch in (
            (self.tr("What was &discussed (private: never shared or printed)"), self.discussed, 2),
            (self.tr("&Feedback to you"), self.feedback, 1),
            (self.tr("&Wellbeing"), self.wellbeing, 1),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            left.addWidget(label)
            left.addWidget(box, stretch)
        body.addLayout(left, 1)

        right = QVBoxLayout()
        agreed = QGroupBox(self.tr("Actions agreed"))
        column = QVBoxLayout(agreed)
        self.legacy = as_data(QLabel())  # what an older MentorDesk kept: the mentor's words
        self.legacy.setWordWrap(True)
        self.legacy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legacy.setText(form.legacy_actions)
        self.legacy_title = QLabel(self.tr("Noted as text in an earlier version (kept as it is):"))
        for w in (self.legacy_title, self.legacy):
            w.setVisible(bool(form.legacy_actions))
            column.addWidget(w)
        self.action_table = AgreedActionsTable(draft.held_on)
        self.action_table.setMinimumHeight(120)
        for a in draft.actions:
            self.action_table.add(a)
        column.addWidget(self.action_table, 1)
        buttons = QHBoxLayout()
        self.add_action = QPushButton(self.tr("Add a&ction"))
        self.remove_action = QPushButton(self.tr("&Remove action"))
        buttons.addWidget(self.add_action)
        buttons.addWidget(self.remove_action)
        buttons.addStretch()
        column.addLayout(buttons)
        right.addWidget(agreed, 3)

        links = QGroupBox(self.tr("Reflections that draw on it"))
        link_column = QVBoxLayout(links)
        self.find_reflection = QLineEdit()
        self.find_reflection.setPlaceholderText(self.tr("Filter by title or date"))
        self.find_reflection.setAccessibleName(self.tr("Filter reflections"))
        self.find_reflection.setClearButtonEnabled(True)
        self.reflections = ReflectionChecklist(form.reflections, draft.reflection_ids, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.reflections)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find_reflection.textChanged.connect(proxy.setFilterFixedString)
        self.reflection_list = QListView()
        self.reflection_list.setModel(proxy)
        self.reflection_list.setAccessibleName(self.tr("Linked reflections"))
        self.reflection_list.setAccessibleDescription(self.tr("Space ticks a reflection."))
        self.reflection_list.setUniformItemSizes(True)
        none_yet = QLabel(self.tr("No reflections yet: link them from here once written."))
        none_yet.setWordWrap(True)
        none_yet.setVisible(not form.reflections)
        link_column.addWidget(self.find_reflection)
        link_column.addWidget(self.reflection_list, 1)
        link_column.addWidget(none_yet)
        right.addWidget(links, 2)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)

        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.buttons = save_buttons(self, self.try_save, self.tr("Save (Ctrl+Enter)"))
        outer.addWidget(self.buttons)

        self.add_action.clicked.connect(lambda: self.action_table.add())
        self.remove_action.clicked.connect(self.action_table.remove_selected)
        self.held_on.dateChanged.connect(
            lambda _d: self.action_table.set_held_on(self.held_on.value())
        )
        no_default_button(self)
        fit_to_screen(self, *self.SIZE)
        self._fields: dict[str, QWidget] = {
            "held_on": self.held_on,
            "supervisor": self.supervisor,
            "kind": self.kind,
            "duration_minutes": self.length,
            "actions": self.action_table,
            "reflection_ids": self.reflection_list,
        }
        self._saved = self.draft()  # what closing compares with, so nothing typed is lost
        self.supervisor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reading the form -------------------------------------------------------------------
    def draft(self) -> SupervisionDraft:
        minutes = self.length.value()
        return SupervisionDraft(
            held_on=self.held_on.value(),
            supervisor=self.supervisor.text(),
            kind=self.kind.currentData(),
            duration_minutes=minutes or None,
            topics=self.topics.text(),
            discussed=self.discussed.toPlainText(),
            feedback=self.feedback.toPlainText(),
            wellbeing=self.wellbeing.toPlainText(),
            actions=self.action_table.agreed(),
            reflection_ids=self.reflections.ticked_ids(),
        )

    # -- saving -----------------------------------------------------------------------------

    def unsaved_question(self) -> str:
        return self.tr("This supervision has changes that are not saved. Save them now?")

    def go_to(self, field: str) -> None:
        widget = self._fields.get(field)
        if field == "actions":
            row = self.action_table.first_due_before(self.held_on.value())
            if row is not None:
                self.action_table.setCurrentCell(row, 2)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
