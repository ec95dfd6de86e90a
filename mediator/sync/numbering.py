"""Case-number blocks per node: several installations of one office number cases offline at once
without ever taking the same number.

* An office that has never synced (no central store) numbers as before: each node keeps an
  open-ended block (``last_seq`` NULL) and takes the next number in the registering transaction.
* Once a node has synced (it holds the central generation id; a node copied from a synced node
  inherits it), it numbers **only from closed blocks reserved for it at central**. At every sync,
  before push, ``close_blocks`` closes its open-ended blocks at the last number used and releases
  the unused tails of past years' blocks; after push and pull ``top_up`` reserves a new block of ``BLOCK_SIZE`` numbers of
  the current year (and, in January, of the past year, for late registrations) whenever fewer
  than ``LOW_WATER`` remain. When none remain, registration is refused with "sync first": a
  provisional number would have to be renumbered later, and a number already printed on a notice
  must never change.
* Reservation is one central transaction, serialised per office and year (an advisory lock on
  PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite; the unique (office, year, first_seq) constraint is the
  last guard). It gives the lowest numbers no block and no case covers: first the holes left by
  released tails, then numbers above the highest taken. The block row is written at central with
  this node as its writer (no echo) and stored locally as a pulled row; a reservation whose local
  copy was lost in a crash is found again at the next sync (``_recover``).
* Gaps: numbers run without gaps within each node's block. A released tail is a gap only until a
  later reservation of that year takes it; the tails released after a year is over stay as gaps
  (at most one per node and year, each shorter than a block). Statistics count cases, not
  numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, Table, func, insert, or_, select
from sqlalchemy.orm import Session

from mediator.i18n import t
from mediator.store.base import new_id, utcnow
from mediator.store.models import CaseNumberBlock, LocalSetting
from mediator.sync.connect import begin, reading

if TYPE_CHECKING:
    from mediator.services.context import Workspace

BLOCK_SIZE = 20
LOW_WATER = 5
GENERATION_KEY = "sync_central_generation"  # mediator.sync.state.GENERATION
RESERVER = "sync"


def federated(session: Session) -> bool:
    """This node (or the node it was copied from) has synced with a central store."""
    return session.get(LocalSetting, GENERATION_KEY) is not None


def _own_blocks(session: Session, office_id: uuid.UUID, node_id: uuid.UUID, year: int) -> list[CaseNumberBlock]:
    B = CaseNumberBlock
    return list(session.scalars(select(B).where(B.office_id == office_id, B.node_id == node_id, B.year == year,
                                                 B.deleted_at.is_(None)).order_by(B.first_seq)))


def remaining(session: Session, office_id: uuid.UUID, node_id: uuid.UUID, year: int) -> int | None:
    """Numbers this node can still take for ``year``; None when it numbers without limit."""
    blocks = _own_blocks(session, office_id, node_id, year)
    if any(b.last_seq is None for b in blocks):
        return None
    return sum(max(0, b.last_seq - b.next_seq + 1) for b in blocks)


def exhausted_message(year: int) -> str:
    return t("no case number of {year} is left for this computer: sync with the central store, then register "
             "again (several computers of one office take case numbers in reserved blocks)", year=year)


@dataclass(frozen=True)
class NumberingStatus:
    year: int
    federated: bool
    remaining: int | None  # None: no limit (an office that does not sync)
    warning: str | None


def numbering_status(ws: Workspace, today: dt.date | None = None) -> NumberingStatus:
    """What the status bar and ``mediator sync`` show: numbers left for this year, and a warning
    when the reserved block runs low or is used up."""
    year = (today or dt.date.today()).year
    with ws.read() as s:
        fed = federated(s)
        left = remaining(s, ws.office_id, ws.node_id, year) if fed else None
    warning = None
    if fed and left is not None:
        if left == 0:
            warning = exhausted_message(year)
        elif left < LOW_WATER:
            warning = t("only {count} case numbers of {year} are left on this computer; sync with the central "
                        "store soon", count=left, year=year)
    return NumberingStatus(year, fed, left, warning)


# --- at sync ---------------------------------------------------------------------------------------

def _years(today: dt.date) -> list[int]:
    return [today.year - 1, today.year] if today.month == 1 else [today.year]


def close_blocks(ws: Workspace, today: dt.date | None = None) -> None:
    """At sync, before push (so central hears of it in the same sync): close this node's
    open-ended blocks at the last number used, and release the unused tails of finished years."""
    keep_from = min(_years(today or dt.date.today()))
    B = CaseNumberBlock
    with ws.unit(None) as uow:
        for block in uow.session.scalars(select(B).where(
                B.office_id == ws.office_id, B.node_id == ws.node_id, B.deleted_at.is_(None),
                or_(B.last_seq.is_(None), (B.year < keep_from) & (B.next_seq <= B.last_seq)))):
            block.last_seq = block.next_seq - 1


def _lock_key(office_id: uuid.UUID, year: int) -> int:
    return int.from_bytes(hashlib.blake2b(f"numbers:{office_id}:{year}".encode(), digest_size=8).digest(),
                          "big", signed=True)


def _free_runs(taken: list[tuple[int, int]], want: int) -> list[tuple[int, int]]:
    """The lowest ``want`` numbers ≥ 1 outside ``taken`` (inclusive ranges), as runs."""
    runs, cursor = [], 1
    for first, last in sorted(taken) + [(10**12, 10**12)]:
        if want <= 0:
            break
        if first > cursor:
            take = min(want, first - cursor)
            runs.append((cursor, cursor + take - 1))
            want -= take
        cursor = max(cursor, last + 1)
    return runs


def reserve(engine: Engine | Connection, tables: dict[str, Table], office_id: uuid.UUID, node_id: uuid.UUID, year: int,
            want: int, local_taken: list[tuple[int, int]]) -> list[dict]:
    """Reserve ``want`` numbers of ``year`` for this node at central, in one transaction; returns
    the new block rows. ``local_taken``: this node's own block ranges as it knows them now (it may
    have used numbers central has not heard of yet)."""
    from mediator.sync.reference import central_stamp

    postgres = engine.dialect.name == "postgresql"
    blocks, cases = tables["case_number_blocks"], tables["cases"]
    made = []
    with begin(engine) as conn:
        if postgres:
            conn.execute(select(func.pg_advisory_xact_lock(_lock_key(office_id, year))))
        # a block holds at least its first number, also when closed empty (a re-based node's unused
        # block): that number starts no new block, the (office, year, first_seq) key is taken
        taken = [(first, last if last is None else max(first, last)) for first, last in local_taken]
        taken += [(r.first_seq, max(r.first_seq, r.last_seq if r.last_seq is not None else r.next_seq - 1))
                  for r in conn.execute(select(blocks.c.first_seq, blocks.c.last_seq, blocks.c.next_seq)
                                        .where(blocks.c.office_id == office_id, blocks.c.year == year))]
        taken += [(n, n) for (n,) in conn.execute(
            select(cases.c.case_seq).where(cases.c.office_id == office_id, cases.c.case_year == year))]
        now = utcnow()
        for first, last in _free_runs(taken, want):
            row = {"id": new_id(), "office_id": office_id, "node_id": node_id, "year": year, "first_seq": first,
                   "last_seq": last, "next_seq": first, "row_version": 1, "base_version": 0, "local_seq": None,
                   "deleted_at": None, "updated_at": now, "updated_by": RESERVER}
            conn.execute(insert(blocks).values(**row, **central_stamp(conn, tables, postgres, node_id)))
            made.append(row)
    return made


def _store_local(ws: Workspace, rows: list[dict]) -> None:
    """Central's block rows into the local database as pulled rows (not journalled, no echo)."""
    if not rows:
        return
    table = CaseNumberBlock.__table__
    with ws.unit(None) as uow:
        uow.session.info["applying_pull"] = True
        names = [c.name for c in table.columns]
        uow.session.execute(insert(table), [{k: r[k] for k in names if k in r}
                                            | {"base_version": r["row_version"], "local_seq": None} for r in rows])


def _recover(ws: Workspace, engine: Engine | Connection, tables: dict[str, Table], year: int) -> None:
    """Blocks reserved at central for this node whose local copy is missing (a crash between the
    central commit and the local write): pulls skip a node's own rows, so fetch them here."""
    blocks = tables["case_number_blocks"]
    with ws.read() as s:
        known = set(s.scalars(select(CaseNumberBlock.id).where(CaseNumberBlock.node_id == ws.node_id,
                                                               CaseNumberBlock.year == year)))
    with reading(engine) as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(blocks).where(blocks.c.node_id == ws.node_id, blocks.c.year == year))]
    _store_local(ws, [r for r in rows if r["id"] not in known])


def top_up(ws: Workspace, engine: Engine | Connection, tables: dict[str, Table], today: dt.date | None = None,
           central_blocks: frozenset[uuid.UUID] | None = None) -> int:
    """At sync, after push and pull (and ``close_blocks`` before push): reserve blocks so that
    this node has at least ``LOW_WATER`` numbers of the current year. Returns how many numbers
    were reserved. ``central_blocks``: the ids of this node's blocks at central from last year on,
    read by the handshake; when this node holds all of them, no reservation was lost and
    ``_recover`` needs no read of its own."""
    today = today or dt.date.today()
    if central_blocks is not None:
        with ws.read() as s:
            held = set(s.scalars(select(CaseNumberBlock.id).where(CaseNumberBlock.node_id == ws.node_id)))
        recover = not central_blocks <= held
    else:
        recover = True
    reserved = 0
    for year in _years(today):
        if recover:
            _recover(ws, engine, tables, year)
        with ws.read() as s:
            left = remaining(s, ws.office_id, ws.node_id, year) or 0
            own = [(b.first_seq, b.last_seq) for b in _own_blocks(s, ws.office_id, ws.node_id, year)]
        if left >= LOW_WATER:
            continue
        rows = reserve(engine, tables, ws.office_id, ws.node_id, year, BLOCK_SIZE, own)
        _store_local(ws, rows)
        reserved += sum(r["last_seq"] - r["first_seq"] + 1 for r in rows)
    return reserved
