"""``doc``, ``template check`` and ``attach`` run in-process through ``mediator.cli.main.main``: the
files written read back with python-docx, the print number, 副本 and hash on the line printed,
per-item kinds listing their subjects, exit statuses, and the messages in Chinese with --lang zh."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sqlite3
import uuid

import docx
import pytest
from cli_helpers import PASSWORD, STAFF_PASSWORD, Result, count, ok, refused

from mediator.cli.main import main
from mediator.documents import fonts, pdf
from mediator.documents.printing import builtin_template_path
from mediator.services import agreements, cases, hearings, lifecycle, users
from mediator.services.context import Workspace
from mediator.services.fields import SHANGHAI
from mediator.services.intake import parse_case
from tests.conftest import TODAY, agreement_data, case_data, unavailable

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


@pytest.fixture
def cli(office, capsys, monkeypatch):
    """Run ``mediator --data-dir <office> ARGS`` in this process as the chair."""
    monkeypatch.setenv("MEDIATOR_PASSWORD", PASSWORD)

    def run(*args: str) -> Result:
        code = main(["--data-dir", str(office.dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def settled(office) -> str:
    """A case heard once and settled (the example of tests/conftest), made through the services."""
    ws = Workspace.open(office.dir)
    try:
        chair = users.sign_in(ws, "chair", PASSWORD)
        wang = users.sign_in(ws, "wang", STAFF_PASSWORD)
        case_no = cases.register_case(ws, chair, parse_case(case_data(), today=TODAY)).case_no
        lifecycle.accept(ws, chair, case_no, on=dt.date(2026, 11, 20))
        lifecycle.assign(ws, chair, case_no, ["wang"])
        hearings.record_hearing(ws, wang, case_no, starts_at=dt.datetime(2026, 11, 21, 9, 30, tzinfo=SHANGHAI),
                                place="调解室", record_text="双方陈述意见")
        agreements.settle(ws, wang, case_no, agreement_data())
    finally:
        ws.close()
    return case_no


@pytest.fixture
def hearing_id(office, settled) -> str:
    with sqlite3.connect(office.dir / "mediator.db") as db:
        return str(uuid.UUID(db.execute("SELECT id FROM hearings").fetchone()[0]))


def text_of(path) -> str:
    d = docx.Document(io.BytesIO(path.read_bytes()))
    parts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells]
    for section in d.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def broken_template(path, *, drop: str | None = "{{#terms}}", add: str = "{{nonsense}}"):
    """The built-in agreement template with one required block removed and an unknown field added."""
    d = docx.Document(str(builtin_template_path("agreement")))
    for p in d.paragraphs:
        if p.text.strip() == drop:
            p._p.getparent().remove(p._p)
    d.add_paragraph(f"备注：{add}")
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    return path


def test_without_kind_lists_what_can_be_printed_now(cli, office, settled, hearing_id):
    listed = ok(cli("--lang", "zh", "doc", settled))
    assert "种类" in listed.out and "打印方法" in listed.out
    for expected in ("agreement", "调解协议书", "hearing_record", "调解笔录", hearing_id, "2026年11月21日",
                     "service_proof", "送达回证", "cover", "卷宗封面", "index", "卷内目录"):
        assert expected in listed.out, expected
    assert "termination" not in listed.out  # settled: no termination notice to print
    as_json = json.loads(ok(cli("doc", settled, "--json")).out)
    assert {"kind": "agreement", "title": "调解协议书", "subject": None, "subject_label": "", "printed": 0} in as_json


def test_an_agreement_is_written_numbered_and_hashed_then_a_copy(cli, office, settled):
    out = office.tmp / "out" / "协议.docx"
    first = ok(cli("--lang", "zh", "doc", settled, "--kind", "agreement", "--out", str(out)))
    text = text_of(out)
    for expected in (settled, "调解协议书", "张三", "旧城制衣厂", "人民币陆仟元整（¥6,000.00）",
                     "人民币壹万贰仟叁佰元整（¥12,300.00）", "第1次打印"):
        assert expected in text, expected
    assert "副本" not in text
    line = first.out.strip()
    assert line.startswith(f"已将调解协议书写入{out}：第1次打印，内容哈希 ")
    full_hash = line.rsplit(" ", 1)[1]
    assert len(full_hash) == 64 and full_hash[:16] in text
    if fonts.missing({"仿宋", "宋体"}):  # this machine lacks the fonts: said, not hidden
        assert "本机未安装以下字体" in first.err

    folder = office.tmp / "out"
    second = ok(cli("--lang", "zh", "doc", settled, "--kind", "agreement", "--out", str(folder)))
    copy = folder / f"调解协议书-{settled}-第2次.docx"
    assert "第2次打印，副本" in second.out and full_hash in second.out
    assert "副本（第2次打印）" in text_of(copy)
    english = ok(cli("--lang", "en", "doc", settled, "--kind", "agreement", "--out", str(folder / "third.docx")))
    assert "print no. 3, 副本 (a copy), hash " + full_hash in english.out
    assert count(office.dir, "print_records") == 3


def test_an_existing_file_is_never_replaced_and_nothing_is_recorded(cli, office, settled):
    out = office.tmp / "keep.docx"
    out.write_bytes(b"precious")
    refused(cli("--lang", "zh", "doc", settled, "--kind", "agreement", "--out", str(out)), "已存在")
    assert out.read_bytes() == b"precious" and count(office.dir, "print_records") == 0
    assert [p.name for p in office.tmp.iterdir() if p.name.endswith(".part")] == []


def test_per_item_kinds_list_their_subjects_and_wrong_requests_exit_2(cli, office, settled, hearing_id):
    asked = refused(cli("--lang", "zh", "doc", settled, "--kind", "hearing_record", "--out", str(office.tmp / "h.docx")),
                    "调解笔录须针对某一次调解打印", "--subject", hearing_id, "2026年11月21日 9时30分 调解室")
    assert asked.out == ""
    refused(cli("--lang", "zh", "doc", settled, "--kind", "hearing_record", "--subject", "zzz",
                "--out", str(office.tmp / "h.docx")), "“zzz”不是本案可打印调解笔录的对象", hearing_id)
    refused(cli("--lang", "zh", "doc", settled, "--kind", "agreement", "--subject", hearing_id,
                "--out", str(office.tmp / "a.docx")), "调解协议书每案打印一份")
    refused(cli("--lang", "zh", "doc", settled, "--kind", "contract", "--out", str(office.tmp / "a.docx")),
            "未知的文书种类“contract”", "agreement")
    refused(cli("--lang", "zh", "doc", settled, "--kind", "agreement"), "--out")
    refused(cli("--lang", "zh", "doc", settled, "--out", str(office.tmp / "a.docx")), "--kind")
    refused(cli("--lang", "zh", "doc", "旧城劳调〔2026〕第99号", "--kind", "agreement", "--out", str(office.tmp / "a.docx")),
            "旧城劳调〔2026〕第99号")
    assert count(office.dir, "print_records") == 0 and not list(office.tmp.glob("*.docx"))


def test_the_format_comes_from_the_suffix_and_pdf_needs_libreoffice(cli, office, settled, monkeypatch):
    refused(cli("--lang", "zh", "doc", settled, "--kind", "agreement", "--out", str(office.tmp / "a.txt")),
            "无法判断格式")
    refused(cli("--lang", "zh", "doc", settled, "--kind", "agreement", "--out", str(office.tmp / "a.docx"),
                "--format", "pdf"), "--format")
    named = ok(cli("doc", settled, "--kind", "agreement", "--out", str(office.tmp / "plain"), "--format", "docx"))
    assert (office.tmp / "plain.docx").exists() and "plain.docx" in named.out

    with monkeypatch.context() as m:  # a machine without LibreOffice
        m.setenv("PATH", str(office.tmp / "empty-bin"))
        m.delenv("MEDIATOR_SOFFICE", raising=False)
        missing = cli("--lang", "zh", "doc", settled, "--kind", "agreement", "--out", str(office.tmp / "a.pdf"))
    refused(missing, "未安装 LibreOffice", "请安装 LibreOffice", code=1)
    assert not (office.tmp / "a.pdf").exists() and count(office.dir, "print_records") == 1

    if not pdf.available():
        unavailable("install LibreOffice (soffice on PATH, or MEDIATOR_SOFFICE) to test PDF output")
    ok(cli("doc", settled, "--kind", "agreement", "--out", str(office.tmp / "a.pdf")))
    assert (office.tmp / "a.pdf").read_bytes().startswith(b"%PDF-")


def test_a_rejected_office_template_is_reported_and_the_built_in_one_used(cli, office, settled):
    broken_template(office.dir / "templates" / "agreement.docx")
    out = office.tmp / "a.docx"
    printed = ok(cli("--lang", "zh", "doc", settled, "--kind", "agreement", "--out", str(out)))
    assert "本单位的模板 agreement.docx 有以下问题" in printed.err and "{{nonsense}}" in printed.err
    assert "人民币陆仟元整（¥6,000.00）" in text_of(out)


def test_template_check(cli, office):
    shutil.copy(builtin_template_path("agreement"), office.tmp / "agreement.docx")
    assert ok(cli("template", "check", str(office.tmp / "agreement.docx"))).out.startswith("OK")
    assert ok(cli("--lang", "zh", "template", "check", str(builtin_template_path("agreement")))).out.startswith(
        "OK：agreement.docx可以用作调解协议书（agreement）的模板")

    mine = broken_template(office.tmp / "mine.docx")
    refused(cli("--lang", "zh", "template", "check", str(mine)), "无法从文件名判断", "--kind")
    result = refused(cli("--lang", "zh", "template", "check", str(mine), "--kind", "agreement"),
                     "错误：mine.docx：未知的占位符 {{nonsense}}", "错误：mine.docx：缺少必需的占位符 {{#terms}}",
                     "共2个问题")
    assert result.out == ""
    by_name = broken_template(office.tmp / "bad" / "agreement.docx", drop=None, add="{{#parties}}")
    refused(cli("template", "check", str(by_name)), "agreement.docx: the block {{#parties}} must stand alone")
    refused(cli("--lang", "zh", "template", "check", str(office.tmp / "nowhere.docx"), "--kind", "agreement"), "文件不存在")
    not_docx = office.tmp / "termination.docx"
    not_docx.write_text("plain text", encoding="utf-8")
    refused(cli("--lang", "zh", "template", "check", str(not_docx)), "不是 Word 文档")


def test_attach_a_signed_copy_and_the_case_shows_it(cli, office, settled):
    scan = office.tmp / "签字协议.pdf"
    scan.write_bytes(PDF)
    attached = ok(cli("--lang", "zh", "attach", settled, str(scan)))
    assert f"已将{scan}作为签字的调解协议书附入案件{settled}" in attached.out
    assert ok(cli("--lang", "zh", "attach", settled, str(scan), "--kind", "evidence")).out.endswith("未重复添加\n")
    assert count(office.dir, "attachments") == 1
    assert json.loads(ok(cli("case", "show", settled, "--json")).out)["signed_copy"] is True

    photo = office.tmp / "photo.jpg"
    photo.write_bytes(PDF)
    refused(cli("--lang", "zh", "attach", settled, str(photo)), str(photo), "文件名表明是 JPEG，但内容是 PDF")
    refused(cli("--lang", "zh", "attach", settled, str(scan), "--kind", "合同"), "未知的附件种类“合同”")
    evidence = office.tmp / "evidence.png"
    evidence.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    note = ok(cli("attach", settled, str(evidence), "--kind", "evidence", "--note", "工资条照片"))
    assert "as evidence" in note.out and count(office.dir, "attachments") == 2
