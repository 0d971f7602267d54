"""A signature drawn with the mouse, a pen or a finger, kept as a PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#10243e")


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(300, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self._strokes: list[QPainterPath] = []

    def is_empty(self) -> bool:
        return not any(path.length() > 4 for path in self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self.update()
        self.changed.emit()

    # -- drawing -------------------------------------------------------------------
    def start_stroke(self, point: QPointF) -> None:
        path = QPainterPath(point)
        self._strokes.append(path)

    def extend_stroke(self, point: QPointF) -> None:
        if self._strokes:
            self._strokes[-1].lineTo(point)
            self.update()

    def end_stroke(self) -> None:
        self.changed.emit()

    def mousePressEvent(self, event) -> None:
        self.start_stroke(event.position())

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event) -> None:
        self.end_stroke()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9aa7b4"), 1, Qt.PenStyle.DashLine))
        base = self.height() - 18
        painter.drawLine(12, base, self.width() - 12, base)
        if self.is_empty():
            painter.drawText(16, base - 8, self.tr("Sign here"))
        self._paint_strokes(painter)

    def _paint_strokes(self, painter: QPainter) -> None:
        pen = QPen(INK, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for path in self._strokes:
            painter.drawPath(path)

    def to_png(self) -> bytes:
        """The strokes alone on a transparent background, cropped to what was drawn."""
        if self.is_empty():
            return b""
        bounds = QPainterPath()
        for path in self._strokes:
            bounds.addPath(path)
        box = bounds.boundingRect().adjusted(-4, -4, 4, 4).toAlignedRect()
        scale = 2  # print resolution
        image = QImage(box.width() * scale, box.height() * scale, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-box.topLeft())
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide takes the format as text here; its stub says bytes, which it refuses.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(data.data())
