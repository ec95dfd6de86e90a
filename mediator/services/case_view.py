"""Everything about one case in one read (``show_case``): its fields, parties (ID numbers masked
unless a permitted user asks, and then the full view is audited), claims, mediators, extensions,
hearings, the agreement with its terms and payments, follow-up visits, recusal requests, every
running clock with its rule, and the audit history in plain language. Plain JSON-ready values."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from mediator.documents.signed import signed_copy_on_file
from mediator.domain.money import format_both, to_capital, to_yuan
from mediator.domain.validators import mask_id
from mediator.errors import PermissionDenied
from mediator.i18n import label, language, t
from mediator.services.common import load_case
from mediator.services.context import Actor, Workspace
from mediator.services.deadlines import case_clocks
from mediator.services.fields import SHANGHAI, beijing_today
from mediator.store.models import (
    Agreement,
    AgreementTerm,
    AuditEvent,
    Case,
    CaseMediator,
    Claim,
    DisputeCause,
    Extension,
    FollowUpVisit,
    Hearing,
    Party,
    Payment,
    RecusalRequest,
    User,
)

PARTY_FIELDS = ("sex", "ethnicity", "birth_date", "id_type", "id_number", "phone", "landline", "address",
                "employer_name", "job", "credit_code", "legal_rep", "legal_rep_title", "ownership_type", "industry",
                "authority")
ROLE_ORDER = {"applicant": 0, "respondent": 1, "agent": 2}
CASE_FIELDS = ("status", "previous_status", "application_kind", "received_on", "decided_on", "accepted_on",
               "rejection_reason", "ended_on", "end_reason_code", "end_reason", "closed_on", "closing_note", "facts",
               "infringement_known_on", "employment_ended_on", "employment_ongoing", "worker_count", "period_basis",
               "period_days", "deadlines_provisional", "acknowledged_warnings")


def plain(value: Any) -> Any:
    """Dates as ISO text, instants as ISO text in Beijing time, UUIDs as text."""
    if isinstance(value, dt.datetime):
        return value.astimezone(SHANGHAI).isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def money(fen: int | None) -> dict[str, Any] | None:
    """An amount as fen, yuan text with two decimals, capital numerals and the printed form."""
    if fen is None:
        return None
    return {"fen": fen, "yuan": str(to_yuan(fen)), "capital": to_capital(fen), "printed": format_both(fen)}


def show_case(ws: Workspace, actor: Actor, case_ref: str, *, reveal_ids: bool = False,
              today: dt.date | None = None) -> dict[str, Any]:
    """The whole record of one case; ``reveal_ids`` (allowed to the chair, federation and users
    permitted to see ID numbers) shows them unmasked and appends a ``view_ids`` audit event."""
    today = today or beijing_today()
    if reveal_ids:
        if not actor.sees_full_ids:
            raise PermissionDenied(t("{name} may not see full ID numbers", name=actor.name))
        with ws.unit(actor) as uow:
            case = load_case(uow.session, ws.office_id, case_ref)
            uow.audit("view_ids", "cases", case.id, case_id=case.id)
    with ws.read() as s:
        case = load_case(s, ws.office_id, case_ref)
        users = {u.id: u for u in s.scalars(select(User))}
        parties = sorted(s.scalars(select(Party).where(Party.case_id == case.id, Party.deleted_at.is_(None))),
                         key=lambda p: (ROLE_ORDER.get(p.role, 9), p.position))
        refs = _party_refs(parties)
        view: dict[str, Any] = {"case_no": case.case_no, "id": str(case.id), "closed": case.closed_on is not None,
                                "collective": case.is_collective, "applied_at": plain(case.applied_at),
                                "claimed": money(case.claimed_total_fen), "ids_revealed": reveal_ids}
        view.update({name: plain(getattr(case, name)) for name in CASE_FIELDS})
        lead = users.get(case.lead_mediator_id) if case.lead_mediator_id else None
        view["lead_mediator"] = lead.login if lead else None
        view["parties"] = [_party(p, refs, reveal_ids) for p in parties]
        view["claims"] = _claims(s, case)
        view["mediators"] = [
            {"login": users[m.user_id].login, "name": users[m.user_id].name, "lead": m.is_lead,
             "assigned_on": plain(m.assigned_on), "ended_on": plain(m.ended_on), "link_warning": m.link_warning}
            for m in s.scalars(select(CaseMediator).where(CaseMediator.case_id == case.id, CaseMediator.deleted_at.is_(None))
                               .order_by(CaseMediator.assigned_on))
        ]
        view["extensions"] = [
            {"days": e.days, "granted_on": plain(e.granted_on), "applicant_consent": e.applicant_consent,
             "respondent_consent": e.respondent_consent, "reason": e.reason}
            for e in s.scalars(select(Extension).where(Extension.case_id == case.id, Extension.deleted_at.is_(None))
                               .order_by(Extension.granted_on))
        ]
        view["hearings"] = [_hearing(h, users) for h in s.scalars(
            select(Hearing).where(Hearing.case_id == case.id, Hearing.deleted_at.is_(None)).order_by(Hearing.starts_at))]
        view["agreement"] = _agreement(s, case, refs)
        view["follow_ups"] = [
            {"visited_on": plain(v.visited_on), "visitor": users[v.visitor_id].name if v.visitor_id in users else None,
             "performance_status": v.performance_status, "satisfaction": v.satisfaction, "new_risks": v.new_risks,
             "note": v.note}
            for v in s.scalars(select(FollowUpVisit).where(FollowUpVisit.case_id == case.id, FollowUpVisit.deleted_at.is_(None))
                               .order_by(FollowUpVisit.visited_on))
        ]
        view["recusals"] = [
            {"id": str(r.id), "mediator": users[r.mediator_id].login, "requested_by": r.requested_by, "reason": r.reason,
             "requested_on": plain(r.requested_on), "decision": r.decision,
             "decided_by": users[r.decided_by].name if r.decided_by in users else None,
             "decided_on": plain(r.decided_on), "decision_reason": r.decision_reason}
            for r in s.scalars(select(RecusalRequest).where(RecusalRequest.case_id == case.id,
                                                            RecusalRequest.deleted_at.is_(None))
                               .order_by(RecusalRequest.requested_on))
        ]
        view["clocks"] = _clocks(s, ws, case, today)
        view["history"] = _history(s, case, {u.login: u.name for u in users.values()})
    view["signed_copy"] = signed_copy_on_file(ws, case.id)
    return view


def _party_refs(parties: list[Party]) -> dict[uuid.UUID, str]:
    refs = {p.id: f"applicant:{p.position}" for p in parties if p.role == "applicant"}
    refs.update({p.id: "respondent" for p in parties if p.role == "respondent"})
    refs.update({p.id: f"agent:{p.position}" for p in parties if p.role == "agent"})
    return refs


def _party(p: Party, refs: dict[uuid.UUID, str], reveal: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"ref": refs.get(p.id), "role": p.role, "kind": p.kind, "name": p.name,
                           "is_representative": p.is_representative,
                           "represents": refs.get(p.represents_id) if p.represents_id else None}
    row.update({name: plain(getattr(p, name)) for name in PARTY_FIELDS})
    if p.id_number and not reveal:
        row["id_number"] = mask_id(p.id_number)
    return row


def _claims(s, case: Case) -> list[dict[str, Any]]:  # noqa: ANN001
    names = {c.code: (c.name_zh if language() == "zh" else c.name_en) for c in s.scalars(select(DisputeCause))}
    return [
        {"seq": c.seq, "cause": c.cause_code, "cause_name": names.get(c.cause_code), "description": c.description,
         "amount": money(c.amount_fen)}
        for c in s.scalars(select(Claim).where(Claim.case_id == case.id, Claim.deleted_at.is_(None)).order_by(Claim.seq))
    ]


def _hearing(h: Hearing, users: dict[uuid.UUID, User]) -> dict[str, Any]:
    names = [users[uuid.UUID(m)].name for m in h.mediator_ids if uuid.UUID(m) in users]
    return {"starts_at": plain(h.starts_at), "ends_at": plain(h.ends_at), "place": h.place, "mediators": names,
            "recorder": users[h.recorder_id].name if h.recorder_id in users else None, "present": h.present,
            "invited": h.invited, "rights_explained": h.rights_explained, "applicant_statement": h.applicant_statement,
            "respondent_statement": h.respondent_statement, "record": h.record_text, "outcome": h.outcome}


def _agreement(s, case: Case, refs: dict[uuid.UUID, str]) -> dict[str, Any] | None:  # noqa: ANN001
    a = s.scalar(select(Agreement).where(Agreement.case_id == case.id, Agreement.deleted_at.is_(None)))
    if a is None:
        return None
    payments: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for p in s.scalars(select(Payment).where(Payment.case_id == case.id, Payment.deleted_at.is_(None)).order_by(Payment.paid_on)):
        payments.setdefault(p.term_id, []).append(
            {"amount": money(p.amount_fen), "paid_on": plain(p.paid_on), "method": p.method, "receipt_ref": p.receipt_ref,
             "note": p.note})
    terms = [
        {"seq": x.seq, "payer": refs.get(x.payer_party_id), "payee": refs.get(x.payee_party_id),
         "description": x.description, "amount": money(x.amount_fen), "due_on": plain(x.due_on), "method": x.method,
         "place": x.place, "cause": x.cause_code, "payment_order_eligible": x.payment_order_eligible,
         "paid": money(x.paid_fen), "performed_on": plain(x.performed_on), "payments": payments.get(x.id, [])}
        for x in s.scalars(select(AgreementTerm).where(AgreementTerm.agreement_id == a.id, AgreementTerm.deleted_at.is_(None))
                           .order_by(AgreementTerm.seq))
    ]
    fields = ("dispute_summary", "applicant_claims", "respondent_position", "waived_rights", "copies",
              "applicant_signed_on", "respondent_signed_on", "mediator_signed_on", "sealed_on", "effective_on",
              "review_due_on", "confirmation_due_on", "enforcement_route", "enforcement_on")
    view = {name: plain(getattr(a, name)) for name in fields}
    view.update({"total": money(a.agreed_total_fen), "terms": terms})
    return view


def _clocks(s, ws: Workspace, case: Case, today: dt.date) -> list[dict[str, Any]]:  # noqa: ANN001
    open_terms = iter(s.scalars(
        select(AgreementTerm.seq).join(Agreement, Agreement.id == AgreementTerm.agreement_id)
        .where(Agreement.case_id == case.id, AgreementTerm.performed_on.is_(None), AgreementTerm.deleted_at.is_(None))
        .order_by(AgreementTerm.seq)).all())
    rows = []
    for clock in case_clocks(s, case, ws.calendar()):
        state = clock.status(today)
        note = None
        if clock.clock == "mediation" and state == "overdue":
            note = t("the mediation period has ended: either party may now apply for arbitration")
        elif clock.clock in ("review", "confirmation"):
            note = t("window open") if clock.window_open(today) else t("window closed")
        rows.append({"clock": clock.clock, "term": next(open_terms, None) if clock.clock == "performance" else None,
                     "starts": plain(clock.starts), "due": plain(clock.due), "days_left": clock.days_left(today),
                     "status": state, "provisional": clock.provisional, "rule": clock.rule, "note": note})
    return rows


def _history(s, case: Case, names: dict[str, str] | None = None) -> list[dict[str, Any]]:  # noqa: ANN001
    """Audit events of the case, oldest first; a ``*_detail`` event is folded into the event of
    its action (written just before or just after it in the same transaction). ``names`` maps
    logins to people's names for the summaries (events record logins)."""
    events = list(s.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id)
                            .order_by(AuditEvent.at, AuditEvent.node_seq)))
    rows: list[dict[str, Any]] = []
    held: AuditEvent | None = None
    for ev in events:
        base = ev.action.removesuffix("_detail")
        if base != ev.action:
            if rows and rows[-1]["action"] == base and not rows[-1]["_merged"]:
                _merge(rows[-1], ev)
            else:
                if held is not None:
                    rows.append(_row(held))
                held = ev
            continue
        rows.append(_row(ev))
        if held is not None:
            if held.action.removesuffix("_detail") == ev.action:
                _merge(rows[-1], held)
            else:
                rows.insert(len(rows) - 1, _row(held))
            held = None
    if held is not None:
        rows.append(_row(held))
    for row in rows:
        del row["_merged"]
        changes = row["changes"]
        if names and (changes.get("mediators") or changes.get("lead")):
            shown = {**changes, "mediators": [names.get(m, m) for m in changes.get("mediators") or []],
                     "lead": names.get(changes.get("lead"), changes.get("lead"))}
            row["summary"] = describe(row["action"], shown)
    return rows


def _row(ev: AuditEvent) -> dict[str, Any]:
    changes = dict(ev.changes or {})
    return {"at": ev.at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"), "action": ev.action, "who": ev.user_name,
            "reason": ev.reason, "changes": changes, "summary": describe(ev.action, changes), "_merged": False}


def _merge(row: dict[str, Any], detail: AuditEvent) -> None:
    row["changes"].update(detail.changes or {})
    row["_merged"] = True
    row["summary"] = describe(row["action"], row["changes"])


def _name(kind: str, code: object) -> str:
    key = f"{kind}.{code}"
    text = label(key)
    return str(code).replace("_", " ") if text == key else text


def describe(action: str, changes: dict[str, Any]) -> str:
    """One line in the user's language saying what an audit event changed."""
    parts = []
    if isinstance(changes.get("status"), list) and len(changes["status"]) == 2:
        old, new = changes["status"]
        parts.append(t("status {old} → {new}", old=_name("status", old), new=_name("status", new)))
    if action == "register":
        parts.append(t("registered as {case_no}: {n} applicant(s) against {respondent}",
                       case_no=changes.get("case_no"), n=changes.get("applicants"), respondent=changes.get("respondent")))
    if changes.get("mediators"):
        parts.append(t("mediators {names}, lead {lead}", names=", ".join(changes["mediators"]), lead=changes.get("lead")))
    if action == "extend" and changes.get("days"):
        parts.append(t("extended by {days} days to {due}", days=changes["days"], due=changes.get("new_due")))
    if action == "hearing" and changes.get("place"):
        parts.append(t("hearing at {place}, {at}", place=changes["place"], at=_local(changes.get("starts_at"))))
    if action == "settle" and changes.get("effective_on"):
        parts.append(t("agreement effective {date}, {n} term(s), {amount} yuan", date=changes["effective_on"],
                       n=changes.get("terms"), amount=to_yuan(int(changes.get("agreed_total_fen") or 0))))
    if action == "payment" and changes.get("term"):
        amount = changes.get("amount_fen")
        parts.append(t("term {term}: {amount} yuan paid on {date}", term=changes["term"],
                       amount=to_yuan(int(amount)) if amount is not None else "—", date=changes.get("paid_on")))
    if action == "view_ids":
        parts.append(t("full ID numbers shown"))
    return "; ".join(parts)


def _local(value: Any) -> str:
    try:
        return dt.datetime.fromisoformat(str(value)).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(value)
