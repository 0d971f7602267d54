"""Starting the app: first run, unlock, the main window, and locking again."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from mentordesk import APP_NAME, paths
from mentordesk.errors import MentorDeskError
from mentordesk.ui.first_run import FirstRunDialog
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.setup_wizard import SetupWizard
from mentordesk.ui.unlock_dialog import UnlockDialog
from mentordesk.vault import Vault


def demo_note() -> str:
    from mentordesk.services.demo.builder import DEMO_PASSPHRASE

    return (
        f"This is the demo vault: a fictional mentor's year. "
        f"Its passphrase is <b>{DEMO_PASSPHRASE}</b>"
    )


class AppController:
    """Owns the one open vault and moves between unlocked and locked."""

    def __init__(self, folder: Path, *, is_demo: bool = False):
        self.folder = folder
        self.is_demo = is_demo
        self.vault: Vault | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.settings = QSettings(APP_NAME, APP_NAME)
        self.window = MainWindow(self.settings)
        self.window.lock_requested.connect(self.lock)

    # -- getting a vault -------------------------------------------------------------
    def build_demo(self) -> None:
        from mentordesk.services.demo import build_demo

        progress = QProgressDialog("Building the demo vault…", "", 0, 100)
        progress.setCancelButton(None)
        progress.setWindowTitle(APP_NAME)
        progress.setMinimumDuration(0)

        def report(done: int, total: int, label: str) -> None:
            progress.setLabelText(label)
            progress.setValue(int(100 * done / max(total, 1)))
            QApplication.processEvents()

        vault, _code = build_demo(self.folder, "small", progress=report)
        progress.close()
        self.vault = vault

    def first_run(self) -> bool:
        chooser = FirstRunDialog()
        if not chooser.exec():
            return False
        if chooser.choice == FirstRunDialog.DEMO:
            self.folder, self.is_demo = paths.demo_vault_dir(), True
            if Vault.exists(self.folder):
                return self.unlock()
            self.build_demo()
            QMessageBox.information(None, APP_NAME, demo_note())
            return True
        wizard = SetupWizard(self.folder)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.vault is None:
            if wizard.vault is not None:
                self.vault = wizard.vault
                return True
            return False
        self.vault = wizard.vault
        return True

    def unlock(self, passphrase: str | None = None) -> bool:
        if passphrase:
            try:
                self.vault = Vault.open_with_passphrase(self.folder, passphrase)
                return True
            except MentorDeskError as exc:
                print(f"mentordesk: {exc}", file=sys.stderr)
        else:
            try:
                self.vault = Vault.open_with_keychain(self.folder)
            except MentorDeskError:
                self.vault = None
            if self.vault is not None:
                return True
        dialog = UnlockDialog(self.folder, demo_note() if self.is_demo else "")
        if not dialog.exec():
            return False
        self.vault = dialog.vault
        return self.vault is not None

    def start(self, passphrase: str | None = None) -> bool:
        try:
            if Vault.exists(self.folder):
                Vault.read_keyfile(self.folder)  # report a damaged vault before any dialog
        except MentorDeskError as exc:
            QMessageBox.critical(None, APP_NAME, str(exc))
            return False
        if not Vault.exists(self.folder):
            if self.is_demo:
                self.build_demo()
                if not passphrase:
                    QMessageBox.information(None, APP_NAME, demo_note())
            elif not self.first_run():
                return False
        elif not self.unlock(passphrase):
            return False
        self.show_unlocked()
        return True

    # -- unlocked and locked -----------------------------------------------------------
    def show_unlocked(self) -> None:
        self.window.set_vault(self.vault)
        self.window.show()

    def lock(self) -> None:
        """Dispose the engine, clear every view, and ask for the passphrase again."""
        if self.vault is None:
            return
        self.vault.close()
        self.vault = None
        self.window.clear()
        self.window.hide()
        self.unlock_dialog = UnlockDialog(self.folder, demo_note() if self.is_demo else "")
        self.unlock_dialog.accepted.connect(self._unlocked_again)
        self.unlock_dialog.rejected.connect(QApplication.instance().quit)
        self.unlock_dialog.open()

    def _unlocked_again(self) -> None:
        self.vault = self.unlock_dialog.vault
        self.unlock_dialog = None
        self.show_unlocked()


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app


def run(
    vault_dir: Path | None = None,
    demo: bool = False,
    passphrase: str | None = None,
    exit_after_load: bool = False,
) -> int:
    app = make_app()
    folder = (
        Path(vault_dir)
        if vault_dir
        else (paths.demo_vault_dir() if demo else paths.default_vault_dir())
    )
    controller = AppController(folder, is_demo=demo)
    if not controller.start(passphrase):
        return 1
    if exit_after_load:
        app.processEvents()
        ok = controller.window.isVisible() and controller.window.dashboard.heading.text()
        controller.vault.close()
        return 0 if ok else 1
    QTimer.singleShot(0, controller.window.raise_)
    code = app.exec()
    if controller.vault is not None:
        controller.vault.close()
    return code
