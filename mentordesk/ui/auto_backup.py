"""Automatic backups in the GUI: their preferences, running them, and the last good backup.

- The preferences live in QSettings (this computer): the folder, whether to back up
  automatically on lock and quit, how many daily and weekly backups to keep, and extra
  recipients (age *public* keys only: nothing secret is stored).
- The last good backup is recorded per vault (``backup/vaults/<vault id>/last_good``, an
  ISO time, and ``…/last_file``) and only once a backup is whole, whether made by
  File › Back up now… or automatically; so the demo vault's backups never stand in for
  the mentor's own vault.
- :class:`BackupStatus` shows it ("Last backup: today 14:02", a warning after 7 days
  without) in the status bar and on the dashboard, and updates after every backup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mentordesk.backup.schedule import DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY, is_due
from mentordesk.clock import local_day

if TYPE_CHECKING:
    from mentordesk.backup.schedule import AutoResult
    from mentordesk.backup.vault_backup import BackupInfo
    from mentordesk.ui.ops import Job, Ops

translate = QCoreApplication.translate

FOLDER = "backup/folder"
AUTOMATIC = "backup/automatic"
KEEP_DAILY = "backup/keep_daily"
KEEP_WEEKLY = "backup/keep_weekly"
RECIPIENTS = "backup/extra_recipients"
WARN_AFTER_DAYS = 7
SHORTCUT = "Ctrl+Shift+B"  # File › Back up now…


def _int(value: object, default: int) -> int:
    try:
        return int(value) if isinstance(value, int | float | str) else default
    except ValueError:
        return default


def _bool(value: object) -> bool:
    # Read back from the settings file as text; as set, a bool.
    return value is True or str(value).lower() == "true"


@dataclass(frozen=True)
class BackupPrefs:
    folder: str = ""
    automatic: bool = False
    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_weekly: int = DEFAULT_KEEP_WEEKLY
    recipients: tuple[str, ...] = ()

    @classmethod
    def load(cls, settings: QSettings) -> BackupPrefs:
        text = str(settings.value(RECIPIENTS, "") or "")
        return cls(
            folder=str(settings.value(FOLDER, "") or ""),
            automatic=_bool(settings.value(AUTOMATIC, False)),
            keep_daily=max(1, _int(settings.value(KEEP_DAILY), DEFAULT_KEEP_DAILY)),
            keep_weekly=max(0, _int(settings.value(KEEP_WEEKLY), DEFAULT_KEEP_WEEKLY)),
            recipients=tuple(line for line in text.splitlines() if line.strip()),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue(FOLDER, self.folder)
        settings.setValue(AUTOMATIC, self.automatic)
        settings.setValue(KEEP_DAILY, self.keep_daily)
        settings.setValue(KEEP_WEEKLY, self.keep_weekly)
        settings.setValue(RECIPIENTS, "\n".join(self.recipients))  # one string: a list of
        # one would read back as a plain string


def app_settings() -> QSettings:
    from mentordesk.ui.settings import open_settings

    return open_settings()


# -- the last good backup, per vault ---------------------------------------------------------
def _key(vault_id: str, name: str) -> str:
    return f"backup/vaults/{vault_id}/{name}"


def last_good(settings: QSettings, vault_id: str) -> datetime | None:
    value = settings.value(_key(vault_id, "last_good"))
    try:
        moment = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return moment.astimezone() if moment is not None else None


def last_file(settings: QSettings, vault_id: str) -> str:
    return str(settings.value(_key(vault_id, "last_file"), "") or "")


def record_good(settings: QSettings, vault_id: str, info: BackupInfo) -> None:
    """Record a backup that was written whole (and only such a one)."""
    settings.setValue(_key(vault_id, "last_good"), info.made_at.isoformat(timespec="seconds"))
    settings.setValue(_key(vault_id, "last_file"), str(info.path))


class BackupNews(QObject):
    """Tells every status line that a backup was just recorded."""

    recorded = Signal()


def news(ops: Ops) -> BackupNews:
    """The one :class:`BackupNews` of this ``ops`` (the window's and its pages')."""
    found = ops.findChild(BackupNews)
    return found if isinstance(found, BackupNews) else BackupNews(ops)


def status_line(last: datetime | None, now: datetime, hint: bool = True) -> tuple[str, bool]:
    """The words for the last good backup as of ``now``, and whether they are a warning;
    with ``hint``, a warning says how to back up (File › Back up now and its keys)."""
    keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    go = translate("BackupStatus", " — File › Back up now ({0})").format(keys) if hint else ""
    if last is None:
        return translate("BackupStatus", "⚠ No backup yet") + go, True
    days = (local_day(now) - local_day(last)).days
    # Past "yesterday" the count is always 2 or more: the plural needs no %n forms.
    if days > WARN_AFTER_DAYS:
        return translate("BackupStatus", "⚠ No backup for {0} days").format(days) + go, True
    if days <= 0:
        return translate("BackupStatus", "Last backup: today {0}").format(
            f"{last.astimezone():%H:%M}"
        ), False
    if days == 1:
        return translate("BackupStatus", "Last backup: yesterday {0}").format(
            f"{last.astimezone():%H:%M}"
        ), False
    return translate("BackupStatus", "Last backup: {0} days ago").format(days), False


class BackupStatus(QWidget):
    """The last good backup of the open vault in one line; optionally a button to back up
    (then a warning does not repeat how to: the button is beside it)."""

    def __init__(
        self,
        ops: Ops,
        settings: QSettings | None = None,
        *,
        button: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings if settings is not None else app_settings()
        self.warning = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Last backup"))
        row.addWidget(self.label)
        self.button: QPushButton | None = None
        if button:
            self.button = QPushButton(self.tr("Back up now…"))
            self.button.setToolTip(
                self.tr("File › Back up now ({0})").format(
                    QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
            self.button.clicked.connect(self.back_up)
            row.addWidget(self.button)
        news(ops).recorded.connect(self.refresh)
        self._timer = QTimer(self)  # "today" becomes "yesterday" in an app left open
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        vault = self.ops.vault if self.ops.is_open else None
        if self.button is not None:
            self.button.setEnabled(vault is not None)
        if vault is None:
            self.warning = False
            self.label.clear()
            self.label.setToolTip("")
            return
        vault_id = vault.keyfile.vault_id
        text, self.warning = status_line(
            last_good(self.settings, vault_id), self.ops.clock.now(), hint=self.button is None
        )
        self.label.setText(text)
        font = self.label.font()
        font.setBold(self.warning)
        self.label.setFont(font)
        where = last_file(self.settings, vault_id)
        self.label.setToolTip(where and self.tr("The last backup: {0}").format(where))

    def back_up(self) -> None:
        from mentordesk.ui.backup_actions import back_up_now

        if self.ops.is_open:
            back_up_now(self.window(), self.ops, self.settings)


# -- running it -------------------------------------------------------------------------------
def run_if_due(ops: Ops, settings: QSettings, parent: QWidget | None = None) -> str | None:
    """Run today's automatic backup when it is on, has a folder and is due (with progress and
    Cancel); None, or the one line that says why it failed. Never raises."""
    prefs = BackupPrefs.load(settings)
    vault = ops.vault
    if not (prefs.automatic and prefs.folder and vault is not None and ops.is_open):
        return None
    vault_id = vault.keyfile.vault_id
    if not is_due(last_good(settings, vault_id), ops.clock.now()):
        return None
    folder = Path(prefs.folder)

    def work(job: Job) -> AutoResult:
        from mentordesk.backup.schedule import run_automatic

        assert job.vault is not None  # started with needs_vault: Ops refuses it when locked
        return run_automatic(
            job.vault,
            folder,
            now=job.now,
            keep_daily=prefs.keep_daily,
            keep_weekly=prefs.keep_weekly,
            extra_recipients=prefs.recipients,
            progress=job.progress,
        )

    told: list[str] = []
    outcome = ops.wait_for(
        ops.start(
            work,
            write=False,
            title=translate("AutoBackup", "Automatic backup"),
            label=translate("AutoBackup", "Backing up the vault to {0}…").format(folder),
            parent=parent,
            show=told.append,
        )
    )
    if not outcome:
        return told[0] if told else None  # cancelled: the status bar says so
    result: AutoResult = outcome.value
    record_good(settings, vault_id, result.info)
    news(ops).recorded.emit()
    note = translate("AutoBackup", "Automatic backup written to {0}.").format(result.path)
    if result.removed:
        note += " " + translate("AutoBackup", "Older backups removed: {0}.").format(
            len(result.removed)
        )
    ops.notice.emit(note)
    return None


class OnClose(QObject):
    """Runs ``before`` when the watched window is about to close (once at a time)."""

    def __init__(self, before: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._before = before
        self._running = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Close:
            return False
        if self._running:  # closed again while the backup runs: it closes when that ends
            event.ignore()
            return True
        self._running = True
        try:
            self._before()
        finally:
            self._running = False
        return False
