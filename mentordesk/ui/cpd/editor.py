"""Add or edit a CPD activity: what and when, how long and with whom, what was learned and
how it changed practice, the mentor's KSBs it evidences, and evidence files.

Ctrl+Enter saves; Esc (or Cancel) closes, asking first when something was changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
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
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.errors import ValidationError
from mentordesk.services import cpd
from mentordesk.services.cpd import CpdDraft, EvidenceFile, KsbChoice, NewFile
from mentordesk.services.cpd.evidence import LIMIT_WORDS
from mentordesk.ui.fields import DateField
from mentordesk.ui.i18n import word
from mentordesk.ui.ksb.evidence_files import EvidenceFiles
from mentordesk.ui.mentee_dialog import OptionalDate
from mentordesk.ui.ops import Ops
from mentordesk.ui.widgets import (
    ErrorLabel,
    filter_list,
    fit_to_screen,
    may_close_unsaved,
    save_buttons,
)
from mentordesk.vault.enums import CpdKind

ID_ROLE = Qt.ItemDataRole.UserRole
WORDING_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Edited:
    """What the editor hands to be saved: the fields, the files to add and to remove."""

    draft: CpdDraft
    add: tuple[NewFile, ...]
    remove: tuple[int, ...]


def _text_box(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setMinimumHeight(64)
    return box


class CpdEditor(QDialog):
    """``save(edited)`` runs the write and returns its outcome (an error in it is shown
    here, at the field it names)."""

    def __init__(
        self,
        ops: Ops,
        ksbs: list[KsbChoice],
        today: date,
        draft: CpdDraft | None = None,
        files: list[EvidenceFile] | None = None,
        save: Callable[[Edited], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._save = save
        editing = draft is not None
        self.setWindowTitle(
            self.tr("Edit CPD activity") if editing else self.tr("New CPD activity")
        )
        draft = draft or CpdDraft(occurred_on=today, title="", kind=CpdKind.COURSE.value, hours=1.0)
        self.error = ErrorLabel()
        body = QHBoxLayout()
        body.addWidget(self._activity_box(draft, today), 3)
        right = QVBoxLayout()
        right.addWidget(self._ksb_box(ksbs, set(draft.ksb_ids)), 3)
        self.files_box = self._files_box(list(files or []))
        right.addWidget(self.files_box, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        buttons = save_buttons(self, self.try_save, self.tr("Save (Ctrl+Enter)"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self._fields: dict[str, QWidget] = {
            "title": self.title,
            "kind": self.kind,
            "hours": self.hours,
            "ended_on": self.ended.edit,
            "ksb_ids": self.ksbs,
        }
        self._start = self.edited()
        fit_to_screen(self, 1080, 660)
        self.title.setFocus()

    # -- the parts -----------------------------------------------------------------------
    def _activity_box(self, draft: CpdDraft, today: date) -> QGroupBox:
        box = QGroupBox(self.tr("The activity"))
        form = QFormLayout(box)
        self.title = QLineEdit(draft.title)
        self.title.setPlaceholderText(self.tr("For example: Safeguarding refresher (level 2)"))
        self.kind = QComboBox()
        for kind in CpdKind:
            self.kind.addItem(word(kind), kind.value)
        if self.kind.findData(draft.kind) < 0:  # an older vault's own word for a kind
            self.kind.addItem(draft.kind, draft.kind)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.started = DateField(draft.occurred_on)
        self.ended = OptionalDate(
            self.tr("Ended on a later day"),
            draft.ended_on,
            draft.ended_on or draft.occurred_on,
            self.tr("Ended on"),
        )
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, cpd.HOURS_MAX)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setValue(draft.hours)
        self.participatory = QCheckBox(self.tr("&Participatory: done with other people"))
        self.participatory.setChecked(draft.participatory)
        self.participatory.setToolTip(
            self.tr("With others: a course, a conference, supervision, peer observation…")
        )
        self.provider = QLineEdit(draft.provider)
        self.provider.setPlaceholderText(self.tr("Who ran it, if anyone"))
        self.learned = _text_box(draft.what_i_learned, self.tr("What I learned"))
        self.impact = _text_box(draft.impact_on_practice, self.tr("Impact on my practice"))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Started:"), self.started)
        form.addRow(self.tr("E&nded:"), self.ended)
        label = form.labelForField(self.ended)
        if isinstance(label, QLabel):
            label.setBuddy(self.ended.enabled)
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow("", self.participatory)
        form.addRow(self.tr("Pro&vider:"), self.provider)
        form.addRow(self.tr("What I &learned:"), self.learned)
        form.addRow(self.tr("&Impact on my practice:"), self.impact)
        self.started.dateChanged.connect(self._start_moved)
        return box

    def _ksb_box(self, ksbs: list[KsbChoice], ticked: set[int]) -> QGroupBox:
        box = QGroupBox(self.tr("KSBs this evidences (your standard)"))
        column = QVBoxLayout(box)
        self.ksb_filter = QLineEdit()
        self.ksb_filter.setPlaceholderText(self.tr("Filter by code or words"))
        self.ksb_filter.setClearButtonEnabled(True)
        self.ksb_filter.setAccessibleName(self.tr("Filter KSBs"))
        self.ksbs = QListWidget()
        self.ksbs.setAccessibleName(self.tr("KSBs this evidences"))
        self.ksbs.setWordWrap(True)  # the full wording of each, on as many lines as it takes
        self.ksbs.setResizeMode(QListView.ResizeMode.Adjust)
        self.ksbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for k in ksbs:
            item = QListWidgetItem(f"{k.code}  {k.wording}")
            item.setData(ID_ROLE, k.id)
            item.setData(WORDING_ROLE, f"{k.code} {k.wording}".casefold())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if k.id in ticked else Qt.CheckState.Unchecked)
            self.ksbs.addItem(item)
        self.ksb_count = QLabel()
        label = QLabel(self.tr("KS&Bs:"))
        label.setBuddy(self.ksbs)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.ksb_filter, 1)
        column.addLayout(top)
        column.addWidget(self.ksbs, 1)
        column.addWidget(self.ksb_count)
        self.ksb_filter.textChanged.connect(self._filter_ksbs)
        self.ksbs.itemChanged.connect(lambda _item: self._count_ksbs())
        self._count_ksbs()
        return box

    def _files_box(self, files: list[EvidenceFile]) -> EvidenceFiles:
        box = EvidenceFiles(
            self.ops,
            files,
            cpd.read_file,
            cpd.read_evidence,
            self.show_error,
            added_words=self.tr("{0} ({1}, added: saved with the activity)"),
            empty_words=self.tr("No files yet: add a certificate, notes or slides."),
            texts=(self.tr("&Add file…"), self.tr("&Remove file"), self.tr("Save a cop&y…")),
            title=self.tr("Evidence files"),
            note=self.tr("Kept encrypted inside the vault, up to {0} a file.").format(LIMIT_WORDS),
        )
        self.files = box.list
        self.add_file_button = box.add_button
        self.remove_file_button = box.remove_button
        self.add_paths = box.add_paths
        box.changed.connect(self.error.clear_error)
        return box

    # -- KSBs ----------------------------------------------------------------------------
    def _filter_ksbs(self, text: str) -> None:
        wanted = text.casefold().split()
        filter_list(self.ksbs, lambda item: all(w in item.data(WORDING_ROLE) for w in wanted))

    def _count_ksbs(self) -> None:
        n = len(self.ksb_ids())
        self.ksb_count.setText(self.tr("%n KSB(s) ticked", "", n))

    def ksb_ids(self) -> tuple[int, ...]:
        return tuple(
            self.ksbs.item(i).data(ID_ROLE)
            for i in range(self.ksbs.count())
            if self.ksbs.item(i).checkState() == Qt.CheckState.Checked
        )

    def _start_moved(self) -> None:
        """A later day can be no earlier than the start."""
        if not self.ended.enabled.isChecked():
            self.ended.edit.set_value(self.started.value())

    # -- saving --------------------------------------------------------------------------
    def draft(self) -> CpdDraft:
        return CpdDraft(
            occurred_on=self.started.value(),
            ended_on=self.ended.value(),
            title=self.title.text(),
            kind=self.kind.currentData(),
            hours=self.hours.value(),
            participatory=self.participatory.isChecked(),
            provider=self.provider.text(),
            what_i_learned=self.learned.toPlainText(),
            impact_on_practice=self.impact.toPlainText(),
            ksb_ids=self.ksb_ids(),
        )

    def edited(self) -> Edited:
        box = self.files_box
        return Edited(self.draft(), tuple(box.added), tuple(box.removed))

    def changed(self) -> bool:
        return self.edited() != self._start

    def show_error(self, text: str) -> None:
        self.error.show_error(text)

    def try_save(self) -> bool:
        self.error.clear_error()
        outcome = self._save(self.edited()) if self._save else None
        if outcome is not None and not outcome:
            error = outcome.error
            if isinstance(error, ValidationError):
                self.error.show_error(str(error))
                widget = self._fields.get(error.field)
                if widget is not None:
                    widget.setFocus()
            return False
        self._start = self.edited()
        self.accept()
        return True

    def done(self, result: int) -> None:
        """Closing (Cancel, Esc, the window's ×) never drops what was typed unasked."""
        if result != QDialog.DialogCode.Accepted and self.changed():
            question = self.tr("This activity has changes that are not saved. Save them now?")
            if not may_close_unsaved(self, question, self.try_save):
                return
            if self.result() == QDialog.DialogCode.Accepted:  # saved: closed already
                return
        super().done(result)


__all__ = ["CpdEditor", "Edited"]
