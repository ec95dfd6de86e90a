"""One ``case`` verb per transition before and around mediation: accept, reject, assign, extend,
terminate, withdraw, close, reopen, and recusal requests and decisions. Each signs in, calls its
service (which checks the role and the state) and prints the case's new state."""

from __future__ import annotations

import argparse

from mediator.cli import output
from mediator.cli.auth import signed_in
from mediator.cli.inputs import date_arg, positive_int, uuid_arg
from mediator.domain.states import TERMINATION_REASONS
from mediator.i18n import t
from mediator.services import lifecycle, recusal
from mediator.services.recusal import DECISIONS
from mediator.store.models import Case


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    def verb(name: str, func, help_text: str, *, case: bool = True) -> argparse.ArgumentParser:  # noqa: ANN001
        p = commands.add_parser(name, parents=[common], help=help_text)
        if case:
            p.add_argument("case_no", metavar="CASE_NO")
        p.set_defaults(func=func)
        return p

    p = verb("accept", cmd_accept, t("accept a registered case (chair)"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date of the decision (default today)"))
    p.add_argument("--note", help=t("note for the record"))

    p = verb("reject", cmd_reject, t("refuse a registered case, with reasons (chair)"))
    p.add_argument("--reason", required=True, help=t("reasons given to the applicant"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date of the decision (default today)"))

    p = verb("assign", cmd_assign, t("assign mediators (chair)"))
    p.add_argument("logins", nargs="+", metavar="LOGIN", help=t("mediators' logins; the first leads unless --lead"))
    p.add_argument("--lead", metavar="LOGIN", help=t("the lead mediator"))
    p.add_argument("--acknowledge-warnings", action="store_true",
                   help=t("assign although a mediator has a recorded link to a party"))

    p = verb("extend", cmd_extend, t("extend the mediation period with both parties' consent"))
    p.add_argument("--days", type=positive_int, required=True, metavar="N", help=t("days to add"))
    p.add_argument("--applicant-consent", required=True, metavar="TEXT", help=t("how and when the applicant agreed"))
    p.add_argument("--respondent-consent", required=True, metavar="TEXT", help=t("how and when the respondent agreed"))
    p.add_argument("--reason", help=t("why the period is extended"))

    p = verb("terminate", cmd_terminate, t("end mediation without agreement"))
    p.add_argument("--reason-code", required=True, choices=TERMINATION_REASONS, help=t("why mediation ended"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=t("the reason in words"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date (default today)"))

    p = verb("withdraw", cmd_withdraw, t("record that the applicant withdrew"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=t("the reason in words"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date (default today)"))

    p = verb("close", cmd_close, t("close the file of a finished case (chair)"))
    p.add_argument("--note", required=True, metavar="TEXT", help=t("closing note"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date (default today)"))

    p = verb("reopen", cmd_reopen, t("reopen a finished or closed case (chair)"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=t("why the case is reopened"))

    p = verb("recuse", cmd_recuse, t("record a request that a mediator step aside"))
    p.add_argument("--mediator", required=True, metavar="LOGIN", help=t("the mediator concerned"))
    p.add_argument("--by", required=True, metavar="NAME", help=t("who asks"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=t("the reason in words"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date of the request (default today)"))

    p = verb("recusal-decide", cmd_recusal_decide, t("grant or refuse a recusal request (chair)"), case=False)
    p.add_argument("request_id", type=uuid_arg, metavar="REQUEST_ID", help=t("as printed by 'case recuse'"))
    p.add_argument("--decision", required=True, choices=DECISIONS, help=t("the decision"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=t("the reason in words"))


def report(case: Case) -> None:
    """Print the case's number and state after a transition."""
    closed = t(" (closed)") if case.closed_on else ""
    print(t("{case_no}: {status}", case_no=case.case_no, status=output.name("status", case.status) + closed))


def cmd_accept(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        case = lifecycle.accept(ws, actor, args.case_no, on=args.on, note=args.note)
    report(case)
    if case.mediation_due_on:
        print(t("Mediation period ends {due}.", due=case.mediation_due_on))
    return 0


def cmd_reject(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        report(lifecycle.reject(ws, actor, args.case_no, reason=args.reason, on=args.on))
    print(t("Tell the applicant in writing of the other routes: labour arbitration, labour inspection."))
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        warnings = lifecycle.assign(ws, actor, args.case_no, args.logins, lead=args.lead,
                                    acknowledge_warnings=args.acknowledge_warnings)
    for w in warnings:
        output.warn(t("acknowledged: {warning}", warning=w))
    lead = args.lead or args.logins[0]
    print(t("{case_no}: assigned {logins}, lead {lead}", case_no=args.case_no, logins=", ".join(args.logins), lead=lead))
    return 0


def cmd_extend(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        case = lifecycle.extend(ws, actor, args.case_no, days=args.days, applicant_consent=args.applicant_consent,
                                respondent_consent=args.respondent_consent, reason=args.reason)
    report(case)
    print(t("Mediation period now ends {due}.", due=case.mediation_due_on))
    return 0


def cmd_terminate(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        report(lifecycle.terminate(ws, actor, args.case_no, reason_code=args.reason_code, reason=args.reason, on=args.on))
    print(t("The parties may apply for labour arbitration; mind the one-year limitation period."))
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        report(lifecycle.withdraw(ws, actor, args.case_no, reason=args.reason, on=args.on))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        report(lifecycle.close(ws, actor, args.case_no, note=args.note, on=args.on))
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        report(lifecycle.reopen(ws, actor, args.case_no, reason=args.reason))
    return 0


def cmd_recuse(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        req = recusal.request_recusal(ws, actor, args.case_no, mediator=args.mediator, requested_by=args.by,
                                      reason=args.reason, on=args.on)
    print(t("Recusal request {id} recorded; the chair decides with 'mediator case recusal-decide {id}'.", id=req.id))
    return 0


def cmd_recusal_decide(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        req = recusal.decide_recusal(ws, actor, args.request_id, decision=args.decision, reason=args.reason)
    print(t("Recusal request {id}: {decision}", id=req.id, decision=output.name("decision", req.decision)))
    return 0
