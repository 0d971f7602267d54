"""Preferences: auto-lock time, language and backups (this computer), the progress review
interval and the signing certificate (this vault)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from mentordesk.errors import ValidationError
from mentordesk.ui import i18n
from mentordesk.ui.auto_backup import BackupPrefs, app_settings
from mentordesk.ui.backup_prefs import BackupSection
from mentordesk.ui.ops import Ops

DEFAULT_AUTOLOCK_MINUTES = 10


class PreferencesDialog(QDialog):
    def __init__(
        self,
        autolock_minutes: int,
        review_weeks: int | None,
        parent=None,
        language: str | None = None,
        settings: QSettings | None = None,
        ops: Ops | None = None,
    ):
        """``language``: the choice to show; by default the one stored (QSettings
        ``ui/language``), where the dialog stores the new choice when accepted. The backup
        preferences are read from ``settings`` (by default MentorDesk's) and stored there."""
        super().__init__(parent)
        self.settings = settings if settings is not None else app_settings()
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 240)
        self.autolock.setSuffix(self.tr(" minutes"))
        self.autolock.setValue(autolock_minutes)
        form.addRow(self.tr("&Lock after idle for:"), self.autolock)
        self.review_weeks = QSpinBox()
        self.review_weeks.setRange(1, 12)
        self.review_weeks.setSuffix(self.tr(" weeks"))
        self.review_weeks.setValue(review_weeks or 12)
        self.review_weeks.setEnabled(review_weeks is not None)
        self.review_weeks.setToolTip(
            self.tr("Funding rules ask for a review at least every 12 weeks.")
        )
        form.addRow(self.tr("Progress re&view every:"), self.review_weeks)
        self.language = QComboBox()
        self.language.addItem(self.tr("System"), i18n.SYSTEM)
        self.language.addItem(self.tr("English"), i18n.ENGLISH)
        for code in i18n.available_languages():
            if code != i18n.ENGLISH:
                self.language.addItem(QLocale(code).nativeLanguageName() or code, code)
        self.language.addItem(self.tr("Pseudo (test layouts)"), i18n.PSEUDO)
        if language is None:
            language = i18n.stored_language()
        found = self.language.findData(language)
        if found < 0:  # a translation no longer installed: keep the choice, by its code
            self.language.addItem(language, language)
            found = self.language.count() - 1
        self.language.setCurrentIndex(found)
        form.addRow(self.tr("Lan&guage:"), self.language)
        note = QLabel(self.tr("A new language applies the next time MentorDesk starts."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.backups = BackupSection(BackupPrefs.load(self.settings))
        form.addRow(self.backups)
        self.signing_button = QPushButton(self.tr("&Signing certificate…"))
        self.signing_button.setEnabled(ops is not None and ops.is_open)
        self.signing_button.setToolTip(
            self.tr(
                "The certificate your records are signed with: its fingerprint, export, "
                "a new one, or a digital ID from your employer."
            )
        )
        if ops is not None:
            self.signing_button.clicked.connect(lambda: self.show_signing(ops))
        form.addRow(self.tr("Signed records:"), self.signing_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def show_signing(self, ops: Ops) -> None:
        from mentordesk.ui.signing_dialog import SigningDialog  # made only when asked for

        SigningDialog(ops, self).exec()

    def accept(self) -> None:
        try:
            backups = self.backups.prefs()
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Preferences"), str(exc))
            self.backups.focus(exc.field)
            return
        backups.save(self.settings)
        i18n.store_language(self.language_code())
        super().accept()

    def language_code(self) -> str:
        """The language chosen, as stored in QSettings ``ui/language`` (``""``: the system's)."""
        return self.language.currentData()
