"""The app's last line of defence: an unexpected error becomes one clear dialog.

Installed as :data:`sys.excepthook` (which PySide6 calls for an exception escaping a slot)
and :data:`threading.excepthook`. It writes a crash report that holds no records
(:mod:`mentordesk.crash`), tells the person once, and lets the app run on. During start-up,
before the main window is shown, there is nothing to run on: it ends MentorDesk with that
message (exit code 70) instead of a traceback.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import APP_NAME
from mentordesk.errors import EXIT_UNEXPECTED

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def unexpected_message(type_name: str, report: Path | None) -> str:
    text = translate(
        "Guard", "MentorDesk met an unexpected error ({0}). Nothing saved was lost."
    ).format(type_name)
    if report is not None:
        text += " " + translate(
            "Guard", "A crash report without your records was written to {0}."
        ).format(report)
    return text


class Guard(QObject):
    """Catches what nothing else caught; one per app."""

    _from_thread = Signal(str, object)  # (type name, report path) from another thread

    def __init__(
        self,
        *,
        interactive: bool = True,
        end: Callable[[int], object] = os._exit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.interactive = interactive  # False: one line on stderr instead of a dialog
        self.started = False  # True once the main window is shown: from then on, run on
        self.told: list[str] = []  # every message given, newest last
        self._end = end
        self._telling = False
        self._previous: tuple[object, object] | None = None
        self._from_thread.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    # -- installing ---------------------------------------------------------------------
    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    # -- the hooks ----------------------------------------------------------------------
    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """An exception nothing caught on the GUI thread (a slot, a timer, an event)."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        error = exc if exc is not None else exc_type()
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        self.handle(error, where="gui")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """An exception that ended a Python thread: reported there, told on the GUI thread."""
        if args.exc_type is SystemExit:
            return
        from mentordesk import crash  # only when there is something to report

        error = args.exc_value if args.exc_value is not None else args.exc_type()
        report = crash.write_report(error, where="thread")
        self._from_thread.emit(type(error).__name__, report)

    def handle(self, error: BaseException, *, where: str = "gui") -> None:
        """Report ``error``, tell the person, and run on (or end, during start-up)."""
        from mentordesk import crash  # only when there is something to report

        report = crash.write_report(error, where=where)
        self._tell(type(error).__name__, report)

    # -- telling ------------------------------------------------------------------------
    def _tell(self, type_name: str, report: Path | None) -> None:
        text = unexpected_message(type_name, report)
        self.told.append(text)
        if self.interactive and not self._telling:
            self._telling = True  # errors while the dialog is up are reported, not shown
            try:
                QMessageBox.critical(None, APP_NAME, text)
            finally:
                self._telling = False
        elif not self.interactive:
            print(f"mentordesk: {text}", file=sys.stderr, flush=True)
        if not self.started:
            sys.stdout.flush()
            sys.stderr.flush()
            self._end(EXIT_UNEXPECTED)
