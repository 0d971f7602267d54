"""Who an export is for and how it is protected: an age public key (pasted or read from a
file) or a passphrase told by phone. Shared by every export dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from mentordesk.services import disclosure
from mentordesk.ui.widgets import ErrorLabel, as_data

translate = QCoreApplication.translate


class ProtectionBox(QGroupBox):
    """``protection()`` gives (age recipients, passphrase); problems go to ``error``."""

    def __init__(self, placeholder: str, error: ErrorLabel, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Who it is for, and how it is protected"))
        self._error = error
        form = QFormLayout(self)
        self.label = QLineEdit()
        self.label.setPlaceholderText(placeholder)
        form.addRow(self.tr("&Who it is for:"), self.label)
        self.by_key = QRadioButton(self.tr("Encrypt to their age public ke&y"))
        self.by_passphrase = QRadioButton(self.tr("Protect with a &passphrase"))
        group = QButtonGroup(self)
        group.addButton(self.by_key)
        group.addButton(self.by_passphrase)
        self.by_key.toggled.connect(self._protection_changed)
        form.addRow(self.by_key)
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("age1… (paste the key they sent you)"))
        self.key.setAccessibleName(self.tr("Their age public key"))
        self.key_file = QPushButton(self.tr("Read from f&ile…"))
        self.key_file.clicked.connect(self.read_key_file)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.key_file)
        form.addRow(key_row)
        form.addRow(self.by_passphrase)
        self.passphrase = as_data(QLineEdit())
        self.passphrase.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.passphrase.setAccessibleName(self.tr("Passphrase for the export"))
        self.passphrase.textChanged.connect(self._strength)
        self.suggest = QPushButton(self.tr("Suggest &one"))
        self.suggest.clicked.connect(self.suggest_passphrase)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.suggest)
        form.addRow(pass_row)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        form.addRow(self.strength)
        self.by_key.setChecked(True)
        self._protection_changed()

    def protection(self) -> tuple[list[str], str | None]:
        if self.by_key.isChecked():
            return [self.key.text().strip()] if self.key.text().strip() else [], None
        return [], self.passphrase.text()

    def _protection_changed(self) -> None:
        by_key = self.by_key.isChecked()
        self.key.setEnabled(by_key)
        self.key_file.setEnabled(by_key)
        self.passphrase.setEnabled(not by_key)
        self.suggest.setEnabled(not by_key)
        self.strength.setVisible(not by_key)
        if not by_key and not self.passphrase.text():
            self.suggest_passphrase()

    def suggest_passphrase(self) -> None:
        self.passphrase.setText(disclosure.suggest_passphrase())
        self.passphrase.setFocus()

    def _strength(self, text: str) -> None:
        from mentordesk.ui.passphrase import STRENGTH_WORDS, passphrase_strength

        if not text:
            self.strength.setText(self.tr("Type one, or press Suggest one."))
            return
        score, advice = passphrase_strength(text, [])
        words = translate("NewPassphraseFields", STRENGTH_WORDS[score])
        self.strength.setText(
            self.tr("<b>{0}</b> {1} Tell it to them by phone; never send it with the file.")
            .format(words, advice)
            .replace("  ", " ")
        )

    def read_key_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Their age public key"),
            str(Path.home()),
            self.tr("Text files (*.txt *.pub);;All files (*)"),
        )
        if not chosen:
            return
        try:
            text = Path(chosen).read_text("utf-8")[:100_000]
        except (OSError, UnicodeDecodeError) as exc:
            self._error.show_error(self.tr("{0} could not be read: {1}").format(chosen, exc))
            return
        keys = [line.strip() for line in text.splitlines() if line.strip().startswith("age1")]
        if not keys:
            self._error.show_error(
                self.tr("{0} holds no age public key (a line starting age1…).").format(chosen)
            )
            return
        self.key.setText(keys[0])
        self._error.clear_error()
