"""The clocks a case runs on: acceptance, mediation period, performance, review, confirmation, limitation.

Counting follows 民法典 Art. 201–203 and 民事诉讼法 Art. 85 by analogy: a period starts the day after
its trigger; day periods count calendar days; year periods end on the corresponding date of the final
year (29 February → 28 February); a period whose last day is a rest day ends on the next working day.
Every deadline carries a translated description of the rule used, naming the schedule it relied on
and whether that schedule is official or provisional.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from mediator.domain.workdays import WorkCalendar
from mediator.i18n import t

CLOCKS = ("acceptance", "mediation", "performance", "review", "confirmation", "limitation")
STATUSES = ("overdue", "due_today", "due_soon", "pending")
DEFAULT_SOON_DAYS = {
    "acceptance": 2,
    "mediation": 3,
    "performance": 3,
    "review": 5,
    "confirmation": 7,
    "limitation": 60,
}
ACCEPTANCE_WORKING_DAYS = 3
MEDIATION_DAYS = 15
REVIEW_DAYS = 15
CONFIRMATION_DAYS = 30
LIMITATION_YEARS = 1
MEDIATION_BASES = ("received", "accepted")


@dataclass(frozen=True)
class Deadline:
    """One computed deadline; ``starts`` is the trigger date, ``due`` the last day of the period."""

    clock: str
    due: date
    starts: date
    rule: str
    provisional: bool
    soon_days: int = 3

    def days_left(self, today: date) -> int:
        """Days from ``today`` to ``due``; negative once the deadline has passed."""
        return (self.due - today).days

    def status(self, today: date, soon_days: int | None = None) -> str:
        """``overdue``, ``due_today``, ``due_soon`` (within ``soon_days``) or ``pending``."""
        left = self.days_left(today)
        if left < 0:
            return "overdue"
        if left == 0:
            return "due_today"
        if left <= (self.soon_days if soon_days is None else soon_days):
            return "due_soon"
        return "pending"

    def window_open(self, today: date) -> bool:
        """For review and confirmation: whether ``today`` lies between the trigger and ``due``."""
        return self.starts <= today <= self.due


def _years_text(years: tuple[int, ...]) -> str:
    if len(years) > 1 and years == tuple(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(str(y) for y in years)


def _schedule(cal: WorkCalendar, first: date, due: date) -> tuple[str, bool]:
    unconfirmed = cal.unconfirmed_years(first, due)
    if unconfirmed:
        return t(" (provisional: no official {years} schedule)", years=_years_text(unconfirmed)), True
    years = tuple(range(first.year, due.year + 1))
    return t(" (official {years} schedule)", years=_years_text(years)), False


def _period(clock: str, trigger: date, last: date, description: str, cal: WorkCalendar) -> Deadline:
    """A calendar period ending on ``last``, moved to the next working day when ``last`` is a rest day."""
    due = cal.next_working_day_on_or_after(last).day
    rule = description
    if due != last:
        rule += t("; {last} is a rest day, so the period ends on the next working day, {due}", last=last, due=due)
    schedule, provisional = _schedule(cal, last, due)
    return Deadline(clock, due, trigger, rule + schedule, provisional, DEFAULT_SOON_DAYS[clock])


def add_years(day: date, years: int) -> date:
    """The corresponding date ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 2, 28)


def acceptance_deadline(received: date, cal: WorkCalendar) -> Deadline:
    """The decision to accept is due on the 3rd working day strictly after receipt."""
    due = cal.add_working_days(received, ACCEPTANCE_WORKING_DAYS).day
    description = t("{n} working days after receipt on {date}", n=ACCEPTANCE_WORKING_DAYS, date=received)
    schedule, provisional = _schedule(cal, received + timedelta(days=1), due)
    return Deadline("acceptance", due, received, description + schedule, provisional,
                    DEFAULT_SOON_DAYS["acceptance"])


def mediation_deadline(
    start: date,
    cal: WorkCalendar,
    days: int = MEDIATION_DAYS,
    extension_days: int = 0,
    basis: str = "received",
) -> Deadline:
    """The end of the mediation period; after it either party may apply for arbitration.

    ``start`` is the date of receipt or of acceptance, per ``basis``. An extension lengthens the one
    period (``days + extension_days`` counted from ``start``), so only the final day is rolled over.
    """
    if basis not in MEDIATION_BASES:
        raise ValueError(f"basis must be one of {MEDIATION_BASES}, not {basis!r}")
    if days < 1 or extension_days < 0:
        raise ValueError(f"invalid mediation period: {days} days + {extension_days} days extension")
    if basis == "received":
        description = t("{days} days after receipt on {date}", days=days, date=start)
    else:
        description = t("{days} days after acceptance on {date}", days=days, date=start)
    if extension_days:
        description += t(", extended by {days} days", days=extension_days)
    return _period("mediation", start, start + timedelta(days=days + extension_days), description, cal)


def review_deadline(effective: date, cal: WorkCalendar) -> Deadline:
    """The last day to apply jointly for arbitral review: 15 days after the agreement took effect."""
    description = t("{days} days after the agreement took effect on {date}", days=REVIEW_DAYS, date=effective)
    return _period("review", effective, effective + timedelta(days=REVIEW_DAYS), description, cal)


def confirmation_deadline(effective: date, cal: WorkCalendar) -> Deadline:
    """The last day to apply for judicial confirmation: 30 days after the agreement took effect."""
    description = t(
        "{days} days after the agreement took effect on {date}", days=CONFIRMATION_DAYS, date=effective
    )
    return _period("confirmation", effective, effective + timedelta(days=CONFIRMATION_DAYS), description, cal)


def limitation_deadline(known: date, cal: WorkCalendar, interrupted: date | None = None) -> Deadline:
    """The last day to apply for arbitration: 1 year from when the worker knew of the infringement,
    or from the last interruption (mediation application, claim, employer's promise) if later."""
    if interrupted is not None and interrupted > known:
        trigger = interrupted
        description = t("1 year after the last interruption on {date}", date=interrupted)
    else:
        trigger = known
        description = t("1 year after the worker knew of the infringement on {date}", date=known)
    return _period("limitation", trigger, add_years(trigger, LIMITATION_YEARS), description, cal)


def performance_deadline(term_due: date) -> Deadline:
    """An agreement term is due on the agreed date itself, with no roll-over; unpaid the day
    after, it is overdue."""
    return Deadline(
        "performance",
        term_due,
        term_due,
        t("the agreed due date {date}", date=term_due),
        False,
        DEFAULT_SOON_DAYS["performance"],
    )
