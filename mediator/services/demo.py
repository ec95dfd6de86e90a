"""``generate_demo``: realistic, reproducible synthetic cases for trying the product and for the
benchmarks (``mediator demo --cases N --seed S``).

The same seed gives the same cases (numbers, dates, people, amounts, every transition) apart from
UUIDs and the moment of generation. Cases are received on working days over the eight years
before ``today``; each lives through the lifecycle (``demo_story``) until ``today``, so old cases
are mostly closed and recent ones still open. Staff (eight mediators and two clerks, password
``mediator``) and a few mediator links are added through the ordinary unit of work; cases go in
batches of ``BATCH``, prepared (``demo_prepare``, in a second process for large demos) and written
in one write transaction each (``demo_write``), with progress reported and ``cancel`` checked
between batches. A cancelled run keeps the batches already committed, each
complete and consistent.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, groupby

from sqlalchemy import select, text

from mediator.domain.deadlines import add_years
from mediator.domain.workdays import WorkCalendar
from mediator.errors import InputError, MediatorError, Problem, ValidationError
from mediator.i18n import t
from mediator.services import demo_people
from mediator.services.context import Actor, Workspace
from mediator.services.demo_ctx import Ctx, Staff
from mediator.services.demo_prepare import batches, parallel_possible
from mediator.services.demo_write import Writer
from mediator.services.fields import beijing_today
from mediator.services.users import actor_of, hash_password
from mediator.store.base import utcnow
from mediator.store.models import DisputeCause, MediatorLink, Office, User

DEMO_VERSION = 3  # part of the benchmark cache key: raise it when the generated data changes
BATCH = 5000
YEARS = 8
PASSWORD = "mediator"
MEDIATORS = 8
CLERKS = 2
HOLDS = ("registered", "accepted", "in_mediation")  # newest first
_MONTH_LOAD = (0, 1.4, 0.6, 1.1, 1.0, 0.95, 0.95, 1.0, 1.0, 1.05, 1.0, 1.15, 1.35)
_LINKS = ("曾在该公司任人事主管", "配偶在该公司任职", "系该公司法定代表人的亲属", "曾代理该公司的劳动争议案件")


@dataclass
class DemoSummary:
    cases: int
    seed: int
    today: dt.date
    statuses: dict[str, int] = field(default_factory=dict)
    closed: int = 0
    reopened: int = 0
    collective: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    first_case_no: str | None = None
    last_case_no: str | None = None
    seconds: float = 0.0
    cancelled: bool = False


@cache
def password_hash() -> str:
    """The staff's demo password, hashed once per process (hashing is deliberately slow)."""
    return hash_password(PASSWORD)


def generate_demo(
    ws: Workspace, *, cases: int, seed: int, today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None,
    actor: Actor | None = None,
) -> DemoSummary:
    """Add ``cases`` synthetic cases to the initialised workspace ``ws``; returns what was made."""
    if not ws.initialized:
        raise MediatorError(t("{path} has no office yet; run 'mediator init' first", path=ws.data_dir))
    if cases < 1:
        raise ValidationError(Problem("cases", t("{value} is not a whole number of at least 1", value=cases)))
    started = time.perf_counter()
    today = today or beijing_today()
    rng = random.Random(seed)
    ctx = _context(ws, rng, cases, today, actor)
    plan = plan_cases(rng, cases, today, ctx.cal)
    writer = Writer(ws, ctx)
    summary = DemoSummary(cases=0, seed=seed, today=today)
    statuses: Counter[str] = Counter()
    prepared = batches(ctx, plan, BATCH, parallel=parallel_possible(cases))
    # Millions of short-lived rows, no reference cycles: the cyclic collector would rescan them
    # all again and again (a third of the time). Reference counting still frees every batch.
    collecting = gc.isenabled()
    gc.disable()
    try:
        while cancel is None or not cancel():
            batch = next(prepared, None)
            if batch is None:
                break
            writer.write(batch)
            for status, closed, reopened, collective in batch.outcomes:
                statuses[status] += 1
                summary.closed += closed
                summary.reopened += reopened
                summary.collective += collective
            summary.cases += len(batch.outcomes)
            if progress is not None:
                progress(summary.cases, cases)
        summary.cancelled = summary.cases < cases
        with ws.store.write() as s:
            s.execute(text("ANALYZE"))  # after a bulk load: tell the query planner the tables' shapes
    finally:
        prepared.close()
        writer.close()
        if collecting:
            gc.enable()
    summary.statuses = dict(statuses)
    summary.rows = dict(writer.rows)
    summary.first_case_no, summary.last_case_no = writer.first_no, writer.last_no
    summary.seconds = time.perf_counter() - started
    return summary


def plan_cases(rng: random.Random, cases: int, today: dt.date, cal: WorkCalendar
               ) -> list[tuple[dt.date, int, int, str | None]]:
    """(received on, minute of the day, seed, state to stop in) per case in received order.
    Working days of the last eight years, busier before the Spring Festival and growing year on
    year. Small demos get at least a tenth (up to 40) of their cases in the last 30 days, and the
    three newest cases wait in the open states (registered, accepted, in mediation), so that every
    state shows however small the demo."""
    first = add_years(today, -YEARS)
    days = [first + dt.timedelta(days=i) for i in range(1, (today - first).days + 1)]
    days = [d for d in days if cal.is_working_day(d)]
    weights = [_MONTH_LOAD[d.month] * (1 + 0.08 * (d - first).days / 365) for d in days]
    cut = next(i for i, d in enumerate(days) if (today - d).days < 30)
    share = sum(weights[cut:]) / sum(weights)
    recent = min(cases // 10, 40)
    if cases * share >= recent:
        dates = rng.choices(days, cum_weights=list(accumulate(weights)), k=cases)
    else:
        dates = rng.choices(days[:cut], cum_weights=list(accumulate(weights[:cut])), k=cases - recent)
        dates += rng.choices(days[cut:], k=recent)
    dates.sort()
    plan = []
    for day, group in groupby(dates):
        n = len(list(group))
        for i in range(n):
            plan.append((day, 8 * 60 + 30 + int((i + rng.random()) * 510 / n), rng.getrandbits(64), None))
    for back, state in enumerate(HOLDS, start=1):
        if back <= len(plan):
            plan[-back] = (*plan[-back][:3], state)
    return plan


def _context(ws: Workspace, rng: random.Random, cases: int, today: dt.date, actor: Actor | None) -> Ctx:
    employers, cum = demo_people.pick_employers(rng, cases)
    with ws.read() as s:
        office = s.get(Office, ws.office_id)
        codes = {c.code: c.payment_order for c in s.scalars(
            select(DisputeCause).where(DisputeCause.active.is_(True), DisputeCause.deleted_at.is_(None)))}
        chair = s.scalar(select(User).where(User.office_id == ws.office_id, User.role == "chair", User.active.is_(True),
                                            User.deleted_at.is_(None)).order_by(User.login).limit(1))
    if actor is not None:
        if actor.role != "chair":
            raise InputError(t("only the chair may add users"))
    elif chair is None:
        raise MediatorError(t("{path} has no office yet; run 'mediator init' first", path=ws.data_dir))
    else:
        actor = actor_of(chair)
    staff = _staff(ws, rng, actor, employers)
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    return Ctx(
        office_hex=ws.office_id.hex, office_short=office.short_name, node_hex=ws.node_id.hex,
        chair=Staff(actor.user_id.hex, actor.login, actor.name, actor.role), mediators=staff["mediator"],
        clerks=staff["clerk"], period_basis=office.period_basis, period_days=office.period_days,
        extension_max_days=office.extension_max_days, extensions_allowed=office.extensions_allowed,
        cal=ws.calendar(), today=today, now=now, codes=frozenset(codes),
        payment_order=frozenset(c for c, po in codes.items() if po), employers=employers, employer_cum=cum,
        links=staff["links"],
    )


def _staff(ws: Workspace, rng: random.Random, actor: Actor, employers: list[demo_people.Employer]) -> dict:
    """The demo's mediators and clerks (reused when a previous demo made them) and their links."""
    wanted = [(f"tjy{i + 1:02d}", "mediator") for i in range(MEDIATORS)] + [(f"sj{i + 1:02d}", "clerk") for i in range(CLERKS)]
    names = [demo_people.full_name(rng, "male" if rng.random() < 0.55 else "female") for _ in wanted]
    links = [(rng.randrange(MEDIATORS), rng.choice(employers).name, rng.choice(_LINKS)) for _ in range(4)]
    result: dict = {"mediator": [], "clerk": [], "links": {}}
    with ws.unit(actor) as uow:
        s = uow.session
        existing = {u.login: u for u in s.scalars(select(User).where(User.office_id == ws.office_id))}
        made = []
        for (login, role), name in zip(wanted, names, strict=True):
            user = existing.get(login)
            if user is None:
                user = User(office_id=ws.office_id, login=login, name=name, role=role, password_hash=password_hash())
                s.add(user)
                s.flush()
                uow.audit("user_add", "users", user.id, changes={"login": login, "name": name, "role": role})
                made.append(user)
            result[role].append(Staff(user.id.hex, user.login, user.name, user.role))
        for index, employer, relation in links:
            mediator = result["mediator"][index]
            user = next((u for u in made if u.id.hex == mediator.hex), None)
            if user is not None:
                link = MediatorLink(office_id=ws.office_id, user_id=user.id, counterpart_name=employer, relation=relation)
                s.add(link)
                s.flush()
                uow.audit("link_add", "mediator_links", link.id,
                          changes={"mediator": mediator.login, "counterpart": employer, "relation": relation})
        for user_id, name in s.execute(select(MediatorLink.user_id, MediatorLink.counterpart_name)
                                       .where(MediatorLink.deleted_at.is_(None))):
            result["links"].setdefault(user_id.hex, set()).add(name)
    return result
