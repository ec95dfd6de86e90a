"""Every document kind converted to PDF by LibreOffice and read back with pdftotext and pdfinfo:
the text is there, the pages are counted, long facts paginate and a collective list is complete.
CI installs LibreOffice, a CJK font and poppler (.ci/run); elsewhere these tests say how to enable them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mediator.documents import pdf
from mediator.documents.available import printable
from mediator.documents.kinds import KINDS
from mediator.documents.printing import print_document
from mediator.domain.validators import id_check_char
from mediator.services import agreements, lifecycle
from tests.conftest import agreement_data, case_data, unavailable
from tests.documents.conftest import heard, register


@pytest.fixture(autouse=True)
def _tools():
    if not pdf.available() or not shutil.which("pdftotext"):
        unavailable("install LibreOffice and poppler-utils (apt-get install libreoffice-writer-nogui "
                    "poppler-utils fonts-noto-cjk) to run the PDF checks")


def pdf_text(data: bytes, tmp_path: Path) -> tuple[str, int]:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return text, pages


def flat(text: str) -> str:
    """pdftotext may break lines and put spaces between CJK characters: compare without them."""
    return "".join(text.split())


def test_every_kind_converts_with_its_title_case_number_and_page_numbers(office, tmp_path):
    settled = heard(office)
    agreements.settle(office.ws, office.wang, settled, agreement_data())
    agreements.follow_up(office.ws, office.wang, settled, performance_status="performing", satisfaction="满意")
    rejected = register(office)
    lifecycle.reject(office.ws, office.chair, rejected, reason="不属于劳动争议，请向人民法院起诉")
    failed = heard(office)
    lifecycle.terminate(office.ws, office.wang, failed, reason_code="no_agreement", reason="双方差距过大")
    seen = set()
    for case_no in (settled, rejected, failed):
        for item in printable(office.ws, case_no):
            printed = print_document(office.ws, office.wang, case_no, item.kind, fmt="pdf", subject=item.subject)
            assert printed.data.startswith(b"%PDF")
            text, pages = pdf_text(printed.data, tmp_path)
            assert pages >= 1
            body = flat(text)
            assert flat(KINDS[item.kind].title) in body, (item.kind, text[:300])
            assert flat(case_no) in body, item.kind
            assert "{{" not in text and "{%" not in text, item.kind
            assert f"共{pages}页" in body, item.kind  # NUMPAGES computed in the footer
            seen.add(item.kind)
    assert seen == set(KINDS)


def test_long_facts_paginate_and_end_on_the_last_page(office, tmp_path):
    facts = "申请人反映：" + "被申请人长期拖欠工资，申请人多次催要无果。" * 150 + "以上情况属实。"
    case_no = register(office, facts=facts)
    text, pages = pdf_text(print_document(office.ws, office.wang, case_no, "application", fmt="pdf").data, tmp_path)
    assert pages >= 3
    assert "以上情况属实。" in flat(text)
    assert flat(text).count("多次催要无果") == 150


def test_a_collective_agreement_lists_every_worker(office, tmp_path):
    workers = []
    for i in range(12):
        first17 = f"110105199001{i + 1:02d}{101 + 2 * i:03d}"
        workers.append({**case_data()["applicants"][0], "name": f"工人{cn(i + 1)}号", "id_number": first17 + id_check_char(first17),
                        "is_representative": i < 3})
    case_no = heard(office, applicants=workers)
    data = agreement_data(copies=14)
    data["terms"] = [{**data["terms"][0], "payee": f"applicant:{i}", "amount": "1000"} for i in range(12)]
    text, pages = pdf_text(print_document(office.ws, office.wang, case_no, "agreement", fmt="pdf", draft=data).data,
                           tmp_path)
    body = flat(text)
    assert pages >= 2 and "附件：申请人名单" in body
    for w in workers:
        assert w["name"] in body and w["id_number"] in body


def cn(n: int) -> str:
    return "零一二三四五六七八九十"[n] if n <= 10 else "十" + "零一二三四五六七八九"[n - 10]


