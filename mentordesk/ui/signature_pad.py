"""A signature drawn with the mouse, a pen or a finger, kept as a PNG; or a typed name,
shown as it will be printed."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#10243e")
# A typed signature prints in Helvetica Oblique at 18 points (documents/layout.py, style
# "typed"); the preview uses the same face, slant and size, so what is seen is what prints.
TYPED_FAMILY = "Helvetica"
TYPED_POINT_SIZE = 15  # as documents/layout.py prints a typed name


def typed_font() -> QFont:
    font = QFont(TYPED_FAMILY)
    font.setStyleHint(QFont.StyleHint.Helvetica)  # the nearest sans where Helvetica is absent
    font.setItalic(True)
    font.setPointSizeF(TYPED_POINT_SIZE)
    return font


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(200, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self._strokes: list[QPainterPath] = []
        self._typed: str | None = None  # the name shown as printed, when typing

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        hint.setWidth(300)
        hint.setHeight(90)
        return hint

    # -- typed --------------------------------------------------------------------
    def show_typed(self, name: str | None) -> None:
        """Show ``name`` as the printed typed signature (None: back to drawing)."""
        self._typed = name
        self.setCursor(
            Qt.CursorShape.ArrowCursor if name is not None else Qt.CursorShape.CrossCursor
        )
        self.setAccessibleDescription(
            self.tr("Typed signature: {0}").format(name) if name is not None else ""
        )
        self.update()

    def is_typed(self) -> bool:
        return self._typed is not None

    def typed_font(self) -> QFont:
        """The print font, made smaller only if the whole name would not fit the pad."""
        font = typed_font()
        room = self.width() - 32
        wide = QFontMetricsF(font).horizontalAdvance(self._typed or "")
        if room > 0 and wide > room:
            font.setPointSizeF(max(6.0, TYPED_POINT_SIZE * room / wide))
        return font

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
        if self._typed is None:
            self.start_stroke(event.position())

    def mouseMoveEvent(self, event) -> None:
        if self._typed is None and event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event) -> None:
        if self._typed is None:
            self.end_stroke()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paper = QColor("white") if self.isEnabled() else self.palette().window().color()
        painter.fillRect(self.rect(), paper)
        painter.setPen(QPen(QColor("#9aa7b4"), 1, Qt.PenStyle.DashLine))
        base = self.height() - 18
        painter.drawLine(12, base, self.width() - 12, base)
        if self._typed is not None:
            self._paint_typed(painter, base)
            return
        if self.is_empty():
            painter.drawText(16, base - 8, self.tr("Sign here"))
        self._paint_strokes(painter)

    def _paint_typed(self, painter: QPainter, base: int) -> None:
        name = self._typed or ""
        if not name.strip():
            painter.drawText(16, base - 8, self.tr("Type the name above"))
            return
        font = self.typed_font()
        painter.setFont(font)
        painter.setPen(INK)
        descent = QFontMetricsF(font).descent()
        box = QRectF(16, 0, self.width() - 32, base - 2 + descent)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(box, int(align), name)

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
