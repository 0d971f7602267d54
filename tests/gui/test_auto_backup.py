"""Automatic backups on lock and quit, their preferences, and the last-backup status line."""

from __future__ import annotations

import errno
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from mentordesk.backup import vault_backup
from mentordesk.backup.schedule import name_for, parse
from mentordesk.ui.auto_backup import BackupPrefs, last_good, record_good
from tests.conftest import PASSPHRASE
from tests.gui.conftest import settle


def _turn_on(controller, folder: Path, **how) -> None:
    BackupPrefs(folder=str(folder), automatic=True, **how).save(controller.settings)


def _older(controller, folder: Path, days: int = 40) -> dict[str, bytes]:
    """``days`` older daily backups of the controller's vault, and a file of the mentor's."""
    folder.mkdir(exist_ok=True)
    vault_id = controller.vault.keyfile.vault_id
    now = controller.ops.clock.now()
    made = {name_for(vault_id, now - timedelta(days=n)): b"older %d" % n for n in range(1, days)}
    made["notes.txt"] = b"the mentor's own file"
    for name, data in made.items():
        (folder / name).write_bytes(data)
    return made


def _unlock(controller, qtbot) -> None:
    dialog = controller.unlock_dialog
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: controller.vault is not None)


def _status(controller) -> tuple[str, str]:
    window = controller.window
    return window.backup_status.label.text(), window.dashboard.backup_status.label.text()


def test_lock_backs_up_once_a_day_and_prunes(controller, qtbot, tmp_path, message_boxes):
    folder = tmp_path / "usb"
    older = _older(controller, folder)
    _turn_on(controller, folder)
    vault_id = controller.vault.keyfile.vault_id
    clock = controller.ops.clock
    assert _status(controller)[0].startswith("⚠ No backup yet")
    notes: list[str] = []
    controller.ops.notice.connect(notes.append)

    controller.lock()
    assert controller.vault is None
    today = folder / name_for(vault_id, clock.now())
    assert today.exists() and today.stat().st_mode & 0o777 == 0o600
    ours = sorted(p.name for p in folder.iterdir() if parse(p.name, vault_id))
    assert len(ours) == 7 + 4 and today.name in ours  # 7 days, then one for each of 4 weeks
    assert (folder / "notes.txt").read_bytes() == older["notes.txt"]
    assert last_good(controller.settings, vault_id) == clock.now()
    assert any(n.startswith(f"Automatic backup written to {today}") for n in notes)
    assert not message_boxes

    _unlock(controller, qtbot)
    assert _status(controller) == (f"Last backup: today {clock.now().astimezone():%H:%M}",) * 2
    before = sorted(folder.iterdir())
    controller.lock()  # the same day: not due again
    assert sorted(folder.iterdir()) == before

    clock.set(clock.now() + timedelta(days=1))
    _unlock(controller, qtbot)
    controller.window.close()  # quitting makes the new day's backup
    assert (folder / name_for(vault_id, clock.now())).exists()
    assert len([p for p in folder.iterdir() if parse(p.name, vault_id)]) == 11
    assert not message_boxes


def test_a_missing_folder_is_told_once_locked_and_records_nothing(
    controller, qtbot, tmp_path, message_boxes
):
    gone = tmp_path / "unplugged"
    _turn_on(controller, gone)
    vault_id = controller.vault.keyfile.vault_id
    controller.lock()
    assert controller.vault is None and controller.unlock_dialog.isVisible()  # locked anyway
    qtbot.waitUntil(lambda: bool(message_boxes))
    title, text = message_boxes[-1]
    assert title == "Automatic backup failed"
    assert str(gone) in text and "is not there" in text and "\n" not in text
    assert last_good(controller.settings, vault_id) is None and not gone.exists()


def test_a_full_disk_keeps_every_older_backup(
    controller, qtbot, tmp_path, monkeypatch, message_boxes
):
    folder = tmp_path / "usb"
    older = _older(controller, folder)
    _turn_on(controller, folder, keep_daily=1, keep_weekly=0)
    real_write = vault_backup._Writer.write

    def full(self, data):
        if self.size > 1000:
            self.error = OSError(errno.ENOSPC, "No space left on device")
            raise self.error
        return real_write(self, data)

    monkeypatch.setattr(vault_backup._Writer, "write", full)
    controller.lock()
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert f"The automatic backup to {folder} failed: the disk is full." in message_boxes[-1][1]
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == older


def test_quitting_is_not_stopped_by_a_failing_backup(controller, tmp_path, message_boxes):
    gone = tmp_path / "share" / "gone"
    _turn_on(controller, gone)
    window = controller.window
    assert window.isVisible()
    window.close()
    assert not window.isVisible() and controller.vault is None  # quit, vault closed first
    assert len(message_boxes) == 1 and str(gone) in message_boxes[0][1]


def test_the_status_line_by_age_and_after_a_backup_now(
    controller, qtbot, tmp_path, monkeypatch, message_boxes
):
    window = controller.window
    clock = controller.ops.clock
    vault_id = controller.vault.keyfile.vault_id
    made = clock.now()
    record_good(
        controller.settings,
        vault_id,
        vault_backup.BackupInfo(tmp_path / "b.age", 1, None, made),  # type: ignore[arg-type]
    )
    hint = " — File › Back up now (Ctrl+Shift+B)"  # the dashboard has a button instead
    for days, expected, warning in (
        (0, f"Last backup: today {made.astimezone():%H:%M}", False),
        (2, "Last backup: 2 days ago", False),
        (9, "⚠ No backup for 9 days", True),
    ):
        clock.set(made + timedelta(days=days))
        window.backup_status.refresh()
        window.dashboard.refresh()
        assert _status(controller) == (expected + hint * warning, expected)
        assert window.backup_status.warning is warning
        assert window.dashboard.backup_status.label.font().bold() is warning

    out = tmp_path / "now.age"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.dashboard.backup_status.button.click()  # the dashboard's own button
    settle(qtbot, controller.ops)
    assert out.exists()
    shown = f"Last backup: today {clock.now().astimezone():%H:%M}"
    assert _status(controller) == (shown, shown) and not window.backup_status.warning
    assert not message_boxes


def test_back_up_now_also_encrypts_to_the_extra_recipients(
    controller, qtbot, tmp_path, monkeypatch
):
    import pyrage

    employer = pyrage.x25519.Identity.generate()
    BackupPrefs(recipients=(str(employer.to_public()),)).save(controller.settings)
    out = tmp_path / "for-it.age"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    controller.window.back_up_now()
    settle(qtbot, controller.ops)
    tar = pyrage.decrypt(out.read_bytes(), [employer])
    assert b"manifest.json" in tar[:1024]


def test_automatic_backups_use_the_extra_recipients_too(controller, tmp_path):
    import pyrage

    employer = pyrage.x25519.Identity.generate()
    folder = tmp_path / "usb"
    folder.mkdir()
    _turn_on(controller, folder, recipients=(str(employer.to_public()),))
    controller.lock()
    (made,) = folder.iterdir()
    assert pyrage.decrypt(made.read_bytes(), [employer])


# -- preferences --------------------------------------------------------------------------------
def test_preferences_store_the_backup_choices(qtbot, tmp_path, monkeypatch, message_boxes):
    import pyrage

    from mentordesk.ui.preferences import PreferencesDialog
    from mentordesk.ui.settings import open_settings

    settings = open_settings()
    dialog = PreferencesDialog(10, 12, settings=settings)
    qtbot.addWidget(dialog)
    section = dialog.backups
    assert (section.keep_daily.value(), section.keep_weekly.value()) == (7, 4)
    assert not section.automatic.isChecked() and section.folder.text() == ""

    section.automatic.setChecked(True)
    dialog.accept()  # no folder yet
    assert dialog.result() == 0 and "Choose a backup folder" in message_boxes[-1][1]

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    section.choose.click()
    assert section.folder.text() == str(tmp_path)
    key = str(pyrage.x25519.Identity.generate().to_public())
    section.recipients.setPlainText(f"{key}\nnot-a-key\n")
    dialog.accept()
    assert dialog.result() == 0
    assert message_boxes[-1][1].startswith("Line 2 of the extra recipients, “not-a-key”")
    assert BackupPrefs.load(settings) == BackupPrefs()  # nothing stored yet

    section.recipients.setPlainText(f"# IT department\n{key}\n")
    section.keep_daily.setValue(10)
    section.keep_weekly.setValue(0)
    dialog.accept()
    assert dialog.result() == 1
    assert BackupPrefs.load(settings) == BackupPrefs(str(tmp_path), True, 10, 0, (key,))

    again = PreferencesDialog(10, 12, settings=settings)
    qtbot.addWidget(again)
    assert again.backups.recipients.toPlainText() == key
    again.backups.clear_button.click()
    again.backups.automatic.setChecked(False)
    again.accept()
    assert BackupPrefs.load(settings).folder == ""


def test_the_window_is_hidden_and_cleared_while_the_lock_backs_up(
    controller, tmp_path, monkeypatch
):
    from mentordesk.ui import app as app_module

    folder = tmp_path / "usb"
    folder.mkdir()
    _turn_on(controller, folder)
    window = controller.window
    assert window.isVisible()
    seen: list[tuple[bool, int]] = []
    real = app_module.run_if_due

    def spy(ops, settings, parent):
        mentees_rows = window.page("mentees").model.rowCount()
        seen.append((window.isVisible(), mentees_rows))
        return real(ops, settings, parent)

    from mentordesk.services import mentees

    with controller.vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="On Screen"))
    window.page("mentees").refresh()
    monkeypatch.setattr(app_module, "run_if_due", spy)
    controller.lock()
    assert seen == [(False, 0)]
    assert list(folder.iterdir())  # and the backup was made
