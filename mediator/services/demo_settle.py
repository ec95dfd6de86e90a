"""A demo case after mediation succeeds: the signed agreement with one to three numbered terms
(lump sums, instalments, non-monetary duties), then payments, non-performance, enforcement routes
and follow-up visits in date order, each as the agreement services would record it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from mediator.domain import states as st
from mediator.services import demo_text as tx
from mediator.services.demo_story import Term, dstr

if TYPE_CHECKING:
    from mediator.services.demo_ctx import Staff
    from mediator.services.demo_story import Story

NON_MONETARY = {"03": "被申请人于{due}前为申请人出具解除劳动合同证明并办理社会保险关系转移手续",
                "01": "被申请人于{due}前为申请人出具工作证明，确认双方存在劳动关系",
                "05": "被申请人于{due}前为申请人补缴在职期间的社会保险费"}


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def settle(s: Story, day: dt.date) -> None:
    rng, ctx, lead = s.rng, s.ctx, s.lead
    seal = day if rng.random() < 0.8 else ctx.workday_from(day + dt.timedelta(days=1))
    s.check(seal)
    applicant, respondent = s.parties["applicants"][0], s.parties["respondent"]
    money = [(c["cause_code"], c["amount_fen"]) for c in s.claims if c["amount_fen"]]
    plans: list[tuple[str, int | None, dt.date, str | None]] = []
    if money:
        claimed = sum(fen for _, fen in money)
        agreed = max(10000, int(claimed * rng.uniform(0.55, 1.0) / 10000) * 10000)
        parts = min(rng.choices((1, 2, 3), weights=(55, 30, 15))[0], agreed // 10000)
        due = seal + dt.timedelta(days=rng.randint(0, 15))
        base = agreed // parts // 10000 * 10000
        for i in range(parts):
            fen = agreed - base * (parts - 1) if i == 0 else base
            if parts == 1:
                text = f"被申请人于{_cn(due)}前一次性向申请人支付{tx.yuan(fen)}"
            else:
                text = f"被申请人于{_cn(due)}前向申请人支付第{i + 1}期款项{tx.yuan(fen)}"
            plans.append((text, fen, due, money[0][0]))
            due += dt.timedelta(days=rng.choice((30, 31)))
    duties = [c["cause_code"] for c in s.claims if c["amount_fen"] is None and c["cause_code"] in NON_MONETARY]
    if duties or not plans:
        cause = duties[0] if duties else "03" if "03" in ctx.codes else None
        due = seal + dt.timedelta(days=rng.randint(5, 15))
        plans.append((NON_MONETARY.get(cause or "03").format(due=_cn(due)), None, due, cause))
    total = sum(fen or 0 for _, fen, _, _ in plans)
    agreement = s.add(
        "agreements", lead, case_id=s.case_id, dispute_summary=s.dispute.summary,
        applicant_claims="；".join(c["description"] for c in s.claims) + "。", respondent_position=s.dispute.position,
        waived_rights=rng.choice(tx.WAIVERS), copies=s.copies, applicant_signed_on=dstr(day),
        respondent_signed_on=dstr(day), mediator_signed_on=dstr(day), sealed_on=dstr(seal), effective_on=dstr(seal),
        agreed_total_fen=total, enforcement_route=None, enforcement_on=None)
    s.agreement, s.effective = agreement, seal
    for i, (text, fen, due, cause) in enumerate(plans):
        method = rng.choices(("bank_transfer", "cash", "other"), weights=(70, 25, 5))[0]
        place = "申请人指定的银行账户" if method == "bank_transfer" else f"{ctx.office_short}劳动争议调解委员会"
        row = s.add("agreement_terms", lead, agreement_id=agreement["id"], case_id=s.case_id, seq=i + 1,
                    payer_party_id=respondent["id"], payee_party_id=applicant["id"], description=text, amount_fen=fen,
                    due_on=dstr(due), method=method, place=place, cause_code=cause,
                    payment_order_eligible=bool(fen) and cause in ctx.payment_order, paid_fen=0, performed_on=None)
        s.terms.append(Term(row, i + 1, due, fen))
    s.move(seal, lead, "settle")
    s.event(seal, lead, "settle_detail", "agreements", ctx.uuid(agreement["id"]),
            {"effective_on": seal.isoformat(), "terms": len(plans), "agreed_total_fen": total})
    after_agreement(s, seal)


def after_agreement(s: Story, start: dt.date) -> None:
    """Payments, non-performance, enforcement and follow-up from ``start``, in date order."""
    rng, ctx = s.rng, s.ctx
    plan: list[tuple[dt.date, int, str, Any]] = []
    np_day = None
    for term in s.terms:
        if term.performed:
            continue
        behaviour = "late" if s.reopened else rng.choices(("on_time", "late", "never"), weights=(82, 12, 6))[0]
        if behaviour == "on_time":
            day = max(start, term.due - dt.timedelta(days=rng.randint(0, 5)))
        else:
            day = max(start, term.due) + dt.timedelta(days=rng.randint(3, 45))
            if behaviour == "never" or rng.random() < 0.8:  # an unpaid term is always reported in the end
                candidate = term.due + dt.timedelta(days=rng.randint(3, 20))
                np_day = candidate if np_day is None else min(np_day, candidate)
        if behaviour == "never":
            continue
        left = (term.amount or 0) - term.paid
        if term.amount and left >= 20000 and rng.random() < 0.1:
            half = int(left / 2 / 100) * 100
            plan.append((max(start, day - dt.timedelta(days=rng.randint(5, 20))), 0, "pay", (term, half)))
            left -= half
        plan.append((day, 0, "pay", (term, left or None)))
    if np_day is not None and not s.reopened:
        plan.append((max(np_day, start + dt.timedelta(days=1)), 1, "not_performed", None))
        if rng.random() < 0.4:
            plan.append((np_day + dt.timedelta(days=rng.randint(5, 30)), 2, "enforce", "payment_order"))
    roll = rng.random()
    if roll < 0.05 and not s.reopened:
        plan.append((start + dt.timedelta(days=rng.randint(2, 25)), 2, "enforce", "judicial_confirmation"))
    elif roll < 0.07 and not s.reopened:
        plan.append((start + dt.timedelta(days=rng.randint(1, 12)), 2, "enforce", "arbitral_review"))
    if rng.random() < 0.3:
        plan.append((start + dt.timedelta(days=rng.randint(15, 60)), 3, "follow_up", None))
    plan.sort(key=lambda p: (p[0], p[1]))
    for day, _, what, arg in plan:
        status = s.c["status"]
        if what == "pay" and status in (st.SETTLED, st.NOT_PERFORMED) and not arg[0].performed:
            _pay(s, day, *arg)
        elif what == "not_performed" and status == st.SETTLED and any(
                t.performed is None and t.due < day for t in s.terms):
            s.move(day, s.lead or ctx.chair, "not_performed", reason="被申请人未按协议约定期限履行", status=st.NOT_PERFORMED)
        elif what == "enforce" and status in st.AFTER_AGREEMENT:
            _enforce(s, day, arg)
        elif what == "follow_up" and status in st.AFTER_AGREEMENT:
            _follow_up(s, day)


def _actor(s: Story) -> Staff:
    return s.lead if s.lead and s.rng.random() < 0.4 else s.rng.choice(s.ctx.clerks)


def _pay(s: Story, day: dt.date, term: Term, amount: int | None) -> None:
    rng, ctx = s.rng, s.ctx
    s.check(day)
    actor = _actor(s)
    if term.amount is None:
        term.performed = day
    else:
        method = term.row["method"]
        ref = f"回单{rng.randrange(10**9, 10**10)}" if method == "bank_transfer" else "收条" if method == "cash" else None
        s.add("payments", actor, term_id=term.row["id"], case_id=s.case_id, amount_fen=amount, paid_on=dstr(day),
              method=method, receipt_ref=ref, note=None)
        term.paid += amount or 0
        if term.paid == term.amount:
            term.performed = day
    term.row.update(paid_fen=term.paid, performed_on=dstr(term.performed), row_version=term.row["row_version"] + 1,
                    updated_by=actor.login)
    s.event(day, actor, "payment_detail", "agreement_terms", ctx.uuid(term.row["id"]),
            {"term": term.seq, "amount_fen": amount, "paid_on": day.isoformat(), "paid_fen": term.paid})
    if all(t.performed for t in s.terms):
        s.move(day, actor, "payment", status=st.PERFORMED)
    else:
        s.move(day, actor, "payment")


def _enforce(s: Story, day: dt.date, route: str) -> None:
    agreement, deadlines = s.agreement, s.ctx.deadlines(s.c, s.ext_days, s.effective)
    if agreement is None or agreement["enforcement_route"] in ("arbitral_review", "judicial_confirmation"):
        return
    if route == "arbitral_review" and (day > deadlines["review_due_on"] or {c["cause_code"] for c in s.claims} == {"01"}):
        return
    if route == "judicial_confirmation" and day > deadlines["confirmation_due_on"]:
        return
    if route == "payment_order" and not any(t.row["payment_order_eligible"] and not t.performed for t in s.terms):
        return
    s.check(day)
    actor = s.lead or s.ctx.chair
    agreement.update(enforcement_route=route, enforcement_on=dstr(day), row_version=agreement["row_version"] + 1,
                     updated_by=actor.login)
    s.move(day, actor, "enforcement", reason=route)


def _follow_up(s: Story, day: dt.date) -> None:
    rng = s.rng
    s.check(day)
    actor = _actor(s)
    done = all(t.performed for t in s.terms)
    some = any(t.paid or t.performed for t in s.terms)
    status, satisfaction = tx.FOLLOW_UP[0 if done else 2 if some else 3]
    if done and rng.random() < 0.3:
        satisfaction = "基本满意"
    s.add("follow_up_visits", actor, case_id=s.case_id, visited_on=dstr(day), visitor_id=actor.hex,
          performance_status=status, satisfaction=satisfaction, new_risks=rng.choice(tx.RISKS),
          note="电话回访" if rng.random() < 0.6 else "上门回访")
    s.move(day, actor, "follow_up")
