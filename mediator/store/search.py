"""Full-text search over cases: one search document per case, indexed twice.

``case_fts`` (FTS5 ``trigram``) serves queries of three characters or more over case numbers,
names, ID and phone numbers, employers, credit codes and facts. Trigrams match nothing shorter,
and most Chinese names have two characters, so ``case_fts_names`` indexes the names and employers
as unigram and bigram tokens (``unicode61`` over space-separated tokens) for one- and
two-character queries. Both are external-content tables over ``case_search_doc`` kept current by
triggers (created by revision 0001); services call ``index_case`` after changing a case or its
parties. The query helpers build plain SQL for a DB-API connection and import no SQLAlchemy: the
case list (``mediator.caselist``) uses them before the ORM is loaded.
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def name_tokens(names: list[str]) -> str:
    """Unigrams and bigrams of each name, space-separated: "王小明" → "王 小 明 王小 小明"."""
    tokens: list[str] = []
    for name in names:
        chars = [c for c in name if not c.isspace()]
        tokens += chars
        tokens += [a + b for a, b in zip(chars, chars[1:], strict=False)]
    return " ".join(dict.fromkeys(tokens))


def fts_phrase(query: str) -> str:
    """``query`` as one FTS5 phrase, so punctuation and operators in it are taken literally."""
    return '"' + query.replace('"', '""') + '"'


def key(case_id: uuid.UUID) -> str:
    return case_id.hex


UPSERT_ROWS = 500  # search entries per statement


def upsert_doc(session: Session, case_id: uuid.UUID, body: str, names: list[str]) -> None:
    upsert_docs(session, [(case_id, body, names)])


def upsert_docs(session: Session, docs: list[tuple[uuid.UUID, str, list[str]]]) -> None:
    """Search entries (case id, body, names), up to ``UPSERT_ROWS`` in each multi-row statement.
    Not an executemany: every statement writing ``case_search_doc`` opens a savepoint for its
    triggers, at which FTS5 writes its pending terms to disk, so one row per statement made an
    index segment per case (a pull's thousands of cases were indexed three times slower)."""
    conn = session.connection()
    for i in range(0, len(docs), UPSERT_ROWS):
        part = docs[i:i + UPSERT_ROWS]
        rows = ", ".join(["(?, ?, ?)"] * len(part))
        sql = (f"INSERT INTO case_search_doc(case_id, body, names) VALUES {rows} "
               "ON CONFLICT(case_id) DO UPDATE SET body = excluded.body, names = excluded.names")
        conn.exec_driver_sql(sql, tuple(v for c, b, n in part for v in (key(c), b, name_tokens(n))))


def matching_case_keys_sql(query: str) -> tuple[str, dict[str, object]]:
    """An SQL fragment selecting the ``case_search_doc.case_id`` values matching ``query``."""
    q = query.strip()
    if len(q) >= 3:
        return (
            "SELECT d.case_id FROM case_search_doc d WHERE d.rowid IN "
            "(SELECT rowid FROM case_fts WHERE case_fts MATCH :fts)",
            {"fts": fts_phrase(q)},
        )
    return (
        "SELECT d.case_id FROM case_search_doc d WHERE d.rowid IN "
        "(SELECT rowid FROM case_fts_names WHERE case_fts_names MATCH :fts)",
        {"fts": fts_phrase(q)},
    )


FREQUENT = 2000  # more matches than this: walk the list in its order and stop at the page instead


def _tables(query: str) -> tuple[str, str]:
    return ("case_fts", "body") if len(query) >= 3 else ("case_fts_names", "names")


def is_frequent(conn: sqlite3.Connection, query: str) -> bool:
    """Whether ``query`` matches more than FREQUENT documents (an FTS probe stopping there: ~0.1 ms)."""
    table, _ = _tables(query.strip())
    (n,) = conn.execute(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :fts LIMIT :cap)",
                        {"fts": fts_phrase(query.strip()), "cap": FREQUENT + 1}).fetchone()
    return n > FREQUENT


def scan_condition_sql(query: str) -> tuple[str, dict[str, object]]:
    """For a frequent term: a per-case test the list's index order can stop early on."""
    q = query.strip()
    _, column = _tables(q)
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (f"EXISTS (SELECT 1 FROM case_search_doc d WHERE d.case_id = cases.id AND d.{column} LIKE :like ESCAPE '\\')",
            {"like": like})
