"""Long forms that fit the window's width: a scroll area that scrolls only up and down, and
a row of boxes that wraps when they no longer fit side by side."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class FittedScroll(QScrollArea):
    """Its content is always as wide as the visible area (never wider: nothing runs under
    the scroll bar, and there is no sideways scrolling), and as tall as it needs."""

    def __init__(self, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no jump in width
        self.setWidget(body)

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        hint = super().minimumSizeHint()
        if body is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(body.minimumSizeHint().width() + bar + 2 * self.frameWidth(), hint.height())


class WrapRow(QWidget):
    """Boxes side by side while they fit, else in as many rows as needed, sharing the width
    equally. Its smallest width is one box's, so it never widens a form; its height follows
    its width (Qt's height-for-width), so the form below it moves as it wraps."""

    SPACING = 8

    def __init__(self, boxes: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes = boxes
        for box in boxes:
            box.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.columns = len(boxes)

    def box_width(self) -> int:
        return max(box.minimumSizeHint().width() for box in self.boxes)

    def box_height(self) -> int:
        return max(box.sizeHint().expandedTo(box.minimumSizeHint()).height() for box in self.boxes)

    def columns_for(self, width: int) -> int:
        fits = (width + self.SPACING) // (self.box_width() + self.SPACING)
        return max(1, min(len(self.boxes), fits))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = -(-len(self.boxes) // self.columns_for(width))
        return rows * self.box_height() + (rows - 1) * self.SPACING

    def sizeHint(self) -> QSize:
        n = len(self.boxes)
        return QSize(n * self.box_width() + (n - 1) * self.SPACING, self.box_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.box_width(), self.box_height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        columns = self.columns_for(width)
        each = (width - (columns - 1) * self.SPACING) / columns
        height = self.box_height()
        for n, box in enumerate(self.boxes):
            row, column = divmod(n, columns)
            x = round(column * (each + self.SPACING))
            box.setGeometry(x, row * (height + self.SPACING), int(each), height)
        if columns != self.columns:
            self.columns = columns
            self.updateGeometry()  # taller or shorter now: the form lays out again
