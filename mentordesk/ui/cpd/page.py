"""CPD: the log of the mentor's own development, its totals against the three-year targets,
new, edit and delete with undo, supervision and reading hours added in one click, and the
signed CPD record printed to PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from mentordesk.documents.reference import long_date
from mentordesk.services import cpd
from mentordesk.services.cpd import CpdRow, Saved, Totals
from mentordesk.ui.cpd.editor import CpdEditor, Edited
from mentordesk.ui.i18n import word
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
from mentordesk.vault.enums import CpdKind


def kind_text(stored: str) -> str:
    try:
        return word(CpdKind(stored))
    except ValueError:
        return stored  # an older vault's own word for a kind


def _touches(ids) -> Changes:
    return Changes.of(cpd=[ids] if isinstance(ids, int) else list(ids))


class CpdPage(ModulePage):
    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = VaultUndoStack(ops, self)
        self._waiting = 0
        yes, no = self.tr("Yes"), self.tr("No")
        self.model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r.occurred_on, tooltip=self._dates),
                Column(self.tr("Activity"), lambda r: r.title, tooltip=lambda r: r.title),
                Column(self.tr("Kind"), lambda r: kind_text(r.kind)),
                Column(self.tr("With others"), lambda r: yes if r.participatory else no),
                Column(self.tr("Hours"), lambda r: r.hours, align_right=True),
                Column(self.tr("Files"), lambda r: r.files or None, align_right=True),
                Column(self.tr("KSBs"), lambda r: r.ksbs),
            ]
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<h2>CPD</h2>")))
        heading.addStretch()
        self.pdf_button = QPushButton(self.tr("&Print to PDF…"))
        self.pdf_button.setToolTip(
            self.tr("The signed CPD record over a period, for your portfolio or revalidation")
        )
        heading.addWidget(self.pdf_button)
        layout.addLayout(heading)

        totals = QGroupBox(self.tr("Hours"))
        column = QVBoxLayout(totals)
        self.year_total = QLabel()
        self.window_total = QLabel()
        for label, name in (
            (self.year_total, self.tr("Hours this year")),
            (self.window_total, self.tr("Hours over the three years ending today")),
        ):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard |
                                          Qt.TextInteractionFlag.TextSelectableByMouse)  # fmt: skip
            column.addWidget(label)
        layout.addWidget(totals)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by activity, kind, KSB… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter CPD activities"))
        find = QAction(self.tr("Filter CPD activities"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_filter)
        self.addAction(find)
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Add a CPD activity (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_button.setToolTip(self.tr("Delete the activity (Delete); Ctrl+Z undoes"))
        self.import_button = QPushButton()
        for widget in (self.search, self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.import_button)
        layout.addLayout(bar)
        self.import_note = QLabel()
        self.import_note.setWordWrap(True)
        self.import_note.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.import_note)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the log; arrows move in it
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("CPD activities"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.fitter = fit_columns(self.table)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._filter_changed)
        self.new_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_hours)
        self.pdf_button.clicked.connect(lambda: self.print_to_pdf())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ops.changed.connect(self.on_changes)
        self._show_import(0)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------
    def reload(self) -> None:
        self.undo_stack.clear()
        self.refresh()

    def clear(self) -> None:
        self.undo_stack.clear()
        self.model.clear()
        self.search.clear()
        self.year_total.clear()
        self.window_total.clear()
        self._show_import(0)
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        c = changes
        if c.everything or c.cpd or c.supervision or c.reading or c.standards or c.attachments:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        shown = self.ops.read(
            lambda job: (
                cpd.list_entries(job.conn),
                cpd.totals(job.conn, job.today),
                cpd.importable(job.db),
            )
        )
        if not shown:
            return
        rows, totals, waiting = shown.value
        self.model.set_rows(rows)
        self._show_totals(totals)
        self._show_import(waiting)
        if selected is not None:
            self.select_id(selected.id)
        self._update_buttons()

    def _dates(self, row: CpdRow) -> str:
        if row.ended_on is None or row.ended_on == row.occurred_on:
            return long_date(row.occurred_on)
        return self.tr("{0} to {1}").format(long_date(row.occurred_on), long_date(row.ended_on))

    def _show_totals(self, totals: Totals) -> None:
        y = totals.year.totals
        self.year_total.setText(
            self.tr("This year ({0}): {1:g} hours, {2:g} of them participatory, over %n "
                    "record(s).", "", y.entries).format(totals.year.year, y.hours,
                                                           y.participatory)
        )  # fmt: skip
        w = totals.window
        if w.hours_to_go:
            hours = self.tr("{0:g} hours of the {1:g} asked for: {2:g} to go").format(
                w.totals.hours, w.target_hours, w.hours_to_go
            )
        else:
            hours = self.tr("✓ {0:g} hours of the {1:g} asked for: target met").format(
                w.totals.hours, w.target_hours
            )
        if w.participatory_to_go:
            shared = self.tr("{0:g} participatory hours of the {1:g} asked for: {2:g} to go")
            shared = shared.format(w.totals.participatory, w.target_participatory,
                                   w.participatory_to_go)  # fmt: skip
        else:
            shared = self.tr("✓ {0:g} participatory hours of the {1:g} asked for: target met")
            shared = shared.format(w.totals.participatory, w.target_participatory)
        self.window_total.setText(
            self.tr("The three years ending today ({0} to {1}): {2}; {3}.").format(
                long_date(w.start), long_date(w.end), hours, shared
            )
        )

    def _show_import(self, waiting: int) -> None:
        self._waiting = waiting
        self.import_button.setText(
            self.tr("&Add supervision and reading hours ({0})").format(waiting)
        )
        enabled = waiting > 0 and self.ops.is_open
        self.import_button.setEnabled(enabled)
        if waiting:
            self.import_note.setText(
                self.tr("%n supervision record(s) or reading entries not yet in the log.", "",
                        waiting)
            )  # fmt: skip
            self.import_button.setToolTip(
                self.tr("Add each as a CPD activity: supervision as participatory hours, "
                        "reading as reading.")
            )  # fmt: skip
        else:
            reason = self.tr(
                "Nothing to add: every supervision record with a length, and all reading "
                "marked read with hours, is in the log already."
            )
            self.import_note.setText(reason)
            self.import_button.setToolTip(reason)
        self.import_button.setAccessibleDescription(self.import_note.text())

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_buttons()

    def selected(self) -> CpdRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = self.ops.is_open
        self.new_button.setEnabled(is_open)
        self.pdf_button.setEnabled(is_open)
        self.edit_button.setEnabled(is_open and row is not None)
        self.delete_button.setEnabled(is_open and row is not None)
        self.count.setText(
            self.tr("{0} shown of {1}").format(self.proxy.rowCount(), self.model.rowCount())
        )

    def select_id(self, entry_id: int) -> bool:
        """Select the entry's row; False when the filter hides it."""
        return select_by_id(self.table, entry_id)

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _show_saved(self, entry_id: int, note: str) -> None:
        if not self.select_id(entry_id):
            self.search.clear()  # the filter typed before would hide it
            self.select_id(entry_id)
        self.ops.notice.emit(note)

    # -- actions -----------------------------------------------------------------------
    def _editor(self, **kwargs) -> CpdEditor | None:
        also = kwargs["draft"].ksb_ids if kwargs.get("draft") else ()
        choices = self.ops.read(lambda job: cpd.ksb_choices(job.db, also))
        if not choices:
            return None
        return CpdEditor(self.ops, choices.value, self.ops.clock.today(), parent=self, **kwargs)

    @undoable
    def add_entry(self) -> CpdEditor | None:
        if not self.ops.is_open:
            return None
        saved: dict = {}

        def save(edited: Edited):
            def work(job) -> tuple[int, Saved]:
                entry = cpd.create(job.db, edited.draft, edited.add)
                return entry, cpd.take(job.db, entry)

            assert dialog is not None  # saving is asked from the dialog
            out = self.ops.write(work, show=dialog.show_error)
            if out:
                saved["id"], saved["after"] = out.value
            return out

        dialog = self._editor(save=save)
        if dialog is None:
            return None
        if dialog.exec() and "id" in saved:
            after: Saved = saved["after"]
            self.undo_stack.push_change(
                self.tr("Add “{0}”").format(after.draft.title),
                lambda job, eid: cpd.put(job.db, eid, after),
                lambda job, eid: cpd.delete(job.db, eid),
                saved["id"],
                touches=_touches,
            )
            self._show_saved(saved["id"], self.tr("“{0}” added. Undo with Ctrl+Z.").format(
                after.draft.title))  # fmt: skip
        return dialog

    @undoable
    def edit_selected(self) -> CpdEditor | None:
        row = self.selected()
        if row is None:
            return None
        eid = row.id
        current = self.ops.read(lambda job: (cpd.get(job.db, eid), cpd.files(job.db, eid)))
        if not current:
            return None
        draft, files = current.value
        result: dict = {}

        def save(edited: Edited):
            def work(job) -> tuple[Saved, Saved]:
                before = cpd.take(job.db, eid)
                cpd.update(job.db, eid, edited.draft, edited.add, edited.remove)
                return before, cpd.take(job.db, eid)

            assert dialog is not None  # saving is asked from the dialog
            out = self.ops.write(work, show=dialog.show_error)
            if out:
                result["before"], result["after"] = out.value
            return out

        dialog = self._editor(draft=draft, files=files, save=save)
        if dialog is None:
            return None
        if dialog.exec() and result:
            before, after = result["before"], result["after"]
            self.undo_stack.push_change(
                self.tr("Edit “{0}”").format(after.draft.title),
                lambda job, _e: cpd.put(job.db, eid, after),
                lambda job, _e: cpd.put(job.db, eid, before),
                eid,
                touches=_touches,
            )
            self._show_saved(eid, self.tr("“{0}” saved. Undo with Ctrl+Z.").format(
                after.draft.title))  # fmt: skip
        return dialog

    @undoable
    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        eid = row.id

        def work(job) -> Saved:
            before = cpd.take(job.db, eid)
            cpd.delete(job.db, eid)
            return before

        out = self.ops.write(work, title=self.tr("Delete"))
        if not out:
            return
        before = out.value
        self.undo_stack.push_change(
            self.tr("Delete “{0}”").format(row.title),
            lambda job, _e: cpd.delete(job.db, eid),
            lambda job, _e: cpd.put(job.db, eid, before),
            eid,
            touches=_touches,
        )
        self.ops.notice.emit(
            self.tr("“{0}” deleted, with its evidence files. Undo with Ctrl+Z.").format(row.title)
        )

    @undoable
    def import_hours(self) -> None:
        if not self._waiting:
            return
        out = self.ops.write(
            lambda job: cpd.import_entries(job.db, job.today),
            title=self.tr("Add supervision and reading hours"),
        )
        if not out:
            return
        made = out.value
        self.undo_stack.push_change(
            self.tr("Add supervision and reading hours"),
            lambda job, _ids: cpd.import_entries(job.db, job.today),
            lambda job, ids: [cpd.delete(job.db, i) for i in ids],
            made,
            touches=_touches,
        )
        self.ops.notice.emit(
            self.tr("%n record(s) added from supervision and reading. Undo with Ctrl+Z.",
                    "", len(made))
        )  # fmt: skip

    def print_to_pdf(self, path: Path | None = None, period: tuple[date, date] | None = None):
        """Choose the period (the three years ending today unless changed) and the file,
        then write the signed record on a worker."""
        from mentordesk.ui.cpd.period import PeriodDialog

        if not self.ops.is_open:
            return None
        if period is None:
            dialog = PeriodDialog(*cpd.three_years_to(self.ops.clock.today()), parent=self)
            if not dialog.exec():
                return None
            period = dialog.period()
        start, end = period
        if path is None:
            suggested = Path.home() / f"CPD-record-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Print the CPD record to PDF"), str(suggested), self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        target = path
        return self.ops.start(
            lambda job: cpd.export_cpd(job.db, start, end, target, job.now),
            write=True,  # signed and numbered as issued (the first makes the signing key)
            title=self.tr("Print to PDF"),
            cancellable=False,  # one step: nothing to stop part-way
            label=self.tr("Writing the CPD record…"),
            parent=self,
            done=lambda _value: self.ops.saved.emit(target, self.tr("CPD record")),
        )


__all__ = ["CpdPage", "kind_text"]
