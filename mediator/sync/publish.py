"""Publishing a checked publication file (``publication_file``) at central, in one transaction:
its dispute causes, and a year's holiday calendar as that year's ``holiday_days`` plus its
``holiday_years`` row marked confirmed.

A year's calendar is published whole: days of that year already at central but missing from the
file are tombstoned (``deleted_at``, next ``row_version``), so a corrected notice also takes days
away, and a day published again is revived. The year row and its days are written in the same
central transaction, so a pull never sees a confirmed year without its days (pull pages are
complete up to their cursor). Every office receives the rows at its next sync and then recomputes
its provisional deadlines (``calendar_pull``). ``dry_run`` does everything and rolls back, so the
counts say what a real publication would change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, and_, select

from mediator.i18n import t
from mediator.store.base import utcnow
from mediator.sync import admin
from mediator.sync.central_schema import build_metadata
from mediator.sync.publication_file import Publication
from mediator.sync.reference import Published, publish_rows


@dataclass
class PublishResult:
    causes: Published | None = None
    year: int | None = None
    days: Published | None = None
    removed: int = 0  # days of the year at central that the file no longer lists
    working_days: int = 0  # make-up working days in the file
    dry_run: bool = False

    def summary(self) -> str:
        parts = []
        if self.causes is not None:
            parts.append(t("dispute causes: {new} new, {changed} changed, {same} unchanged",
                           new=self.causes.inserted, changed=self.causes.updated, same=self.causes.unchanged))
        if self.days is not None:
            parts.append(t("holiday calendar {year} (confirmed): {new} days new, {changed} changed, {removed} removed, "
                           "{same} unchanged; {working} make-up working days", year=self.year,
                           new=self.days.inserted, changed=self.days.updated - self.removed, removed=self.removed,
                           same=self.days.unchanged, working=self.working_days))
        text = "; ".join(parts)
        if self.dry_run:
            return t("checked, nothing published: {what}", what=text)
        return t("published: {what}; offices receive it at their next sync", what=text)


def publish(engine: Engine, pub: Publication, *, dry_run: bool = False) -> PublishResult:
    """Publish ``pub`` at central in one transaction (rolled back with ``dry_run``)."""
    admin.read_meta(engine)  # a store never initialised: say so, not a missing-table error
    tables = build_metadata(engine.dialect.name == "postgresql").tables
    result = PublishResult(dry_run=dry_run)
    with engine.connect() as conn:
        trans = conn.begin()
        try:
            if pub.causes:
                result.causes = publish_rows(conn, tables, "dispute_causes", _with_english(conn, tables, pub.causes))
            if pub.year is not None:
                _publish_year(conn, tables, pub, result)
        except BaseException:
            trans.rollback()
            raise
        if dry_run:
            trans.rollback()
        else:
            trans.commit()
    return result


def _with_english(conn, tables, causes: list[dict]) -> list[dict]:  # noqa: ANN001
    """New causes without ``name_en`` take ``name_zh`` (the column is required); published ones keep theirs."""
    table = tables["dispute_causes"]
    missing = [c["code"] for c in causes if "name_en" not in c]
    known = set(conn.execute(select(table.c.code).where(table.c.code.in_(missing))).scalars()) if missing else set()
    return [c if "name_en" in c or c["code"] in known else c | {"name_en": c["name_zh"]} for c in causes]


def _publish_year(conn, tables, pub: Publication, result: PublishResult) -> None:  # noqa: ANN001
    year = pub.year
    days = tables["holiday_days"]
    listed = {r["day"] for r in pub.days}
    live = conn.execute(select(days.c.day).where(
        and_(days.c.day >= dt.date(year, 1, 1), days.c.day <= dt.date(year, 12, 31), days.c.deleted_at.is_(None))
    )).scalars().all()
    now = utcnow()
    gone = [{"day": d, "deleted_at": now} for d in sorted(set(live) - listed)]
    rows = [r | {"deleted_at": None} for r in pub.days]
    result.year = year
    result.days = publish_rows(conn, tables, "holiday_days", rows + gone)
    result.removed = len(gone)
    result.working_days = sum(1 for r in pub.days if r["is_working_day"])
    publish_rows(conn, tables, "holiday_years", [{"year": year, "confirmed": True, "source": pub.source,
                                                  "deleted_at": None}])
