"""The working-day calendar: official schedules, overrides, provisional fallback years.

Expected days come from the State Council notices (国务院办公厅关于2025年/2026年部分节假日安排的通知)
and, for 2027, from the statutory holidays fixed by 全国年节及纪念日放假办法 (2024 revision).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediator.domain.workdays import Dated, WorkCalendar

CAL = WorkCalendar()


def days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def test_national_day_2025_from_the_official_notice() -> None:
    # 国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
    assert all(not CAL.is_working_day(d) for d in days(date(2025, 10, 1), date(2025, 10, 8)))
    assert CAL.is_working_day(date(2025, 9, 28))
    assert CAL.is_working_day(date(2025, 10, 11))
    assert not CAL.is_working_day(date(2025, 9, 27))
    assert not CAL.is_working_day(date(2025, 10, 12))
    assert CAL.is_working_day(date(2025, 9, 30)) and CAL.is_working_day(date(2025, 10, 9))


def test_spring_festival_2026_from_the_official_notice() -> None:
    # 春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
    assert all(not CAL.is_working_day(d) for d in days(date(2026, 2, 15), date(2026, 2, 23)))
    assert CAL.is_working_day(date(2026, 2, 14)) and CAL.is_working_day(date(2026, 2, 28))
    assert CAL.is_working_day(date(2026, 2, 24))


def test_confirmed_years() -> None:
    assert CAL.is_confirmed(2004) and CAL.is_confirmed(2025) and CAL.is_confirmed(2026)
    assert not CAL.is_confirmed(2027) and not CAL.is_confirmed(2003)
    assert WorkCalendar(confirmed_years=[2027]).is_confirmed(2027)
    assert CAL.unconfirmed_years(date(2026, 12, 1), date(2028, 1, 1)) == (2027, 2028)


def test_fallback_2027_is_weekdays_minus_statutory_holidays() -> None:
    # 2027: New Year Fri 1 Jan; Spring Festival eve Fri 5 Feb to the 3rd day Mon 8 Feb; Qingming Mon 5 Apr;
    # Labour Day Sat–Sun 1–2 May; National Day Fri–Sun 1–3 Oct. No make-up days are guessed.
    rest = [date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 8), date(2027, 4, 5), date(2027, 10, 1)]
    assert not any(CAL.is_working_day(d) for d in rest)
    work = [date(2027, 1, 4), date(2027, 2, 4), date(2027, 2, 9), date(2027, 5, 3), date(2027, 10, 4)]
    assert all(CAL.is_working_day(d) for d in work)
    assert not CAL.is_working_day(date(2027, 1, 2)) and not CAL.is_working_day(date(2027, 1, 3))


def test_overrides_take_precedence() -> None:
    cal = WorkCalendar({date(2025, 10, 11): False, date(2025, 10, 8): True, date(2027, 2, 20): True})
    assert not cal.is_working_day(date(2025, 10, 11))
    assert cal.is_working_day(date(2025, 10, 8))
    assert cal.is_working_day(date(2027, 2, 20))
    assert cal.add_working_days(date(2025, 9, 30), 3) == Dated(date(2025, 10, 10), False)
    assert CAL.add_working_days(date(2025, 9, 30), 3) == Dated(date(2025, 10, 11), False)


def test_add_working_days_over_national_day_2025() -> None:
    assert CAL.add_working_days(date(2025, 9, 30), 1) == Dated(date(2025, 10, 9), False)
    assert CAL.add_working_days(date(2025, 9, 30), 3) == Dated(date(2025, 10, 11), False)
    assert CAL.add_working_days(date(2025, 9, 30), 4) == Dated(date(2025, 10, 13), False)
    assert CAL.add_working_days(date(2025, 10, 4), 3) == Dated(date(2025, 10, 11), False)
    assert CAL.add_working_days(date(2025, 9, 27), 1) == Dated(date(2025, 9, 28), False)


def test_add_working_days_into_an_unconfirmed_year_is_provisional() -> None:
    assert CAL.add_working_days(date(2026, 12, 31), 3) == Dated(date(2027, 1, 6), True)
    assert CAL.add_working_days(date(2026, 12, 28), 3) == Dated(date(2026, 12, 31), False)
    confirmed = WorkCalendar({date(2027, 1, 4): False}, confirmed_years=[2027])
    assert confirmed.add_working_days(date(2026, 12, 31), 3) == Dated(date(2027, 1, 7), False)


def test_next_working_day_on_or_after() -> None:
    assert CAL.next_working_day_on_or_after(date(2025, 9, 30)) == Dated(date(2025, 9, 30), False)
    assert CAL.next_working_day_on_or_after(date(2025, 10, 1)) == Dated(date(2025, 10, 9), False)
    assert CAL.next_working_day_on_or_after(date(2027, 10, 1)) == Dated(date(2027, 10, 4), True)


def test_count_working_days() -> None:
    assert CAL.count_working_days(date(2025, 9, 30), date(2025, 10, 11)) == 3
    assert CAL.count_working_days(date(2025, 10, 11), date(2025, 9, 30)) == 0
    # 2025: 261 weekdays − 18 weekday holidays + 5 make-up days (Jan 26, Feb 8, Apr 27, Sep 28, Oct 11).
    assert CAL.count_working_days(date(2024, 12, 31), date(2025, 12, 31)) == 248


@pytest.mark.parametrize("n", [0, -1])
def test_add_working_days_needs_a_positive_count(n: int) -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2025, 1, 1), n)


dates = st.dates(min_value=date(2002, 1, 1), max_value=date(2029, 12, 31))


@settings(max_examples=300, deadline=None)
@given(dates, st.integers(1, 60))
def test_add_working_days_properties(day: date, n: int) -> None:
    result, provisional = CAL.add_working_days(day, n)
    assert result > day
    assert CAL.is_working_day(result)
    assert CAL.add_working_days(day, n + 1).day > result
    walked, count = day, 0
    while count < n:
        walked += timedelta(days=1)
        count += CAL.is_working_day(walked)
    assert walked == result
    assert CAL.count_working_days(day, result) == n
    touched = range((day + timedelta(days=1)).year, result.year + 1)
    assert provisional == any(not CAL.is_confirmed(y) for y in touched)


@settings(max_examples=200, deadline=None)
@given(dates)
def test_next_working_day_properties(day: date) -> None:
    result, _ = CAL.next_working_day_on_or_after(day)
    assert result >= day and CAL.is_working_day(result)
    assert not any(CAL.is_working_day(d) for d in days(day, result - timedelta(days=1)))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)), st.booleans(),
                       max_size=20), dates)
def test_any_override_wins(overrides: dict[date, bool], probe: date) -> None:
    cal = WorkCalendar(overrides)
    for day, working in overrides.items():
        assert cal.is_working_day(day) == working
    if probe not in overrides:
        assert cal.is_working_day(probe) == CAL.is_working_day(probe)
