"""Mentees › Data protection › Everything held about them…: the subject access export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.employer_export import ask_where, run_export
from mentordesk.ui.export_protection import ProtectionBox
from mentordesk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from mentordesk.services.disclosure import ExportDone
    from mentordesk.ui.ops import Job, Ops


class SubjectAccessDialog(QDialog):
    def __init__(self, ops: Ops, mentee_id: int, full_name: str, settings: QSettings, parent=None):
        super().__init__(parent)
        self.ops, self.settings = ops, settings
        self.mentee_id, self.full_name = mentee_id, full_name
        self.done_export: ExportDone | None = None
        self.setWindowTitle(self.tr("Everything held about {0}").format(full_name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<p>A subject access export (UK GDPR article 15) holds everything MentorDesk "
                "keeps about {0}: their details, contracts, sessions with your notes, reviews, "
                "actions, evidence and attached files, your reflections on their sessions, "
                "and safeguarding records, as PDFs, CSV and JSON in one encrypted file.</p>"
            ).format(full_name.replace("<", "&lt;"))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.without_safeguarding = QCheckBox(
            self.tr("Leave out &safeguarding records (on your safeguarding lead's advice)")
        )
        self.without_safeguarding.setToolTip(
            self.tr("They may be withheld where disclosing them could cause serious harm.")
        )
        layout.addWidget(self.without_safeguarding)
        self.error = ErrorLabel()
        self.protect = ProtectionBox(self.tr("e.g. {0}, by email").format(full_name), self.error)
        layout.addWidget(self.protect)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("E&xport…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.try_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def problem(self) -> str | None:
        from mentordesk.errors import ValidationError
        from mentordesk.services.disclosure import check_protection

        recipients, passphrase = self.protect.protection()
        try:
            check_protection(recipients, passphrase)
        except ValidationError as exc:
            return str(exc)
        return None

    def try_export(self, out: Path | None = None) -> None:
        problem = self.problem()
        if problem:
            self.error.show_error(problem)
            return
        self.error.clear_error()
        out = out or ask_where(
            self,
            self.tr("Everything held about {0} {1}.age").format(
                self.full_name, self.ops.clock.today().isoformat()
            ),
        )
        if out is None:
            return
        recipients, passphrase = self.protect.protection()
        label = self.protect.label.text().strip()
        choice = (self.mentee_id, not self.without_safeguarding.isChecked())
        target = out

        def work(job: Job) -> ExportDone:
            from mentordesk.services.disclosure.subject import (
                SubjectChoice,
                export_subject_access,
            )

            return export_subject_access(
                job.db,
                SubjectChoice(*choice),
                target,
                now=job.now,
                recipients=recipients,
                passphrase=passphrase,
                recipient_label=label,
                progress=job.progress,
            )

        run_export(self, work, target, self.tr("Subject access export"))


def open_for(parent: QWidget, ops: Ops, mentee_id: int, full_name: str) -> SubjectAccessDialog:
    dialog = SubjectAccessDialog(ops, mentee_id, full_name, QSettings(), parent)
    dialog.open()
    return dialog
