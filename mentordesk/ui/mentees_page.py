"""Mentees: a sortable, filterable list; add, edit, archive and restore, with undo."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from mentordesk.services import contracts, mentees, standards
from mentordesk.ui.i18n import word
from mentordesk.ui.mentee_dialog import MenteeDialog
from mentordesk.ui.ops import Ops
from mentordesk.ui.table_model import (
    ROW_ROLE,
    Column,
    RowFilterProxy,
    RowTableModel,
    fit_columns,
    select_by_id,
)
from mentordesk.ui.undo import VaultUndoStack, undoable
from mentordesk.ui.widgets import ModulePage
from mentordesk.vault.changes import Changes
from mentordesk.vault.enums import ContractStatus, MenteeStatus

FILTER_ACTIVE, FILTER_ALL, FILTER_ARCHIVED = 0, 1, 2


class MenteeFilter(RowFilterProxy):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._scope = FILTER_ACTIVE

    def set_scope(self, scope: int) -> None:
        self.beginFilterChange()
        self._scope = scope
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        source = cast(RowTableModel, self.sourceModel())  # set by MenteesPage
        row = source.row_at(source_row)
        archived = row.status == MenteeStatus.ARCHIVED
        if self._scope == FILTER_ACTIVE and archived:
            return False
        if self._scope == FILTER_ARCHIVED and not archived:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class MenteesPage(ModulePage):
    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = VaultUndoStack(ops, self)
        self.model = RowTableModel(
            [
                Column(self.tr("Id"), lambda r: r.id, align_right=True),
                Column(self.tr("Name"), lambda r: r.full_name),
                Column(self.tr("Standard"), lambda r: r.standard),
                Column(self.tr("Employer"), lambda r: r.employer),
                Column(self.tr("Start"), lambda r: r.start_date),
                Column(self.tr("Planned end"), lambda r: r.planned_end_date),
                Column(self.tr("Status"), lambda r: word(r.status)),
                # Last, so its words take the room left.
                Column(self.tr("Off-the-job hours"), lambda r: r.otj),
            ]
        )
        self.proxy = MenteeFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Mentees</h2>")))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, standard, employer… (Ctrl+F)"))
        find = QAction(self.tr("Filter mentees"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_filter)
        self.addAction(find)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter mentees"))
        self.scope = QComboBox()
        self.scope.addItems([self.tr("Current mentees"), self.tr("All"), self.tr("Archived")])
        self.scope.setAccessibleName(self.tr("Which mentees"))
        self.add_button = QPushButton(self.tr("&Add mentee…"))
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Add a mentee (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.archive_button = QPushButton(self.tr("Archi&ve"))
        self.privacy_button = QPushButton(self.tr("Data &protection"))
        self.privacy_button.setToolTip(
            self.tr("UK GDPR: everything held about the selected mentee, or its erasure")
        )
        privacy = QMenu(self.privacy_button)
        self.subject_action = privacy.addAction(self.tr("Everything held about them…"))
        self.subject_action.triggered.connect(self.export_subject)
        self.erase_action = privacy.addAction(self.tr("Erase this mentee…"))
        self.erase_action.triggered.connect(self.erase_selected)
        self.privacy_menu = privacy
        self.privacy_button.setMenu(privacy)
        for widget in (
            self.search,
            self.scope,
            self.add_button,
            self.edit_button,
            self.archive_button,
            self.privacy_button,
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
        self.fitter = fit_columns(self.table)
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
        self._contract_action: tuple[str, int] | None = None  # what the button does
        self.search.textChanged.connect(self._filter_changed)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.add_button.clicked.connect(self.add_mentee)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        ops.changed.connect(self.on_changes)
        self._selection_changed()

    # -- data --------------------------------------------------------------------------
    def reload(self) -> None:
        self.undo_stack.clear()
        self.refresh()

    def clear(self) -> None:
        self.undo_stack.clear()
        self.model.clear()
        self.search.clear()
        self._selection_changed()

    def on_changes(self, changes: Changes) -> None:
        c = changes
        if c.everything or c.mentees or c.standards or c.contracts or c.goals or c.sessions:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        rows = self.ops.read(lambda job: mentees.list_mentees(job.db, today=job.today))
        if not rows:
            return
        self.model.set_rows(rows.value)
        if selected is not None:
            self.select_id(selected.id)
        self._selection_changed()

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
        enabled = self.ops.is_open
        self.add_button.setEnabled(enabled)
        self.edit_button.setEnabled(enabled and row is not None)
        self.archive_button.setEnabled(enabled and row is not None)
        self.privacy_button.setEnabled(enabled and row is not None)
        archived = row is not None and row.status == MenteeStatus.ARCHIVED
        self.archive_button.setText(self.tr("Res&tore") if archived else self.tr("Archi&ve"))
        self.count.setText(
            self.tr("{0} shown of {1}").format(self.proxy.rowCount(), self.model.rowCount())
        )

    def _selection_changed(self) -> None:
        self._update_buttons()
        self._show_contract(self.selected())

    # -- the selected mentee's contract ------------------------------------------------
    def _show_contract(self, row) -> None:
        self._contract_action = None
        shown = None
        if row is not None:
            mid = row.id
            shown = self.ops.read(
                lambda job: (
                    contracts.list_contracts(job.db, mid),
                    contracts.goals_in_force(job.db, mid),
                    contracts.signatures_in_force(job.db, mid),
                )
            )
        if not shown:
            self.contract_info.setText(self.tr("Select a mentee to see their contract."))
            self.contract_button.setEnabled(False)
            return
        from html import escape

        versions, goals, signers = shown.value
        in_force = next((v for v in versions if v.status is ContractStatus.ACTIVE), None)
        draft = next((v for v in versions if v.status is ContractStatus.DRAFT), None)
        lines = []
        if in_force is None:
            lines.append(self.tr("<b>No signed contract yet.</b>"))
        else:
            assert in_force.agreed_at is not None  # set when a contract is signed
            lines.append(
                self.tr("<b>Contract version {0}</b>, in force since {1:%d %B %Y}.").format(
                    in_force.version, in_force.agreed_at.astimezone()
                )
            )
        if signers:
            names = ", ".join(f"{escape(s.name)} ({word(s.role)})" for s in signers)
            lines.append(self.tr("Signed by {0}.").format(names))
        history = [
            self.tr("v{0} {1}").format(v.version, word(v.status))
            for v in versions
            if v is not in_force
        ]
        if history:
            lines.append(self.tr("Other versions: {0}.").format(", ".join(history)))
        if goals:
            items = "".join(
                self.tr("<li>{0} — by {1:%d %b %Y}</li>").format(escape(g.title), g.target_date)
                if g.target_date
                else f"<li>{escape(g.title)}</li>"
                for g in goals
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
        from mentordesk.ui.contract_wizard import ContractWizard

        action, ident = self._contract_action
        if action == "revise":
            draft = self.ops.write(
                lambda job: contracts.revise(job.db, ident), title=self.tr("Revise contract")
            )
            if not draft:
                return
            action, ident = "continue", draft.value
        if action == "continue":
            wizard = ContractWizard(self.ops, contract_id=ident, parent=self)
        else:
            wizard = ContractWizard(self.ops, mentee_id=ident, parent=self)
        wizard.exec()

    def start_first_contract(self) -> None:
        """Select the first mentee listed whose contract is not yet in force, and open it
        in the contract wizard (the dashboard's "Agree a contract" step)."""
        for r in range(self.proxy.rowCount()):
            self.table.selectRow(r)
            if self._contract_action and self._contract_action[0] != "revise":
                self.open_contract()
                return
        self.ops.notice.emit(self.tr("Every mentee listed has a contract in force."))

    def select_id(self, mentee_id: int) -> bool:
        """Select the mentee's row; False when the filter hides it."""
        return select_by_id(self.table, mentee_id)

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- actions -----------------------------------------------------------------------
    def _standards(self):
        return self.ops.read(lambda job: standards.list_standards(job.db)).value or []

    @undoable
    def add_mentee(self) -> None:
        if not self.ops.is_open:
            return
        saved: dict = {}

        def save(data: mentees.MenteeData):
            out = self.ops.write(lambda job: mentees.create(job.db, data), show=dialog.show_error)
            if out:
                saved.update(id=out.value, data=data)
            return out

        dialog = MenteeDialog(
            self._standards(), parent=self, save=save, today=self.ops.clock.today()
        )
        if dialog.exec() and "id" in saved:
            data = saved["data"]
            self.undo_stack.push_change(
                self.tr("Add {0}").format(data.full_name.strip()),
                lambda job, mid: mentees.create(job.db, data, mentee_id=mid),
                lambda job, mid: mentees.delete_unused(job.db, mid),
                saved["id"],
                touches=lambda mid: Changes.of(mentees=[mid]),
            )
            if self.scope.currentIndex() == FILTER_ARCHIVED:
                self.scope.setCurrentIndex(FILTER_ALL)
            name = data.full_name.strip()
            if self.select_id(saved["id"]):
                self.ops.notice.emit(self.tr("{0} added.").format(name))
            else:  # the filter typed before would hide them: show everyone, and say so
                self.search.clear()
                self.select_id(saved["id"])
                self.ops.notice.emit(
                    self.tr("{0} added; the filter was cleared to show them.").format(name)
                )

    @undoable
    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        mid = row.id
        current = self.ops.read(lambda job: mentees.get(job.db, mid))
        if not current:
            return
        result: dict = {}

        def save(data: mentees.MenteeData):
            out = self.ops.write(
                lambda job: mentees.update(job.db, mid, data), show=dialog.show_error
            )
            if out:
                result.update(before=out.value, after=data)
            return out

        dialog = MenteeDialog(self._standards(), current.value, parent=self, save=save)
        if dialog.exec() and result:
            before, after = result["before"], result["after"]
            self.undo_stack.push_change(
                self.tr("Edit {0}").format(after.full_name.strip()),
                lambda job, _was: mentees.update(job.db, mid, after),
                lambda job, _before: mentees.update(job.db, mid, before),
                before,
                touches=lambda _before: Changes.of(mentees=[mid]),
            )
            self.select_id(mid)
            self.ops.notice.emit(self.tr("{0} saved.").format(after.full_name.strip()))

    @undoable
    def toggle_archive(self) -> None:
        row = self.selected()
        if row is None:
            return
        archived = row.status == MenteeStatus.ARCHIVED
        if not archived:
            answer = QMessageBox.question(
                self,
                self.tr("Archive mentee"),
                self.tr(
                    "Archive {0}? Their records are kept, and you can restore them or undo "
                    "this (Ctrl+Z)."
                ).format(row.full_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        mid, before = row.id, row.status
        after = MenteeStatus.ACTIVE if archived else MenteeStatus.ARCHIVED
        out = self.ops.write(lambda job: mentees.set_status(job.db, mid, after))
        if not out:
            return
        text = (self.tr("Restore {0}") if archived else self.tr("Archive {0}")).format(
            row.full_name
        )
        self.undo_stack.push_change(
            text,
            lambda job, _was: mentees.set_status(job.db, mid, after),
            lambda job, _was: mentees.set_status(job.db, mid, before),
            before,
            touches=lambda _was: Changes.of(mentees=[mid]),
        )
        self.ops.notice.emit(
            (
                self.tr("{0} restored. Undo with Ctrl+Z.")
                if archived
                else self.tr("{0} archived: shown under “Archived”. Undo with Ctrl+Z.")
            ).format(row.full_name)
        )

    def export_subject(self):
        """The subject access export of the selected mentee."""
        from mentordesk.ui import subject_access

        row = self.selected()
        if row is None:
            return None
        return subject_access.open_for(self, self.ops, row.id, row.full_name)

    def erase_selected(self) -> None:
        """Erase the selected mentee, after a confirmation that names what goes."""
        from mentordesk.services import erasure
        from mentordesk.ui.erase_dialog import EraseDialog

        row = self.selected()
        if row is None:
            return
        mid = row.id
        plan = self.ops.read(lambda job: erasure.plan(job.db, mid))
        if not plan:
            return
        dialog = EraseDialog(plan.value, erasure.older_backups_note(), self)
        if not dialog.exec():
            return
        typed = dialog.typed
        out = self.ops.write(
            lambda job: erasure.erase(job.db, mid, confirm=typed, now=job.now),
            title=self.tr("Erase mentee"),
        )
        if not out:
            return
        purged = self.ops.read(lambda job: erasure.purge_log(job.conn))
        self.undo_stack.clear()  # nothing before an erasure can be undone into it
        text = self.tr("{0} was erased; the audit log keeps a tombstone.").format(row.full_name)
        if purged and not purged.value:
            text += " " + self.tr(
                "Their old pages stay in the vault's (encrypted) log until it is next closed."
            )
        self.ops.notice.emit(text)
