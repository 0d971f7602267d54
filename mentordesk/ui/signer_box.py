"""One signer's box: their name, draw or type, and the pad. Used by contracts and reviews.

The box fits in about 220 pixels, so three side by side fit any dialog: the name on its own
row, the two ways of signing on the next, the pad, and "Clear" under the pad. A typed name is
shown on the pad as it will be printed. An optional signer's box has a tick in its title:
unticked, that person does not sign.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from mentordesk.services.signatures import SignatureData
from mentordesk.ui.signature_pad import SignaturePad
from mentordesk.vault.enums import SignatureMethod, SignerRole


class SignerBox(QGroupBox):
    """``title`` may hold a mnemonic ("Mente&e"); the box's own controls have none, so any
    number of boxes can share a window."""

    def __init__(self, role: SignerRole, title: str, *, optional: bool = False):
        super().__init__(title)
        self.role = role
        who = title.replace("&", "")
        layout = QVBoxLayout(self)
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("Name:"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("{0}: name").format(who))
        name_label.setBuddy(self.name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        self.draw = QRadioButton(self.tr("Draw"))
        self.type = QRadioButton(self.tr("Type my name"))
        self.draw.setAccessibleName(self.tr("{0}: draw the signature").format(who))
        self.type.setAccessibleName(self.tr("{0}: type my name as the signature").format(who))
        self.draw.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.draw)
        group.addButton(self.type)
        methods = QHBoxLayout()
        methods.addWidget(self.draw)
        methods.addWidget(self.type)
        methods.addStretch()
        self.pad = SignaturePad()
        self.pad.setAccessibleName(self.tr("{0}: signature pad").format(who))
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.setAccessibleName(self.tr("{0}: clear the drawing").format(who))
        under = QHBoxLayout()
        under.addStretch()
        under.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(name_row)
        layout.addLayout(methods)
        layout.addWidget(self.pad)
        layout.addLayout(under)
        self.clear.clicked.connect(self.pad.clear)
        self.type.toggled.connect(self._method_changed)
        self.name.textChanged.connect(self._name_changed)
        if optional:
            self.setCheckable(True)
            self.setChecked(False)

    def _method_changed(self, typed: bool) -> None:
        self.pad.show_typed(self.name.text() if typed else None)
        self.clear.setEnabled(not typed)

    def _name_changed(self, text: str) -> None:
        if self.type.isChecked():
            self.pad.show_typed(text)

    def signs(self) -> bool:
        """Whether this person signs (an optional signer's box may be left unticked)."""
        return not self.isCheckable() or self.isChecked()

    def signature(self, when: datetime) -> SignatureData:
        method = SignatureMethod.TYPED if self.type.isChecked() else SignatureMethod.DRAWN
        image = self.pad.to_png() if method is SignatureMethod.DRAWN else None
        return SignatureData(self.role, self.name.text().strip(), method, image, when)
