"""The progress review form: pre-filled from the records, every part the funding rules ask
for, a RAG per KSB, and the signatures of mentee, employer and mentor on this device."""

from __future__ import annotations

import copy
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.reviews import export, store
from mentordesk.services.reviews.store import ReviewDraft, ReviewForm
from mentordesk.ui.fields import DateField
from mentordesk.ui.i18n import word
from mentordesk.ui.ops import Ops
from mentordesk.ui.planner.cells import (
    VALUE_ROLE,
    ChoiceDelegate,
    NamedDelegate,
    commit_editing,
    keyboard_table,
)
from mentordesk.ui.planner.fitted import FittedScroll, WrapRow
from mentordesk.ui.planner.keys import go_to, no_default_button, tidy_mnemonics
from mentordesk.ui.signer_box import SignerBox
from mentordesk.ui.widgets import (
    ErrorLabel,
    as_data,
    cell_text,
    fit_to_screen,
    may_close_unsaved,
)
from mentordesk.vault.enums import Rag, SignerRole
from mentordesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from mentordesk.ui.printing import Printable

# (section title, [(field, label, lines)])
SECTIONS = [
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "Actions since the last review and their outcome"),
        [("actions_summary", QT_TRANSLATE_NOOP("ReviewDialog", "Actions and outcomes"), 5)],
    ),
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "Progress against the plan"),
        [("progress_summary", QT_TRANSLATE_NOOP("ReviewDialog", "Summary"), 3)],
    ),
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "Concerns raised"),
        [
            ("concerns_mentee", QT_TRANSLATE_NOOP("ReviewDialog", "By the mentee"), 2),
            ("concerns_employer", QT_TRANSLATE_NOOP("ReviewDialog", "By the employer"), 2),
            ("concerns_provider", QT_TRANSLATE_NOOP("ReviewDialog", "By the training provider"), 2),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "Wellbeing and safeguarding"),
        [
            ("wellbeing_check", QT_TRANSLATE_NOOP("ReviewDialog", "Wellbeing check"), 2),
            ("safeguarding_check", QT_TRANSLATE_NOOP("ReviewDialog", "Safeguarding check"), 2),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "English and maths"),
        [
            ("english_status", QT_TRANSLATE_NOOP("ReviewDialog", "English"), 1),
            ("maths_status", QT_TRANSLATE_NOOP("ReviewDialog", "Maths"), 1),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "Changes of circumstance and support needs"),
        [
            (
                "changes_of_circumstance",
                QT_TRANSLATE_NOOP("ReviewDialog", "Changes of circumstance"),
                2,
            ),
            ("support_needs", QT_TRANSLATE_NOOP("ReviewDialog", "Support needs"), 2),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "Readiness for end-point assessment"),
        [("epa_readiness", QT_TRANSLATE_NOOP("ReviewDialog", "Readiness"), 2)],
    ),
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "SMART targets to the next review"),
        [("smart_targets", QT_TRANSLATE_NOOP("ReviewDialog", "One target a line"), 3)],
    ),
    (
        QT_TRANSLATE_NOOP("ReviewDialog", "Comments"),
        [
            ("comments_mentee", QT_TRANSLATE_NOOP("ReviewDialog", "Mentee"), 2),
            ("comments_employer", QT_TRANSLATE_NOOP("ReviewDialog", "Employer"), 2),
            ("comments_mentor", QT_TRANSLATE_NOOP("ReviewDialog", "Mentor"), 2),
        ],
    ),
]


class ReviewDialog(QDialog):
    SIZE = (1100, 940)  # as large as this, where the screen allows

    def __init__(self, ops: Ops, form: ReviewForm, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.review_id = form.review_id
        self.draft, self.is_final = form.draft, form.is_final
        mentee_name, manager, mentor = form.mentee_name, form.line_manager, form.mentor
        self.mentee_name = mentee_name
        self.setWindowTitle(self.tr("Progress review: {0}").format(mentee_name))
        outer = QVBoxLayout(self)
        body = QWidget()
        col = QVBoxLayout(body)
        top = QFormLayout()
        held = self.draft.held_on
        self.held_on = DateField(held)
        self.next_review = DateField(
            self.draft.next_review_on, fallback=held, minimum=held + timedelta(days=1)
        )
        self.planned = QDoubleSpinBox()
        self.recorded = QDoubleSpinBox()
        for hours in (self.planned, self.recorded):
            hours.setRange(0, 5000)
            hours.setSuffix(self.tr(" h"))
        self.planned.setValue(self.draft.otj_hours_planned or 0)
        self.recorded.setValue(self.draft.otj_hours_recorded or 0)
        period = self.draft.period_start
        top.addRow(self.tr("Review &held on"), self.held_on)
        top.addRow(
            self.tr("Period"),
            as_data(QLabel(f"{period:%d %b %Y} – {held:%d %b %Y}" if period else "—")),
        )
        top.addRow(self.tr("Off-the-job hours p&lanned to date"), self.planned)
        top.addRow(self.tr("Off-the-job hours &recorded (from sessions)"), self.recorded)
        top.addRow(self.tr("&Next review"), self.next_review)
        col.addLayout(top)
        # field -> (its label, the label's own text): marked "⚠" while needed to sign
        self.labels: dict[str, tuple[QLabel | QGroupBox, str]] = {}
        self._keep_label("next_review_on", top.labelForField(self.next_review))

        self.texts: dict[str, QPlainTextEdit] = {}
        for title, fields in SECTIONS:
            section = QGroupBox(QCoreApplication.translate("ReviewDialog", title))
            section_form = QFormLayout(section)
            for name, label, lines in fields:
                edit = QPlainTextEdit(getattr(self.draft, name))
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(26 + 18 * lines)
                shown = QCoreApplication.translate("ReviewDialog", label)
                edit.setAccessibleName(
                    shown
                    if shown == section.title()
                    else f"{section.title()}: {shown}"  # "Concerns raised: By the mentee"
                )
                section_form.addRow(shown, edit)
                self._keep_label(name, section_form.labelForField(edit))
                self.texts[name] = edit
            col.addWidget(section)
            if title == "Progress against the plan":
                col.addWidget(self._ksb_box())

        signs = QGroupBox(self.tr("Signatures (on this device)"))
        self.signers = [
            SignerBox(SignerRole.MENTEE, self.tr("Mentee")),
            SignerBox(SignerRole.EMPLOYER, self.tr("Employer")),
            SignerBox(SignerRole.MENTOR, self.tr("Mentor")),
        ]
        for signer, name in zip(self.signers, (mentee_name, manager, mentor), strict=True):
            signer.name.setText(name)
            self._keep_label(store.SIGNATURE_FIELD + signer.role.value, signer)
        QVBoxLayout(signs).addWidget(WrapRow(list(self.signers)))
        col.addWidget(signs)
        self.scroll_area = FittedScroll(body)
        outer.addWidget(self.scroll_area, 1)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # may name countersigners
        self.state.setWordWrap(True)
        self.error = ErrorLabel()
        outer.addWidget(self.state)
        outer.addWidget(self.error)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.sign_button = QPushButton(self.tr("Sign and &finalise"))
        self.pdf_button = QPushButton(self.tr("&Print to PDF…"))
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.setToolTip(self.tr("Print this review, with a preview first (Ctrl+P)"))
        self.countersign_button = QPushButton(self.tr("For co&untersigning…"))
        self.countersign_button.setToolTip(
            self.tr("A signed PDF the mentee and the employer sign with their own digital ID")
        )
        self.close_button = QPushButton(self.tr("&Close"))
        buttons = (self.save_button, self.sign_button, self.pdf_button, self.print_button)
        for b in (*buttons, self.countersign_button):
            bar.addWidget(b)
        bar.addStretch()
        bar.addWidget(self.close_button)
        outer.addLayout(bar)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.pdf_button.clicked.connect(self.print_pdf)
        self.print_button.clicked.connect(self.print_review)
        self.countersign_button.clicked.connect(self.for_countersigning)
        self.close_button.clicked.connect(self.accept)
        self.held_on.dateChanged.connect(
            lambda _d: self.next_review.set_minimum(self.held_on.value() + timedelta(days=1))
        )
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_review)
        self.show_lock()
        no_default_button(self)
        tidy_mnemonics(self)
        fit_to_screen(self, *self.SIZE)
        self._saved = copy.deepcopy(self.draft_now())  # what Close compares with

    def _keep_label(self, field: str, label: QWidget | None) -> None:
        if isinstance(label, QLabel):
            self.labels[field] = (label, label.text())
        elif isinstance(label, QGroupBox):
            self.labels[field] = (label, label.title())

    def _ksb_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("RAG per KSB (from the evidence so far; change as agreed)"))
        table = self.ksb_table = QTableWidget(len(self.draft.ksb_statuses), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("KSB"), self.tr("Evidence"), self.tr("RAG"), self.tr("Comment")]
        )
        keyboard_table(table, self.tr("RAG per KSB"))
        table.setAccessibleDescription(
            self.tr("Arrows move between KSBs; F2 changes a RAG or a comment.")
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(2, 100)
        word_ = self.tr("KSB")
        rags = [(word(value), value) for value in Rag]
        table.setItemDelegateForColumn(2, ChoiceDelegate(table, word_, rags))
        table.setItemDelegateForColumn(3, NamedDelegate(table, word_))
        table.setFixedHeight(260)
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for r, s in enumerate(self.draft.ksb_statuses):
            name = QTableWidgetItem(f"{s.code} {s.title}")
            name.setToolTip(f"{s.code} {s.title}")
            name.setFlags(fixed)
            evidence = QTableWidgetItem(str(s.evidence))
            evidence.setFlags(fixed)
            rag = QTableWidgetItem(word(s.rag))
            rag.setData(VALUE_ROLE, s.rag)
            table.setItem(r, 0, name)
            table.setItem(r, 1, evidence)
            table.setItem(r, 2, rag)
            table.setItem(r, 3, QTableWidgetItem(s.comment))
        QVBoxLayout(box).addWidget(table)
        return box

    def draft_now(self) -> ReviewDraft:
        d = self.draft
        d.held_on = self.held_on.value()
        d.next_review_on = self.next_review.value()
        d.otj_hours_planned = self.planned.value()
        d.otj_hours_recorded = self.recorded.value()
        for name, edit in self.texts.items():
            setattr(d, name, edit.toPlainText())
        commit_editing(self.ksb_table)
        for r, s in enumerate(d.ksb_statuses):
            cell = self.ksb_table.item(r, 2)
            rag = cell.data(VALUE_ROLE) if cell is not None else None
            s.rag = rag if isinstance(rag, Rag) else s.rag
            s.comment = cell_text(self.ksb_table, r, 3)
        return d

    def show_lock(self) -> None:
        editable = [
            *self.texts.values(),
            *self.signers,
            self.held_on,
            self.next_review,
            self.planned,
            self.recorded,
            self.ksb_table,
            self.save_button,
            self.sign_button,
        ]
        for w in editable:
            w.setEnabled(not self.is_final)
        self.pdf_button.setEnabled(self.review_id is not None)
        self.print_button.setEnabled(self.review_id is not None)
        self.countersign_button.setEnabled(self.is_final and self.review_id is not None)
        state = (
            self.tr("Signed and final (locked).")
            if self.is_final
            else self.tr("Draft: saved as you go with Save (Ctrl+S); signing makes it final.")
        )
        if self.review_id is not None and self.is_final:
            from mentordesk.ui.countersign import countersigned_text

            countersigned = countersigned_text(self.ops, "review", self.review_id)
            if countersigned:
                state += "\n" + countersigned
        self.state.setText(state)

    def for_countersigning(self) -> None:
        if self.review_id is None or not self.is_final:
            return
        from mentordesk.ui.countersign import export_for_countersignature

        name = f"progress-review-{self.draft.held_on:%Y-%m-%d}-to-countersign.pdf"
        export_for_countersignature(
            self, self.ops, "review", self.review_id, name, self.tr("Progress review")
        )

    def save(self) -> bool:
        self.error.clear_error()
        draft, rid = self.draft_now(), self.review_id
        out = self.ops.write(
            lambda job: store.save(job.db, draft, rid, today=job.today), show=self.error.show_error
        )
        if not out:
            self.go_to_problem(out.error)
            return False
        self.review_id = out.value
        self.show_lock()
        self.ops.notice.emit(self.tr("Review saved as a draft."))
        self._saved = copy.deepcopy(self.draft_now())
        return True

    def sign(self) -> bool:
        self.error.clear_error()
        now = self.ops.clock.now()
        draft, rid = self.draft_now(), self.review_id
        signatures = [b.signature(now) for b in self.signers]
        out = self.ops.write(
            lambda job: store.sign(job.db, rid, draft, signatures, now=now),
            show=self.error.show_error,
        )
        if not out:
            self.go_to_problem(out.error)
            return False
        self.mark_missing(set())
        self.review_id = out.value
        self.is_final = True
        self.show_lock()
        self.pdf_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the form is locked now
        self.ops.notice.emit(self.tr("Review signed and final."))
        self._saved = copy.deepcopy(self.draft_now())
        return True

    # -- what needs attention -------------------------------------------------------------
    def field_widget(self, field: str) -> QWidget | None:
        """The input where ``field`` is typed or chosen."""
        fixed: dict[str, QWidget] = {
            "held_on": self.held_on,
            "next_review_on": self.next_review,
            "otj_hours_planned": self.planned,
            "otj_hours_recorded": self.recorded,
        }
        if field in fixed:
            return fixed[field]
        if field in self.texts:
            return self.texts[field]
        for signer in self.signers:
            if field == store.SIGNATURE_FIELD + signer.role.value:
                # no name: type it; a name but no mark: "Type my name" is the keyboard's way
                return signer.name if not signer.name.text().strip() else signer.type
        return None

    def mark_missing(self, fields: set[str]) -> None:
        """ "⚠" before the label of each part still needed to sign (words, not colour)."""
        for field, (label, text) in self.labels.items():
            shown = f"⚠ {text}" if field in fields else text
            if isinstance(label, QLabel):
                label.setText(shown)
            else:
                label.setTitle(shown)
            widget = self.field_widget(field)
            if widget is not None:
                needed = self.tr("Needed before signing") if field in fields else ""
                widget.setAccessibleDescription(needed)

    def go_to_problem(self, error: BaseException | None) -> None:
        """Mark every part a refusal lists, scroll to the first and give it the keyboard."""
        missing = getattr(error, "missing", None) or []
        self.mark_missing({field for field, _what in missing})
        field = getattr(error, "field", None)
        if field is not None:
            go_to(self.scroll_area, self.field_widget(field))

    def done(self, result: int) -> None:
        """Closing never drops what was typed in a draft unasked."""
        if not self.is_final and self.draft_now() != self._saved:
            question = self.tr("This review has changes that are not saved. Save the draft now?")
            if not may_close_unsaved(self, question, self.save):
                return
        super().done(result)

    def printable(self) -> Printable | None:
        """This review, once saved."""
        if self.review_id is None:
            return None
        from mentordesk.ui.printing import Printable

        held = self.draft.held_on
        title = self.tr("Progress review: {0}, {1}").format(
            self.mentee_name, f"{held.day} {held:%b %Y}"
        )
        return Printable("review", self.review_id, title)

    def print_review(self) -> None:
        """Print the review as saved; a draft with changes is saved first, so the paper
        shows what the form shows."""
        if self.review_id is None:
            self.error.show_error(self.tr("Save the review first (Ctrl+S), then print it."))
            return
        if not self.is_final and self.draft_now() != self._saved and not self.save():
            return
        printable = self.printable()
        if printable is not None:
            from mentordesk.ui.printing import print_record

            print_record(self, self.ops, printable)

    def print_pdf(self) -> None:
        if self.review_id is None:
            return
        name = f"progress-review-{self.draft.held_on:%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print review to PDF"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        rid, out = self.review_id, Path(path)
        self.ops.start(
            lambda job: export.export_review(job.db, rid, out, job.now),
            write=True,  # the first record signed makes the signing key
            title=self.tr("Print review to PDF"),
            cancellable=False,  # one step: nothing to stop part-way
            label=self.tr("Writing the review…"),
            parent=self,
            done=lambda written: self.ops.saved.emit(
                Path(written or out), self.tr("Progress review")
            ),
            show=self.error.show_error,
        )
