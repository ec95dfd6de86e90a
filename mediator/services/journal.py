"""Stamping every local change for sync: version, display fields, journal entry.

A ``before_flush`` hook on write sessions gives each new or changed synced row the next node-wide
``local_seq``, raises its ``row_version`` and writes a ``sync_journal`` entry, all inside the same
transaction as the data, so no service can forget to journal. A row changed by several flushes of
one transaction gets one version and one entry: versions count transactions, not flushes. Sessions flagged
``info["applying_pull"]`` (rows arriving from central) are left alone: no echo. Synced rows are
never deleted; services set the ``deleted_at`` tombstone instead.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from mediator.store.base import new_id, utcnow
from mediator.store.models import JournalEntry, LocalSetting

SEQ_KEY = "journal_seq"


def _is_synced(obj: object) -> bool:
    return getattr(type(obj), "__synced__", False)


class _Sequence:
    """The node-wide journal counter, read once per flush and written back in the same flush."""

    def __init__(self, session: Session):
        self.setting = session.get(LocalSetting, SEQ_KEY)
        if self.setting is None:
            self.setting = LocalSetting(key=SEQ_KEY, value="0")
            session.add(self.setting)
        self.value = int(self.setting.value)

    def next(self) -> int:
        self.value += 1
        self.setting.value = str(self.value)
        return self.value


def _stamp(session: Session, _ctx: object, _instances: object) -> None:
    if session.info.get("applying_pull"):
        return
    changed = [o for o in session.new if _is_synced(o)]
    changed += [o for o in session.dirty if _is_synced(o) and session.is_modified(o, include_collections=False)]
    if any(_is_synced(o) for o in session.deleted):
        raise RuntimeError("synced rows are tombstoned (deleted_at), never deleted")
    stamped: set = session.info.setdefault("stamped", set())
    changed = [o for o in changed if o.id is None or o.id not in stamped]
    if not changed:
        return
    seq = _Sequence(session)
    now, who = utcnow(), session.info.get("actor_login")
    for obj in changed:
        if obj in session.new:
            obj.id = obj.id or new_id()
            obj.row_version = obj.row_version or 1
            obj.base_version = obj.base_version or 0
        else:
            obj.row_version = (obj.row_version or 0) + 1
        obj.local_seq = seq.next()
        obj.updated_at = now
        obj.updated_by = who
        stamped.add(obj.id)
        session.add(
            JournalEntry(seq=obj.local_seq, table_name=type(obj).__tablename__, row_id=obj.id, row_version=obj.row_version)
        )


def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop("stamped", None)


def install(session: Session) -> None:
    """Attach the stamping hook to one write session."""
    event.listen(session, "before_flush", _stamp)
    event.listen(session, "after_transaction_end", _forget)
