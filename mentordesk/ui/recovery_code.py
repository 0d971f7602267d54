"""The recovery code shown once (set-up, or after replacing it), and File › Replace recovery
code…, which says what becomes of older backups before anything changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.widgets import ErrorLabel, as_data


class RecoveryCodeView(QWidget):
    """The code in large type, Copy, Save as PDF… and a line saying what was done."""

    def __init__(
        self,
        ops,
        code: Callable[[], str],
        name: Callable[[], str],
        vault_id: Callable[[], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops, self._code, self._name, self._vault_id = ops, code, name, vault_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.code = as_data(QLabel())
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet("border: 1px solid #888; padding: 12px; border-radius: 6px;")
        self.code.setAccessibleName(self.tr("Recovery code"))
        layout.addWidget(self.code)
        buttons = QHBoxLayout()
        self.copy = QPushButton(self.tr("&Copy"))
        self.save_pdf = QPushButton(self.tr("&Save as PDF…"))
        buttons.addWidget(self.copy)
        buttons.addWidget(self.save_pdf)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.copy.clicked.connect(self._copy)
        self.save_pdf.clicked.connect(self._save_pdf)

    def refresh(self) -> None:
        self.code.setText(self._code())

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._code())
        self.status.setText(self.tr("Copied. Paste it somewhere safe, then clear the clipboard."))

    def _save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery code"),
            str(Path.home() / "mentordesk-recovery.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            chosen = Path(path)
            if chosen.suffix.lower() != ".pdf":
                chosen = chosen.with_name(chosen.name + ".pdf")
            self.save_to(chosen)

    def save_to(self, path: Path) -> None:
        """Write the printable sheet as a private file (0600, only its owner can read it)."""
        from mentordesk.documents.recovery_sheet import build_recovery_sheet

        code, name, vault_id = self._code(), self._name(), self._vault_id()
        self.ops.start(
            lambda job: build_recovery_sheet(path, code, name, vault_id, job.now),
            write=False,
            needs_vault=False,
            title=self.tr("Save recovery code"),
            cancellable=False,  # one step: nothing to stop part-way
            parent=self,
            done=lambda _none: self._saved(path),
        )

    def _saved(self, path: Path) -> None:
        # Said here as well: during set-up there is no main window to show the notice.
        note = self.tr(
            "Saved to {0}; only you can read it. Print it and keep it away from this computer."
        )
        self.status.setText(note.format(path))
        self.ops.saved.emit(path, self.tr("Recovery code sheet"))


class ReplaceRecoveryCodeDialog(QDialog):
    """First what it means and the passphrase; then the new code, kept until stored."""

    def __init__(self, vault, ops, mentor_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.ops = vault, ops
        self.new_code = ""
        self.setWindowTitle(self.tr("Replace recovery code — MentorDesk"))
        self.resize(560, 0)
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        ask = QWidget()
        form_box = QVBoxLayout(ask)
        form_box.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(
            self.tr(
                "<h3>Replace your recovery code</h3>"
                "<p>A new code is made and shown once; the old code no longer unlocks this "
                "vault.</p>"
                "<p><b>Older backups:</b> each backup opens with the recovery code the vault "
                "had when it was made. Backups made before now open with your <b>old</b> code "
                "only: keep it (or its printed sheet) while you keep them. Back up now "
                "afterwards (Ctrl+Shift+B) to have one that opens with the new code.</p>"
                "<p><b>If the old code may be in someone else's hands:</b> the vault's own key "
                "does not change, so the old code together with an older backup still opens "
                "that backup, and what it holds. Delete those backups once a new one is "
                "safe.</p>"
            )
        )
        explain.setWordWrap(True)
        form_box.addWidget(explain)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        form.addRow(self.tr("Your &passphrase:"), self.passphrase)
        form_box.addLayout(form)
        self.error = ErrorLabel()
        form_box.addWidget(self.error)
        self.stack.addWidget(ask)

        shown = QWidget()
        shown_box = QVBoxLayout(shown)
        shown_box.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(
            self.tr(
                "<h3>Your new recovery code</h3><p>It is shown only now. Store it somewhere "
                "safe and private, apart from this computer.</p>"
            )
        )
        heading.setWordWrap(True)
        shown_box.addWidget(heading)
        self.view = RecoveryCodeView(
            ops, lambda: self.new_code, lambda: mentor_name, lambda: vault.keyfile.vault_id
        )
        shown_box.addWidget(self.view)
        self.stored = QCheckBox(self.tr("I have stored my new recovery code somewhere safe"))
        shown_box.addWidget(self.stored)
        self.stack.addWidget(shown)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button = self.buttons.addButton(
            self.tr("&Replace the code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button = self.buttons.addButton(
            self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.hide()
        self.done_button.setEnabled(False)
        self.replace_button.clicked.connect(self.try_replace)
        self.done_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.stored.toggled.connect(self.done_button.setEnabled)
        outer.addWidget(self.buttons)
        self.passphrase.setFocus()

    def try_replace(self) -> None:
        vault, passphrase = self.vault, self.passphrase.text()
        if not passphrase:
            self.error.show_error(self.tr("Type your passphrase to replace the code."))
            return
        self.error.clear_error()
        self.ops.start(
            lambda _job: vault.replace_recovery_code(passphrase),
            write=True,
            needs_vault=False,
            title=self.windowTitle(),
            cancellable=False,  # one step: nothing to stop part-way
            label=self.tr("Making a new recovery code…"),
            parent=self,
            show=self.error.show_error,
            done=self._show_code,
        )

    def _show_code(self, code: str) -> None:
        self.new_code = code
        self.view.refresh()
        self.stack.setCurrentIndex(1)
        self.replace_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.done_button.show()
        self.stored.setFocus()

    def reject(self) -> None:
        if self.new_code and not self.stored.isChecked():
            self.view.status.setText(
                self.tr("The old code no longer opens this vault: store the new one first.")
            )
            return
        super().reject()
