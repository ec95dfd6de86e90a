"""Saved views of the case list: a user's named filter, search and sort, kept per user in this
installation's ``local_settings`` (never synced: a view is a preference of one desk, not case data).

All of a user's views live under one key, ``views:<login>``, as a JSON list of
``{"name": ..., "spec": {...}}`` in the order they were first saved. A spec holds only the keys
the case list understands (``SPEC_KEYS``) with JSON values; the interface decides what they mean.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from mediator.actor import Actor
from mediator.errors import Problem, ValidationError
from mediator.i18n import t

if TYPE_CHECKING:  # the ORM is imported where views are read or written, not by the name rule
    from mediator.services.context import Workspace
    from mediator.store.models import LocalSetting

KEY_PREFIX = "views:"
KEY_MAX = 64  # local_settings.key is VARCHAR(64)
NAME_MAX = 40
SPEC_MAX = 4000  # characters of JSON per view
VIEWS_MAX = 50
SPEC_KEYS = ("filter", "search", "sort", "descending")


def settings_key(login: str) -> str:
    """``views:<login>``, or a digest of the login when that would not fit the key column."""
    key = KEY_PREFIX + login
    if len(key) <= KEY_MAX:
        return key
    return KEY_PREFIX + "#" + hashlib.sha256(login.encode()).hexdigest()[: KEY_MAX - len(KEY_PREFIX) - 1]


def clean_name(name: object) -> str:
    """The name as stored (spaces collapsed, control characters dropped); raises if unusable."""
    if not isinstance(name, str):
        raise ValidationError(Problem("name", t("must be text")))
    cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    if not cleaned:
        raise ValidationError(Problem("name", t("is required")))
    if len(cleaned) > NAME_MAX:
        raise ValidationError(Problem("name", t("is too long ({n} characters, at most {max})", n=len(cleaned), max=NAME_MAX)))
    return cleaned


def _check_spec(spec: object) -> dict[str, Any]:
    if not isinstance(spec, dict):
        raise ValidationError(Problem("spec", t("must be a JSON object")))
    unknown = [k for k in spec if k not in SPEC_KEYS]
    if unknown:
        raise ValidationError(Problem(f"spec.{unknown[0]}", t("must be one of {choices}", choices=", ".join(SPEC_KEYS))))
    try:
        text = json.dumps(spec, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as err:
        raise ValidationError(Problem("spec", t("must be a JSON object"))) from err
    if len(text) > SPEC_MAX:
        raise ValidationError(Problem("spec", t("is too long ({n} characters, at most {max})", n=len(text), max=SPEC_MAX)))
    return json.loads(text)


def _decode(value: str | None) -> list[dict[str, Any]]:
    """The stored list; anything unreadable (hand-edited, older format) counts as no views."""
    try:
        data = json.loads(value) if value else []
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    return [v for v in data if isinstance(v, dict) and isinstance(v.get("name"), str) and isinstance(v.get("spec"), dict)]


def list_views(ws: Workspace, actor: Actor) -> list[dict[str, Any]]:
    """The user's views: ``[{"name": str, "spec": dict}, ...]`` in the order first saved."""
    from mediator.store.models import LocalSetting

    with ws.read() as s:
        row = s.get(LocalSetting, settings_key(actor.login))
        return _decode(row.value if row else None)


def save_view(ws: Workspace, actor: Actor, name: str, spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Save ``spec`` under ``name`` (replacing a view of the same name); returns the views."""
    from mediator.store.models import LocalSetting

    name, spec = clean_name(name), _check_spec(spec)
    with ws.unit(actor) as uow:
        row = uow.session.get(LocalSetting, settings_key(actor.login))
        views = _decode(row.value if row else None)
        for view in views:
            if view["name"] == name:
                view["spec"] = spec
                break
        else:
            if len(views) >= VIEWS_MAX:
                raise ValidationError(Problem("views", t("must be between 1 and {max}", max=VIEWS_MAX)))
            views.append({"name": name, "spec": spec})
        _store(uow.session, row, actor.login, views)
    return views


def delete_view(ws: Workspace, actor: Actor, name: str) -> list[dict[str, Any]]:
    """Remove the view called ``name`` if there is one; returns the remaining views."""
    from mediator.store.models import LocalSetting

    name = clean_name(name)
    with ws.unit(actor) as uow:
        row = uow.session.get(LocalSetting, settings_key(actor.login))
        views = [v for v in _decode(row.value if row else None) if v["name"] != name]
        if row is not None:
            _store(uow.session, row, actor.login, views)
    return views


def _store(session, row: LocalSetting | None, login: str, views: list[dict[str, Any]]) -> None:  # noqa: ANN001
    from mediator.store.models import LocalSetting

    value = json.dumps(views, ensure_ascii=False)
    if row is None:
        session.add(LocalSetting(key=settings_key(login), value=value))
    else:
        row.value = value
