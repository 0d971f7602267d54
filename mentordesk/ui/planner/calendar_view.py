"""Month and week views: painted, not built from widgets, so switching is instant.

Both show :class:`CalendarEntry` rows, highlight today, and let the mentor pick a day or a
session with the mouse or the keyboard (arrows move the day, Enter opens, PgUp/PgDn turn).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk.services.sessions.planning import CalendarEntry
from mentordesk.services.stored import day_start
from mentordesk.vault.enums import SessionStatus
from mentordesk.words import QT_TRANSLATE_NOOP

WEEKDAYS = [
    QT_TRANSLATE_NOOP("CalendarCanvas", "Mon"),
    QT_TRANSLATE_NOOP("CalendarCanvas", "Tue"),
    QT_TRANSLATE_NOOP("CalendarCanvas", "Wed"),
    QT_TRANSLATE_NOOP("CalendarCanvas", "Thu"),
    QT_TRANSLATE_NOOP("CalendarCanvas", "Fri"),
    QT_TRANSLATE_NOOP("CalendarCanvas", "Sat"),
    QT_TRANSLATE_NOOP("CalendarCanvas", "Sun"),
]
TODAY_FILL = QColor("#fff4d6")
COLOURS = {
    SessionStatus.PLANNED: QColor("#2f6fb3"),
    SessionStatus.HELD: QColor("#2e8b57"),
    SessionStatus.CANCELLED: QColor("#9a9a9a"),
}
QUICK = QColor("#c77c02")  # held, but only a quick note so far


def colour_of(e: CalendarEntry) -> QColor:
    return QUICK if e.quick_note and e.status is SessionStatus.HELD else COLOURS[e.status]


def month_grid_start(day: date) -> date:
    first = day.replace(day=1)
    return first - timedelta(days=first.weekday())


class CalendarCanvas(QWidget):
    """What the month and week views share: entries, the chosen day and session, keys."""

    day_chosen = Signal(object)  # date
    session_chosen = Signal(int)
    session_activated = Signal(int)  # double-click or Enter on a session
    day_activated = Signal(object)  # double-click or Enter on an empty day
    turn = Signal(int)  # -1 earlier, +1 later

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.entries: list[CalendarEntry] = []
        self.day = today
        self.today = today
        self.selected: int | None = None
        self._hits: list[tuple[QRectF, int]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 360)

    def show_entries(self, entries: list[CalendarEntry], day: date, today: date) -> None:
        self.entries = entries
        self.day = day
        self.today = today
        if self.selected is not None and all(e.id != self.selected for e in entries):
            self.selected = None
        self.update()

    def local_day(self, e: CalendarEntry) -> date:
        return e.starts_at.astimezone().date()

    def on_day(self, day: date) -> list[CalendarEntry]:
        return [e for e in self.entries if self.local_day(e) == day]

    # -- input --------------------------------------------------------------------------
    def day_at(self, x: float, y: float) -> date | None:
        raise NotImplementedError

    def _hit(self, pos) -> int | None:
        return next((sid for rect, sid in self._hits if rect.contains(pos)), None)

    def mousePressEvent(self, event) -> None:
        sid = self._hit(event.position())
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None:
            self.day = day
            self.day_chosen.emit(day)
        self.selected = sid
        if sid is not None:
            self.session_chosen.emit(sid)
        self.update()

    def mouseDoubleClickEvent(self, event) -> None:
        sid = self._hit(event.position())
        if sid is not None:
            self.session_activated.emit(sid)
        elif self.day_at(event.position().x(), event.position().y()) is not None:
            self.day_activated.emit(self.day)

    def keyPressEvent(self, event) -> None:
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self.row_days,
            Qt.Key.Key_Down: self.row_days,
        }.get(event.key())
        if step is not None:
            self.move_day(self.day + timedelta(days=step))
        elif event.key() == Qt.Key.Key_PageUp:
            self.turn.emit(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.turn.emit(1)
        elif event.key() == Qt.Key.Key_Tab and self.on_day(self.day):
            todays = self.on_day(self.day)
            ids = [e.id for e in todays]
            nxt = ids[(ids.index(self.selected) + 1) % len(ids)] if self.selected in ids else ids[0]
            self.selected = nxt
            self.session_chosen.emit(nxt)
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected is not None:
                self.session_activated.emit(self.selected)
            else:
                self.day_activated.emit(self.day)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.on_day(self.day):
            return False  # Tab walks the day's sessions
        return super().focusNextPrevChild(forward)

    row_days = 7

    def move_day(self, day: date) -> None:
        self.day = day
        self.selected = None
        self.day_chosen.emit(day)
        self.update()

    # -- painting helpers -----------------------------------------------------------------
    def _chip(self, p: QPainter, rect: QRectF, e: CalendarEntry, text: str) -> None:
        colour = colour_of(e)
        fill = QColor(colour)
        fill.setAlpha(40 if e.status is SessionStatus.CANCELLED else 60)
        p.setPen(QPen(colour, 2 if e.id == self.selected else 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        font = p.font()
        font.setStrikeOut(e.status is SessionStatus.CANCELLED)
        p.setFont(font)
        p.drawText(
            rect.adjusted(4, 0, -2, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 6)),
        )
        font.setStrikeOut(False)
        p.setFont(font)
        self._hits.append((rect, e.id))


class MonthView(CalendarCanvas):
    """Six weeks from the Monday on or before the 1st of the shown month."""

    HEADER = 22

    def cell(self) -> tuple[float, float]:
        return self.width() / 7, (self.height() - self.HEADER) / 6

    def day_at(self, x: float, y: float) -> date | None:
        w, h = self.cell()
        if y < self.HEADER:
            return None
        col, row = int(x // w), int((y - self.HEADER) // h)
        if not (0 <= col < 7 and 0 <= row < 6):
            return None
        return month_grid_start(self.day) + timedelta(days=row * 7 + col)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        self._hits = []
        w, h = self.cell()
        start = month_grid_start(self.day)
        by_day: dict[date, list[CalendarEntry]] = {}
        for e in self.entries:
            by_day.setdefault(self.local_day(e), []).append(e)
        bold = QFont(p.font())
        bold.setBold(True)
        for col, name in enumerate(WEEKDAYS):
            p.drawText(
                QRectF(col * w, 0, w, self.HEADER),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("CalendarCanvas", name),
            )
        line_h = p.fontMetrics().height() + 4
        for n in range(42):
            day = start + timedelta(days=n)
            rect = QRectF((n % 7) * w, self.HEADER + (n // 7) * h, w, h)
            base = pal.color(QPalette.ColorRole.Base)
            if day.month != self.day.month:
                base = pal.color(QPalette.ColorRole.AlternateBase)
            if day == self.today:
                base = TODAY_FILL
            p.fillRect(rect, base)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
            if day == self.day:
                p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
                p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.setFont(bold if day == self.today else self.font())
            p.drawText(
                rect.adjusted(4, 2, -4, 0),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
                str(day.day),
            )
            p.setFont(self.font())
            todays = by_day.get(day, [])
            fits = max(0, int((h - line_h - 4) // line_h))
            shown = todays if len(todays) <= fits else todays[: max(0, fits - 1)]
            for k, e in enumerate(shown):
                chip = QRectF(rect.x() + 2, rect.y() + line_h + k * line_h, w - 4, line_h - 2)
                self._chip(p, chip, e, f"{e.starts_at.astimezone():%H:%M} {e.label}")
            if len(shown) < len(todays):
                p.drawText(
                    QRectF(rect.x() + 4, rect.y() + line_h + len(shown) * line_h, w - 8, line_h),
                    Qt.AlignmentFlag.AlignLeft,
                    self.tr("+{0} more").format(len(todays) - len(shown)),
                )
        p.end()


class WeekView(CalendarCanvas):
    """Monday to Sunday, 07:00 to 20:00, sessions placed by their time and length."""

    HEADER = 24
    GUTTER = 44
    FIRST_HOUR, LAST_HOUR = 7, 20

    def week_start(self) -> date:
        return self.day - timedelta(days=self.day.weekday())

    def geometry_(self) -> tuple[float, float]:
        col = (self.width() - self.GUTTER) / 7
        hour = (self.height() - self.HEADER) / (self.LAST_HOUR - self.FIRST_HOUR)
        return col, hour

    def day_at(self, x: float, y: float) -> date | None:
        col, _ = self.geometry_()
        if x < self.GUTTER:
            return None
        n = int((x - self.GUTTER) // col)
        return self.week_start() + timedelta(days=n) if 0 <= n < 7 else None

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return  # a week has one row of days
        super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        self._hits = []
        col, hour = self.geometry_()
        start = self.week_start()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        for n in range(7):
            day = start + timedelta(days=n)
            x = self.GUTTER + n * col
            if day == self.today:
                p.fillRect(QRectF(x, 0, col, self.height()), TODAY_FILL)
            if day == self.day:
                p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
                p.drawRect(QRectF(x + 1, 1, col - 2, self.height() - 2))
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(
                QRectF(x, 0, col, self.HEADER),
                Qt.AlignmentFlag.AlignCenter,
                f"{QCoreApplication.translate('CalendarCanvas', WEEKDAYS[n])} {day.day}",
            )
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        for k in range(self.LAST_HOUR - self.FIRST_HOUR + 1):
            y = self.HEADER + k * hour
            p.drawLine(int(self.GUTTER), int(y), self.width(), int(y))
            p.drawText(
                QRectF(0, y - 8, self.GUTTER - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{self.FIRST_HOUR + k:02d}:00",
            )
        for n in range(8):
            x = self.GUTTER + n * col
            p.drawLine(int(x), self.HEADER, int(x), self.height())
        for e in self.entries:
            local = e.starts_at.astimezone()
            n = (local.date() - start).days
            if not 0 <= n < 7:
                continue
            hours = local.hour + local.minute / 60 - self.FIRST_HOUR
            hours = min(max(hours, 0), self.LAST_HOUR - self.FIRST_HOUR - 0.5)
            top = self.HEADER + hours * hour
            height = max(e.duration_minutes / 60 * hour, p.fontMetrics().height() + 2)
            rect = QRectF(self.GUTTER + n * col + 2, top, col - 4, height)
            self._chip(p, rect, e, f"{local:%H:%M} {e.label}")
        p.end()


def day_range(view: str, day: date) -> tuple[datetime, datetime]:
    """The local [start, end) a view shows around ``day``."""
    if view == "month":
        first = month_grid_start(day)
        last = first + timedelta(days=42)
    elif view == "week":
        first = day - timedelta(days=day.weekday())
        last = first + timedelta(days=7)
    else:  # agenda: this day and the next eight weeks
        first, last = day, day + timedelta(weeks=8)
    return day_start(first), day_start(last)
