"""The reflection editor: a window of its own (several can be open beside the list), written
stage by stage under a reflection model, saved as a draft while typed (on a worker, a few
seconds after typing stops, and on close), tagged to the mentor's KSBs and linked to what
it reflects on; checked for anything that names a person before it is marked final; then
locked, and changed only by amendments kept with their time and reason.

Its form (fields, side tabs, buttons and the state they show) is in editor_form; here are
opening and starting reflections, and what the window does: model changes, links, marking
final, amendments and closing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from mentordesk.errors import ValidationError
from mentordesk.services import mentees, reflection_models, reflections
from mentordesk.services.reflections import Opened, ReflectionDraft
from mentordesk.ui.ops import Ops
from mentordesk.ui.planner.keys import go_to, no_default_button, tidy_mnemonics
from mentordesk.ui.reflections.editor_form import ReflectionForm
from mentordesk.ui.reflections.findings import FindingsDialog
from mentordesk.ui.reflections.side import LinkPicker
from mentordesk.ui.reflections.stages import ModelChange, Writing
from mentordesk.ui.widgets import fit_to_screen, may_close_unsaved

_OPEN: list[ReflectionEditor] = []  # the editors open now (a Python reference each)


def open_editors() -> list[ReflectionEditor]:
    return list(_OPEN)


def open_reflection(
    ops: Ops, reflection_id: int, parent: QWidget | None
) -> ReflectionEditor | None:
    """Show reflection ``reflection_id`` in its editor (raised if open already)."""
    for editor in _OPEN:
        if editor.reflection_id == reflection_id:
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
    found = ops.read(lambda job: _read(job, reflection_id), title=tr("Cannot open"))
    if not found:
        return None
    opened, extras = found.value
    return _show(ReflectionEditor(ops, opened.draft, extras, opened=opened, parent=parent))


def new_reflection(
    ops: Ops, parent: QWidget | None, draft: ReflectionDraft | None = None
) -> ReflectionEditor | None:
    """A new reflection's editor: ``draft`` seeded (from a session, say) or empty. It is
    in the vault from its first autosave."""
    if draft is None:
        models = reflection_models.all_models()
        draft = ReflectionDraft(model="gibbs" if "gibbs" in models else reflection_models.FREE)
    seed = draft
    found = ops.read(lambda job: _extras(job, seed), title=tr("Cannot open"))
    if not found:
        return None
    editor = ReflectionEditor(ops, draft, found.value, opened=None, parent=parent)
    if draft.all_text() or draft.session_ids:
        editor.autosave.touched()  # seeded: kept even if nothing more is typed
    return _show(editor)


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ReflectionEditor", text)


def _extras(job, draft: ReflectionDraft):
    return (
        reflections.ksb_choices(job.db),
        [(m.id, m.full_name) for m in mentees.list_mentees(job.db)],
        reflections.linked(job.db, draft),
    )


def _read(job, reflection_id: int):
    opened = reflections.get(job.db, reflection_id)
    return opened, _extras(job, opened.draft)


def _show(editor: ReflectionEditor) -> ReflectionEditor:
    _OPEN.append(editor)
    # Gone with its parent window (never without a close first: see eventFilter), it is
    # forgotten here too.
    editor.destroyed.connect(lambda _gone=None, e=editor: _OPEN.remove(e) if e in _OPEN else None)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


class ReflectionEditor(ReflectionForm):
    def __init__(
        self, ops: Ops, draft: ReflectionDraft, extras, *, opened: Opened | None, parent=None
    ):
        super().__init__(ops, draft, extras, opened=opened, parent=parent)

        self.title.textEdited.connect(lambda _t: self.touched())
        self.day.dateChanged.connect(lambda _d: self.touched())
        self.tags.changed.connect(self.touched)
        self.links.changed.connect(self.touched)
        self.links.pick.connect(self.pick_links)
        self.model.currentIndexChanged.connect(lambda _i: self.change_model())
        self.undo_model.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_model.setEnabled)
        self.undo_model.setEnabled(False)
        undo = QAction(self.tr("Undo model change"), self)
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo_stack.undo)
        redo = QAction(self.tr("Redo model change"), self)
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        redo.triggered.connect(self.undo_stack.redo)
        self.addActions([undo, redo])  # fields keep their own Ctrl+Z while they have the keyboard
        self.final_button.clicked.connect(self.mark_final)
        self.amend_button.clicked.connect(self.start_amending)
        self.save_amendment.clicked.connect(self.amend)
        self.close_button.clicked.connect(self.reject)

        self.show_state()
        self.saved.setText(
            self.tr("Saved") if opened is not None and not opened.is_final else self.saved.text()
        )
        no_default_button(self)
        tidy_mnemonics(self)
        fit_to_screen(self, *self.SIZE)
        self._watch_main_window(parent)
        field = self.stages.first_field()
        if not self.editable():
            pass
        elif not draft.title or field is None:
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)  # where a mentor starts
        else:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.moveCursor(QTextCursor.MoveOperation.End)

    # -- the model ------------------------------------------------------------------------
    def change_model(self) -> None:
        new = self.model.currentData()
        before = self.stages.writing()
        if new == before.model:
            return
        after = before.switched(new)
        self._apply(after)
        name = reflection_models.get(new).name
        self.undo_stack.push(
            ModelChange(
                self._apply,
                self.stages.writing,
                before,
                after,
                self.tr("change of model to {0}").format(name),
            )
        )
        if after.carried and not before.carried:
            self.ops.notice.emit(
                self.tr(
                    "Words with no stage in {0} are kept under “From the earlier model”."
                ).format(name)
            )

    def _apply(self, writing: Writing) -> None:
        self._set_model_combo(writing.model)
        self.stages.show_writing(writing)
        self._show_model_about()
        self.touched()

    # -- links ----------------------------------------------------------------------------
    def pick_links(self, kind: str) -> None:
        have = set(self.links.keys())
        picker = LinkPicker(self.ops, kind, self.links.mentee_id(), have, self)  # type: ignore[arg-type]
        if picker.exec():
            self.links.add(picker.chosen())

    # -- final, amendments ----------------------------------------------------------------
    def _resolve(self, findings, go_on: str, *, amending: bool = False) -> bool:
        """Ask about findings; True if every one is accepted (and the action may go on)."""
        dialog = FindingsDialog(self.draft(), findings, go_on, self)
        if amending:
            dialog.setWindowTitle(self.tr("Check before saving the amendment"))
        result = dialog.exec()
        for f in dialog.accepted_findings:
            if f.text not in self.accepted_findings:
                self.accepted_findings.append(f.text)
        if dialog.accepted_findings:
            self.touched()
        if dialog.shown is not None:
            self.select(dialog.shown.start, dialog.shown.end)
            return False
        return result == QDialog.DialogCode.Accepted

    def select(self, start: int, end: int) -> None:
        """Select part of the whole text (as the check counts it) in its field."""
        where = self.draft().locate(start, end)
        if where is None:
            return
        part, a, b = where
        if part == "title":
            self.title.setSelection(a, b - a)
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        field = self.stages.field(part)
        if field is None:
            return
        cursor = field.textCursor()
        cursor.setPosition(a)
        cursor.setPosition(b, cursor.MoveMode.KeepAnchor)
        field.setTextCursor(cursor)
        go_to(self.area, field)

    def _refused(self, error: BaseException | None) -> None:
        field = getattr(error, "field", None)
        if field == "title":
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == "occurred_on":
            self.day.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == "texts":
            go_to(self.area, self.stages.first_field())

    def mark_final(self) -> None:
        if self.is_final:
            return
        self.error.clear_error()
        draft = self.draft()
        try:
            reflections.check(draft, final=True)
        except ValidationError as exc:
            self.error.show_error(str(exc))
            self._refused(exc)
            return
        found = self.ops.read(lambda job: reflections.findings(job.db, draft, job.today))
        if not found:
            return
        go_on = self.tr("Mark &final")
        if found.value and not self._resolve(found.value, go_on):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mark final?"),
            self.tr(
                "Once final, the reflection is locked and counts as evidence for its KSB "
                "tags; later changes are kept as amendments with their time and reason. "
                "Mark it final?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosave.flush()
        draft, rid = self.draft(), self.reflection_id

        def final(job) -> Opened:
            saved = reflections.save_draft(job.db, draft, rid, today=job.today)
            reflections.finalise(job.db, saved, draft, now=job.now)
            return reflections.get(job.db, saved)

        out = self.ops.write(final, show=self.error.show_error, title=self.tr("Mark final"))
        if not out:
            if isinstance(out.error, reflections.NamesPeople):
                self.error.clear_error()
                if self._resolve(out.error.findings, go_on):
                    self.mark_final()
                return
            self._refused(out.error)
            return
        self._final(out.value, self.tr("Reflection marked final."))

    def _final(self, opened: Opened, note: str) -> None:
        self.opened = opened
        self.autosave.reflection_id = opened.id
        self.autosave.stop()
        self.amending = False
        self.undo_stack.clear()
        self.show_state()
        self.amend_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ops.notice.emit(note)

    def start_amending(self) -> None:
        self.amending = True
        self.show_state()
        go_to(self.area, self.stages.first_field())

    def amend(self) -> bool:
        self.error.clear_error()
        opened = self.opened
        if opened is None:
            return False
        draft = self.draft()
        if draft == opened.draft:
            self.error.show_error(
                self.tr("Nothing has changed yet: change the reflection, then save the amendment.")
            )
            return False
        reason, ok = QInputDialog.getText(
            self, self.tr("Amendment"), self.tr("Why is this reflection being changed?")
        )
        if not ok:
            return False
        rid = opened.id

        def amend(job) -> Opened:
            reflections.amend(job.db, rid, draft, reason, now=job.now)
            return reflections.get(job.db, rid)

        out = self.ops.write(amend, show=self.error.show_error, title=self.tr("Amend"))
        if not out:
            if isinstance(out.error, reflections.NamesPeople):
                self.error.clear_error()
                if self._resolve(out.error.findings, self.tr("&Save amendment"), amending=True):
                    return self.amend()
                return False
            if getattr(out.error, "field", None) == "reason":
                self.error.show_error(self.tr("Give a reason for the amendment, then save again."))
            self._refused(out.error)
            return False
        self._final(out.value, self.tr("Amendment kept, with its time and reason."))
        return True

    # -- closing --------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing (Close, Esc, the window's ×) never loses a word: what is not saved yet
        is saved first, and the window waits until it is in the vault."""
        if not self._closing and not self._may_close():
            return
        self._remove()
        super().done(result)

    def _may_close(self) -> bool:
        if self.amending and self.opened is not None and self.draft() != self.opened.draft:
            question = self.tr("This amendment is not saved. Save it now?")
            return may_close_unsaved(self, question, self.amend)
        if self.autosave.flush():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Not saved"),
            self.tr("The reflection could not be saved: {0} Close it all the same?").format(
                self.autosave.failure
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def close_now(self) -> None:
        """Save what is typed and close without asking (the vault is locking)."""
        self.autosave.flush()
        self.autosave.stop()
        self._closing = True
        self.reject()

    def _remove(self) -> None:
        self.autosave.stop()
        if self in _OPEN:
            _OPEN.remove(self)

    def _watch_main_window(self, parent: QWidget | None) -> None:
        if parent is not None:
            parent.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The main window closing (quitting) or hidden by the app (locking): save first."""
        closing = event.type() == QEvent.Type.Close
        locking = event.type() == QEvent.Type.Hide and not event.spontaneous()
        if (closing or locking) and self in _OPEN:
            self.close_now()
        return False
