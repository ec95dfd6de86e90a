"""Benchmark of sync with a PostgreSQL central store on loopback (issue 5, targets).

    .venv/bin/python bench/sync.py [--cases 10000] [--seed 1] [--rounds 5] [--pg-url URL]

The office is a demo database (``--cases`` cases and all their rows, made once and cached under
``bench/.cache/`` together with a snapshot of the same office taken before the demo cases were
added). The bench creates its own central database (``central init``, ``add-office``) and a second
one with the same central schema for the baseline, and drops both (and their roles) at the end.
URL: ``--pg-url``, else ``MEDIATOR_TEST_PG_URL``, else postgresql://postgres@127.0.0.1:5432/postgres.

* First sync, push: node A (a copy of the demo database) syncs for the first time; rows written
  per second of the push phase.
* First sync, pull: node B, a fresh installation of the same office (``copy_node`` of the snapshot
  taken before the demo, so it holds the office and its chair but no case), syncs and pulls every
  row; rows applied per second of the pull phase.
* Baseline for both: the rows A pushed, read back from central with psycopg, written into the
  same tables of the second database with one binary ``COPY … FROM STDIN (FORMAT BINARY)`` per
  table in one transaction (``central_seq``/``central_xid`` filled by the server, as push does).
  Only the COPY and its commit are timed. Targets: each throughput ≥ 30 % of COPY's (goal 50 %).
* Incremental: ``--rounds`` times, 100 cases edited on A (facts, the first applicant's phone and an
  audit event each: 300 rows), then A syncs (push and pull, as ``mediator sync`` does: a new connection) and B syncs
  (pulls them). Target for A's sync: median ≤ 150 ms on loopback, and ≤ 1 s through
  ``tests/sync/tcp_proxy.py``'s proxy holding every chunk 25 ms each way (50 ms round trip).
  Also measured with an engine kept between syncs (the application's background sync). Through
  the proxy the round trips of each of A's syncs are counted (``Proxy.turns``).

Ends with one line of JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg  # noqa: E402
from common import CACHE, OFFICE, Results, database_copy, open_workspace  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from mediator.services import demo, setup  # noqa: E402
from mediator.services.context import DB_NAME, Workspace  # noqa: E402
from mediator.store.migrate import head_revision  # noqa: E402
from mediator.store.models import Case, Party  # noqa: E402
from mediator.sync import admin, node, roles  # noqa: E402
from mediator.sync.central_schema import SEQUENCE_NAME, synced_table_names  # noqa: E402
from mediator.sync.connect import central_engine  # noqa: E402
from mediator.sync.engine import sync  # noqa: E402
from tests.sync.tcp_proxy import Proxy  # noqa: E402  (the repository root is on sys.path: common.py)

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
TARGET_RATIO, GOAL_RATIO = 0.30, 0.50
TARGET_LOOPBACK_MS, TARGET_PROXY_MS, PROXY_DELAY_S = 150.0, 1000.0, 0.025
CHANGED = 100


def office_databases(cases: int, seed: int) -> tuple[Path, Path]:
    """(demo data dir, data dir of the same office before the demo cases), made once and cached."""
    key = f"sync-{cases}-s{seed}-r{head_revision()}-v{demo.DEMO_VERSION}"
    target = CACHE / key
    if (target / "done").exists():
        return target / "data", target / "empty"
    partial = CACHE / (key + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    (partial / "data").mkdir(parents=True)
    ws = Workspace.open(partial / "data", daily_backup=False)
    try:
        setup.init_office(ws, **OFFICE)
        (partial / "empty").mkdir()
        with sqlite3.connect(partial / "data" / DB_NAME) as src, sqlite3.connect(partial / "empty" / DB_NAME) as dst:
            src.backup(dst)
        print(f"generating {cases} demo cases (seed {seed}) into {target} …", flush=True)
        summary = demo.generate_demo(ws, cases=cases, seed=seed)
    finally:
        ws.close()
    for part in ("data", "empty"):
        with sqlite3.connect(partial / part / DB_NAME) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.rmtree(partial / part / "backups", ignore_errors=True)
    (partial / "done").write_text(json.dumps({"rows": summary.rows, "seconds": round(summary.seconds, 1)}))
    partial.rename(target)
    return target / "data", target / "empty"


class Databases:
    """Scratch PostgreSQL databases made for this run, dropped (with their roles) at the end."""

    def __init__(self, pg_url: str):
        self.server = make_url(pg_url)
        self.names: list[str] = []

    def url(self, name: str, host: str | None = None, port: int | None = None) -> str:
        url = self.server.set(database=name)
        if host:
            url = url.set(host=host, port=port)
        return url.render_as_string(hide_password=False)

    def create(self, suffix: str) -> str:
        name = f"mediator_bench_sync_{uuid.uuid4().hex[:8]}_{suffix}"
        with psycopg.connect(self.url(self.server.database or "postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.names.append(name)
        return name

    def drop_all(self) -> None:
        for name in self.names:
            engine = central_engine(self.url(name))
            try:
                roles.drop_store_roles(engine)
            finally:
                engine.dispose()
            with psycopg.connect(self.url(self.server.database or "postgres"), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def init_store(url: str) -> None:
    engine = central_engine(url)
    try:
        admin.init_central(engine)
        admin.add_office(engine, OFFICE["office_code"], OFFICE["office_name"])
    finally:
        engine.dispose()


class Phases:
    """Times of a sync's progress reports: the push phase ends at the last ``push`` report, the pull
    phase (reading, applying, case-number blocks) at the ``pull`` report."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.push_end: float | None = None
        self.pull_end: float | None = None

    def __call__(self, stage: str, _rows: int) -> None:
        if stage == "push":
            self.push_end = time.perf_counter()
        else:
            self.pull_end = time.perf_counter()

    @property
    def push_s(self) -> float:
        return (self.push_end or self.start) - self.start

    @property
    def pull_s(self) -> float:
        return (self.pull_end or self.start) - (self.push_end or self.start)


def copy_baseline(source_url: str, target_url: str, node_id: uuid.UUID) -> tuple[int, float]:
    """The rows ``node_id`` wrote at central, copied into the same tables of another store with
    binary COPY; (rows, seconds of the COPYs and the commit)."""
    data: list[tuple[str, list[str], list[str], list[tuple]]] = []
    with psycopg.connect(source_url) as src, psycopg.connect(target_url) as dst:
        for name in synced_table_names():
            cols, types = [], []
            for col, typ in dst.execute(
                    "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = %s::regclass "
                    "AND attnum > 0 AND NOT attisdropped ORDER BY attnum", (name,)):
                if col not in ("central_seq", "central_xid"):
                    cols.append(col)
                    types.append(typ)
            listed = ", ".join(f'"{c}"' for c in cols)
            rows = src.execute(f"SELECT {listed} FROM {name} WHERE central_node_id = %s", (node_id,)).fetchall()
            data.append((name, cols, types, rows))
            dst.execute(f"ALTER TABLE {name} ALTER central_seq SET DEFAULT nextval('{SEQUENCE_NAME}'), "
                        "ALTER central_xid SET DEFAULT pg_current_xact_id()")
        dst.commit()
        start = time.perf_counter()
        with dst.cursor() as cur:
            for name, cols, types, rows in data:
                if not rows:
                    continue
                listed = ", ".join(f'"{c}"' for c in cols)
                with cur.copy(f"COPY {name} ({listed}) FROM STDIN (FORMAT BINARY)") as copy:
                    copy.set_types(types)
                    for row in rows:
                        copy.write_row(row)
        dst.commit()
        seconds = time.perf_counter() - start
    return sum(len(rows) for *_, rows in data), seconds


def edit_cases(ws: Workspace, case_ids: list[uuid.UUID], round_no: int) -> None:
    """One local transaction: new facts for each case, a new phone for its first applicant and the
    audit event a service writes with every edit (300 rows to push for 100 cases)."""
    with ws.unit(None) as uow:
        s = uow.session
        for i, case_id in enumerate(case_ids):
            case = s.get(Case, case_id)
            case.facts = f"{case.facts or ''}（第{round_no}轮补充）"
            uow.audit("edit", "cases", case_id, case_id=case_id, changes={"facts": case.facts})
            party = s.scalars(select(Party).where(Party.case_id == case_id, Party.role == "applicant")
                              .order_by(Party.position).limit(1)).first()
            if party is not None:
                party.phone = f"139{round_no:02d}{i:06d}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5, help="incremental syncs measured per setting")
    parser.add_argument("--pg-url", default=os.environ.get("MEDIATOR_TEST_PG_URL") or DEFAULT_PG)
    args = parser.parse_args()
    demo_dir, empty_dir = office_databases(args.cases, args.seed)
    results = Results("sync", args.cases, baseline_name="binary COPY")
    dbs = Databases(args.pg_url)
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        central_url, copy_url = dbs.url(dbs.create("central")), dbs.url(dbs.create("copy"))
        init_store(central_url)
        init_store(copy_url)
        with database_copy(demo_dir) as a_dir:
            a = open_workspace(a_dir)
            b = node.copy_node(empty_dir, work / "node-b", "second")
            try:
                first_sync(a, b, central_url, copy_url, results)
                incremental(a, b, dbs, central_url, args.rounds, results)
            finally:
                a.close()
                b.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
        dbs.drop_all()
    print(results.line())
    return 0


def first_sync(a: Workspace, b: Workspace, central_url: str, copy_url: str, results: Results) -> None:
    push = Phases()
    pushed = sync(a, central_url, progress=push)
    copied, copy_s = copy_baseline(central_url, copy_url, a.node_id)
    pull = Phases()
    pulled = sync(b, central_url, progress=pull)
    copy_rate = copied / copy_s
    results.value("copy_rows", copied)
    results.baseline["copy_rows_per_s"] = round(copy_rate)
    results.baseline["copy_s"] = round(copy_s, 3)
    for name, rows, seconds in (("push", pushed.pushed, push.push_s), ("pull", pulled.pulled, pull.pull_s)):
        rate = rows / seconds
        ratio = rate / copy_rate
        results.value(f"first_{name}_rows", rows)
        results.value(f"first_{name}_s", round(seconds, 3))
        results.value(f"first_{name}_rows_per_s", round(rate))
        results.ratios[f"first_{name}"] = round(ratio, 3)
        verdict = "ok" if ratio >= TARGET_RATIO else "MISSED"
        goal = "goal met" if ratio >= GOAL_RATIO else "goal not met"
        print(f"first {name:<18} {rows:>8} rows {seconds:8.2f} s {rate:9.0f} rows/s   binary COPY {copy_rate:9.0f} rows/s "
              f"({copied} rows, {copy_s:.2f} s)   {ratio:5.1%}   target {TARGET_RATIO:.0%} {verdict}, {goal}",
              flush=True)
    print(f"  (first sync of A: {pushed.batches} batches, {pushed.rejects} rejects, {pushed.conflicts} conflicts; "
          f"B pulled {pulled.pulled}, skipped {pulled.pull_skipped})", flush=True)


def incremental(a: Workspace, b: Workspace, dbs: Databases, central_url: str, rounds: int, results: Results) -> None:
    with a.read() as s:
        ids = list(s.scalars(select(Case.id).order_by(Case.case_year, Case.case_seq).limit(CHANGED * rounds * 4)))
    batches = itertools.cycle([ids[i:i + CHANGED] for i in range(0, len(ids), CHANGED)])
    server = make_url(central_url)
    with Proxy(server.host or "127.0.0.1", server.port or 5432) as proxy:
        proxied_url = dbs.url(server.database, "127.0.0.1", proxy.port)
        for label, url, target in (("loopback", central_url, TARGET_LOOPBACK_MS),
                                   ("proxy_50ms", proxied_url, TARGET_PROXY_MS)):
            proxy.delay(PROXY_DELAY_S if label != "loopback" else 0.0)
            for kept in (False, True):
                engine = central_engine(url) if kept else None
                push_ms, pull_ms, counts, trips = [], [], [], []
                try:
                    for r in range(rounds):
                        edit_cases(a, next(batches), r)
                        turns = proxy.turns
                        start = time.perf_counter()
                        got = sync(a, engine or url)
                        push_ms.append((time.perf_counter() - start) * 1000)
                        trips.append(proxy.turns - turns)  # round trips: only through the proxy
                        start = time.perf_counter()
                        back = sync(b, engine or url)
                        pull_ms.append((time.perf_counter() - start) * 1000)
                        counts.append((got.pushed, back.pulled))
                finally:
                    if engine is not None:
                        engine.dispose()
                suffix = "_engine_kept" if kept else ""
                note = f"pushed/pulled rows per round {sorted(set(counts))}"
                if label != "loopback":
                    note += f", round trips per sync {trips}"
                results.add(f"incr_{label}{suffix}", push_ms, target=target, note=note)
                results.add(f"incr_{label}{suffix}_pull_b", pull_ms, note="node B pulling them")


if __name__ == "__main__":
    sys.exit(main())
