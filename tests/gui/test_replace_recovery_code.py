"""File › Replace recovery code…: the passphrase first, then the new code, kept until stored."""

from mentordesk.errors import WrongRecoveryCode
from mentordesk.ui.recovery_code import ReplaceRecoveryCodeDialog
from mentordesk.vault import Vault
from tests.conftest import PASSPHRASE


def test_replace_the_recovery_code(controller, qtbot, recovery_code, tmp_path):
    vault = controller.vault
    dialog = ReplaceRecoveryCodeDialog(vault, controller.ops, "Test Mentor")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.view.code)))
    assert "old</b> code only" in texts
    dialog.passphrase.setText("wrong passphrase")
    dialog.try_replace()
    controller.ops.wait()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "not right" in dialog.error.text() and dialog.new_code == ""

    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_replace()
    controller.ops.wait()
    qtbot.waitUntil(lambda: dialog.new_code != "")
    assert dialog.view.code.text() == dialog.new_code != recovery_code
    assert dialog.stack.currentIndex() == 1 and not dialog.done_button.isEnabled()
    dialog.reject()  # not yet stored: the dialog stays
    assert dialog.isVisible() and "store the new one first" in dialog.view.status.text()
    dialog.view.save_to(tmp_path / "sheet.pdf")
    controller.ops.wait()
    qtbot.waitUntil(lambda: (tmp_path / "sheet.pdf").exists())
    assert (tmp_path / "sheet.pdf").stat().st_mode & 0o777 == 0o600
    dialog.stored.setChecked(True)
    dialog.done_button.click()
    assert not dialog.isVisible()

    folder, new_code = vault.folder, dialog.new_code
    try:
        Vault.open_with_recovery_code(folder, recovery_code).close()
        raise AssertionError("the old code still opens the vault")
    except WrongRecoveryCode:
        pass
    Vault.open_with_recovery_code(folder, new_code).close()
