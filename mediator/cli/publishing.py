"""The federation's reference-data commands: ``central publish URL FILE [--dry-run]`` (dispute
causes and/or a year's holiday calendar from a publication file, ``sync/publication_file.py``),
``central calendar-file YEAR FILE`` (that file for a year the ``chinese-calendar`` library knows)
and ``central publish-template URL KIND FILE [--label TEXT] [--dry-run]`` (a document template for
every office, checked like ``template check`` first: ``sync/templates_published.py``).

A file with a problem is refused with exit 2, every problem named with its line and field, and
nothing is published. The central URL is the one ``central init`` was run with (the store's
owner): office logins and the federation's reading role cannot write reference data."""

from __future__ import annotations

import argparse

from mediator.documents.kinds import KINDS
from mediator.i18n import t
from mediator.sync.connect import central_engine
from mediator.sync.publication_file import read_publication_file, write_calendar_file
from mediator.sync.publish import publish
from mediator.sync.templates_published import check_file, publish_template


def register_central(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = actions.add_parser("publish", parents=[common],
                           help=t("publish dispute causes and/or a year's holiday calendar from a JSON file to every office"))
    p.add_argument("url", metavar="URL")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help=t("check the file and show what would change; publish nothing"))
    p.set_defaults(func=cmd_publish)
    p = actions.add_parser("calendar-file", parents=[common],
                           help=t("write a publication file with a year's holiday calendar from the chinese-calendar library"))
    p.add_argument("year", metavar="YEAR", type=int)
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_calendar_file)
    p = actions.add_parser("publish-template", parents=[common],
                           help=t("publish a document template (.docx) to every office, after the template checks"))
    p.add_argument("url", metavar="URL")
    p.add_argument("kind", metavar="KIND", help=t("the document it is for: {kinds}", kinds=", ".join(KINDS)))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--label", metavar="TEXT", help=t("what offices see it called, e.g. 2027年版 (default: the file name)"))
    p.add_argument("--dry-run", action="store_true", help=t("check the file and show what would change; publish nothing"))
    p.set_defaults(func=cmd_publish_template)


def cmd_publish(args: argparse.Namespace) -> int:
    publication = read_publication_file(args.file)  # every problem, before the central store is touched
    engine = central_engine(args.url)
    try:
        result = publish(engine, publication, dry_run=args.dry_run)
    finally:
        engine.dispose()
    print(result.summary())
    return 0


def cmd_calendar_file(args: argparse.Namespace) -> int:
    holidays = write_calendar_file(args.year, args.file)
    working = sum(1 for d in holidays["days"] if d["working"])
    print(t("{file}: holiday calendar {year} from {source}: {rest} rest days, {working} make-up working days; check "
            "it against the State Council's notice, then run 'mediator central publish URL {file}'", file=args.file,
            year=args.year, source=holidays["source"], rest=len(holidays["days"]) - working, working=working))
    return 0


def cmd_publish_template(args: argparse.Namespace) -> int:
    checked = check_file(args.kind, args.file, args.label)  # refused, naming every problem, before central is touched
    engine = central_engine(args.url)
    try:
        result = publish_template(engine, checked, dry_run=args.dry_run)
    finally:
        engine.dispose()
    print(result.summary())
    return 0
