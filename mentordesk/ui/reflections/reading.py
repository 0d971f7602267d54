"""Research and reading (ST1379 K16, S14): the standard's reading list by duty, with your
own sources last, as a log: mark read (Ctrl+R) or reading, notes and how it changed your
practice, hours and the day; add and delete sources of your own (with undo)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import reading
from mentordesk.services.reading import DutyGroup, ReadingDraft, ReadingRow
from mentordesk.ui.i18n import word
from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.reading_dialog import ReadingDialog
from mentordesk.ui.reflections.shared import RefreshedWhenSeen
from mentordesk.ui.table_model import ROW_ROLE, display
from mentordesk.ui.undo import VaultUndoStack, undoable
from mentordesk.vault.changes import Changes
from mentordesk.vault.enums import ReadingStatus

TITLE, SOURCE, STATUS, READ_ON, HOURS = range(5)
MARK_READ_KEYS = "Ctrl+R"


class ReadingFilter(QSortFilterProxyModel):
    """Rows whose text holds the filter, of the status chosen; a duty shows while any of
    its rows does (or, with no filter, always)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.status: ReadingStatus | None = None

    def set_status(self, status: ReadingStatus | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 (Qt's name)
        row = self.sourceModel().index(source_row, TITLE, source_parent).data(ROW_ROLE)
        if row is None:  # a duty's heading
            return self.status is None and not self.filterRegularExpression().pattern()
        if self.status is not None and row.status is not self.status:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def _cell(text: str, row: ReadingRow | None = None, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if row is not None:
        item.setData(row, ROW_ROLE)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class ReadingTab(RefreshedWhenSeen, QWidget):
    """``reload()`` shows the vault just unlocked, ``clear()`` forgets it on locking; the
    tab refreshes itself when the reading log or the standards change."""

    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = VaultUndoStack(ops, self)
        self._stale = False
        self.groups: list[DutyGroup] = []
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Source"),
                self.tr("Status"),
                self.tr("Read on"),
                self.tr("Hours"),
            ]
        )
        self.proxy = ReadingFilter(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The reading list of your standard, by duty, and sources of your own: mark "
                "what you have read, and note how it changed your practice."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by title or source… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter reading"))
        self.search.setClearButtonEnabled(True)
        self.show_status = QComboBox()
        self.show_status.setAccessibleName(self.tr("Show reading of status"))
        self.show_status.addItem(self.tr("All"), None)
        for status in ReadingStatus:
            self.show_status.addItem(word(status), status)
        self.read_button = QPushButton(self.tr("Mark re&ad"))
        self.read_button.setToolTip(self.tr("Mark the selected item read today (Ctrl+R)"))
        self.reading_button = QPushButton(self.tr("Mark readi&ng"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.add_button = QPushButton(self.tr("Add my &own source…"))
        self.delete_button = QPushButton(self.tr("&Delete source"))
        for w in (
            self.search,
            self.show_status,
            self.read_button,
            self.reading_button,
            self.edit_button,
            self.add_button,
            self.delete_button,
        ):
            bar.addWidget(w)
        layout.addLayout(bar)
        for text, keys, slot in (
            (
                self.tr("Filter reading"),
                QKeySequence(QKeySequence.StandardKey.Find),
                self.focus_filter,
            ),
            (self.tr("Mark read"), QKeySequence(MARK_READ_KEYS), self.mark_read),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Reading log"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(TITLE, 330)
        self.tree.setColumnWidth(STATUS, 90)
        self.tree.setColumnWidth(READ_ON, 100)
        self.tree.setColumnWidth(HOURS, 60)
        layout.addWidget(self.tree, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.search.textChanged.connect(self._filter_changed)
        self.show_status.currentIndexChanged.connect(
            lambda _i: self._status_changed(self.show_status.currentData())
        )
        self.read_button.clicked.connect(self.mark_read)
        self.reading_button.clicked.connect(lambda: self.mark(ReadingStatus.READING))
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_button.clicked.connect(self.add_own)
        self.delete_button.clicked.connect(self.delete_selected)
        self.tree.activated.connect(lambda _i: self.edit_selected())  # Enter, double-click
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ops.changed.connect(self.on_changes)
        self._update_buttons()

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.undo_stack.clear()
        self.refresh()

    def clear(self) -> None:
        self.undo_stack.clear()
        self.groups = []
        self.model.removeRows(0, self.model.rowCount())
        self.search.clear()
        self.summary.clear()
        self._update_buttons()

    def shows(self, changes: Changes) -> bool:
        c = changes
        return bool(c.everything or c.reading or c.standards or c.profile)

    def refresh(self) -> None:
        self._stale = False
        chosen = self.selected()
        out = self.ops.read(lambda job: reading.reading_log(job.db))
        if not out:
            return
        self.groups = out.value
        self.model.removeRows(0, self.model.rowCount())
        for group in self.groups:
            if group.duty is None:
                heading = self.tr("Your own sources")
            elif group.duty:
                heading = self.tr("{0} — {1}").format(group.duty, group.words)
            else:
                heading = self.tr("Other items of the reading list")
            parent = _cell(heading, tooltip=group.words)
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            for row in group.rows:
                parent.appendRow(
                    [
                        _cell(row.title, row, row.title),
                        _cell(row.source, tooltip=row.source),
                        _cell(word(row.status)),
                        _cell(display(row.read_on)),
                        _cell(display(row.hours)),
                    ]
                )
            self.model.appendRow([parent, *(_cell("") for _ in range(4))])
        self._tidy_tree()
        self._show_summary()
        if chosen is not None:
            self.select(chosen)
        self._update_buttons()

    def _tidy_tree(self) -> None:
        """Duty headings span the row; every duty is open."""
        for r in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(r, QModelIndex(), True)
        self.tree.expandAll()

    def _show_summary(self) -> None:
        # A source the list gives under several duties is one source, read once.
        listed = {row.title.casefold(): row for g in self.groups if g.duty for row in g.rows}
        own = [row for g in self.groups if g.duty is None for row in g.rows]
        read = sum(1 for r in listed.values() if r.status is ReadingStatus.READ)
        hours = sum(r.hours or 0 for r in [*listed.values(), *own])
        self.summary.setText(
            " ".join(
                (
                    self.tr("Read {0} of {1} sources on the list.").format(read, len(listed)),
                    self.tr("%n source(s) of your own.", "", len(own)),
                    self.tr("Hours noted: {0}.").format(f"{hours:g}"),
                )
            )
        )

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._tidy_tree()
        self._update_buttons()

    def _status_changed(self, status: ReadingStatus | None) -> None:
        self.proxy.set_status(status)
        self._tidy_tree()
        self._update_buttons()

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected(self) -> ReadingRow | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None
        return index.siblingAtColumn(TITLE).data(ROW_ROLE)

    def select(self, wanted: ReadingRow | None = None, *, entry_id: int | None = None) -> bool:
        """Select the row of ``wanted`` (its list item, or its entry) or of ``entry_id``."""
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(group)):
                index = self.proxy.index(r, TITLE, group)
                row = index.data(ROW_ROLE)
                same = (
                    row.entry_id == entry_id
                    if wanted is None
                    else (
                        row.item_id == wanted.item_id
                        if wanted.item_id
                        else row.entry_id == wanted.entry_id
                    )
                )
                if same:
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    def _update_buttons(self) -> None:
        enabled = self.ops.is_open
        row = self.selected()
        for button in (self.read_button, self.reading_button, self.edit_button):
            button.setEnabled(enabled and row is not None)
        self.add_button.setEnabled(enabled)
        if row is not None and not row.own:
            self.delete_button.setText(self.tr("Rese&t entry"))
            self.delete_button.setToolTip(
                self.tr("Clear your entry for this item: it reads “to read” again")
            )
            self.delete_button.setEnabled(enabled and row.entry_id is not None)
        else:
            self.delete_button.setText(self.tr("&Delete source"))
            self.delete_button.setToolTip(self.tr("Delete the selected source of your own"))
            self.delete_button.setEnabled(enabled and row is not None)

    # -- actions ----------------------------------------------------------------------------
    def mark_read(self) -> None:
        self.mark(ReadingStatus.READ)

    @undoable
    def mark(self, status: ReadingStatus) -> None:
        row = self.selected()
        if row is None:
            return
        item_id, entry_id = row.item_id, row.entry_id
        out = self.ops.write(
            lambda job: reading.mark(
                job.db, status, today=job.today, entry_id=entry_id, item_id=item_id
            )
        )
        if not out:
            return
        marked = out.value[0]

        def undo(job, result) -> None:
            eid, before = result
            if before is None:
                reading.reset(job.db, eid)
            else:
                reading.save(job.db, before, today=job.today, entry_id=eid)

        self.undo_stack.push_change(
            self.tr("Mark “{0}” {1}").format(row.title, word(status).lower()),
            lambda job, result: reading.mark(
                job.db,
                status,
                today=job.today,
                item_id=item_id,
                entry_id=None if item_id else result[0],
            ),
            undo,
            out.value,
            touches=lambda result: Changes.of(reading=[result[0]]),
        )
        self.select(row) or self.select(entry_id=marked)
        self.ops.notice.emit(
            self.tr("“{0}”: {1}. Undo with Ctrl+Z.").format(row.title, word(status))
        )

    @undoable
    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        item_id, entry_id = row.item_id, row.entry_id
        start = self.ops.read(
            lambda job: reading.editing(job.db, item_id=item_id, entry_id=entry_id)
        )
        if not start:
            return
        result: dict = {}

        def save(draft: ReadingDraft):
            def work(job):
                before = reading.get(job.db, entry_id) if entry_id is not None else None
                saved_id = reading.save(
                    job.db, draft, today=job.today, entry_id=entry_id, item_id=item_id
                )
                return saved_id, before

            out = self.ops.write(work, show=dialog.show_error)
            if out:
                result.update(id=out.value[0], before=out.value[1], after=draft)
            return out

        dialog = ReadingDialog(
            start.value,
            today=self.ops.clock.today(),
            save=save,
            on_list=not row.own,
            parent=self,
        )
        if not dialog.exec() or not result:
            return
        saved_id, before, after = result["id"], result["before"], result["after"]

        def undo(job, eid) -> None:
            if before is None:
                reading.reset(job.db, eid)
            else:
                reading.save(job.db, before, today=job.today, entry_id=eid)

        self.undo_stack.push_change(
            self.tr("Edit “{0}”").format(after.title.strip()),
            lambda job, eid: reading.save(
                job.db,
                after,
                today=job.today,
                item_id=item_id,
                entry_id=None if item_id else eid,
            ),
            undo,
            saved_id,
            touches=lambda eid: Changes.of(reading=[eid]),
        )
        self.select(entry_id=saved_id)
        self.ops.notice.emit(self.tr("Reading log saved."))

    @undoable
    def add_own(self) -> None:
        if not self.ops.is_open:
            return
        saved: dict = {}

        def save(draft: ReadingDraft):
            out = self.ops.write(
                lambda job: reading.save(job.db, draft, today=job.today), show=dialog.show_error
            )
            if out:
                saved.update(id=out.value, draft=draft)
            return out

        dialog = ReadingDialog(
            ReadingDraft(title=""),
            today=self.ops.clock.today(),
            save=save,
            on_list=False,
            adding=True,
            parent=self,
        )
        if not dialog.exec() or "id" not in saved:
            return
        draft = saved["draft"]
        self.undo_stack.push_change(
            self.tr("Add “{0}”").format(draft.title.strip()),
            lambda job, eid: reading.save(job.db, draft, today=job.today, new_id=eid),
            lambda job, eid: reading.delete_own(job.db, eid),
            saved["id"],
            touches=lambda eid: Changes.of(reading=[eid]),
        )
        if not self.select(entry_id=saved["id"]):
            self.search.clear()
            self.show_status.setCurrentIndex(0)
            self.select(entry_id=saved["id"])
        self.ops.notice.emit(self.tr("Source added to your reading log."))

    @undoable
    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or row.entry_id is None:
            return
        entry_id, own = row.entry_id, row.own
        remove = reading.delete_own if own else reading.reset
        out = self.ops.write(lambda job: remove(job.db, entry_id))
        if not out:
            return
        text = (self.tr("Delete “{0}”") if own else self.tr("Reset “{0}”")).format(row.title)
        self.undo_stack.push_change(
            text,
            lambda job, removed: remove(job.db, removed.id),
            lambda job, removed: reading.restore(job.db, removed),
            out.value,
            touches=lambda removed: Changes.of(reading=[removed.id]),
        )
        told = (
            self.tr("“{0}” deleted. Undo with Ctrl+Z.")
            if own
            else self.tr("Your entry for “{0}” was reset. Undo with Ctrl+Z.")
        )
        self.ops.notice.emit(told.format(row.title))
