"""What the planner does: plan one session or a series, change, move and cancel (each
undoable), open a session's record or a mentee's progress review, and calendar files.

Mixed into :class:`~mentordesk.ui.planner.page.PlannerPage`, which provides ``ops``,
``undo_stack``, ``day``, the mentee filter and the selection.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from mentordesk.services.sessions import planning
from mentordesk.services.sessions.planning import SessionPlan
from mentordesk.ui.planner.chips import status_words
from mentordesk.ui.undo import undoable
from mentordesk.ui.widgets import ModulePage
from mentordesk.vault.changes import Changes

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QComboBox

    from mentordesk.ui.ops import Ops
    from mentordesk.ui.undo import VaultUndoStack

__all__ = ["PlannerActions", "status_words"]


class PlannerActions(ModulePage):
    ops: Ops
    undo_stack: VaultUndoStack
    day: date
    mentee: QComboBox

    # -- provided by the page ---------------------------------------------------------
    def mentees(self, active_only: bool = True) -> list[tuple[int, str]]:
        raise NotImplementedError

    def selected_id(self) -> int | None:
        raise NotImplementedError

    def current_mentee(self) -> int | None:
        raise NotImplementedError

    # -- actions ------------------------------------------------------------------------

    @undoable
    def new_session(self) -> None:
        from mentordesk.ui.planner.plan_dialogs import PlanDialog, default_start

        people = self.mentees()
        if not people:
            QMessageBox.information(self, self.tr("No mentees"), self.tr("Add a mentee first."))
            return
        mentee_id = self.mentee.currentData() or people[0][0]
        plan = SessionPlan(mentee_id, default_start(self.day), model="grow")
        dialog = PlanDialog(self.ops, people, plan, None, self)
        if dialog.exec() and dialog.saved_id:
            planned = dialog.plan()
            self.undo_stack.push_change(
                self.tr("New session"),
                lambda job, sid: planning.plan(job.db, planned, session_id=sid),
                lambda job, sid: planning.delete_planned(job.db, sid),
                dialog.saved_id,
                touches=lambda sid: Changes.of(sessions=[sid]),
            )
            self.ops.notice.emit(self.tr("Session planned."))

    @undoable
    def plan_series(self) -> None:
        from mentordesk.ui.planner.plan_dialogs import SeriesDialog, default_start

        people = self.mentees()
        if not people:
            return
        dialog = SeriesDialog(
            self.ops, people, self.current_mentee(), default_start(self.day), self
        )
        if dialog.exec() and dialog.saved_ids:
            template, times = dialog.template, dialog.planned_times

            def remove_all(job, ids: list[int]) -> None:
                for sid in ids:
                    planning.delete_planned(job.db, sid)

            self.undo_stack.push_change(
                self.tr("Plan series"),
                lambda job, ids: planning.plan_series(job.db, template, times, ids),
                remove_all,
                dialog.saved_ids,
                touches=lambda ids: Changes.of(sessions=ids),
            )
            self.ops.notice.emit(self.tr("%n session(s) planned.", "", len(dialog.saved_ids)))

    @undoable
    def change_selected(self) -> None:
        from mentordesk.ui.planner.plan_dialogs import PlanDialog

        sid = self.selected_id()
        if sid is None:
            return
        plan = self.ops.read(lambda job: planning.plan_of(job.db, sid))
        if not plan:
            return
        dialog = PlanDialog(self.ops, self.mentees(active_only=False), plan.value, sid, self)
        if dialog.exec() and dialog.before is not None:
            before, after = dialog.before, dialog.plan()
            self.undo_stack.push_change(
                self.tr("Change session"),
                lambda job, _was: planning.update(job.db, sid, after),
                lambda job, _was: planning.update(job.db, sid, before),
                before,
                touches=lambda _was: Changes.of(sessions=[sid]),
            )
            self.ops.notice.emit(self.tr("Session changed."))

    @undoable
    def reschedule(self, sid: int, starts_at: datetime, minutes: int | None = None) -> bool:
        """Move a planned session (undoable)."""
        moved = self.ops.write(
            lambda job: planning.reschedule(job.db, sid, starts_at, minutes),
            title=self.tr("Reschedule session"),
        )
        if not moved:
            return False
        self.undo_stack.push_change(
            self.tr("Reschedule session"),
            lambda job, _old: planning.reschedule(job.db, sid, starts_at, minutes),
            lambda job, old: planning.reschedule(job.db, sid, *old),
            moved.value,
            touches=lambda _old: Changes.of(sessions=[sid]),
        )
        return True

    @undoable
    def cancel_selected(self) -> None:
        sid = self.selected_id()
        if sid is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel session"),
            self.tr("Why is the session cancelled?"),
        )
        if not ok:
            return
        done = self.ops.write(
            lambda job: planning.cancel(job.db, sid, reason), title=self.tr("Cancel session")
        )
        if done:
            self.undo_stack.push_change(
                self.tr("Cancel session"),
                lambda job, _none: planning.cancel(job.db, sid, reason),
                lambda job, _none: planning.restore(job.db, sid),
                None,
                touches=lambda _none: Changes.of(sessions=[sid]),
            )
            self.ops.notice.emit(self.tr("Session cancelled. Undo with Ctrl+Z."))

    def open_session(self, sid: int | None) -> None:
        from mentordesk.services import sessions
        from mentordesk.ui.planner.record_dialog import SessionRecordDialog

        if sid is None:
            return
        form = self.ops.read(
            lambda job: sessions.record_form(job.db, sid), title=self.tr("Cannot open")
        )
        if form:
            SessionRecordDialog(self.ops, sid, form.value, self).exec()

    def open_review(self, mentee_id: int | None) -> None:
        from mentordesk.services.reviews import store
        from mentordesk.ui.planner.review_dialog import ReviewDialog

        if mentee_id is None:
            QMessageBox.information(
                self,
                self.tr("Progress review"),
                self.tr("Choose a mentee (Show:) or a session of theirs first."),
            )
            return
        review_id = self.choose_review(mentee_id)
        if review_id is False:
            return
        form = self.ops.read(
            lambda job: store.open_form(job.db, mentee_id, job.today, review_id or None),
            title=self.tr("Progress review"),
        )
        if form:
            ReviewDialog(self.ops, form.value, self).exec()

    def choose_review(self, mentee_id: int) -> int | None | bool:
        """Which review to open: a past final one (to read, print or send for
        countersigning), or None for a new one or the draft in progress; False if the
        mentor cancelled."""
        from mentordesk.services.reviews import store

        found = self.ops.read(lambda job: store.list_reviews(job.db, mentee_id))
        finals = [r for r in found.value if r.is_final] if found else []
        if not finals:
            return None
        new = self.tr("A new review, or the draft in progress")
        items = [new] + [
            self.tr("{0}: signed and final").format(f"{r.held_on.day} {r.held_on:%b %Y}")
            for r in finals
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Progress review"), self.tr("&Open:"), items, 0, False
        )
        if not ok:
            return False
        return None if choice == new else finals[items.index(choice) - 1].id

    def import_ics(self) -> None:
        from mentordesk.services.sessions.ics import import_ics, read_calendar_file

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import calendar invitations"),
            str(Path.home()),
            self.tr("iCalendar (*.ics)"),
        )
        if not path:
            return
        mentee_id = self.mentee.currentData()

        def work(job):  # the file is read on the worker too
            data = read_calendar_file(Path(path))  # refused early if too large
            return import_ics(job.db, data, mentee_id, progress=job.progress)

        self.ops.start(
            work,
            write=True,
            title=self.tr("Import calendar"),
            label=self.tr("Importing calendar invitations…"),
            parent=self,
            done=lambda result: self._imported(Path(path), result),
        )

    def _imported(self, path: Path, result) -> None:
        """Say what the import did: how many sessions came in (or that none did), how many
        moved, and why any invitation was left out."""
        added, moved = len(result.created), len(result.moved)
        if added or moved:
            parts = []
            if added:
                parts.append(self.tr("%n session(s) imported", "", added))
            if moved:
                parts.append(self.tr("%n session(s) moved to a new time", "", moved))
            text = self.tr("{0} from {1}.").format("; ".join(parts), path.name)
        else:
            text = self.tr("No new sessions found in {0}.").format(path.name)
        self.ops.notice.emit(text)
        if result.skipped:
            text += "\n\n" + self.tr("Not imported:") + "\n" + "\n".join(result.skipped)
        QMessageBox.information(self, self.tr("Import calendar"), text)

    def export_ics(self) -> None:
        """Export .ics…: what goes in (a neutral title unless the mentor asks for more, with
        a warning), then where; "Saved to …" once written."""
        from mentordesk.ui.planner.export_dialog import IcsExportDialog

        mentee_id = self.mentee.currentData()
        dialog = IcsExportDialog(self.ops, mentee_id, self.mentee.currentText(), self)
        dialog.exec()
