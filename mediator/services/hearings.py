"""Hearings (调解会): recording one with its participants and record text (调解笔录)."""

from __future__ import annotations

import datetime as dt

from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.services.common import (
    active_mediator_ids,
    load_case,
    load_user,
    move,
    require_handler,
    require_text,
)
from mediator.services.context import Actor, Workspace
from mediator.store.models import Hearing

OUTCOMES = ("continued", "agreement", "no_agreement", "scheduled")


def record_hearing(
    ws: Workspace, actor: Actor, case_ref: str, *, starts_at: dt.datetime, place: str,
    mediators: list[str] | None = None, recorder: str | None = None, present: list[dict] | None = None,
    invited: str | None = None, rights_explained: bool = True, applicant_statement: str | None = None,
    respondent_statement: str | None = None, record_text: str | None = None, outcome: str = "continued",
    ends_at: dt.datetime | None = None,
) -> Hearing:
    """Record (or schedule, with ``outcome="scheduled"``) a hearing; moves the case into mediation."""
    if starts_at.tzinfo is None:
        raise ValidationError(Problem("starts_at", t("needs a time zone")))
    with ws.unit(actor, "hearing") as uow:
        s = uow.session
        case = load_case(s, ws.office_id, case_ref)
        require_handler(uow, case)
        problems = []
        if outcome not in OUTCOMES:
            problems.append(Problem("outcome", t("must be one of {choices}", choices=", ".join(OUTCOMES))))
        if ends_at is not None and ends_at <= starts_at:
            problems.append(Problem("ends_at", t("must be after the start")))
        if outcome != "scheduled" and not rights_explained:
            problems.append(Problem("rights_explained", t("the parties' rights and duties must be explained at a hearing")))
        if problems:
            raise ValidationError(problems)
        mediator_ids = [load_user(s, m).id for m in mediators] if mediators else sorted(active_mediator_ids(s, case))
        if not mediator_ids:
            raise ValidationError(Problem("mediators", t("assign a mediator to the case first")))
        hearing = Hearing(
            office_id=case.office_id, case_id=case.id, starts_at=starts_at, ends_at=ends_at,
            place=require_text(place, "place"), mediator_ids=[str(m) for m in mediator_ids],
            recorder_id=load_user(s, recorder).id if recorder else None, present=present or [],
            invited=invited, rights_explained=rights_explained, applicant_statement=applicant_statement,
            respondent_statement=respondent_statement, record_text=record_text, outcome=outcome,
        )
        s.add(hearing)
        s.flush()
        move(uow, case, "hearing")
        uow.audit("hearing_detail", "hearings", hearing.id, case_id=case.id,
                  changes={"starts_at": starts_at, "place": hearing.place, "outcome": outcome})
        return hearing
