"""Commands for mediation and what follows it: ``hearing add``, and the ``case`` verbs settle
(from an agreement file), pay, not-performed, enforce and follow-up."""

from __future__ import annotations

import argparse
from pathlib import Path

from mediator.cli import output
from mediator.cli.auth import signed_in
from mediator.cli.inputs import amount_arg, date_arg, instant_arg, load_object, person_arg, positive_int
from mediator.cli.lifecycle import report
from mediator.domain.agreement_rules import ENFORCEMENT_ROUTES, METHODS
from mediator.errors import InputError, ValidationError
from mediator.i18n import t
from mediator.services import agreements, hearings
from mediator.services.case_view import show_case
from mediator.services.common import load_case
from mediator.services.hearings import OUTCOMES


def register_case(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("settle", parents=[common], help=t("record the signed agreement from a JSON file"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--file", required=True, metavar="FILE", help=t("agreement file (see docs/cli.md)"))
    p.set_defaults(func=cmd_settle)

    p = commands.add_parser("pay", parents=[common], help=t("record a payment against an agreement term"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--term", type=positive_int, required=True, metavar="N", help=t("term number"))
    p.add_argument("--amount", type=amount_arg, metavar="YUAN", help=t("amount in yuan (default: all outstanding)"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date paid (default today)"))
    p.add_argument("--method", choices=METHODS, default="bank_transfer", help=t("how it was paid"))
    p.add_argument("--receipt", metavar="REF", help=t("receipt or transfer reference"))
    p.add_argument("--note", help=t("note for the record"))
    p.set_defaults(func=cmd_pay)

    p = commands.add_parser("not-performed", parents=[common], help=t("record that the agreement was not performed"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--note", required=True, metavar="TEXT", help=t("what was not done"))
    p.set_defaults(func=cmd_not_performed)

    p = commands.add_parser("enforce", parents=[common], help=t("record the route taken to make the agreement enforceable"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--route", required=True, choices=ENFORCEMENT_ROUTES, help=t("arbitral review, judicial confirmation or payment order"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date of the application (default today)"))
    p.set_defaults(func=cmd_enforce)

    p = commands.add_parser("follow-up", parents=[common], help=t("record a follow-up visit"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--status", required=True, metavar="TEXT", help=t("performance status found"))
    p.add_argument("--satisfaction", metavar="TEXT", help=t("the parties' satisfaction"))
    p.add_argument("--risks", metavar="TEXT", help=t("new risks noticed"))
    p.add_argument("--note", help=t("note for the record"))
    p.add_argument("--on", type=date_arg, metavar="DATE", help=t("date of the visit (default today)"))
    p.set_defaults(func=cmd_follow_up)


def register_hearing(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("add", parents=[common], help=t("record or schedule a hearing"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--at", required=True, type=instant_arg, metavar="'YYYY-MM-DD HH:MM'", help=t("start (Beijing time)"))
    p.add_argument("--ends", type=instant_arg, metavar="'YYYY-MM-DD HH:MM'", help=t("end (Beijing time)"))
    p.add_argument("--place", required=True, help=t("where it is held"))
    p.add_argument("--mediator", dest="mediators", action="append", metavar="LOGIN",
                   help=t("a mediator present (repeat; default: those assigned)"))
    p.add_argument("--recorder", metavar="LOGIN", help=t("who keeps the record"))
    p.add_argument("--present", action="append", type=person_arg, metavar="NAME:ROLE", help=t("a person present (repeat)"))
    p.add_argument("--invited", metavar="TEXT", help=t("invited participants"))
    p.add_argument("--applicant-statement", metavar="TEXT", help=t("what the applicant said"))
    p.add_argument("--respondent-statement", metavar="TEXT", help=t("what the respondent said"))
    record = p.add_mutually_exclusive_group()
    record.add_argument("--record-file", metavar="FILE", help=t("the hearing record from a UTF-8 text file"))
    record.add_argument("--record", metavar="TEXT", help=t("the hearing record"))
    p.add_argument("--outcome", choices=OUTCOMES, default="continued", help=t("outcome (default continued)"))
    p.set_defaults(func=cmd_hearing_add)


def cmd_hearing_add(args: argparse.Namespace) -> int:
    record = args.record
    if args.record_file:
        try:
            record = Path(args.record_file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(t("{file}: cannot be read: {error}", file=args.record_file, error=exc)) from None
    with signed_in(args) as (ws, actor):
        hearings.record_hearing(
            ws, actor, args.case_no, starts_at=args.at, ends_at=args.ends, place=args.place, mediators=args.mediators,
            recorder=args.recorder, present=args.present, invited=args.invited,
            applicant_statement=args.applicant_statement, respondent_statement=args.respondent_statement,
            record_text=record, outcome=args.outcome)
        with ws.read() as s:
            report(load_case(s, ws.office_id, args.case_no))
    return 0


def cmd_settle(args: argparse.Namespace) -> int:
    source = str(args.file)
    with signed_in(args) as (ws, actor):
        try:
            agreement = agreements.settle(ws, actor, args.case_no, load_object(args.file), source=source)
        except ValidationError as err:
            raise ValidationError(err.problems, err.source or source) from None
        view = show_case(ws, actor, args.case_no)
    print(t("{case_no}: agreement recorded, effective {date}", case_no=view["case_no"], date=agreement.effective_on))
    print(t("Total: {printed}", printed=view["agreement"]["total"]["printed"]))
    print(t("Arbitral review may be applied for until {review}; judicial confirmation until {confirmation}.",
            review=agreement.review_due_on, confirmation=agreement.confirmation_due_on))
    eligible = [str(x["seq"]) for x in view["agreement"]["terms"] if x["payment_order_eligible"]]
    if eligible:
        print(t("Terms {terms} qualify for a payment order if not paid on time.", terms=", ".join(eligible)))
    return 0


def cmd_pay(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        amount = args.amount
        if amount is None:
            before = show_case(ws, actor, args.case_no)
            term = next((x for x in (before["agreement"] or {}).get("terms", []) if x["seq"] == args.term), None)
            if term and term["amount"]:
                amount = term["amount"]["fen"] - term["paid"]["fen"]
        agreements.record_payment(ws, actor, args.case_no, term_seq=args.term, amount_fen=amount, paid_on=args.on,
                                  method=args.method, receipt_ref=args.receipt, note=args.note)
        view = show_case(ws, actor, args.case_no)
    term = next(x for x in view["agreement"]["terms"] if x["seq"] == args.term)
    if term["amount"]:
        print(t("Term {n}: {paid} of {total} yuan paid.", n=args.term, paid=output.yuan(term["paid"]["fen"]),
                total=output.yuan(term["amount"]["fen"])))
    else:
        print(t("Term {n}: performed on {date}.", n=args.term, date=term["performed_on"]))
    print(t("{case_no}: {status}", case_no=view["case_no"], status=output.name("status", view["status"])))
    return 0


def cmd_not_performed(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        routes = agreements.mark_not_performed(ws, actor, args.case_no, note=args.note)
        with ws.read() as s:
            report(load_case(s, ws.office_id, args.case_no))
    for line in routes:
        print(line)
    return 0


def cmd_enforce(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        report(agreements.record_enforcement(ws, actor, args.case_no, route=args.route, on=args.on))
    print(t("Recorded: {route}.", route=output.name("route", args.route)))
    return 0


def cmd_follow_up(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        visit = agreements.follow_up(ws, actor, args.case_no, performance_status=args.status, visited_on=args.on,
                                     satisfaction=args.satisfaction, new_risks=args.risks, note=args.note)
    print(t("{case_no}: follow-up visit of {date} recorded", case_no=args.case_no, date=visit.visited_on))
    return 0
