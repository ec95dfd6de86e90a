"""The settlement agreement read back with python-docx: every required part with the right values."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from mediator.documents.printing import print_document
from mediator.errors import ValidationError
from tests.conftest import agreement_data
from tests.documents.conftest import heard


def text_of(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    body = "\n".join(p.text for p in d.paragraphs)
    cells = "\n".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    footer = "\n".join(p.text for p in d.sections[0].footer.paragraphs)
    header = "\n".join(p.text for p in d.sections[0].header.paragraphs)
    return "\n".join([header, body, cells, footer])


def test_agreement_has_every_part_with_amounts_in_capitals(office, settled):
    printed = print_document(office.ws, office.wang, settled, "agreement")
    text = text_of(printed.data)
    assert printed.print_no == 1 and not printed.is_copy
    for expected in (settled, "调解协议书", "张三", "11010519491231002X", "旧城制衣厂", "91350100M000100Y43",
                     "一、支付工资第一期。付款（履行）方：旧城制衣厂；收款（接受）方：张三；金额：人民币陆仟元整（¥6,000.00）；履行期限：2026年12月10日前",
                     "履行方式：银行转账；履行地点：旧城镇。", "人民币陆仟叁佰元整（¥6,300.00）", "履行方式：现金",
                     "以上款项合计人民币壹万贰仟叁佰元整（¥12,300.00）", "申请人放弃其他请求。", "申请支付令",
                     "一式三份", "申请人（签名并捺印）：张三", "被申请人（盖章）", "调解员（签名）",
                     "旧城镇劳动争议调解委员会（盖章）", printed.content_hash[:16], "第1次打印"):
        assert expected in text, expected
    assert "{{" not in text and "{%" not in text
    assert "副本" not in text


def test_every_run_names_its_east_asian_font_and_the_page_is_gbt9704(office, settled):
    d = docx.Document(io.BytesIO(print_document(office.ws, office.wang, settled, "agreement").data))
    runs = [r for p in d.paragraphs for r in p.runs]
    assert runs and all(r._r.rPr is not None and r._r.rPr.rFonts is not None
                        and r._r.rPr.rFonts.get(qn("w:eastAsia")) for r in runs)
    section = d.sections[0]
    assert (round(section.top_margin.mm), round(section.bottom_margin.mm), round(section.left_margin.mm),
            round(section.right_margin.mm)) == (37, 35, 28, 26)
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_a_reprint_is_a_numbered_copy_with_the_same_hash(office, settled):
    first = print_document(office.ws, office.wang, settled, "agreement")
    second = print_document(office.ws, office.wang, settled, "agreement")
    assert (second.print_no, second.is_copy) == (2, True)
    assert second.content_hash == first.content_hash
    assert "副本（第2次打印）" in text_of(second.data)


def test_an_incomplete_draft_is_refused_listing_what_is_missing(office):
    case_no = heard(office)
    draft = agreement_data(waived_rights="", copies=2)
    draft["terms"][0]["place"] = ""
    with pytest.raises(ValidationError) as err:
        print_document(office.ws, office.wang, case_no, "agreement", draft=draft)
    fields = {p.field for p in err.value.problems}
    assert {"waived_rights", "copies", "terms[0].place"} <= fields


def test_a_complete_draft_prints_for_signing(office):
    case_no = heard(office)
    printed = print_document(office.ws, office.wang, case_no, "agreement", draft=agreement_data())
    assert "人民币陆仟元整（¥6,000.00）" in text_of(printed.data)
