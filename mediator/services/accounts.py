"""Accounts as the desktop client's first screens need them: the office's name and the people who
may sign in (the login screen), and setting up a new office with its chair and mediators from the
set-up wizard, every field checked before anything is written.

``set_up_office`` runs ``init_office`` (office, node and chair in one transaction) and then adds
each mediator in its own transaction. Everything is validated first, so a mediator fails only for
a reason no check can foresee (the disk, a lock); the office then already exists, so the failure is
returned in ``OfficeSetUp.failed`` instead of raised, and the chair adds that person later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from mediator.domain.casenumber import DEFAULT_FORMAT, validate_format
from mediator.errors import MediatorError, Problem, ValidationError
from mediator.i18n import label, t
from mediator.services import setup, users
from mediator.services.context import Actor, Workspace
from mediator.store import reader
from mediator.store.models import Office

USER_FIELDS = {"login": "user.login", "name": "user.name", "password": "user.password"}
OFFICE_CODE_MAX = 32


@dataclass
class OfficeSetUp:
    """What ``set_up_office`` made: the signed-in chair, the mediators added, those that failed."""

    actor: Actor
    added: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (login, message in the user's language)


def office_name(ws: Workspace) -> str | None:
    """The name of the workspace's office, or None before set-up."""
    if ws.office_id is None:
        return None
    with ws.read() as s:
        return s.scalar(select(Office.name).where(Office.id == ws.office_id))


def list_active_users(ws: Workspace) -> list[dict[str, str]]:
    """Everyone who may sign in (``reader.sign_in_choices``: the login dialog reads the same
    before the services have loaded)."""
    with ws.read() as s:
        return reader.sign_in_choices(reader.session_connection(s))


def login_screen(ws: Workspace) -> dict:
    """The office name and the users to choose from, in one read."""
    return {"office": office_name(ws) or "", "users": list_active_users(ws)}


def validate_office(*, office_code: str, office_name: str, case_number_format: str = DEFAULT_FORMAT,
                    **_ignored: object) -> list[Problem]:
    """The office checks ``init_office`` makes, without writing anything (fields as it names them)."""
    problems = []
    if not office_code.strip() or len(office_code) > OFFICE_CODE_MAX:
        problems.append(Problem(label("office.code"), t("is required (at most 32 characters)")))
    if not office_name.strip():
        problems.append(Problem(label("office.name"), t("is required")))
    try:
        validate_format(case_number_format)
    except ValidationError as err:
        problems.extend(err.problems)
    return problems


def user_problem_key(problem: Problem) -> str | None:
    """Which of login/name/password a ``validate_new_user`` problem is about (None for others)."""
    for key, label_key in USER_FIELDS.items():
        if problem.field == label(label_key):
            return key
    return None


def validate_mediators(mediators: Iterable[Mapping[str, str]], taken: Iterable[str] = ()) -> list[Problem]:
    """Problems of new mediator accounts as ``mediator[i].login|name|password``; a login may not
    repeat one in ``taken`` (the chair's) or an earlier row."""
    seen = set(taken)
    problems = []
    for i, m in enumerate(mediators):
        login, name, password = m.get("login", ""), m.get("name", ""), m.get("password", "")
        for p in users.validate_new_user(login, name, "mediator", password):
            problems.append(Problem(f"mediator[{i}].{user_problem_key(p) or 'role'}", p.message))
        if login in seen:
            problems.append(Problem(f"mediator[{i}].login", t("user {login} already exists", login=login)))
        seen.add(login)
    return problems


def set_up_office(
    ws: Workspace, *, mediators: Iterable[Mapping[str, str]] = (),
    progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None,
    **office: str,
) -> OfficeSetUp:
    """Create the office and its chair (``office`` holds ``init_office``'s keyword arguments), then
    add ``mediators`` (dicts of login, name, password). Raises ValidationError listing every problem
    before anything is written; after the office exists, a mediator that cannot be added is
    reported in ``failed`` and the others are still added. ``cancel`` is not honoured: set-up is
    short and stopping half-way would leave an office without its staff."""
    mediators = [dict(m) for m in mediators]
    chair_login = office.get("chair_login", "chair")
    problems = validate_office(**office)
    problems += users.validate_new_user(chair_login, office.get("chair_name", ""), "chair", office.get("password", ""))
    problems += validate_mediators(mediators, taken=[chair_login])
    if problems:
        raise ValidationError(problems)
    steps = 1 + len(mediators)
    chair = setup.init_office(ws, **office)
    result = OfficeSetUp(actor=chair)
    if progress is not None:
        progress(1, steps)
    for i, m in enumerate(mediators, start=2):
        try:
            users.add_user(ws, chair, login=m["login"], name=m["name"], role="mediator", password=m["password"])
        except MediatorError as err:
            result.failed.append((m["login"], str(err)))
        else:
            result.added.append(m["login"])
        if progress is not None:
            progress(i, steps)
    return result
