"""Work on a worker, as the person sees it: the progress dialog with Cancel, and the
mouse and keyboard held while it runs. Used by :class:`mentordesk.ui.ops.Ops`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from mentordesk.ui.ops import Outcome


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class InputBlocker(QObject):
    """Swallows clicks and keys meant for anything but the progress dialog while work runs,
    so the same action cannot be started twice."""

    BLOCKED = {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
    }

    def __init__(self) -> None:
        super().__init__()
        self.allowed: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in self.BLOCKED:
            return False
        if isinstance(watched, QWidget):
            top = watched.window()
            if any(top is w for w in self.allowed):
                return False
        return True


class Running(QObject):
    """One piece of work on a worker thread. ``finished`` fires on the GUI thread."""

    finished = Signal(object)  # Outcome

    def __init__(
        self,
        title: str,
        label: str,
        parent_widget: QWidget | None,
        cancellable: bool,
        land: Callable[[Running, Outcome[Any]], None],
        dialog_shown: Callable[[QWidget], None],
    ):
        super().__init__()
        self.title = title
        self.parent_widget = parent_widget
        self.cancellable = cancellable
        self.cancel_event = threading.Event()
        self.outcome: Outcome[Any] | None = None
        self.dialog: QProgressDialog | None = None
        self.was_shown = False  # whether the progress dialog appeared
        self._land = land
        self._dialog_shown = dialog_shown
        self._last: tuple[int, int, str] = (0, 0, label)

    @property
    def is_finished(self) -> bool:
        return self.outcome is not None

    def cancel(self) -> None:
        self.cancel_event.set()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("Ops", "Cancelling…"))

    def show_dialog(self) -> None:
        if self.is_finished or self.dialog is not None:
            return
        dialog = QProgressDialog(self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(440)  # room for the title and the longer stage names
        if self.cancellable:
            dialog.setCancelButtonText(translate("Ops", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self.was_shown = True
        self.show_progress(*self._last)
        self._dialog_shown(dialog)
        dialog.show()

    def show_progress(self, done: int, total: int, label: str) -> None:
        # Labels from services are marked in context "words"; the GUI's own are translated.
        label = QCoreApplication.translate("words", label) if label else ""
        self._last = (done, total, label or self._last[2])
        if self.dialog is None:
            return
        self.dialog.setLabelText(self._last[2])
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    def arrive(self, outcome: Outcome[Any]) -> None:
        """The work's outcome, on the GUI thread."""
        self._land(self, outcome)

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


class Task(QRunnable):
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self.body = body
        self.setAutoDelete(True)

    def run(self) -> None:
        self.body()


class Relay(QObject):
    """Carries what workers report to the GUI thread, by the key of their work.

    A worker holds only this long-lived object and plain data, never a widget or a
    :class:`Running`: the last reference to a Qt object must never go in a worker.
    """

    arrived = Signal(int, object)  # key, Outcome
    progressed = Signal(int, int, int, str)  # key, done, total, label
