"""What is coming up: the due list with each case's parties (the Today screen), and the hearings
calendar between two dates with its double bookings (a mediator, or a room, in two hearings whose
times overlap).

Plain functions over a ``Workspace`` returning dicts; ``find_conflicts`` is pure. Hearing times are
given in Beijing time. A hearing with no end time is taken to last ``DEFAULT_HEARING_LENGTH`` (two
hours) when looking for overlaps; hearings that merely touch (one ends at 10:00, the next starts at
10:00) do not overlap.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from mediator.i18n import t
from mediator.services.context import Workspace
from mediator.services.fields import SHANGHAI
from mediator.services.queries import due_list
from mediator.store.models import Case, Hearing, Party, User

DEFAULT_HEARING_LENGTH = dt.timedelta(hours=2)
CONFLICT_KINDS = ("mediator", "place")


def due_items(ws: Workspace, *, today: dt.date | None = None, within: int = 7) -> list[dict[str, Any]]:
    """``queries.due_list`` with each item's ``case_id``, ``applicant`` and ``respondent`` added."""
    items = due_list(ws, today=today, within=within)
    parties = case_parties(ws, case_nos={i["case_no"] for i in items})
    for item in items:
        item.update(parties.get(item["case_no"], {"case_id": "", "applicant": "", "respondent": ""}))
    return items


def case_parties(ws: Workspace, *, case_nos: Iterable[str] = (), case_ids: Iterable[uuid.UUID] = ()) -> dict[Any, dict[str, Any]]:
    """Id, first applicant ("X and n others" for a collective case) and respondent of the given
    cases, keyed by case number (when asked by number) or by id."""
    case_nos, case_ids = list(case_nos), list(case_ids)
    if not case_nos and not case_ids:
        return {}
    first = (Party.case_id == Case.id, Party.role == "applicant", Party.position == 0)
    applicant = select(Party.name).where(*first).limit(1).scalar_subquery()
    respondent = select(Party.name).where(Party.case_id == Case.id, Party.role == "respondent").limit(1).scalar_subquery()
    stmt = select(Case.id, Case.case_no, Case.is_collective, Case.worker_count,
                  applicant.label("applicant"), respondent.label("respondent"))
    stmt = stmt.where(Case.case_no.in_(case_nos)) if case_nos else stmt.where(Case.id.in_(case_ids))
    found: dict[Any, dict[str, Any]] = {}
    with ws.read() as s:
        for r in s.execute(stmt.where(Case.deleted_at.is_(None))):
            name = r.applicant or ""
            if r.is_collective and r.worker_count and r.worker_count > 1:
                name = t("{name} and {n} others", name=name, n=r.worker_count - 1)
            found[r.case_no if case_nos else r.id] = {"case_id": str(r.id), "applicant": name, "respondent": r.respondent or ""}
    return found


def hearings_between(ws: Workspace, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    """Every hearing (scheduled or held) starting on a day from ``start`` to ``end`` inclusive,
    Beijing time, in start order: id, case, parties, times, place, mediators and outcome."""
    lo = dt.datetime.combine(start, dt.time(0), SHANGHAI)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), SHANGHAI)
    with ws.read() as s:
        rows = s.execute(
            select(Hearing, Case.case_no, Case.status).join(Case, Case.id == Hearing.case_id)
            .where(Hearing.deleted_at.is_(None), Case.deleted_at.is_(None), Hearing.starts_at >= lo, Hearing.starts_at < hi)
            .order_by(Hearing.starts_at, Case.case_seq)).all()
        wanted = {uuid.UUID(m) for h, _no, _status in rows for m in h.mediator_ids}
        names = {r.id: r.name for r in s.execute(select(User.id, User.name).where(User.id.in_(wanted)))} if wanted else {}
    parties = case_parties(ws, case_ids={h.case_id for h, _no, _status in rows})
    found = []
    for h, case_no, status in rows:
        mediators = [{"id": m, "name": names.get(uuid.UUID(m), "")} for m in dict.fromkeys(h.mediator_ids)]
        found.append({
            "id": str(h.id), "case_id": str(h.case_id), "case_no": case_no, "case_status": status,
            "starts_at": h.starts_at.astimezone(SHANGHAI),
            "ends_at": h.ends_at.astimezone(SHANGHAI) if h.ends_at else None,
            "place": h.place, "mediators": mediators, "outcome": h.outcome,
            "applicant": parties.get(h.case_id, {}).get("applicant", ""),
            "respondent": parties.get(h.case_id, {}).get("respondent", ""),
        })
    return found


def effective_end(hearing: dict[str, Any]) -> dt.datetime:
    """The hearing's end, or its start plus ``DEFAULT_HEARING_LENGTH`` when none was given."""
    ends = hearing.get("ends_at")
    starts = hearing["starts_at"]
    return ends if ends is not None and ends > starts else starts + DEFAULT_HEARING_LENGTH


@dataclass(frozen=True)
class Conflict:
    """Two hearings that need the same mediator or place at overlapping times.

    ``kind`` is "mediator" or "place"; ``resource`` names who or where (the mediator's name, the
    place as written on the first hearing); ``first`` and ``second`` are hearing ids, ``first``
    starting no later than ``second``."""

    kind: str
    resource: str
    first: str
    second: str


def place_key(place: str) -> str:
    """Places compared as one when they differ only in case or spacing ("调解室 1" = "调解室1")."""
    return "".join(place.split()).casefold()


def find_conflicts(hearings: Iterable[dict[str, Any]]) -> list[Conflict]:
    """Every pair of hearings sharing a mediator or a place whose times overlap, ordered by the
    first hearing's start. Back-to-back hearings (one ends when the next starts) do not conflict."""
    bookings: dict[tuple[str, str], list[tuple[dict[str, Any], str]]] = {}
    for h in hearings:
        for m in h.get("mediators", []):
            bookings.setdefault(("mediator", m["id"]), []).append((h, m.get("name") or m["id"]))
        if h.get("place") and h["place"].strip():
            bookings.setdefault(("place", place_key(h["place"])), []).append((h, h["place"].strip()))
    found: list[tuple[dt.datetime, dt.datetime, Conflict]] = []
    for (kind, _key), booked in bookings.items():
        booked.sort(key=lambda b: (b[0]["starts_at"], b[0]["id"]))
        for i, (a, name) in enumerate(booked):
            a_end = effective_end(a)
            for b, _name in booked[i + 1:]:
                if b["starts_at"] >= a_end:
                    break
                if b["id"] != a["id"]:
                    found.append((a["starts_at"], b["starts_at"], Conflict(kind, name, a["id"], b["id"])))
    found.sort(key=lambda f: (f[0], f[1], CONFLICT_KINDS.index(f[2].kind)))
    return [c for _a, _b, c in found]
