"""The supervision log (ST1379 K15, S13): every supervision, newest first, with its open
actions; log, edit and delete one (with undo); close the actions agreed at supervision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import supervision
from mentordesk.services.supervision import SupervisionDraft, SupervisionRow
from mentordesk.ui.i18n import word
from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.shared import RefreshedWhenSeen
from mentordesk.ui.reflections.supervision_dialog import SupervisionDialog
from mentordesk.ui.table_model import (
    ROW_ROLE,
    Column,
    RowFilterProxy,
    RowTableModel,
    fit_columns,
    select_by_id,
)
from mentordesk.ui.table_model import display as _day
from mentordesk.ui.undo import VaultUndoStack, undoable
from mentordesk.vault.changes import Changes
from mentordesk.vault.enums import ActionStatus

THEMES_SHOWN = 70  # characters of the themes in the list (all of them in its tooltip)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= THEMES_SHOWN else line[: THEMES_SHOWN - 1].rstrip() + "…"


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


class SupervisionTab(RefreshedWhenSeen, QWidget):
    """``reload()`` shows the vault just unlocked, ``clear()`` forgets it on locking; the
    tab refreshes itself when supervision or actions change. ``undo_stack`` holds its
    changes (the hosting page gives it to the window's Edit menu)."""

    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = VaultUndoStack(ops, self)
        self._stale = False
        self.model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r.held_on),
                Column(self.tr("Supervisor"), lambda r: r.supervisor),
                Column(self.tr("Kind"), lambda r: word(r.kind)),
                Column(
                    self.tr("Length"),
                    lambda r: (
                        self.tr("{0} min").format(r.duration_minutes) if r.duration_minutes else ""
                    ),
                    align_right=True,
                ),
                Column(
                    self.tr("Open actions"),
                    lambda r: (
                        self.tr("{0} of {1}").format(r.open_actions, r.actions) if r.actions else ""
                    ),
                    align_right=True,
                ),
                Column(self.tr("Themes"), lambda r: _short(r.topics), tooltip=lambda r: r.topics),
            ]
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your own supervision: who, when, the themes and the actions agreed. What was "
                "discussed stays private: it is never shared or printed unless you ask."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by supervisor, kind or theme… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter supervision"))
        self.search.setClearButtonEnabled(True)
        find = QAction(self.tr("Filter supervision"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_filter)
        self.addAction(find)
        self.new_button = QPushButton(self.tr("&New supervision…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected supervision (Delete)"))
        for w in (self.search, self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.table = _table(self.proxy, self.tr("Supervision log"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.fitter = fit_columns(self.table)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        delete = QAction(self.tr("Delete supervision"), self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)

        self.open_box = QGroupBox()
        box = QVBoxLayout(self.open_box)
        self.open_model = RowTableModel(
            [
                Column(self.tr("Due"), lambda a: a.due_date),
                Column(self.tr("Owner"), lambda a: a.owner),
                Column(
                    self.tr("Agreed at"),
                    lambda a: self.tr("{0}, {1}").format(_day(a.held_on), a.supervisor),
                ),
                # The words last: the column that stretches to the room left. Overdue in
                # words, as the dashboard says it (not by colour alone).
                Column(
                    self.tr("Action"),
                    lambda a: (self.tr("⚠ overdue: ") if self._overdue(a) else "") + a.description,
                ),
            ]
        )
        self.open_table = _table(self.open_model, self.tr("Open actions from supervision"))
        self.open_fitter = fit_columns(self.open_table)
        shown_rows = 4  # then it scrolls
        self.open_table.setFixedHeight(
            self.open_table.horizontalHeader().sizeHint().height()
            + shown_rows * self.open_table.verticalHeader().defaultSectionSize()
            + 2 * self.open_table.frameWidth()
        )
        box.addWidget(self.open_table)
        self.done_button = QPushButton(self.tr("&Mark done"))
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addStretch()
        box.addLayout(row)
        layout.addWidget(self.open_box)

        self.search.textChanged.connect(self._filter_changed)
        self.new_button.clicked.connect(self.new_supervision)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.done_button.clicked.connect(self.mark_done)
        self.table.activated.connect(lambda _i: self.edit_selected())  # Enter, double-click
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.open_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ops.changed.connect(self.on_changes)
        self._show_open_count(0)
        self._update_buttons()

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.undo_stack.clear()
        self.refresh()

    def clear(self) -> None:
        self.undo_stack.clear()
        self.model.clear()
        self.open_model.clear()
        self.search.clear()
        self._show_open_count(0)
        self._update_buttons()

    def _overdue(self, action) -> bool:
        return action.due_date is not None and action.due_date < self.ops.clock.today()

    def shows(self, changes: Changes) -> bool:
        c = changes
        return bool(c.everything or c.supervision or c.actions)

    def refresh(self) -> None:
        self._stale = False
        selected = self.selected()
        out = self.ops.read(
            lambda job: (supervision.list_rows(job.db), supervision.open_actions(job.db))
        )
        if not out:
            return
        rows, open_actions = out.value
        self.model.set_rows(rows)
        self.open_model.set_rows(open_actions)
        self._show_open_count(len(open_actions))
        if selected is not None:
            self.select_id(selected.id)
        self._update_buttons()

    def _show_open_count(self, n: int) -> None:
        self.open_box.setTitle(self.tr("Open actions from supervision ({0})").format(n))

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_buttons()

    def selected(self) -> SupervisionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, supervision_id: int) -> bool:
        return select_by_id(self.table, supervision_id)

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_buttons(self) -> None:
        enabled = self.ops.is_open
        chosen = self.selected() is not None
        self.new_button.setEnabled(enabled)
        self.edit_button.setEnabled(enabled and chosen)
        self.delete_button.setEnabled(enabled and chosen)
        self.done_button.setEnabled(
            enabled and bool(self.open_table.selectionModel().hasSelection())
        )
        self.count.setText(
            self.tr("{0} shown of {1}").format(self.proxy.rowCount(), self.model.rowCount())
        )

    # -- actions ----------------------------------------------------------------------------
    def _dialog(self, supervision_id: int | None, save) -> SupervisionDialog | None:
        form = self.ops.read(lambda job: supervision.form(job.db, supervision_id, today=job.today))
        if not form:
            return None
        return SupervisionDialog(
            form.value,
            today=self.ops.clock.today(),
            save=save,
            editing=supervision_id is not None,
            parent=self,
        )

    @undoable
    def new_supervision(self) -> None:
        if not self.ops.is_open:
            return
        saved: dict = {}

        def save(draft: SupervisionDraft):
            out = self.ops.write(
                lambda job: supervision.create(job.db, draft, today=job.today, now=job.now),
                show=show,
            )
            if out:
                saved.update(id=out.value, draft=draft)
            return out

        dialog = self._dialog(None, save)
        show = dialog.show_error if dialog is not None else None
        if dialog is None or not dialog.exec() or "id" not in saved:
            return
        draft = saved["draft"]
        self.undo_stack.push_change(
            self.tr("Log supervision of {0}").format(_day(draft.held_on)),
            lambda job, sid: supervision.create(
                job.db, draft, today=job.today, now=job.now, supervision_id=sid
            ),
            lambda job, sid: supervision.delete(job.db, sid),
            saved["id"],
            touches=lambda sid: Changes.of(supervision=[sid]),
        )
        if not self.select_id(saved["id"]):
            self.search.clear()
            self.select_id(saved["id"])
        self.ops.notice.emit(self.tr("Supervision logged."))

    @undoable
    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        sid = row.id
        result: dict = {}

        def save(draft: SupervisionDraft):
            out = self.ops.write(
                lambda job: supervision.update(job.db, sid, draft, today=job.today, now=job.now),
                show=show,
            )
            if out:
                result.update(before=out.value, after=draft)
            return out

        dialog = self._dialog(sid, save)
        show = dialog.show_error if dialog is not None else None
        if dialog is None or not dialog.exec() or not result:
            return
        before, after = result["before"], result["after"]
        self.undo_stack.push_change(
            self.tr("Edit supervision of {0}").format(_day(after.held_on)),
            lambda job, _was: supervision.update(job.db, sid, after, today=job.today, now=job.now),
            lambda job, _was: supervision.update(job.db, sid, before, today=job.today, now=job.now),
            before,
            touches=lambda _was: Changes.of(supervision=[sid]),
        )
        self.select_id(sid)
        self.ops.notice.emit(self.tr("Supervision saved."))

    @undoable
    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        sid = row.id
        out = self.ops.write(lambda job: supervision.delete(job.db, sid))
        if not out:
            return
        text = self.tr("Delete supervision of {0}").format(_day(row.held_on))
        self.undo_stack.push_change(
            text,
            lambda job, removed: supervision.delete(job.db, removed.id),
            lambda job, removed: supervision.restore(job.db, removed, now=job.now),
            out.value,
            touches=lambda removed: Changes.of(supervision=[removed.id]),
        )
        self.ops.notice.emit(
            self.tr("Supervision of {0} with {1} deleted. Undo with Ctrl+Z.").format(
                _day(row.held_on), row.supervisor
            )
        )

    def mark_done(self) -> None:
        rows = self.open_table.selectionModel().selectedRows()
        if not rows:
            return
        action = rows[0].data(ROW_ROLE)
        out = self.ops.write(
            lambda job: supervision.close_action(job.db, action.id, ActionStatus.DONE, now=job.now)
        )
        if out:
            self.ops.notice.emit(self.tr("Action done: {0}").format(action.description))
