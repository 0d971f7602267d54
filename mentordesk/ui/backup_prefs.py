"""The Backups section of Preferences: the folder, automatic backups, how many to keep, and
extra recipients (age public keys, one a line)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mentordesk.errors import ValidationError
from mentordesk.ui.auto_backup import BackupPrefs


class BackupSection(QGroupBox):
    def __init__(self, prefs: BackupPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        form = QFormLayout(self)
        self.folder = QLineEdit(prefs.folder)
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.textChanged.connect(self._fit_folder)
        self._fit_folder(prefs.folder)
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton(self.tr("Clea&r"))
        self.clear_button.clicked.connect(self.folder.clear)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear_button)
        form.addRow(self.tr("Backup &folder:"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.choose)
        self.automatic = QCheckBox(self.tr("Back up &automatically when I lock or quit"))
        self.automatic.setChecked(prefs.automatic)
        self.automatic.setToolTip(self.tr("At most once a day, into the backup folder."))
        form.addRow("", self.automatic)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 99)
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_daily.setValue(prefs.keep_daily)
        form.addRow(self.tr("Keep &daily backups for:"), self.keep_daily)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 99)
        self.keep_weekly.setSuffix(self.tr(" weeks"))
        self.keep_weekly.setValue(prefs.keep_weekly)
        form.addRow(self.tr("Keep &weekly backups for:"), self.keep_weekly)
        self.recipients = QPlainTextEdit("\n".join(prefs.recipients))
        self.recipients.setPlaceholderText(self.tr("age1… (optional; one public key a line)"))
        self.recipients.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recipients.setTabChangesFocus(True)
        self.recipients.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.recipients.setAccessibleName(self.tr("Extra recipients"))
        metrics = self.recipients.fontMetrics()
        self.recipients.setFixedHeight(metrics.lineSpacing() * 3 + 16)
        # A whole age1… key (62 characters) on one line, with room for a scroll bar.
        self.recipients.setMinimumWidth(metrics.horizontalAdvance("a" * 62) + 40)
        form.addRow(self.tr("Also encrypt &to:"), self.recipients)
        note = QLabel(
            self.tr(
                "Automatic backups are files named “MentorDesk <vault> <date>.age”: only those "
                "beyond the numbers kept are removed, never other files. Each extra recipient "
                "(for example your employer's IT) can open every backup with their own key."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

    def _fit_folder(self, text: str) -> None:
        """Wide enough for the whole path where there is room; the whole of it as a tip."""
        width = self.folder.fontMetrics().horizontalAdvance(text) + 24
        self.folder.setMinimumWidth(min(max(width, 260), 560))
        self.folder.setCursorPosition(0)
        self.folder.setToolTip(text)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def prefs(self) -> BackupPrefs:
        """What is shown; raises :class:`ValidationError` naming what to fix."""
        from mentordesk.backup.schedule import recipient_lines

        recipients = recipient_lines(self.recipients.toPlainText())
        folder = self.folder.text().strip()
        if self.automatic.isChecked() and not folder:
            raise ValidationError(
                "folder",
                self.tr(
                    "Choose a backup folder for automatic backups, or untick “Back up "
                    "automatically when I lock or quit”."
                ),
            )
        return BackupPrefs(
            folder=folder,
            automatic=self.automatic.isChecked(),
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            recipients=recipients,
        )

    def focus(self, field: str) -> None:
        widget = self.recipients if field == "recipients" else self.choose
        widget.setFocus()
