"""The operations helper: work on a worker with progress and Cancel, one write at a time,
errors told once on the GUI thread, plain data only, and never the shared connection."""

from __future__ import annotations

import errno
import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton

from mentordesk.errors import ValidationError, WrongPassphrase
from mentordesk.services import mentees
from mentordesk.ui.ops import Cancelled, message_for
from mentordesk.vault import Vault
from tests.conftest import PASSPHRASE, snapshot
from tests.gui.conftest import settle


def names(vault) -> list[str]:
    return [row[0] for row in vault.connection.execute("SELECT full_name FROM mentee ORDER BY id")]


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_progress_is_shown_with_its_count_and_closed_when_done(ops, qtbot):
    release = threading.Event()

    def work(job):
        for step in range(5):
            job.progress(step, 5, f"Step {step + 1} of 5")
            if step == 2:
                release.wait(5)
        return "finished"

    running = ops.start(work, write=False, title="Working", delay_ms=0)
    qtbot.waitUntil(lambda: running.dialog is not None and running.dialog.value() == 2)
    assert running.dialog.maximum() == 5 and running.dialog.labelText() == "Step 3 of 5"
    release.set()
    settle(qtbot, ops)
    assert running.outcome.value == "finished" and running.dialog is None


def test_quick_work_shows_no_dialog(ops, qtbot):
    running = ops.start(lambda job: 42, write=False, title="Quick")
    settle(qtbot, ops)
    assert running.outcome.value == 42 and not running.was_shown


def test_cancel_stops_a_long_write_and_leaves_the_vault_unchanged(ops, vault, qtbot):
    before, reached = names(vault), []

    def work(job):
        for n in range(200):
            mentees.create(job.db, mentees.MenteeData(full_name=f"Never kept {n}"))
            reached.append(n)
            job.progress(n, 200, "Adding mentees")
            time.sleep(0.01)

    running = ops.start(work, write=True, title="Adding", delay_ms=0)
    qtbot.waitUntil(lambda: running.dialog is not None and len(reached) >= 3)
    [cancel] = [b for b in running.dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    cancel.click()  # the dialog's own Cancel button
    settle(qtbot, ops)
    assert isinstance(running.outcome.error, Cancelled)
    assert len(reached) < 200  # it stopped at the next progress report
    assert names(vault) == before  # and what it had written was rolled back


def test_an_error_in_the_worker_becomes_one_message_on_the_gui_thread(
    ops, qtbot, monkeypatch, message_boxes
):
    threads = []
    monkeypatch.setattr(ops, "report", _recording(ops.report, threads))

    def work(job):
        raise ValidationError("full_name", "Please enter the mentee's full name.")

    failed = []
    ops.start(work, write=True, title="Add a mentee", failed=failed.append)
    settle(qtbot, ops)
    assert message_boxes == [("Add a mentee", "Please enter the mentee's full name.")]
    assert threads == [True] and isinstance(failed[0], ValidationError)


def _recording(report, threads):
    def wrapped(*args, **kwargs):
        threads.append(on_gui_thread())
        return report(*args, **kwargs)

    return wrapped


def test_an_unexpected_error_is_told_plainly_and_nothing_is_saved(ops, vault, qtbot, message_boxes):
    def work(job):
        mentees.create(job.db, mentees.MenteeData(full_name="Half Done"))
        raise RuntimeError("a bug")

    ops.start(work, write=True, title="Save")
    settle(qtbot, ops)
    [(title, text)] = message_boxes
    assert title == "Save"
    assert text.startswith("Something went wrong (RuntimeError). Nothing was saved. ")
    assert "crash report without your records" in text and "a bug" not in text
    assert "Half Done" not in names(vault)


def test_writes_run_one_at_a_time_in_the_order_started(ops, vault, qtbot):
    log, lock = [], threading.Lock()

    def writer(tag: int):
        def work(job):
            with lock:
                log.append(("in", tag))
            mentees.create(job.db, mentees.MenteeData(full_name=f"Writer {tag}"))
            time.sleep(0.05)
            with lock:
                log.append(("out", tag))

        return work

    for tag in range(3):
        ops.start(writer(tag), write=True, title="Writing", delay_ms=60_000)
    settle(qtbot, ops)
    assert log == [("in", 0), ("out", 0), ("in", 1), ("out", 1), ("in", 2), ("out", 2)]
    assert names(vault)[-3:] == ["Writer 0", "Writer 1", "Writer 2"]


def test_a_write_tells_every_page_what_it_changed(ops, qtbot):
    heard = []
    ops.changed.connect(heard.append)
    out = ops.write(lambda job: mentees.create(job.db, mentees.MenteeData(full_name="Heard Of")))
    assert out and heard and heard[0].mentees == frozenset({out.value})
    assert not heard[0].sessions and not heard[0].everything
    ops.read(lambda job: mentees.list_mentees(job.db))
    assert len(heard) == 1  # a read changes nothing


def test_a_read_cannot_write(ops, vault):
    ops.read(lambda job: mentees.create(job.db, mentees.MenteeData(full_name="Not Kept")))
    assert "Not Kept" not in names(vault)


def test_an_orm_object_never_reaches_the_gui(ops, vault):
    from mentordesk.vault.models import Mentee

    mid = ops.write(lambda job: mentees.create(job.db, mentees.MenteeData("Row"))).value
    refused = ops.read(lambda job: job.db.get(Mentee, mid), quiet=True)
    assert not refused and isinstance(refused.error, TypeError)
    assert ops.read(lambda job: mentees.get(job.db, mid)).value.full_name == "Row"


def test_a_worker_never_uses_the_vaults_shared_connection(ops, vault, qtbot):
    seen = []
    ops.start(lambda job: seen.append(job.conn is vault.connection), write=False, title="Read")
    settle(qtbot, ops)
    assert seen == [False]
    assert ops.read(lambda job: job.conn is vault.connection).value is True


def test_clicks_wait_while_work_runs(ops, qtbot):
    button, clicks = QPushButton("Do it"), []
    qtbot.addWidget(button)
    button.clicked.connect(lambda: clicks.append(1))
    button.show()
    release = threading.Event()
    ops.start(lambda job: release.wait(5), write=False, title="Busy", delay_ms=60_000)
    qtbot.mouseClick(button, _left())
    assert clicks == []  # the same action cannot be started twice
    release.set()
    settle(qtbot, ops)
    qtbot.mouseClick(button, _left())
    assert clicks == [1]


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_unlocking_on_a_worker_gives_the_vault_or_the_error(bare_ops, vault_dir, qtbot):
    def opening(passphrase: str):
        return lambda job: Vault.open_with_passphrase(vault_dir, passphrase, progress=job.step)

    running = bare_ops.start(opening(PASSPHRASE), write=True, needs_vault=False, title="Unlock")
    settle(qtbot, bare_ops)
    vault = running.outcome.value
    assert vault.connection.execute("SELECT full_name FROM mentor_profile").fetchone() == (
        "Test Mentor",
    )
    vault.close()
    before, told = snapshot(vault_dir), []
    running = bare_ops.start(
        opening("not the passphrase at all"),
        write=True,
        needs_vault=False,
        title="Unlock",
        show=told.append,
    )
    settle(qtbot, bare_ops)
    assert isinstance(running.outcome.error, WrongPassphrase) and len(told) == 1
    assert snapshot(vault_dir) == before


def test_writing_while_locked_is_refused_with_a_message(bare_ops, message_boxes):
    out = bare_ops.write(lambda job: None, title="Save")
    assert not out and message_boxes == [("Save", "The vault is locked.")]
    assert not bare_ops.read(lambda job: None)  # a read while locked is silent
    assert len(message_boxes) == 1


def test_file_errors_are_told_in_words():
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/review.pdf")
    assert "disk holding /media/usb/review.pdf is full" in message_for(full)
    denied = OSError(errno.EACCES, "Permission denied", "/etc/x.pdf")
    assert "may not write there" in message_for(denied)


def test_cancel_pressed_after_the_last_report_still_keeps_nothing(ops, vault, qtbot):
    reported, release = threading.Event(), threading.Event()

    def work(job):
        mentees.create(job.db, mentees.MenteeData(full_name="Late Cancel"))
        job.progress(1, 1, "Done")
        reported.set()
        release.wait(5)

    running = ops.start(work, write=True, title="Adding", delay_ms=60_000)
    qtbot.waitUntil(reported.is_set)
    running.cancel()
    release.set()
    settle(qtbot, ops)
    assert isinstance(running.outcome.error, Cancelled)
    assert "Late Cancel" not in names(vault)
