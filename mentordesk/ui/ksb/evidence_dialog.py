"""Add or edit a piece of KSB evidence: its kind, title and date, who observed or witnessed
it, what it shows, its files (kept encrypted in the vault; pictures shown as thumbnails),
the KSBs it evidences with a judgement and a comment for each, and the mentor's sign-off.

Ctrl+Enter saves; Esc (or Cancel) closes, asking first when something was changed; an
error is shown in the dialog with the keyboard put on its field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.attachments import EvidenceFile, NewFile
from mentordesk.services.ksb import evidence
from mentordesk.services.ksb.evidence import EvidenceDraft, KsbChoice, KsbMark
from mentordesk.ui.fields import DateField
from mentordesk.ui.i18n import word
from mentordesk.ui.ksb.evidence_files import EvidenceFiles
from mentordesk.ui.ksb.evidence_marks import KsbMarks
from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.shared import SavingDialog
from mentordesk.ui.widgets import ErrorLabel, fit_to_screen, save_buttons
from mentordesk.vault.enums import EvidenceKind


@dataclass(frozen=True)
class Edited:
    """What the dialog hands to be saved: the fields, the files to add and to remove."""

    draft: EvidenceDraft
    add: tuple[NewFile, ...] = ()
    remove: tuple[int, ...] = ()


def kinds_for(owner: int | None, current: str | None) -> list[EvidenceKind]:
    """The kinds offered: a session record only for an item that is one (sessions make
    them), CPD only in the mentor's own portfolio."""
    shown: list[EvidenceKind] = [k for k in EvidenceKind if k is not EvidenceKind.SESSION]
    if owner is not None:
        shown.remove(EvidenceKind.CPD)
    kind = evidence.kind_of(current) if current else None
    if kind is not None and kind not in shown:
        shown.insert(0, kind)
    return shown


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EvidenceDialog(SavingDialog):
    """``save(edited)`` runs the write and returns its outcome (an error in it is shown
    here, at the field it names). ``owner`` is the mentee (None: the mentor's own)."""

    def __init__(
        self,
        ops: Ops,
        choices: list[KsbChoice],
        today: date,
        owner: int | None,
        draft: EvidenceDraft | None = None,
        files: list[EvidenceFile] | None = None,
        save: Callable[[Edited], Any] | None = None,
        owner_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self._save = save or (lambda _edited: True)
        editing = draft is not None
        whose = owner_name or (self.tr("your own portfolio") if owner is None else "")
        title = self.tr("Edit evidence") if editing else self.tr("New evidence")
        self.setWindowTitle(self.tr("{0} — {1}").format(title, whose) if whose else title)
        self._draft = draft or EvidenceDraft(
            owner=owner,
            kind=EvidenceKind.OBSERVATION.value,
            title="",
            occurred_on=today,
        )
        self.error = ErrorLabel()

        left = QVBoxLayout()
        left.addWidget(self._evidence_box(self._draft), 3)
        self.files_box = EvidenceFiles(
            ops,
            list(files or []),
            evidence.STORE.read_file,
            evidence.read_evidence,
            self.show_error,
            added_words=self.tr("{0} ({1}, added: saved with the evidence)"),
            empty_words=self.tr("No files yet: add a photo, a scan, notes or a recording."),
            texts=(self.tr("&Add files…"), self.tr("Re&move file"), self.tr("Save a cop&y…")),
        )
        self.files_box.changed.connect(self.error.clear_error)
        left.addWidget(self.files_box, 2)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self._ksb_box(choices, self._draft.marks), 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        buttons = save_buttons(self, self.try_save, self.tr("Save (Ctrl+Enter)"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self._fields = {
            "title": self.title,
            "kind": self.kind,
            "occurred_on": self.occurred,
            "observer": self.observer,
            "description": self.description,
            "marks": self.marks.view,
            "signed_off_on": self.signed_date,
        }
        self._saved = self.draft()
        fit_to_screen(self, 1200, 680)
        self.title.setFocus()

    # -- the parts -------------------------------------------------------------------------
    def _evidence_box(self, d: EvidenceDraft) -> QGroupBox:
        box = QGroupBox(self.tr("The evidence"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        for kind in kinds_for(d.owner, d.kind):
            self.kind.addItem(word(kind), kind.value)
        known = evidence.kind_of(d.kind)
        stored = known.value if known else d.kind
        if self.kind.findData(stored) < 0:  # an older vault's own word for a kind
            self.kind.addItem(d.kind, d.kind)
        self.kind.setCurrentIndex(self.kind.findData(stored))
        self.title = QLineEdit(d.title)
        self.title.setPlaceholderText(
            self.tr("For example: Witness statement from the ward manager")
        )
        self.occurred = DateField(d.occurred_on)
        self.occurred.setMaximumDate(_qdate(max(self.today, d.occurred_on)))
        self.observer = QLineEdit(d.observer)
        self.observer.setPlaceholderText(
            self.tr("Name and role, for example: Sam Lee, team leader")
        )
        self.description = QPlainTextEdit(d.description)
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("What it shows"))
        self.description.setMinimumHeight(60)
        self.signed = QCheckBox(self.tr("Si&gned off by me on"))
        self.signed.setChecked(d.signed_off_on is not None)
        self.signed_date = DateField(d.signed_off_on or self.today)
        self.signed_date.setMaximumDate(_qdate(max(self.today, d.signed_off_on or self.today)))
        self.signed_date.setAccessibleName(self.tr("Date signed off"))
        self.signed_date.setEnabled(self.signed.isChecked())
        self.signed.toggled.connect(self.signed_date.setEnabled)
        signed_row = QHBoxLayout()
        signed_row.addWidget(self.signed)
        signed_row.addWidget(self.signed_date)
        signed_row.addStretch()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.occurred)
        form.addRow(self.tr("&Observed or witnessed by:"), self.observer)
        form.addRow(self.tr("&What it shows:"), self.description)
        form.addRow("", signed_row)
        return box

    def _ksb_box(self, choices: list[KsbChoice], marks: tuple[KsbMark, ...]) -> QGroupBox:
        whose = (
            self.tr("your standard")
            if self._draft.owner is None
            else self.tr("the mentee's standard")
        )
        box = QGroupBox(self.tr("KSBs this evidences ({0})").format(whose))
        column = QVBoxLayout(box)
        self.marks = KsbMarks(choices, marks)
        self.marks.changed.connect(self.error.clear_error)
        if not choices:
            empty = QLabel(
                self.tr("No standard is chosen for this portfolio yet: choose one on the "
                        "mentee's details (or, for your own, in your profile) to map KSBs.")
            )  # fmt: skip
            empty.setWordWrap(True)
            column.addWidget(empty)
        column.addWidget(self.marks, 1)
        return box

    # -- saving ----------------------------------------------------------------------------
    def draft(self) -> Edited:
        d = self._draft
        return Edited(
            EvidenceDraft(
                owner=d.owner,
                kind=self.kind.currentData(),
                title=self.title.text(),
                occurred_on=self.occurred.value(),
                description=self.description.toPlainText(),
                observer=self.observer.text(),
                marks=self.marks.marks(),
                signed_off_on=self.signed_date.value() if self.signed.isChecked() else None,
                session_id=d.session_id,
            ),
            tuple(self.files_box.added),
            tuple(self.files_box.removed),
        )

    def unsaved_question(self) -> str:
        return self.tr("This evidence has changes that are not saved. Save them now?")


__all__ = ["EvidenceDialog", "Edited", "kinds_for"]
