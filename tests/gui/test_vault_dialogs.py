"""Set-up wizard and unlock dialog, driven as a mentor would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentordesk.services.profile import get_profile
from mentordesk.ui.setup_wizard import SetupWizard
from mentordesk.ui.unlock_dialog import UnlockDialog
from mentordesk.vault import Vault
from tests.conftest import PASSPHRASE, snapshot
from tests.gui.conftest import settle


def test_setup_wizard_creates_a_vault_and_shows_the_recovery_code(qtbot, tmp_path, bare_ops):
    folder = tmp_path / "mine"
    wizard = SetupWizard(folder, bare_ops)
    qtbot.addWidget(wizard)
    wizard.show()
    profile = wizard.profile_page
    wizard.next()
    assert wizard.currentPage() is profile  # no name yet
    assert "enter your name" in profile.error.text()
    qtbot.keyClicks(profile.name, "Sam Okafor")
    qtbot.keyClicks(profile.role, "Clinical practice mentor")
    wizard.next()
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.fields.passphrase, "password1234")
    assert page.fields.meter.value() <= 1 and page.fields.strength.text()
    qtbot.keyClicks(page.fields.confirm, "password1234")
    wizard.next()
    assert wizard.currentPage() is page and "too easy" in page.error.text()
    assert not folder.exists()
    page.fields.passphrase.setText("maple kettle orbit saddle")
    page.fields.confirm.setText("maple kettle orbit sadle")
    wizard.next()
    assert "not the same" in page.error.text() and not folder.exists()
    page.fields.confirm.setText("maple kettle orbit saddle")
    assert page.fields.meter.value() >= 3
    wizard.next()
    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery
    code = recovery.code.text()
    assert code == wizard.recovery_code and len(code.split("-")) == 6
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    qtbot.mouseClick(recovery.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == code
    recovery.save_to(tmp_path / "code.pdf")
    settle(qtbot, bare_ops)
    assert (tmp_path / "code.pdf").read_bytes().startswith(b"%PDF")
    recovery.confirmed.setChecked(True)
    assert finish.isEnabled()
    wizard.vault.close()
    with Vault.open_with_recovery_code(folder, code) as vault, vault.session() as db:
        assert get_profile(db).full_name == "Sam Okafor"
    Vault.open_with_passphrase(folder, "maple kettle orbit saddle").close()


def test_unlock_dialog_wrong_then_right_passphrase(qtbot, vault_dir, bare_ops):
    dialog = UnlockDialog(vault_dir, bare_ops)
    qtbot.addWidget(dialog)
    dialog.show()
    before = snapshot(vault_dir)
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bare_ops)
    assert dialog.vault is None and dialog.isVisible()
    assert "not right" in dialog.error.text() and dialog.error.isVisible()
    assert snapshot(vault_dir) == before
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None and dialog.vault.is_open
    dialog.vault.close()


def test_unlock_dialog_recovery_code(qtbot, vault_dir, recovery_code, bare_ops):
    dialog = UnlockDialog(vault_dir, bare_ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.recovery.isVisible()
    dialog.use_recovery.setChecked(True)
    assert dialog.recovery.isVisible() and not dialog.passphrase.isEnabled()
    qtbot.keyClicks(dialog.recovery, recovery_code.lower())
    with qtbot.waitSignal(dialog.accepted):
        dialog.try_unlock()
    assert dialog.used_recovery
    dialog.vault.close()


def test_unlock_dialog_waits_after_five_wrong_tries(qtbot, vault_dir, bare_ops):
    dialog = UnlockDialog(vault_dir, bare_ops)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        dialog.passphrase.setText("wrong wrong wrong")
        dialog.try_unlock()
        settle(qtbot, bare_ops)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    settle(qtbot, bare_ops)
    assert dialog.vault is None
    assert not dialog.unlock_button.isEnabled()
    assert "Try again in" in dialog.error.text()
