"""Deadlines: the clocks of domain.md, with expectations worked out by hand from the official notices.

2025: 国庆节、中秋节 10月1日至8日放假，9月28日（周日）、10月11日（周六）上班；端午节 5月31日至6月2日放假.
2026: 春节 2月15日至23日放假，2月14日（周六）、2月28日（周六）上班.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediator.domain.deadlines import (
    Deadline,
    acceptance_deadline,
    add_years,
    confirmation_deadline,
    limitation_deadline,
    mediation_deadline,
    performance_deadline,
    review_deadline,
)
from mediator.domain.workdays import WorkCalendar

CAL = WorkCalendar()


def test_acceptance_over_national_day_2025() -> None:
    # Tue 30 Sep received; working days after it: Thu 9 Oct, Fri 10 Oct, Sat 11 Oct (make-up day).
    deadline = acceptance_deadline(date(2025, 9, 30), CAL)
    assert deadline.due == date(2025, 10, 11)
    assert deadline.starts == date(2025, 9, 30)
    assert deadline.clock == "acceptance" and not deadline.provisional
    assert deadline.rule == "3 working days after receipt on 2025-09-30 (official 2025 schedule)"


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2025, 9, 27), date(2025, 9, 30)),  # Sat: Sun 28 Sep is a make-up working day
        (date(2025, 10, 4), date(2025, 10, 11)),  # received on a holiday
        (date(2025, 10, 11), date(2025, 10, 15)),  # received on the make-up Saturday
        (date(2026, 2, 12), date(2026, 2, 24)),  # Thu: Fri 13, Sat 14 (make-up), Tue 24 after the festival
    ],
)
def test_acceptance_counts_strictly_after_receipt(received: date, due: date) -> None:
    assert acceptance_deadline(received, CAL).due == due


def test_fifteen_days_ending_in_a_holiday_roll_to_the_next_working_day() -> None:
    deadline = mediation_deadline(date(2025, 9, 20), CAL)
    assert deadline.due == date(2025, 10, 9)
    assert not deadline.provisional
    assert deadline.rule == (
        "15 days after receipt on 2025-09-20; 2025-10-05 is a rest day, so the period ends on the next "
        "working day, 2025-10-09 (official 2025 schedule)"
    )
    assert mediation_deadline(date(2026, 2, 1), CAL).due == date(2026, 2, 24)


def test_fifteen_days_ending_on_a_working_day_are_not_moved() -> None:
    deadline = mediation_deadline(date(2025, 3, 3), CAL)
    assert deadline.due == date(2025, 3, 18)
    assert "rest day" not in deadline.rule
    assert mediation_deadline(date(2025, 3, 1), CAL).due == date(2025, 3, 17)  # Sun 16 Mar → Mon
    assert mediation_deadline(date(2025, 9, 13), CAL).due == date(2025, 9, 28)  # a make-up Sunday stands


def test_mediation_from_acceptance_with_extension() -> None:
    deadline = mediation_deadline(date(2025, 9, 1), CAL, extension_days=15, basis="accepted")
    assert deadline.due == date(2025, 10, 9)  # 30 days → Wed 1 Oct, a holiday
    assert "after acceptance on 2025-09-01" in deadline.rule
    assert "extended by 15 days" in deadline.rule


@pytest.mark.parametrize("kwargs", [{"basis": "filed"}, {"days": 0}, {"extension_days": -1}])
def test_mediation_rejects_bad_parameters(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        mediation_deadline(date(2025, 1, 1), CAL, **kwargs)  # type: ignore[arg-type]


def test_provisional_2027_dates_say_so() -> None:
    acceptance = acceptance_deadline(date(2026, 12, 31), CAL)
    # Fri 1 Jan 2027 is New Year's Day; then Mon 4, Tue 5, Wed 6 Jan.
    assert acceptance.due == date(2027, 1, 6)
    assert acceptance.provisional
    assert acceptance.rule.endswith("(provisional: no official 2027 schedule)")
    mediation = mediation_deadline(date(2027, 3, 1), CAL)
    assert mediation.due == date(2027, 3, 16) and mediation.provisional
    assert "provisional: no official 2027 schedule" in mediation.rule


def test_federation_confirmed_year_with_overrides_is_official() -> None:
    cal = WorkCalendar({date(2027, 1, 4): False, date(2027, 3, 16): False}, confirmed_years=[2027])
    acceptance = acceptance_deadline(date(2026, 12, 31), cal)
    assert acceptance.due == date(2027, 1, 7) and not acceptance.provisional
    assert acceptance.rule.endswith("(official 2027 schedule)")
    assert acceptance_deadline(date(2026, 12, 30), cal).rule.endswith("(official 2026–2027 schedule)")
    assert mediation_deadline(date(2027, 3, 1), cal).due == date(2027, 3, 17)


def test_overrides_move_a_deadline() -> None:
    cal = WorkCalendar({date(2025, 10, 9): False})
    assert mediation_deadline(date(2025, 9, 20), cal).due == date(2025, 10, 10)
    assert acceptance_deadline(date(2025, 9, 30), cal).due == date(2025, 10, 13)


def test_review_and_confirmation_windows() -> None:
    review = review_deadline(date(2025, 9, 16), CAL)
    assert review.due == date(2025, 10, 9)  # 15 days → Wed 1 Oct
    assert not review.window_open(date(2025, 9, 15))
    assert review.window_open(date(2025, 9, 16)) and review.window_open(date(2025, 10, 9))
    assert not review.window_open(date(2025, 10, 10))
    assert review.status(date(2025, 10, 10)) == "overdue"
    confirmation = confirmation_deadline(date(2025, 9, 1), CAL)
    assert confirmation.due == date(2025, 10, 9)  # 30 days → Wed 1 Oct
    assert confirmation.clock == "confirmation"
    assert confirmation_deadline(date(2025, 3, 3), CAL).due == date(2025, 4, 2)


def test_limitation_from_a_leap_day() -> None:
    deadline = limitation_deadline(date(2024, 2, 29), CAL)
    assert deadline.due == date(2025, 2, 28)  # no 29 Feb in 2025; Fri 28 Feb is a working day
    assert "knew of the infringement on 2024-02-29" in deadline.rule
    later = limitation_deadline(date(2028, 2, 29), CAL)
    assert later.due == date(2029, 2, 28) and later.provisional


def test_limitation_restarts_from_the_later_interruption() -> None:
    # Sun 1 Jun 2025 → Mon 2 Jun is the Dragon Boat holiday → Tue 3 Jun.
    deadline = limitation_deadline(date(2024, 2, 29), CAL, interrupted=date(2024, 6, 1))
    assert deadline.due == date(2025, 6, 3)
    assert deadline.starts == date(2024, 6, 1)
    assert "last interruption on 2024-06-01" in deadline.rule
    assert limitation_deadline(date(2024, 6, 1), CAL, interrupted=date(2024, 1, 1)).due == date(2025, 6, 3)


def test_limitation_warns_sixty_days_ahead() -> None:
    deadline = limitation_deadline(date(2024, 3, 15), CAL)
    assert deadline.due == date(2025, 3, 17)  # Sat 15 Mar → Mon 17 Mar
    assert deadline.status(deadline.due - timedelta(days=61)) == "pending"
    assert deadline.status(deadline.due - timedelta(days=60)) == "due_soon"
    assert deadline.status(deadline.due) == "due_today"
    assert deadline.status(deadline.due + timedelta(days=1)) == "overdue"


def test_performance_uses_the_agreed_date_without_roll_over() -> None:
    deadline = performance_deadline(date(2025, 10, 1))
    assert deadline.due == date(2025, 10, 1) and not deadline.provisional
    assert deadline.status(date(2025, 10, 1)) == "due_today"
    assert deadline.status(date(2025, 10, 2)) == "overdue"
    assert deadline.status(date(2025, 9, 28)) == "due_soon"
    assert deadline.status(date(2025, 9, 27)) == "pending"
    assert deadline.days_left(date(2025, 9, 27)) == 4


def test_status_window_can_be_overridden() -> None:
    deadline = Deadline("mediation", date(2025, 3, 18), date(2025, 3, 3), "rule", False, soon_days=3)
    assert deadline.status(date(2025, 3, 14)) == "pending"
    assert deadline.status(date(2025, 3, 15)) == "due_soon"
    assert deadline.status(date(2025, 3, 14), soon_days=7) == "due_soon"
    assert deadline.status(date(2025, 3, 14), soon_days=0) == "pending"


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2024, 2, 29), date(2025, 2, 28)), (date(2023, 2, 28), date(2024, 2, 28)), (date(2025, 12, 31), date(2026, 12, 31))],
)
def test_add_years(day: date, expected: date) -> None:
    assert add_years(day, 1) == expected


dates = st.dates(min_value=date(2003, 1, 1), max_value=date(2029, 12, 31))


@settings(max_examples=200, deadline=None)
@given(dates, st.integers(1, 40), st.integers(0, 15), st.sampled_from(["received", "accepted"]))
def test_day_periods_end_on_the_first_working_day_from_the_nominal_end(
    start: date, days: int, extension: int, basis: str
) -> None:
    deadline = mediation_deadline(start, CAL, days=days, extension_days=extension, basis=basis)
    nominal = start + timedelta(days=days + extension)
    assert deadline.due >= nominal and CAL.is_working_day(deadline.due)
    assert all(not CAL.is_working_day(nominal + timedelta(days=i)) for i in range((deadline.due - nominal).days))
    assert deadline.provisional == any(not CAL.is_confirmed(y) for y in range(nominal.year, deadline.due.year + 1))
    assert ("provisional" in deadline.rule) == deadline.provisional


@settings(max_examples=200, deadline=None)
@given(dates, st.one_of(st.none(), dates))
def test_limitation_is_one_year_from_the_later_trigger(known: date, interrupted: date | None) -> None:
    deadline = limitation_deadline(known, CAL, interrupted)
    trigger = max(known, interrupted) if interrupted else known
    assert deadline.starts == trigger
    nominal = add_years(trigger, 1)
    assert (nominal.month, nominal.day) == (trigger.month, trigger.day) or (trigger.month, trigger.day) == (2, 29)
    assert deadline.due >= nominal and CAL.is_working_day(deadline.due)
    assert (deadline.due - nominal).days < 12


@settings(max_examples=200, deadline=None)
@given(dates, dates)
def test_statuses_partition_time(received: date, today: date) -> None:
    deadline = acceptance_deadline(received, CAL)
    status = deadline.status(today)
    assert status == ("overdue" if today > deadline.due else "due_today" if today == deadline.due
                      else "due_soon" if (deadline.due - today).days <= deadline.soon_days else "pending")
