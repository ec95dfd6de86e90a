"""Case commands that register and read: ``case new``, ``case list``, ``case show`` and the
office-wide ``due`` list, each with a human table and a ``--json`` form for scripts."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from mediator.cli import output, show
from mediator.cli.auth import signed_in
from mediator.cli.inputs import count_arg, date_arg, load_object, positive_int
from mediator.errors import ValidationError
from mediator.i18n import t
from mediator.services.case_view import show_case
from mediator.services.cases import register_case
from mediator.services.fields import beijing_today
from mediator.services.intake import parse_case
from mediator.services.queries import SORTS, CaseFilter, count_cases, due_list, list_cases


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("new", parents=[common], help=t("register a case from a JSON case file"))
    p.add_argument("--file", required=True, metavar="FILE", help=t("case file (see docs/cli.md)"))
    p.add_argument("--json", action="store_true", help=t("print {\"case_no\": …} as JSON"))
    p.set_defaults(func=cmd_new)

    p = commands.add_parser("list", parents=[common], help=t("list cases, filtered, searched and sorted"))
    p.add_argument("--status", metavar="S", help=t("a status, or 'open' for registered, accepted and in mediation"))
    p.add_argument("--cause", metavar="CODE", help=t("dispute cause code, e.g. 0801"))
    p.add_argument("--mediator", metavar="LOGIN", help=t("cases assigned to this mediator"))
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE", help=t("received on or after"))
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE", help=t("received on or before"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--collective", dest="collective", action="store_true", default=None,
                       help=t("collective cases only"))
    group.add_argument("--single", dest="collective", action="store_false", help=t("single-worker cases only"))
    p.add_argument("--search", metavar="TEXT", help=t("names, ID numbers, employers, case numbers and facts"))
    p.add_argument("--sort", choices=tuple(SORTS), default="received_on", help=t("sort key"))
    order = p.add_mutually_exclusive_group()
    order.add_argument("--desc", dest="descending", action="store_true", default=True, help=t("newest first (default)"))
    order.add_argument("--asc", dest="descending", action="store_false", help=t("oldest first"))
    p.add_argument("--limit", type=positive_int, default=200, metavar="N", help=t("rows per page (default 200)"))
    p.add_argument("--offset", type=count_arg, default=0, metavar="N", help=t("rows to skip"))
    p.add_argument("--json", action="store_true", help=t("print JSON"))
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("show", parents=[common], help=t("everything about one case, with every running clock"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--reveal-ids", action="store_true",
                   help=t("show ID numbers in full (if your role allows it; the view is audited)"))
    p.add_argument("--json", action="store_true", help=t("print JSON"))
    p.set_defaults(func=cmd_show)


def register_due(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("due", parents=[common], help=t("deadlines due or overdue across all cases"))
    p.add_argument("--within", type=count_arg, default=7, metavar="DAYS", help=t("look this many days ahead (default 7)"))
    p.add_argument("--json", action="store_true", help=t("print JSON"))
    p.set_defaults(func=cmd_due)


def cmd_new(args: argparse.Namespace) -> int:
    source = str(args.file)
    with signed_in(args) as (ws, actor):
        data = parse_case(load_object(args.file), source=source)
        try:
            case = register_case(ws, actor, data)
        except ValidationError as err:
            raise ValidationError(err.problems, err.source or source) from None
    for note in case.acknowledged_warnings or []:
        output.warn(t("acknowledged: {warning}", warning=note))
    if args.json:
        output.emit_json({"case_no": case.case_no, "id": str(case.id)})
    else:
        print(case.case_no)
    return 0


def _list_row(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["claimed"] = output.yuan(row["claimed_fen"]).replace(",", "")
    out["next_due"] = row["next_due"].isoformat() if isinstance(row["next_due"], dt.date) else row["next_due"]
    return out


def cmd_list(args: argparse.Namespace) -> int:
    f = CaseFilter(status=args.status, cause=args.cause, mediator=args.mediator, received_from=args.date_from,
                   received_to=args.date_to, collective=args.collective, search=args.search)
    with signed_in(args) as (ws, actor):
        rows = [_list_row(r) for r in list_cases(ws, actor, f, sort=args.sort, descending=args.descending,
                                                  offset=args.offset, limit=args.limit)]
        total = count_cases(ws, f)
    if args.json:
        output.emit_json({"total": total, "offset": args.offset, "limit": args.limit, "cases": rows})
        return 0
    if not rows:
        print(t("No cases match."))
        return 0
    output.table(
        [t("Case no."), t("Status"), t("Received"), t("Applicant"), t("Respondent"), t("Mediator"),
         t("Claimed (yuan)"), t("Next deadline")],
        [[r["case_no"], output.name("status", r["status"]) + (t(" (closed)") if r["closed"] else ""), r["received_on"],
          r["applicant"], r["respondent"], r["mediator"], output.yuan(r["claimed_fen"]), r["next_due"]] for r in rows],
        right=(6,), limit=30,
    )
    print(t("Cases {first}–{last} of {total}.", first=args.offset + 1, last=args.offset + len(rows), total=total))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        view = show_case(ws, actor, args.case_no, reveal_ids=args.reveal_ids)
    if args.json:
        output.emit_json(view)
    else:
        show.render(view)
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    today = beijing_today()
    with signed_in(args) as (ws, _actor):
        items = due_list(ws, today=today, within=args.within)
    if args.json:
        output.emit_json({"today": today.isoformat(), "within": args.within, "items": items})
    else:
        print_due(items, today, args.within)
    return 0


def print_due(items: list[dict[str, Any]], today: dt.date, within: int) -> None:
    """The due list as a table, soonest first; a * marks a date from a provisional schedule."""
    if not items:
        print(t("Nothing is due in the next {days} days.", days=within))
        return
    rows = []
    for i in items:
        clock = output.name("clock", i["clock"])
        if i["term"]:
            clock += t(" (term {n})", n=i["term"])
        days = (dt.date.fromisoformat(i["due"]) - today).days
        rows.append([i["due"] + ("*" if i["provisional"] else ""), days, output.name("due", i["state"]), i["case_no"],
                     clock, output.name("status", i["status"])])
    output.table([t("Due"), t("Days left"), t("State"), t("Case no."), t("Deadline"), t("Case status")], rows, right=(1,))
    print(t("{n} deadline(s) due or overdue within {days} days (today {today}).", n=len(items), days=within,
            today=today.isoformat()))
    if any(i["provisional"] for i in items):
        print(t("* provisional: that year's official holiday schedule is not yet published."))
