"""Add or edit a mentee, with their programme standard."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import ValidationError
from mentordesk.services.mentees import MenteeData
from mentordesk.services.standards import StandardSummary
from mentordesk.ui.i18n import word
from mentordesk.ui.widgets import ErrorLabel, as_data, py_date, qdate
from mentordesk.vault.enums import MenteeStatus


class OptionalDate(QWidget):
    """A date that may be left unset."""

    def __init__(self, label: str, value: date | None, fallback: date):
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit(qdate(value, fallback))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd MMM yyyy")
        self.edit.setAccessibleName(label)
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.edit)
        row.addStretch()
        self.setFocusProxy(self.enabled)

    def value(self) -> date | None:
        return py_date(self.edit.date()) if self.enabled.isChecked() else None


class MenteeDialog(QDialog):
    def __init__(
        self,
        standards: list[StandardSummary],
        data: MenteeData | None = None,
        parent=None,
        save=None,
        today: date | None = None,
    ):
        super().__init__(parent)
        self._save = save
        editing = data is not None
        data = data or MenteeData(full_name="", start_date=today)
        self.setWindowTitle(self.tr("Edit mentee") if editing else self.tr("Add a mentee"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.full_name = QLineEdit(data.full_name)
        self.preferred_name = QLineEdit(data.preferred_name)
        self.standard = as_data(QComboBox())  # the vault's standards
        self.standard.setAccessibleName(self.tr("Programme standard"))
        self.standard.addItem(self.tr("(none chosen)"), None)
        for summary in standards:
            self.standard.addItem(summary.label, summary.id)
        index = self.standard.findData(data.standard_id)
        self.standard.setCurrentIndex(max(0, index))
        shown = today or data.start_date or date(2000, 1, 1)  # what an unset date offers
        self.start = OptionalDate(self.tr("set"), data.start_date, shown)
        self.end = OptionalDate(self.tr("set"), data.planned_end_date, shown)
        self.otj = QDoubleSpinBox()
        self.otj.setRange(0, 5000)
        self.otj.setDecimals(0)
        self.otj.setSuffix(self.tr(" hours"))
        self.otj.setValue(data.otj_hours_target)
        self.employer = QLineEdit(data.employer)
        self.job_title = QLineEdit(data.job_title)
        self.email = QLineEdit(data.email)
        self.phone = QLineEdit(data.phone)
        self.status = QComboBox()
        for status in MenteeStatus:
            self.status.addItem(word(status), status)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("Full &name:"), self.full_name)
        form.addRow(self.tr("&Preferred name:"), self.preferred_name)
        form.addRow(self.tr("Programme &standard:"), self.standard)
        form.addRow(self.tr("Programme s&tart:"), self.start)
        form.addRow(self.tr("Planned &end:"), self.end)
        form.addRow(self.tr("&Off-the-job target:"), self.otj)
        form.addRow(self.tr("E&mployer:"), self.employer)
        form.addRow(self.tr("&Job title:"), self.job_title)
        form.addRow(self.tr("Emai&l:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("Stat&us:"), self.status)
        form.addRow(self.tr("Not&es:"), self.notes)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fields = {
            "full_name": self.full_name,
            "standard_id": self.standard,
            "planned_end_date": self.end.edit,
            "otj_hours_target": self.otj,
            "email": self.email,
        }
        self.result_id: int | None = None
        self.resize(520, 0)

    def data(self) -> MenteeData:
        return MenteeData(
            full_name=self.full_name.text(),
            preferred_name=self.preferred_name.text(),
            standard_id=self.standard.currentData(),
            start_date=self.start.value(),
            planned_end_date=self.end.value(),
            otj_hours_target=self.otj.value(),
            employer=self.employer.text(),
            job_title=self.job_title.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
        )

    def show_error(self, text: str) -> None:
        self.error.show_error(text)

    def try_save(self) -> None:
        """``save(data)`` runs the write (showing any error here) and returns its outcome."""
        self.error.clear_error()
        outcome = self._save(self.data()) if self._save else None
        if outcome is not None and not outcome:
            if isinstance(outcome.error, ValidationError):
                widget = self._fields.get(outcome.error.field)
                if widget is not None:
                    widget.setFocus()
            return
        self.accept()
