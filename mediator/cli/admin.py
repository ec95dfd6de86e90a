"""Commands that set up and look after a data directory: ``init``, ``user add``, ``demo``,
``backup`` (and ``backup list``), ``restore`` and ``check`` (database integrity and the audit
chain; exit 0 only when both hold)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import func, select

from mediator.cli import output
from mediator.cli.auth import NEW_PASSWORD_ENV, data_dir, read_password, sign_in, signed_in, workspace
from mediator.cli.inputs import count_arg, positive_int
from mediator.domain.casenumber import DEFAULT_FORMAT, format_case_number
from mediator.errors import InputError, MediatorError, PermissionDenied, StoreError
from mediator.i18n import t
from mediator.services import setup, users
from mediator.services.audit import verify_chains
from mediator.services.context import DB_NAME, Actor
from mediator.services.fields import beijing_today
from mediator.store.backup import backup_to, list_backups, restore_from
from mediator.store.database import Store
from mediator.store.engine import check_file, foreign_key_violations
from mediator.store.migrate import ensure_not_newer
from mediator.store.models import AuditEvent
from mediator.store.models.org import OFFICE_KINDS


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("init", parents=[common], help=t("set up the office, its chair and its case-number format"))
    p.add_argument("--office-code", required=True, metavar="CODE", help=t("the office's code from the federation"))
    p.add_argument("--office-name", required=True, metavar="NAME", help=t("full name of the office"))
    p.add_argument("--short-name", metavar="S", help=t("short name used in case numbers (default: the full name)"))
    p.add_argument("--kind", choices=OFFICE_KINDS, default="township", help=t("kind of office (default township)"))
    p.add_argument("--chair", required=True, metavar="NAME", help=t("the chair's name"))
    p.add_argument("--chair-login", default="chair", metavar="LOGIN", help=t("the chair's login (default chair)"))
    p.add_argument("--case-number-format", default=DEFAULT_FORMAT, metavar="FMT",
                   help=t("with {{office}}, {{year}} and {{seq}} (default {default})", default=DEFAULT_FORMAT))
    p.set_defaults(func=cmd_init)

    user = commands.add_parser("user", help=t("manage users"))
    sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[common], help=t("add a user (chair); password from {env} or a prompt",
                                                         env=NEW_PASSWORD_ENV))
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--name", required=True, help=t("the user's full name"))
    p.add_argument("--role", required=True, choices=users.ROLES, help=t("the user's role"))
    p.add_argument("--can-view-ids", action="store_true", help=t("may see ID numbers in full"))
    p.set_defaults(func=cmd_user_add)


def register_late(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("demo", parents=[common], help=t("add realistic synthetic cases (reproducible by seed)"))
    p.add_argument("--cases", type=positive_int, default=300, metavar="N", help=t("how many cases (default 300)"))
    p.add_argument("--seed", type=count_arg, default=1, metavar="S", help=t("random seed (default 1)"))
    p.set_defaults(func=cmd_demo)

    p = commands.add_parser("backup", parents=[common], help=t("take a verified backup of the database"))
    p.add_argument("--to", metavar="FILE", help=t("write it here (default: the data directory's backups folder)"))
    p.set_defaults(func=cmd_backup)
    sub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=False)
    sub.add_parser("list", parents=[common], help=t("list the automatic backups")).set_defaults(func=cmd_backup_list)

    p = commands.add_parser("restore", parents=[common], help=t("replace the database with a backup (chair)"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = commands.add_parser("check", parents=[common], help=t("check database integrity and the audit chain"))
    p.add_argument("--json", action="store_true", help=t("print JSON"))
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    with workspace(args) as ws:
        if ws.initialized:
            raise InputError(t("{path} already holds an office", path=ws.data_dir))
        password = read_password(t("Password for the chair ({login}): ", login=args.chair_login), confirm=True)
        setup.init_office(ws, office_code=args.office_code, office_name=args.office_name, chair_name=args.chair,
                          chair_login=args.chair_login, password=password, short_name=args.short_name, kind=args.kind,
                          case_number_format=args.case_number_format)
    short = (args.short_name or args.office_name).strip()
    print(t("Office {code} {name} set up in {path}.", code=args.office_code, name=args.office_name, path=ws.data_dir))
    print(t("Chair: {name} (login {login}).", name=args.chair, login=args.chair_login))
    print(t("First case number this year: {example}", example=format_case_number(
        args.case_number_format, short, beijing_today().year, 1)))
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        password = read_password(t("Password for {login}: ", login=args.login), env=NEW_PASSWORD_ENV, confirm=True)
        user = users.add_user(ws, actor, login=args.login, name=args.name, role=args.role, password=password,
                              can_view_ids=args.can_view_ids)
    print(t("User {login} ({name}, {role}) added.", login=user.login, name=user.name, role=output.name("role", user.role)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        from mediator.services.demo import generate_demo
    except ModuleNotFoundError as exc:
        if exc.name != "mediator.services.demo":
            raise
        raise MediatorError(t("the demo data generator is not part of this build")) from None
    with signed_in(args, chair=True) as (ws, actor):
        summary = generate_demo(ws, cases=args.cases, seed=args.seed, progress=_progress, actor=actor)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(t("{n} demo cases generated (seed {seed}).", n=summary.cases, seed=args.seed))
    if summary.first_case_no:
        print(t("Case numbers {first} to {last}.", first=summary.first_case_no, last=summary.last_case_no))
    output.table([t("Status"), t("Cases")], [[output.name("status", k), v] for k, v in sorted(summary.statuses.items())],
                 right=(1,))
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def cmd_backup(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, _actor):
        if args.to:
            dest = Path(args.to).expanduser()
            if dest.exists():
                raise InputError(t("{file} already exists; choose another name", file=str(dest)))
            path = backup_to(ws.store.path, dest)
        else:
            path = ws.store.backup("manual")
    print(t("Backup written to {path}", path=path))
    return 0


def cmd_backup_list(args: argparse.Namespace) -> int:
    found = list_backups(data_dir(args) / "backups")
    if not found:
        print(t("No backups yet."))
        return 0
    output.table([t("Taken"), t("Reason"), t("Size (KB)"), t("File")],
                 [[b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), b.reason, f"{b.size / 1024:,.0f}", str(b.path)] for b in found],
                 right=(2,), limit=200)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise InputError(t("{file}: no such file", file=str(source)))
    db = data_dir(args) / DB_NAME
    if db.exists():
        try:
            with workspace(args) as ws:
                if ws.initialized:
                    _require_chair(sign_in(args, ws))
        except StoreError as err:  # a damaged database cannot check a password: it is set aside instead
            output.warn(str(err))
    kept = restore_from(source, db, data_dir(args) / "backups")
    print(t("Database restored from {file}.", file=str(source)))
    if kept:
        print(t("The replaced database was kept as {path}.", path=kept))
    return 0


def _require_chair(actor: Actor) -> None:
    if actor.role != "chair":
        raise PermissionDenied(t("only the chair may do this; {login} is a {role}", login=actor.login,
                                 role=output.name("role", actor.role)))


def cmd_check(args: argparse.Namespace) -> int:
    db = data_dir(args) / DB_NAME
    if not db.is_file():
        raise MediatorError(t("{path} has no database; run 'mediator init' first", path=data_dir(args)))
    integrity: list[str] = []
    audit: list[dict[str, str]] = []
    events: int | None = None
    try:
        check_file(db, thorough=True)
        ensure_not_newer(db)
    except StoreError as err:
        integrity.append(str(err))
    if not integrity:
        store = Store.open(db, backup_dir=data_dir(args) / "backups", migrate=False, daily_backup=False)
        try:
            with store.read_engine.connect() as conn:
                integrity += [t("foreign key broken: {row}", row=v) for v in foreign_key_violations(conn)]
            with store.read() as s:
                events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
                audit = [{"where": p.field, "problem": p.message} for p in verify_chains(s)]
        finally:
            store.close()
    ok = not integrity and not audit
    if args.json:
        output.emit_json({"ok": ok, "database": str(db), "integrity": integrity, "audit_events": events, "audit": audit})
    else:
        print(t("Database {path}: {result}", path=db, result=t("sound") if not integrity else t("PROBLEMS")))
        for line in integrity:
            print(f"  {line}")
        if integrity:
            print(t("Audit chain: not verified, the database is not sound"))
        else:
            print(t("Audit chain: {n} events, {result}", n=events, result=t("intact") if not audit else t("BROKEN")))
        for p in audit:
            print(f"  {p['where']}: {p['problem']}")
    if not ok:
        print(t("error: {message}", message=t("check found {n} problem(s)", n=len(integrity) + len(audit))),
              file=sys.stderr)
    return 0 if ok else 1
