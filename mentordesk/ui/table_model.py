"""A read-only table model over a list of plain rows, with typed columns for sorting, and
column widths fitted from the first rows (never from every row)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
FIT_ROWS = 30  # about a screenful: the rows a column's width is fitted to
FIT_CHARS = 48  # no column but the last is fitted wider than this many average characters


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    tooltip: Callable[[Any], str] | None = None
    align_right: bool = False


def display(value: Any) -> str:
    if value is None:
        return ""
    # Dates read as in every date field: "8 Jul 2026" (see ui/fields.py).
    if isinstance(value, datetime):
        local = value.astimezone()
        return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"
    if isinstance(value, date):
        return f"{value.day} {value:%b %Y}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def sort_key(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return value.toordinal()
    if isinstance(value, str):
        return value.casefold()
    return value


def _ordered(value: Any) -> tuple[bool, Any]:
    """A sort key that puts empty values first and never compares them with others."""
    return (False, "") if value is None else (True, sort_key(value))


class RowTableModel(QAbstractTableModel):
    """Rows in a list; sorted here, by each column's typed value, in one pass over the rows
    (a proxy sorting them would ask :meth:`data` twice per comparison)."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = self._in_order(list(rows))
        self.endResetModel()

    def _order_of(self, rows: list[Any]) -> list[int]:
        """Positions of ``rows`` in the order the table is sorted in (stable)."""
        positions = list(range(len(rows)))
        if self._sorted_by is None:
            return positions
        column, order = self._sorted_by
        value = self._columns[column].value
        keys = [_ordered(value(row)) for row in rows]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(positions, key=keys.__getitem__, reverse=descending)

    def _in_order(self, rows: list[Any]) -> list[Any]:
        return [rows[n] for n in self._order_of(rows)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_now = self._order_of(self._rows)
        moved = {old: new for new, old in enumerate(order_now)}
        self._rows = [self._rows[n] for n in order_now]
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [self.index(moved[i.row()], i.column()) for i in kept])
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == SORT_ROLE:
            return sort_key(column.value(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None


class ColumnFitter(QObject):
    """Fits a table's columns to their header text and the first :data:`FIT_ROWS` rows
    each time the table fills after being empty, then leaves them to the user (the last
    column stretches). A filtered table is fitted from its unfiltered rows, so a filter that
    shows one short row (or none) never leaves the columns narrow once it is cleared.
    Qt's ResizeToContents asks the model for every cell of every row
    (several roles each) at each layout, which for a thousand rows is tens of thousands of
    calls before the first paint; this asks for one text per sampled cell."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.fitted = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(FIT_ROWS)  # if anything asks Qt to fit, it samples
        model = view.model()
        if isinstance(model, QSortFilterProxyModel) and model.sourceModel() is not None:
            model = model.sourceModel()
        self.sample = model
        model.modelReset.connect(self._changed)
        model.rowsInserted.connect(self._changed)
        model.rowsRemoved.connect(self._changed)
        self.fit()

    def _changed(self) -> None:
        if self.sample.rowCount() == 0:
            self.fitted = False  # fit again when it next fills (another vault, another day)
        elif not self.fitted:
            self.fit()

    def fit(self) -> None:
        view = self.view
        model = self.sample
        header = view.horizontalHeader()
        metrics = QFontMetrics(view.font())
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        padding = 2 * (margin + 1) + 1 + metrics.averageCharWidth()
        widest = metrics.averageCharWidth() * FIT_CHARS
        rows = min(model.rowCount(), FIT_ROWS)
        for column in range(model.columnCount()):
            width = 0
            for row in range(rows):
                text = model.index(row, column).data()
                if text:
                    width = max(width, metrics.horizontalAdvance(str(text)) + padding)
            header.resizeSection(column, max(header.sectionSizeHint(column), min(width, widest)))
        self.fitted = rows > 0


class RowFilterProxy(QSortFilterProxyModel):
    """Filters a :class:`RowTableModel` and leaves sorting to it (see there)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)


def fit_columns(view: QTableView) -> ColumnFitter:
    """Size ``view``'s columns from its header and first rows, now and whenever it fills."""
    return ColumnFitter(view)


def select_by_id(view: QTableView, record_id: int) -> bool:
    """Select and show the row of ``view`` whose row object has ``id == record_id``;
    False when its filter hides it (or it is not there)."""
    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data(ROW_ROLE).id == record_id:
            view.selectRow(r)
            view.scrollTo(index)
            return True
    return False
