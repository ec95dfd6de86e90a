"""Settlement and what follows it: recording the signed agreement and its terms, payments,
non-performance (with the routes the law opens), enforcement steps, follow-up visits."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from mediator.domain.agreement_rules import ENFORCEMENT_ROUTES, METHODS, agreement_problems
from mediator.domain.states import NOT_PERFORMED, PERFORMED
from mediator.errors import Problem, ValidationError
from mediator.i18n import t
from mediator.services.common import load_case, load_for, move, not_future, require_handler, require_text
from mediator.services.context import Actor, Workspace
from mediator.services.fields import Reader, beijing_today
from mediator.store.models import (
    Agreement,
    AgreementTerm,
    Case,
    Claim,
    DisputeCause,
    FollowUpVisit,
    Party,
    Payment,
)

PARTY_COLUMNS = ("name", "sex", "id_number", "address", "employer_name", "job", "credit_code", "legal_rep")


def _party_ref(ref: str, applicants: list[Party], respondent: Party) -> Party | None:
    if ref == "respondent":
        return respondent
    if ref.startswith("applicant:") and ref[10:].isdigit() and int(ref[10:]) < len(applicants):
        return applicants[int(ref[10:])]
    return None


def _parties(session, case: Case) -> tuple[list[Party], Party]:  # noqa: ANN001
    rows = session.scalars(
        select(Party).where(Party.case_id == case.id, Party.deleted_at.is_(None)).order_by(Party.role, Party.position)
    ).all()
    return [p for p in rows if p.role == "applicant"], next(p for p in rows if p.role == "respondent")


def settle(ws: Workspace, actor: Actor, case_ref: str, data: dict[str, Any], source: str | None = None) -> Agreement:
    """Record the signed agreement; refused with the list of what is missing if incomplete."""
    today = beijing_today()
    with ws.unit(actor, "settle") as uow:
        s = uow.session
        case = load_case(s, ws.office_id, case_ref)
        require_handler(uow, case)
        applicants, respondent = _parties(s, case)
        r = Reader(source)
        signed = data.get("signed") if isinstance(data.get("signed"), dict) else {}
        dates = {k: r.date(signed, k, f"signed.{k}") or today for k in ("applicant", "respondent", "mediator", "seal")}
        for k, d in dates.items():
            if d > today:
                r.error(f"signed.{k}", t("lies in the future"))
        payment_causes = set(s.scalars(select(DisputeCause.code).where(DisputeCause.payment_order.is_(True))))
        terms: list[dict[str, Any]] = []
        for i, raw in enumerate(r.items(data, "terms", "terms", required=True)):
            term = {
                "payer": raw.get("payer"), "payee": raw.get("payee"),
                "description": r.text(raw, "description", f"terms[{i}].description", max_len=2000),
                "amount_fen": r.amount(raw, "amount", f"terms[{i}].amount"),
                "due_on": r.date(raw, "due_on", f"terms[{i}].due_on"),
                "method": raw.get("method"), "place": r.text(raw, "place", f"terms[{i}].place"),
                "cause": raw.get("cause"),
            }
            for side in ("payer", "payee"):
                if term[side] and _party_ref(str(term[side]), applicants, respondent) is None:
                    r.error(f"terms[{i}].{side}", t("must be 'respondent' or 'applicant:N' naming an applicant"))
            terms.append(term)
        for key in ("dispute_summary", "applicant_claims", "respondent_position", "waived_rights"):
            if data.get(key) is not None and not isinstance(data.get(key), str):
                r.error(key, t("must be text"))
        if data.get("copies") is not None and (isinstance(data.get("copies"), bool) or not isinstance(data.get("copies"), int)):
            r.error("copies", t("must be a whole number"))
        r.raise_if_problems()
        problems = agreement_problems(
            case_no=case.case_no,
            workers=[{c: getattr(p, c) for c in PARTY_COLUMNS} for p in applicants],
            employer={c: getattr(respondent, c) for c in PARTY_COLUMNS},
            agreement=data,
            terms=terms,
        )
        if problems:
            raise ValidationError(problems, source)
        effective = max(dates.values())
        agreement = Agreement(
            office_id=case.office_id, case_id=case.id,
            dispute_summary=data["dispute_summary"].strip(), applicant_claims=data["applicant_claims"].strip(),
            respondent_position=data["respondent_position"].strip(), waived_rights=str(data["waived_rights"]).strip(),
            copies=data["copies"], applicant_signed_on=dates["applicant"], respondent_signed_on=dates["respondent"],
            mediator_signed_on=dates["mediator"], sealed_on=dates["seal"], effective_on=effective,
            agreed_total_fen=sum(term["amount_fen"] or 0 for term in terms),
            review_due_on=effective, confirmation_due_on=effective,
        )
        s.add(agreement)
        s.flush()
        for i, term in enumerate(terms):
            payer = _party_ref(term["payer"], applicants, respondent)
            payee = _party_ref(term["payee"], applicants, respondent)
            s.add(AgreementTerm(
                office_id=case.office_id, case_id=case.id, agreement_id=agreement.id, seq=i + 1,
                payer_party_id=payer.id, payee_party_id=payee.id, description=term["description"],
                amount_fen=term["amount_fen"], due_on=term["due_on"], method=term["method"], place=term["place"],
                cause_code=term["cause"],
                payment_order_eligible=bool(term["amount_fen"]) and term["cause"] in payment_causes
                and payer.role == "respondent" and payee.role == "applicant",
            ))
        s.flush()
        move(uow, case, "settle")
        uow.audit("settle_detail", "agreements", agreement.id, case_id=case.id,
                  changes={"effective_on": effective, "terms": len(terms), "agreed_total_fen": agreement.agreed_total_fen})
        return agreement


def _terms(session, case: Case) -> list[AgreementTerm]:  # noqa: ANN001
    return list(session.scalars(
        select(AgreementTerm).where(AgreementTerm.case_id == case.id, AgreementTerm.deleted_at.is_(None)).order_by(AgreementTerm.seq)
    ))


def record_payment(
    ws: Workspace, actor: Actor, case_ref: str, *, term_seq: int, amount_fen: int | None = None,
    paid_on: dt.date | None = None, method: str = "bank_transfer", receipt_ref: str | None = None, note: str | None = None,
) -> Payment | None:
    """Record a payment against term ``term_seq`` (for a non-monetary term: its performance);
    when every term is performed the case becomes ``performed``."""
    today = beijing_today()
    with ws.unit(actor, "payment") as uow:
        s = uow.session
        case = load_for(uow, case_ref, "payment")
        terms = _terms(s, case)
        term = next((x for x in terms if x.seq == term_seq), None)
        if term is None:
            raise ValidationError(Problem("term", t("no term {seq} in this agreement", seq=term_seq)))
        day = not_future(paid_on or today, "paid_on", today)
        if method not in METHODS:
            raise ValidationError(Problem("method", t("must be one of {choices}", choices=", ".join(METHODS))))
        payment = None
        if term.amount_fen is None:
            term.performed_on = day
        else:
            outstanding = term.amount_fen - term.paid_fen
            if amount_fen is None or amount_fen <= 0 or amount_fen > outstanding:
                raise ValidationError(Problem("amount", t("must be more than zero and at most the {outstanding} fen outstanding", outstanding=outstanding)))
            payment = Payment(office_id=case.office_id, case_id=case.id, term_id=term.id, amount_fen=amount_fen,
                              paid_on=day, method=method, receipt_ref=receipt_ref, note=note)
            s.add(payment)
            term.paid_fen += amount_fen
            if term.paid_fen == term.amount_fen:
                term.performed_on = day
        s.flush()
        uow.audit("payment_detail", "agreement_terms", term.id, case_id=case.id,
                  changes={"term": term_seq, "amount_fen": amount_fen, "paid_on": day, "paid_fen": term.paid_fen})
        if all(x.performed_on for x in terms):
            move(uow, case, "payment", status=PERFORMED)
        else:
            move(uow, case, "payment")
        return payment


def mark_not_performed(ws: Workspace, actor: Actor, case_ref: str, *, note: str) -> list[str]:
    """Record that the agreement was not performed; returns the routes now open to the worker."""
    today = beijing_today()
    with ws.unit(actor, "not_performed") as uow:
        s = uow.session
        case = load_for(uow, case_ref, "not_performed")
        require_handler(uow, case)
        note = require_text(note, "note")
        overdue = [x for x in _terms(s, case) if not x.performed_on and x.due_on < today]
        if not overdue:
            raise ValidationError(Problem("terms", t("no term is overdue yet")))
        move(uow, case, "not_performed", reason=note, status=NOT_PERFORMED)
        return advice(overdue)


def advice(overdue: list[AgreementTerm]) -> list[str]:
    routes = [t("The worker may apply for labour arbitration (Art. 15).")]
    eligible = [x.seq for x in overdue if x.payment_order_eligible]
    if eligible:
        routes.append(t("Terms {terms} qualify for a payment order (支付令) from the court (Art. 16).",
                        terms=", ".join(map(str, eligible))))
    return routes


def record_enforcement(ws: Workspace, actor: Actor, case_ref: str, *, route: str, on: dt.date | None = None) -> Case:
    """Record that the agreement went to arbitral review, judicial confirmation or a payment order."""
    today = beijing_today()
    with ws.unit(actor, "enforcement") as uow:
        s = uow.session
        case = load_for(uow, case_ref, "enforcement")
        agreement = s.scalar(select(Agreement).where(Agreement.case_id == case.id))
        if route not in ENFORCEMENT_ROUTES:
            raise ValidationError(Problem("route", t("must be one of {choices}", choices=", ".join(ENFORCEMENT_ROUTES))))
        day = not_future(on or today, "on", today)
        if agreement.enforcement_route in ("arbitral_review", "judicial_confirmation") and route != "payment_order":
            raise ValidationError(Problem("route", t("the agreement already went to {route}; only one route is allowed", route=agreement.enforcement_route)))
        if route == "arbitral_review" and day > agreement.review_due_on:
            raise ValidationError(Problem("on", t("the window for arbitral review closed on {due}", due=agreement.review_due_on)))
        if route == "judicial_confirmation" and day > agreement.confirmation_due_on:
            raise ValidationError(Problem("on", t("the window for judicial confirmation closed on {due}", due=agreement.confirmation_due_on)))
        if route == "arbitral_review":
            causes = set(s.scalars(select(Claim.cause_code).where(Claim.case_id == case.id)))
            if causes == {"01"}:
                raise ValidationError(Problem("route", t("arbitral review is refused for an agreement that only confirms a labour relationship")))
        if route == "payment_order" and not any(x.payment_order_eligible and not x.performed_on for x in _terms(s, case)):
            raise ValidationError(Problem("route", t("no unpaid term qualifies for a payment order")))
        agreement.enforcement_route, agreement.enforcement_on = route, day
        move(uow, case, "enforcement", reason=route)
        return case


def follow_up(
    ws: Workspace, actor: Actor, case_ref: str, *, performance_status: str, visited_on: dt.date | None = None,
    satisfaction: str | None = None, new_risks: str | None = None, note: str | None = None,
) -> FollowUpVisit:
    today = beijing_today()
    with ws.unit(actor, "follow_up") as uow:
        s = uow.session
        case = load_for(uow, case_ref, "follow_up")
        visit = FollowUpVisit(
            office_id=case.office_id, case_id=case.id, visited_on=not_future(visited_on or today, "visited_on", today),
            visitor_id=actor.user_id, performance_status=require_text(performance_status, "performance_status"),
            satisfaction=satisfaction, new_risks=new_risks, note=note,
        )
        s.add(visit)
        move(uow, case, "follow_up")
        return visit



