"""Contracts: every version of every mentee's contract; new, continue, revise, compare, print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mentordesk.services import contracts
from mentordesk.services.contracts import PAGE_TITLES, ContractSummary
from mentordesk.ui.i18n import word
from mentordesk.ui.ops import Ops
from mentordesk.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, fit_columns
from mentordesk.ui.widgets import ModulePage
from mentordesk.vault.changes import Changes
from mentordesk.vault.enums import ContractStatus

if TYPE_CHECKING:
    from mentordesk.ui.printing import Printable


def _state(row: ContractSummary) -> str:
    if row.status is ContractStatus.DRAFT:
        page = word(PAGE_TITLES.get(row.page or "mentee", ""))
        return QCoreApplication.translate("ContractsPage", "Draft — at “{0}”").format(page)
    return word(row.status)


class CompareDialog(QDialog):
    """What changed from one version to the next."""

    def __init__(self, title: str, changes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(changes), 4)
        self.table.setAccessibleName(self.tr("Changes between the versions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("Item"), self.tr("Before"), self.tr("After")]
        )
        for row, c in enumerate(changes):
            shown = (word(c.section), word(c.item), c.before or "—", c.after or "—")
            for column, text in enumerate(shown):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(QLabel(self.tr("%n change(s)", "", len(changes))))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 520)


class ContractsPage(ModulePage):
    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.model = RowTableModel(
            [
                Column(self.tr("Mentee"), lambda r: r.mentee),
                Column(self.tr("Version"), lambda r: r.version, align_right=True),
                Column(self.tr("State"), _state),
                Column(self.tr("Agreed"), lambda r: r.agreed_at),
                Column(self.tr("Last changed"), lambda r: r.updated_at),
            ]
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()  # the title, and what goes out of a signed contract
        heading.addWidget(QLabel(self.tr("<h2>Contracts</h2>")))
        heading.addStretch()
        layout.addLayout(heading)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New contract…"))
        self.continue_button = QPushButton(self.tr("&Continue draft…"))
        self.revise_button = QPushButton(self.tr("Re&vise…"))
        self.compare_button = QPushButton(self.tr("Com&pare with previous"))
        self.pdf_button = QPushButton(self.tr("Print to P&DF…"))
        self.countersign_button = QPushButton(self.tr("For co&untersigning…"))
        self.countersign_button.setToolTip(
            self.tr("A signed PDF the mentee and the employer sign with their own digital ID")
        )
        self.discard_button = QPushButton(self.tr("Discard draft"))
        for button in (
            self.new_button,
            self.continue_button,
            self.revise_button,
            self.compare_button,
            self.discard_button,
        ):
            bar.addWidget(button)
        heading.addWidget(self.pdf_button)
        heading.addWidget(self.countersign_button)
        bar.addStretch()
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Contracts"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.fitter = fit_columns(self.table)
        layout.addWidget(self.table)
        self.countersigned = QLabel()
        self.countersigned.setTextFormat(Qt.TextFormat.PlainText)  # names from certificates
        self.countersigned.setWordWrap(True)
        self.countersigned.setVisible(False)
        layout.addWidget(self.countersigned)
        self.new_button.clicked.connect(lambda: self.open_wizard())
        self.continue_button.clicked.connect(self.continue_selected)
        self.revise_button.clicked.connect(self.revise_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.pdf_button.clicked.connect(self.pdf_selected)
        self.countersign_button.clicked.connect(self.countersign_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.table.doubleClicked.connect(lambda _i: self.continue_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ops.changed.connect(self.on_changes)
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.refresh()

    def clear(self) -> None:
        self.model.clear()
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        if changes.everything or changes.contracts or changes.mentees or changes.goals:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        rows = self.ops.read(lambda job: contracts.list_contracts(job.db))
        if not rows:
            return
        self.model.set_rows(rows.value)
        if selected is not None:
            self.select_contract(selected.id)
        self._update_buttons()

    def selected(self) -> ContractSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_contract(self, contract_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == contract_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        draft = row is not None and row.status is ContractStatus.DRAFT
        signed = row is not None and not draft
        self.new_button.setEnabled(self.ops.is_open)
        self.continue_button.setEnabled(draft)
        self.discard_button.setEnabled(draft)
        self.revise_button.setEnabled(row is not None and row.status is ContractStatus.ACTIVE)
        self.compare_button.setEnabled(signed and row is not None and row.version > 1)
        self.pdf_button.setEnabled(signed)
        self.countersign_button.setEnabled(signed)
        self._show_countersignatures(row if signed else None)
        self.printable_changed.emit()

    def _show_countersignatures(self, row: ContractSummary | None) -> None:
        text = ""
        if row is not None and self.ops.is_open:
            from mentordesk.ui.countersign import countersigned_text

            text = countersigned_text(self.ops, "contract", row.id)
        self.countersigned.setText(text)
        self.countersigned.setVisible(bool(text))

    def printable(self) -> Printable | None:
        """The selected contract, once signed (a draft is not a record yet)."""
        row = self.selected()
        if row is None or row.status is ContractStatus.DRAFT:
            return None
        from mentordesk.ui.printing import Printable

        title = self.tr("Contract: {0}, version {1}").format(row.mentee, row.version)
        return Printable("contract", row.id, title)

    # -- actions ---------------------------------------------------------------------------
    def open_wizard(self, *, contract_id=None, mentee_id=None) -> int | None:
        from mentordesk.ui.contract_wizard import ContractWizard

        wizard = ContractWizard(self.ops, contract_id=contract_id, mentee_id=mentee_id, parent=self)
        wizard.exec()
        signed = wizard.signed_contract_id
        if signed is not None:
            self.select_contract(signed)
        elif wizard.contract_id is not None:
            self.select_contract(wizard.contract_id)
        return signed

    def continue_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.status is ContractStatus.DRAFT:
            self.open_wizard(contract_id=row.id)

    def revise_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        mid = row.mentee_id
        draft = self.ops.write(lambda job: contracts.revise(job.db, mid), title=self.tr("Revise"))
        if draft:
            self.open_wizard(contract_id=draft.value)

    def compare_selected(self) -> None:
        row = self.selected()
        if row is None or row.version < 2:
            return
        cid = row.id
        found = self.ops.read(lambda job: contracts.compare_to_previous(job.db, cid))
        if not found:
            return
        changes = found.value
        title = self.tr("{0}: version {1} → {2}").format(row.mentee, row.version - 1, row.version)
        CompareDialog(title, changes, self).exec()

    def pdf_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        suggested = Path.home() / f"contract-{row.mentee.replace(' ', '-')}-v{row.version}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print contract to PDF"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_pdf(row.id, Path(path))

    def export_pdf(self, contract_id: int, path: Path):
        """Write the contract's PDF on a worker (with progress if it takes a moment)."""
        return self.ops.start(
            lambda job: contracts.export_contract(job.db, contract_id, path, job.now),
            write=True,  # the first record signed makes the signing key
            title=self.tr("Print to PDF"),
            cancellable=False,  # one step: nothing to stop part-way
            label=self.tr("Writing the contract…"),
            parent=self,
            done=lambda _value: self.ops.saved.emit(path, self.tr("Contract")),
        )

    def countersign_selected(self) -> None:
        row = self.selected()
        if row is None or row.status is ContractStatus.DRAFT:
            return
        from mentordesk.ui.countersign import export_for_countersignature

        name = f"contract-{row.mentee.replace(' ', '-')}-v{row.version}-to-countersign.pdf"
        export_for_countersignature(self, self.ops, "contract", row.id, name, self.tr("Contract"))

    def discard_selected(self) -> None:
        row = self.selected()
        if row is None or row.status is not ContractStatus.DRAFT:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft"),
            self.tr("Discard the draft contract for {0}? Signed versions are kept.").format(
                row.mentee
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            cid = row.id
            self.ops.write(
                lambda job: contracts.discard(job.db, cid),
                title=self.tr("Discard draft"),
                message=self.tr("Draft discarded."),
            )


__all__ = ["CompareDialog", "ContractsPage"]
