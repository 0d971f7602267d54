"""The evidence of one portfolio (a mentee's, or the mentor's own), newest first: its kind,
who observed it, the KSBs it evidences with the mentor's judgement of each, the sign-off
and its files. New, open, delete (Ctrl+Z undoes, files included), sign off today, and for
a mentee's session record, count it for the mentor's own portfolio too.

For the mentor, final reflections and CPD tagged with KSBs are listed too, read-only:
they are changed on the Reflections and CPD pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.attachments import NewFile
from mentordesk.services.ksb import coverage, evidence
from mentordesk.services.ksb.evidence import EvidenceRow, Saved
from mentordesk.ui.ksb.evidence_dialog import Edited, EvidenceDialog
from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.shared import RefreshedWhenSeen
from mentordesk.ui.table_model import (
    ROW_ROLE,
    Column,
    RowFilterProxy,
    RowTableModel,
    fit_columns,
)
from mentordesk.ui.table_model import display as day_text
from mentordesk.ui.undo import VaultUndoStack, undoable
from mentordesk.vault.changes import Changes


def touches(eid: Any) -> Changes:
    return Changes.of(evidence=[eid]) if isinstance(eid, int) else Changes()


class EvidenceTab(RefreshedWhenSeen, QWidget):
    """``show_owner(owner)`` shows a mentee's portfolio (None: the mentor's own);
    ``show_ksb(ksb_id)`` narrows it to one KSB (None: all). ``undo_stack`` holds its
    changes (the hosting page gives it to the window's Edit menu). ``ksb_shown`` is
    emitted when the mentor widens the list again (Show all)."""

    ksb_shown = Signal(object)

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, undo_stack: VaultUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = undo_stack or VaultUndoStack(ops, self)
        self._stale = False
        self.owner: int | None = None
        self.ksb_id: int | None = None
        not_yet = self.tr("not yet")
        self.model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r.occurred_on),
                Column(self.tr("Kind"), lambda r: r.kind_words),
                Column(self.tr("KSBs"), lambda r: r.ksbs, tooltip=lambda r: r.ksbs_words),
                Column(
                    self.tr("Signed off"),
                    lambda r: r.signed_off_on or (not_yet if r.source == "evidence" else ""),
                ),
                Column(self.tr("Files"), lambda r: r.file_count or None, align_right=True),
                Column(self.tr("Observer"), lambda r: r.observer),
                # Last, so the title takes the room left.
                Column(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
            ]
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        layout = QVBoxLayout(self)
        self.ksb_bar = QFrame()
        self.ksb_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar_row = QHBoxLayout(self.ksb_bar)
        bar_row.setContentsMargins(6, 2, 6, 2)
        self.ksb_label = QLabel()
        self.show_all_button = QPushButton(self.tr("Show &all"))
        self.show_all_button.setToolTip(self.tr("Show the evidence for every KSB"))
        bar_row.addWidget(self.ksb_label)
        bar_row.addWidget(self.show_all_button)
        bar_row.addStretch()
        self.ksb_bar.hide()
        layout.addWidget(self.ksb_bar)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by title, kind, observer, KSB… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter evidence"))
        self.new_button = QPushButton(self.tr("&New evidence…"))
        self.new_button.setToolTip(self.tr("Add a piece of evidence (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("O&pen…"))
        self.open_button.setToolTip(self.tr("Open the evidence to see or change it (Enter)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the evidence and its files (Delete); Ctrl+Z undoes")
        )
        self.sign_button = QPushButton(self.tr("Sign off"))
        self.sign_button.setToolTip(
            self.tr("Sign off the evidence's judgements with today's date (Ctrl+Shift+S)")
        )
        self.count_button = QPushButton(self.tr("Count for &my portfolio too…"))
        self.count_button.setToolTip(
            self.tr("One session, two portfolios: count this session for your own KSBs too")
        )
        bar.addWidget(self.search, 1)
        for button in (
            self.new_button,
            self.open_button,
            self.delete_button,
            self.sign_button,
            self.count_button,
        ):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Evidence"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # Rows two lines tall, so a long title wraps once (whole in its tooltip), at the
        # same cost for a thousand rows as for ten.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().height() + 8)
        self.fitter = fit_columns(self.table)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

        self._shortcut(QKeySequence.StandardKey.Find, self.focus_filter, self)
        self._shortcut(QKeySequence.StandardKey.New, self.add_evidence, self)
        self._shortcut(QKeySequence("Ctrl+Shift+S"), self.sign_off_selected, self)
        delete = self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selected, self.table)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.search.textChanged.connect(self._filter_changed)
        self.show_all_button.clicked.connect(self._show_all)
        self.new_button.clicked.connect(lambda: self.add_evidence())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.sign_button.clicked.connect(lambda: self.sign_off_selected())
        self.count_button.clicked.connect(lambda: self.count_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ops.changed.connect(self.on_changes)
        self._update_buttons()

    def _shortcut(self, keys, slot, where: QWidget) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())
        where.addAction(action)
        return action

    # -- what is shown ---------------------------------------------------------------------
    def show_owner(self, owner: int | None) -> None:
        """Show a mentee's portfolio (None: the mentor's own), for every KSB."""
        if owner != self.owner:
            self.undo_stack.clear()
            self.search.clear()  # words typed for one portfolio would hide another's
        self.owner = owner
        self.ksb_id = None
        self.refresh()

    def show_ksb(self, ksb_id: int | None) -> None:
        """Show only the evidence for one KSB of the portfolio's standard (None: all)."""
        self.ksb_id = ksb_id
        self.refresh()

    def _show_all(self) -> None:
        self.show_ksb(None)
        self.ksb_shown.emit(None)

    def shows(self, changes: Changes) -> bool:
        c = changes
        return bool(
            c.everything or c.evidence or c.attachments or c.sessions or c.reflections
            or c.cpd or c.standards or c.mentees or c.profile
        )  # fmt: skip

    def reload(self) -> None:
        self.undo_stack.clear()
        self.refresh()

    def clear(self) -> None:
        self.undo_stack.clear()
        self.model.clear()
        self.search.clear()
        self.ksb_bar.hide()
        self._update_buttons()

    def refresh(self) -> None:
        self._stale = False
        chosen = self.selected()
        place = self.table.currentIndex().row()
        owner, ksb_id = self.owner, self.ksb_id

        def read(job) -> tuple[list[EvidenceRow], str]:
            found = evidence.rows(job.db, owner, ksb_id)
            code = ""
            if ksb_id is not None:
                codes = {c.id: c.code for c in evidence.ksb_choices(job.db, owner)}
                code = codes.get(ksb_id, "")
            return found, code

        shown = self.ops.read(read)
        if not shown:
            return
        rows, code = shown.value
        self.model.set_rows(rows)
        if ksb_id is not None:
            self.ksb_label.setText(self.tr("Showing evidence for {0} — ").format(code or "?"))
            self.ksb_label.setAccessibleName(self.ksb_label.text())
        self.ksb_bar.setVisible(ksb_id is not None)
        kept = chosen is not None and self.select(chosen.source, chosen.id)
        if not kept and place >= 0 and self.proxy.rowCount():
            # the row chosen is gone (deleted, or undone): the one now in its place, so
            # Enter and Delete still act on a row
            self.table.selectRow(min(place, self.proxy.rowCount() - 1))
        self._update_buttons()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_buttons()

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected(self) -> EvidenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, source: str, record_id: int) -> bool:
        """Select the row of a record; False when the filter hides it (or it is gone)."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            row = index.data(ROW_ROLE)
            if row.source == source and row.id == record_id:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = self.ops.is_open
        editable = is_open and row is not None and row.source == "evidence"
        self.new_button.setEnabled(is_open)
        self.open_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.sign_button.setEnabled(editable)
        self.count_button.setVisible(self.owner is not None)
        self.count_button.setEnabled(
            editable and row is not None and self.owner is not None and row.session_id is not None
        )
        if row is not None and row.source != "evidence":
            page = self.tr("Reflections") if row.source == "reflection" else self.tr("CPD")
            self.note.setText(
                self.tr("“{0}” is listed from your {1}: open it on the {1} page to change "
                        "its KSBs.").format(row.title, page)
            )  # fmt: skip
            self.note.show()
        else:
            self.note.hide()
        self.count.setText(
            self.tr("{0} shown of {1}. KSBs: ✔ met, ◐ working towards, no mark: not judged.")
            .format(self.proxy.rowCount(), self.model.rowCount())
        )  # fmt: skip

    def _show_saved(self, eid: int, note: str) -> None:
        if not self.select("evidence", eid):
            self.search.clear()  # the filter typed before would hide it
            if not self.select("evidence", eid) and self.ksb_id is not None:
                self.show_ksb(None)  # not mapped to the KSB shown: every KSB's evidence
                self.ksb_shown.emit(None)
                self.select("evidence", eid)
        self.ops.notice.emit(note)

    # -- new and open ----------------------------------------------------------------------
    def _dialog(self, **kwargs) -> EvidenceDialog | None:
        owner = self.owner
        found = self.ops.read(
            lambda job: (
                evidence.ksb_choices(job.db, owner),
                coverage.owner_of(job.conn, owner).name,
            )
        )
        if not found:
            return None
        choices, name = found.value
        whose = name if owner is not None else ""
        return EvidenceDialog(
            self.ops, choices, self.ops.clock.today(), owner, owner_name=whose, parent=self,
            **kwargs,
        )  # fmt: skip

    @undoable
    def add_evidence(self) -> EvidenceDialog | None:
        if not self.ops.is_open:
            return None
        saved: dict = {}

        def save(edited: Edited):
            def work(job) -> tuple[int, Saved]:
                eid = evidence.create(job.db, edited.draft, job.today, edited.add)
                return eid, evidence.take(job.db, eid)

            assert dialog is not None  # saving is asked from the dialog
            out = self.ops.write(work, show=dialog.show_error)
            if out:
                saved["id"], saved["after"] = out.value
            return out

        dialog = self._dialog(save=save)
        if dialog is None:
            return None
        if dialog.exec() and "id" in saved:
            after: Saved = saved["after"]
            self.undo_stack.push_change(
                self.tr("Add “{0}”").format(after.draft.title),
                lambda job, eid: evidence.put(job.db, eid, after),
                lambda job, eid: evidence.delete(job.db, eid),
                saved["id"],
                touches=touches,
            )
            self._show_saved(
                saved["id"], self.tr("“{0}” added. Undo with Ctrl+Z.").format(after.draft.title)
            )
        return dialog

    @undoable
    def open_selected(self) -> EvidenceDialog | None:
        row = self.selected()
        if row is None or row.source != "evidence":
            return None
        eid = row.id
        current = self.ops.read(
            lambda job: (evidence.get(job.db, eid), evidence.STORE.files(job.db, eid))
        )
        if not current:
            return None
        draft, files = current.value
        result: dict = {}

        def save(edited: Edited):
            def work(job) -> tuple[Saved, Saved]:
                before = evidence.take(job.db, eid)
                wanted = None
                if edited.add or edited.remove:
                    kept = [
                        NewFile(f.filename, evidence.STORE.read_file(job.db, f.id))
                        for f in evidence.STORE.files(job.db, eid)
                        if f.id not in edited.remove
                    ]
                    wanted = kept + list(edited.add)
                evidence.update(job.db, eid, edited.draft, job.today, wanted)
                return before, evidence.take(job.db, eid)

            assert dialog is not None  # saving is asked from the dialog
            out = self.ops.write(work, show=dialog.show_error)
            if out:
                result["before"], result["after"] = out.value
            return out

        dialog = self._dialog(draft=draft, files=files, save=save)
        if dialog is None:
            return None
        if dialog.exec() and result:
            self._push_put(self.tr("Edit “{0}”"), eid, result["before"], result["after"])
            self._show_saved(
                eid, self.tr("“{0}” saved. Undo with Ctrl+Z.").format(result["after"].draft.title)
            )
        return dialog

    def _push_put(self, text: str, eid: int, before: Saved, after: Saved) -> None:
        self.undo_stack.push_change(
            text.format(after.draft.title),
            lambda job, _e: evidence.put(job.db, eid, after),
            lambda job, _e: evidence.put(job.db, eid, before),
            eid,
            touches=touches,
        )

    # -- delete, sign off, count for me ----------------------------------------------------
    @undoable
    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or row.source != "evidence":
            return
        eid = row.id
        out = self.ops.write(lambda job: evidence.delete(job.db, eid), title=self.tr("Delete"))
        if not out:
            return
        before: Saved = out.value
        self.undo_stack.push_change(
            self.tr("Delete “{0}”").format(row.title),
            lambda job, _e: evidence.delete(job.db, eid),
            lambda job, _e: evidence.put(job.db, eid, before),
            eid,
            touches=touches,
        )
        files = len(before.files)
        self.ops.notice.emit(
            self.tr("“{0}” deleted, with %n file(s). Undo with Ctrl+Z.", "", files).format(
                row.title
            )
        )

    @undoable
    def sign_off_selected(self) -> None:
        row = self.selected()
        if row is None or row.source != "evidence":
            return
        eid = row.id

        def work(job) -> tuple[Saved, Saved]:
            before = evidence.take(job.db, eid)
            evidence.sign_off(job.db, eid, job.today)
            return before, evidence.take(job.db, eid)

        out = self.ops.write(work, title=self.tr("Sign off"))
        if not out:
            return
        before, after = out.value
        self._push_put(self.tr("Sign off “{0}”"), eid, before, after)
        self.select("evidence", eid)
        self.ops.notice.emit(
            self.tr("“{0}” signed off on {1}. Undo with Ctrl+Z.").format(
                row.title, day_text(after.draft.signed_off_on)
            )
        )

    @undoable
    def count_selected(self) -> None:
        """One session, two portfolios: the mentee's session record counted as the
        mentor's own too, against the KSBs of the mentor's standard."""
        from mentordesk.ui.ksb.count_for_me import count_for_me

        row = self.selected()
        if row is not None and self.owner is not None and row.session_id is not None:
            count_for_me(self, row)


__all__ = ["EvidenceTab"]
