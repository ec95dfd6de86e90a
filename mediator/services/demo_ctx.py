"""What every demo case shares: the office's settings and staff, the employer pool, fast UUIDv7
ids, and the deadline engine applied exactly as ``services.deadlines.refresh_case_deadlines``
applies it (its own clock functions, called on lightweight stand-ins, memoised by date)."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from mediator.domain import deadlines as dl
from mediator.domain.states import ACTIVE_STATES, PERFORMED, REGISTERED
from mediator.domain.workdays import WorkCalendar
from mediator.services.deadlines import limitation_clock, mediation_clock
from mediator.services.demo_people import Employer


def hyphenated(hex_id: str) -> str:
    """``str(uuid.UUID(hex=hex_id))`` without building the object."""
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


class Ids:
    """UUIDv7 (RFC 9562, method 1: a random counter within the millisecond, so ids rise in the
    order they are made) as 32-digit hex, the form ``Uuid`` columns take in SQLite. About ten
    times faster than ``store.base.new_id``; ids are not part of what a seed reproduces."""

    def __init__(self) -> None:
        self._rng = random.Random()
        self._ms = 0
        self._tail = 0

    def new(self) -> str:
        ms = time.time_ns() // 1_000_000
        if ms > self._ms:
            self._ms, self._tail = ms, self._rng.getrandbits(72)
        else:
            self._tail += self._rng.getrandbits(24) + 1
            if self._tail >> 74:
                self._ms, self._tail = self._ms + 1, self._rng.getrandbits(72)
        tail = self._tail
        value = self._ms << 80 | 0x7 << 76 | (tail >> 62) << 64 | 0x2 << 62 | (tail & ((1 << 62) - 1))
        return f"{value:032x}"


@dataclass(frozen=True)
class Staff:
    hex: str
    login: str
    name: str
    role: str

    @property
    def uuid(self) -> str:
        return hyphenated(self.hex)


@dataclass
class Ctx:
    office_hex: str
    office_short: str
    node_hex: str
    chair: Staff
    mediators: list[Staff]
    clerks: list[Staff]
    period_basis: str
    period_days: int
    extension_max_days: int
    extensions_allowed: int
    cal: WorkCalendar
    today: dt.date
    now: str
    codes: frozenset[str]
    payment_order: frozenset[str]
    employers: list[Employer]
    employer_cum: list[float]
    links: dict[str, set[str]] = field(default_factory=dict)
    ids: Ids = field(default_factory=Ids)
    _memo: dict[tuple, Any] = field(default_factory=dict)

    uuid = staticmethod(hyphenated)
    json = staticmethod(json.dumps)

    def employer(self, rng: random.Random) -> Employer:
        return rng.choices(self.employers, cum_weights=self.employer_cum)[0]

    def has_code(self, code: str) -> bool:
        return code in self.codes

    def has_cause(self, kind: str) -> bool:
        from mediator.services.demo_text import KIND_CAUSES

        return all(code in self.codes for code in KIND_CAUSES[kind])

    def _free(self, employer: str, exclude: Staff | None = None) -> list[Staff]:
        free = [m for m in self.mediators if employer not in self.links.get(m.hex, ()) and m is not exclude]
        return free or [m for m in self.mediators if m is not exclude] or [self.chair]

    def pick_mediators(self, rng: random.Random, employer: str) -> list[Staff]:
        """A lead (the chair avoids mediators with a recorded link to the employer), sometimes a second."""
        free = self._free(employer)
        lead = rng.choices(free, weights=[len(free) - i for i in range(len(free))])[0]
        if len(free) > 1 and rng.random() < 0.25:
            return [lead, rng.choice([m for m in free if m is not lead])]
        return [lead]

    def other_mediator(self, rng: random.Random, exclude: Staff, employer: str) -> Staff:
        return rng.choice(self._free(employer, exclude))

    def workday_from(self, day: dt.date) -> dt.date:
        """``day`` if it is a working day, else the next one."""
        return self._clock(("w", day), lambda: self.cal.next_working_day_on_or_after(day).day)

    def workday_after(self, day: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``day``."""
        return self._clock(("n", day, n), lambda: self.cal.add_working_days(day, n).day)

    # --- deadlines, as refresh_case_deadlines sets them ------------------------------------------
    def _clock(self, key: tuple, make: Any) -> Any:
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = make()
            return value

    def mediation(self, c: dict[str, Any], ext_days: int) -> dl.Deadline | None:
        basis = c["period_basis"]
        start = c["received_on"] if basis == "received" else c["accepted_on"]
        case = SimpleNamespace(period_basis=basis, received_on=c["received_on"], accepted_on=c["accepted_on"],
                               period_days=c["period_days"])
        return self._clock(("m", basis, start, c["period_days"], ext_days), lambda: mediation_clock(case, self.cal, ext_days))

    def mediation_due(self, c: dict[str, Any], ext_days: int) -> dt.date:
        clock = self.mediation(c, ext_days)
        assert clock is not None
        return clock.due

    def deadlines(self, c: dict[str, Any], ext_days: int, effective: dt.date | None) -> dict[str, Any]:
        """The stored due dates of a case (and of its agreement) in its final state."""
        status, cal = c["status"], self.cal
        clocks = []
        acceptance = (self._clock(("a", c["received_on"]), lambda: dl.acceptance_deadline(c["received_on"], cal))
                      if status == REGISTERED else None)
        mediation = self.mediation(c, ext_days) if status in ACTIVE_STATES else None
        case = SimpleNamespace(employment_ongoing=c["employment_ongoing"], status=status, received_on=c["received_on"],
                               infringement_known_on=c["infringement_known_on"],
                               employment_ended_on=c["employment_ended_on"])
        agreement = SimpleNamespace(effective_on=effective) if effective else None
        key = ("l", c["employment_ongoing"] or status == PERFORMED, c["infringement_known_on"],
               c["employment_ended_on"], c["received_on"], effective)
        limitation = self._clock(key, lambda: limitation_clock(case, cal, agreement))
        clocks = [k for k in (acceptance, mediation, limitation) if k]
        result: dict[str, Any] = {
            "acceptance_due_on": acceptance.due if acceptance else None,
            "mediation_due_on": mediation.due if mediation else None,
            "limitation_due_on": limitation.due if limitation else None,
        }
        if effective is not None:
            review = self._clock(("r", effective), lambda: dl.review_deadline(effective, cal))
            confirmation = self._clock(("c", effective), lambda: dl.confirmation_deadline(effective, cal))
            result["review_due_on"], result["confirmation_due_on"] = review.due, confirmation.due
            clocks += [review, confirmation]
        result["deadlines_provisional"] = any(k.provisional for k in clocks)
        return result
