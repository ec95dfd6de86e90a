"""Benchmark of printing documents (issue 4, targets).

    .venv/bin/python bench/documents.py [--cases 100] [--seed 1] [--repeat 30]

Generates ``--cases`` settled cases (synthetic workers and employers, one to three agreement terms
with varied amounts) in a fresh data directory, then, in this warm process: the median time to
print a settlement agreement to .docx bytes (``print_document``: reading the case, the completeness
checks, the template, rendering and the print record) and of the render step alone, each beside a
python-docx open-and-save of the same template measured in the same run (the baseline); and the
total time to print the agreements of all the cases into a temporary folder (``print_many``).
Targets: at most 100 ms median per agreement; 100 agreements in at most 10 s. Ends with one line
of JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import shutil
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OFFICE, Results, timed  # noqa: E402
from docx import Document as open_docx  # noqa: E402

from mediator.documents.printing import choose_template, prepare, print_document, print_many  # noqa: E402
from mediator.documents.render import Stamp, render  # noqa: E402
from mediator.services import agreements, cases, demo_people, hearings, lifecycle, setup, users  # noqa: E402
from mediator.services.context import Workspace  # noqa: E402
from mediator.services.fields import SHANGHAI, beijing_today  # noqa: E402
from mediator.services.intake import parse_case  # noqa: E402

TARGET_AGREEMENT_MS, TARGET_BATCH_S = 100.0, 10.0
FACTS = ("申请人于{start}入职被申请人处任{job}，被申请人拖欠申请人{months}个月工资共计{amount}元，经多次催讨未果。"
         "申请人另主张被申请人未依法缴纳社会保险、未支付加班费，请求调解委员会依法调解。")


def case_data(rng: random.Random, today: dt.date, employer: demo_people.Employer) -> tuple[dict, dict]:
    """One synthetic case and its agreement, dated so that every date lies in the past."""
    worker = demo_people.person(rng, today)
    job = rng.choice(employer.jobs)
    owed = Decimal(rng.randrange(200_000, 6_000_000)) / 100
    applied = dt.datetime.combine(today - dt.timedelta(days=10), dt.time(9, 30))
    data = {
        "application_kind": rng.choice(("written", "oral")),
        "applied_at": applied.isoformat(),
        "facts": FACTS.format(start=f"{today.year - 1}年{rng.randint(1, 12)}月", job=job, months=rng.randint(1, 6),
                              amount=owed),
        "infringement_known_on": (today - dt.timedelta(days=30)).isoformat(),
        "applicants": [{"name": worker.name, "id_number": worker.id_number, "phone": worker.phone,
                        "address": worker.address, "employer": employer.name, "job": job,
                        "ethnicity": worker.ethnicity}],
        "respondent": {"name": employer.name, "credit_code": employer.credit_code, "address": employer.address,
                       "legal_rep": employer.legal_rep, "legal_rep_title": employer.legal_rep_title,
                       "phone": employer.phone},
        "claims": [{"cause": "0801", "description": "支付拖欠的工资", "amount": str(owed)}],
        "acknowledge_warnings": True,
    }
    signed = (today - dt.timedelta(days=6)).isoformat()
    n_terms = rng.randint(1, 3)
    share = (owed / n_terms).quantize(Decimal("0.01"))
    terms = [{"payer": "respondent", "payee": "applicant:0", "description": f"支付拖欠工资第{i + 1}期",
              "amount": str(share if i < n_terms - 1 else owed - share * (n_terms - 1)),
              "due_on": (today + dt.timedelta(days=30 * (i + 1))).isoformat(),
              "method": rng.choice(("bank_transfer", "cash")), "place": "旧城镇调解室", "cause": "0801"}
             for i in range(n_terms)]
    agreement = {"dispute_summary": f"被申请人拖欠申请人工资{owed}元。", "applicant_claims": f"支付拖欠工资{owed}元。",
                 "respondent_position": "承认欠薪，愿意分期支付。", "waived_rights": "申请人放弃其他请求。", "copies": 3,
                 "signed": {"applicant": signed, "respondent": signed, "mediator": signed, "seal": signed},
                 "terms": terms}
    return data, agreement


def settled_cases(ws: Workspace, chair, count: int, seed: int) -> list[str]:  # noqa: ANN001 - the chair's Actor
    users.add_user(ws, chair, login="wang", name="王调解", role="mediator", password="bench-mediator")
    wang = users.sign_in(ws, "wang", "bench-mediator")
    rng = random.Random(seed)
    today = beijing_today()
    employers, _weights = demo_people.pick_employers(rng, count)
    numbers = []
    for i in range(count):
        data, agreement = case_data(rng, today, employers[i % len(employers)])
        case_no = cases.register_case(ws, chair, parse_case(data, today=today)).case_no
        lifecycle.accept(ws, chair, case_no, on=today - dt.timedelta(days=8))
        lifecycle.assign(ws, chair, case_no, ["wang"])
        hearings.record_hearing(ws, wang, case_no, place="调解室", record_text="双方陈述意见",
                                starts_at=dt.datetime.combine(today - dt.timedelta(days=7), dt.time(9, 30),
                                                              tzinfo=SHANGHAI))
        agreements.settle(ws, wang, case_no, agreement)
        numbers.append(case_no)
    return numbers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100, help="settled cases, all printed in the batch")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=30, help="measured runs per figure")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    results = Results("documents", args.cases, baseline_name="python-docx open+save")
    try:
        ws = Workspace.open(root / "data", daily_backup=False)
        try:
            chair = setup.init_office(ws, **OFFICE)
            start = time.perf_counter()
            numbers = settled_cases(ws, chair, args.cases, args.seed)
            print(f"{'setup':<24} {args.cases} settled cases in {time.perf_counter() - start:.1f} s", flush=True)
            measure(ws, chair, numbers, args.repeat, root, results)
        finally:
            ws.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(results.line())
    return 0


def measure(ws: Workspace, chair, numbers: list[str], repeat: int, root: Path, results: Results) -> None:  # noqa: ANN001
    template, _ = choose_template(ws, "agreement")

    def open_and_save() -> bytes:
        out = io.BytesIO()
        open_docx(io.BytesIO(template.data)).save(out)
        return out.getvalue()

    baseline = timed(open_and_save, repeat)
    first = numbers[0]
    results.add("agreement_print", timed(lambda: print_document(ws, chair, first, "agreement"), repeat), baseline,
                target=TARGET_AGREEMENT_MS, note="print_document to .docx bytes, print record included")
    document = prepare(ws, first, "agreement")
    stamp = Stamp(document.content_hash(), 2, True)
    results.add("agreement_render", timed(lambda: render(template, document, stamp), repeat), timed(open_and_save, repeat),
                note="render alone")

    folder = root / "printed"
    start = time.perf_counter()
    done, failed = print_many(ws, chair, numbers, "agreement", folder)
    seconds = time.perf_counter() - start
    if failed:
        print(f"  {len(failed)} not printed, e.g. {failed[0][0]}: {failed[0][1]}")
    written = len(list(folder.glob("*.docx")))
    results.value("batch_agreements", len(done))
    results.value("batch_seconds", round(seconds, 3))
    results.value("batch_per_agreement_ms", round(seconds * 1000 / max(1, len(done)), 3))
    ok = len(done) == len(numbers) == written and seconds <= TARGET_BATCH_S * len(numbers) / 100
    print(f"{'batch (print_many)':<24} {len(done)} agreements, {written} files in {seconds:.2f} s   "
          f"target {TARGET_BATCH_S * len(numbers) / 100:g} s {'ok' if ok else 'MISSED'}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
