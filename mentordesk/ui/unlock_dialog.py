"""Unlock a vault with its passphrase, or with the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from mentordesk.errors import ThrottledError
from mentordesk.ui.ops import Ops
from mentordesk.ui.widgets import ErrorLabel, as_data
from mentordesk.vault import Vault


class UnlockDialog(QDialog):
    """Unlocking runs on a worker (the key derivation, and an upgrade of an older vault,
    with its progress); the dialog closes once the vault is open."""

    def __init__(self, folder: Path, ops: Ops, note: str = "", parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.ops = ops
        self.vault: Vault | None = None
        self.used_recovery = False
        self.setWindowTitle(self.tr("Unlock MentorDesk"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h3>Your vault is locked</h3>"))
        where = QLabel(self.tr("Vault: {0}").format(self.folder))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(where)
        if note:
            self.note = QLabel(note)
            self.note.setStyleSheet("background: #eef4ff; border-radius: 4px;")
            self.note.setMargin(8)
            layout.addWidget(self.note)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.use_recovery = QCheckBox(self.tr("I forgot it: use my &recovery code"))
        form.addRow("", self.use_recovery)
        self.recovery = as_data(QLineEdit())  # the placeholder shows the form of the code
        self.recovery.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recovery.setAccessibleName(self.tr("Recovery code"))
        self.recovery_label = QLabel(self.tr("Recovery &code:"))
        self.recovery_label.setBuddy(self.recovery)
        form.addRow(self.recovery_label, self.recovery)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.use_recovery.toggled.connect(self._mode_changed)
        self._mode_changed(False)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait = 0
        self.resize(460, 0)

    def _mode_changed(self, recovery: bool) -> None:
        self.recovery.setVisible(recovery)
        self.recovery_label.setVisible(recovery)
        self.passphrase.setEnabled(not recovery)
        (self.recovery if recovery else self.passphrase).setFocus()
        self.error.clear_error()

    def try_unlock(self) -> None:
        self.error.clear_error()
        folder, recovery = self.folder, self.use_recovery.isChecked()
        secret = self.recovery.text() if recovery else self.passphrase.text()

        def open_vault(job) -> Vault:
            if recovery:
                return Vault.open_with_recovery_code(folder, secret, progress=job.step)
            return Vault.open_with_passphrase(folder, secret, progress=job.step)

        self.running = self.ops.start(
            open_vault,
            write=True,
            needs_vault=False,
            title=self.tr("Unlocking"),
            cancellable=False,  # one step: nothing to stop part-way
            label=self.tr("Opening the vault…"),
            parent=self,
            show=self.error.show_error,
            done=lambda vault: self._opened(vault, recovery),
            failed=self._not_opened,
        )

    def _opened(self, vault: Vault, recovery: bool) -> None:
        self.vault, self.used_recovery = vault, recovery
        self.accept()

    def _not_opened(self, exc: BaseException) -> None:
        if isinstance(exc, ThrottledError):
            self._start_wait(exc.wait_seconds, str(exc))
            return
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _start_wait(self, seconds: float, message: str) -> None:
        self._wait = int(seconds + 0.999)
        self.error.show_error(message)
        self.unlock_button.setEnabled(False)
        self._countdown.start()

    def _tick(self) -> None:
        self._wait -= 1
        if self._wait <= 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self.error.show_error(self.tr("You can try again now."))
        else:
            self.error.show_error(
                self.tr("Too many wrong tries in a row. Try again in %n second(s).", "", self._wait)
            )
