"""Reports › Export for employer…: choose mentees, a period and records, then who it is for
and how it is protected; the export runs through the op helper with progress.

Private session notes, reflections, supervision and safeguarding are never ticked by
default; ticking a sensitive kind asks for confirmation first and leaves a warning showing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import disclosure
from mentordesk.services.disclosure import EmployerChoice
from mentordesk.ui.backup_actions import size_text
from mentordesk.ui.export_protection import ProtectionBox
from mentordesk.ui.i18n import word
from mentordesk.ui.mentee_dialog import OptionalDate
from mentordesk.ui.widgets import ErrorLabel, as_data, fit_to_screen
from mentordesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from mentordesk.services.mentees import MenteeRow
    from mentordesk.ui.ops import Job, Ops

translate = QCoreApplication.translate
LAST_FOLDER = "export/last_folder"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MNEMONIC = {  # the Alt-letters of the record boxes (unique in the dialog)
    "contracts": QT_TRANSLATE_NOOP("EmployerExportDialog", "&Contracts (signed PDFs)"),
    "reviews": QT_TRANSLATE_NOOP("EmployerExportDialog", "Progress &reviews (signed PDFs)"),
    "sessions": QT_TRANSLATE_NOOP("EmployerExportDialog", "&Session summaries"),
    "hours": QT_TRANSLATE_NOOP("EmployerExportDialog", "Off-the-job &hours"),
    "ksb_evidence": QT_TRANSLATE_NOOP("EmployerExportDialog", "&KSB evidence index"),
    "reflections": QT_TRANSLATE_NOOP("EmployerExportDialog", "R&eflections"),
    "supervision": QT_TRANSLATE_NOOP("EmployerExportDialog", "S&upervision records"),
    "safeguarding": QT_TRANSLATE_NOOP("EmployerExportDialog", "Safe&guarding concerns"),
}


class EmployerExportDialog(QDialog):
    """The choices of an employer export; :meth:`try_export` runs it."""

    def __init__(self, ops: Ops, people: list[MenteeRow], settings: QSettings, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self.done_export: disclosure.ExportDone | None = None
        self.setWindowTitle(self.tr("Export for an employer"))
        today = ops.clock.today()
        self.error = ErrorLabel()  # the protection box reports into it too
        columns = QHBoxLayout()
        columns.addLayout(self._left(people, today), 2)
        columns.addLayout(self._right(), 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("E&xport…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.try_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 960, 620)

    # -- building ---------------------------------------------------------------------------
    def _left(self, people: list[MenteeRow], today: date) -> QVBoxLayout:
        self.mentee_model = QStandardItemModel(self)
        for person in people:
            item = QStandardItem(person.full_name)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setEditable(False)
            item.setData(person.id, ID_ROLE)
            self.mentee_model.appendRow(item)
        self.mentees = as_data(QListView())
        self.mentees.setModel(self.mentee_model)
        self.mentees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mentees.setAccessibleName(self.tr("Mentees to include"))
        label = QLabel(self.tr("&Mentees (Space ticks or unticks):"))
        label.setBuddy(self.mentees)
        self.all_button = QPushButton(self.tr("Select &all"))
        self.none_button = QPushButton(self.tr("Select &none"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch()
        self.date_from = OptionalDate(self.tr("&From"), None, today)
        self.date_to = OptionalDate(self.tr("&To"), None, today)
        period = QGroupBox(self.tr("Period (leave unticked for all dates)"))
        period_form = QVBoxLayout(period)
        period_form.addWidget(self.date_from)
        period_form.addWidget(self.date_to)
        left = QVBoxLayout()
        left.addWidget(label)
        left.addWidget(self.mentees, 1)
        left.addLayout(row)
        left.addWidget(period)
        return left

    def _right(self) -> QVBoxLayout:
        self.boxes: dict[str, QCheckBox] = {}
        records = QGroupBox(self.tr("Records"))
        grid = QGridLayout(records)
        for n, key in enumerate(disclosure.RECORDS):
            box = QCheckBox(translate("EmployerExportDialog", MNEMONIC[key]))
            box.setChecked(True)
            self.boxes[key] = box
            grid.addWidget(box, n // 2, n % 2)
        self.private_notes = QCheckBox(self.tr("Include pri&vate session notes"))
        self.private_notes.setToolTip(
            self.tr("Your notes by stage, your plan and reasons for cancelling.")
        )
        grid.addWidget(self.private_notes, 3, 0, 1, 2)
        self.boxes["sessions"].toggled.connect(self._sessions_toggled)

        sensitive = QGroupBox(self.tr("Sensitive: never shared unless you tick them"))
        column = QVBoxLayout(sensitive)
        row = QHBoxLayout()
        for key in disclosure.SENSITIVE:
            box = QCheckBox(translate("EmployerExportDialog", MNEMONIC[key]))
            box.toggled.connect(lambda on, k=key: self._sensitive_toggled(k, on))
            self.boxes[key] = box
            row.addWidget(box)
        row.addStretch()
        column.addLayout(row)
        self.sensitive_warning = QLabel()
        self.sensitive_warning.setWordWrap(True)
        self.sensitive_warning.setStyleSheet("color: #8a4b00;")
        self.sensitive_warning.hide()
        column.addWidget(self.sensitive_warning)

        self.protect = ProtectionBox(
            self.tr("e.g. Riverside HR, for the apprenticeship review"), self.error
        )
        recipient = self.protect
        self.label, self.key, self.key_file = recipient.label, recipient.key, recipient.key_file
        self.by_key, self.by_passphrase = recipient.by_key, recipient.by_passphrase
        self.passphrase, self.suggest = recipient.passphrase, recipient.suggest
        self.strength = recipient.strength

        how = QLabel(
            self.tr(
                "The export is one encrypted file. They open it with the free age tool "
                "(Windows, macOS, Linux) and any unzip program; a README inside lists every "
                "file with its SHA-256. The export is noted under Reports › Exports made."
            )
        )
        how.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(records)
        right.addWidget(sensitive)
        right.addWidget(recipient)
        right.addWidget(how)
        right.addStretch()
        return right

    # -- reacting -----------------------------------------------------------------------------
    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.mentee_model.rowCount()):
            item = self.mentee_model.item(row)
            if item is not None:
                item.setCheckState(state)

    def _sessions_toggled(self, on: bool) -> None:
        self.private_notes.setEnabled(on)
        if not on:
            self.private_notes.setChecked(False)

    def _sensitive_toggled(self, key: str, on: bool) -> None:
        if on:
            answer = QMessageBox.question(
                self,
                self.tr("Share sensitive records?"),
                self.tr(
                    "“{0}” may hold what was said to you in confidence and personal details "
                    "of your mentee or yourself. Share them only with someone entitled to see "
                    "them, and with your mentee's knowledge. Include them in this export?"
                ).format(word(disclosure.KINDS[key])),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                box = self.boxes[key]
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        shared = [
            word(disclosure.KINDS[k]) for k in disclosure.SENSITIVE if self.boxes[k].isChecked()
        ]
        self.sensitive_warning.setText(
            self.tr("⚠ This export will include: {0}.").format(", ".join(shared))
        )
        self.sensitive_warning.setVisible(bool(shared))

    # -- the choice -----------------------------------------------------------------------------
    def chosen_ids(self) -> tuple[int, ...]:
        ids = []
        for row in range(self.mentee_model.rowCount()):
            item = self.mentee_model.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(ID_ROLE)))
        return tuple(ids)

    def choice(self) -> EmployerChoice:
        ticked = {key: box.isChecked() for key, box in self.boxes.items()}
        return EmployerChoice(
            mentee_ids=self.chosen_ids(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            session_private_notes=self.private_notes.isChecked(),
            **ticked,
        )

    def protection(self) -> tuple[list[str], str | None]:
        return self.protect.protection()

    def problem(self) -> str | None:
        """Why the export cannot start (checked here, before a file is asked for)."""
        from mentordesk.errors import ValidationError

        if not self.chosen_ids():
            return self.tr("Tick at least one mentee.")
        recipients, passphrase = self.protection()
        try:
            self.choice().check()
            disclosure.check_protection(recipients, passphrase)
        except ValidationError as exc:
            return str(exc)
        return None

    # -- running ---------------------------------------------------------------------------------
    def try_export(self) -> None:
        problem = self.problem()
        if problem:
            self.error.show_error(problem)
            return
        self.error.clear_error()
        out = ask_where(
            self, self.tr("Employer export {0}.age").format(self.ops.clock.today().isoformat())
        )
        if out is None:
            return
        choice, (recipients, passphrase) = self.choice(), self.protection()
        label = self.label.text().strip()

        def work(job: Job) -> disclosure.ExportDone:
            return disclosure.export_for_employer(
                job.db,
                choice,
                out,
                now=job.now,
                recipients=recipients,
                passphrase=passphrase,
                recipient_label=label,
                progress=job.progress,
            )

        run_export(self, work, out, self.tr("Exporting for an employer"))


def ask_where(dialog, name: str) -> Path | None:
    """Where to save an export (in the folder used last), ending in .age; None if cancelled."""
    folder = str(dialog.settings.value(LAST_FOLDER, str(Path.home())))
    chosen, _ = QFileDialog.getSaveFileName(
        dialog,
        translate("EmployerExport", "Save the export as"),
        str(Path(folder) / name.replace("/", "_")),
        translate("EmployerExport", "age-encrypted files (*.age)"),
    )
    if not chosen:
        return None
    out = Path(chosen)
    return out if out.suffix == ".age" else out.with_name(out.name + ".age")


def run_export(dialog, work, out: Path, title: str) -> None:  # noqa: ANN001
    """Run an export dialog's ``work`` with progress; then remember the folder, close the
    dialog and say where it was saved. ``dialog`` has ops, settings, error, done_export."""

    def done(result: disclosure.ExportDone) -> None:
        dialog.settings.setValue(LAST_FOLDER, str(out.parent))
        dialog.done_export = result
        dialog.accept()
        show_saved(dialog.parentWidget() or dialog, result)

    dialog.ops.start(
        work,
        write=True,
        title=title,
        label=translate("EmployerExport", "Preparing the export…"),
        parent=dialog,
        done=done,
        show=dialog.error.show_error,
    )


def show_saved(parent: QWidget, result: disclosure.ExportDone) -> QMessageBox:
    """ "Saved to … (N files, size)", with Open folder; how to open it under Show Details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("EmployerExport", "Export saved"))
    text = translate("EmployerExport", "Saved to {0} ({1} files, {2}).").format(
        result.path, result.files, size_text(result.size)
    )
    if result.by_passphrase:
        text += " " + translate(
            "EmployerExport",
            "Tell them the passphrase by phone or in person; never send it with the file.",
        )
    box.setText(text)
    box.setDetailedText(
        disclosure.opening_instructions(result.path.name, passphrase=result.by_passphrase)
        + f"\n\nSHA-256: {result.sha256}"
    )
    folder = box.addButton(
        translate("EmployerExport", "&Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def export_for_employer(
    parent: QWidget, ops: Ops, settings: QSettings
) -> EmployerExportDialog | None:
    """Open the dialog (Reports › Export for employer…) with the vault's mentees."""
    from mentordesk.services import mentees

    people = ops.read(lambda job: mentees.list_mentees(job.db))
    if not people:
        return None
    if not people.value:
        QMessageBox.information(
            parent,
            translate("EmployerExport", "Export for an employer"),
            translate("EmployerExport", "There are no mentees to export yet: add one first."),
        )
        return None
    dialog = EmployerExportDialog(ops, people.value, settings, parent)
    dialog.open()
    return dialog
