"""What every page of the contract wizard shares: showing its part of a ContractDraft
(``show_draft``), writing it back (``store``), and having the wizard check it with the
service when the mentor moves on.

Mnemonics: the wizard's own buttons hold Alt+B (Back), N (Next), S (Sign and agree),
C (Save and close) and H (Help), so no page uses those letters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWizardPage

from mentordesk.services.contracts import PAGE_TITLES, ContractDraft
from mentordesk.ui.i18n import word
from mentordesk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from mentordesk.ui.contract_wizard import ContractWizard

WIZARD_MNEMONICS = frozenset("BNSCH")


def text_edit(height: int = 56) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def combo(labels: dict) -> QComboBox:
    box = QComboBox()
    for value, label in labels.items():
        box.addItem(label, value)
    return box


def select(box: QComboBox, value) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class ContractPage(QWizardPage):
    key = ""

    def __init__(self, subtitle: str):
        super().__init__()
        self.setTitle(word(PAGE_TITLES[self.key]))
        self.setSubTitle(subtitle)
        self.error = ErrorLabel()

    def show_draft(self, draft: ContractDraft, context) -> None:
        raise NotImplementedError

    def store(self, draft: ContractDraft) -> None:
        raise NotImplementedError

    def first_field(self):
        """The field the keyboard starts on when the page is shown (None: Qt's choice)."""
        return None

    def validatePage(self) -> bool:
        wizard = cast("ContractWizard", self.wizard())  # the only wizard these pages are in
        return wizard.accept_page(self)
