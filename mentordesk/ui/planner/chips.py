"""A session on the month and week views: a small widget with a mark, the time and a short
name, so a screen reader can name it and colour is never the only sign of its state.

Each kind of session has a colour *and* a mark (○ planned, ● recorded, ✔ final, ✎ quick
note, ✕ cancelled); :class:`Legend` shows both. The time and the mentee's short name are
never cut: the title after them is, and the chip wraps after the time when even the name
would not fit beside it. The full text is the chip's tooltip and accessible name.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mentordesk.services.sessions.planning import CalendarEntry
from mentordesk.ui.i18n import word
from mentordesk.vault.enums import SessionStatus
from mentordesk.words import QT_TRANSLATE_NOOP


class Kind(NamedTuple):
    mark: str
    colour: QColor
    name: str  # marked for translation under "SessionChip"


PLANNED, RECORDED, FINAL, QUICK, CANCELLED = "planned", "recorded", "final", "quick", "cancelled"
KINDS = {
    PLANNED: Kind("○", QColor("#2f6fb3"), QT_TRANSLATE_NOOP("SessionChip", "Planned")),
    RECORDED: Kind("●", QColor("#2e8b57"), QT_TRANSLATE_NOOP("SessionChip", "Recorded")),
    FINAL: Kind("✔", QColor("#1f6b43"), QT_TRANSLATE_NOOP("SessionChip", "Final")),
    QUICK: Kind(
        "✎", QColor("#c77c02"), QT_TRANSLATE_NOOP("SessionChip", "Quick note, to complete")
    ),
    CANCELLED: Kind("✕", QColor("#8a8a8a"), QT_TRANSLATE_NOOP("SessionChip", "Cancelled")),
}
PADDING = 3


def kind_of(e: CalendarEntry) -> str:
    if e.status is SessionStatus.CANCELLED:
        return CANCELLED
    if e.status is SessionStatus.HELD:
        return QUICK if e.quick_note else FINAL if e.is_final else RECORDED
    return PLANNED


def status_words(e: CalendarEntry) -> str:
    """A session's state in the planner: planned, cancelled, or how far it is recorded."""
    translate = QCoreApplication.translate
    kind = kind_of(e)
    if kind == QUICK:
        return translate("PlannerActions", "Quick note")
    if kind == FINAL:
        return translate("PlannerActions", "Final")
    if kind == RECORDED:
        return translate("PlannerActions", "Recorded")
    return word(e.status)


def describe(e: CalendarEntry) -> str:
    """The whole of a session in words: "Session with Violet Green, Tue 24 Nov 2026,
    11:00–12:00, planned: Portfolio check"."""
    starts, ends = e.starts_at.astimezone(), e.ends_at.astimezone()
    text = QCoreApplication.translate(
        "SessionChip", "Session with {0}, {1:%a %d %b %Y}, {1:%H:%M}–{2:%H:%M}, {3}"
    ).format(e.full_name or e.mentee, starts, ends, status_words(e).lower())
    return f"{text}: {e.title}" if e.title else text


class Chip(QWidget):
    """One session. The view places it and moves the selection; mouse presses go through to
    the view (it knows days as well as sessions)."""

    def __init__(self, entry: CalendarEntry, parent: QWidget):
        super().__init__(parent)
        self.selected = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view gives focus as Tab walks
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.show_entry(entry)

    def show_entry(self, entry: CalendarEntry) -> None:
        self.entry = entry
        self.kind = KINDS[kind_of(entry)]
        text = describe(entry)
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.update()

    # -- text ---------------------------------------------------------------------------
    def head(self) -> str:
        e = self.entry
        return f"{self.kind.mark} {e.starts_at.astimezone():%H:%M} {e.short_name or e.mentee}"

    def lines(self, width: float) -> list[str]:
        """The text as shown in ``width``: one line (the title cut, never the name), or the
        time on one line and the name under it (wrapped between its words) when they do not
        fit side by side."""
        fm = QFontMetrics(self.font())
        room = int(width - 2 * PADDING)
        head = self.head()
        if fm.horizontalAdvance(head) <= room:
            if not self.entry.title:
                return [head]
            full = f"{head} · {self.entry.title}"
            line = fm.elidedText(full, Qt.TextElideMode.ElideRight, room)
            # a title cut to a letter or two says nothing, and looks like a cut name
            return [line] if len(line) >= len(head) + 3 + 4 else [head]
        e = self.entry
        lines = [f"{self.kind.mark} {e.starts_at.astimezone():%H:%M}"]
        for word_ in (e.short_name or e.mentee).split():  # the name wraps between its words
            joined = f"{lines[-1]} {word_}" if len(lines) > 1 else word_
            if len(lines) > 1 and fm.horizontalAdvance(joined) <= room:
                lines[-1] = joined
            else:  # a word wider than the chip is cut only when nothing else can be done
                lines.append(fm.elidedText(word_, Qt.TextElideMode.ElideRight, room))
        return lines

    def height_for(self, width: float) -> int:
        return len(self.lines(width)) * QFontMetrics(self.font()).height() + 2 * PADDING - 2

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.kind.colour
        fill = QColor(colour)
        cancelled = self.entry.status is SessionStatus.CANCELLED
        fill.setAlpha(35 if cancelled else 55)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(colour, 2.5 if self.selected else 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        if self.hasFocus():
            p.setPen(
                QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 2, 2)
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        font = p.font()
        font.setStrikeOut(cancelled)
        p.setFont(font)
        line_h = p.fontMetrics().height()
        for n, line in enumerate(self.lines(self.width())):
            p.drawText(
                QRectF(PADDING, PADDING - 1 + n * line_h, self.width() - 2 * PADDING, line_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                line,
            )
        p.end()


class Legend(QWidget):
    """What the colours and marks of the chips mean, in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 0)
        row.setSpacing(14)
        names = []
        for kind in KINDS.values():
            name = QCoreApplication.translate("SessionChip", kind.name)
            label = QLabel(
                f'<span style="color:{kind.colour.name()}; font-weight:bold">{kind.mark}</span>'
                f" {name}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            row.addWidget(label)
            names.append(f"{kind.mark} {name}")
        row.addStretch()
        self.setAccessibleName(self.tr("Key: {0}").format(", ".join(names)))
