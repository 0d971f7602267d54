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


@pytest.fixture
def controller(vault_dir, qtbot):
    from mentordesk.ui.app import AppController
    from tests.conftest import PASSPHRASE

    ctl = AppController(vault_dir)
    qtbot.addWidget(ctl.window)
    assert ctl.start(PASSPHRASE)
    yield ctl
    if ctl.vault is not None:
        ctl.vault.close()
    if ctl.unlock_dialog is not None:
        ctl.unlock_dialog.close()
