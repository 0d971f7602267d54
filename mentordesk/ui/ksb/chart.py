"""Progress over time: % of KSBs met by month against % of programme time elapsed, painted
with QPainter (no chart library to load at start-up), with the same points in a table beside
it for screen readers. The two lines differ in shape and dash as well as colour."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.table_model import Column, RowTableModel

MET_COLOUR = QColor("#1f5fa8")  # blue, solid line, round marks
TIME_COLOUR = QColor("#8a5a00")  # brown, dashed line, square marks


def month_words(month: date) -> str:
    return f"{month:%b %Y}"


def percent_words(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}%"


class ProgressChart(QWidget):
    """The chart itself: ``set_points(points)`` with ProgressPoint rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[Any] = []
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chart of KSBs met against programme time"))
        self.setAccessibleDescription(
            self.tr("The same figures are in the table beside the chart.")
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(560, 320)

    def set_points(self, points: list[Any]) -> None:
        self.points = list(points)
        self.update()

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance("100%") + line + 10
        # room on the right for half of the last month's label, centred on its point
        right = metrics.horizontalAdvance("Sep 2026") // 2 + 8
        top, bottom = line * 2 + 8, line * 2 + 12
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        if plot.width() < 40 or plot.height() < 40:
            return
        self._legend(painter, text, line)
        self._axes(painter, plot, text, line)
        if not self.points:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No months to show yet."))
            return
        met = [p.percent_met for p in self.points]
        time = [p.percent_elapsed for p in self.points]
        self._line(painter, plot, time, TIME_COLOUR, Qt.PenStyle.DashLine, square=True)
        self._line(painter, plot, met, MET_COLOUR, Qt.PenStyle.SolidLine, square=False)
        painter.end()

    def _x(self, plot: QRectF, i: int) -> float:
        n = len(self.points)
        return plot.center().x() if n < 2 else plot.left() + plot.width() * i / (n - 1)

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(value, 100.0)) / 100.0

    def _axes(self, painter: QPainter, plot: QRectF, text: QColor, line: int) -> None:
        grid = QColor(text)
        grid.setAlpha(50)
        for pct in (0, 25, 50, 75, 100):
            y = self._y(plot, pct)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = QRectF(0, y - line / 2, plot.left() - 6, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight, f"{pct}%")
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        n = len(self.points)
        if n:
            width = painter.fontMetrics().horizontalAdvance("Mmm 0000") + 8
            step = max(1, int(n * width // max(plot.width(), 1)) + 1)
            for i in range(0, n, step):
                x = self._x(plot, i)
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
                box = QRectF(x - width / 2, plot.bottom() + 4, width, line)
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter,
                                 month_words(self.points[i].month))  # fmt: skip
        axis = QRectF(plot.left(), plot.bottom() + line + 6, plot.width(), line)
        painter.drawText(axis, Qt.AlignmentFlag.AlignHCenter, self.tr("Month"))
        painter.save()
        painter.translate(line * 0.2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line),
                         Qt.AlignmentFlag.AlignHCenter, self.tr("Per cent"))  # fmt: skip
        painter.restore()

    def _legend(self, painter: QPainter, text: QColor, line: int) -> None:
        x = 10.0
        y = line * 0.5 + 4
        lines = [(self.tr("KSBs met"), MET_COLOUR, Qt.PenStyle.SolidLine, False)]
        if any(p.percent_elapsed is not None for p in self.points):  # none: no programme dates
            lines.append(
                (self.tr("Programme time elapsed"), TIME_COLOUR, Qt.PenStyle.DashLine, True)
            )
        for words, colour, style, square in lines:
            painter.setPen(QPen(colour, 2, style))
            painter.drawLine(QPointF(x, y + line / 2), QPointF(x + 36, y + line / 2))
            self._mark(painter, QPointF(x + 18, y + line / 2), colour, square)
            painter.setPen(text)
            painter.drawText(QPointF(x + 44, y + line * 0.85), words)
            x += 44 + painter.fontMetrics().horizontalAdvance(words) + 24

    @staticmethod
    def _mark(painter: QPainter, at: QPointF, colour: QColor, square: bool) -> None:
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(colour)
        if square:
            painter.drawRect(QRectF(at.x() - 3.5, at.y() - 3.5, 7, 7))
        else:
            painter.drawEllipse(at, 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _line(self, painter, plot, values, colour, style, *, square: bool) -> None:
        path = QPainterPath()
        marks = []
        started = False
        for i, value in enumerate(values):
            if value is None:
                started = False
                continue
            at = QPointF(self._x(plot, i), self._y(plot, value))
            path.lineTo(at) if started else path.moveTo(at)
            started = True
            marks.append(at)
        painter.setPen(QPen(colour, 2.2, style))
        painter.drawPath(path)
        if len(marks) <= 60:  # marks on every month while they can be told apart
            for at in marks:
                self._mark(painter, at, colour, square)


class ProgressView(QWidget):
    """The chart with its data table; ``show_points(points)``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = RowTableModel(
            [
                Column(self.tr("Month"), lambda p: month_words(p.month)),
                Column(
                    self.tr("KSBs met"), lambda p: percent_words(p.percent_met), align_right=True
                ),  # fmt: skip
                Column(
                    self.tr("Time elapsed"),
                    lambda p: percent_words(p.percent_elapsed),
                    align_right=True,
                ),  # fmt: skip
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        self.chart = ProgressChart()
        row.addWidget(self.chart, 3)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("KSBs met and programme time elapsed, by month"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 90), (1, 80)):
            header.resizeSection(column, width)
        self.table.setMinimumWidth(280)
        self.table.setMaximumWidth(340)
        row.addWidget(self.table, 1)
        layout.addLayout(row, 1)

    def show_points(self, points: list[Any]) -> None:
        self.chart.set_points(points)
        self.model.set_rows(points)
        # the mentor's own portfolio has no programme dates: no column of blanks
        self.table.setColumnHidden(2, all(p.percent_elapsed is None for p in points))
        if points:
            last = points[-1]
            text = self.tr("{0}: {1} of KSBs met").format(
                month_words(last.month), percent_words(last.percent_met)
            )
            if last.percent_elapsed is not None:
                text += self.tr(", {0} of programme time elapsed").format(
                    percent_words(last.percent_elapsed)
                )
            self.caption.setText(text + ".")
        else:
            self.caption.setText(self.tr("No evidence and no programme dates yet."))
        self.table.scrollToBottom()

    def clear(self) -> None:
        self.show_points([])


__all__ = ["ProgressChart", "ProgressView", "month_words", "percent_words"]
