"""Add or edit a mentee: who they are and their programme, their provider and employer, and
the support they need, on three tabs that fit a 1280×720 screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import ValidationError
from mentordesk.services.mentees import Contact, MenteeData
from mentordesk.services.standards import StandardSummary
from mentordesk.ui.fields import DateField
from mentordesk.ui.i18n import word
from mentordesk.ui.widgets import ErrorLabel, as_data
from mentordesk.validation import is_email
from mentordesk.vault.enums import MenteeStatus

HOURS_MAX = 5000


class OptionalDate(QWidget):
    """A date that may be left unset: a tick box ``label`` and a date field beside it.

    ``name`` (default ``label``) is what a screen reader calls the date."""

    def __init__(self, label: str, value: date | None, fallback: date, name: str = ""):
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.edit = DateField(value, fallback=fallback)
        name = name or label.replace("&", "")
        self.edit.setAccessibleName(name)
        self.enabled.setAccessibleName(self.tr("{0} is known").format(name))
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.edit)
        row.addStretch()
        self.setFocusProxy(self.enabled)

    def value(self) -> date | None:
        return self.edit.value() if self.enabled.isChecked() else None


@dataclass
class _Checked:
    """A field whose mistakes are shown on a row right under it, on its own tab."""

    widget: QWidget
    error: ErrorLabel
    form: QFormLayout
    tab: int

    def show(self, text: str) -> None:
        self.error.show_error(text)
        self.form.setRowVisible(self.error, True)

    def clear(self) -> None:
        self.error.clear_error()
        self.form.setRowVisible(self.error, False)


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A tab's page: a form at the top, the room left over below it."""
    page = QWidget()
    column = QVBoxLayout(page)
    form = QFormLayout()
    column.addLayout(form)
    column.addStretch()
    return page, form


def _text_box(text: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def _hours(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, HOURS_MAX)
    box.setDecimals(0)
    box.setValue(value)
    return box


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
        self._line_manager_id = data.line_manager.id
        self.setWindowTitle(self.tr("Edit mentee") if editing else self.tr("Add a mentee"))
        self._checked: dict[str, _Checked] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._programme_tab(standards, data, today), self.tr("&Programme"))
        self.tabs.addTab(self._provider_tab(data), self.tr("Pro&vider and employer"))
        self.tabs.addTab(self._support_tab(data), self.tr("Suppo&rt"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fields: dict[str, tuple[QWidget, int]] = {
            "full_name": (self.full_name, 0),
            "standard_id": (self.standard, 0),
            "planned_end_date": (self.end.edit, 0),
            "otj_hours_target": (self.otj, 0),
        }
        self.otj.valueChanged.connect(self._show_effective_target)
        self.reduction.valueChanged.connect(self._show_effective_target)
        self._show_effective_target()
        self.result_id: int | None = None
        self.resize(640, self.sizeHint().height())
        self.full_name.setFocus()  # the keyboard starts in the name, not on the tabs

    # -- the tabs ------------------------------------------------------------------------
    def _checked_row(self, form: QFormLayout, key: str, label: str, widget: QWidget, tab: int):
        """A form row whose mistakes show on a line of their own right under it."""
        form.addRow(label, widget)
        error = ErrorLabel()
        form.addRow("", error)
        self._checked[key] = checked = _Checked(widget, error, form, tab)
        checked.clear()  # the row takes no room until there is something to say

    def _programme_tab(
        self, standards: list[StandardSummary], data: MenteeData, today: date | None
    ) -> QWidget:
        page, form = _form_page()
        self.full_name = QLineEdit(data.full_name)
        self.preferred_name = QLineEdit(data.preferred_name)
        self.email = QLineEdit(data.email)
        self.phone = QLineEdit(data.phone)
        self.uln = QLineEdit(data.uln)
        self.uln.setPlaceholderText(self.tr("10 digits, from the training provider"))
        self.uln.setMaxLength(20)  # ten digits, and the spaces some write them with
        self.standard = as_data(QComboBox())  # the vault's standards
        self.standard.addItem(self.tr("(none chosen)"), None)
        for summary in standards:
            self.standard.addItem(summary.label, summary.id)
        self.standard.setCurrentIndex(max(0, self.standard.findData(data.standard_id)))
        shown = today or data.start_date or date(2000, 1, 1)  # what an unset date offers
        self.start = OptionalDate(
            self.tr("Known"), data.start_date, shown, self.tr("Programme start")
        )
        self.end = OptionalDate(
            self.tr("Known"), data.planned_end_date, shown, self.tr("Planned end")
        )
        self.otj = _hours(data.otj_hours_target)
        self.otj.setSuffix(self.tr(" hours"))
        self.status = QComboBox()
        for status in MenteeStatus:
            self.status.addItem(word(status), status)
        self.status.setCurrentIndex(self.status.findData(data.status))
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("Pr&eferred name:"), self.preferred_name)
        self._checked_row(form, "email", self.tr("E&mail:"), self.email, 0)
        form.addRow(self.tr("P&hone:"), self.phone)
        self._checked_row(form, "uln", self.tr("&ULN:"), self.uln, 0)
        form.addRow(self.tr("Programme stan&dard:"), self.standard)
        form.addRow(self.tr("Programme s&tart:"), self.start)
        form.addRow(self.tr("P&lanned end:"), self.end)
        for optional in (self.start, self.end):
            # Alt and the label's letter reaches the tick box: a label's letter skips a
            # buddy that takes no focus itself (the row around the tick box and the date).
            label = form.labelForField(optional)
            if isinstance(label, QLabel):
                label.setBuddy(optional.enabled)
        form.addRow(self.tr("Off-the-jo&b target:"), self.otj)
        form.addRow(self.tr("St&atus:"), self.status)
        return page

    def _provider_tab(self, data: MenteeData) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        employer = QGroupBox(self.tr("Employer"))
        form = QFormLayout(employer)
        self.employer = QLineEdit(data.employer)
        self.job_title = QLineEdit(data.job_title)
        form.addRow(self.tr("Emplo&yer:"), self.employer)
        form.addRow(self.tr("&Job title:"), self.job_title)
        column.addWidget(employer)

        manager = QGroupBox(self.tr("L&ine manager"))
        form = QFormLayout(manager)
        who = data.line_manager
        self.manager_name = QLineEdit(who.name)
        self.manager_email = QLineEdit(who.email)
        self.manager_phone = QLineEdit(who.phone)
        self.manager_name.setAccessibleName(self.tr("Line manager's name"))
        self.manager_email.setAccessibleName(self.tr("Line manager's email"))
        self.manager_phone.setAccessibleName(self.tr("Line manager's phone"))
        self._checked_row(form, "line_manager_name", self.tr("Name:"), self.manager_name, 1)
        self._checked_row(form, "line_manager_email", self.tr("Email:"), self.manager_email, 1)
        form.addRow(self.tr("Phone:"), self.manager_phone)
        note = QLabel(self.tr("Kept with their other stakeholders, so a new contract names them."))
        note.setWordWrap(True)
        form.addRow(note)
        column.addWidget(manager)

        provider = QGroupBox(self.tr("Training pr&ovider"))
        form = QFormLayout(provider)
        self.provider_name = QLineEdit(data.provider_name)
        self.provider_contact = QLineEdit(data.provider_contact)
        self.provider_email = QLineEdit(data.provider_email)
        self.provider_phone = QLineEdit(data.provider_phone)
        self.provider_name.setAccessibleName(self.tr("Training provider"))
        self.provider_contact.setAccessibleName(self.tr("Training provider's contact"))
        self.provider_email.setAccessibleName(self.tr("Training provider's email"))
        self.provider_phone.setAccessibleName(self.tr("Training provider's phone"))
        form.addRow(self.tr("Provider:"), self.provider_name)
        form.addRow(self.tr("Contact:"), self.provider_contact)
        self._checked_row(form, "provider_email", self.tr("Email:"), self.provider_email, 1)
        form.addRow(self.tr("Phone:"), self.provider_phone)
        column.addWidget(provider)
        column.addStretch()
        return page

    def _support_tab(self, data: MenteeData) -> QWidget:
        page, form = _form_page()
        self.support_needs = _text_box(data.support_needs)
        private = QLabel(
            self.tr(
                "Private: this field is never part of an employer export. (Support agreed "
                "in a contract or review is part of that signed record.)"
            )
        )
        private.setWordWrap(True)
        self.prior_learning = _text_box(data.prior_learning)
        self.reduction = _hours(data.otj_reduction_hours)
        self.reduction.setSuffix(self.tr(" hours"))
        self.effective = QLabel()
        self.effective.setWordWrap(True)
        self.notes = _text_box(data.notes, 110)
        form.addRow(self.tr("Learnin&g support needs:"), self.support_needs)
        form.addRow("", private)
        form.addRow(self.tr("Prior lear&ning:"), self.prior_learning)
        self._checked_row(
            form,
            "otj_reduction_hours",
            self.tr("Off-the-job hours it removes:"),
            self.reduction,
            2,
        )
        form.addRow(self.tr("Off-the-job hours to do:"), self.effective)
        form.addRow(self.tr("Notes:"), self.notes)
        return page

    def _show_effective_target(self, _value: float = 0) -> None:
        target, removed = self.otj.value(), self.reduction.value()
        if removed > target:
            text = self.tr("⚠ {0:g} hours removed is more than the target of {1:g} hours.")
            self.effective.setText(text.format(removed, target))
        elif removed:
            text = self.tr("{0:g} hours (the target of {1:g} less {2:g} for prior learning)")
            self.effective.setText(text.format(target - removed, target, removed))
        else:
            self.effective.setText(self.tr("{0:g} hours (the whole target)").format(target))

    # -- saving --------------------------------------------------------------------------
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
            uln=self.uln.text(),
            provider_name=self.provider_name.text(),
            provider_contact=self.provider_contact.text(),
            provider_email=self.provider_email.text(),
            provider_phone=self.provider_phone.text(),
            line_manager=Contact(
                self.manager_name.text(),
                self.manager_email.text(),
                self.manager_phone.text(),
                self._line_manager_id,
            ),
            support_needs=self.support_needs.toPlainText(),
            prior_learning=self.prior_learning.toPlainText(),
            otj_reduction_hours=self.reduction.value(),
        )

    def show_error(self, text: str) -> None:
        self.error.show_error(text)

    def _clear_errors(self) -> None:
        self.error.clear_error()
        for checked in self._checked.values():
            checked.clear()

    def _show_at(self, field: str, text: str | None = None) -> bool:
        """Show the field's tab, focus it, and put ``text`` right under it if it has a line
        for that. False if the field is not one of the form's."""
        if field in self._checked:
            checked = self._checked[field]
            widget, tab = checked.widget, checked.tab
            if text is not None:
                self.error.clear_error()
                checked.show(text)
        elif field in self._fields:
            widget, tab = self._fields[field]
        else:
            return False
        self.tabs.setCurrentIndex(tab)
        widget.setFocus()
        return True

    def _emails_look_right(self) -> bool:
        """Each email typed looks like one; the first that does not is named under it."""
        for key, box in (
            ("email", self.email),
            ("line_manager_email", self.manager_email),
            ("provider_email", self.provider_email),
        ):
            typed = box.text().strip()
            if typed and not is_email(typed):
                message = self.tr(
                    "“{0}” is not an email address (for example tom.nowak@example.nhs.uk)."
                )
                self._show_at(key, message.format(typed))
                return False
        return True

    def try_save(self) -> None:
        """``save(data)`` runs the write (showing any error here) and returns its outcome."""
        self._clear_errors()
        if not self._emails_look_right():
            return
        outcome = self._save(self.data()) if self._save else None
        if outcome is not None and not outcome:
            error = outcome.error
            if isinstance(error, ValidationError):
                self._show_at(error.field, str(error))
            return
        self.accept()
