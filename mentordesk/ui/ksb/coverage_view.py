"""The coverage matrix: every KSB of the standard with its evidence against the count
required, the latest judgement, when last evidenced and its status in a sign and words (a
tint may follow, never colour alone); filtered to the gaps it says what is missing, and the
duties each gap belongs to."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.i18n import word
from mentordesk.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, fit_columns

# Light tints behind the status words (the words carry the meaning; the tint only helps).
TINTS = {"NONE": "#fbe1e1", "WORKING": "#fff1cc", "AWAITING": "#e3ecfb", "MET": "#dff3df"}
MAX_REQUIRED = 20
STATUS, MISSING = 6, 7
KIND_ORDER = {"K": 0, "S": 1, "B": 2}


def code_key(code: str) -> tuple[int, str, int]:
    """K1, K2 … K10, then S…, then B… (the standard's own order), not K1, K10, K2."""
    match = re.match(r"([A-Za-z]+)(\d*)", code)
    letters, digits = (match.group(1), match.group(2)) if match else (code, "")
    return KIND_ORDER.get(letters.upper(), 3), letters, int(digits or 0)


class CoverageModel(RowTableModel):
    """The matrix rows; the status column may be tinted behind its words."""

    status_column = 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.status_column:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(TINTS.get(self.row_at(index.row()).status.name, "#ffffff"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#1a1a1a")  # dark on the light tint, whatever the theme
        return super().data(index, role)

    def _order_of(self, rows: list[Any]) -> list[int]:
        if self._sorted_by is None or self._sorted_by[0] != 0:
            return super()._order_of(rows)
        keys = [code_key(row.code) for row in rows]
        descending = self._sorted_by[1] == Qt.SortOrder.DescendingOrder
        return sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)


class GapsProxy(RowFilterProxy):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.gaps_only = False

    def set_gaps_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.gaps_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 (Qt's name)
        if not self.gaps_only:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return bool(model.row_at(source_row).gap)


class CoverageView(QWidget):
    """``ksb_opened(ksb_id)`` when a KSB is double-clicked or Enter pressed on it;
    ``required_wanted(n)`` when the count required per KSB is changed here."""

    ksb_opened = Signal(int)
    required_wanted = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.gaps = QCheckBox(self.tr("Show ga&ps only"))
        self.gaps.setToolTip(self.tr("Only the KSBs not yet met, with what each still needs"))
        bar.addWidget(self.gaps)
        bar.addStretch()
        required_label = QLabel(self.tr("Pieces of evidence re&quired per KSB:"))
        self.required = QSpinBox()
        self.required.setRange(1, MAX_REQUIRED)
        self.required.setAccessibleName(self.tr("Pieces of evidence required per KSB"))
        self.required.setToolTip(
            self.tr("How many pieces of evidence each KSB of this standard needs (Ctrl+Z undoes)")
        )
        required_label.setBuddy(self.required)
        bar.addWidget(required_label)
        bar.addWidget(self.required)
        layout.addLayout(bar)

        self.model = CoverageModel(
            [
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("KSB"), lambda r: r.detail, tooltip=lambda r: r.detail),
                Column(self.tr("Duties"), lambda r: ", ".join(r.duties)),
                Column(
                    self.tr("Evidence"),
                    lambda r: self.tr("{0} of {1}").format(r.count, r.required),
                ),
                Column(self.tr("Latest judgement"), lambda r: word(r.latest) if r.latest else ""),
                Column(self.tr("Last evidenced"), lambda r: r.last_on),
                Column(self.tr("Status"), lambda r: r.status_words),
                Column(self.tr("What is missing"), lambda r: r.needs),
            ]
        )
        self.proxy = GapsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Coverage of the standard's KSBs"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the matrix; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # a KSB's words wrap in rows fitted to them
        # the scroll bar's room kept, so rows made taller never narrow the words they fit
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # by code at first: the standard's own order
        self.fitter = fit_columns(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the KSB's words
        self._rows_later = QTimer(self)
        self._rows_later.setSingleShot(True)  # once, after the columns have settled
        self._rows_later.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._rows_later.start(0))
        self.table.setColumnHidden(7, True)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setWordWrap(True)
        layout.addWidget(self.count)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(600)  # the count settles before it is saved
        self._pending.timeout.connect(self._send_required)
        self.required.valueChanged.connect(lambda _n: self._pending.start())
        self.required.editingFinished.connect(self._send_now)
        self.gaps.toggled.connect(self.set_gaps_only)
        self.table.activated.connect(self._open)  # Enter, or a double-click
        self.table.doubleClicked.connect(self._open)

    # -- showing -------------------------------------------------------------------------
    def show_matrix(self, matrix: Any) -> None:
        self.matrix = matrix
        kept = self.selected_id()
        self.model.set_rows(matrix.rows if matrix is not None else [])
        self._fit_ksb_column()
        self.required.blockSignals(True)
        self.required.setValue(matrix.required if matrix is not None else 2)
        self.required.blockSignals(False)
        self.required.setEnabled(matrix is not None and matrix.standard_id is not None)
        if kept is not None:
            self.select_ksb(kept)
        self._update_count()

    def _fit_ksb_column(self) -> None:
        """The KSB's words take the width the other columns leave (wrapped, whole in the
        tooltip too); the status column is wide enough for its longest words; each row is
        as tall as its words."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        rows = (self.model.row_at(i) for i in range(self.model.rowCount()))
        widest = max((metrics.horizontalAdvance(r.status_words) for r in rows), default=0)
        header.resizeSection(STATUS, max(header.sectionSize(STATUS), widest + 24))
        header.resizeSection(MISSING, max(header.sectionSize(MISSING), 200))
        self._fit_rows()

    def _fit_rows(self, *_args) -> None:
        from mentordesk.ui.ksb.gateway_tab import fit_rows

        fit_rows(self.table)

    def clear(self) -> None:
        self.matrix = None
        self.model.clear()
        self.count.clear()

    def set_gaps_only(self, on: bool) -> None:
        if self.gaps.isChecked() != on:
            self.gaps.setChecked(on)
            return
        self.proxy.set_gaps_only(on)
        self.table.setColumnHidden(7, not on)
        self.table.setColumnHidden(5, on)  # room for what is missing: when last evidenced,
        self.table.setColumnHidden(4, on)  # and the latest judgement (the status says it)
        self._fit_ksb_column()
        self._update_count()

    def _update_count(self) -> None:
        if self.matrix is None:
            self.count.clear()
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.proxy.gaps_only:
            text = self.tr("%n gap(s): KSBs not yet met, of {0}.", "", shown).format(total)
        else:
            text = self.tr("{0} KSBs. Double-click one, or press Enter, to see its evidence.")
            text = text.format(total)
        if self.matrix.rows and not any(r.duties for r in self.matrix.rows):
            text += " " + self.tr("This standard's file maps no KSB to a duty.")
        self.count.setText(text)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).ksb_id if rows else None

    def select_ksb(self, ksb_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ROW_ROLE).ksb_id == ksb_id:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return True
        return False

    def shown_rows(self) -> list[Any]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    # -- acting --------------------------------------------------------------------------
    def _open(self, index) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.ksb_opened.emit(row.ksb_id)

    def _send_now(self) -> None:
        if self._pending.isActive():
            self._pending.stop()
            self._send_required()

    def _send_required(self) -> None:
        if self.matrix is not None and self.required.value() != self.matrix.required:
            self.required_wanted.emit(self.required.value())


__all__ = ["CoverageView", "code_key"]
