"""The app's look: the platform's own style, with a focus ring that can be seen.

Fusion and most platform styles mark the focused button with a faint line that is easy to
miss; a person who works by keyboard needs to see where they are. A proxy style draws a
2-pixel ring in the palette's highlight colour around the focused button, tick box, radio
button or tool button, and leaves everything else to the style underneath.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

RING_WIDTH = 2

_RINGED = {
    QStyle.ControlElement.CE_PushButton,
    QStyle.ControlElement.CE_CheckBox,
    QStyle.ControlElement.CE_RadioButton,
}


class FocusRingStyle(QProxyStyle):
    def drawControl(self, element, option: QStyleOption, painter: QPainter, widget=None):  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element in _RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            draw_ring(option, painter)

    def drawComplexControl(self, control, option, painter: QPainter, widget=None):  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if (
            control == QStyle.ComplexControl.CC_ToolButton
            and option.state & QStyle.StateFlag.State_HasFocus
        ):
            draw_ring(option, painter)


def draw_ring(option: QStyleOption, painter: QPainter) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), RING_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH // 2
    painter.drawRoundedRect(option.rect.adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


def install(app) -> None:  # noqa: ANN001
    """Wrap the app's style (once) so that focus is always visible."""
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(app.style().name()))
