"""Your values (ST1379 duty 4, K10): the current statement and its date, a new version, the
versions before it, and "values in practice": how often each value shows in the last six
months of reflections and supervision, and which never do."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import values
from mentordesk.services.values import ValuesDraft, ValuesInPractice, Version
from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.shared import RefreshedWhenSeen
from mentordesk.ui.reflections.values_dialog import ValuesDialog
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel, display, fit_columns
from mentordesk.ui.undo import VaultUndoStack, undoable
from mentordesk.vault.changes import Changes


class ValuesTab(RefreshedWhenSeen, QWidget):
    """``reload()`` shows the vault just unlocked, ``clear()`` forgets it on locking; the
    tab refreshes itself when the statement, reflections or supervision change."""

    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = VaultUndoStack(ops, self)
        self._stale = False
        self.current: Version | None = None
        self.shown: Version | None = None

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        left.addWidget(self.heading)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Values statement"))
        self.text.setOpenLinks(False)
        left.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New version…"))
        self.current_button = QPushButton(self.tr("Show &current"))
        row.addWidget(self.new_button)
        row.addWidget(self.current_button)
        row.addStretch()
        left.addLayout(row)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        self.practice_box = QGroupBox(self.tr("Values in practice"))
        box = QVBoxLayout(self.practice_box)
        self.practice = QListWidget()
        self.practice.setAccessibleName(self.tr("Values in practice"))
        self.practice.setWordWrap(True)
        self.practice.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        box.addWidget(self.practice)
        right.addWidget(self.practice_box, 3)
        history = QGroupBox(self.tr("Versions"))
        column = QVBoxLayout(history)
        self.versions = RowTableModel(
            [
                Column(self.tr("Written on"), lambda r: r.written_on),
                Column(self.tr("Values"), lambda r: r.names, tooltip=lambda r: r.names),
            ]
        )
        self.history = QTableView()
        self.history.setTabKeyNavigation(False)
        self.history.setModel(self.versions)
        self.history.setAccessibleName(self.tr("Versions of your values statement"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history_fitter = fit_columns(self.history)
        column.addWidget(self.history)
        right.addWidget(history, 2)
        layout.addLayout(right, 2)

        self.new_button.clicked.connect(self.new_version)
        self.current_button.clicked.connect(self.show_current)
        self.history.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_version(current.data(ROW_ROLE))
        )
        ops.changed.connect(self.on_changes)
        self._show(None)
        self._show_practice(None)

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.undo_stack.clear()
        self.refresh()

    def clear(self) -> None:
        self.undo_stack.clear()
        self.current = None
        self.versions.clear()
        self._show(None)
        self._show_practice(None)

    def shows(self, changes: Changes) -> bool:
        c = changes
        return bool(c.everything or c.values or c.reflections or c.supervision)

    def refresh(self) -> None:
        self._stale = False
        out = self.ops.read(
            lambda job: (
                values.latest(job.db),
                values.versions(job.db),
                values.values_in_practice(job.db, job.today),
            )
        )
        if not out:
            return
        self.current, rows, practice = out.value
        self.versions.set_rows(rows)
        self._show(self.current)
        self._show_practice(practice)

    # -- showing ----------------------------------------------------------------------------
    def _show(self, version: Version | None) -> None:
        self.shown = version
        self.new_button.setEnabled(self.ops.is_open)
        self.current_button.setVisible(version is not None and version != self.current)
        if version is None:
            self.heading.setText(
                self.tr(
                    "<b>You have not written a values statement yet.</b> Write what you "
                    "value and believe, and the values you want to see in your practice."
                )
            )
            self.text.clear()
            return
        day = display(version.written_on)
        if version == self.current:
            self.heading.setText(self.tr("<b>Your values statement</b>, written {0}").format(day))
        else:
            self.heading.setText(
                self.tr("<b>An earlier version</b>, written {0} (not the current one)").format(day)
            )
        items = "".join(
            f"<li><b>{escape(v.name)}</b>"
            + (f": {escape(', '.join(v.words))}" if v.words else "")
            + "</li>"
            for v in version.values
        )
        paragraphs = "".join(
            f"<p>{escape(p)}</p>" for p in version.statement.split("\n") if p.strip()
        )
        listed = f"<h4>{escape(self.tr('Values'))}</h4><ul>{items}</ul>" if items else ""
        self.text.setHtml(paragraphs + listed)

    def _show_practice(self, practice: ValuesInPractice | None) -> None:
        self.practice.clear()
        if practice is None:
            return
        self.practice_box.setTitle(
            self.tr("Values in practice, {0} to {1}").format(
                display(practice.since), display(practice.until)
            )
        )
        if practice.written_on is None or not practice.values:
            self.practice.addItem(
                self.tr("List your values in a statement to see how often each shows here.")
            )
            return
        for seen in practice.values:
            if not seen.seen:
                continue
            where = []
            if seen.reflections:
                where.append(self.tr("%n reflection(s)", "", seen.reflections))
            if seen.supervisions:
                where.append(self.tr("%n supervision(s)", "", seen.supervisions))
            self.practice.addItem(
                self.tr("{0} — {1}, last {2}").format(
                    seen.name, ", ".join(where), display(seen.last_seen)
                )
            )
        if practice.never:
            self.practice.addItem(
                self.tr("Never in the last 6 months: {0}").format(", ".join(practice.never))
            )
        else:
            self.practice.addItem(self.tr("Every value shows in the last 6 months."))

    def show_version(self, row) -> None:
        if row is None:
            return
        if self.current is not None and row.id == self.current.id:
            self._show(self.current)
            return
        out = self.ops.read(lambda job: values.version(job.db, row.id))
        if out:
            self._show(out.value)

    def show_current(self) -> None:
        self.history.clearSelection()
        self._show(self.current)

    # -- actions ----------------------------------------------------------------------------
    @undoable
    def new_version(self) -> None:
        if not self.ops.is_open:
            return
        saved: dict = {}
        start = (
            ValuesDraft(self.current.statement, list(self.current.values))
            if self.current is not None
            else ValuesDraft("")
        )

        def save(draft: ValuesDraft):
            out = self.ops.write(
                lambda job: values.save_version(job.db, draft, today=job.today),
                show=dialog.show_error,
            )
            if out:
                saved.update(id=out.value, draft=draft)
            return out

        dialog = ValuesDialog(start, save=save, parent=self)
        if not dialog.exec() or "id" not in saved:
            return
        draft = saved["draft"]
        self.undo_stack.push_change(
            self.tr("New version of your values statement"),
            lambda job, vid: values.save_version(job.db, draft, today=job.today, version_id=vid),
            lambda job, vid: values.delete_version(job.db, vid),
            saved["id"],
            touches=lambda vid: Changes.of(values=[vid]),
        )
        self.ops.notice.emit(self.tr("New version of your values statement saved."))


__all__ = ["ValuesTab"]
