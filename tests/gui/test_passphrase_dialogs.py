"""Changing the passphrase, and setting a new one after unlocking with the recovery code."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mentordesk.errors import WrongPassphrase
from mentordesk.ui.passphrase import ChangePassphraseDialog, ResetPassphraseDialog
from mentordesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import settle

NEW = "copper lantern meadow violin"


def test_change_passphrase_checks_every_field(qtbot, vault, ops):
    dialog = ChangePassphraseDialog(vault, ops)
    qtbot.addWidget(dialog)
    dialog.current.setText("not the current one")
    dialog.fields.passphrase.setText(NEW)
    dialog.fields.confirm.setText(NEW)
    dialog.try_save()
    settle(qtbot, ops)
    assert "not right" in dialog.error.text() and not dialog.result()
    dialog.current.setText(PASSPHRASE)
    dialog.fields.passphrase.setText("password1234")
    dialog.fields.confirm.setText("password1234")
    dialog.try_save()
    assert "too easy" in dialog.error.text()
    dialog.fields.passphrase.setText(NEW)
    dialog.fields.confirm.setText(NEW + "!")
    dialog.try_save()
    assert "not the same" in dialog.error.text()
    with pytest.raises(WrongPassphrase):  # nothing was changed yet
        Vault.open_with_passphrase(vault.folder, NEW)
    dialog.fields.confirm.setText(NEW)
    dialog.try_save()
    settle(qtbot, ops)
    assert dialog.result() == dialog.DialogCode.Accepted
    Vault.open_with_passphrase(vault.folder, NEW).close()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(vault.folder, PASSPHRASE)


def _answer_reset(qtbot, passphrase: str | None) -> bool:
    """Answer the new-passphrase dialog once it is up; False while it is not yet."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, ResetPassphraseDialog):
        return False
    if passphrase is None:
        dialog.reject()
        return True
    dialog.fields.passphrase.setText(passphrase)
    dialog.fields.confirm.setText(passphrase)
    dialog.try_save()
    return True


def _lock_and_recover(controller, qtbot, recovery_code: str, new: str | None) -> None:
    controller.lock()
    dialog = controller.unlock_dialog
    dialog.use_recovery.setChecked(True)
    dialog.recovery.setText(recovery_code)
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: _answer_reset(qtbot, new) and poll.stop())
    poll.start()
    dialog.try_unlock()
    qtbot.waitUntil(lambda: controller.vault is not None and controller.window.isVisible())


def test_recovery_code_unlock_then_new_passphrase(controller, qtbot, recovery_code):
    folder = controller.folder
    _lock_and_recover(controller, qtbot, recovery_code, NEW)
    assert controller.vault.is_open
    Vault.open_with_passphrase(folder, NEW).close()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(folder, PASSPHRASE)
    Vault.open_with_recovery_code(folder, recovery_code).close()  # the code still works


def test_recovery_code_unlock_new_passphrase_later(controller, qtbot, recovery_code):
    _lock_and_recover(controller, qtbot, recovery_code, None)
    assert controller.vault.is_open
    Vault.open_with_passphrase(controller.folder, PASSPHRASE).close()
