"""Charts for printed records, drawn with ReportLab's own graphics (imported when a chart is
drawn, never at start-up), so a chart needs nothing beyond what makes the PDF.

A chart never stands alone: the record prints its figures as a table under it, for anyone
who reads the PDF with a screen reader or cannot tell its lines apart. Its lines differ by
dash and marker as well as by colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

INK = "#1f3b5a"
MET = "#1e8449"
ELAPSED = "#7f8c8d"
MAX_LABELS = 12  # month labels along the bottom; the rest are left blank


@dataclass(frozen=True)
class ProgressLine:
    """One month of progress: the share of KSBs met, and of the programme's time gone."""

    month: date  # the month's first day
    percent_met: float
    percent_elapsed: float | None  # None without a start and an end date


def month_words(month: date) -> str:
    """A month as a chart's axis and its table name it: "Sep 2026"."""
    return f"{month:%b %Y}"


def _labels(points: Sequence[ProgressLine]) -> list[str]:
    step = max(1, -(-len(points) // MAX_LABELS))  # ceiling: at most MAX_LABELS shown
    return [
        month_words(p.month) if i % step == 0 or i == len(points) - 1 else ""
        for i, p in enumerate(points)
    ]


def progress_chart(points: Sequence[ProgressLine], width: float, height: float) -> Any:
    """% of KSBs met by month (a solid line with dots) against % of programme time elapsed
    (a dashed line), as a ReportLab ``Drawing`` of ``width`` × ``height`` points."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.graphics.widgets.markers import makeMarker
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 42
    chart.width, chart.height = round(width - 48), round(height - 62)
    met = [round(p.percent_met, 1) for p in points]
    elapsed = [None if p.percent_elapsed is None else round(p.percent_elapsed, 1) for p in points]
    series = [met]
    with_elapsed = any(v is not None for v in elapsed)
    if with_elapsed:
        series.append(elapsed)  # type: ignore[arg-type] # gaps are drawn as gaps
    chart.data = series
    chart.joinedLines = 1
    chart.lines[0].strokeColor = colors.HexColor(MET)
    chart.lines[0].strokeWidth = 1.6
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3.2, fillColor=colors.HexColor(MET))
    if with_elapsed:
        chart.lines[1].strokeColor = colors.HexColor(ELAPSED)
        chart.lines[1].strokeWidth = 1.2
        chart.lines[1].strokeDashArray = (4, 3)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.valueAxis.visibleGrid = 1
    chart.categoryAxis.categoryNames = _labels(points)
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -2
    drawing.add(chart)

    _legend(drawing, 34, height - 10, with_elapsed)
    return drawing


def _legend(drawing: Any, x: float, y: float, with_elapsed: bool) -> None:
    """Each line's sample (solid with a dot, or dashed) and what it shows."""
    from reportlab.graphics.shapes import Circle, Line, String
    from reportlab.lib import colors

    entries: list[tuple[str, tuple[float, ...], bool, str]] = [(MET, (), True, "KSBs met (%)")]
    if with_elapsed:
        entries.append((ELAPSED, (4, 3), False, "Programme time elapsed (%)"))
    for colour, dash, dot, label in entries:
        ink = colors.HexColor(colour)
        line = Line(x, y + 3, x + 22, y + 3, strokeColor=ink, strokeWidth=1.6)
        if dash:
            line.strokeDashArray = dash
        drawing.add(line)
        if dot:
            drawing.add(Circle(x + 11, y + 3, 1.8, fillColor=ink, strokeColor=ink))
        drawing.add(String(x + 27, y, label, fontSize=8, fillColor=colors.HexColor(INK)))
        x += 170


def progress_rows(points: Sequence[ProgressLine]) -> list[tuple[str, str, str]]:
    """The chart's figures as table rows: month, % met, % of time elapsed."""
    return [
        (
            month_words(p.month),
            f"{p.percent_met:.0f}%",
            "—" if p.percent_elapsed is None else f"{p.percent_elapsed:.0f}%",
        )
        for p in points
    ]
