"""A demo case's steps besides registration and settlement: hearings with their record, extensions
of the period with both parties' consent, recusal requests with the chair's decision, and closing
the file (sometimes reopening it), each with the rows and audit events its service writes
(``self`` is the ``demo_story.Story``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from mediator.domain import states as st
from mediator.domain.states import reopen_target
from mediator.services import demo_text as tx
from mediator.services.demo_settle import after_agreement
from mediator.services.demo_story import BEIJING, dstr, tstr

if TYPE_CHECKING:
    from mediator.services.demo_story import Story


def recusal(self: Story, day: dt.date) -> dt.date:
    rng, ctx = self.rng, self.ctx
    clerk, lead = rng.choice(ctx.clerks), self.lead
    self.check(day)
    reason = rng.choice(tx.RECUSAL_REASONS)
    req = self.add("recusal_requests", clerk, case_id=self.case_id, mediator_id=lead.hex,
                   requested_by=self.parties["applicants"][0]["name"], reason=reason, requested_on=dstr(day),
                   decision=None, decided_by=None, decided_on=None, decision_reason=None)
    self.move(day, clerk, "recusal_request", reason=reason)
    decided = day + dt.timedelta(days=rng.randint(0, 2))
    granted = rng.random() < 0.6
    text = "经审查，申请理由成立，同意回避" if granted else "经审查，申请理由不成立，不予回避"
    self.check(decided)
    req.update(decision="granted" if granted else "refused", decided_by=ctx.chair.hex, decided_on=dstr(decided),
               decision_reason=text, row_version=2, updated_by=ctx.chair.login)
    if granted:
        cm = self.assigned[lead.hex]
        cm.update(ended_on=dstr(decided), row_version=cm["row_version"] + 1, updated_by=ctx.chair.login)
        self.c["lead_mediator_id"] = None
    self.move(decided, ctx.chair, "recusal_decide", reason=text)
    if granted:
        self.assign(decided, [ctx.other_mediator(rng, lead, self.employer.name)])
    return max(day, ctx.workday_from(decided + dt.timedelta(days=1)))

def hearing(self: Story, day: dt.date, outcome: str) -> None:
    rng, ctx = self.rng, self.ctx
    begin = rng.choice((9, 10, 14, 15)) * 60 + rng.choice((0, 30))
    end = begin + rng.randint(40, 150)
    start = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) + dt.timedelta(minutes=begin) - BEIJING
    applicant, resp = self.parties["applicants"][0], self.parties["respondent"]
    mediators = sorted(ctx.uuid(h) for h, cm in self.assigned.items() if cm["ended_on"] is None)
    clerk = rng.choice(ctx.clerks)
    said, answer, record = tx.hearing_record(rng, applicant["name"], resp["name"], outcome)
    present = [{"name": applicant["name"], "role": "applicant"}, {"name": resp["legal_rep"], "role": "respondent"},
               {"name": self.lead.name, "role": "mediator"}, {"name": clerk.name, "role": "recorder"}]
    building = self.employer.industry == "建筑业" and rng.random() < 0.3
    place = "工地项目部" if building else rng.choice(tx.HEARING_PLACES)
    self.check(day)
    row = self.add("hearings", self.lead, case_id=self.case_id, starts_at=tstr(start),
                   ends_at=tstr(start + dt.timedelta(minutes=end - begin)), place=place,
                   mediator_ids=ctx.json(mediators), recorder_id=clerk.hex, present=ctx.json(present),
                   invited="工会代表" if rng.random() < 0.1 else None, rights_explained=True,
                   applicant_statement=said, respondent_statement=answer, record_text=record, outcome=outcome)
    self.move(day, self.lead, "hearing", after=end)
    self.event(day, self.lead, "hearing_detail", "hearings", ctx.uuid(row["id"]),
               {"starts_at": start.isoformat(), "place": place, "outcome": outcome})

def extend(self: Story, day: dt.date) -> None:
    rng, ctx = self.rng, self.ctx
    days = rng.randint(5, ctx.extension_max_days)
    when = f"{day.month}月{day.day}日"
    consent_a, consent_r = (rng.choice(tx.CONSENT).format(day=when) for _ in range(2))
    reason = "双方同意延长调解期限以便继续协商"
    self.check(day)
    self.add("extensions", self.lead, case_id=self.case_id, days=days, granted_on=dstr(day),
             applicant_consent="申请人" + consent_a, respondent_consent="被申请人" + consent_r, reason=reason)
    self.ext_days = days
    self.move(day, self.lead, "extend", reason=reason)
    self.event(day, self.lead, "extend_detail", "extensions", ctx.uuid(self.case_id),
               {"days": days, "new_due": ctx.mediation_due(self.c, days).isoformat(),
                "applicant_consent": "申请人" + consent_a, "respondent_consent": "被申请人" + consent_r})


def conclude(self: Story, day: dt.date) -> None:
    """Close the file some days after a final outcome (the rest at the yearly clean-up, half a
    year to a year later); now and then reopen it later."""
    rng, c = self.rng, self.c
    status = c["status"]
    if status not in st.OUTCOME_STATES:
        return
    if rng.random() < (0.85 if status == st.NOT_PERFORMED else 0.95):
        closed = day + dt.timedelta(days=rng.randint(10, 90) if status == st.NOT_PERFORMED else rng.randint(1, 30))
    else:
        closed = day + dt.timedelta(days=rng.randint(180, 365))
    note = tx.CLOSE_NOTES[status]
    self.move(closed, self.ctx.chair, "close", reason=note, closed_on=closed, closing_note=note)
    reopenable = status in (st.FAILED, st.REJECTED, st.WITHDRAWN) or (
        status == st.NOT_PERFORMED and any(t.performed is None for t in self.terms))
    if self.reopened or not reopenable or rng.random() > 0.012:
        return
    self.reopened = True
    day = closed + dt.timedelta(days=rng.randint(5, 90))
    target = reopen_target(status, c["previous_status"])
    self.move(day, self.ctx.chair, "reopen", reason=rng.choice(tx.REOPEN_REASONS), status=target, closed_on=None,
              closing_note=None, ended_on=None, end_reason_code=None, end_reason=None)
    if target == st.REGISTERED:
        self.move(day, self.ctx.chair, "accept", decided_on=day, accepted_on=day)
    if target in (st.REGISTERED, st.ACCEPTED, st.IN_MEDIATION):
        if self.lead is None:
            self.assign(day, self.ctx.pick_mediators(rng, self.employer.name))
        self.mediate(day)
    else:
        after_agreement(self, day)
    self.conclude(self.last_day())
