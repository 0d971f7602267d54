"""The Reflections tab: every reflection (ten years' worth loads at once: one query, a table
model, nothing made per row), filtered as typed; new, open, delete a draft (undoably);
and beside it the mentor's own KSB evidence."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import reflections
from mentordesk.services.reflections import ReflectionRow
from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.evidence import EvidencePanel
from mentordesk.ui.table_model import (
    ROW_ROLE,
    Column,
    RowFilterProxy,
    RowTableModel,
    display,
    fit_columns,
)
from mentordesk.vault.changes import Changes

if TYPE_CHECKING:
    from mentordesk.ui.undo import VaultUndoStack

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def status_words(row: ReflectionRow) -> str:
    if row.final:
        return translate("ReflectionsPage", "Final ✔")
    return translate("ReflectionsPage", "Draft")


HAY_ROLE = Qt.ItemDataRole.UserRole + 10  # a row's words, for the filter


def _words(row: ReflectionRow) -> str:
    return f"{display(row.occurred_on)} {row.title} {row.model} {status_words(row)} {row.ksbs}"


class ReflectionsModel(RowTableModel):
    """The list, changed row by row after a save (typing saves every few seconds: the
    list of thousands is not read again each time). Rows come newest first, the order
    the list opens in, so they are not sorted again for it."""

    NEWEST_FIRST = (0, Qt.SortOrder.DescendingOrder)

    def __init__(self, columns, parent=None):
        super().__init__(columns, parent)
        self._hay: list[str] | None = None  # each row's words, to filter by
        self._where: dict[int, int] | None = None  # row of each id

    def _order_of(self, rows: list) -> list[int]:
        if self._sorted_by != self.NEWEST_FIRST:
            return super()._order_of(rows)
        keys = [(r.occurred_on, r.id) for r in rows]
        if all(a >= b for a, b in zip(keys, keys[1:], strict=False)):
            return list(range(len(rows)))  # as read
        return sorted(range(len(rows)), key=keys.__getitem__, reverse=True)

    def set_rows(self, rows) -> None:
        self._hay = self._where = None
        super().set_rows(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._hay = self._where = None
        super().sort(column, order)

    def row_of(self, reflection_id: int) -> int | None:
        if self._where is None:
            self._where = {r.id: n for n, r in enumerate(self._rows)}
        return self._where.get(reflection_id)

    def finals(self) -> int:
        return sum(1 for r in self._rows if r.final)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == HAY_ROLE and index.isValid():
            if self._hay is None:
                self._hay = [_words(r) for r in self._rows]
            return self._hay[index.row()]
        return super().data(index, role)

    def update_rows(self, wanted: Collection[int], found: list[ReflectionRow]) -> None:
        """Rows ``wanted`` read again: ``found`` (those that still exist)."""
        rows: list[ReflectionRow] = self._rows
        where = {row.id: n for n, row in enumerate(rows)}
        fresh = {row.id: row for row in found}
        gone = sorted((where[i] for i in wanted if i in where and i not in fresh), reverse=True)
        self._hay = self._where = None
        for n in gone:
            self.beginRemoveRows(QModelIndex(), n, n)
            del rows[n]
            self.endRemoveRows()
        if gone:
            where = {row.id: n for n, row in enumerate(rows)}
        new = [row for i, row in fresh.items() if i not in where]
        last = self.columnCount() - 1
        for i, row in fresh.items():
            if i in where:
                n = where[i]
                rows[n] = row
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        if new:
            self.set_rows([*new, *rows])  # sorted as the table is


class ReflectionFilter(RowFilterProxy):
    """Rows whose date, title, model, status or KSBs hold the text typed (any case): Qt's
    own fixed-string filter on each row's words (an empty filter asks for none of them)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(HAY_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())


class ReflectionsTab(QWidget):
    def __init__(self, ops: Ops, undo_stack: VaultUndoStack, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = undo_stack
        self.model = ReflectionsModel(
            [
                Column(self.tr("Date"), lambda r: r.occurred_on),
                Column(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
                Column(self.tr("Model"), lambda r: r.model),
                Column(self.tr("Status"), status_words),
                Column(self.tr("KSBs"), lambda r: r.ksbs, tooltip=lambda r: r.ksbs),
                Column(self.tr("Links"), lambda r: r.links, align_right=True),
            ]
        )
        self.proxy = ReflectionFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by title, model, KSB, date… (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter reflections"))
        self.filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New reflection…"))
        self.new_button.setToolTip(self.tr("Write a new reflection (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the reflection chosen (Enter)"))
        self.delete_button = QPushButton(self.tr("&Delete draft"))
        self.delete_button.setToolTip(
            self.tr("Delete the draft chosen (Del); Ctrl+Z brings it back. Final ones are kept.")
        )
        self.pdf_button = QPushButton(self.tr("&Print to PDF…"))
        self.pdf_button.setToolTip(
            self.tr("Your final reflections over a period as signed reflective accounts")
        )
        bar.addWidget(self.filter, 1)
        for button in (self.new_button, self.open_button, self.delete_button, self.pdf_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Reflections"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.fitter = fit_columns(self.table)
        self.evidence = EvidencePanel(ops, self.open_reflection)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        self.count = QLabel()
        left_layout.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.evidence)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self.filter.textChanged.connect(self.set_filter)
        self.new_button.clicked.connect(self.new_reflection)
        self.pdf_button.clicked.connect(lambda: self.print_to_pdf())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self._update()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected()
        out = self.ops.read(lambda job: reflections.rows(job.conn))
        if not out:
            return
        self.model.set_rows(out.value)
        if selected is not None:
            self.select_id(selected.id)
        self._update()
        self.evidence.refresh_later()  # on a worker: the list shows without waiting for it

    def clear(self) -> None:
        self.model.clear()
        self.evidence.clear()
        self._update()

    def on_changes(self, changes: Changes) -> None:
        if changes.everything or changes.standards or changes.profile:
            self.refresh()
            return
        if changes.reflections:
            ids = changes.reflections
            out = self.ops.read(lambda job: reflections.rows(job.conn, ids))
            if out:
                self.model.update_rows(ids, out.value)
                self._update()
        if changes.reflections or changes.cpd:
            self.evidence.refresh_later()

    def selected(self) -> ReflectionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, reflection_id: int) -> bool:
        row = self.model.row_of(reflection_id)
        shown = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if shown is None or not shown.isValid():
            return False
        self.table.selectRow(shown.row())
        self.table.scrollTo(shown)
        return True

    def set_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._count()

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _update(self) -> None:
        self._buttons()
        self._finals = self.model.finals()
        self._count()

    def _buttons(self) -> None:
        row = self.selected()
        self.new_button.setEnabled(self.ops.is_open)
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and not row.final)
        self.pdf_button.setEnabled(self.ops.is_open)

    def _count(self) -> None:
        total, final = self.model.rowCount(), self._finals
        shown = self.proxy.rowCount()
        text = self.tr("%n reflection(s): {0} final, {1} draft(s)", "", total).format(
            final, total - final
        )
        if shown != total:
            text = self.tr("{0} shown of {1}").format(shown, text)
        self.count.setText(text)

    # -- actions ---------------------------------------------------------------------------
    def new_reflection(self) -> None:
        from mentordesk.ui.reflections.editor import new_reflection

        new_reflection(self.ops, self.window())

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_reflection(row.id)

    def open_reflection(self, reflection_id: int) -> None:
        from mentordesk.ui.reflections.editor import open_reflection

        open_reflection(self.ops, reflection_id, self.window())

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or row.final:
            return
        from mentordesk.ui.reflections.editor import open_editors

        for editor in open_editors():
            if editor.reflection_id == row.id:
                editor.close_now()  # what it holds is saved first, and so deleted with it
        holder = _Deleted(row.id)
        with self.undo_stack.own_changes():
            out = self.ops.write(holder.do_, title=self.tr("Delete draft"))
        if not out:
            return
        text = self.tr("Delete draft “{0}”").format(row.title or self.tr("untitled"))
        self.undo_stack.push_change(
            text,
            lambda job, h: h.do_(job),
            lambda job, h: h.undo_(job),
            holder,
            touches=lambda h: Changes.of(reflections=[h.id]),
        )
        self.ops.notice.emit(self.tr("Draft deleted. Undo with Ctrl+Z."))

    def print_to_pdf(self, path: Path | None = None, period: tuple[date, date] | None = None):
        """Choose the period (the last year unless changed) and the file, then write the
        final reflections of it as signed reflective accounts, on a worker; what in them
        still names someone is said after."""
        from mentordesk.ui.cpd.period import PeriodDialog

        if not self.ops.is_open:
            return None
        if period is None:
            today = self.ops.clock.today()
            dialog = PeriodDialog(
                today - timedelta(days=365),
                today,
                parent=self,
                title=self.tr("Print reflective accounts"),
                about=self.tr(
                    "Every final reflection about a day in this period, each as a reflective "
                    "account with its KSBs and links, for your portfolio. Drafts are left "
                    "out. It is signed with your signing certificate and numbered."
                ),
            )
            if not dialog.exec():
                return None
            period = dialog.period()
        start, end = period
        if path is None:
            suggested = Path.home() / f"Reflections-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Print reflective accounts to PDF"), str(suggested),
                self.tr("PDF (*.pdf)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        target = path

        def written(value) -> None:
            count, warnings = value
            self.ops.saved.emit(target, self.tr("Reflective accounts"))
            if warnings:
                QMessageBox.warning(
                    self,
                    self.tr("Check before sharing"),
                    self.tr(
                        "%n final reflection(s) written. Before you share the file, read "
                        "these: their words name someone the vault holds now.",
                        "",
                        count,
                    )
                    + "\n\n"
                    + "\n".join(str(w) for w in warnings),
                )

        return self.ops.start(
            lambda job: reflections.export_reflections(job.db, start, end, target, job.now),
            write=True,  # signed and numbered as issued
            title=self.tr("Print to PDF"),
            cancellable=False,
            label=self.tr("Writing the reflective accounts…"),
            parent=self,
            done=written,
        )


class _Deleted:
    """A deleted draft, to make again on undo (under a new id, kept here for redo)."""

    def __init__(self, reflection_id: int) -> None:
        self.id = reflection_id
        self.draft: reflections.ReflectionDraft | None = None

    def do_(self, job) -> _Deleted:
        self.draft = reflections.delete(job.db, self.id)
        return self

    def undo_(self, job) -> None:
        assert self.draft is not None
        self.id = reflections.save_draft(job.db, self.draft, None, today=job.today)
