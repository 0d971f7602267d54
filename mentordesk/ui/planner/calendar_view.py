"""Month and week views: the grid is painted, so switching is instant; each session on it
is a :class:`~mentordesk.ui.planner.chips.Chip` widget, so a screen reader can name it.

Both show :class:`CalendarEntry` rows, highlight today, and let the mentor pick a day or a
session with the mouse or the keyboard: arrows move the day, Tab and Shift+Tab walk the
day's sessions and then leave the view, Enter opens, Page Up and Page Down turn.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mentordesk.services.sessions.planning import CalendarEntry
from mentordesk.services.stored import day_start
from mentordesk.ui.planner.chips import Chip
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
GAP = 2  # between chips, and between a chip and its day's edge


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

    view_name = QT_TRANSLATE_NOOP("CalendarCanvas", "Calendar")

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.entries: list[CalendarEntry] = []
        self.day = today
        self.today = today
        self.selected: int | None = None
        self.chips: dict[int, Chip] = {}
        self._hits: list[tuple[QRectF, int]] = []  # where each shown session is
        self._more: list[tuple[QRectF, str]] = []  # "+2 more" under a full day
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 360)
        self.setAccessibleName(QCoreApplication.translate("CalendarCanvas", self.view_name))

    def show_entries(self, entries: list[CalendarEntry], day: date, today: date) -> None:
        self.entries = entries
        self.day = day
        self.today = today
        if self.selected is not None and all(e.id != self.selected for e in entries):
            self.selected = None
        had_focus = any(c.hasFocus() for c in self.chips.values())
        if had_focus:
            self.setFocus()  # before the chip that had it may go
        shown = {e.id: e for e in entries}
        for sid in [sid for sid in self.chips if sid not in shown]:
            self.chips.pop(sid).deleteLater()
        for sid, e in shown.items():
            if sid in self.chips:
                self.chips[sid].show_entry(e)
            else:
                self.chips[sid] = chip = Chip(e, self)
                chip.setFont(self.chip_font())
        self.place_chips()
        if had_focus and self.selected is not None:
            self._focus_chip(self.selected)
        self.describe_day()

    def local_day(self, e: CalendarEntry) -> date:
        return e.starts_at.astimezone().date()

    def on_day(self, day: date) -> list[CalendarEntry]:
        return [e for e in self.entries if self.local_day(e) == day]

    # -- placing the chips ------------------------------------------------------------------
    def place_chips(self) -> None:
        """Put each chip where its session is (hide those that do not fit), then repaint."""
        self._hits, self._more = [], []
        placed = self.layout_chips()
        for sid, chip in self.chips.items():
            rect = placed.get(sid)
            chip.selected = sid == self.selected
            if rect is None:
                chip.hide()
                continue
            chip.setGeometry(rect.toAlignedRect())
            chip.show()
            chip.update()
            self._hits.append((rect, sid))
        self.update()

    def layout_chips(self) -> dict[int, QRectF]:
        raise NotImplementedError

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place_chips()

    # -- input --------------------------------------------------------------------------
    def day_at(self, x: float, y: float) -> date | None:
        raise NotImplementedError

    def _hit(self, pos) -> int | None:
        return next((sid for rect, sid in self._hits if rect.contains(pos)), None)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            sid = self._hit(event.position() if hasattr(event, "position") else event.pos())
            if sid is not None:
                QToolTip.showText(event.globalPos(), self.chips[sid].toolTip(), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        sid = self._hit(event.position())
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None:
            self.day = day
            self.day_chosen.emit(day)
        self.selected = sid
        if sid is not None:
            self.session_chosen.emit(sid)
        self.place_chips()
        self.describe_day()

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
        if step is not None and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.move_day(self.day + timedelta(days=step))
        elif event.key() == Qt.Key.Key_PageUp:
            self.turn.emit(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.turn.emit(1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected is not None:
                self.session_activated.emit(self.selected)
            else:
                self.day_activated.emit(self.day)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks the chosen day's sessions, then leaves the view; Shift+Tab walks them
        back to the day, then leaves the other way."""
        ids = [e.id for e in self.on_day(self.day)]
        at = ids.index(self.selected) if self.selected in ids else None
        if forward and ids and (at is None or at + 1 < len(ids)):
            self.select(ids[0 if at is None else at + 1])
            return True
        if not forward and at is not None:
            if at > 0:
                self.select(ids[at - 1])
            else:
                self.select(None)
                self.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        self.select(None)
        return super().focusNextPrevChild(forward)

    row_days = 7

    def select(self, sid: int | None) -> None:
        self.selected = sid
        if sid is not None:
            self.session_chosen.emit(sid)
        self.place_chips()
        if sid is not None:
            self._focus_chip(sid)
        self.describe_day()

    def _focus_chip(self, sid: int) -> None:
        chip = self.chips.get(sid)
        if chip is not None and chip.isVisible():
            chip.setFocus(Qt.FocusReason.TabFocusReason)
        else:  # a session under "+2 more": the view says which one is chosen
            self.setFocus(Qt.FocusReason.TabFocusReason)

    def move_day(self, day: date) -> None:
        self.day = day
        self.selected = None
        self.day_chosen.emit(day)
        if not self.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.place_chips()
        self.describe_day()

    def describe_day(self) -> None:
        """What a screen reader hears about the view: the chosen day, its sessions, and the
        chosen session."""
        translate = QCoreApplication.translate
        todays = self.on_day(self.day)
        text = translate("CalendarCanvas", "{0:%A %d %B %Y}: %n session(s)", "", len(todays))
        text = text.format(self.day)
        chip = self.chips.get(self.selected) if self.selected is not None else None
        if chip is not None:
            text += ". " + chip.accessibleName()
        self.setAccessibleDescription(text)

    # -- painting helpers -----------------------------------------------------------------
    def chip_font(self) -> QFont:
        return self.font()

    def chip_height(self, sid: int, width: float) -> int:
        return self.chips[sid].height_for(width)


class MonthView(CalendarCanvas):
    """Six weeks from the Monday on or before the 1st of the shown month."""

    HEADER = 22
    view_name = QT_TRANSLATE_NOOP("CalendarCanvas", "Month view")

    def chip_font(self) -> QFont:
        """A little smaller than the text around: a day of a month is small, and a time and
        a name fit on one line more often."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

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

    def day_rect(self, n: int) -> QRectF:
        w, h = self.cell()
        return QRectF((n % 7) * w, self.HEADER + (n // 7) * h, w, h)

    def layout_chips(self) -> dict[int, QRectF]:
        """Each day's sessions under its date, one under another; when they do not all fit,
        the last line says how many more there are."""
        placed: dict[int, QRectF] = {}
        start = month_grid_start(self.day)
        by_day: dict[date, list[CalendarEntry]] = {}
        for e in self.entries:
            by_day.setdefault(self.local_day(e), []).append(e)
        line_h = self.fontMetrics().height() + 4
        for n in range(42):
            todays = by_day.get(start + timedelta(days=n), [])
            if not todays:
                continue
            rect = self.day_rect(n)
            width = rect.width() - 2 * GAP
            bottom = rect.bottom() - GAP
            y = rect.y() + line_h
            for k, e in enumerate(todays):
                height = self.chip_height(e.id, width)
                room = bottom - (line_h if k + 1 < len(todays) else 0)  # for "+N more"
                if y + height > room:
                    more = QRectF(rect.x() + 4, y, rect.width() - 8, line_h)
                    self._more.append((more, self.tr("+{0} more").format(len(todays) - k)))
                    break
                placed[e.id] = QRectF(rect.x() + GAP, y, width, height)
                y += height + GAP
        return placed

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal = self.palette()
        w, _h = self.cell()
        start = month_grid_start(self.day)
        bold = QFont(p.font())
        bold.setBold(True)
        for col, name in enumerate(WEEKDAYS):
            p.drawText(
                QRectF(col * w, 0, w, self.HEADER),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("CalendarCanvas", name),
            )
        for n in range(42):
            day = start + timedelta(days=n)
            rect = self.day_rect(n)
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
        p.setPen(pal.color(QPalette.ColorRole.Text))
        for rect, text in self._more:
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        p.end()


def side_by_side(items: list[tuple[int, float, float]]) -> dict[int, tuple[int, int]]:
    """For sessions (id, start, end) of one day: (column, columns) so that sessions at the
    same time stand side by side instead of one over another. Sessions that overlap, even
    through others, share a number of columns."""
    out: dict[int, tuple[int, int]] = {}
    runs: list[tuple[list[tuple[int, int]], list[float]]] = []  # ([(id, column)], column ends)
    run_end = float("-inf")
    for sid, begin, end in sorted(items, key=lambda i: (i[1], i[2])):
        if not runs or begin >= run_end:
            runs.append(([], []))
            run_end = float("-inf")
        placed, ends = runs[-1]
        column = next((c for c, last in enumerate(ends) if last <= begin), len(ends))
        if column == len(ends):
            ends.append(end)
        else:
            ends[column] = end
        placed.append((sid, column))
        run_end = max(run_end, end)
    for placed, ends in runs:
        for sid, column in placed:
            out[sid] = (column, len(ends))
    return out


class WeekView(CalendarCanvas):
    """Monday to Sunday, 07:00 to 20:00, sessions placed by their time and length."""

    HEADER = 24
    GUTTER = 44
    FIRST_HOUR, LAST_HOUR = 7, 20
    view_name = QT_TRANSLATE_NOOP("CalendarCanvas", "Week view")

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

    def layout_chips(self) -> dict[int, QRectF]:
        col, hour = self.geometry_()
        start = self.week_start()
        span = self.LAST_HOUR - self.FIRST_HOUR
        by_day: dict[int, list[tuple[int, float, float]]] = {}
        for e in self.entries:
            local = e.starts_at.astimezone()
            n = (local.date() - start).days
            if not 0 <= n < 7:
                continue
            hours = local.hour + local.minute / 60 - self.FIRST_HOUR
            hours = min(max(hours, 0), span - 0.5)
            by_day.setdefault(n, []).append((e.id, hours, hours + e.duration_minutes / 60))
        placed: dict[int, QRectF] = {}
        for n, items in by_day.items():
            columns = side_by_side(items)
            for sid, begin, end in items:
                column, of = columns[sid]
                width = (col - 2 * GAP) / of
                x = self.GUTTER + n * col + GAP + column * width
                top = self.HEADER + begin * hour
                height = max((end - begin) * hour, self.chip_height(sid, width - 1))
                height = min(height, self.height() - top)
                placed[sid] = QRectF(x, top, width - 1, height)
        return placed

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal = self.palette()
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
