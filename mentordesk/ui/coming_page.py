"""An honest page for a module that is not built yet."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from mentordesk.ui.widgets import ModulePage


class ComingPage(ModulePage):
    def __init__(self, title: str, purpose: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(
            self.tr(
                "<p><b>Coming soon.</b> This module is not built yet; nothing here is saved.</p>"
                "<p>{0}</p>"
            ).format(purpose)
        )
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch()
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def reload(self) -> None:
        pass

    def clear(self) -> None:
        pass
