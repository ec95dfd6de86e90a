"""What can be printed for a case now: each document kind the case's state allows, and for kinds
printed per item (hearings, visits, served documents) one entry per item, with how often each has
been printed already. The Documents tab and ``mediator doc`` both read this list. Only hearings that
took place have a record (a hearing still ``scheduled`` has none)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from mediator.documents.builders.common import cn_date, cn_datetime
from mediator.documents.kinds import KINDS
from mediator.services.common import load_case
from mediator.services.context import Workspace
from mediator.store.models import Agreement, Case, FollowUpVisit, Hearing, PrintRecord

SERVED = ("acceptance", "rejection", "agreement", "termination")


@dataclass(frozen=True)
class Printable:
    kind: str
    title: str  # the document's Chinese title
    subject: str | None  # hearing or visit id, or the served document's kind
    subject_label: str  # e.g. "2026年11月21日 9时30分 调解室"
    printed: int  # how many times already


def ready(case: Case, kind: str, has_agreement: bool) -> bool:
    """Whether the case has document ``kind`` now (kinds printed per item: whether it may have any).
    A rejection notice exists only while the case stands rejected (a reopened case is undecided
    again); a termination notice needs mediation that was accepted and then ended without agreement,
    by termination or by withdrawal."""
    if kind == "acceptance":
        return case.accepted_on is not None
    if kind == "rejection":
        return case.status == "rejected" and bool(case.rejection_reason)
    if kind == "agreement":
        return has_agreement
    if kind == "termination":
        return (case.end_reason_code is not None and case.ended_on is not None and case.accepted_on is not None
                and not has_agreement)
    return kind in ("application", "cover", "index")


def printable(ws: Workspace, case_ref: str) -> list[Printable]:
    """Every document of the case that can be printed now, in the order the file (卷宗) keeps them."""
    with ws.read() as s:
        case = load_case(s, ws.office_id, case_ref)
        has_agreement = s.scalar(select(func.count()).select_from(Agreement).where(
            Agreement.case_id == case.id, Agreement.deleted_at.is_(None))) > 0
        counts: dict[tuple[str, str | None], int] = {
            (kind, subject): n for kind, subject, n in s.execute(
                select(PrintRecord.kind, PrintRecord.subject, func.count()).where(
                    PrintRecord.case_id == case.id, PrintRecord.deleted_at.is_(None))
                .group_by(PrintRecord.kind, PrintRecord.subject))}
        hearings = list(s.scalars(select(Hearing).where(
            Hearing.case_id == case.id, Hearing.deleted_at.is_(None), Hearing.outcome.is_not(None),
            Hearing.outcome != "scheduled")
            .order_by(Hearing.starts_at)))
        visits = list(s.scalars(select(FollowUpVisit).where(
            FollowUpVisit.case_id == case.id, FollowUpVisit.deleted_at.is_(None)).order_by(FollowUpVisit.visited_on)))
        have = {kind for kind in KINDS if ready(case, kind, has_agreement)}

    def entry(kind: str, subject: str | None = None, label: str = "") -> Printable:
        return Printable(kind, KINDS[kind].title, subject, label, counts.get((kind, subject), 0))

    out: list[Printable] = []
    for kind in ("application", "acceptance", "rejection"):
        if kind in have:
            out.append(entry(kind))
    out += [entry("hearing_record", str(h.id), f"{cn_datetime(h.starts_at)} {h.place}") for h in hearings]
    for kind in ("agreement", "termination"):
        if kind in have:
            out.append(entry(kind))
    out += [entry("service_proof", served, KINDS[served].title) for served in SERVED if served in have]
    out += [entry("follow_up", str(v.id), cn_date(v.visited_on)) for v in visits]
    out += [entry("cover"), entry("index")]
    return out
