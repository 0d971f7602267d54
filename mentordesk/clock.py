"""The one clock: where "now" and "today" come from.

Services never read the wall clock themselves: they are handed ``now`` (an aware UTC
datetime) or ``today`` (the mentor's local calendar day) by their caller. The GUI and the
command line take both from a :class:`Clock`; tests hand in a :class:`FixedClock`, so the
suite gives the same answers on any date.

Record-keeping stamps (``created_at``/``updated_at``, audit events, file names of backups)
are the moment a write happened, not a business date, and use :func:`system_now`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol


def system_now() -> datetime:
    """The system's time as an aware UTC datetime."""
    return datetime.now(UTC)


def local_day(moment: datetime) -> date:
    """The calendar day ``moment`` falls on in the computer's time zone."""
    return moment.astimezone().date()


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, aware, in UTC."""
        ...

    def today(self) -> date:
        """The current local calendar day."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return system_now()

    def today(self) -> date:
        return local_day(self.now())


class FixedClock:
    """A clock that shows one moment until it is moved (tests, the demo, benchmarks)."""

    def __init__(self, moment: datetime | date) -> None:
        self._moment = self._aware(moment)

    @staticmethod
    def _aware(moment: datetime | date) -> datetime:
        if not isinstance(moment, datetime):  # a day: ten in the morning, local time
            moment = datetime(moment.year, moment.month, moment.day, 10, 0).astimezone()
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(UTC)

    def now(self) -> datetime:
        return self._moment

    def today(self) -> date:
        return local_day(self._moment)

    def set(self, moment: datetime | date) -> None:
        self._moment = self._aware(moment)


SYSTEM_CLOCK = SystemClock()
