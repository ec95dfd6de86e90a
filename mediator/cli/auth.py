"""Who is acting: opening the data directory, choosing the user (``--user``, or the only chair),
reading the password (``MEDIATOR_PASSWORD``, else a prompt on a terminal) and signing in, so
that every command runs with the same role checks as the application."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mediator.errors import InputError, PermissionDenied
from mediator.i18n import t
from mediator.services import users
from mediator.services.context import Actor, Workspace

PASSWORD_ENV = "MEDIATOR_PASSWORD"
NEW_PASSWORD_ENV = "MEDIATOR_NEW_PASSWORD"


def read_password(prompt: str, *, env: str = PASSWORD_ENV, confirm: bool = False) -> str:
    """The password from ``env``, or typed twice (``confirm``) or once at a terminal prompt."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InputError(t("no password given: set {env} (standard input is not a terminal)", env=env))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(t("Repeat the password: ")) != first:
        raise InputError(t("the two passwords differ"))
    return first


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser()


@contextmanager
def workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    """The data directory's workspace, closed when the block ends."""
    ws = Workspace.open(data_dir(args))
    try:
        yield ws
    finally:
        ws.close()


def resolve_login(args: argparse.Namespace, ws: Workspace) -> str:
    """``--user``, or the login of the data directory's only chair."""
    ws.require_initialized()
    if args.user:
        return args.user
    login = users.single_chair(ws)
    if login is None:
        raise InputError(t("{path} has more than one chair; name the acting user with --user", path=ws.data_dir))
    return login


def sign_in(args: argparse.Namespace, ws: Workspace) -> Actor:
    login = resolve_login(args, ws)
    return users.sign_in(ws, login, read_password(t("Password for {login}: ", login=login)))


@contextmanager
def signed_in(args: argparse.Namespace, *, chair: bool = False) -> Iterator[tuple[Workspace, Actor]]:
    """An open workspace and the signed-in user; ``chair`` refuses anyone but a chair."""
    with workspace(args) as ws:
        actor = sign_in(args, ws)
        if chair and actor.role != "chair":
            raise PermissionDenied(t("only the chair may do this; {login} is a {role}", login=actor.login,
                                     role=_role(actor.role)))
        yield ws, actor


def _role(role: str) -> str:
    from mediator.cli.output import name

    return name("role", role)
