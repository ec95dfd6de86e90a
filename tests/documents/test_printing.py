"""Print records, office templates and font reports around ``print_document``."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from sqlalchemy import select

from mediator.documents import fonts
from mediator.documents.printing import (
    builtin_template_path,
    office_template_path,
    print_document,
    print_history,
)
from mediator.i18n import set_language
from mediator.store.models import AuditEvent, PrintRecord
from tests.conftest import unavailable
from tests.documents.test_agreement_document import text_of


def office_copy(office, edit) -> None:  # noqa: ANN001
    """The built-in agreement template, edited by ``edit(document)``, saved as the office's own."""
    d = docx.Document(str(builtin_template_path("agreement")))
    edit(d)
    target = office_template_path(office.ws, "agreement")
    target.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(target))


def test_every_print_is_recorded_with_template_version_hash_and_number(office, settled):
    first = print_document(office.ws, office.wang, settled, "agreement")
    print_document(office.ws, office.clerk, settled, "agreement", fmt="docx")
    with office.ws.read() as s:
        records = s.scalars(select(PrintRecord).order_by(PrintRecord.print_no)).all()
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
    assert [(r.kind, r.print_no, r.is_copy) for r in records] == [("agreement", 1, False), ("agreement", 2, True)]
    assert records[0].content_hash == first.content_hash and len(first.content_hash) == 64
    assert records[0].template_version.startswith("builtin:agreement.docx@")
    assert records[0].output_format == "docx"
    assert len(events) == 2
    history = print_history(office.ws, settled)
    assert [h["print_no"] for h in history] == [2, 1] and history[0]["title"] == "调解协议书"


def test_an_office_template_that_passes_the_checks_is_used(office, settled):
    office_copy(office, lambda d: d.add_paragraph("本委员会地址：旧城镇府前路1号"))
    printed = print_document(office.ws, office.wang, settled, "agreement")
    assert printed.template_version.startswith("office:agreement.docx@")
    assert "本委员会地址：旧城镇府前路1号" in text_of(printed.data)
    assert not [w for w in printed.warnings if "template" in w]


def test_a_broken_office_template_never_stops_printing_with_the_built_in_one(office, settled):
    set_language("zh")
    office_copy(office, lambda d: d.add_paragraph("经办人：{{handler_name}}"))
    printed = print_document(office.ws, office.wang, settled, "agreement")
    assert printed.template_version.startswith("builtin:")
    report = "\n".join(printed.warnings)
    assert "agreement.docx" in report and "{{handler_name}}" in report and "未知的占位符" in report
    assert "经办人" not in text_of(printed.data)


def test_a_font_missing_on_this_machine_is_reported_and_recorded(office, settled):
    def use_font(d) -> None:  # noqa: ANN001
        run = d.add_paragraph().add_run("落款")
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "不存在的字体甲")

    office_copy(office, use_font)
    if fonts.installed_families() is None:
        unavailable("install fontconfig (fc-list) so the installed fonts can be listed")
    printed = print_document(office.ws, office.wang, settled, "agreement")
    assert any("不存在的字体甲" in w for w in printed.warnings)
    with office.ws.read() as s:
        assert "不存在的字体甲" in s.scalar(select(PrintRecord.note))
    d = docx.Document(io.BytesIO(printed.data))
    assert any(r._r.rPr.rFonts.get(qn("w:eastAsia")) == "不存在的字体甲" for p in d.paragraphs for r in p.runs)
