"""Preferences: auto-lock time (this computer) and the progress review interval (this vault)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox

DEFAULT_AUTOLOCK_MINUTES = 10


class PreferencesDialog(QDialog):
    def __init__(self, autolock_minutes: int, review_weeks: int | None, parent=None):
        super().__init__(parent)
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
        form.addRow(self.tr("Progress &review every:"), self.review_weeks)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
