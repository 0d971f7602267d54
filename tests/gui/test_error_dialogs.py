"""The GUI tells each failure as what it is: a busy, read-only, full or damaged vault gets its
own dialog; anything unexpected one clear dialog and a crash report; a broken keychain
falls back to the passphrase; the settings file is private."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import threading
from pathlib import Path

import keyring
import pytest
import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mentordesk import paths
from mentordesk.errors import EXIT_UNEXPECTED
from mentordesk.services import mentees
from mentordesk.ui.guard import Guard
from mentordesk.ui.unlock_dialog import UnlockDialog
from mentordesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import settle
from tests.test_guard import MENTEE, BrokenKeyring, hold_write_lock, mode

ROOT = Path(__file__).resolve().parents[2]
BUSY = (
    "Vault busy",
    "The vault is busy: another MentorDesk or another program is writing to it. Try again "
    "when it has finished.",
)


def add_mentee(job, name: str = "Dana Field"):
    return mentees.create(job.db, mentees.MenteeData(full_name=name))


@pytest.fixture
def quick_busy_timeout(monkeypatch):
    real = sqlcipher.connect
    monkeypatch.setattr(sqlcipher, "connect", lambda *a, **k: real(*a, **{**k, "timeout": 0.2}))


# -- the vault's conditions, each with its own dialog ---------------------------------------
def test_a_busy_vault_is_told_as_busy(vault_dir, bare_ops, message_boxes, quick_busy_timeout):
    holder = hold_write_lock(vault_dir)
    vault = Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    bare_ops.set_vault(vault)
    try:
        out = bare_ops.write(add_mentee, title="Add mentee")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not out and message_boxes == [BUSY]
    vault.close()


def test_a_full_disk_is_told_naming_what_was_not_saved(ops, vault, message_boxes):
    def fill(job):
        conn = job.db.connection()
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        for n in range(5000):
            add_mentee(job, f"Filler {n} " + "x" * 400)
            job.db.flush()

    assert not ops.write(fill, title="Import mentees")
    assert message_boxes == [
        (
            "Disk full",
            "The disk holding the vault is full: “Import mentees” was not saved; everything "
            "saved before it is safe. Free some space and try again.",
        )
    ]


def test_a_read_only_vault_is_told_naming_its_folder(
    vault_dir, bare_ops, message_boxes, monkeypatch
):
    real = sqlcipher.connect
    monkeypatch.setattr(
        sqlcipher,
        "connect",
        lambda db, *a, **k: real(str(db).replace("mode=rw", "mode=ro"), *a, **k),
    )
    vault = Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    bare_ops.set_vault(vault)
    assert not bare_ops.write(add_mentee, title="Add mentee")
    vault.close()
    [(title, text)] = message_boxes
    assert title == "Vault is read-only"
    assert text.startswith(f"The vault's folder {vault_dir} cannot be written to")


def test_a_damaged_database_is_told_as_damaged(ops, vault, message_boxes, tmp_path):
    garbage = tmp_path / "not-a-database"
    garbage.write_bytes(os.urandom(8192))

    def read_garbage(_job):
        conn = sqlcipher.connect(str(garbage))
        try:
            conn.execute("SELECT * FROM sqlite_master").fetchall()
        finally:
            conn.close()

    assert not ops.write(read_garbage, title="Open")
    [(title, text)] = message_boxes
    assert title == "Vault damaged" and "database integrity" in text


# -- the unexpected: one dialog, a report, and the app runs on -----------------------------
def raise_with_a_name():
    raise KeyError(f"record of {MENTEE}")


def reports() -> list[Path]:
    folder = paths.state_dir() / "crash-reports"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_after_start_an_unexpected_error_is_one_dialog_and_the_app_runs_on(message_boxes):
    ended: list[int] = []
    guard = Guard(end=ended.append)
    guard.started = True
    try:
        raise_with_a_name()
    except KeyError as exc:
        guard.excepthook(type(exc), exc, exc.__traceback__)
    [(title, text)] = message_boxes
    [report] = reports()
    assert title == "MentorDesk" and ended == []
    assert text == (
        "MentorDesk met an unexpected error (KeyError). Nothing saved was lost. A crash "
        f"report without your records was written to {report}."
    )
    assert mode(report) == 0o600 and MENTEE not in report.read_text("utf-8")
    assert "raise_with_a_name" in report.read_text("utf-8")


def test_before_the_main_window_an_unexpected_error_ends_with_the_message(message_boxes):
    ended: list[int] = []
    guard = Guard(end=ended.append)
    try:
        raise_with_a_name()
    except KeyError as exc:
        guard.excepthook(type(exc), exc, exc.__traceback__)
    assert ended == [EXIT_UNEXPECTED] and len(message_boxes) == 1


def test_an_error_ending_a_thread_is_told_on_the_gui_thread(qtbot, message_boxes):
    guard = Guard(end=lambda _code: None)
    guard.started = True
    guard.install()
    try:
        worker = threading.Thread(target=raise_with_a_name)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(message_boxes) == 1)
    finally:
        guard.uninstall()
    assert sys.excepthook is not guard.excepthook
    assert message_boxes[0][1].startswith("MentorDesk met an unexpected error (KeyError).")
    assert len(reports()) == 1


def test_an_error_during_start_up_is_one_dialog_not_a_traceback(
    vault_dir, message_boxes, monkeypatch, capfd
):
    from mentordesk.ui import app

    hooks = (sys.excepthook, threading.excepthook)

    def broken_start(self):
        raise RuntimeError(MENTEE)

    monkeypatch.setattr(app.AppController, "start", broken_start)
    assert app.run(vault_dir=vault_dir) == EXIT_UNEXPECTED
    [(title, text)] = message_boxes
    assert text.startswith("MentorDesk met an unexpected error (RuntimeError). Nothing saved")
    assert (sys.excepthook, threading.excepthook) == hooks  # put back as they were
    assert "Traceback" not in capfd.readouterr().err


PROBE = """
import sys
from mentordesk.vault import Vault
def read_keyfile(folder):
    raise RuntimeError("cannot read the notes of {name}")
Vault.read_keyfile = staticmethod(read_keyfile)
from mentordesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_error_during_a_smoke_run_start_is_one_line_and_exit_70(vault_dir, tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        MENTORDESK_PASSPHRASE=PASSPHRASE,
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(name=MENTEE), "gui", "--vault", str(vault_dir),
         "--exit-after-load"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == EXIT_UNEXPECTED
    assert "Traceback" not in proc.stderr and MENTEE not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "mentordesk: MentorDesk met an unexpected error (RuntimeError). Nothing saved was lost."
    )
    [report] = (tmp_path / "state" / "MentorDesk" / "crash-reports").iterdir()
    assert MENTEE not in report.read_text("utf-8") and mode(report) == 0o600


# -- a broken keychain at start: the passphrase is asked for -------------------------------
def test_a_raising_keychain_at_start_asks_for_the_passphrase(
    vault_dir, memory_keyring, qtbot, clock, message_boxes, capfd
):
    from mentordesk.ui.app import AppController

    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        vault.set_remember(True)
    keyring.set_keyring(BrokenKeyring())
    asked: list[UnlockDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, answer)
            return
        asked.append(dialog)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.try_unlock()

    ctl = AppController(vault_dir, clock=clock)
    qtbot.addWidget(ctl.window)
    QTimer.singleShot(0, answer)
    try:
        assert ctl.start()
        assert len(asked) == 1 and ctl.vault is not None and ctl.vault.is_open
    finally:
        settle(qtbot, ctl.ops)
        if ctl.vault is not None:
            ctl.vault.close()
    assert message_boxes == []
    assert "Traceback" not in capfd.readouterr().err


# -- the settings file is private ----------------------------------------------------------
def test_the_settings_file_is_private_after_a_session(controller, tmp_path):
    from mentordesk.ui.preferences import PreferencesDialog

    settings_file = Path(controller.settings.fileName())
    settings_file.chmod(0o644)  # as an older MentorDesk left it
    settings_file.parent.chmod(0o755)
    os.umask(0o022)
    dialog = PreferencesDialog(10, 12, language="en")
    dialog.accept()  # stores the language, through a settings object of its own
    controller.window.close()  # stores the window's geometry
    controller.settings.sync()
    assert settings_file.exists() and "geometry" in settings_file.read_text()
    assert "language=en" in settings_file.read_text()
    assert mode(settings_file) == 0o600 and mode(settings_file.parent) == 0o700
    assert re.match(r".*/MentorDesk/MentorDesk\.(conf|ini)$", str(settings_file))
    assert stat.S_ISREG(settings_file.stat().st_mode)
    assert json.dumps(sorted(p.name for p in settings_file.parent.iterdir())) == json.dumps(
        [settings_file.name]
    )  # no lock or temporary file left behind
