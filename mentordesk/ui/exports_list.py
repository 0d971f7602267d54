"""Reports › Exports made…: every export made from this vault, newest first: when, for
whom, how protected, what, where, and the encrypted file's size and SHA-256."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.disclosure import KINDS
from mentordesk.services.exports import ExportRow
from mentordesk.ui.backup_actions import size_text
from mentordesk.ui.i18n import word
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel, fit_columns
from mentordesk.ui.widgets import as_data, fit_to_screen

if TYPE_CHECKING:
    from mentordesk.ui.ops import Ops

translate = QCoreApplication.translate


def who(row: ExportRow) -> str:
    """The mentees included (those still in the vault), else how many there were."""
    count = len(row.summary.get("mentee_ids", []))
    return ", ".join(row.mentees) or translate("ExportsDialog", "%n mentee(s)", None, count)


def period(row: ExportRow) -> str:
    start, end = row.summary.get("from"), row.summary.get("to")
    if start or end:
        return translate("ExportsDialog", "{0} to {1}").format(start or "…", end or "…")
    return translate("ExportsDialog", "All dates")


def records(row: ExportRow) -> str:
    """The kinds of record included, in the reader's language."""
    kinds = [word(KINDS[k]) for k in row.summary.get("records", []) if k in KINDS]
    return ", ".join(kind.split(" (")[0] for kind in kinds)  # without "(signed PDFs)"


def protected(row: ExportRow) -> str:
    if row.by_passphrase:
        return translate("ExportsDialog", "Passphrase")
    key = row.encrypted_to
    return translate("ExportsDialog", "Age key {0}").format(
        key if len(key) <= 16 else f"…{key[-8:]}"
    )


def _sha(row: ExportRow) -> str:
    return row.sha256


class ExportsDialog(QDialog):
    """The exports made, in a sortable table; Open folder and Copy SHA-256 for the one chosen."""

    def __init__(self, rows: list[ExportRow], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exports made"))
        self.model = RowTableModel(
            [
                Column(self.tr("Made"), lambda r: r.made_at),
                Column(self.tr("For"), lambda r: r.recipient or "—"),
                Column(self.tr("Mentees"), who, tooltip=who),
                Column(self.tr("Period"), period),
                Column(self.tr("Records"), records, tooltip=records),
                Column(self.tr("Protected with"), protected, tooltip=lambda r: r.encrypted_to),
                Column(self.tr("Size"), lambda r: size_text(r.size), tooltip=self._files),
                Column(self.tr("SHA-256"), lambda r: f"{r.sha256[:12]}…", tooltip=_sha),
                Column(self.tr("Saved to"), lambda r: str(r.path), tooltip=lambda r: str(r.path)),
            ],
            self,
        )
        self.table = as_data(QTableView())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Exports made"))
        self.model.set_rows(rows)
        fit_columns(self.table)
        header = self.table.horizontalHeader()
        for column, chars in ((2, 24), (4, 28)):  # long lists: the rest is in the tooltip
            width = self.table.fontMetrics().averageCharWidth() * chars
            header.resizeSection(column, min(header.sectionSize(column), width))
        self.empty = QLabel(self.tr("No exports have been made from this vault yet."))
        self.empty.setVisible(not rows)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.copy_button = QPushButton(self.tr("&Copy SHA-256"))
        self.open_button.clicked.connect(self.open_folder)
        self.copy_button.clicked.connect(self.copy_hash)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        if rows:
            self.table.selectRow(0)
        self._selected()
        fit_to_screen(self, 1280, 520)

    def _files(self, row: ExportRow) -> str:
        return self.tr("%n file(s) inside", None, row.files)

    def selected(self) -> ExportRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return index.data(ROW_ROLE)

    def _selected(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.copy_button.setEnabled(chosen)

    def open_folder(self) -> None:
        row = self.selected()
        if row is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(row.folder))

    def copy_hash(self) -> None:
        row = self.selected()
        clipboard = QGuiApplication.clipboard()
        if row is not None and clipboard is not None:
            clipboard.setText(row.sha256)


def show_exports(parent: QWidget, ops: Ops) -> ExportsDialog | None:
    """Open the list (Reports › Exports made…)."""
    from mentordesk.services.exports import list_exports

    rows = ops.read(lambda job: list_exports(job.db))
    if not rows:
        return None
    dialog = ExportsDialog(rows.value, parent)
    dialog.open()
    return dialog
