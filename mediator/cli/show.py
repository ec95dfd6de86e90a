"""The human form of ``case show``: the case's particulars, parties, claims, mediators, hearings,
agreement and payments, follow-up visits, recusal requests, every running clock with its rule,
and the history, in the chosen language."""

from __future__ import annotations

from typing import Any

from mediator.cli.output import fields, heading, name, table, yuan
from mediator.i18n import t


def _fen(amount: dict[str, Any] | None) -> int | None:
    return amount["fen"] if amount else None


def _party_ref(ref: str | None) -> str:
    if not ref:
        return ""
    if ref == "respondent":
        return t("respondent")
    kind, _, n = ref.partition(":")
    return t("applicant {n}", n=int(n) + 1) if kind == "applicant" else t("agent {n}", n=int(n) + 1)


def _when(instant: str | None) -> str | None:
    """``2026-11-25T09:30+08:00`` as ``2026-11-25 09:30`` (instants are already in Beijing time)."""
    return instant[:16].replace("T", " ") if instant else instant


def render(view: dict[str, Any]) -> None:
    print(view["case_no"])
    status = name("status", view["status"]) + (t(" (closed)") if view["closed"] else "")
    fields([
        (t("Status"), status),
        (t("Application"), name("application", view["application_kind"])),
        (t("Collective"), view["collective"] and t("yes, {n} workers", n=view["worker_count"])),
        (t("Applied at"), _when(view["applied_at"])),
        (t("Received"), view["received_on"]),
        (t("Accepted"), view["accepted_on"]),
        (t("Rejected because"), view["rejection_reason"]),
        (t("Ended"), view["ended_on"]),
        (t("End reason"), " ".join(x for x in (name("termination", view["end_reason_code"]), view["end_reason"] or "") if x)),
        (t("Closed"), view["closed_on"]),
        (t("Closing note"), view["closing_note"]),
        (t("Claimed (yuan)"), yuan(_fen(view["claimed"]))),
        (t("Lead mediator"), view["lead_mediator"]),
        (t("Infringement known"), view["infringement_known_on"]),
        (t("Employment ended"), view["employment_ended_on"]),
        (t("Employment ongoing"), view["employment_ongoing"]),
    ])
    if view["facts"]:
        heading(t("Facts"))
        print(view["facts"])
    _parties(view["parties"])
    heading(t("Claims"))
    table([t("No."), t("Cause"), t("Description"), t("Amount (yuan)")],
          [[c["seq"], f"{c['cause']} {c['cause_name'] or ''}", c["description"], yuan(_fen(c["amount"]))]
           for c in view["claims"]], right=(3,))
    if view["mediators"]:
        heading(t("Mediators"))
        table([t("Login"), t("Name"), t("Lead"), t("Assigned"), t("Ended"), t("Warning")],
              [[m["login"], m["name"], t("yes") if m["lead"] else "", m["assigned_on"], m["ended_on"], m["link_warning"]]
               for m in view["mediators"]])
    for e in view["extensions"]:
        heading(t("Extension"))
        fields([(t("Days"), e["days"]), (t("Granted"), e["granted_on"]), (t("Applicant's consent"), e["applicant_consent"]),
                (t("Respondent's consent"), e["respondent_consent"]), (t("Reason"), e["reason"])])
    for h in view["hearings"]:
        heading(t("Hearing {at}", at=_when(h["starts_at"])))
        present = ", ".join(f"{p.get('name')}（{name('party', p.get('role'))}）" if p.get("role") else str(p.get("name"))
                            for p in h["present"])
        fields([(t("Place"), h["place"]), (t("Mediators"), ", ".join(h["mediators"])), (t("Recorder"), h["recorder"]),
                (t("Present"), present), (t("Outcome"), name("outcome", h["outcome"])), (t("Record"), h["record"])])
    if view["agreement"]:
        _agreement(view["agreement"])
    for v in view["follow_ups"]:
        heading(t("Follow-up visit {date}", date=v["visited_on"]))
        fields([(t("Visitor"), v["visitor"]), (t("Performance"), v["performance_status"]),
                (t("Satisfaction"), v["satisfaction"]), (t("New risks"), v["new_risks"]), (t("Note"), v["note"])])
    for r in view["recusals"]:
        heading(t("Recusal request {id}", id=r["id"]))
        fields([(t("Mediator"), r["mediator"]), (t("Requested by"), r["requested_by"]), (t("Reason"), r["reason"]),
                (t("Requested"), r["requested_on"]), (t("Decision"), name("decision", r["decision"]) or t("pending")),
                (t("Decided by"), r["decided_by"]), (t("Decision reason"), r["decision_reason"])])
    _clocks(view["clocks"])
    heading(t("History"))
    table([t("When"), t("Who"), t("Action"), t("What"), t("Reason")],
          [[h["at"], h["who"], name("action", h["action"]), h["summary"], h["reason"]] for h in view["history"]], limit=60)


def _parties(parties: list[dict[str, Any]]) -> None:
    heading(t("Parties"))
    for p in parties:
        print(f"{_party_ref(p['ref'])}: {p['name']}" + (t(" (representative)") if p["is_representative"] else ""))
        fields([
            (t("Represents"), _party_ref(p["represents"])), (t("Sex"), name("sex", p["sex"])),
            (t("Ethnicity"), p["ethnicity"]), (t("Born"), p["birth_date"]),
            (t("ID number"), p["id_number"] and f"{p['id_number']} ({name('id_type', p['id_type'])})"),
            (t("Credit code"), p["credit_code"]), (t("Legal representative"),
                                                   " ".join(x for x in (p["legal_rep"], p["legal_rep_title"]) if x)),
            (t("Phone"), " / ".join(x for x in (p["phone"], p["landline"]) if x)), (t("Address"), p["address"]),
            (t("Employer"), p["employer_name"]), (t("Job"), p["job"]), (t("Authority"), p["authority"]),
        ], indent="  ")


def _agreement(a: dict[str, Any]) -> None:
    heading(t("Agreement"))
    fields([
        (t("Effective"), a["effective_on"]), (t("Total"), a["total"]["printed"] if a["total"] else ""),
        (t("Copies"), a["copies"]), (t("Dispute"), a["dispute_summary"]), (t("Applicant's claims"), a["applicant_claims"]),
        (t("Respondent's position"), a["respondent_position"]), (t("Rights waived"), a["waived_rights"]),
        (t("Enforcement"), a["enforcement_route"] and f"{name('route', a['enforcement_route'])} {a['enforcement_on']}"),
    ])
    table([t("Term"), t("Payer"), t("Payee"), t("Description"), t("Amount (yuan)"), t("Paid (yuan)"), t("Due"),
           t("Method"), t("Performed"), t("Payment order")],
          [[x["seq"], _party_ref(x["payer"]), _party_ref(x["payee"]), x["description"], yuan(_fen(x["amount"])),
            yuan(_fen(x["paid"])), x["due_on"], name("method", x["method"]), x["performed_on"],
            t("eligible") if x["payment_order_eligible"] else ""] for x in a["terms"]], right=(4, 5), limit=24)
    for x in a["terms"]:
        if x["amount"]:
            print(t("Term {n}: {printed}", n=x["seq"], printed=x["amount"]["printed"]))
        for p in x["payments"]:
            print("  " + t("paid {amount} yuan on {date} by {method}{receipt}", amount=yuan(p["amount"]["fen"]),
                           date=p["paid_on"], method=name("method", p["method"]),
                           receipt=t(", receipt {ref}", ref=p["receipt_ref"]) if p["receipt_ref"] else ""))


def _clocks(clocks: list[dict[str, Any]]) -> None:
    heading(t("Deadlines"))
    if not clocks:
        print(t("No clock is running."))
        return
    for c in clocks:
        title = name("clock", c["clock"]) + (t(" (term {n})", n=c["term"]) if c["term"] else "")
        mark = t(" [provisional]") if c["provisional"] else ""
        if c["days_left"] < 0:
            print(t("{clock}: due {due}, {days} day(s) overdue{mark}", clock=title, due=c["due"], days=-c["days_left"],
                    mark=mark))
        else:
            print(t("{clock}: due {due}, {state}, {days} day(s) left{mark}", clock=title, due=c["due"],
                    state=name("due", c["status"]), days=c["days_left"], mark=mark))
        print(f"  {c['rule']}")
        if c["note"]:
            print(f"  {c['note']}")
