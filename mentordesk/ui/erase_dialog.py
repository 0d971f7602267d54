"""The confirmation before a mentee is erased: what goes, what stays, the name typed back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.erasure import name_matches
from mentordesk.ui.widgets import as_data

if TYPE_CHECKING:
    from mentordesk.services.erasure import ErasurePlan


class EraseDialog(QDialog):
    """Accepted only once the mentee's full name is typed back; :attr:`typed` holds it."""

    def __init__(self, plan: ErasurePlan, backups_note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Erase {0}").format(plan.full_name))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr(
                "<b>This erases, for good, everything MentorDesk holds about {0}.</b> It cannot "
                "be undone. Export what they are entitled to first (Data protection › "
                "Everything held about them…)."
            ).format(plan.full_name.replace("<", "&lt;"))
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("What goes:")))
        # The list and the note on backups are worded by the erasure service (in English).
        goes = as_data(
            QLabel(
                "<ul>"
                + "".join(f"<li>{line.replace('<', '&lt;')}</li>" for line in plan.lines())
                + "</ul>"
            )
        )
        goes.setAccessibleName(self.tr("What goes"))
        layout.addWidget(goes)
        notes = []
        if plan.kept:
            notes.append(
                self.tr(
                    "Kept, unlinked: your own reflections linked to them (check them for "
                    "their name): {0}."
                ).format("; ".join(plan.kept))
            )
        notes.append(
            self.tr(
                "The audit log keeps a tombstone: that mentee {0} was erased, and how many "
                "records of each kind went, without any of their content."
            ).format(plan.mentee_id)
        )
        for text in notes:
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        backups = as_data(QLabel(backups_note))
        backups.setWordWrap(True)
        layout.addWidget(backups)
        prompt = QLabel(self.tr("&Type their full name, {0}, to confirm:").format(plan.full_name))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Full name, to confirm"))
        prompt.setBuddy(self.name)
        layout.addWidget(prompt)
        layout.addWidget(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(
            lambda text: self.erase_button.setEnabled(name_matches(text, plan.full_name))
        )
        self.name.setFocus()

    @property
    def typed(self) -> str:
        return self.name.text()
