"""The one date field and date-and-time field every form uses.

Both show dates as the rest of the app does ("24 Nov 2026"), open a calendar, and let Tab
move to the next field (Qt's own date fields use Tab to walk day, month and year, so typing
lands in the wrong place; the arrow keys still move between the parts).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit, QWidget

from mentordesk.ui.widgets import py_date, py_datetime

DATE_FORMAT = "d MMM yyyy"
DATE_TIME_FORMAT = "ddd d MMM yyyy  HH:mm"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QDateEdit):
    """A date: ``value`` shown, or ``fallback`` when there is none; an optional earliest day."""

    def __init__(
        self,
        value: date | None = None,
        *,
        fallback: date | None = None,
        minimum: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        if minimum is not None:
            self.setMinimumDate(_qdate(minimum))
        day = value or fallback
        if day is not None:
            self.setDate(_qdate(day))

    def value(self) -> date:
        return py_date(self.date())

    def set_value(self, day: date) -> None:
        self.setDate(_qdate(day))

    def set_minimum(self, day: date | None) -> None:
        """The earliest day allowed (``None``: no limit)."""
        self.setMinimumDate(_qdate(day) if day is not None else QDate(1752, 9, 14))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        return QAbstractSpinBox.focusNextPrevChild(self, next)


class DateTimeField(QDateTimeEdit):
    """A date and time, shown as "Tue 24 Nov 2026  14:00"."""

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_TIME_FORMAT)
        self.setCalendarPopup(True)
        if value is not None:
            self.set_value(value)

    def value(self) -> datetime:
        return py_datetime(self.dateTime())

    def set_value(self, when: datetime) -> None:
        self.setDateTime(QDateTime(_qdate(when.date()), QTime(when.hour, when.minute, when.second)))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        return QAbstractSpinBox.focusNextPrevChild(self, next)
