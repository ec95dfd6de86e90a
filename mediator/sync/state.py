"""This node's sync state, kept in ``local_settings``: the node epoch (made at first sync), the
central store's generation id, the acknowledged journal sequence, the pull cursor and the
remembered central URL (always without its password)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator.store.models import JournalEntry, LocalSetting

EPOCH = "sync_epoch"
GENERATION = "sync_central_generation"
ACKED = "sync_acked_seq"
CURSOR = "sync_pull_cursor"
URL = "sync_central_url"
EPOCH_UNCONFIRMED = "sync_epoch_unconfirmed"  # made by a bundle export; central has not seen it yet


@dataclass(frozen=True)
class Cursor:
    """Position in central's change stream: (transaction id, central_seq); xid is 0 on SQLite."""

    xid: int = 0
    seq: int = 0

    def __str__(self) -> str:
        return f"{self.xid}:{self.seq}"

    @classmethod
    def parse(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        xid, _, seq = text.partition(":")
        return cls(int(xid), int(seq))


def get(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None


def put(session: Session, key: str, value: str | None) -> None:
    row = session.get(LocalSetting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def acked(session: Session) -> int:
    return int(get(session, ACKED) or 0)


def epoch(session: Session) -> uuid.UUID | None:
    value = get(session, EPOCH)
    return uuid.UUID(value) if value else None


def journal_max(session: Session) -> int:
    return int(session.scalar(select(func.max(JournalEntry.seq))) or 0)


def pending_count(session: Session) -> int:
    """Journal entries not yet acknowledged by central."""
    return int(session.scalar(select(func.count()).where(JournalEntry.seq > acked(session))) or 0)
