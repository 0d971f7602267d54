"""Page 6: the people around the mentee, one card each: who they are, how to reach them,
what they need, and whether the mentee agrees that records may be shared with them.
A card's fields wrap onto four short rows, so nothing needs sideways scrolling."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.contracts import StakeholderDraft
from mentordesk.ui.contract_wizard.base import ContractPage, combo, select
from mentordesk.ui.i18n import word
from mentordesk.vault.enums import StakeholderRole
from mentordesk.words import STAKEHOLDER_ROLE


class StakeholderCard(QGroupBox):
    """One stakeholder. Its labels have no Alt-letters: every card has the same ones."""

    remove_requested = Signal(QWidget)

    def __init__(self, value: StakeholderDraft):
        super().__init__()
        self.id = value.id
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        self.role = combo({k: word(k) for k in STAKEHOLDER_ROLE})
        select(self.role, value.role)
        self.name = QLineEdit(value.name)
        self.role_other = QLineEdit(value.role_other)
        self.organisation = QLineEdit(value.organisation)
        self.email = QLineEdit(value.email)
        self.phone = QLineEdit(value.phone)
        self.needs = QLineEdit(value.needs)
        self.consent = QCheckBox(self.tr("Records may be shared with them"))
        self.consent.setChecked(value.consent)
        self.what = QLineEdit(value.what_is_shared)
        self.what.setPlaceholderText(self.tr("For example: progress reviews"))
        self.remove = QPushButton(self.tr("Remove"))
        self.fields = {
            "role": (self.tr("Role:"), self.role, 0, 0),
            "name": (self.tr("Name:"), self.name, 0, 2),
            "role_other": (self.tr("Other role:"), self.role_other, 0, 4),
            "organisation": (self.tr("Organisation:"), self.organisation, 1, 0),
            "email": (self.tr("Email:"), self.email, 1, 2),
            "phone": (self.tr("Phone:"), self.phone, 1, 4),
            "needs": (self.tr("Needs or expectations:"), self.needs, 2, 0),
            "what": (self.tr("What is shared:"), self.what, 3, 2),
        }
        self.labels: dict[str, QLabel] = {}
        for key, (text, field, row, column) in self.fields.items():
            label = QLabel(text)
            label.setBuddy(field)
            self.labels[key] = label
            grid.addWidget(label, row, column)
            span = 5 if key == "needs" else 2 if key == "what" else 1
            grid.addWidget(field, row, column + 1, 1, span)
        grid.addWidget(self.consent, 3, 0, 1, 2)
        grid.addWidget(self.remove, 3, 5, Qt.AlignmentFlag.AlignRight)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.consent.toggled.connect(self.what.setEnabled)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._role_changed()
        self.what.setEnabled(value.consent)

    def _role_changed(self, _index: int = 0) -> None:
        self.role_other.setEnabled(self.role.currentData() is StakeholderRole.OTHER)

    def number(self, n: int) -> None:
        """Title and accessible names for the n-th card ("Stakeholder 2: email")."""
        self.setTitle(self.tr("Stakeholder {0}").format(n))
        for _key, (text, field, _row, _column) in self.fields.items():
            field.setAccessibleName(
                self.tr("Stakeholder {0}: {1}").format(n, text.rstrip(":").lower())
            )
        self.consent.setAccessibleName(
            self.tr("Stakeholder {0}: records may be shared with them").format(n)
        )
        self.remove.setAccessibleName(self.tr("Remove stakeholder {0}").format(n))

    def focus_order(self) -> list[QWidget]:
        return [
            self.role,
            self.name,
            self.role_other,
            self.organisation,
            self.email,
            self.phone,
            self.needs,
            self.consent,
            self.what,
            self.remove,
        ]

    def value(self) -> StakeholderDraft:
        return StakeholderDraft(
            role=self.role.currentData(),
            name=self.name.text().strip(),
            role_other=self.role_other.text().strip(),
            organisation=self.organisation.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            needs=self.needs.text().strip(),
            consent=self.consent.isChecked(),
            what_is_shared=self.what.text().strip() if self.consent.isChecked() else "",
            id=self.id,
        )


class StakeholdersPage(ContractPage):
    key = "stakeholders"

    def __init__(self):
        super().__init__(
            self.tr(
                "The people around the mentee, how to reach them, what they need, and whether "
                "the mentee agrees that records may be shared with them."
            )
        )
        layout = QVBoxLayout(self)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setAccessibleName(self.tr("Stakeholders"))
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.addStretch()
        self.area.setWidget(body)
        layout.addWidget(self.area, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add stakeholder"))
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.cards: list[StakeholderCard] = []
        self.add_button.clicked.connect(lambda: self.add_person(focus=True))

    def add_person(
        self, value: StakeholderDraft | None = None, *, focus: bool = False
    ) -> StakeholderCard:
        card = StakeholderCard(value or StakeholderDraft())
        card.remove_requested.connect(self.remove_person)
        self.column.insertWidget(len(self.cards), card)
        self.cards.append(card)
        self._renumber()
        if focus:
            card.role.setFocus()
            QTimer.singleShot(0, lambda: self.area.ensureWidgetVisible(card))
        return card

    def remove_person(self, card: QWidget) -> None:
        if not isinstance(card, StakeholderCard) or card not in self.cards:
            return
        index = self.cards.index(card)
        self.cards.remove(card)
        card.deleteLater()
        self._renumber()
        if self.cards:
            self.cards[min(index, len(self.cards) - 1)].role.setFocus()
        else:
            self.add_button.setFocus()

    def _renumber(self) -> None:
        chain: list[QWidget] = []
        for n, card in enumerate(self.cards, 1):
            card.number(n)
            chain += card.focus_order()
        for before, after in pairwise([*chain, self.add_button]):
            QWidget.setTabOrder(before, after)

    def first_field(self):
        return self.cards[0].name if self.cards else self.add_button

    def show_draft(self, draft, context) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for person in draft.stakeholders:
            self.add_person(person)
        if not draft.stakeholders:
            self.add_person(StakeholderDraft(StakeholderRole.LINE_MANAGER))
            self.add_person(StakeholderDraft(StakeholderRole.SAFEGUARDING_LEAD))

    def store(self, draft) -> None:
        draft.stakeholders = [card.value() for card in self.cards]
