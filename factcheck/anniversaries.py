"""Completed years, months, weeks or days between two days, as an age counts them.

"35" on 1 May 2025 for someone born on 2 May 1990 is 34 completed years; "married for 54
years" from 12 April 1969 to 2 November 2023 is 54. One count serves both the ages of
``age-matches-birth`` and the ``years(a, b)`` and ``months(a, b)`` of ``expect`` checks.

An anniversary on a day its month lacks (29 February in another year, the 31st in a month
of 30 days) falls on the first of the next month under the law of some places and on
the last day of the month under others: both are accepted, so a count is asked for as
the fewer (``late=False``) or the more (``late=True``) of the two.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal, TypeAlias

__all__ = ["Unit", "completed", "completed_between"]

#: What is counted: completed years, months, weeks or days.
Unit: TypeAlias = Literal["year", "month", "week", "day"]


def completed(unit: Unit, start: dt.date, end: dt.date, *, late: bool) -> int:
    """The count of whole years, months, weeks or days from ``start`` to ``end``.

    An anniversary of ``start`` on a day its month lacks falls on the first of the next
    month, or, when ``late``, on the last day of the month: ``late`` gives the larger of
    the two counts. When ``end`` is before ``start`` the count is negative: the units
    completed from ``end`` to ``start`` ("3 years before"), so that swapping the days
    changes the sign only; ``late`` still gives the larger count.
    """
    if end < start:
        return -_forward(unit, end, start, late=not late)
    return _forward(unit, start, end, late=late)


def completed_between(
    unit: Unit, first: tuple[dt.date, dt.date], second: tuple[dt.date, dt.date]
) -> tuple[int, int]:
    """The fewest and the most units completed from a day of ``first`` to a day of ``second``.

    Each is a period, its first and last days (a day is one day long). The fewest run
    from ``first``'s last day to ``second``'s first, the most from ``first``'s first day
    to ``second``'s last: a count only grows as its start moves back or its end forward.
    """
    least = completed(unit, first[1], second[0], late=False)
    most = completed(unit, first[0], second[1], late=True)
    return least, most


def _forward(unit: Unit, start: dt.date, end: dt.date, *, late: bool) -> int:
    """:func:`completed` for an ``end`` on or after ``start``."""
    if unit == "day":
        return (end - start).days
    if unit == "week":
        return (end - start).days // 7
    if unit == "year":
        count = end.year - start.year
        not_yet = (end.month, end.day) < (start.month, start.day)
        same_month = end.month == start.month
    else:
        count = (end.year - start.year) * 12 + end.month - start.month
        not_yet = end.day < start.day
        same_month = True
    # on the last day of the month, an anniversary on a day the month lacks is due late
    if not_yet and not (late and same_month and _last_day(end)):
        count -= 1
    return count


def _last_day(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]
