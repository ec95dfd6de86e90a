"""Recusal (回避): recording a party's request to replace a mediator, and the chair's decision."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from mediator.errors import NotFound, Problem, TransitionError, ValidationError
from mediator.i18n import t
from mediator.services.common import load_case, load_user, move, require_text
from mediator.services.context import Actor, Workspace
from mediator.services.fields import beijing_today
from mediator.store.models import CaseMediator, RecusalRequest

DECISIONS = ("granted", "refused")


def request_recusal(ws: Workspace, actor: Actor, case_ref: str, *, mediator: str, requested_by: str, reason: str,
                    on: dt.date | None = None) -> RecusalRequest:
    with ws.unit(actor, "recusal_request") as uow:
        s = uow.session
        case = load_case(s, ws.office_id, case_ref)
        req = RecusalRequest(office_id=case.office_id, case_id=case.id, mediator_id=load_user(s, mediator).id,
                             requested_by=require_text(requested_by, "requested_by"), reason=require_text(reason, "reason"),
                             requested_on=on or beijing_today())
        s.add(req)
        s.flush()
        move(uow, case, "recusal_request", reason=reason)
        return req


def decide_recusal(ws: Workspace, actor: Actor, request_id: uuid.UUID, *, decision: str, reason: str) -> RecusalRequest:
    """The chair grants (ending the mediator's assignment) or refuses a recusal request."""
    if decision not in DECISIONS:
        raise ValidationError(Problem("decision", t("must be one of {choices}", choices=", ".join(DECISIONS))))
    with ws.unit(actor, "recusal_decide") as uow:
        s = uow.session
        req = s.get(RecusalRequest, request_id)
        if req is None:
            raise NotFound(t("no recusal request {id}", id=request_id))
        if req.decision is not None:
            raise TransitionError(t("this recusal request was already decided ({decision})", decision=req.decision))
        case = load_case(s, ws.office_id, req.case_id)
        req.decision, req.decided_by, req.decided_on = decision, actor.user_id, beijing_today()
        req.decision_reason = require_text(reason, "reason")
        if decision == "granted":
            for cm in s.scalars(select(CaseMediator).where(CaseMediator.case_id == case.id, CaseMediator.user_id == req.mediator_id,
                                                           CaseMediator.ended_on.is_(None))):
                cm.ended_on = req.decided_on
            if case.lead_mediator_id == req.mediator_id:
                case.lead_mediator_id = None
        move(uow, case, "recusal_decide", reason=reason)
        return req
