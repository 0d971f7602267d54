"""What the supervision, values and reading tabs and dialogs share. A dialog: Ctrl+Enter (or
Ctrl+S) saves and a stray Enter never does; an error is shown in it with the keyboard put on
its field; closing never drops what was typed unasked. A tab: it reads again after a change
it shows, at once while seen, else when next shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentordesk.errors import ValidationError
from mentordesk.ui.planner.keys import no_default_button
from mentordesk.ui.widgets import may_close_unsaved


class SavingDialog(QDialog):
    """A subclass sets ``error`` (an ErrorLabel), ``_save(draft) -> outcome`` (the write),
    ``_saved`` (the draft as last saved) and ``_fields`` (field name -> widget), and gives
    :meth:`draft` and :meth:`unsaved_question`."""

    error: Any
    _save: Any
    _saved: Any
    _fields: dict[str, Any]

    def draft(self) -> Any:
        raise NotImplementedError

    def unsaved_question(self) -> str:
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        no_default_button(self)  # Enter saves nothing by surprise; Ctrl+Enter saves

    def show_error(self, text: str) -> None:
        self.error.show_error(text)

    def go_to(self, field: str) -> None:
        """Put the keyboard on the field an error names."""
        widget = self._fields.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_save(self) -> bool:
        """Save the draft (any error is shown here, and its field gets the keyboard)."""
        self.error.clear_error()
        draft = self.draft()
        outcome = self._save(draft)
        if not outcome:
            error = getattr(outcome, "error", None)
            if isinstance(error, ValidationError):
                self.go_to(error.field)
            return False
        self._saved = draft
        self.accept()
        return True

    def done(self, result: int) -> None:
        """Closing (Cancel, Esc, the window's ×) never drops what was typed unasked."""
        if result != QDialog.DialogCode.Accepted and self.draft() != self._saved:
            if not may_close_unsaved(self, self.unsaved_question(), self.try_save):
                return
            if self.result() == QDialog.DialogCode.Accepted:
                return  # saved, and closed by saving
        super().done(result)


class RefreshedWhenSeen:
    """A tab (mixed in before QWidget) that reads again after a change it shows, at once
    while it is seen, else when it is next shown. A subclass gives :meth:`shows` and
    ``refresh()``, and starts with ``_stale = False``."""

    _stale: bool

    def shows(self, changes: Any) -> bool:
        raise NotImplementedError

    def on_changes(self, changes: Any) -> None:
        if self.shows(changes):
            if self.isVisible():  # type: ignore[attr-defined]
                self.refresh()  # type: ignore[attr-defined]
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()  # type: ignore[attr-defined]
