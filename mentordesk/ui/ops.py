"""Operations: the one way the GUI runs work on the vault.

A page hands :class:`Ops` a plain function of a :class:`Job` that calls services::

    out = self.ops.write(lambda job: planning.cancel(job.db, sid, reason), title=...)
    if out:
        ...  # out.value is what the service returned

- :meth:`Ops.read` and :meth:`Ops.write` run the work at once on the GUI thread, for work
  well under ~100 ms (a form's save, a list's reload).
- :meth:`Ops.start` runs it on a worker thread (unlocking, imports, PDFs, the demo build):
  the work reports ``job.progress(done, total)``, a progress dialog with Cancel appears
  after half a second, and the result or the error comes back on the GUI thread.

Either way the work gets its own ORM session (``job.db``), opened on first use; a write
commits once at the end and rolls back on any error or on Cancel, so a cancelled or failed
action leaves the vault as it was. Writes run one at a time. ``job.conn`` is the plain
connection for the fast readers: the vault's own on the GUI thread, the session's on a
worker, so the vault's shared connection is never used from two threads.

After a write, :attr:`Ops.changed` carries the :class:`~mentordesk.vault.changes.Changes`
it made to every page, which decides for itself whether to refresh. An error becomes a
message in one place, :meth:`Ops.report`. Results handed back must be plain data: an ORM
object reaching the GUI is a programming error, refused here.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mentordesk.clock import SYSTEM_CLOCK, Clock
from mentordesk.errors import MentorDeskError, VaultLocked
from mentordesk.ui.collector import collect_on_gui_thread
from mentordesk.ui.messages import describe, honest_error, message_for, title_for
from mentordesk.ui.running import InputBlocker, Relay, Running, Task

if TYPE_CHECKING:
    from mentordesk.vault import Vault
    from mentordesk.vault.changes import Changes

T = TypeVar("T")
SHOW_PROGRESS_AFTER_MS = 500


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Cancelled(MentorDeskError):
    """The person cancelled the work; nothing of it was saved."""


class Job:
    """What a piece of work gets: a session, the plain connection, the clock, progress."""

    def __init__(
        self,
        vault: Vault | None,
        clock: Clock,
        *,
        write: bool,
        on_gui_thread: bool,
        cancel: threading.Event | None = None,
        report: Callable[[int, int, str], None] | None = None,
        cancellable: bool = False,
    ) -> None:
        self.vault = vault
        self.clock = clock
        self.write = write
        self._on_gui_thread = on_gui_thread
        self._cancel = cancel or threading.Event()
        self.cancellable = cancellable  # its transaction is dropped if Cancel was pressed
        self._report = report
        self._db: Any = None

    # -- time ---------------------------------------------------------------------------
    @property
    def now(self) -> datetime:
        return self.clock.now()

    @property
    def today(self) -> date:
        return self.clock.today()

    # -- the vault ----------------------------------------------------------------------
    def _open_vault(self) -> Vault:
        if self.vault is None or not self.vault.is_open:
            raise VaultLocked(translate("Ops", "The vault is locked."))
        return self.vault

    @property
    def db(self) -> Any:
        """This job's ORM session (one transaction), opened on first use."""
        if self._db is None:
            self._db = self._open_vault().session()
        return self._db

    @property
    def conn(self) -> Any:
        """A plain DB-API connection for the fast readers (never shared across threads)."""
        if self._on_gui_thread and self._db is None:
            return self._open_vault().connection
        from mentordesk.services.stored import dbapi

        return dbapi(self.db)

    def _finish(self, ok: bool) -> Changes:
        from mentordesk.vault.changes import Changes, changes_of

        if self._db is None:
            return Changes()  # the work used the plain connection only
        try:
            if ok and self.write:
                self._db.commit()
                return changes_of(self._db)
            self._db.rollback()
            return Changes()
        finally:
            self._db.close()
            self._db = None

    # -- progress and cancel ------------------------------------------------------------
    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, label: str = "") -> None:
        """Report progress; raises :class:`Cancelled` once Cancel has been pressed."""
        if self._cancel.is_set():
            raise Cancelled(translate("Ops", "Cancelled; nothing was saved."))
        if self._report is not None:
            self._report(done, total, label)

    def step(self, label: str) -> None:
        """Report a stage without a count (e.g. "Upgrading the vault")."""
        self.progress(0, 0, label)


@dataclass
class Done(Generic[T]):
    """An operation that succeeded: ``value`` is what the work returned."""

    value: T
    changes: Changes | None = None
    ok: Literal[True] = True
    error: None = None

    def __bool__(self) -> Literal[True]:
        return True


@dataclass
class Failed:
    """An operation that failed or was cancelled: ``error`` says why; nothing was saved."""

    error: BaseException
    ok: Literal[False] = False
    value: None = None
    changes: None = None

    def __bool__(self) -> Literal[False]:
        return False


# The result of one operation: ``bool(outcome)`` is True if it succeeded, and then (only)
# ``outcome.value`` is what the work returned.
Outcome: TypeAlias = Done[T] | Failed


SAMPLE = 32  # of a long list, the items checked at each end: its rows are of one kind


def _sampled(items: list | tuple) -> Any:
    if len(items) <= 2 * SAMPLE:
        return items
    return itertools.chain(items[:SAMPLE], items[-SAMPLE:])


def _plain(value: Any, depth: int = 0) -> None:
    """Refuse ORM objects (and their lazy loads) on their way to the GUI. A long list is
    checked at both ends (checking each of 25,000 rows would cost more than reading them)."""
    if depth > 4 or value is None or isinstance(value, str | bytes | int | float | date):
        return
    if hasattr(value, "_sa_instance_state"):
        raise TypeError(f"An operation returned an ORM object ({type(value).__name__}).")
    if isinstance(value, dict):
        for item in _sampled(list(value.values())):
            _plain(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in _sampled(value):
            _plain(item, depth + 1)
    elif isinstance(value, set | frozenset):
        for item in _sampled(list(value)):
            _plain(item, depth + 1)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            _plain(getattr(value, f.name), depth + 1)


class Ops(QObject):
    """Runs vault work for the GUI; one per main window (and one for dialogs before it)."""

    changed = Signal(object)  # Changes, after every write that changed something
    notice = Signal(str)  # a short note for the status bar ("Session planned.")
    saved = Signal(object, str)  # a file written (path, what it is): "Saved to …", Open folder

    def __init__(self, clock: Clock = SYSTEM_CLOCK, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.vault: Vault | None = None
        self.parent_widget: QWidget | None = None
        self._write_lock = threading.Lock()
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # one write at a time, in the order started
        self._reads = QThreadPool(self)
        self._running: list[Running] = []
        self._holding: list[Running] = []
        self._collector = collect_on_gui_thread()  # workers must never free Qt objects
        self._relay = Relay(self)
        self._relay.arrived.connect(self._arrived)
        self._relay.progressed.connect(self._progressed)
        self._keys = itertools.count(1)
        self._by_key: dict[int, Running] = {}
        self._blocker = InputBlocker()

    # -- state --------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        self.vault = vault

    @property
    def is_open(self) -> bool:
        return self.vault is not None and self.vault.is_open

    # -- running at once ----------------------------------------------------------------
    def read(self, work: Callable[[Job], T], **how: Any) -> Outcome[T]:
        """Run quick read-only work now (anything it writes is rolled back)."""
        return self._inline(work, write=False, **how)

    def write(self, work: Callable[[Job], T], **how: Any) -> Outcome[T]:
        """Run quick work that writes, in one transaction, now."""
        return self._inline(work, write=True, **how)

    def _inline(
        self,
        work: Callable[[Job], T],
        *,
        write: bool,
        parent: QWidget | None = None,
        title: str | None = None,
        show: Callable[[str], None] | None = None,
        quiet: bool = False,
        message: str | None = None,
    ) -> Outcome[T]:
        if not self.is_open:
            error = VaultLocked(translate("Ops", "The vault is locked."))
            if write and not quiet:
                self.report(error, parent, title, show)
            return Failed(error)
        job = Job(self.vault, self.clock, write=write, on_gui_thread=True)
        lock = self._write_lock if write else None
        if lock is not None:
            lock.acquire()
        try:
            outcome = self._execute(work, job)
        finally:
            if lock is not None:
                lock.release()
        return self._settle(outcome, parent, title, show, quiet, message)

    @staticmethod
    def _execute(work: Callable[[Job], T], job: Job) -> Outcome[T]:
        try:
            value = work(job)
            _plain(value)
            if job.write and job.cancellable and job.cancelled:  # Cancel after the last report
                raise Cancelled(translate("Ops", "Cancelled; nothing was saved."))
        except BaseException as exc:  # handed back as the outcome, reported in one place
            try:
                job._finish(ok=False)
            except Exception:  # noqa: BLE001 - the first error is the one to tell
                pass
            return Failed(exc)
        try:
            changes = job._finish(ok=True)
        except BaseException as exc:  # the commit itself failed (disk full, locked)
            return Failed(exc)
        return Done(value, changes)

    def _settle(
        self,
        outcome: Outcome[T],
        parent: QWidget | None,
        title: str | None,
        show: Callable[[str], None] | None,
        quiet: bool,
        message: str | None,
    ) -> Outcome[T]:
        if outcome.ok:
            if outcome.changes:
                self.changed.emit(outcome.changes)
            if message:
                self.notice.emit(message)
        elif isinstance(outcome.error, Cancelled):
            self.notice.emit(str(outcome.error))
        elif not quiet and outcome.error is not None:
            self.report(outcome.error, parent, title, show)
        return outcome

    # -- running on a worker ------------------------------------------------------------
    def start(
        self,
        work: Callable[[Job], T],
        *,
        write: bool,
        title: str,
        label: str = "",
        parent: QWidget | None = None,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        show: Callable[[str], None] | None = None,
        message: str | None = None,
        cancellable: bool = True,
        needs_vault: bool = True,
        blocking: bool = True,
        delay_ms: int = SHOW_PROGRESS_AFTER_MS,
    ) -> Running:
        """Run ``work`` on a worker thread; ``done(value)`` is called on the GUI thread.

        Without ``needs_vault`` the work may run while the vault is locked (unlocking,
        building the demo); it must not use ``job.db`` then. ``blocking`` work holds the
        mouse and keyboard (but for its progress dialog) until it lands, so the same action
        cannot be started twice; work in the background of reading (``blocking=False``)
        shows no dialog and holds nothing.
        """
        parent = parent or self.parent_widget

        def land(running: Running, outcome: Outcome[Any]) -> None:
            self._landed(running, outcome, done, failed, show, message)

        running = Running(
            title, label or title, parent, cancellable, land, self._blocker.allowed.append
        )
        if needs_vault and not self.is_open:
            locked = Failed(VaultLocked(translate("Ops", "The vault is locked.")))
            QTimer.singleShot(0, lambda: running.arrive(locked))
            return running
        key = next(self._keys)
        self._by_key[key] = running
        relay, execute = self._relay, self._execute
        lock = self._write_lock if write else None
        job = Job(
            self.vault if needs_vault else None,
            self.clock,
            write=write,
            on_gui_thread=False,
            cancel=running.cancel_event,
            report=lambda done, total, label: relay.progressed.emit(key, done, total, label),
            cancellable=cancellable,
        )

        def body() -> None:  # on the worker: holds the relay and plain data only
            if lock is not None:
                lock.acquire()
            try:
                outcome = execute(work, job)
            finally:
                if lock is not None:
                    lock.release()
            relay.arrived.emit(key, outcome)

        self._running.append(running)
        if blocking:
            self._hold_input(running)
            QTimer.singleShot(delay_ms, running.show_dialog)
        (self._writes if write else self._reads).start(Task(body))
        return running

    def _arrived(self, key: int, outcome: Outcome[Any]) -> None:
        running = self._by_key.pop(key, None)
        if running is not None:
            running.arrive(outcome)

    def _progressed(self, key: int, done: int, total: int, label: str) -> None:
        running = self._by_key.get(key)
        if running is not None:
            running.show_progress(done, total, label)

    def _hold_input(self, running: Running) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if not self._holding:
            app.installEventFilter(self._blocker)
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._holding.append(running)

    def _release(self, running: Running) -> None:
        if running.dialog is not None and running.dialog in self._blocker.allowed:
            self._blocker.allowed.remove(running.dialog)
        if running in self._running:
            self._running.remove(running)
        if running in self._holding:
            self._holding.remove(running)
            app = QApplication.instance()
            if not self._holding and app is not None:
                app.removeEventFilter(self._blocker)
                QApplication.restoreOverrideCursor()

    def wait_for(self, running: Running) -> Outcome[Any]:
        """Keep the GUI alive (progress, Cancel) until ``running`` lands; its outcome."""
        if running.outcome is None:
            loop = QEventLoop()
            running.finished.connect(loop.quit)
            loop.exec()
        assert running.outcome is not None
        return running.outcome

    def _landed(
        self,
        running: Running,
        outcome: Outcome[Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[BaseException], None] | None,
        show: Callable[[str], None] | None,
        message: str | None,
    ) -> None:
        self._release(running)
        running.close_dialog()
        if self._collector is not None:
            self._collector.collect()
        running.outcome = outcome
        try:
            self._settle(outcome, running.parent_widget, running.title, show, False, message)
            if outcome.ok:
                if done is not None:
                    done(outcome.value)
            elif failed is not None and outcome.error is not None:
                failed(outcome.error)
        finally:  # whatever the callbacks did, whoever waits for it (wait_for) goes on
            running.finished.emit(outcome)

    @property
    def busy(self) -> bool:
        """True while work started with :meth:`start` has not landed."""
        return bool(self._running)

    def wait(self, timeout_ms: int | None = 30000) -> bool:
        """Keep the GUI alive until every started job has landed (``None``: however long
        it takes); True if none is left."""
        pause = threading.Event()
        remaining = timeout_ms
        while self._running and (remaining is None or remaining > 0):
            QCoreApplication.processEvents()
            pause.wait(0.01)
            if remaining is not None:
                remaining -= 10
        return not self._running

    def cancel_all(self) -> None:
        """Ask every job under way to stop at its next progress report (before locking)."""
        for running in self._running:
            if running.cancellable:
                running.cancel()

    # -- telling people -----------------------------------------------------------------
    def report(
        self,
        error: BaseException,
        parent: QWidget | None = None,
        title: str | None = None,
        show: Callable[[str], None] | None = None,
    ) -> None:
        """The one place an error becomes words on the screen."""
        folder = self.vault.folder if self.vault is not None else None
        told = describe(error, title or translate("Ops", "Not done"), folder)
        if show is not None:
            show(told.text)
            return
        box = QMessageBox.critical if told.unexpected else QMessageBox.warning
        box(parent or self.parent_widget, told.title, told.text)


__all__ = [
    "Cancelled",
    "Done",
    "Failed",
    "Job",
    "Ops",
    "Outcome",
    "Running",
    "honest_error",
    "message_for",
    "title_for",
]
