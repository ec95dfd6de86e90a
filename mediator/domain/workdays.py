"""The official working-day calendar (工作日 and 调休), held as data, with provisional fallback years.

A day's status comes, in order of precedence, from the federation's overrides (a table it maintains
and syncs), then from the ``chinese_calendar`` package for the years it knows (2004–2026 at the time
of writing), and otherwise from a fallback: Monday–Friday minus the statutory holidays of the
``holidays`` package, which knows no make-up working days. A year is *confirmed* when
``chinese_calendar`` knows it or the federation has marked it confirmed; any date whose computation
looked at an unconfirmed year is *provisional* and says so.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

import chinese_calendar
import holidays


class Dated(NamedTuple):
    """A computed date and whether an unconfirmed year was used to compute it."""

    day: date
    provisional: bool


@dataclass(frozen=True)
class _Year:
    confirmed: bool
    working: tuple[bool, ...]
    ordinals: tuple[int, ...]


def _library_year(year: int) -> list[bool] | None:
    """Working-day flags from ``chinese_calendar``, or None when it has no schedule for the year."""
    first = date(year, 1, 1)
    try:
        chinese_calendar.is_workday(first)
    except NotImplementedError:
        return None
    days = (date(year, 12, 31) - first).days + 1
    return [chinese_calendar.is_workday(first + timedelta(days=i)) for i in range(days)]


def _fallback_year(year: int) -> list[bool]:
    # observed=False: the package's guessed "observed" days are not law; the statutory days are.
    statutory = holidays.China(years=year, observed=False)
    first = date(year, 1, 1)
    days = (date(year, 12, 31) - first).days + 1
    flags = []
    for i in range(days):
        day = first + timedelta(days=i)
        flags.append(day.weekday() < 5 and day not in statutory)
    return flags


class WorkCalendar:
    """Which days are working days; built once per process or sync, queried many times.

    ``overrides`` maps a date to True (working day) or False (rest day) and wins over everything
    else. ``confirmed_years`` lists years whose official schedule the federation has entered as
    overrides although ``chinese_calendar`` does not know them.
    """

    def __init__(self, overrides: Mapping[date, bool] | None = None, confirmed_years: Iterable[int] = ()):
        self._overrides = dict(overrides or {})
        self._confirmed_years = frozenset(confirmed_years)
        self._years: dict[int, _Year] = {}

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is not None:
            return cached
        library = _library_year(year)
        flags = library if library is not None else _fallback_year(year)
        first = date(year, 1, 1).toordinal()
        for day, working in self._overrides.items():
            if day.year == year:
                flags[day.toordinal() - first] = bool(working)
        table = _Year(
            confirmed=library is not None or year in self._confirmed_years,
            working=tuple(flags),
            ordinals=tuple(first + i for i, working in enumerate(flags) if working),
        )
        self._years[year] = table
        return table

    def is_working_day(self, day: date) -> bool:
        return self._year(day.year).working[day.timetuple().tm_yday - 1]

    def is_confirmed(self, year: int) -> bool:
        """Whether the year's official schedule is known (library data or federation-confirmed)."""
        return self._year(year).confirmed

    def unconfirmed_years(self, start: date, end: date) -> tuple[int, ...]:
        """The years from ``start`` to ``end`` (inclusive) that have no confirmed schedule."""
        return tuple(y for y in range(start.year, end.year + 1) if not self.is_confirmed(y))

    def next_working_day_on_or_after(self, day: date) -> Dated:
        """``day`` itself if it is a working day, else the first working day after it."""
        result = day if self.is_working_day(day) else self.add_working_days(day, 1).day
        return Dated(result, bool(self.unconfirmed_years(day, result)))

    def add_working_days(self, day: date, n: int) -> Dated:
        """The n-th working day strictly after ``day`` (n ≥ 1), whether or not ``day`` is one.

        Provisional when any year from the day after ``day`` to the result is unconfirmed.
        """
        if n < 1:
            raise ValueError(f"n must be at least 1, not {n}")
        year = day.year
        table = self._year(year)
        index = bisect_right(table.ordinals, day.toordinal())
        remaining = n
        while index + remaining > len(table.ordinals):
            remaining -= len(table.ordinals) - index
            year += 1
            table = self._year(year)
            index = 0
        result = date.fromordinal(table.ordinals[index + remaining - 1])
        return Dated(result, bool(self.unconfirmed_years(day + timedelta(days=1), result)))

    def count_working_days(self, start: date, end: date) -> int:
        """How many working days lie in the half-open interval (start, end]."""
        if end <= start:
            return 0
        total = 0
        for year in range(start.year, end.year + 1):
            ordinals = self._year(year).ordinals
            total += bisect_right(ordinals, end.toordinal()) - bisect_right(ordinals, start.toordinal())
        return total
