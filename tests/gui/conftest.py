"""GUI fixtures: offscreen Qt, settings in a temp folder, a controller on a test vault."""

import os

# Two laptop screens, as the app is used on: 1366×768 (the first) and 1280×720.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={os.path.join(os.path.dirname(__file__), 'screens.json')}"
)

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from tests.gui.windows import ANCHOR


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

    def unanswered(box):  # a box made by hand and run: recorded, closed with no button
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.NoButton)

    monkeypatch.setattr(QMessageBox, "exec", unanswered)
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


# -- the demo vault and the main window on it ---------------------------------------------
@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One small demo vault for the session, built with the user folders kept aside."""
    from mentordesk.services.demo import build_demo

    home = tmp_path_factory.mktemp("demo-home")
    with pytest.MonkeyPatch.context() as mp:
        for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            mp.setenv(var, str(home / var.lower()))
        folder = tmp_path_factory.mktemp("demo") / "vault"
        vault, _code = build_demo(folder, "small", anchor=ANCHOR)
        vault.close()
    return folder


@pytest.fixture
def demo_vault(demo_template, tmp_path):
    from mentordesk.services.demo.builder import DEMO_PASSPHRASE
    from mentordesk.vault import Vault

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    vault = Vault.open_with_passphrase(folder, DEMO_PASSPHRASE)
    yield vault
    if vault.is_open:
        vault.close()


@pytest.fixture
def demo_window(demo_vault, qtbot):
    """The main window on the demo vault, shown, as on the demo's day."""
    from mentordesk import APP_NAME
    from mentordesk.clock import FixedClock
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.ops import Ops

    ops = Ops(FixedClock(ANCHOR))
    ops.set_vault(demo_vault)
    main = MainWindow(QSettings(APP_NAME, APP_NAME), ops)
    qtbot.addWidget(main)
    main.set_vault(demo_vault)
    main.show()
    yield main
    ops.wait()
    main.idle.stop()
    QCoreApplication.instance().removeEventFilter(main.idle)
