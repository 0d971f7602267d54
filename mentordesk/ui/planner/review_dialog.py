"""The progress review form: pre-filled from the records, every part the funding rules ask
for, a RAG per KSB, and the signatures of mentee, employer and mentor on this device."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.reviews import export, store
from mentordesk.services.reviews.store import ReviewDraft, ReviewForm
from mentordesk.ui.i18n import word
from mentordesk.ui.ops import Ops
from mentordesk.ui.signer_box import SignerBox
from mentordesk.ui.widgets import (
    ErrorLabel,
    as_data,
    cell_text,
    cell_widget,
    fit_to_screen,
    may_close_unsaved,
    py_date,
    qdate,
)
from mentordesk.vault.enums import Rag, SignerRole
from mentordesk.words import QT_TRANSLATE_NOOP

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
    def __init__(self, ops: Ops, form: ReviewForm, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.review_id = form.review_id
        self.draft, self.is_final = form.draft, form.is_final
        mentee_name, manager, mentor = form.mentee_name, form.line_manager, form.mentor
        self.setWindowTitle(self.tr("Progress review: {0}").format(mentee_name))
        outer = QVBoxLayout(self)
        body = QWidget()
        col = QVBoxLayout(body)
        top = QFormLayout()
        self.held_on = QDateEdit(qdate(self.draft.held_on, self.draft.held_on))
        self.held_on.setCalendarPopup(True)
        self.next_review = QDateEdit(qdate(self.draft.next_review_on, self.draft.held_on))
        self.next_review.setCalendarPopup(True)
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
            as_data(
                QLabel(f"{period:%d %b %Y} – {self.draft.held_on:%d %b %Y}" if period else "—")
            ),
        )
        top.addRow(self.tr("Off-the-job hours &planned to date"), self.planned)
        top.addRow(self.tr("Off-the-job hours &recorded (from sessions)"), self.recorded)
        top.addRow(self.tr("&Next review"), self.next_review)
        col.addLayout(top)

        self.texts: dict[str, QPlainTextEdit] = {}
        for title, fields in SECTIONS:
            section = QGroupBox(QCoreApplication.translate("ReviewDialog", title))
            section_form = QFormLayout(section)
            for name, label, lines in fields:
                edit = QPlainTextEdit(getattr(self.draft, name))
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(26 + 18 * lines)
                shown = QCoreApplication.translate("ReviewDialog", label)
                edit.setAccessibleName(shown)
                section_form.addRow(shown, edit)
                self.texts[name] = edit
            col.addWidget(section)
            if title == "Progress against the plan":
                col.addWidget(self._ksb_box())

        signs = QGroupBox(self.tr("Signatures (on this device)"))
        row = QHBoxLayout(signs)
        self.signers = [
            SignerBox(SignerRole.MENTEE, self.tr("Mentee")),
            SignerBox(SignerRole.EMPLOYER, self.tr("Employer")),
            SignerBox(SignerRole.MENTOR, self.tr("Mentor")),
        ]
        for signer, name in zip(self.signers, (mentee_name, manager, mentor), strict=True):
            signer.name.setText(name)
            row.addWidget(signer)
        col.addWidget(signs)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.state = QLabel()
        self.error = ErrorLabel()
        outer.addWidget(self.state)
        outer.addWidget(self.error)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.sign_button = QPushButton(self.tr("Sign and &finalise"))
        self.pdf_button = QPushButton(self.tr("Print to P&DF…"))
        self.close_button = QPushButton(self.tr("Close"))
        for b in (self.save_button, self.sign_button, self.pdf_button):
            bar.addWidget(b)
        bar.addStretch()
        bar.addWidget(self.close_button)
        outer.addLayout(bar)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.pdf_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.show_lock()
        fit_to_screen(self, 900, 940)
        self._saved = copy.deepcopy(self.draft_now())  # what Close compares with

    def _ksb_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("RAG per KSB (from the evidence so far; change as agreed)"))
        self.ksb_table = QTableWidget(len(self.draft.ksb_statuses), 4)
        self.ksb_table.setHorizontalHeaderLabels(
            [self.tr("KSB"), self.tr("Evidence"), self.tr("RAG"), self.tr("Comment")]
        )
        self.ksb_table.verticalHeader().hide()
        self.ksb_table.setColumnWidth(0, 380)
        self.ksb_table.setColumnWidth(1, 70)
        self.ksb_table.setColumnWidth(2, 90)
        self.ksb_table.horizontalHeader().setStretchLastSection(True)
        self.ksb_table.setFixedHeight(260)
        for r, s in enumerate(self.draft.ksb_statuses):
            name = QTableWidgetItem(f"{s.code} {s.title}")
            name.setToolTip(s.title)
            self.ksb_table.setItem(r, 0, name)
            self.ksb_table.setItem(r, 1, QTableWidgetItem(str(s.evidence)))
            rag = QComboBox()
            for value in Rag:
                rag.addItem(word(value), value)
            rag.setCurrentIndex(rag.findData(s.rag))
            self.ksb_table.setCellWidget(r, 2, rag)
            self.ksb_table.setItem(r, 3, QTableWidgetItem(s.comment))
        QVBoxLayout(box).addWidget(self.ksb_table)
        return box

    def draft_now(self) -> ReviewDraft:
        d = self.draft
        d.held_on = py_date(self.held_on.date())
        d.next_review_on = py_date(self.next_review.date())
        d.otj_hours_planned = self.planned.value()
        d.otj_hours_recorded = self.recorded.value()
        for name, edit in self.texts.items():
            setattr(d, name, edit.toPlainText())
        for r, s in enumerate(d.ksb_statuses):
            s.rag = cell_widget(self.ksb_table, r, 2, QComboBox).currentData()
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
        self.state.setText(
            self.tr("Signed and final (locked).")
            if self.is_final
            else self.tr("Draft: saved as you go with Save (Ctrl+S); signing makes it final.")
        )

    def save(self) -> bool:
        self.error.clear_error()
        draft, rid = self.draft_now(), self.review_id
        out = self.ops.write(
            lambda job: store.save(job.db, draft, rid, today=job.today), show=self.error.show_error
        )
        if not out:
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
            return False
        self.review_id = out.value
        self.is_final = True
        self.show_lock()
        self.ops.notice.emit(self.tr("Review signed and final."))
        self._saved = copy.deepcopy(self.draft_now())
        return True

    def done(self, result: int) -> None:
        """Closing never drops what was typed in a draft unasked."""
        if not self.is_final and self.draft_now() != self._saved:
            question = self.tr("This review has changes that are not saved. Save the draft now?")
            if not may_close_unsaved(self, question, self.save):
                return
        super().done(result)

    def print_pdf(self) -> None:
        if self.review_id is None:
            return
        name = f"progress-review-{self.draft.held_on:%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print review to PDF"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        rid = self.review_id
        self.ops.start(
            lambda job: export.export_review(job.db, rid, Path(path)),
            write=False,
            title=self.tr("Print review to PDF"),
            cancellable=False,  # one step: nothing to stop part-way
            label=self.tr("Writing the review…"),
            parent=self,
            message=self.tr("Review written to {0}").format(path),
        )
