"""File › Back up now… and File › Restore…: the GUI over ``mentordesk.backup``.

Both run on a worker with progress and Cancel (a cancelled backup leaves no file; a
cancelled restore writes nothing). A restore never writes over a vault: it goes into a
new folder, after showing what the backup holds.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from mentordesk import APP_NAME

if TYPE_CHECKING:
    from mentordesk.backup.restore import Manifest
    from mentordesk.ui.ops import Job, Ops

translate = QCoreApplication.translate
LAST_FOLDER = "backup/last_folder"


def default_name(moment: datetime) -> str:
    return f"MentorDesk backup {moment:%Y-%m-%d %H%M}.age"


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    return f"{max(1, size // 1024)} KiB"


def back_up_now(parent: QWidget, ops: Ops, settings: QSettings) -> None:
    """Ask where, then write a backup of the open vault there (also encrypted to the extra
    recipients set in Preferences); the last good backup is recorded once it is whole."""
    from mentordesk.ui.auto_backup import BackupPrefs, news, record_good

    if ops.vault is None:
        return
    vault_id = ops.vault.keyfile.vault_id
    recipients = BackupPrefs.load(settings).recipients
    folder = str(settings.value(LAST_FOLDER, str(Path.home())))
    suggested = str(Path(folder) / default_name(ops.clock.now()))
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Backup", "Back up the vault to"),
        suggested,
        translate("Backup", "age-encrypted backups (*.age)"),
    )
    if not chosen:
        return
    out = Path(chosen)
    if out.suffix != ".age":
        out = out.with_name(out.name + ".age")

    def work(job: Job):
        from mentordesk.backup.vault_backup import write_backup

        assert job.vault is not None  # started with needs_vault: Ops refuses it when locked
        return write_backup(
            job.vault, out, now=job.now, extra_recipients=recipients, progress=job.progress
        )

    def done(info) -> None:  # noqa: ANN001 - a BackupInfo
        settings.setValue(LAST_FOLDER, str(out.parent))
        record_good(settings, vault_id, info)
        news(ops).recorded.emit()
        ops.notice.emit(
            translate("Backup", "Backup written to {0} ({1}).").format(
                info.path, size_text(info.size)
            )
        )

    ops.start(
        work,
        write=False,
        title=translate("Backup", "Backing up"),
        label=translate("Backup", "Backing up the vault…"),
        parent=parent,
        done=done,
    )


def describe(manifest: Manifest) -> str:
    counts = manifest.counts
    return translate(
        "Backup",
        "This backup of {0}'s vault was made on {1}. It holds {2} mentees, {3} sessions, "
        "{4} contracts and {5} progress reviews.",
    ).format(
        manifest.mentor or translate("Backup", "a mentor"),
        f"{manifest.made_at:%d %B %Y, %H:%M}",
        counts.get("mentee", 0),
        counts.get("mentoring_session", 0),
        counts.get("contract", 0),
        counts.get("progress_review", 0),
    )


def ask_secret(parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        translate("Backup", "Restore from a backup"),
        translate(
            "Backup",
            "The recovery code of the vault that was backed up (6 groups of 5 letters and "
            "digits), or its backup identity (AGE-SECRET-KEY-1…):",
        ),
        QLineEdit.EchoMode.Password,
    )
    return text.strip() if ok and text.strip() else None


def restore_from_file(parent: QWidget | None, ops: Ops, target: Path | None = None) -> Path | None:
    """Choose a backup, show what it holds, restore it into a new folder; the folder or None.

    ``target`` is where to restore (the first-run screen gives the default vault folder);
    without it, the mentor chooses a folder to restore into.
    """
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Backup", "Restore from a backup"),
        str(Path.home()),
        translate("Backup", "age-encrypted backups (*.age);;All files (*)"),
    )
    if not chosen:
        return None
    source = Path(chosen)
    secret = ask_secret(parent)
    if secret is None:
        return None

    def look(_job: Job):
        from mentordesk.backup.restore import inspect

        return inspect(source, secret)

    seen = ops.wait_for(
        ops.start(
            look,
            write=False,
            needs_vault=False,
            title=translate("Backup", "Reading the backup"),
            parent=parent,
            cancellable=False,
        )
    )
    if not seen:
        return None
    manifest = seen.value
    if target is None:
        where = QFileDialog.getExistingDirectory(
            parent, translate("Backup", "Restore into a new folder inside")
        )
        if not where:
            return None
        target = Path(where) / f"MentorDesk vault restored {manifest.made_at:%Y-%m-%d}"
    answer = QMessageBox.question(
        parent,
        translate("Backup", "Restore this backup?"),
        describe(manifest)
        + "\n\n"
        + translate("Backup", "It will be restored into {0}.").format(target),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    folder = target

    def put_back(job: Job):
        from mentordesk import paths
        from mentordesk.backup.restore import restore

        if not folder.parent.exists():  # a new computer may have no data folder yet
            paths.ensure_private_dir(folder.parent)
        return restore(source, folder, secret, progress=job.progress)

    restored = ops.wait_for(
        ops.start(
            put_back,
            write=True,
            needs_vault=False,
            title=translate("Backup", "Restoring"),
            label=translate("Backup", "Checking and restoring the backup…"),
            parent=parent,
            delay_ms=0,
        )
    )
    if not restored:
        return None
    QMessageBox.information(
        parent,
        APP_NAME,
        translate(
            "Backup",
            "The vault was restored into {0}. It opens with the passphrase it had when it "
            "was backed up.",
        ).format(restored.value),
    )
    return Path(restored.value)
