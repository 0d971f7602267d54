"""Autosave of a reflection being written: a few seconds after typing stops, and on close,
on a worker thread (typing never waits on the vault).

Each save sends a snapshot of the draft as it stood; one save is under way at a time, and
a later snapshot is sent only after the earlier one has landed, so an older text can never
overwrite a newer one. The first save creates the draft; later ones update it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from mentordesk.services import reflections

if TYPE_CHECKING:
    from mentordesk.services.reflections import ReflectionDraft
    from mentordesk.ui.ops import Ops
    from mentordesk.ui.running import Running

DELAY_MS = 3000  # after the last key


class Autosave(QObject):
    """Saves ``snapshot()`` as reflection ``reflection_id`` (None: not in the vault yet)."""

    def __init__(
        self,
        ops: Ops,
        snapshot: Callable[[], ReflectionDraft],
        reflection_id: int | None,
        parent: QObject | None = None,
        *,
        state: Callable[[str], None] = lambda _text: None,
        landed: Callable[[int], None] = lambda _id: None,
    ) -> None:
        """``state(words)`` shows how saving goes ("Saving…", "Saved 14:05"); ``landed(id)``
        follows each save. Both are called, not signals of our own: see StagesPane."""
        super().__init__(parent)
        self.state, self.landed = state, landed
        self.ops = ops
        self.snapshot = snapshot
        self.reflection_id = reflection_id
        self.enabled = True
        self.edits = 0  # changes made since the window opened
        self.saved_edits = 0  # of them, those in the vault
        self.sending: Running | None = None
        self.again = False  # changed while a save was under way: send the newer text after
        self.failure = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save_now)

    @property
    def dirty(self) -> bool:
        """Something typed is not in the vault yet."""
        return self.enabled and self.edits != self.saved_edits

    def touched(self) -> None:
        """The mentor changed something: save once they pause."""
        if not self.enabled:
            return
        first = not self.dirty
        self.edits += 1
        self.timer.start()
        if first and self.sending is None:
            self.state(self.tr("Not saved yet"))

    def stop(self) -> None:
        """No more saves (the reflection is final, or the window is going)."""
        self.timer.stop()
        self.enabled = False

    def save_now(self) -> None:
        """Send the draft as it stands now; if a save is under way, once it has landed."""
        self.timer.stop()
        if not self.dirty:
            return
        if self.sending is not None:
            self.again = True
            return
        draft, sent, rid = self.snapshot(), self.edits, self.reflection_id

        def save(job) -> int:
            return reflections.save_draft(job.db, draft, rid, today=job.today)

        self.failure = ""
        self.state(self.tr("Saving…"))
        self.sending = self.ops.start(
            save,
            write=True,
            blocking=False,  # typing goes on while it saves
            cancellable=False,  # locking the vault waits for it rather than dropping it
            title=self.tr("Saving the reflection"),
            done=lambda new_id: self._landed(new_id, sent),
            failed=self._failed,
            show=self._told,
        )

    def _landed(self, reflection_id: int, sent: int) -> None:
        self.sending = None
        if not isValid(self):  # its window went meanwhile (the app is quitting)
            return
        self.reflection_id = reflection_id
        self.saved_edits = sent
        self.failure = ""
        self.landed(reflection_id)
        if self.dirty and (self.again or not self.timer.isActive()):
            self.again = False
            self.save_now()  # typed while it saved, and paused already: the newer text now
            return
        self.again = False
        if not self.dirty:
            at = self.ops.clock.now().astimezone()
            self.state(self.tr("Saved {0:%H:%M}").format(at))
        else:
            self.state(self.tr("Not saved yet"))

    def _told(self, text: str) -> None:
        self.failure = text

    def _failed(self, _error: BaseException) -> None:
        self.sending = None
        self.again = False
        if not isValid(self):
            return
        self.state(self.tr("Not saved: {0}").format(self.failure))

    def flush(self) -> bool:
        """Save what is not saved yet and wait until it has landed (the window is closing);
        True if everything typed is in the vault."""
        if not isValid(self):
            return not self.dirty
        self.timer.stop()
        tried = False
        while True:
            while self.sending is not None:
                self.ops.wait_for(self.sending)
            if not self.dirty or (tried and self.failure):
                break
            tried = True
            self.save_now()
        return not self.dirty
