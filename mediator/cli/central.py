"""Central-store commands: ``central init URL`` (on PostgreSQL also the roles and row-level
security), ``central add-office URL CODE [--name]`` (on PostgreSQL also the office's login role,
whose generated password is printed once), ``central status URL`` and the node's
``sync [--central URL]`` (one summary line; the URL is remembered without its password).

The password for ``sync``: one written in the URL, else ``MEDIATOR_CENTRAL_PASSWORD``, else the
keyring (``sync.credentials``), else, when the server asks for one, a prompt; a typed password is
stored in the keyring after a successful sync, or, with no usable keyring, the user is told so and
asked again next time. Every message passes through ``connect.scrub`` with the password."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from mediator.cli import bundles, publishing
from mediator.cli.auth import workspace
from mediator.errors import InputError, MediatorError
from mediator.i18n import t
from mediator.sync import admin, credentials, roles, state
from mediator.sync.connect import (
    PASSWORD_ENV,
    asks_for_password,
    central_engine,
    is_postgres,
    parse,
    password_refused,
    redact,
    scrub,
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    central = commands.add_parser("central", help=t("set up and inspect the federation's central store"))
    actions = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    p = actions.add_parser("init", parents=[common], help=t("create or upgrade the central store's schema"))
    p.add_argument("url", metavar="URL", help=t("postgresql://user@host/db or sqlite:///path"))
    p.set_defaults(func=cmd_init)
    p = actions.add_parser("add-office", parents=[common], help=t("register an office at the central store"))
    p.add_argument("url", metavar="URL")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name", metavar="NAME")
    p.set_defaults(func=cmd_add_office)
    p = actions.add_parser("status", parents=[common], help=t("show offices, nodes, last sync, conflicts and rejects"))
    p.add_argument("url", metavar="URL")
    p.set_defaults(func=cmd_status)
    bundles.register_central(actions, common)
    publishing.register_central(actions, common)

    p = commands.add_parser("sync", parents=[common], help=t("send this node's changes to the central store and fetch others'"))
    p.add_argument("--central", metavar="URL", help=t("the central store (remembered after the first use)"))
    p.add_argument("--rebase", action="store_true",
                   help=t("after a restore of this computer's database or of the central store was detected: "
                          "re-base and go on (nothing on this computer is deleted)"))
    bundles.add_sync_options(p)
    p.set_defaults(func=cmd_sync)


def cmd_init(args: argparse.Namespace) -> int:
    engine = central_engine(args.url)
    try:
        done = admin.init_central(engine)
        names = roles.setup(engine) if is_postgres(engine) else None
    finally:
        engine.dispose()
    if done.before is None:
        print(t("central store {url} created (schema version {version}, generation {generation})",
                url=redact(args.url), version=done.after, generation=done.generation_id))
    else:
        print(t("central store {url} is at schema version {version} (was {before})",
                url=redact(args.url), version=done.after, before=done.before))
    if names is None:
        print(t("SQLite central store: no database roles or row-level security; whoever can open the file "
                "reads and writes every office's rows"))
    else:
        print(t("roles: {office} (every office login; row-level security limits it to its own office), "
                "{federation} (reads everything)", office=names.office_group, federation=names.federation))
    return 0


def cmd_add_office(args: argparse.Namespace) -> int:
    engine = central_engine(args.url)
    login = None
    try:
        bundle_key = admin.add_office(engine, args.code, args.name)
        if is_postgres(engine):
            try:
                login = roles.add_office_login(engine, args.code)
            except MediatorError:
                admin.unregister_office(engine, args.code)
                raise
    finally:
        engine.dispose()
    print(t("office {code} registered; its first node claims it at its first sync", code=args.code.strip()))
    if login is not None:
        print(t("database login for office {code} (shown only this once; hand it to the office):",
                code=args.code.strip()))
        print("  " + t("user: {role}", role=login.role))
        print("  " + t("password: {password}", password=login.password))
        print("  " + t("central store URL: {url}", url=login.url))
        print(t("at the office's first sync, run 'mediator sync --central {url}': it asks for this password "
                "and keeps it in the computer's keyring", url=login.url))
    print(t("bundle key of office {code} for offline sync bundles (shown only this once; the office types it at its "
            "first 'mediator sync --export FILE'): {key}", code=args.code.strip(), key=bundle_key))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    engine = central_engine(args.url)
    try:
        st = admin.status(engine)
    finally:
        engine.dispose()
    print(t("central store {url}: schema version {version}, generation {generation}",
            url=redact(args.url), version=st.schema_version, generation=st.generation_id))
    if st.role_names is None:
        print(t("SQLite central store: no database roles or row-level security"))
    else:
        print(t("roles: {office} (offices, row-level security), {federation} (reads everything)",
                office=st.role_names.office_group, federation=st.role_names.federation))
    logins = dict(st.office_logins)
    print(t("offices:"))
    for o in st.offices:
        claimed = t("synced") if o["office_id"] else t("not synced yet")
        login = f"  [{logins[o['code']]}]" if o["code"] in logins else ""
        print(f"  {o['code']}  {o['name'] or ''}  ({claimed}){login}")
    print(t("nodes:"))
    never = t("never")
    for n in st.nodes:
        push = n["last_push_at"].isoformat(timespec="seconds") if n["last_push_at"] else never
        pull = n["last_pull_at"].isoformat(timespec="seconds") if n["last_pull_at"] else never
        print("  " + t("{office} node {node}: acknowledged change {seq}, last push {push}, last pull {pull}",
                       office=n["office_code"], node=n["node_id"], seq=n["acked_seq"], push=push, pull=pull))
    print(t("open conflicts: {conflicts}; rejected rows: {rejects}", conflicts=st.open_conflicts, rejects=st.rejects))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from mediator.sync.status import sync_and_record as sync  # the desktop shows a scheduler's sync too

    if bundles.handles(args):  # --export / --import: offline bundles (cli/bundles.py)
        return bundles.cmd_bundle(args)
    with workspace(args) as ws:
        ws.require_initialized()
        url = args.central
        if url is None:
            with ws.read() as s:
                url = state.get(s, state.URL)
            if url is None:
                raise InputError(t("no central store known yet: give it once with --central URL"))
        connect_url, remember, from_keyring = _with_password(url)
        try:
            result = sync(ws, connect_url, rebase=getattr(args, "rebase", False))
        except MediatorError as err:
            message = scrub(str(err), connect_url)
            if from_keyring and password_refused(err):
                parsed = parse(url)
                credentials.forget(redact(parsed), parsed.username or "")
                message += t("; the password kept in the keyring was refused and has been forgotten: run sync "
                             "again to type the new one")
            elif password_refused(err):
                message += t("; the central store refused the password")
            err.args = (message,)
            raise
        except Exception as exc:  # noqa: BLE001 - never let a password through an unexpected error
            raise MediatorError(t("sync failed: {error}", error=scrub(f"{type(exc).__name__}: {exc}", connect_url))
                                ) from None
    if remember:
        remember()
    print(result.summary())
    return 0


def _with_password(url: str) -> tuple[str, Callable[[], None] | None, bool]:
    """The URL to connect with (password filled in when one is needed); for a password that was
    typed or written in the URL, how to keep it in the keyring after a successful sync; whether
    the password came from the keyring."""
    parsed = parse(url)
    if parsed.get_backend_name() != "postgresql":
        return url, None, False
    plain = redact(parsed)
    user = parsed.username or ""
    full = parsed.render_as_string(hide_password=False)
    if parsed.password is not None:
        if os.environ.get(PASSWORD_ENV) and parsed.password == os.environ[PASSWORD_ENV]:
            return full, None, False  # the scheduler's variable: nothing to remember
        return full, lambda: _keep(plain, user, parsed.password), False
    try:
        stored = credentials.load(plain, user)
        keyring_error = None
    except credentials.NoKeyring as exc:
        stored, keyring_error = None, exc
    if stored is not None:
        return parsed.set(password=stored).render_as_string(hide_password=False), None, True
    if not asks_for_password(plain):
        return url, None, False  # trust, client certificate or ~/.pgpass: no password needed
    if keyring_error is not None:
        print(t("note: {message}", message=str(keyring_error)), file=sys.stderr)
    try:
        typed = getpass.getpass(t("password for {user} at {url}: ", user=user, url=plain))
    except EOFError:
        raise InputError(t("the central store {url} needs a password: type it at the prompt, or set {env} for "
                           "scheduled syncs", url=plain, env=PASSWORD_ENV)) from None
    if not typed:
        raise InputError(t("no password given for the central store {url}", url=plain))
    return parsed.set(password=typed).render_as_string(hide_password=False), (
        None if keyring_error else lambda: _keep(plain, user, typed)), False


def _keep(url: str, user: str, password: str) -> None:
    try:
        credentials.store(url, user, password)
    except credentials.NoKeyring as exc:
        print(t("note: {message}", message=str(exc)), file=sys.stderr)
