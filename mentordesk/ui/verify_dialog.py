"""File › Verify a PDF: one verdict in words, then the facts behind it. The certificates
this vault signed with are trusted; another one (an employer's) can be added for the check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from mentordesk.ui.ops import Ops

MARKS = {0: "✔", 1: "✖", 10: "⚠"}


class VerifyDialog(QDialog):
    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.path: Path | None = None
        self.extra_trust: list[bytes] = []
        self.code: int | None = None
        self.setWindowTitle(self.tr("Verify a PDF"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self.tr("Choose a signed PDF record to check."))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.verdict = QLabel()
        self.verdict.setProperty("data", True)  # the verifier's verdict, as the CLI prints it
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)  # signers' names are not markup
        self.verdict.setWordWrap(True)
        bold = QFont(self.verdict.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.verdict.setFont(bold)
        self.verdict.setTextInteractionFlags(
            self.verdict.textInteractionFlags().TextSelectableByMouse
        )
        layout.addWidget(self.verdict)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setAccessibleName(self.tr("Details of the signatures"))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_button = QPushButton(self.tr("C&hoose a PDF…"))
        self.trust_button = QPushButton(self.tr("&Trust a certificate for this check…"))
        for button in (self.choose_button, self.trust_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.trust_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose)
        self.trust_button.clicked.connect(self.add_trust)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify a PDF"), str(Path.home()), self.tr("PDF (*.pdf)")
        )
        if path:
            self.check(Path(path))

    def add_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Trust a certificate"),
            str(Path.home()),
            self.tr("Certificate (*.pem *.cer *.crt *.der)"),
        )
        if not path:
            return
        from mentordesk.documents.signing import SigningError, read_certificate

        try:
            self.extra_trust.append(read_certificate(Path(path)))
        except SigningError as e:
            QMessageBox.warning(self, self.tr("Trust a certificate"), str(e))
            return
        if self.path is not None:
            self.check(self.path)

    def check(self, path: Path) -> None:
        """Check ``path`` and show the verdict."""
        from mentordesk.documents.verify import MAX_PDF_BYTES
        from mentordesk.vault.fileio import read_limited

        try:
            data = read_limited(path, MAX_PDF_BYTES, "a record (over 50 MB)", ValueError)
        except ValueError as e:
            QMessageBox.warning(self, self.tr("Verify a PDF"), str(e))
            return
        extra = list(self.extra_trust)

        def work(job):  # noqa: ANN001, ANN202 - a Job
            from mentordesk.documents.verify import verify_pdf
            from mentordesk.services.signing.identity import trusted

            return verify_pdf(data, trusted(job.db) + extra, job.now)

        found = self.ops.read(work, title=self.tr("Verify a PDF"))
        if not found:
            return
        verdict = found.value
        self.path = path
        self.code = verdict.code
        self.file_label.setText(self.tr("File: {0}").format(path))
        self.verdict.setText(f"{MARKS.get(verdict.code, '')} {verdict.headline}")
        self.details.setPlainText("\n".join(verdict.details()))
        self.trust_button.setEnabled(True)
