"""After a pull: the working-day calendar follows the federation's holiday rows, and the stored
deadlines follow the calendar.

``note(session, pulled)`` runs in each pull page's local transaction and records, in
``local_settings`` (``RECHECK``) with that page, what needs rechecking: holiday rows arrived (and
the earliest such day), or cases still marked provisional arrived. ``after_pull(ws)`` runs after
the last page (and at every sync, so a sync killed in between finishes the work next time):

* it drops the workspace's cached calendar when holiday rows arrived (a confirmed year, make-up
  days, a corrected day), so every later computation uses them;
* it recomputes the stored due dates of the cases that may have moved: those marked provisional,
  and, when holiday days arrived, those with a due date on or after the earliest such day (a
  correction of a year already confirmed); when no holiday rows arrived, only the pulled cases
  still marked provisional (computed by a node that did not have the calendar yet), and only if
  this node holds a federation-confirmed year at all;
* it clears the marker in the same transaction as the last recomputed cases.

Deadlines are **derived data**: every node computes them from the same case rows and the same
federation calendar. The recomputation therefore writes like a pull (``applying_pull``): no
journal entry, no new ``row_version``, nothing pushed. Journalled, each node of an office would
push its own recomputation of the same case, and a real edit of that case on another node would
meet it as a conflict; untouched versions keep conflicts for people's edits. Central's copy of a
case keeps the due dates of its last edit until the case is next edited; a pulled row computed
without the calendar is recomputed on arrival (above).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mediator.services.context import Workspace
from mediator.services.deadlines import refresh_case_deadlines
from mediator.store.models import Agreement, Case, HolidayYear
from mediator.sync import state
from mediator.sync.pull_read import Pulled

RECHECK = "sync_calendar_recheck"
HOLIDAY_TABLES = ("holiday_years", "holiday_days")
MAX_NOTED_CASES = 5000  # beyond this, every provisional case is rechecked instead
BATCH = 500


def note(session: Session, pulled: Pulled) -> None:
    """In the page's transaction: remember what this page brought that deadlines depend on."""
    holidays = any(pulled.stored.get(name) for name in HOLIDAY_TABLES)
    days = pulled.column("holiday_days", "day")
    first_day = min(days) if days else None
    cases = {str(i) for i, provisional in zip(pulled.column("cases", "id"),
                                              pulled.column("cases", "deadlines_provisional"), strict=True) if provisional}
    cases.update(str(case_id) for case_id in pulled.column("agreements", "case_id"))
    if not holidays and not cases:
        return
    mark = _read(session) or {"holidays": False, "first_day": None, "cases": [], "all": False}
    mark["holidays"] = mark["holidays"] or holidays
    if first_day is not None:
        known = mark["first_day"]
        mark["first_day"] = min(first_day.isoformat(), known) if known else first_day.isoformat()
    merged = set(mark["cases"]) | cases
    mark["all"] = mark["all"] or len(merged) > MAX_NOTED_CASES
    mark["cases"] = [] if mark["all"] else sorted(merged)
    state.put(session, RECHECK, json.dumps(mark))


def _read(session: Session) -> dict | None:
    text = state.get(session, RECHECK)
    return json.loads(text) if text else None


@dataclass
class Recomputed:
    looked_at: int = 0
    changed: int = 0  # cases whose due dates or provisional mark moved


def after_pull(ws: Workspace) -> Recomputed:
    """Invalidate the calendar and recompute the deadlines that may have moved (module docstring)."""
    with ws.read() as s:
        mark = _read(s)
    if mark is None:
        return Recomputed()
    if mark["holidays"]:
        ws.invalidate_calendar()
    return recompute(ws, _cases_to_recompute(ws, mark), clear=True)


def _cases_to_recompute(ws: Workspace, mark: dict) -> list[uuid.UUID]:
    live, provisional = Case.deleted_at.is_(None), Case.deadlines_provisional.is_(True)
    found: set[uuid.UUID] = set()
    with ws.read() as s:
        # without a federation-confirmed year here, pulled cases were computed with this same calendar
        confirmed = mark["holidays"] or s.scalar(select(HolidayYear.id).where(HolidayYear.confirmed.is_(True)).limit(1))
        if confirmed and (mark["holidays"] or mark["all"]):
            found.update(s.scalars(select(Case.id).where(live, provisional)))
        elif confirmed and mark["cases"]:
            wanted = [uuid.UUID(i) for i in mark["cases"]]
            for start in range(0, len(wanted), BATCH):
                found.update(s.scalars(select(Case.id).where(live, provisional, Case.id.in_(wanted[start:start + BATCH]))))
        if mark["first_day"]:
            day = dt.date.fromisoformat(mark["first_day"])
            found.update(s.scalars(select(Case.id).where(live, or_(
                Case.acceptance_due_on >= day, Case.mediation_due_on >= day, Case.limitation_due_on >= day))))
            found.update(s.scalars(select(Agreement.case_id).where(Agreement.deleted_at.is_(None), or_(
                Agreement.review_due_on >= day, Agreement.confirmation_due_on >= day))))
    return sorted(found)


def _due_dates(case: Case, agreement: Agreement | None) -> tuple:
    dates = (case.acceptance_due_on, case.mediation_due_on, case.limitation_due_on, case.deadlines_provisional)
    return dates + ((agreement.review_due_on, agreement.confirmation_due_on) if agreement else ())


def recompute(ws: Workspace, case_ids: list[uuid.UUID], *, clear: bool = False) -> Recomputed:
    """Recompute the stored deadlines of these cases with the current calendar, written like
    pulled rows (not journalled, versions unchanged: see the module docstring); rows whose dates
    do not move are not written. One local transaction per ``BATCH`` cases; with ``clear`` the
    last one also clears the recheck marker."""
    done = Recomputed()
    if not case_ids and not clear:
        return done
    cal = ws.calendar()
    for start in range(0, max(len(case_ids), 1), BATCH):
        part = case_ids[start:start + BATCH]
        with ws.unit(None) as uow:
            session = uow.session
            session.info["applying_pull"] = True  # derived data: no journal entry, no new version
            if clear and start + BATCH >= len(case_ids):
                state.put(session, RECHECK, None)
            agreements = {a.case_id: a for a in session.scalars(select(Agreement).where(Agreement.case_id.in_(part)))}
            for case in session.scalars(select(Case).where(Case.id.in_(part))):
                before = _due_dates(case, agreements.get(case.id))
                refresh_case_deadlines(session, case, cal)
                done.looked_at += 1
                done.changed += _due_dates(case, agreements.get(case.id)) != before
    return done
