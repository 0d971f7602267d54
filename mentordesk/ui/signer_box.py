"""One signer's box: their name, draw or type, and the pad. Used by contracts and reviews."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from mentordesk.services.signatures import SignatureData
from mentordesk.ui.signature_pad import SignaturePad
from mentordesk.vault.enums import SignatureMethod, SignerRole


class SignerBox(QGroupBox):
    def __init__(self, role: SignerRole, title: str):
        super().__init__(title)
        self.role = role
        grid = QGridLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("{0}: name").format(title))
        self.draw = QRadioButton(self.tr("&Draw"))
        self.type = QRadioButton(self.tr("T&ype my name"))
        self.draw.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.draw)
        group.addButton(self.type)
        self.pad = SignaturePad()
        self.clear = QPushButton(self.tr("Clear"))
        methods = QHBoxLayout()
        methods.addWidget(self.draw)
        methods.addWidget(self.type)
        methods.addStretch()
        methods.addWidget(self.clear)
        grid.addWidget(self.name, 0, 0)
        grid.addLayout(methods, 1, 0)
        grid.addWidget(self.pad, 2, 0)
        self.clear.clicked.connect(self.pad.clear)
        self.type.toggled.connect(lambda typed: self.pad.setEnabled(not typed))

    def signature(self, when: datetime) -> SignatureData:
        method = SignatureMethod.TYPED if self.type.isChecked() else SignatureMethod.DRAWN
        image = self.pad.to_png() if method is SignatureMethod.DRAWN else None
        return SignatureData(self.role, self.name.text().strip(), method, image, when)
