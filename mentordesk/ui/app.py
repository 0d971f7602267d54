"""Starting the app: first run, unlock, the main window, and locking again."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from mentordesk import APP_NAME, paths
from mentordesk.errors import MentorDeskError
from mentordesk.ui import warmup
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.unlock_dialog import UnlockDialog
from mentordesk.vault import Vault
from mentordesk.vault.vault import OpeningInBackground


def demo_note() -> str:
    from mentordesk.services.demo.builder import DEMO_PASSPHRASE

    return (
        f"This is the demo vault: a fictional mentor's year. "
        f"Its passphrase is <b>{DEMO_PASSPHRASE}</b>"
    )


class AppController:
    """Owns the one open vault and moves between unlocked and locked."""

    def __init__(self, folder: Path, *, is_demo: bool = False, interactive: bool = True):
        self.folder = folder
        self.is_demo = is_demo
        self.interactive = interactive  # False: never wait on a dialog (smoke runs)
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
        from mentordesk.ui.first_run import FirstRunDialog
        from mentordesk.ui.setup_wizard import SetupWizard

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

    def unlock(
        self, passphrase: str | None = None, opening: OpeningInBackground | None = None
    ) -> bool:
        if passphrase or opening:
            try:
                if opening is not None:
                    self.vault = opening.result()
                else:
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
        if not self.interactive:
            return False
        dialog = UnlockDialog(self.folder, demo_note() if self.is_demo else "")
        if not dialog.exec():
            return False
        self.vault = dialog.vault
        self._offer_new_passphrase(dialog)
        return self.vault is not None

    def _offer_new_passphrase(self, dialog: UnlockDialog) -> None:
        """After the recovery code, the old passphrase is forgotten: set a new one now."""
        if dialog.used_recovery and self.vault is not None:
            from mentordesk.ui.passphrase import ResetPassphraseDialog

            ResetPassphraseDialog(self.vault, self.window).exec()

    def start(
        self, passphrase: str | None = None, opening: OpeningInBackground | None = None
    ) -> bool:
        """Get an open vault (create, unlock or build the demo) and show the main window.

        ``opening`` is a passphrase unlock already under way on another thread.
        """
        try:
            if Vault.exists(self.folder):
                Vault.read_keyfile(self.folder)  # report a damaged vault before any dialog
        except MentorDeskError as exc:
            self._report(str(exc))
            return False
        if not Vault.exists(self.folder):
            if self.is_demo:
                self.build_demo()
                if not passphrase and self.interactive:
                    QMessageBox.information(None, APP_NAME, demo_note())
            elif not self.interactive:
                self._report(f"There is no vault in {self.folder}.")
                return False
            elif not self.first_run():
                return False
        elif not self.unlock(passphrase, opening):
            return False
        self.show_unlocked()
        return True

    def _report(self, message: str) -> None:
        if self.interactive:
            QMessageBox.critical(None, APP_NAME, message)
        else:
            print(f"mentordesk: {message}", file=sys.stderr)

    # -- unlocked and locked -----------------------------------------------------------
    def show_unlocked(self) -> None:
        self.window.set_vault(self.vault)
        self.window.show()
        if self.interactive:
            QTimer.singleShot(0, self.window.offer_to_resume)

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
        dialog, self.unlock_dialog = self.unlock_dialog, None
        self.vault = dialog.vault
        self.show_unlocked()
        self._offer_new_passphrase(dialog)


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
    opening: OpeningInBackground | None = None,
    visit_all: bool = False,
) -> int:
    """Run the app. With ``exit_after_load`` it returns 0 once the dashboard is shown
    filled (after showing every module's page too, with ``visit_all``)."""
    app = make_app()
    folder = paths.vault_folder(vault_dir, demo=demo)
    controller = AppController(folder, is_demo=demo, interactive=not exit_after_load)
    if not controller.start(passphrase, opening):
        return 1
    if exit_after_load:
        app.processEvents()
        window = controller.window
        ok = window.isVisible() and window.dashboard.heading.text().startswith("<h2>Today")
        if visit_all:
            for row in range(len(window.modules)):
                window.sidebar.setCurrentRow(row)
                app.processEvents()
            ok = ok and len(window.built_pages()) == len(window.modules)
        controller.vault.close()
        return 0 if ok else 1
    QTimer.singleShot(0, controller.window.raise_)
    warming = warmup.start()  # loads the ORM while the mentor reads the dashboard
    code = app.exec()
    if controller.vault is not None:
        controller.vault.close()
    warming.join()
    return code
