"""The mentor's signing certificate: who it names, its fingerprint (to read out to an
employer), and making a new one, importing a digital ID or exporting the certificate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from mentordesk.ui.ops import Ops


class SigningDialog(QDialog):
    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Signing certificate"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every record you print or export is signed with this certificate, so that "
                "anyone can check who signed it and that nothing changed since. Send the "
                "certificate to employers who want to trust your records, and read them "
                "its fingerprint to confirm it is yours."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.signer = QLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.valid = QLabel()
        self.issuer = QLabel()
        for label in (self.signer, self.fingerprint, self.valid, self.issuer):
            label.setProperty("data", True)  # the certificate's own words
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
        form.addRow(self.tr("Signer:"), self.signer)
        form.addRow(self.tr("SHA-256 fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Valid:"), self.valid)
        form.addRow(self.tr("Issued by:"), self.issuer)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export certificate…"))
        self.new_button = QPushButton(self.tr("&Make a new certificate…"))
        self.import_button = QPushButton(self.tr("&Import a digital ID…"))
        for button in (self.export_button, self.new_button, self.import_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_certificate)
        self.new_button.clicked.connect(self.make_new)
        self.import_button.clicked.connect(self.import_digital_id)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        from mentordesk.documents.signing import grouped
        from mentordesk.services.signing import identity

        found = self.ops.read(lambda job: identity.current(job.db))
        info = found.value if found else None
        self.export_button.setEnabled(info is not None)
        if info is None:
            self.signer.setText(
                self.tr("No certificate yet: one is made the first time you sign a record.")
            )
            for label in (self.fingerprint, self.valid, self.issuer):
                label.setText("—")
            return
        self.signer.setText(info.name + (f", {info.organisation}" if info.organisation else ""))
        fp = grouped(info.fingerprint)
        self.fingerprint.setText(fp[: len(fp) // 2 + 1].strip() + "\n" + fp[len(fp) // 2 + 1 :])
        self.fingerprint.setAccessibleName(self.tr("SHA-256 fingerprint: {0}").format(fp))
        self.valid.setText(
            self.tr("{0} to {1}").format(
                f"{info.valid_from:%d %b %Y}", f"{info.valid_until:%d %b %Y}"
            )
        )
        self.issuer.setText(
            self.tr("Self-signed (made by MentorDesk)")
            if info.issuer == "self-signed"
            else info.issuer
        )

    def export_certificate(self) -> None:
        from mentordesk.services.signing import identity

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export certificate"),
            str(Path.home() / "mentor-certificate.pem"),
            self.tr("Certificate (*.pem *.cer)"),
        )
        if not path:
            return
        out = Path(path)
        if self.ops.write(
            lambda job: identity.export_certificate(job.db, out),
            title=self.tr("Export certificate"),
        ):
            self.ops.saved.emit(out, self.tr("Certificate"))

    def make_new(self) -> None:
        from mentordesk.services.signing import identity

        if self.export_button.isEnabled():
            answer = QMessageBox.question(
                self,
                self.tr("Make a new certificate"),
                self.tr(
                    "Records you sign from now on will carry the new certificate; records "
                    "already signed still verify here. Employers who trust the old one will "
                    "need the new one. Make a new certificate?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.ops.write(
            lambda job: identity.make_new(job.db, job.now),
            title=self.tr("Make a new certificate"),
            message=self.tr("A new signing certificate was made."),
        ):
            self.refresh()

    def import_digital_id(self) -> None:
        from mentordesk.services.signing import identity

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a digital ID"),
            str(Path.home()),
            self.tr("Digital ID (*.p12 *.pfx)"),
        )
        if not path:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Import a digital ID"),
            self.tr("Password of {0}:").format(Path(path).name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        source = Path(path)
        if self.ops.write(
            lambda job: identity.import_pkcs12(
                job.db, identity.read_pkcs12(source), password, job.now
            ),
            title=self.tr("Import a digital ID"),
            message=self.tr("Records are now signed with the digital ID from {0}.").format(
                source.name
            ),
        ):
            self.refresh()
