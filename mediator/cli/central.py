"""Central-store commands: ``central init URL``, ``central add-office URL CODE [--name]``,
``central status URL`` and the node's ``sync [--central URL]`` (one summary line; the URL is
remembered without its password, which comes from MEDIATOR_CENTRAL_PASSWORD)."""

from __future__ import annotations

import argparse

from mediator.cli.auth import workspace
from mediator.errors import InputError
from mediator.i18n import t
from mediator.sync import admin, state
from mediator.sync.connect import central_engine, redact


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

    p = commands.add_parser("sync", parents=[common], help=t("send this node's changes to the central store and fetch others'"))
    p.add_argument("--central", metavar="URL", help=t("the central store (remembered after the first use)"))
    p.set_defaults(func=cmd_sync)


def cmd_init(args: argparse.Namespace) -> int:
    engine = central_engine(args.url)
    try:
        done = admin.init_central(engine)
    finally:
        engine.dispose()
    if done.before is None:
        print(t("central store {url} created (schema version {version}, generation {generation})",
                url=redact(args.url), version=done.after, generation=done.generation_id))
    else:
        print(t("central store {url} is at schema version {version} (was {before})",
                url=redact(args.url), version=done.after, before=done.before))
    return 0


def cmd_add_office(args: argparse.Namespace) -> int:
    engine = central_engine(args.url)
    try:
        admin.add_office(engine, args.code, args.name)
    finally:
        engine.dispose()
    print(t("office {code} registered; its first node claims it at its first sync", code=args.code.strip()))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    engine = central_engine(args.url)
    try:
        st = admin.status(engine)
    finally:
        engine.dispose()
    print(t("central store {url}: schema version {version}, generation {generation}",
            url=redact(args.url), version=st.schema_version, generation=st.generation_id))
    print(t("offices:"))
    for o in st.offices:
        claimed = t("synced") if o["office_id"] else t("not synced yet")
        print(f"  {o['code']}  {o['name'] or ''}  ({claimed})")
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
    from mediator.sync.engine import sync

    with workspace(args) as ws:
        ws.require_initialized()
        url = args.central
        if url is None:
            with ws.read() as s:
                url = state.get(s, state.URL)
            if url is None:
                raise InputError(t("no central store known yet: give it once with --central URL"))
        result = sync(ws, url)
    print(result.summary())
    return 0
