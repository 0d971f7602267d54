"""One entry of the reading log: what it is, how far you are, when you finished it, the
hours, your notes and how it changed your practice. An item of the standard's list keeps
its title; a source of your own can be renamed. Ctrl+Enter saves; closing with changes asks
first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.reading import MAX_HOURS, ReadingDraft
from mentordesk.ui.fields import DateField
from mentordesk.ui.i18n import word
from mentordesk.ui.planner.keys import no_default_button
from mentordesk.ui.reflections.shared import SavingDialog
from mentordesk.ui.widgets import ErrorLabel, fit_to_screen, qdate, save_buttons
from mentordesk.vault.enums import ReadingStatus


def _text_box(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setMinimumHeight(70)
    return box


class ReadingDialog(SavingDialog):
    SIZE = (720, 600)

    def __init__(
        self,
        draft: ReadingDraft,
        *,
        today: date,
        save: Callable[[ReadingDraft], Any],
        on_list: bool,
        adding: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(
            self.tr("Add a source of your own") if adding else self.tr("Reading log entry")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(draft.title)
        self.title.setReadOnly(on_list)
        if on_list:
            self.title.setToolTip(self.tr("The title as the standard's reading list gives it."))
        self.source = QLineEdit(draft.source)
        self.source.setPlaceholderText(self.tr("Author, publisher or web address"))
        self.status = QComboBox()
        for status in ReadingStatus:
            self.status.addItem(word(status), status)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        self.read_on = DateField(draft.read_on, fallback=today)
        self.read_on.setMaximumDate(qdate(today, today))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setSpecialValueText(self.tr("Not noted"))
        self.hours.setValue(draft.hours or 0)
        self.notes = _text_box(draft.notes, self.tr("Notes"))
        self.changed = _text_box(draft.changed_practice, self.tr("How it changed my practice"))
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("St&atus"), self.status)
        form.addRow(self.tr("Read &on"), self.read_on)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("How it &changed my practice"), self.changed)
        layout.addLayout(form, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addWidget(save_buttons(self, self.try_save, self.tr("Save (Ctrl+Enter)")))
        self.status.currentIndexChanged.connect(lambda _i: self._show_date())
        self._fields: dict[str, QWidget] = {
            "title": self.title,
            "status": self.status,
            "read_on": self.read_on,
            "hours": self.hours,
        }
        self._show_date()
        no_default_button(self)
        fit_to_screen(self, *self.SIZE)
        self._saved = self.draft()
        first = self.source if on_list else self.title
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_date(self) -> None:
        self.read_on.setEnabled(self.status.currentData() is ReadingStatus.READ)

    def draft(self) -> ReadingDraft:
        status = self.status.currentData()
        hours = self.hours.value()
        return ReadingDraft(
            title=self.title.text(),
            source=self.source.text(),
            status=status,
            read_on=self.read_on.value() if status is ReadingStatus.READ else None,
            hours=hours or None,
            notes=self.notes.toPlainText(),
            changed_practice=self.changed.toPlainText(),
        )

    def unsaved_question(self) -> str:
        return self.tr("This entry has changes that are not saved. Save them now?")
