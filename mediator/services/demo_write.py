"""Writing a batch of simulated demo cases in one write transaction, as the services would have
left them: case numbers taken from this node's case-number block (so ``allocate`` continues the
sequence), every synced row stamped with the next ``local_seq`` and a ``sync_journal`` entry (the
node-wide counter in ``local_settings``), audit events appended to this node's hash chain with
``audit.event_hash``, and the case's search document built as ``cases.index_case`` builds it.

Rows go in with ``executemany`` of the statement ``insert(table)`` compiles to, with positional
parameters (binding by name costs sqlite3 several microseconds a row); values are already in the
form SQLAlchemy stores them in SQLite (see ``demo_story``). Search documents are staged in a
temporary table and moved with one ``INSERT … SELECT``: the FTS triggers then run inside a single
statement, while one statement per row makes FTS5 flush a tiny segment per row (four times slower).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session

from mediator.domain.casenumber import format_case_number
from mediator.services.audit import chain_head, event_hash
from mediator.services.context import Workspace
from mediator.services.demo_ctx import Ctx, Ids, hyphenated
from mediator.services.demo_prepare import DATA_TABLES, LAYOUT, Prepared, position
from mediator.services.journal import SEQ_KEY
from mediator.store.base import new_id
from mediator.store.models import Case, CaseNumberBlock, LocalSetting, Office

STAGE_DOCS = (
    "CREATE TEMP TABLE IF NOT EXISTS demo_search_doc (case_id TEXT, body TEXT, names TEXT)",
    "INSERT INTO temp.demo_search_doc (case_id, body, names) VALUES (?, ?, ?)",
    "INSERT INTO case_search_doc (case_id, body, names) SELECT case_id, body, names FROM temp.demo_search_doc ORDER BY rowid",
    "DELETE FROM temp.demo_search_doc",
)
JOURNAL_SQL = "INSERT INTO sync_journal (seq, table_name, row_id, row_version) VALUES (?, ?, ?, ?)"
# The journal entries of a table's rows just inserted with local_seq above base (its index serves).
JOURNAL_FROM = ("INSERT INTO sync_journal (seq, table_name, row_id, row_version) "
                "SELECT local_seq, '{table}', id, row_version FROM {table} WHERE local_seq > {base} ORDER BY local_seq")


class Writer:
    def __init__(self, ws: Workspace, ctx: Ctx):
        self.ws, self.ctx = ws, ctx
        with ws.read() as s:
            office = s.get(Office, ws.office_id)
            self.fmt, self.short = office.case_number_format, office.short_name
        self.now = dt.datetime.strptime(ctx.now, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=dt.UTC)
        self.ids = Ids()
        self.case_pos = (position("cases", "case_seq"), position("cases", "case_no"), position("cases", "id"))
        self.audit_get = itemgetter(*LAYOUT["audit_events"][1])
        self.rows: Counter[str] = Counter()
        self.first_no: str | None = None
        self.last_no: str | None = None

    def write(self, batch: Prepared) -> None:
        """One transaction: number, chain, journal and insert one prepared batch."""
        with self.ws.store.write() as s:
            conn = s.connection()
            journal: list[tuple[int, str, str, int]] = []
            seq = self._journal_seq(s)

            def stamp(table: str, row_id: str, version: int) -> int:
                nonlocal seq
                seq += 1
                journal.append((seq, table, row_id, version))
                return seq

            numbers = self._numbers(s, batch.years, stamp)
            base = seq
            seq += batch.stamped
            at_case_seq, at_case_no, _ = self.case_pos
            cases, docs = batch.tables["cases"], []
            for i, (row, (year_seq, case_no), (key, body, names), events) in enumerate(
                    zip(cases, numbers, batch.docs, batch.events, strict=True)):
                row[at_case_seq], row[at_case_no] = year_seq, case_no
                cases[i] = tuple(row)
                docs.append((key, case_no + "\n" + body, names))
                events[0][9]["case_no"] = case_no
            audit = self._chain(s, batch, stamp)
            for name in DATA_TABLES:
                if batch.tables[name]:
                    conn.exec_driver_sql(LAYOUT[name][0].format(base=base), batch.tables[name])
                    conn.exec_driver_sql(JOURNAL_FROM.format(table=name, base=base))
                self.rows[name] += len(batch.tables[name])
            conn.exec_driver_sql(LAYOUT["audit_events"][0].format(base=0), audit)
            self.rows["audit_events"] += len(audit)
            create, stage, move, clear = STAGE_DOCS
            conn.exec_driver_sql(create)
            conn.exec_driver_sql(stage, docs)
            conn.exec_driver_sql(move)
            conn.exec_driver_sql(clear)
            conn.exec_driver_sql(JOURNAL_SQL, journal)
            self.rows["sync_journal"] += len(journal) + batch.stamped
            s.execute(update(LocalSetting).where(LocalSetting.key == SEQ_KEY).values(value=str(seq)))
        self.first_no = self.first_no or numbers[0][1]
        self.last_no = numbers[-1][1]

    def close(self) -> None:
        """Drop the staging table from the pooled connection it was made on."""
        with self.ws.store.write() as s:
            s.connection().exec_driver_sql("DROP TABLE IF EXISTS temp.demo_search_doc")

    def _journal_seq(self, s: Session) -> int:
        value = s.scalar(select(LocalSetting.value).where(LocalSetting.key == SEQ_KEY))
        if value is None:
            s.add(LocalSetting(key=SEQ_KEY, value="0"))
            s.flush()
        return int(value or 0)

    def _chain(self, s: Session, batch: Prepared, stamp: Any) -> list[tuple[Any, ...]]:
        """Audit rows appended to this node's chain, hashed with ``audit.event_hash``."""
        ctx, get = self.ctx, self.audit_get
        node, office = hyphenated(ctx.node_hex), hyphenated(ctx.office_hex)
        node_seq, prev = chain_head(s, self.ws.node_id)
        at_id = self.case_pos[2]
        out = []  # the cases are tuples by now
        for case, events in zip(batch.tables["cases"], batch.events, strict=True):
            case_hex = case[at_id]
            case_uuid = hyphenated(case_hex)
            for at_iso, at_db, user_hex, user_uuid, login, name, action, entity, entity_id, changes, text, reason in events:
                node_seq += 1
                fields = {"node_seq": node_seq, "user_name": name, "action": action, "entity": entity,
                          "entity_id": entity_id, "reason": reason, "prev_hash": prev}
                prev = event_hash(SimpleNamespace(node_id=node, office_id=office, at=at_iso, user_id=user_uuid,
                                                  case_id=case_uuid, changes=changes, **fields))
                row_id = self.ids.new()
                out.append(get({
                    "id": row_id, "office_id": ctx.office_hex, "row_version": 1, "base_version": 0, "deleted_at": None,
                    "updated_at": ctx.now, "updated_by": login, "node_id": ctx.node_hex, "at": at_db, "user_id": user_hex,
                    "case_id": case_hex, "changes": text or json.dumps(changes), "hash": prev,
                    "local_seq": stamp("audit_events", row_id, 1), **fields}))
        return out

    def _numbers(self, s: Session, years: list[int], stamp: Any) -> list[tuple[int, str]]:
        free = {year: iter(self._reserve(s, year, count, stamp)) for year, count in sorted(Counter(years).items())}
        result = []
        for year in years:
            seq = next(free[year])
            result.append((seq, format_case_number(self.fmt, self.short, year, seq)))
        return result

    def _reserve(self, s: Session, year: int, count: int, stamp: Any) -> list[int]:
        """``count`` numbers of ``year`` from this node's block, as ``casenumbers.allocate`` takes them."""
        B, office, node = CaseNumberBlock, self.ws.office_id, self.ws.node_id
        login = self.ctx.chair.login
        taken: list[int] = []
        while len(taken) < count:
            want = count - len(taken)
            block = s.execute(
                select(B.id, B.next_seq, B.last_seq, B.row_version)
                .where(B.office_id == office, B.node_id == node, B.year == year, B.deleted_at.is_(None),
                       or_(B.last_seq.is_(None), B.next_seq <= B.last_seq))
                .order_by(B.first_seq).limit(1)
            ).first()
            if block is None:
                used = s.scalar(select(func.max(Case.case_seq)).where(Case.office_id == office, Case.case_year == year)) or 0
                reserved = s.scalar(select(func.max(func.coalesce(B.last_seq, B.next_seq - 1)))
                                    .where(B.office_id == office, B.year == year)) or 0
                first = max(used, reserved) + 1
                block_id = new_id()
                s.execute(insert(B).values(
                    id=block_id, office_id=office, node_id=node, year=year, first_seq=first, last_seq=None,
                    next_seq=first + want, row_version=1, base_version=0, updated_at=self.now, updated_by=login,
                    local_seq=stamp("case_number_blocks", block_id.hex, 1)))
                taken += range(first, first + want)
                continue
            take = want if block.last_seq is None else min(want, block.last_seq - block.next_seq + 1)
            version = block.row_version + 1
            s.execute(update(B).where(B.id == block.id).values(
                next_seq=block.next_seq + take, row_version=version, updated_at=self.now, updated_by=login,
                local_seq=stamp("case_number_blocks", block.id.hex, version)))
            taken += range(block.next_seq, block.next_seq + take)
        return taken
