"""Undo and redo of vault changes: one command, run through the operations helper.

The rule: drafts and planning can be undone (a mentee added, a session planned, moved or
cancelled, a contract draft started). Final or signed records are never undone: a final
session record is amended (kept with its time and reason), a signed contract is revised
into a new version, a signed review stays as signed. A service refuses to undo what has
become final since (for instance, removing a planned session that has been recorded
meanwhile); when an undo or a redo fails like that, the whole history is cleared and the
mentor is told, so Undo and Redo never point at a state that is no longer there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from mentordesk.ui.ops import Job, Ops, message_for
from mentordesk.vault.changes import Changes

Do = Callable[[Job, Any], Any]
Undo = Callable[[Job, Any], Any]


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


F = TypeVar("F", bound=Callable[..., Any])


def undoable(method: F) -> F:
    """Marks a page's action whose change it pushes onto its ``undo_stack``: the change is
    the history's own, not one that settles its steps."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        with self.undo_stack.own_changes():
            return method(self, *args, **kwargs)

    return cast(F, wrapper)


class VaultCommand(QUndoCommand):
    """``do(job, result)`` makes the change (again: ``result`` is what it returned last
    time, so a record comes back under the same id) and returns what ``undo(job, result)``
    needs to take it back. A command is pushed done already (by a dialog's Save), so the
    first redo, which ``QUndoStack.push`` calls, does nothing."""

    def __init__(
        self,
        stack: VaultUndoStack,
        text: str,
        do: Do,
        undo: Undo,
        result: Any,
        touches: Callable[[Any], Changes] | None,
    ):
        super().__init__(text)
        self.stack = stack
        self._do, self._undo = do, undo
        self.result = result
        self._touches = touches
        self._skip_redo = True

    def touches(self) -> Changes:
        """The records this step acts on (as of its last run)."""
        return self._touches(self.result) if self._touches else Changes()

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        with self.stack.own_changes():
            out = self.stack.ops.write(lambda job: self._do(job, self.result), quiet=True)
        if out:
            self.result = out.value
            self.stack.ops.notice.emit(translate("Undo", "Redone: {0}").format(self.text()))
        else:
            self.stack.failed(self.text(), redoing=True, error=out.error)

    def undo(self) -> None:
        with self.stack.own_changes():
            out = self.stack.ops.write(lambda job: self._undo(job, self.result), quiet=True)
        if out:
            self.stack.ops.notice.emit(translate("Undo", "Undone: {0}").format(self.text()))
        else:
            self.stack.failed(self.text(), redoing=False, error=out.error)


class VaultUndoStack(QUndoStack):
    """A page's undo history of vault changes."""

    def __init__(self, ops: Ops, parent: QWidget):
        super().__init__(parent)
        self.ops = ops
        self.page = parent
        self._own = 0
        ops.changed.connect(self._heard)

    @contextmanager
    def own_changes(self) -> Iterator[None]:
        """Changes made inside are this history's own (an action it will hold, or its undo
        and redo); any other change is checked against its steps (:meth:`settled`)."""
        self._own += 1
        try:
            yield
        finally:
            self._own -= 1

    def _heard(self, changes: Changes) -> None:
        if not self._own:
            self.settled(changes)

    def push_change(
        self,
        text: str,
        do: Do,
        undo: Undo,
        result: Any,
        touches: Callable[[Any], Changes] | None = None,
    ) -> None:
        """Remember a change already made (``result`` is what ``do`` returned).
        ``touches(result)`` names the records the step acts on, for :meth:`settled`."""
        self.push(VaultCommand(self, text, do, undo, result, touches))

    def settled(self, changes: Changes) -> None:
        """Records were changed outside this history (a session recorded, a contract signed,
        an import): steps acting on them can no longer be taken back, so the history goes
        now, before Undo can offer them, and the status bar says why."""
        for index in range(self.count()):
            command = self.command(index)
            if isinstance(command, VaultCommand) and command.touches().overlaps(changes):
                self.clear()
                self.ops.notice.emit(
                    translate(
                        "Undo",
                        "Saved. Earlier steps on the same record can no longer be undone.",
                    )
                )
                return

    def failed(self, text: str, *, redoing: bool, error: BaseException | None) -> None:
        """Clear the history (after the command returns) and say what happened."""
        reason = message_for(error) if error is not None else ""
        if redoing:
            told = translate(
                "Undo",
                "Could not redo “{0}”: {1}\n\nNothing was changed. The undo history has been "
                "cleared, so that Undo and Redo cannot act on a state that is no longer there.",
            ).format(text, reason)
        else:
            told = translate(
                "Undo",
                "Could not undo “{0}”: {1}\n\nNothing was changed. The undo history has been "
                "cleared, so that Undo and Redo cannot act on a state that is no longer there.",
            ).format(text, reason)

        def tell() -> None:
            self.clear()
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.page, translate("Undo", "Undo"), told)

        QTimer.singleShot(0, tell)
