"""Registering a case (受理前登记): oral or written, single or collective; the duplicate check;
keeping the case's search document current."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mediator.domain.states import OPEN_STATES, REGISTERED
from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.services.casenumbers import allocate
from mediator.services.context import Actor, Workspace
from mediator.services.deadlines import refresh_case_deadlines
from mediator.services.intake import CaseInput, PartyInput
from mediator.store import search
from mediator.store.base import new_id
from mediator.store.models import Case, Claim, DisputeCause, Office, Party

PARTY_SEARCH_COLUMNS = (Party.name, Party.employer_name, Party.id_number, Party.phone, Party.credit_code)


def index_case(session: Session, case: Case) -> None:
    parties = session.execute(select(*PARTY_SEARCH_COLUMNS).where(Party.case_id == case.id,
                                                                  Party.deleted_at.is_(None))).all()
    search.upsert_docs(session, [_entry(case.id, case.case_no, case.facts, parties)])


def index_cases(session: Session, case_ids: list[uuid.UUID]) -> None:
    """``index_case`` for many cases with two queries and one executemany (cases arriving by sync)."""
    cases = session.execute(select(Case.id, Case.case_no, Case.facts).where(Case.id.in_(case_ids))).all()
    parties: dict[uuid.UUID, list] = {c.id: [] for c in cases}
    for row in session.execute(select(Party.case_id, *PARTY_SEARCH_COLUMNS).where(
            Party.case_id.in_(case_ids), Party.deleted_at.is_(None))):
        parties[row[0]].append(row[1:])
    search.upsert_docs(session, [_entry(c.id, c.case_no, c.facts, parties[c.id]) for c in cases])


def _entry(case_id: uuid.UUID, case_no: str, facts: str | None, parties: list) -> tuple[uuid.UUID, str, list[str]]:
    """The search entry of a case: its number, every party's name, employer, ID number, phone and
    credit code, and the facts; ``parties`` rows are ``PARTY_SEARCH_COLUMNS``."""
    names = [p[0] for p in parties] + [p[1] for p in parties if p[1]]
    numbers = [v for p in parties for v in (p[2], p[3], p[4]) if v]
    return case_id, "\n".join([case_no, *names, *numbers, facts or ""]), names


def find_duplicates(session: Session, office_id: uuid.UUID, data: CaseInput) -> list[str]:
    """Case numbers of open cases with the same applicant (ID number, else name) and employer."""
    employer = data.respondent.fields.get("credit_code")
    emp_cond = Party.credit_code == employer if employer else Party.name == data.respondent.name
    respondent_cases = (
        select(Party.case_id).where(Party.role == "respondent", emp_cond, Party.deleted_at.is_(None)).scalar_subquery()
    )
    conds = []
    for a in data.applicants:
        conds.append(Party.id_number == a.fields["id_number"] if a.fields.get("id_number") else Party.name == a.name)
    stmt = (
        select(Case.case_no)
        .join(Party, Party.case_id == Case.id)
        .where(
            Case.office_id == office_id,
            Case.status.in_(OPEN_STATES),
            Case.deleted_at.is_(None),
            Party.role == "applicant",
            or_(*conds),
            Case.id.in_(respondent_cases),
        )
        .distinct()
    )
    return list(session.scalars(stmt))


def _party(case: Case, p: PartyInput, position: int) -> Party:
    return Party(
        id=new_id(),
        office_id=case.office_id,
        case_id=case.id,
        role=p.role,
        kind=p.kind,
        position=position,
        is_representative=p.is_representative,
        name=p.name,
        **{k: v for k, v in p.fields.items() if v is not None},
    )


def register_case(ws: Workspace, actor: Actor, data: CaseInput) -> Case:
    """Register an application; returns the new case with its number. One transaction."""
    cal = ws.calendar()
    with ws.unit(actor, "register") as uow:
        s = uow.session
        office = s.get(Office, ws.office_id)
        known = set(s.scalars(select(DisputeCause.code).where(DisputeCause.active.is_(True))))
        bad = [Problem(f"claims[{i}].cause", t("unknown dispute cause {code}", code=c.cause_code))
               for i, c in enumerate(data.claims) if c.cause_code not in known]
        if bad:
            raise ValidationError(bad)
        duplicates = find_duplicates(s, office.id, data)
        acknowledged = list(data.acknowledged)
        if duplicates:
            warning = Problem("duplicate", t("same applicant and employer as open case(s) {cases}", cases=", ".join(duplicates)))
            if not (data.acknowledge is True or (data.acknowledge and "duplicate" in data.acknowledge)):
                raise ValidationError([warning, Problem("acknowledge_warnings", t("confirm the warnings above by setting acknowledge_warnings"))])
            acknowledged.append(str(warning))
        seq, case_no = allocate(s, office, ws.node_id, data.received_on.year)
        case = Case(
            id=new_id(),
            office_id=office.id,
            case_no=case_no,
            case_year=data.received_on.year,
            case_seq=seq,
            status=REGISTERED,
            application_kind=data.application_kind,
            is_collective=data.is_collective,
            applied_at=data.applied_at,
            received_on=data.received_on,
            facts=data.facts,
            infringement_known_on=data.infringement_known_on,
            employment_ended_on=data.employment_ended_on,
            employment_ongoing=data.employment_ongoing,
            claimed_total_fen=sum(c.amount_fen or 0 for c in data.claims),
            worker_count=len(data.applicants),
            period_basis=office.period_basis,
            period_days=office.period_days,
            registered_by=actor.user_id,
            acknowledged_warnings=acknowledged,
        )
        s.add(case)
        applicants = [_party(case, p, i) for i, p in enumerate(data.applicants)]
        respondent = _party(case, data.respondent, 0)
        s.add_all([*applicants, respondent])
        for i, agent_in in enumerate(data.agents):
            agent = _party(case, agent_in, i)
            target = agent_in.represents or ""
            agent.represents_id = respondent.id if target == "respondent" else applicants[int(target.split(":")[1])].id
            s.add(agent)
        s.add_all(
            Claim(office_id=office.id, case_id=case.id, seq=i + 1, cause_code=c.cause_code, description=c.description, amount_fen=c.amount_fen)
            for i, c in enumerate(data.claims)
        )
        refresh_case_deadlines(s, case, cal, new=True)
        index_case(s, case)
        uow.audit(
            "register",
            "cases",
            case.id,
            case_id=case.id,
            changes={
                "case_no": case_no,
                "application_kind": data.application_kind,
                "applicants": len(applicants),
                "respondent": respondent.name,
                "claims": len(data.claims),
                "claimed_total_fen": case.claimed_total_fen,
                "acknowledged_warnings": acknowledged,
            },
        )
        return case
