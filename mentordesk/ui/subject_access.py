"""Mentees › Data protection › Everything held about them…: the subject access export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.employer_export import LAST_FOLDER, show_saved
from mentordesk.ui.export_protection import ProtectionBox
from mentordesk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from mentordesk.services.disclosure.subject import SubjectDone
    from mentordesk.ui.ops import Job, Ops


class SubjectAccessDialog(QDialog):
    def __init__(self, ops: Ops, mentee_id: int, full_name: str, settings: QSettings, parent=None):
        super().__init__(parent)
        self.ops, self.settings = ops, settings
        self.mentee_id, self.full_name = mentee_id, full_name
        self.done_export: SubjectDone | None = None
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
        self.protect = ProtectionBox(self.tr("e.g. {0}, by email").format(full_name), self._show)
        layout.addWidget(self.protect)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("E&xport…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.try_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _show(self, text: str) -> None:
        if text:
            self.error.show_error(text)
        else:
            self.error.clear_error()

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
        if out is None:
            folder = str(self.settings.value(LAST_FOLDER, str(Path.home())))
            name = self.tr("Everything held about {0} {1}.age").format(
                self.full_name, self.ops.clock.today().isoformat()
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the export as"),
                str(Path(folder) / name.replace("/", "_")),
                self.tr("age-encrypted files (*.age)"),
            )
            if not chosen:
                return
            out = Path(chosen)
        if out.suffix != ".age":
            out = out.with_name(out.name + ".age")
        recipients, passphrase = self.protect.protection()
        label = self.protect.label.text().strip()
        choice_args = (self.mentee_id, not self.without_safeguarding.isChecked())
        target = out

        def work(job: Job) -> SubjectDone:
            from mentordesk.services.disclosure.subject import (
                SubjectChoice,
                export_subject_access,
            )

            return export_subject_access(
                job.db,
                SubjectChoice(*choice_args),
                target,
                now=job.now,
                recipients=recipients,
                passphrase=passphrase,
                recipient_label=label,
                progress=job.progress,
            )

        def done(result: SubjectDone) -> None:
            self.settings.setValue(LAST_FOLDER, str(target.parent))
            self.done_export = result
            self.accept()
            show_saved(self.parentWidget() or self, result, by_passphrase=passphrase is not None)

        self.ops.start(
            work,
            write=True,
            title=self.tr("Subject access export"),
            label=self.tr("Preparing the export…"),
            parent=self,
            done=done,
            show=self.error.show_error,
        )


def open_for(parent: QWidget, ops: Ops, mentee_id: int, full_name: str) -> SubjectAccessDialog:
    dialog = SubjectAccessDialog(ops, mentee_id, full_name, QSettings(), parent)
    dialog.open()
    return dialog
