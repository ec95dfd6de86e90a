"""One demo case's life, simulated transition by transition as the lifecycle services would record
it: the rows it leaves (parties, claims, mediators, hearings, extensions, agreement, terms,
payments, follow-up visits, recusal requests) and the audit events of every step, with the same
``changes`` a service's ``move`` would write. Events dated after ``today`` do not happen, so recent
cases stay open. Stored values are already in their SQLite form (hex UUIDs, ISO dates); the case
number, journal sequence and audit chain are added when the batch is written (``demo_write``).
"""

from __future__ import annotations

import datetime as dt
import random
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from mediator.domain import states as st
from mediator.domain.agreement_rules import required_copies
from mediator.services import demo_text as tx
from mediator.services.demo_ctx import Ctx, Staff
from mediator.services.demo_parties import build_parties, search_doc

BEIJING = dt.timedelta(hours=8)
DATE_COLUMNS = ("received_on", "infringement_known_on", "employment_ended_on", "decided_on", "accepted_on", "ended_on",
                "closed_on", "acceptance_due_on", "mediation_due_on", "limitation_due_on")


class _Stop(Exception):
    """The next step would happen after ``today``."""


def dstr(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def tstr(at: dt.datetime) -> str:
    """An aware instant as SQLAlchemy stores it in SQLite: naive UTC with microseconds."""
    return at.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def jsonready(value: Any) -> Any:
    """``audit.jsonable`` for the flat values a case diff holds (dates become ISO text)."""
    return value.isoformat() if isinstance(value, dt.date) else value


@dataclass
class Event:
    day: dt.date  # Beijing date and minute of the day; the instant is computed when written
    minute: int
    actor: Staff
    action: str
    entity: str
    entity_id: str | None
    changes: dict[str, Any]
    reason: str | None = None


@dataclass
class Term:
    row: dict[str, Any]
    seq: int
    due: dt.date
    amount: int | None
    paid: int = 0
    performed: dt.date | None = None


@dataclass
class Story:
    ctx: Ctx
    rng: random.Random
    received: dt.date
    minute: int
    hold: str | None = None  # stop in this open state (the newest cases of a demo)
    case_id: str = ""
    c: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    reopened: bool = False

    # --- recording ------------------------------------------------------------------------------
    def at(self, day: dt.date, after: int = 0) -> int:
        """The Beijing minute of an event on ``day``: office hours, after the case's last event
        (and after minute ``after``)."""
        self.check(day)
        rnd = self.rng.random
        if self.events and self.events[-1].day == day:
            after = max(after, self.events[-1].minute)
        if after:
            return min(after + 2 + int(rnd() * 24), 23 * 60 + 59)
        return (8 * 60 + 30 if rnd() < 0.5 else 14 * 60) + int(rnd() * 171)

    def check(self, day: dt.date) -> None:
        if day > self.ctx.today:
            raise _Stop

    def event(self, day: dt.date, actor: Staff, action: str, entity: str, entity_id: str | None,
              changes: dict[str, Any], reason: str | None = None, after: int = 0) -> None:
        self.events.append(Event(day, self.at(day, after), actor, action, entity, entity_id, changes, reason))

    def add(self, table: str, actor: Staff, **values: Any) -> dict[str, Any]:
        row = {"id": self.ctx.ids.new(), "office_id": self.ctx.office_hex, "row_version": 1, "base_version": 0,
               "deleted_at": None, "updated_at": self.ctx.now, "updated_by": actor.login, **values}
        self.rows.setdefault(table, []).append(row)
        return row

    @staticmethod
    def touch(row: dict[str, Any], actor: Staff, *, versions: set[int]) -> None:
        """Count one more version for ``row`` unless this transaction already did."""
        if id(row) not in versions:
            versions.add(id(row))
            row["row_version"] += 1
        row["updated_by"] = actor.login

    def move(self, day: dt.date, actor: Staff, action: str, *, reason: str | None = None, after: int = 0,
             **changes: Any) -> None:
        """The audit event and case update of ``services.common.move``."""
        self.check(day)
        c = self.c
        old = c["status"]
        target = st.check_transition(action, old, closed=c["closed_on"] is not None)
        diff: dict[str, list[Any]] = {}
        if target and target != old:
            diff["status"] = [old, target]
            c["status"] = target
        for name, value in changes.items():
            if c[name] != value:
                diff[name] = [jsonready(c[name]), jsonready(value)]
                c[name] = value
        if old != c["status"]:
            c["previous_status"] = old
        c["row_version"] += 1
        c["updated_by"] = actor.login
        self.event(day, actor, action, "cases", self.ctx.uuid(self.case_id), diff, reason, after)

    # --- the life of the case --------------------------------------------------------------------
    def run(self) -> None:
        """Live the case until ``today``; then ``case_row`` and ``doc`` are ready for writing."""
        self.register()
        with suppress(_Stop):
            self.decide()
        self.case_row = self.finish()
        self.doc = search_doc(self.case_id, self.rows["parties"], self.c["facts"])

    def register(self) -> None:
        rng, ctx, r = self.rng, self.ctx, self.received
        self.case_id = ctx.ids.new()
        self.collective = rng.random() < 0.02
        actor = rng.choices((ctx.clerks, ctx.mediators, [ctx.chair]), weights=(55, 35, 10))[0]
        actor = rng.choice(actor)
        self.employer = ctx.employer(rng)
        kinds = [k for k, single, group in tx.KINDS if (group if self.collective else single) and ctx.has_cause(k)]
        weights = [group if self.collective else single for k, single, group in tx.KINDS if k in kinds]
        kind = rng.choices(kinds, weights=weights)[0]
        parties, worker = build_parties(self, actor, kind)
        self.parties = parties
        self.dispute = tx.dispute(rng, kind, worker)
        applied = dt.datetime(r.year, r.month, r.day, self.minute // 60, self.minute % 60, tzinfo=dt.UTC) - BEIJING
        d = self.dispute
        claims = [(cause, desc, fen) for cause, desc, fen in d.claims if ctx.has_code(cause)]
        self.claims = [self.add("claims", actor, case_id=self.case_id, seq=i + 1, cause_code=cause, description=desc,
                                amount_fen=fen) for i, (cause, desc, fen) in enumerate(claims)]
        self.c = {
            "id": self.case_id, "office_id": ctx.office_hex, "row_version": 1, "base_version": 0, "deleted_at": None,
            "updated_at": ctx.now, "updated_by": actor.login, "case_year": r.year, "status": st.REGISTERED,
            "previous_status": None, "application_kind": "oral" if rng.random() < 0.35 else "written",
            "is_collective": self.collective, "applied_at": tstr(applied), "received_on": r, "facts": d.facts,
            "infringement_known_on": d.known_on, "employment_ended_on": d.ended_on, "employment_ongoing": d.ongoing,
            "claimed_total_fen": sum(fen or 0 for *_, fen in claims), "worker_count": len(parties["applicants"]),
            "period_basis": ctx.period_basis, "period_days": ctx.period_days, "decided_on": None, "accepted_on": None,
            "rejection_reason": None, "other_party_consented": None, "ended_on": None, "end_reason_code": None,
            "end_reason": None, "closed_on": None, "closing_note": None, "registered_by": actor.hex,
            "lead_mediator_id": None, "acknowledged_warnings": "[]",
        }
        self.lead: Staff | None = None
        self.assigned: dict[str, dict[str, Any]] = {}
        self.agreement: dict[str, Any] | None = None
        self.terms: list[Term] = []
        self.ext_days = 0
        self.effective: dt.date | None = None
        self.events.append(Event(r, self.minute + rng.randint(5, 40), actor, "register", "cases", ctx.uuid(self.case_id), {
            "case_no": None, "application_kind": self.c["application_kind"], "applicants": len(parties["applicants"]),
            "respondent": parties["respondent"]["name"], "claims": len(claims),
            "claimed_total_fen": self.c["claimed_total_fen"], "acknowledged_warnings": []}))

    def decide(self) -> None:
        rng, r = self.rng, self.received
        k = rng.choices((0, 1, 2, 3, 5), weights=(22, 45, 20, 11, 2))[0]
        day = r if k == 0 else self.ctx.workday_after(r, k)
        roll = rng.random()
        if self.hold == st.REGISTERED:
            raise _Stop
        if roll < 0.04:
            reason = rng.choice(tx.REJECT_REASONS)
            self.move(day, self.ctx.chair, "reject", reason=reason, decided_on=day, rejection_reason=reason, ended_on=day)
        elif roll < 0.055:
            self.withdraw(day)
        else:
            self.move(day, self.ctx.chair, "accept", decided_on=day, accepted_on=day)
            self.assign(day, self.ctx.pick_mediators(rng, self.employer.name))
            if self.hold == st.ACCEPTED:
                raise _Stop
            self.mediate(day)
        self.conclude(self.last_day())

    def last_day(self) -> dt.date:
        return self.events[-1].day

    def withdraw(self, day: dt.date) -> None:
        reason = self.rng.choice(tx.WITHDRAW_REASONS)
        actor = self.lead if self.lead and self.rng.random() < 0.5 else self.rng.choice(self.ctx.clerks)
        self.move(day, actor, "withdraw", reason=reason, ended_on=day, end_reason_code="withdrawn", end_reason=reason)

    def assign(self, day: dt.date, mediators: list[Staff]) -> None:
        chair, versions = self.ctx.chair, set()
        self.check(day)
        for m in mediators:
            if m.hex not in self.assigned:
                self.assigned[m.hex] = self.add("case_mediators", chair, case_id=self.case_id, user_id=m.hex,
                                                is_lead=m is mediators[0], assigned_on=dstr(day), ended_on=None,
                                                link_warning=None)
        for hex_id, cm in self.assigned.items():
            if cm["ended_on"] is None and cm["is_lead"] != (hex_id == mediators[0].hex):
                cm["is_lead"] = hex_id == mediators[0].hex
                self.touch(cm, chair, versions=versions)
        self.lead = mediators[0]
        self.move(day, chair, "assign", lead_mediator_id=self.ctx.uuid(mediators[0].hex))
        self.event(day, chair, "assign_detail", "case_mediators", self.ctx.uuid(self.case_id),
                   {"mediators": [m.login for m in mediators], "lead": mediators[0].login, "warnings": []})

    def mediate(self, start: dt.date) -> None:
        rng = self.rng
        roll = rng.random()
        outcome = "settle" if roll < 0.62 else "fail" if roll < 0.88 else "withdraw"
        day = self.ctx.workday_from(start + dt.timedelta(days=rng.randint(1, 6)))
        if rng.random() < 0.005:
            day = self.recusal(day)
        hearings = rng.choices((1, 2, 3), weights=(55, 33, 12))[0]
        for i in range(hearings):
            last = i == hearings - 1
            result = {"settle": "agreement", "fail": "no_agreement"}.get(outcome, "continued") if last else "continued"
            self.hearing(day, result)
            if self.hold == st.IN_MEDIATION:
                raise _Stop
            if not last and not self.ext_days and self.ctx.extensions_allowed and rng.random() < 0.08:
                self.extend(day + dt.timedelta(days=1))
            day = self.ctx.workday_from(day + dt.timedelta(days=rng.randint(2, 6)))
        end = self.last_day() + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2, 3, 5)))  # drafting, thinking it over
        if rng.random() < 0.03:
            end += dt.timedelta(days=rng.randint(10, 60))
        if outcome == "settle":
            self.settle(end)
        elif outcome == "fail":
            code = rng.choices(tx.TERMINATION_TEXT_CODES, weights=(25, 20, 10, 40, 5))[0]
            if code == "period_expired":
                end = max(end, self.ctx.mediation_due(self.c, self.ext_days) + dt.timedelta(days=rng.randint(1, 5)))
            actor = self.lead or self.ctx.chair
            text = tx.TERMINATION_TEXT[code]
            self.move(end, actor, "terminate", reason=text, ended_on=end, end_reason_code=code, end_reason=text)
        else:
            self.withdraw(end + dt.timedelta(days=rng.randint(0, 4)))

    # The steps below live in their own modules (imported here, as they import this one).
    def recusal(self, day: dt.date) -> dt.date:
        from mediator.services.demo_steps import recusal

        return recusal(self, day)

    def hearing(self, day: dt.date, outcome: str) -> None:
        from mediator.services.demo_steps import hearing

        hearing(self, day, outcome)

    def extend(self, day: dt.date) -> None:
        from mediator.services.demo_steps import extend

        extend(self, day)

    def settle(self, day: dt.date) -> None:
        from mediator.services.demo_settle import settle

        settle(self, day)

    def conclude(self, day: dt.date) -> None:
        from mediator.services.demo_steps import conclude

        conclude(self, day)

    def finish(self) -> dict[str, Any]:
        """The case row in its final state, with the due dates ``refresh_case_deadlines`` would set
        (and those of its agreement)."""
        row = dict(self.c)
        due = self.ctx.deadlines(row, self.ext_days, self.effective)
        if self.agreement is not None:
            self.agreement["review_due_on"] = dstr(due.pop("review_due_on"))
            self.agreement["confirmation_due_on"] = dstr(due.pop("confirmation_due_on"))
        row.update(due)
        for name in DATE_COLUMNS:
            row[name] = dstr(row[name])
        lead = row["lead_mediator_id"]
        row["lead_mediator_id"] = lead.replace("-", "") if lead else None
        return row

    @property
    def copies(self) -> int:
        return required_copies(len(self.parties["applicants"]) + 1)
