"""GUI fixtures: offscreen Qt, settings in a temp folder, a controller on a test vault."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def qt_settings_in_tmp(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for form in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Warnings and errors are recorded instead of waiting for a click: (title, text)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *_args, **_kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    # A question nobody answers is closed without its action (a test that wants "Yes"
    # says so), so a test never waits on a click.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return shown


@pytest.fixture
def controller(vault_dir, qtbot, clock):
    from mentordesk.ui.app import AppController
    from tests.conftest import PASSPHRASE

    ctl = AppController(vault_dir, passphrase=PASSPHRASE, clock=clock)
    qtbot.addWidget(ctl.window)
    assert ctl.start()
    yield ctl
    ctl.ops.wait()
    if ctl.vault is not None:
        ctl.vault.close()
    if ctl.unlock_dialog is not None:
        ctl.unlock_dialog.close()
    ctl.release()


@pytest.fixture
def bare_ops(clock, qapp):
    """The operations helper before any vault is open (set-up, unlock)."""
    from mentordesk.ui.ops import Ops

    ops = Ops(clock)
    yield ops
    ops.wait()


@pytest.fixture
def ops(vault, bare_ops):
    """The operations helper on an open test vault."""
    bare_ops.set_vault(vault)
    return bare_ops


def settle(qtbot, ops) -> None:
    """Wait until every job started on ``ops`` has landed on the GUI thread."""
    qtbot.waitUntil(lambda: not ops.busy, timeout=20000)
