"""Turning planned demo cases into a batch ready for writing: each case lived (``demo_story``),
its rows laid out in the column order of ``insert(table)``, and its audit events reduced to what
the hash chain needs. Where the platform can fork and the demo is large, batches are prepared in
a second process while the first writes the previous batch (simulation and SQLite each keep a core
busy); otherwise they are prepared in line. Both ways give the same data: every case has its own
seed from the plan.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import multiprocessing
import os
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import insert
from sqlalchemy.dialects import sqlite

from mediator.services.demo_ctx import Ctx, Ids
from mediator.services.demo_story import Story
from mediator.store.base import Base

DATA_TABLES = ("cases", "parties", "claims", "case_mediators", "extensions", "hearings", "agreements",
               "agreement_terms", "payments", "follow_up_visits", "recusal_requests")
PARALLEL_MIN_CASES = 20_000


def _layout(name: str) -> tuple[str, tuple[str, ...]]:
    """The columns of ``insert(table)`` in bind order, and the statement with ``local_seq``
    written as ``? + {base}`` so the writer adds the journal counter in SQL."""
    compiled = insert(Base.metadata.tables[name]).compile(dialect=sqlite.dialect())
    columns = tuple(compiled.positiontup)
    values = ", ".join("? + {base}" if c == "local_seq" else "?" for c in columns)
    return f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({values})", columns


LAYOUT = {name: _layout(name) for name in (*DATA_TABLES, "audit_events")}


def position(table: str, column: str) -> int:
    return LAYOUT[table][1].index(column)


@dataclass
class Prepared:
    """One batch, rows as tuples in bind order with ``local_seq`` counted from 1 in the batch
    (``stamped`` rows in all); cases stay lists so the writer can fill in their numbers."""

    tables: dict[str, list[Any]]
    stamped: int
    years: list[int]
    docs: list[tuple[str, str, str]]
    events: list[list[tuple[Any, ...]]]
    outcomes: list[tuple[str, bool, bool, bool]] = field(default_factory=list)


def prepare(ctx: Ctx, planned: list[tuple[Any, int, int, str | None]]) -> Prepared:
    stories = []
    for received, minute, seed, hold in planned:
        story = Story(ctx, random.Random(seed), received, minute, hold)
        story.run()
        stories.append(story)
    by_table: dict[str, list[dict[str, Any]]] = {name: [] for name in DATA_TABLES}
    for story in stories:
        by_table["cases"].append(story.case_row)
        for name, rows in story.rows.items():
            by_table[name] += rows
    tables: dict[str, list[Any]] = {}
    stamped = 0
    for name in DATA_TABLES:
        columns = LAYOUT[name][1]
        blank, get = dict.fromkeys(columns), itemgetter(*columns)
        rows = by_table[name]
        for row in rows:
            stamped += 1
            row["local_seq"] = stamped
        tables[name] = [get({**blank, **row}) for row in rows]
    tables["cases"] = [list(row) for row in tables["cases"]]
    events = [[_event(ev, first=i == 0) for i, ev in enumerate(story.events)] for story in stories]
    return Prepared(
        tables=tables, stamped=stamped, years=[s.received.year for s in stories], docs=[s.doc for s in stories],
        events=events, outcomes=[(s.c["status"], s.c["closed_on"] is not None, s.reopened, s.collective) for s in stories],
    )


def _event(ev: Any, *, first: bool) -> tuple[Any, ...]:
    at = dt.datetime(ev.day.year, ev.day.month, ev.day.day, tzinfo=dt.UTC) + dt.timedelta(minutes=ev.minute - 480)
    iso = at.isoformat()  # what audit.jsonable makes of the stored instant
    stored = f"{iso[:10]} {iso[11:19]}.000000"  # as SQLAlchemy stores it (naive UTC)
    text = None if first else json.dumps(ev.changes)  # the register event's number comes when written
    a = ev.actor
    return (iso, stored, a.hex, a.uuid, a.login, a.name, ev.action, ev.entity, ev.entity_id, ev.changes, text, ev.reason)


_child_ctx: Ctx | None = None


def _init(ctx: Ctx) -> None:
    global _child_ctx
    gc.disable()  # as in the parent (see demo.generate_demo)
    ctx.ids = Ids()  # never continue the parent's id stream
    _child_ctx = ctx


def _prepare_in_child(planned: list[tuple[Any, int, int, str | None]]) -> Prepared:
    assert _child_ctx is not None
    return prepare(_child_ctx, planned)


def parallel_possible(cases: int) -> bool:
    return (cases >= PARALLEL_MIN_CASES and (os.cpu_count() or 1) > 1
            and "fork" in multiprocessing.get_all_start_methods())


def batches(ctx: Ctx, plan: list[tuple[Any, int, int, str | None]], size: int, *, parallel: bool) -> Iterator[Prepared]:
    """Prepared batches in plan order; at most two wait in memory."""
    chunks = [plan[i:i + size] for i in range(0, len(plan), size)]
    if not parallel:
        for chunk in chunks:
            yield prepare(ctx, chunk)
        return
    with multiprocessing.get_context("fork").Pool(1, initializer=_init, initargs=(ctx,)) as pool:
        window: deque[Any] = deque()
        for chunk in chunks:
            window.append(pool.apply_async(_prepare_in_child, (chunk,)))
            if len(window) > 1:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()
