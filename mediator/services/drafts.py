"""Unfinished intake forms kept in the database so closing the window or a crash loses nothing.

A draft is the form's data (the same dict ``intake.parse_case`` reads, plus whatever the form
needs to restore itself) stored as JSON in ``local_settings`` under ``draft:intake:<uuid>``.
Drafts belong to this PC only: ``local_settings`` is never synced, so a draft started here cannot
be finished on another PC. Each draft records who started it; users see and open only their own.
Drafts are not case data: saving one writes no audit event and no sync journal entry.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select

from mediator.errors import NotFound, ValidationError
from mediator.errors import Problem as _Problem
from mediator.i18n import t
from mediator.services.context import Actor, Workspace
from mediator.services.fields import SHANGHAI
from mediator.store.models import LocalSetting

PREFIX = "draft:intake:"


def _key(draft_id: str) -> str:
    try:
        return PREFIX + str(uuid.UUID(str(draft_id)))
    except ValueError:
        raise ValidationError(_Problem("draft_id", t("{value} is not a draft id", value=draft_id))) from None


def draft_title(data: dict[str, Any]) -> str:
    """A short name for a draft: the first applicant (and how many more) against the employer."""
    applicants = data.get("applicants") if isinstance(data.get("applicants"), list) else []
    names = [str(a.get("name", "")).strip() for a in applicants if isinstance(a, dict)]
    names = [n for n in names if n]
    respondent = data.get("respondent") if isinstance(data.get("respondent"), dict) else {}
    employer = str(respondent.get("name", "") or "").strip()
    who = ""
    if names:
        who = names[0] if len(applicants) <= 1 else t("{name} et al. ({n} workers)", name=names[0], n=len(applicants))
    if who and employer:
        return t("{applicant} / {respondent}", applicant=who, respondent=employer)
    return who or employer or t("Unnamed application")


def save_draft(ws: Workspace, actor: Actor, draft_id: str, data: dict[str, Any]) -> dict[str, str]:
    """Create or replace the draft ``draft_id``; returns its summary (id, saved_at, title)."""
    key = _key(draft_id)
    saved_at = dt.datetime.now(SHANGHAI).replace(microsecond=0).isoformat()
    title = draft_title(data)
    value = json.dumps({"owner": actor.login, "saved_at": saved_at, "title": title, "data": data},
                       ensure_ascii=False)
    with ws.unit(actor) as uow:
        row = uow.session.get(LocalSetting, key)
        if row is None:
            uow.session.add(LocalSetting(key=key, value=value))
        else:
            if json.loads(row.value).get("owner") != actor.login:
                raise NotFound(t("no draft {id}", id=draft_id))
            row.value = value
    return {"id": key[len(PREFIX):], "saved_at": saved_at, "title": title}


def _read(ws: Workspace, actor: Actor, draft_id: str) -> dict[str, Any]:
    with ws.read() as s:
        row = s.get(LocalSetting, _key(draft_id))
        stored = json.loads(row.value) if row else None
    if not stored or stored.get("owner") != actor.login:
        raise NotFound(t("no draft {id}", id=draft_id))
    return stored


def load_draft(ws: Workspace, actor: Actor, draft_id: str) -> dict[str, Any]:
    """The form data saved in the draft; NotFound if it is gone or another user's."""
    return _read(ws, actor, draft_id)["data"]


def list_drafts(ws: Workspace, actor: Actor) -> list[dict[str, str]]:
    """The actor's drafts on this PC, newest first: ``{"id", "saved_at", "title"}``."""
    with ws.read() as s:
        rows = s.execute(select(LocalSetting.key, LocalSetting.value).where(LocalSetting.key.startswith(PREFIX))).all()
    drafts = []
    for key, value in rows:
        try:
            stored = json.loads(value)
        except ValueError:
            continue
        if stored.get("owner") == actor.login:
            drafts.append({"id": key[len(PREFIX):], "saved_at": stored.get("saved_at", ""),
                           "title": stored.get("title", "")})
    return sorted(drafts, key=lambda d: d["saved_at"], reverse=True)


def delete_draft(ws: Workspace, actor: Actor, draft_id: str) -> bool:
    """Remove the draft; False when there was none (deleting twice is harmless)."""
    key = _key(draft_id)
    with ws.unit(actor) as uow:
        row = uow.session.get(LocalSetting, key)
        if row is None or json.loads(row.value).get("owner") != actor.login:
            return False
        uow.session.delete(row)
    return True


__all__ = ["PREFIX", "delete_draft", "draft_title", "list_drafts", "load_draft", "save_draft"]
