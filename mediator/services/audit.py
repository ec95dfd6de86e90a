"""The tamper-evident audit trail: appending events to this node's hash chain and verifying
every chain in the database.

Each event's hash covers its content and the previous event's hash, so editing, deleting or
reordering any event breaks verification from that point on.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.errors import Problem
from mediator.i18n import t
from mediator.store.base import utcnow
from mediator.store.models import AuditEvent

GENESIS = "0" * 64


def jsonable(value: Any) -> Any:
    """Turn dates, UUIDs and Decimals into JSON text the same way everywhere (hash stability)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def event_hash(ev: AuditEvent) -> str:
    body = {
        "node_id": str(ev.node_id),
        "node_seq": ev.node_seq,
        "office_id": str(ev.office_id),
        "at": jsonable(ev.at),
        "user_id": jsonable(ev.user_id),
        "user_name": ev.user_name,
        "action": ev.action,
        "case_id": jsonable(ev.case_id),
        "entity": ev.entity,
        "entity_id": ev.entity_id,
        "changes": ev.changes,
        "reason": ev.reason,
        "prev_hash": ev.prev_hash,
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def chain_head(session: Session, node_id: uuid.UUID) -> tuple[int, str]:
    """(last sequence, last hash) of this node's chain; (0, GENESIS) when empty."""
    row = session.execute(
        select(AuditEvent.node_seq, AuditEvent.hash)
        .where(AuditEvent.node_id == node_id)
        .order_by(AuditEvent.node_seq.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def append_event(
    session: Session,
    *,
    node_id: uuid.UUID,
    office_id: uuid.UUID,
    user_id: uuid.UUID | None,
    user_name: str,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str | None = None,
    case_id: uuid.UUID | None = None,
    changes: dict | None = None,
    reason: str | None = None,
    at: dt.datetime | None = None,
) -> AuditEvent:
    seq, prev = chain_head(session, node_id)
    ev = AuditEvent(
        node_id=node_id,
        node_seq=seq + 1,
        office_id=office_id,
        at=at or utcnow(),
        user_id=user_id,
        user_name=user_name,
        action=action,
        case_id=case_id,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        changes=jsonable(changes or {}),
        reason=reason,
        prev_hash=prev,
    )
    ev.hash = event_hash(ev)
    session.add(ev)
    session.flush()
    return ev


def _events_by_node(session: Session) -> Iterator[AuditEvent]:
    stmt = select(AuditEvent).order_by(AuditEvent.node_id, AuditEvent.node_seq).execution_options(yield_per=2000)
    yield from session.scalars(stmt)


def verify_chains(session: Session) -> list[Problem]:
    """Every break in every node's chain: a changed event, a missing or reordered one."""
    problems: list[Problem] = []
    current: uuid.UUID | None = None
    expected_seq, prev = 1, GENESIS
    for ev in _events_by_node(session):
        if ev.node_id != current:
            current, expected_seq, prev = ev.node_id, 1, GENESIS
        where = f"audit[{ev.node_id}#{ev.node_seq}]"
        if ev.node_seq != expected_seq:
            problems.append(Problem(where, t("event {seq} is missing from the chain", seq=expected_seq)))
        if ev.prev_hash != prev:
            problems.append(Problem(where, t("does not link to the previous event")))
        if event_hash(ev) != ev.hash:
            problems.append(Problem(where, t("content was changed after it was recorded")))
        expected_seq, prev = ev.node_seq + 1, ev.hash
    return problems
