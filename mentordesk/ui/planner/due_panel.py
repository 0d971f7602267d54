"""The planner's side panel: progress reviews due within 14 days, and those overdue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mentordesk.services.reviews.due import ReviewDue


class ReviewsDuePanel(QWidget):
    """A list of reviews due; Enter or a double-click opens the mentee's review."""

    review_chosen = Signal(int)  # mentee id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Reviews due (14 days) and overdue</b>")))
        self.list = QListWidget()
        # Long lines wrap rather than run under a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAccessibleName(self.tr("Reviews due"))
        self.list.setMaximumWidth(290)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._activated)

    def _activated(self, item: QListWidgetItem) -> None:
        mentee_id = item.data(Qt.ItemDataRole.UserRole)
        if mentee_id is not None:
            self.review_chosen.emit(mentee_id)

    def show_due(self, rows: list[ReviewDue]) -> None:
        self.list.clear()
        for r in rows:
            if r.overdue:
                when = self.tr("overdue by %n day(s)", "", -r.days_left)
            elif r.days_left:
                when = self.tr("due in %n day(s)", "", r.days_left)
            else:
                when = self.tr("due today")
            item = QListWidgetItem(f"{r.mentee} — {when} ({r.due_on:%d %b})")
            item.setData(Qt.ItemDataRole.UserRole, r.mentee_id)
            if r.overdue:
                item.setForeground(Qt.GlobalColor.red)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("None due in the next 14 days."))

    def clear(self) -> None:
        self.list.clear()
