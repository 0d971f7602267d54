"""The days a printed CPD record covers: by default the three years ending today."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from mentordesk.documents.reference import long_date
from mentordesk.ui.fields import DateField
from mentordesk.ui.widgets import ErrorLabel


class PeriodDialog(QDialog):
    def __init__(
        self,
        start: date,
        end: date,
        parent=None,
        *,
        title: str | None = None,
        about: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Print the CPD record"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            about
            or self.tr(
                "The record lists every activity that started in these days, with the hours "
                "per year and over the three years ending on the last day. It is signed with "
                "your signing certificate and numbered."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.start = DateField(start)
        self.end = DateField(end)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Choose where to save…"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def period(self) -> tuple[date, date]:
        return self.start.value(), self.end.value()

    def try_accept(self) -> None:
        start, end = self.period()
        if end < start:
            self.error.show_error(
                self.tr("The period starts on {0}, after its end on {1}; choose an end on or "
                        "after the start.").format(long_date(start), long_date(end))
            )  # fmt: skip
            self.end.setFocus()
            return
        self.accept()
