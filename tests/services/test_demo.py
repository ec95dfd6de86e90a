"""The demo data generator: every state, reproducible by seed, and indistinguishable from what the
services would have written (audit chain, journal, deadlines, search documents, case numbers)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from mediator.domain.agreement_rules import agreement_problems
from mediator.domain.states import STATES
from mediator.domain.validators import check_citizen_id, check_credit_code, check_landline, check_mobile
from mediator.errors import MediatorError
from mediator.services import demo, demo_prepare, setup
from mediator.services.audit import verify_chains
from mediator.services.cases import index_case, register_case
from mediator.services.context import Workspace
from mediator.services.deadlines import refresh_case_deadlines
from mediator.services.intake import parse_case
from mediator.services.queries import CaseFilter, count_cases, due_list, list_cases
from mediator.services.users import sign_in
from mediator.store.base import Base
from mediator.store.engine import integrity_check
from mediator.store.models import Agreement, AgreementTerm, Case, CaseNumberBlock, LocalSetting, Party, User
from tests.conftest import TODAY, case_data

CASES, SEED = 300, 7


def new_office(path: Path) -> tuple[Workspace, object]:
    ws = Workspace.open(path)
    chair = setup.init_office(ws, office_code="JC01", office_name="旧城镇劳动争议调解委员会", short_name="旧城",
                              chair_name="李主任", password="secret1")
    return ws, chair


def fingerprint(ws: Workspace) -> list[tuple]:
    """What a seed must reproduce: numbers, states, dates, people, amounts (not ids or clocks)."""
    with ws.read() as s:
        cases = s.execute(select(Case.case_no, Case.status, Case.received_on, Case.closed_on, Case.claimed_total_fen,
                                 Case.worker_count, Case.mediation_due_on, Case.limitation_due_on)
                          .order_by(Case.case_year, Case.case_seq)).all()
        people = s.execute(select(Case.case_no, Party.role, Party.position, Party.name, Party.id_number, Party.phone)
                           .join(Case, Case.id == Party.case_id).order_by(Case.case_year, Case.case_seq, Party.role,
                                                                           Party.position, Party.name)).all()
        terms = s.execute(select(Case.case_no, AgreementTerm.seq, AgreementTerm.amount_fen, AgreementTerm.due_on,
                                 AgreementTerm.paid_fen).join(Case, Case.id == AgreementTerm.case_id)
                          .order_by(Case.case_year, Case.case_seq, AgreementTerm.seq)).all()
    return [*map(tuple, cases), *map(tuple, people), *map(tuple, terms)]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    ws, chair = new_office(tmp_path_factory.mktemp("demo"))
    seen = []
    summary = demo.generate_demo(ws, cases=CASES, seed=SEED, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    yield ws, chair, summary, seen
    ws.close()


def test_every_state_with_collective_oral_written_and_closed_cases(made):
    ws, _, summary, seen = made
    assert summary.cases == CASES and not summary.cancelled and seen[-1] == (CASES, CASES)
    assert set(summary.statuses) == set(STATES)
    with ws.read() as s:
        assert set(s.scalars(select(Case.status).distinct())) == set(STATES)
        kinds = set(s.scalars(select(Case.application_kind).distinct()))
        collective = s.execute(select(Case.worker_count).where(Case.is_collective.is_(True))).scalars().all()
        reps = s.execute(select(func.count()).select_from(Party).where(Party.is_representative.is_(True))
                         .group_by(Party.case_id)).scalars().all()
        reopened = s.scalar(text("SELECT count(DISTINCT case_id) FROM audit_events WHERE action = 'reopen'"))
        staff = s.execute(select(User.role, func.count()).group_by(User.role)).all()
    assert kinds == {"oral", "written"}
    assert collective and all(10 <= n <= 60 for n in collective) and all(3 <= n <= 5 for n in reps)
    assert summary.closed > CASES // 2 and reopened == summary.reopened
    assert dict(staff) == {"chair": 1, "mediator": 8, "clerk": 2}
    assert sign_in(ws, "tjy01", "mediator").role == "mediator"


def test_the_same_seed_gives_the_same_cases(made, tmp_path):
    ws, *_ = made
    again, _ = new_office(tmp_path / "again")
    other, _ = new_office(tmp_path / "other")
    try:
        demo.generate_demo(again, cases=CASES, seed=SEED, today=TODAY)
        demo.generate_demo(other, cases=CASES, seed=SEED + 1, today=TODAY)
        assert fingerprint(again) == fingerprint(ws)
        assert fingerprint(other) != fingerprint(ws)
    finally:
        again.close()
        other.close()


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_preparing_in_a_second_process_gives_the_same_cases(made, tmp_path, monkeypatch):
    ws, *_ = made
    monkeypatch.setattr(demo_prepare, "PARALLEL_MIN_CASES", 0)
    monkeypatch.setattr(demo, "BATCH", 70)
    forked, _ = new_office(tmp_path / "forked")
    try:
        assert demo_prepare.parallel_possible(CASES) or (multiprocessing.cpu_count() or 1) < 2
        demo.generate_demo(forked, cases=CASES, seed=SEED, today=TODAY)
        assert fingerprint(forked) == fingerprint(ws)
        with forked.read() as s:
            assert verify_chains(s) == []
    finally:
        forked.close()


def test_audit_chain_journal_and_file_are_sound(made):
    ws, *_ = made
    assert integrity_check(ws.store.read_engine) == []
    with ws.read() as s:
        assert verify_chains(s) == []
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        journal_seq = int(s.get(LocalSetting, "journal_seq").value)
        assert s.execute(text("SELECT count(*), min(seq), max(seq) FROM sync_journal")).one() == (journal_seq, 1, journal_seq)
        for table in Base.metadata.sorted_tables:
            if "local_seq" not in table.c:
                continue
            missing = s.scalar(text(
                f"SELECT count(*) FROM {table.name} t LEFT JOIN sync_journal j ON j.seq = t.local_seq "
                f"AND j.row_id = t.id AND j.row_version = t.row_version AND j.table_name = '{table.name}' "
                "WHERE j.seq IS NULL"))
            assert missing == 0, table.name


def test_stored_deadlines_and_search_documents_are_what_the_services_make(made):
    ws, *_ = made
    cal = ws.calendar()
    with ws.store.write() as s:
        cases = s.scalars(select(Case)).all()
        for case in cases:
            refresh_case_deadlines(s, case, cal)
        changed = [c.case_no for c in cases if s.is_modified(c)]
        changed += [a.case_id for a in s.scalars(select(Agreement)) if s.is_modified(a)]
        before = s.execute(text("SELECT case_id, body, names FROM case_search_doc ORDER BY case_id")).all()
        for case in cases:
            index_case(s, case)
        after = s.execute(text("SELECT case_id, body, names FROM case_search_doc ORDER BY case_id")).all()
        s.rollback()
    assert changed == []
    assert len(before) == CASES and before == after


def test_identities_amounts_and_agreements_are_valid(made):
    ws, *_ = made
    with ws.read() as s:
        people = s.execute(select(Party.name, Party.id_number, Party.phone).where(Party.kind == "person")).all()
        employers = s.execute(select(Party.credit_code, Party.phone).where(Party.role == "respondent")).all()
        agreements = s.scalars(select(Agreement)).all()
        parties = {p.id: p for p in s.scalars(select(Party))}
        terms = s.scalars(select(AgreementTerm)).all()
        cases = {c.id: c for c in s.scalars(select(Case))}
    assert {len(name) for name, *_ in people} <= {2, 3, 4} and sum(len(n) == 2 for n, *_ in people) > len(people) // 10
    for _, number, phone in people:
        assert number is None or check_citizen_id(number, today=TODAY).clean
        assert check_mobile(phone).clean
    for code, phone in employers:
        assert check_credit_code(code).clean
        assert check_mobile(phone).ok or check_landline(phone).ok
    assert all(t.amount_fen is None or t.amount_fen > 0 for t in terms)
    columns = ("name", "sex", "id_number", "address", "employer_name", "job", "credit_code", "legal_rep")
    for a in agreements:
        case_parties = [p for p in parties.values() if p.case_id == a.case_id]
        workers = [{c: getattr(p, c) for c in columns} for p in case_parties if p.role == "applicant"]
        employer = next({c: getattr(p, c) for c in columns} for p in case_parties if p.role == "respondent")
        mine = [{"payer": "respondent", "payee": "applicant:0", "description": t.description, "amount_fen": t.amount_fen,
                 "due_on": t.due_on, "method": t.method, "place": t.place} for t in terms if t.agreement_id == a.id]
        data = {"dispute_summary": a.dispute_summary, "applicant_claims": a.applicant_claims,
                "respondent_position": a.respondent_position, "waived_rights": a.waived_rights, "copies": a.copies}
        assert agreement_problems(case_no=cases[a.case_id].case_no, workers=workers, employer=employer, agreement=data,
                                  terms=mine) == []


def test_the_lists_work_on_it(made):
    ws, chair, *_ = made
    open_cases = list_cases(ws, chair, CaseFilter(status="open"), sort="received_on")
    assert open_cases and len(open_cases) == count_cases(ws, CaseFilter(status="open"))
    assert [c["received_on"] for c in open_cases] == sorted((c["received_on"] for c in open_cases), reverse=True)
    assert due_list(ws, today=TODAY)
    with ws.read() as s:
        rows = s.execute(select(Party.name, Case.case_no).join(Case, Case.id == Party.case_id)
                         .where(Party.role == "applicant")).all()
    for length in (2, 3):
        name, case_no = next((n, c) for n, c in rows if len(n) == length)
        found = list_cases(ws, chair, CaseFilter(search=name), limit=500)
        assert case_no in {c["case_no"] for c in found}, name


def test_registering_afterwards_takes_the_next_number_of_the_year(made):
    """Runs last of the tests on the shared demo: it adds a case."""
    ws, chair, *_ = made
    with ws.read() as s:
        used = dict(s.execute(select(Case.case_year, func.max(Case.case_seq)).group_by(Case.case_year)).all())
        blocks = dict(s.execute(select(CaseNumberBlock.year, CaseNumberBlock.next_seq)).all())
    assert blocks == {year: last + 1 for year, last in used.items()}
    case = register_case(ws, chair, parse_case(case_data(), today=TODAY))
    assert case.case_no == f"旧城劳调〔{TODAY.year}〕第{used[TODAY.year] + 1}号"
    with ws.read() as s:
        assert verify_chains(s) == []


def test_a_second_demo_continues_the_numbers_and_reuses_the_staff(tmp_path):
    ws, _ = new_office(tmp_path / "twice")
    try:
        first = demo.generate_demo(ws, cases=40, seed=1, today=TODAY)
        second = demo.generate_demo(ws, cases=40, seed=2, today=TODAY)
        with ws.read() as s:
            numbers = s.execute(select(Case.case_year, Case.case_seq)).all()
            users = s.scalar(select(func.count()).select_from(User))
            assert verify_chains(s) == []
        assert first.cases == second.cases == 40 and len(set(numbers)) == 80
        for year in {y for y, _ in numbers}:
            assert sorted(q for y, q in numbers if y == year) == list(range(1, 1 + sum(y == year for y, _ in numbers)))
        assert users == 11
    finally:
        ws.close()


def test_cancel_between_batches_keeps_what_was_written(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 50)
    ws, _ = new_office(tmp_path / "cancel")
    try:
        calls = []
        summary = demo.generate_demo(ws, cases=200, seed=3, today=TODAY, progress=lambda d, t: calls.append(d),
                                     cancel=lambda: len(calls) >= 2)
        assert summary.cancelled and summary.cases == 100 and calls == [50, 100]
        with ws.read() as s:
            assert s.scalar(select(func.count()).select_from(Case)) == 100
            assert verify_chains(s) == []
    finally:
        ws.close()


def test_an_uninitialised_directory_is_refused(tmp_path):
    ws = Workspace.open(tmp_path / "empty")
    try:
        with pytest.raises(MediatorError, match="init"):
            demo.generate_demo(ws, cases=10, seed=1)
    finally:
        ws.close()
