"""The gateway tab's dialogs: the gateway facts (English and maths, employer confirmation,
portfolio assembled, notes), one observation of the log, and who a gateway pack is for."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from mentordesk.errors import ValidationError
from mentordesk.ui.i18n import word
from mentordesk.ui.mentee_dialog import OptionalDate
from mentordesk.ui.widgets import ErrorLabel, as_data, may_close_unsaved, save_buttons
from mentordesk.vault.enums import ObservationKind

Save = Callable[[Any], Any]  # the draft -> the write's outcome (falsy when it failed)


class _SavingDialog(QDialog):
    """Save (Ctrl+Enter or Ctrl+S too) runs ``save(draft)``; an error stays in the dialog;
    closing asks before dropping what was typed."""

    def __init__(self, save: Save, parent=None):
        super().__init__(parent)
        self._save = save
        self._saved: Any = None
        self.error = ErrorLabel()
        self.buttons = save_buttons(self, self.try_save, self.tr("Save (Ctrl+Enter)"))
        self._fields: dict[str, Any] = {}

    def draft(self) -> Any:
        raise NotImplementedError

    def try_save(self) -> bool:
        self.error.clear_error()
        draft = self.draft()
        outcome = self._save(draft)
        if not outcome:
            error = getattr(outcome, "error", None)
            if isinstance(error, ValidationError) and error.field in self._fields:
                self._fields[error.field].setFocus()
            return False
        self._saved = draft
        self.accept()
        return True

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and self.draft() != self._saved:
            question = self.tr("Save the changes to “{0}” before closing?").format(
                self.windowTitle()
            )
            if not may_close_unsaved(self, question, self.try_save):
                return
            if self.result() == QDialog.DialogCode.Accepted:
                return
        super().done(result)


class FactsDialog(_SavingDialog):
    """The gateway facts of one mentee: ``draft()`` is a GatewayFacts."""

    def __init__(self, facts: Any, mentee: str, today: date, save: Save, parent=None):
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Gateway facts: {0}").format(mentee))
        self._kind = type(facts)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.english = QCheckBox(self.tr("&English needed before gateway"))
        self.english.setChecked(facts.english_required)
        self.english_on = OptionalDate(self.tr("Ac&hieved"), facts.english_achieved_on, today,
                                       self.tr("English achieved on"))  # fmt: skip
        self.maths = QCheckBox(self.tr("&Maths needed before gateway"))
        self.maths.setChecked(facts.maths_required)
        self.maths_on = OptionalDate(self.tr("Achie&ved"), facts.maths_achieved_on, today,
                                     self.tr("Maths achieved on"))  # fmt: skip
        self.confirmed_on = OptionalDate(self.tr("&Confirmed"), facts.employer_confirmed_on,
                                         today, self.tr("Employer confirmed on"))  # fmt: skip
        self.confirmed_by = as_data(QLineEdit(facts.employer_confirmed_by))
        self.confirmed_by.setPlaceholderText(self.tr("Name and role, e.g. line manager"))
        self.assembled_on = OptionalDate(self.tr("&Assembled"), facts.portfolio_assembled_on,
                                         today, self.tr("Portfolio assembled on"))  # fmt: skip
        self.notes = as_data(QPlainTextEdit(facts.notes))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        form.addRow(self.tr("English:"), self.english)
        form.addRow(self.tr("English achieved on:"), self.english_on)
        form.addRow(self.tr("Maths:"), self.maths)
        form.addRow(self.tr("Maths achieved on:"), self.maths_on)
        form.addRow(self.tr("Employer confirmed on:"), self.confirmed_on)
        by = QLabel(self.tr("Confirmed &by:"))
        by.setBuddy(self.confirmed_by)
        form.addRow(by, self.confirmed_by)
        form.addRow(self.tr("Portfolio assembled on:"), self.assembled_on)
        notes = QLabel(self.tr("&Notes:"))
        notes.setBuddy(self.notes)
        form.addRow(notes, self.notes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields = {
            "english_achieved_on": self.english_on,
            "maths_achieved_on": self.maths_on,
            "employer_confirmed_on": self.confirmed_on,
            "employer_confirmed_by": self.confirmed_by,
            "portfolio_assembled_on": self.assembled_on,
            "notes": self.notes,
        }
        self._saved = self.draft()
        self.resize(560, self.sizeHint().height())

    def draft(self) -> Any:
        return self._kind(
            english_required=self.english.isChecked(),
            english_achieved_on=self.english_on.value(),
            maths_required=self.maths.isChecked(),
            maths_achieved_on=self.maths_on.value(),
            employer_confirmed_on=self.confirmed_on.value(),
            employer_confirmed_by=self.confirmed_by.text().strip(),
            portfolio_assembled_on=self.assembled_on.value(),
            notes=self.notes.toPlainText().strip(),
        )


class ObservationDialog(_SavingDialog):
    """One observed session of the EPA log: ``draft()`` is an Observation."""

    def __init__(self, observation: Any, today: date, save: Save, parent=None, *, new: bool):
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New observation") if new else self.tr("Edit observation"))
        self._kind = type(observation)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in ObservationKind:
            self.kind.addItem(word(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(observation.kind)))
        self.description = as_data(QLineEdit(observation.description))
        self.description.setPlaceholderText(self.tr("What was observed, e.g. a review meeting"))
        self.held_on = OptionalDate(self.tr("&Held"), observation.held_on, today,
                                    self.tr("Held on"))  # fmt: skip
        self.consent_on = OptionalDate(self.tr("Re&corded"), observation.consent_recorded_on,
                                       today, self.tr("Consent recorded on"))  # fmt: skip
        self.consent_from = as_data(QLineEdit(observation.consent_from))
        self.consent_from.setPlaceholderText(self.tr("Who gave consent, e.g. the mentee"))
        for text, widget in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Description:"), self.description),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.tr("Held on:"), self.held_on)
        form.addRow(self.tr("Consent recorded on:"), self.consent_on)
        source = QLabel(self.tr("Consent &from:"))
        source.setBuddy(self.consent_from)
        form.addRow(source, self.consent_from)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields = {
            "kind": self.kind,
            "description": self.description,
            "held_on": self.held_on,
            "consent_recorded_on": self.consent_on,
            "consent_from": self.consent_from,
        }
        self._saved = self.draft()
        self.resize(520, self.sizeHint().height())

    def draft(self) -> Any:
        return self._kind(
            kind=self.kind.currentData(),
            description=self.description.text().strip(),
            held_on=self.held_on.value(),
            consent_recorded_on=self.consent_on.value(),
            consent_from=self.consent_from.text().strip(),
        )


class PackDialog(QDialog):
    """Who a gateway pack is for and how it is protected: ``protection()`` after exec."""

    def __init__(self, mentee: str, parent=None):
        from mentordesk.ui.export_protection import ProtectionBox

        super().__init__(parent)
        self.setWindowTitle(self.tr("Gateway pack: {0}").format(mentee))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The portfolio PDF, the evidence files by KSB and a signed index, in one "
                    "encrypted file for the end-point assessment organisation.")
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error = ErrorLabel()
        self.box = ProtectionBox(self.tr("e.g. the EPAO's gateway team"), self.error)
        layout.addWidget(self.box)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = buttons.addButton(
            self.tr("&Make the pack…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # room kept for the passphrase advice's two lines, so it is never cut
        strength = self.box.strength
        strength.setMinimumHeight(2 * strength.fontMetrics().lineSpacing() + 4)
        self.resize(560, self.sizeHint().height())

    def protection(self) -> tuple[list[str], str | None]:
        return self.box.protection()

    def try_accept(self) -> bool:
        recipients, passphrase = self.protection()
        if not recipients and not passphrase:
            self.error.show_error(
                self.tr("Paste their age public key, or choose a passphrase, to protect the pack.")
            )
            return False
        from mentordesk.backup.package import check_protection
        from mentordesk.errors import MentorDeskError

        try:  # the key read and the passphrase weighed here, so nothing typed is lost
            check_protection(recipients, passphrase)
        except MentorDeskError as exc:
            self.error.show_error(str(exc))
            return False
        self.error.clear_error()
        self.accept()
        return True


__all__ = ["FactsDialog", "ObservationDialog", "PackDialog"]
