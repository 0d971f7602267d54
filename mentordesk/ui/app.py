"""Starting the app: first run, unlock, the main window, and locking again."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from mentordesk import APP_NAME, paths
from mentordesk.clock import SYSTEM_CLOCK, Clock
from mentordesk.errors import EXIT_UNEXPECTED, MentorDeskError
from mentordesk.ui.auto_backup import OnClose, run_if_due
from mentordesk.ui.guard import Guard
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.ops import Job, Ops, Running
from mentordesk.ui.settings import open_settings
from mentordesk.ui.unlock_dialog import UnlockDialog
from mentordesk.vault import Vault
from mentordesk.vault.owner import Owner


def demo_note() -> str:
    from mentordesk.services.demo.builder import DEMO_PASSPHRASE

    return QApplication.translate(
        "AppController",
        "This is the demo vault: a fictional mentor's year. Its passphrase is <b>{0}</b>",
    ).format(DEMO_PASSPHRASE)


def warm_up(_job: Job) -> None:
    from mentordesk.services.warmup import warm_up as load

    load()


class AppController:
    """Owns the one open vault and moves between unlocked and locked."""

    def __init__(
        self,
        folder: Path,
        *,
        is_demo: bool = False,
        interactive: bool = True,
        clock: Clock = SYSTEM_CLOCK,
        passphrase: str | None = None,
    ):
        self.folder = folder
        self.is_demo = is_demo
        self.interactive = interactive  # False: never wait on a dialog (smoke runs)
        self.vault: Vault | None = None
        self.owner: Owner | None = None  # this app is the vault's one writer while it runs
        self.unlock_dialog: UnlockDialog | None = None
        self.settings = open_settings()  # its file 0600 before Qt writes to it
        self.ops = Ops(clock)
        # With a passphrase given, the key is derived on a worker while the window is built.
        self._opening: Running | None = None
        if passphrase and Vault.exists(folder):
            self._opening = self.open_with_passphrase(passphrase)
        self.window = MainWindow(self.settings, self.ops)
        self.window.lock_requested.connect(self.lock)
        self._locking = False
        # Closing the main window quits: the day's automatic backup is made first.
        self._on_close = OnClose(self._before_quit, self.window)
        self.window.installEventFilter(self._on_close)

    # -- getting a vault -------------------------------------------------------------
    def open_with_passphrase(self, passphrase: str) -> Running:
        folder = self.folder
        return self.ops.start(
            lambda job: Vault.open_with_passphrase(folder, passphrase, progress=job.step),
            write=True,
            needs_vault=False,
            title=QApplication.translate("AppController", "Unlocking"),
            label=QApplication.translate("AppController", "Opening the vault…"),
            cancellable=False,
            show=lambda text: print(f"mentordesk: {text}", file=sys.stderr),
        )

    def build_demo(self) -> bool:
        from mentordesk.services.demo import build_demo

        folder, existed = self.folder, self.folder.exists()
        running = self.ops.start(
            lambda job: build_demo(folder, "small", anchor=job.today, progress=job.progress)[0],
            write=True,
            needs_vault=False,
            title=QApplication.translate("AppController", "Building the demo vault"),
            label=QApplication.translate("AppController", "Building the demo vault…"),
            delay_ms=0,
        )
        outcome = self.ops.wait_for(running)
        if not outcome:
            # A demo cancelled or failed part-way is not kept: it would be a broken year.
            if not existed and folder.exists():
                shutil.rmtree(folder, ignore_errors=True)
            return False
        self.vault = outcome.value
        return True

    def first_run(self) -> bool:
        from mentordesk.ui.first_run import FirstRunDialog
        from mentordesk.ui.setup_wizard import SetupWizard

        chooser = FirstRunDialog()
        if not chooser.exec():
            return False
        if chooser.choice == FirstRunDialog.RESTORE:
            from mentordesk.ui.backup_actions import restore_from_file

            if restore_from_file(None, self.ops, target=self.folder) is None:
                return self.first_run()  # back to the choice
            return self.unlock()
        if chooser.choice == FirstRunDialog.DEMO:
            self.folder, self.is_demo = paths.demo_vault_dir(), True
            if Vault.exists(self.folder):
                return self.unlock()
            if not self.build_demo():
                return False
            QMessageBox.information(None, APP_NAME, demo_note())
            return True
        wizard = SetupWizard(self.folder, self.ops)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.vault is None:
            if wizard.vault is not None:
                self.vault = wizard.vault
                return True
            return False
        self.vault = wizard.vault
        return True

    def unlock(self) -> bool:
        """Unlock: the passphrase given at start, else the keychain, else ask."""
        if self._opening is not None:
            opening, self._opening = self._opening, None
            outcome = self.ops.wait_for(opening)
            if outcome:
                self.vault = outcome.value
                return True
        else:
            folder = self.folder
            remembered = self.ops.wait_for(
                self.ops.start(
                    lambda job: Vault.open_with_keychain(folder, progress=job.step),
                    write=True,
                    needs_vault=False,
                    title=QApplication.translate("AppController", "Unlocking"),
                    cancellable=False,
                    show=lambda _text: None,  # no key remembered: the passphrase is asked for
                )
            )
            if remembered and remembered.value is not None:
                self.vault = remembered.value
                return True
        if not self.interactive:
            return False
        dialog = UnlockDialog(self.folder, self.ops, demo_note() if self.is_demo else "")
        if not dialog.exec():
            return False
        self.vault = dialog.vault
        self._offer_new_passphrase(dialog)
        return self.vault is not None

    def _abandon_opening(self) -> None:
        """Close a vault being opened in the background when the app will not use it."""
        if self._opening is not None:
            opening, self._opening = self._opening, None
            outcome = self.ops.wait_for(opening)
            if outcome and outcome.value is not None:
                outcome.value.close()

    def _offer_new_passphrase(self, dialog: UnlockDialog) -> None:
        """After the recovery code, the old passphrase is forgotten: set a new one now."""
        if dialog.used_recovery and self.vault is not None:
            from mentordesk.ui.passphrase import ResetPassphraseDialog

            ResetPassphraseDialog(self.vault, self.ops, self.window).exec()

    def start(self) -> bool:
        """Get an open vault (create, unlock or build the demo) and show the main window."""
        try:
            if Vault.exists(self.folder):
                Vault.read_keyfile(self.folder)  # report a damaged vault before any dialog
                self._claim(self.folder)  # and one open elsewhere before asking anything
        except MentorDeskError as exc:
            self._abandon_opening()
            self._report(str(exc))
            return False
        if not Vault.exists(self.folder):
            if self.is_demo:
                if not self.build_demo():
                    return False
                if self.interactive:
                    QMessageBox.information(None, APP_NAME, demo_note())
            elif not self.interactive:
                self._report(
                    QApplication.translate("AppController", "There is no vault in {0}.").format(
                        self.folder
                    )
                )
                return False
            elif not self.first_run():
                return False
        elif not self.unlock():
            return False
        self.show_unlocked()
        return True

    def _warn(self, message: str) -> None:
        if self.interactive:
            QMessageBox.warning(
                None, QApplication.translate("AppController", "The audit record"), message
            )
        else:
            print(f"mentordesk: warning: {message}", file=sys.stderr)

    def _report(self, message: str) -> None:
        if self.interactive:
            QMessageBox.critical(None, APP_NAME, message)
        else:
            print(f"mentordesk: {message}", file=sys.stderr)

    # -- unlocked and locked -----------------------------------------------------------
    def _claim(self, folder: Path) -> None:
        if self.owner is not None and self.owner.folder == Path(folder) and self.owner.held:
            return
        if self.owner is not None:
            self.owner.release()
        self.owner = None
        self.owner = Owner(folder, QApplication.translate("AppController", "the MentorDesk app"))
        try:
            self.owner.claim()
        except MentorDeskError:
            self.owner = None
            raise

    def release(self) -> None:
        """Let another MentorDesk have the vault (when this app ends)."""
        if self.owner is not None:
            self.owner.release()
            self.owner = None

    def show_unlocked(self) -> None:
        vault = self.vault
        assert vault is not None  # every way here opens the vault first
        try:
            self._claim(vault.folder)  # a vault made just now is claimed once it exists
        except MentorDeskError as exc:
            self._report(str(exc))
        if vault.integrity_warning:
            self._warn(vault.integrity_warning)
        self.ops.set_vault(vault)
        self.window.set_vault(vault)
        self.window.show()
        if self.interactive:
            QTimer.singleShot(0, self.window.offer_to_resume)

    def lock(self) -> None:
        """Make the day's automatic backup (when due), dispose the engine, clear every view,
        and ask for the passphrase again."""
        if self.vault is None or self._locking:
            return
        self._locking = True
        try:
            self.ops.cancel_all()  # work under way stops (rolled back) and lands before the
            self.ops.wait(timeout_ms=None)  # key goes; what cannot stop is finished first
            self.window.clear()  # nothing of the vault stays on screen during the backup
            self.window.hide()
            failure = self._auto_backup()
            self._close_vault()
        finally:
            self._locking = False
        self.unlock_dialog = UnlockDialog(
            self.folder, self.ops, demo_note() if self.is_demo else ""
        )
        self.unlock_dialog.accepted.connect(self._unlocked_again)
        self.unlock_dialog.rejected.connect(QApplication.quit)
        self.unlock_dialog.open()
        if failure:  # told once the vault is locked: a message never holds it open
            dialog = self.unlock_dialog
            QTimer.singleShot(0, lambda: self._tell_backup_failure(failure, dialog))

    def _close_vault(self) -> None:
        if self.vault is None:
            return
        self.ops.set_vault(None)
        self.vault.close()
        self.vault = None
        self.window.clear()

    # -- automatic backups ---------------------------------------------------------------
    def _auto_backup(self) -> str | None:
        """The day's automatic backup, if it is on and due; why it failed, or None."""
        if self.vault is None or not self.vault.is_open:
            return None
        return run_if_due(self.ops, self.settings, self.window)

    def _before_quit(self) -> None:
        """The main window is closing (MentorDesk quits): back up first when due. A backup
        that fails is told, and MentorDesk quits all the same."""
        if self.vault is None or not self.vault.is_open or self._locking:
            return
        self.ops.wait()  # work under way lands first
        failure = self._auto_backup()
        if failure:
            self._close_vault()  # the message waits for a click: the vault need not
            self._tell_backup_failure(failure, None)

    def _tell_backup_failure(self, text: str, parent) -> None:  # noqa: ANN001 - a widget or None
        if self.interactive:
            QMessageBox.warning(
                parent, QApplication.translate("AppController", "Automatic backup failed"), text
            )
        else:
            print(f"mentordesk: {text}", file=sys.stderr)

    def _unlocked_again(self) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if dialog is None:  # only the dialog lock() opened is accepted here
            return
        self.vault = dialog.vault
        self.show_unlocked()
        self._offer_new_passphrase(dialog)


def make_app() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # No display name: Qt would add " — MentorDesk" to every dialog's title, which on a
    # small message box cuts the title itself ("Cance… rDesk").
    from mentordesk.ui import style
    from mentordesk.ui.i18n import install_translator

    style.install(app)

    install_translator(app)  # before any widget is made
    return app


def run(
    vault_dir: Path | None = None,
    demo: bool = False,
    passphrase: str | None = None,
    exit_after_load: bool = False,
    visit_all: bool = False,
) -> int:
    """Run the app. With ``exit_after_load`` it returns 0 once the dashboard is shown
    filled (after showing every module's page too, with ``visit_all``).

    Every file it makes is private (umask 077 as a backstop), and anything unexpected ends
    in one clear message and a crash report, never a traceback (:mod:`.guard`).
    """
    with paths.private_files():
        app = make_app()
        guard = Guard(interactive=not exit_after_load)
        guard.install()
        try:
            return _run(app, guard, vault_dir, demo, passphrase, exit_after_load, visit_all)
        finally:
            guard.uninstall()


def _run(
    app: QApplication,
    guard: Guard,
    vault_dir: Path | None,
    demo: bool,
    passphrase: str | None,
    exit_after_load: bool,
    visit_all: bool,
) -> int:
    folder = paths.vault_folder(vault_dir, demo=demo)
    controller: AppController | None = None
    try:
        controller = AppController(
            folder, is_demo=demo, interactive=not exit_after_load, passphrase=passphrase
        )
        if not controller.start():
            controller.release()
            return 1
    except MentorDeskError as exc:  # one that start-up did not expect: told all the same
        if controller is not None:
            controller._report(str(exc))
        else:
            print(f"mentordesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - a fault: one message and a crash report
        guard.started = True  # told here, and returned from: nothing to end
        guard.handle(exc, where="start-up")
        return EXIT_UNEXPECTED
    guard.started = True
    if exit_after_load:
        app.processEvents()
        window = controller.window
        ok = window.isVisible() and window.dashboard.shown_day is not None
        if visit_all:
            for row in range(len(window.modules)):
                window.sidebar.setCurrentRow(row)
                app.processEvents()
            ok = ok and len(window.built_pages()) == len(window.modules)
        if controller.vault is not None:
            controller.vault.close()
        controller.release()
        return 0 if ok else 1
    QTimer.singleShot(0, controller.window.raise_)
    controller.ops.start(warm_up, write=False, needs_vault=False, blocking=False, title="")
    code = app.exec()
    controller.ops.wait()
    if controller.vault is not None:
        controller.vault.close()
    controller.release()
    return code
