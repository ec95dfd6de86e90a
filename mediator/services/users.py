"""Users: adding them (chair only), passwords, and signing in to get an ``Actor``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from sqlalchemy import select

from mediator.domain.states import OFFICE_STAFF
from mediator.errors import InputError, NotFound, PermissionDenied, Problem, ValidationError
from mediator.i18n import label, t
from mediator.services.context import Actor, UnitOfWork, Workspace
from mediator.store.models import User

ROLES = OFFICE_STAFF + ("federation",)
ITERATIONS = 200_000


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        _, iterations, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        got = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, got)


def validate_new_user(login: str, name: str, role: str, password: str) -> list[Problem]:
    problems = []
    if not login or not login.replace("_", "").replace(".", "").replace("-", "").isalnum() or len(login) > 64:
        problems.append(Problem(label("user.login"), t("use letters, digits, '.', '_' or '-' (at most 64)")))
    if not name.strip():
        problems.append(Problem(label("user.name"), t("is required")))
    if role not in ROLES:
        problems.append(Problem(label("user.role"), t("must be one of {choices}", choices=", ".join(ROLES))))
    if len(password) < 6:
        problems.append(Problem(label("user.password"), t("must have at least 6 characters")))
    return problems


def create_user(uow: UnitOfWork, *, login: str, name: str, role: str, password: str, can_view_ids: bool = False) -> User:
    """Add a user in an open unit of work (used by ``init`` for the chair and by ``add_user``)."""
    problems = validate_new_user(login, name, role, password)
    if problems:
        raise ValidationError(problems)
    exists = uow.session.scalar(select(User.id).where(User.login == login, User.office_id == uow.ws.office_id))
    if exists:
        raise InputError(t("user {login} already exists", login=login))
    user = User(
        office_id=uow.ws.office_id,
        login=login,
        name=name.strip(),
        role=role,
        password_hash=hash_password(password),
        can_view_ids=can_view_ids or role == "chair",
    )
    uow.session.add(user)
    uow.session.flush()
    uow.audit("user_add", "users", user.id, changes={"login": login, "name": user.name, "role": role})
    return user


def add_user(ws: Workspace, actor: Actor, **fields: object) -> User:
    if actor.role != "chair":
        raise PermissionDenied(t("only the chair may add users"))
    with ws.unit(actor) as uow:
        return create_user(uow, **fields)  # type: ignore[arg-type]


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.login, user.name, user.role, user.office_id, user.can_view_ids)


def single_chair(ws: Workspace) -> str | None:
    """The login of the data directory's only chair, if there is exactly one."""
    with ws.read() as s:
        logins = s.scalars(select(User.login).where(User.role == "chair", User.active.is_(True))).all()
    return logins[0] if len(logins) == 1 else None


def sign_in(ws: Workspace, login: str, password: str) -> Actor:
    ws.require_initialized()
    with ws.read() as s:
        user = s.scalar(select(User).where(User.login == login, User.deleted_at.is_(None)))
    if user is None or not user.active:
        raise NotFound(t("no active user {login}", login=login))
    if not verify_password(password, user.password_hash):
        raise PermissionDenied(t("wrong password for {login}", login=login))
    return actor_of(user)
