"""Mentees: a sortable, filterable list; add, edit, archive and restore, with undo."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import mentees, standards
from mentordesk.ui.mentee_dialog import MenteeDialog
from mentordesk.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from mentordesk.vault.models import MenteeStatus

FILTER_ACTIVE, FILTER_ALL, FILTER_ARCHIVED = 0, 1, 2


class MenteeFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._scope = FILTER_ACTIVE

    def set_scope(self, scope: int) -> None:
        self.beginFilterChange()
        self._scope = scope
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        row = self.sourceModel().row_at(source_row)
        archived = row.status == MenteeStatus.ARCHIVED
        if self._scope == FILTER_ACTIVE and archived:
            return False
        if self._scope == FILTER_ARCHIVED and not archived:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class _MenteeCommand(QUndoCommand):
    """An undoable change. ``done_already``: the dialog saved it, so the first redo is skipped."""

    def __init__(self, page: MenteesPage, text: str, done_already: bool = False):
        super().__init__(text)
        self.page = page
        self._skip_redo = done_already

    def redo(self):
        if self._skip_redo:
            self._skip_redo = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError

    def run(self, work) -> None:
        with self.page.vault.transaction() as db:
            work(db)
        self.page.changed()


class AddMentee(_MenteeCommand):
    def __init__(self, page, mentee_id: int, data: mentees.MenteeData):
        super().__init__(page, page.tr("Add {0}").format(data.full_name.strip()), True)
        self.mentee_id, self.data = mentee_id, data

    def apply(self):
        self.run(lambda db: setattr(self, "mentee_id", mentees.create(db, self.data)))

    def undo(self):
        self.run(lambda db: mentees.delete_unused(db, self.mentee_id))


class EditMentee(_MenteeCommand):
    def __init__(self, page, mentee_id, before, after):
        super().__init__(page, page.tr("Edit {0}").format(after.full_name.strip()), True)
        self.mentee_id, self.before, self.after = mentee_id, before, after

    def apply(self):
        self.run(lambda db: mentees.update(db, self.mentee_id, self.after))

    def undo(self):
        self.run(lambda db: mentees.update(db, self.mentee_id, self.before))


class SetStatus(_MenteeCommand):
    def __init__(self, page, mentee_id, name, before, after):
        verb = page.tr("Archive") if after == MenteeStatus.ARCHIVED else page.tr("Restore")
        super().__init__(page, f"{verb} {name}")
        self.mentee_id, self.before, self.after = mentee_id, before, after

    def apply(self):
        self.run(lambda db: mentees.set_status(db, self.mentee_id, self.after))

    def undo(self):
        self.run(lambda db: mentees.set_status(db, self.mentee_id, self.before))


class MenteesPage(QWidget):
    def __init__(self, events, parent=None):
        super().__init__(parent)
        self.events = events
        self.vault = None
        self.undo_stack = QUndoStack(self)
        self.model = RowTableModel(
            [
                Column(self.tr("Id"), lambda r: r.id, align_right=True),
                Column(self.tr("Name"), lambda r: r.full_name),
                Column(self.tr("Standard"), lambda r: r.standard),
                Column(self.tr("Employer"), lambda r: r.employer),
                Column(self.tr("Start"), lambda r: r.start_date),
                Column(self.tr("Planned end"), lambda r: r.planned_end_date),
                Column(self.tr("Status"), lambda r: self.tr(r.status_label)),
            ]
        )
        self.proxy = MenteeFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Mentees</h2>")))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, standard, employer…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter mentees"))
        self.scope = QComboBox()
        self.scope.addItems([self.tr("Current mentees"), self.tr("All"), self.tr("Archived")])
        self.scope.setAccessibleName(self.tr("Which mentees"))
        self.add_button = QPushButton(self.tr("&Add mentee…"))
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Add a mentee (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.archive_button = QPushButton(self.tr("A&rchive"))
        for widget in (
            self.search,
            self.scope,
            self.add_button,
            self.edit_button,
            self.archive_button,
        ):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Mentees"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        self.count = QLabel()
        layout.addWidget(self.count)
        contract_row = QHBoxLayout()
        self.contract_info = QLabel()
        self.contract_info.setWordWrap(True)
        self.contract_info.setTextFormat(Qt.TextFormat.RichText)
        self.contract_info.setAccessibleName(self.tr("The selected mentee's contract"))
        self.contract_button = QPushButton(self.tr("New &contract…"))
        contract_row.addWidget(self.contract_info, 1)
        contract_row.addWidget(self.contract_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(contract_row)
        self.contract_button.clicked.connect(self.open_contract)
        self._contract_action = None
        self.search.textChanged.connect(self._filter_changed)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.add_button.clicked.connect(self.add_mentee)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    # -- data --------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.undo_stack.clear()
        self.refresh()

    def clear(self) -> None:
        self.vault = None
        self.undo_stack.clear()
        self.model.clear()
        self.search.clear()
        self._selection_changed()

    def refresh(self, _kind: str = "") -> None:
        if self.vault is None or not self.vault.is_open:
            return
        with self.vault.session() as db:
            self.model.set_rows(mentees.list_mentees(db))
        self._selection_changed()

    def changed(self) -> None:
        self.refresh()
        self.events.changed.emit("mentee")

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_buttons()

    def _scope_changed(self, scope: int) -> None:
        self.proxy.set_scope(scope)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        enabled = self.vault is not None
        self.add_button.setEnabled(enabled)
        self.edit_button.setEnabled(enabled and row is not None)
        self.archive_button.setEnabled(enabled and row is not None)
        archived = row is not None and row.status == MenteeStatus.ARCHIVED
        self.archive_button.setText(self.tr("&Restore") if archived else self.tr("A&rchive"))
        self.count.setText(
            self.tr("{0} shown of {1}").format(self.proxy.rowCount(), self.model.rowCount())
        )

    def _selection_changed(self) -> None:
        self._update_buttons()
        self._show_contract(self.selected())

    # -- the selected mentee's contract ------------------------------------------------
    def _show_contract(self, row) -> None:
        self._contract_action = None
        if row is None or self.vault is None or not self.vault.is_open:
            self.contract_info.setText(self.tr("Select a mentee to see their contract."))
            self.contract_button.setEnabled(False)
            return
        from html import escape

        from mentordesk.services import contracts
        from mentordesk.vault.enums import ContractStatus

        with self.vault.session() as db:
            versions = contracts.list_contracts(db, row.id)
            goals = contracts.goals_in_force(db, row.id)
        in_force = next((v for v in versions if v.status is ContractStatus.ACTIVE), None)
        draft = next((v for v in versions if v.status is ContractStatus.DRAFT), None)
        lines = []
        if in_force is None:
            lines.append(self.tr("<b>No signed contract yet.</b>"))
        else:
            lines.append(
                self.tr("<b>Contract version {0}</b>, in force since {1:%d %B %Y}.").format(
                    in_force.version, in_force.agreed_at.astimezone()
                )
            )
        history = [
            self.tr("v{0} {1}").format(v.version, v.status.value)
            for v in versions
            if v is not in_force
        ]
        if history:
            lines.append(self.tr("Other versions: {0}.").format(", ".join(history)))
        if goals:
            items = "".join(
                f"<li>{escape(g.title)} — by {g.target_date:%d %b %Y}</li>" for g in goals
            )
            lines.append(self.tr("Goals:") + f"<ul style='margin:0'>{items}</ul>")
        self.contract_info.setText("<br>".join(lines))
        if draft is not None:
            self._contract_action = ("continue", draft.id)
            self.contract_button.setText(self.tr("Continue &contract…"))
        elif in_force is not None:
            self._contract_action = ("revise", row.id)
            self.contract_button.setText(self.tr("Revise &contract…"))
        else:
            self._contract_action = ("new", row.id)
            self.contract_button.setText(self.tr("New &contract…"))
        self.contract_button.setEnabled(True)

    def open_contract(self) -> None:
        """New, continue or revise the selected mentee's contract in the wizard."""
        if not self._contract_action:
            return
        from mentordesk.services import contracts
        from mentordesk.ui.contract_wizard import ContractWizard

        action, ident = self._contract_action
        if action == "continue":
            wizard = ContractWizard(self.vault, contract_id=ident, events=self.events, parent=self)
        elif action == "revise":
            with self.vault.transaction() as db:
                draft_id = contracts.revise(db, ident)
            wizard = ContractWizard(
                self.vault, contract_id=draft_id, events=self.events, parent=self
            )
        else:
            wizard = ContractWizard(self.vault, mentee_id=ident, events=self.events, parent=self)
        wizard.exec()
        self.refresh()

    def select_id(self, mentee_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ROW_ROLE).id == mentee_id:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return

    # -- actions -----------------------------------------------------------------------
    def _standards(self):
        with self.vault.session() as db:
            return standards.list_standards(db)

    def add_mentee(self) -> None:
        if self.vault is None:
            return
        saved = {}

        def save(data):
            with self.vault.transaction() as db:
                saved["id"] = mentees.create(db, data)
            saved["data"] = data
            return saved["id"]

        dialog = MenteeDialog(self._standards(), parent=self, save=save)
        if dialog.exec() and "id" in saved:
            self.undo_stack.push(AddMentee(self, saved["id"], saved["data"]))
            self.changed()
            self.scope.setCurrentIndex(
                FILTER_ALL
                if self.scope.currentIndex() == FILTER_ARCHIVED
                else self.scope.currentIndex()
            )
            self.select_id(saved["id"])

    def edit_selected(self) -> None:
        row = self.selected()
        if self.vault is None or row is None:
            return
        with self.vault.session() as db:
            current = mentees.get(db, row.id)
        result = {}

        def save(data):
            with self.vault.transaction() as db:
                result["before"] = mentees.update(db, row.id, data)
            result["after"] = data
            return row.id

        dialog = MenteeDialog(self._standards(), current, parent=self, save=save)
        if dialog.exec() and result:
            self.undo_stack.push(EditMentee(self, row.id, result["before"], result["after"]))
            self.changed()
            self.select_id(row.id)

    def toggle_archive(self) -> None:
        row = self.selected()
        if self.vault is None or row is None:
            return
        if row.status == MenteeStatus.ARCHIVED:
            self.undo_stack.push(
                SetStatus(self, row.id, row.full_name, row.status, MenteeStatus.ACTIVE)
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive mentee"),
            self.tr(
                "Archive {0}? Their records are kept, and you can restore them or undo "
                "this (Ctrl+Z)."
            ).format(row.full_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(
                SetStatus(self, row.id, row.full_name, row.status, MenteeStatus.ARCHIVED)
            )
