"""Export .ics…: planned sessions as a calendar file, saying by default only who, when and
where; what the sessions are about goes in only when the mentor ticks it, warned that
calendars are often shared."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.ops import Ops
from mentordesk.ui.planner.keys import tidy_mnemonics
from mentordesk.ui.widgets import ErrorLabel, as_data

DEFAULT_NAME = "mentoring-sessions.ics"


class IcsExportDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        mentee_id: int | None,
        scope: str,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.mentee_id = mentee_id
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export planned sessions"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Sessions of:"), as_data(QLabel(scope)))  # a name, or all
        self.path = QLineEdit(str((folder or Path.home()) / DEFAULT_NAME))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose where to save the calendar file"))
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        save_to = QLabel(self.tr("Save &to:"))
        save_to.setBuddy(self.path)
        form.addRow(save_to, where)
        layout.addLayout(form)
        shown = QLabel(
            self.tr(
                "Each event says only “Mentoring — T. Nowak”, when and where: nothing of what "
                "a session is about."
            )
        )
        shown.setWordWrap(True)
        layout.addWidget(shown)
        self.details = QCheckBox(self.tr("&Include each session's title and objectives"))
        layout.addWidget(self.details)
        self.warning = QLabel(
            self.tr(
                "⚠ Calendars are often shared or synced (a team's Outlook, a phone): anyone "
                "who can see yours would read what each session is about. Tick this only for "
                "a calendar nobody else sees."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("margin-left: 22px;")
        self.details.setAccessibleDescription(self.warning.text())
        layout.addWidget(self.warning)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self.choose)
        self.details.toggled.connect(self.show_warning)
        self.show_warning(False)
        tidy_mnemonics(self)
        self.resize(560, self.sizeHint().height())

    def show_warning(self, ticked: bool) -> None:
        colour = "#b00020" if ticked else "palette(text)"
        self.warning.setStyleSheet(f"margin-left: 22px; color: {colour};")

    def choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export planned sessions"), self.path.text(), self.tr("iCalendar (*.ics)")
        )
        if chosen:
            self.path.setText(chosen)
            self.browsed = Path(chosen)  # the file dialog has asked about replacing it

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        out = Path(text).expanduser()
        if not out.is_absolute():
            out = Path.home() / out  # a bare name goes to the home folder, not the app's
        return out if out.suffix.lower() == ".ics" else out.with_name(out.name + ".ics")

    def export(self) -> None:
        self.error.clear_error()
        out = self.target()
        if out is None:
            self.error.show_error(self.tr("Say where to save the calendar file (Save to)."))
            self.path.setFocus()
            return
        if out.exists() and out != getattr(self, "browsed", None):
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("{0} is there already. Replace it with this calendar?").format(out),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.path.setFocus()
                return
        from mentordesk.services.sessions.ics import export_to

        mentee_id, details = self.mentee_id, self.details.isChecked()

        def done(count: int) -> None:
            self.written = out
            self.ops.saved.emit(out, self.tr("Calendar"))
            self.ops.notice.emit(
                self.tr("%n planned session(s) written to the calendar.", "", count)
            )
            self.accept()

        self.ops.start(
            lambda job: export_to(out, job.db, mentee_id, now=job.now, details=details),
            write=False,
            title=self.tr("Export calendar"),
            cancellable=False,  # one step: nothing to stop part-way
            label=self.tr("Writing the calendar file…"),
            parent=self,
            done=done,
            show=self.error.show_error,
        )
