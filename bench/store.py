"""Benchmark of the local store on a demo database (issue 2, item 8).

    .venv/bin/python bench/store.py [--cases 100000] [--seed 1] [--repeat 40]

Measures, each against a raw-``sqlite3`` baseline on the same file in the same run: the first page
of the case list (open cases, a date range, everything; newest first), searches (a two- and a
three-character name, an ID number, a common, a very frequent and a rare three-character phrase
from the facts), the due list, and registering a case (on a copy: parties, claims, audit event and
journal included, ``synchronous=FULL``). When a target is missed it prints the query plans of the
statements the service ran. Ends with one line of JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Results, database_copy, demo_database, open_workspace, timed, today_of  # noqa: E402
from sqlalchemy import event, func, select  # noqa: E402

from mediator.services import demo_people  # noqa: E402
from mediator.services.cases import register_case  # noqa: E402
from mediator.services.context import DB_NAME, Workspace  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402
from mediator.services.queries import CaseFilter, due_list, list_cases  # noqa: E402
from mediator.services.users import actor_of  # noqa: E402
from mediator.store.models import Case, Party, User  # noqa: E402
from mediator.store.search import fts_phrase  # noqa: E402

TARGET_LIST, TARGET_SEARCH, TARGET_REGISTER = 20.0, 50.0, 10.0
PHRASES = {"common": "加班费", "frequent": "被申请", "rare": "尘肺病"}
OPEN = "('registered', 'accepted', 'in_mediation')"
RAW_LIST = """
WITH page AS (SELECT c.id FROM cases c WHERE c.deleted_at IS NULL {where}
              ORDER BY c.received_on DESC, c.id DESC LIMIT 200)
SELECT c.case_no, c.status, c.received_on, c.is_collective, c.worker_count, c.claimed_total_fen, c.acceptance_due_on,
       c.mediation_due_on, c.closed_on,
       (SELECT p.name FROM parties p WHERE p.case_id = c.id AND p.role = 'applicant' AND p.position = 0 LIMIT 1),
       (SELECT p.id_number FROM parties p WHERE p.case_id = c.id AND p.role = 'applicant' AND p.position = 0 LIMIT 1),
       (SELECT p.name FROM parties p WHERE p.case_id = c.id AND p.role = 'respondent' LIMIT 1), u.name
FROM page JOIN cases c ON c.id = page.id LEFT JOIN users u ON u.id = c.lead_mediator_id
ORDER BY c.received_on DESC, c.id DESC"""
RAW_DUE = [  # the same indexed reads the service makes, columns included
    "SELECT case_no, status, received_on FROM cases WHERE deleted_at IS NULL AND closed_on IS NULL "
    "AND status = 'registered' AND acceptance_due_on <= :horizon",
    "SELECT id, case_no, status, received_on, accepted_on, period_basis, period_days FROM cases WHERE deleted_at IS NULL "
    "AND closed_on IS NULL AND status IN ('accepted', 'in_mediation') AND mediation_due_on <= :horizon",
    "SELECT t.seq, t.due_on, c.case_no, c.status FROM agreement_terms t JOIN cases c ON c.id = t.case_id "
    "WHERE c.deleted_at IS NULL AND c.closed_on IS NULL AND c.status = 'settled' "
    "AND t.performed_on IS NULL AND t.due_on <= :horizon "
    "AND t.deleted_at IS NULL",
    "SELECT a.effective_on, c.case_no, c.status FROM agreements a JOIN cases c ON c.id = a.case_id "
    "WHERE c.deleted_at IS NULL AND c.closed_on IS NULL AND a.enforcement_route IS NULL "
    "AND (a.review_due_on BETWEEN :today AND :horizon OR a.confirmation_due_on BETWEEN :today AND :horizon)",
    "SELECT id, case_no, status, received_on, infringement_known_on, employment_ended_on, employment_ongoing FROM cases "
    "WHERE deleted_at IS NULL AND closed_on IS NULL AND status != 'performed' AND limitation_due_on BETWEEN :warn AND :limit",
]


class Statements:
    """The SQL a service call sends, captured for EXPLAIN QUERY PLAN."""

    def __init__(self, ws: Workspace):
        self.seen: list[tuple[str, Any]] = []
        self.on = False
        for engine in (ws.store.read_engine, ws.store.write_engine):
            event.listen(engine, "before_cursor_execute", self._capture)

    def _capture(self, _conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if self.on and statement.lstrip().upper().startswith("SELECT"):
            self.seen.append((statement, parameters))

    def explain(self, db: Path, call: Any) -> None:
        self.seen, self.on = [], True
        try:
            call()
        finally:
            self.on = False
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            for statement, parameters in self.seen:
                print("    " + " ".join(statement.split())[:220])
                for row in conn.execute("EXPLAIN QUERY PLAN " + statement, parameters):
                    print("      " + "  " * (row[1] > 0) + row[3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=40, help="measured runs per figure")
    args = parser.parse_args()
    data_dir, meta = demo_database(args.cases, args.seed)
    results = Results("store", args.cases)
    if "demo_seconds" in meta:
        results.value("demo_seconds", meta["demo_seconds"])
        print(f"{'demo':<24} {meta['demo_seconds']:.1f} s   target 180 s "
              f"{'ok' if meta['demo_seconds'] < 180 else 'MISSED'}")
    today = today_of(meta)
    ws = open_workspace(data_dir)
    db = data_dir / DB_NAME
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    statements = Statements(ws)
    try:
        reads(ws, raw, db, today, args.repeat, results, statements)
    finally:
        raw.close()
        ws.close()
    registering(data_dir, today, args.repeat, results)
    print(results.line())
    return 0


def reads(ws: Workspace, raw: sqlite3.Connection, db: Path, today: dt.date, repeat: int, results: Results,
          statements: Statements) -> None:
    with ws.read() as s:
        chair = actor_of(s.scalar(select(User).where(User.role == "chair")))
    year_ago = today - dt.timedelta(days=365)

    def check(name: str, call: Any, target: float, stat: str) -> None:
        key = f"{name}_{stat}_ms"
        if results.metrics[key] > target:
            print(f"  {name}: target missed; plans of the statements it ran:")
            statements.explain(db, call)

    lists = {
        "list_open": (CaseFilter(status="open"), f"AND c.status IN {OPEN}", {}),
        "list_last_year": (CaseFilter(received_from=year_ago, received_to=today),
                           "AND c.received_on >= :since AND c.received_on <= :until",
                           {"since": year_ago.isoformat(), "until": today.isoformat()}),
        "list_all": (CaseFilter(), "", {}),
    }
    for name, (flt, where, params) in lists.items():
        def call(flt: CaseFilter = flt) -> list:
            return list_cases(ws, chair, flt, sort="received_on")

        sql, bind = RAW_LIST.format(where=where), dict(params)
        rows = len(call())
        results.add(name, timed(call, repeat), timed(lambda sql=sql, bind=bind: raw.execute(sql, bind).fetchall(), repeat),
                    target=TARGET_LIST, note=f"{rows} rows")
        check(name, call, TARGET_LIST, "p95")

    for name, query in search_terms(ws, today).items():
        def call(query: str = query) -> list:
            return list_cases(ws, chair, CaseFilter(search=query), sort="received_on")

        table = "case_fts" if len(query) >= 3 else "case_fts_names"
        sql, bind = f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (fts_phrase(query),)
        hits = len(raw.execute(sql, bind).fetchall())
        results.add(name, timed(call, repeat), timed(lambda sql=sql, bind=bind: raw.execute(sql, bind).fetchall(), repeat),
                    target=TARGET_SEARCH, note=f"{query}: {hits} documents match, page of {len(call())}")
        check(name, call, TARGET_SEARCH, "p95")

    horizon = today + dt.timedelta(days=7)
    bind = {"today": today.isoformat(), "horizon": horizon.isoformat(),
            "warn": (today - dt.timedelta(days=30)).isoformat(), "limit": (today + dt.timedelta(days=60)).isoformat()}
    items = len(due_list(ws, today=today))
    results.add("due", timed(lambda: due_list(ws, today=today), repeat),
                timed(lambda: [raw.execute(q, bind).fetchall() for q in RAW_DUE], repeat),
                target=TARGET_LIST, note=f"{items} items")
    check("due", lambda: due_list(ws, today=today), TARGET_LIST, "p95")


def search_terms(ws: Workspace, today: dt.date) -> dict[str, str]:
    """Names and an ID number that exist (applicants of last year's and older cases), and phrases."""
    with ws.read() as s:
        def applicant(length: int, year: int, column: Any = Party.name) -> str:
            return s.scalar(select(column).join(Case, Case.id == Party.case_id)
                            .where(Party.role == "applicant", func.length(Party.name) == length, Case.case_year == year)
                            .order_by(Case.case_seq).limit(1))

        terms = {"search_name2": applicant(2, today.year - 1), "search_name3": applicant(3, today.year - 1),
                 "search_id": applicant(3, today.year - 3, Party.id_number)}
    return terms | {f"search_phrase_{k}": v for k, v in PHRASES.items()}


def registering(data_dir: Path, today: dt.date, repeat: int, results: Results) -> None:
    """``register_case`` on one copy, the same rows by hand on another (both ``synchronous=FULL``)."""
    with database_copy(data_dir) as copy:
        _register(copy, data_dir, today, repeat, results)


def _register(copy: Path, data_dir: Path, today: dt.date, repeat: int, results: Results) -> None:
    ws = open_workspace(copy)
    try:
        with ws.read() as s:
            chair = actor_of(s.scalar(select(User).where(User.role == "chair")))
            employer = s.scalars(select(Party).where(Party.role == "respondent").limit(1)).one()
        rng = random.Random(1)
        inputs = [parse_case(case_file(rng, employer, today), today=today) for _ in range(repeat + 2)]
        it = iter(inputs)
        results.add("register", timed(lambda: register_case(ws, chair, next(it)), repeat), raw_register(data_dir, repeat),
                    target=TARGET_REGISTER)
        with ws.read() as s:
            results.value("register_case_no_example", s.scalar(select(Case.case_no).order_by(Case.local_seq.desc())))
    finally:
        ws.close()


def case_file(rng: random.Random, employer: Party, today: dt.date) -> dict[str, Any]:
    p = demo_people.person(rng, today)
    return {
        "application_kind": "written", "applied_at": f"{today.isoformat()}T10:00:00", "received_on": today.isoformat(),
        "facts": f"申请人{p.name}在被申请人处从事普工工作，被申请人拖欠两个月工资共计9800元，经催讨未果。",
        "applicants": [{"name": p.name, "id_number": p.id_number, "phone": p.phone, "address": p.address,
                        "employer": employer.name, "job": "普工"}],
        "respondent": {"name": employer.name, "credit_code": employer.credit_code, "address": employer.address,
                       "legal_rep": employer.legal_rep},
        "claims": [{"cause": "0801", "description": "支付拖欠工资9800元", "amount": "9800"}],
    }


def raw_register(data_dir: Path, repeat: int) -> list[float]:
    """The rows one registration writes (case, two parties, claim, search document, audit event,
    six journal entries, the number block and the journal counter), inserted in one transaction."""
    with database_copy(data_dir) as copy:
        return _raw_register(copy, repeat)


def _raw_register(copy: Path, repeat: int) -> list[float]:
    conn = sqlite3.connect(copy / DB_NAME, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.row_factory = sqlite3.Row
    case = dict(conn.execute("SELECT * FROM cases WHERE status = 'registered' LIMIT 1").fetchone())
    parties = [dict(r) for r in conn.execute("SELECT * FROM parties WHERE case_id = ? ORDER BY rowid", (case["id"],))]
    claim = dict(conn.execute("SELECT * FROM claims WHERE case_id = ? LIMIT 1", (case["id"],)).fetchone())
    audit = dict(conn.execute("SELECT * FROM audit_events WHERE case_id = ? ORDER BY node_seq LIMIT 1", (case["id"],)).fetchone())
    doc = dict(conn.execute("SELECT case_id, body, names FROM case_search_doc WHERE case_id = ?", (case["id"],)).fetchone())
    block = conn.execute("SELECT id FROM case_number_blocks ORDER BY year DESC LIMIT 1").fetchone()[0]
    seq = int(conn.execute("SELECT value FROM local_settings WHERE key = 'journal_seq'").fetchone()[0])
    node_seq = conn.execute("SELECT max(node_seq) FROM audit_events").fetchone()[0]
    conn.row_factory = None

    def insert(table: str, row: dict[str, Any]) -> None:
        conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))

    state = {"i": 0}

    def once() -> None:
        nonlocal seq, node_seq
        i = state["i"] = state["i"] + 1
        case_id = uuid.uuid4().hex
        conn.execute("BEGIN IMMEDIATE")
        journal = []
        rows = [("cases", {**case, "id": case_id, "case_no": f"基准〔2099〕第{i}号", "case_seq": 900_000 + i})]
        rows += [("parties", {**p, "id": uuid.uuid4().hex, "case_id": case_id, "represents_id": None}) for p in parties]
        rows += [("claims", {**claim, "id": uuid.uuid4().hex, "case_id": case_id})]
        node_seq += 1
        rows += [("audit_events", {**audit, "id": uuid.uuid4().hex, "case_id": case_id, "node_seq": node_seq})]
        for table, row in rows:
            seq += 1
            row["local_seq"] = seq
            insert(table, row)
            journal.append((seq, table, row["id"], 1))
        insert("case_search_doc", {**doc, "case_id": case_id})
        seq += 1
        conn.execute("UPDATE case_number_blocks SET next_seq = next_seq + 1, row_version = row_version + 1, "
                     "local_seq = ? WHERE id = ?", (seq, block))
        journal.append((seq, "case_number_blocks", block, 2))
        conn.executemany("INSERT INTO sync_journal (seq, table_name, row_id, row_version) VALUES (?, ?, ?, ?)", journal)
        conn.execute("UPDATE local_settings SET value = ? WHERE key = 'journal_seq'", (str(seq),))
        conn.execute("COMMIT")

    try:
        return timed(once, repeat)
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main())
