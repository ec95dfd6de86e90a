"""Write the built-in document templates into ``resources/templates/`` (one .docx per kind).

The templates are committed: they are what an office copies into ``<data dir>/templates/`` and edits
in Word or WPS. This script is how their first version was made and how a layout change to all of
them is made again; it writes the same bytes for the same input (fixed core properties), so
``git diff`` shows real changes only. Run: ``.venv/bin/python scripts/make_templates.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "templates"
BODY, TITLE, HEADING = "仿宋", "宋体", "黑体"
FIXED = dt.datetime(2026, 11, 23, 0, 0, 0)


def fonts(run, east_asian: str, size: float, bold: bool = False) -> None:  # noqa: ANN001
    run.font.size = Pt(size)
    run.font.bold = bold
    rfonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asian)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")


def new_document(kind: str):  # noqa: ANN201
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), BODY)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    fmt = normal.paragraph_format
    fmt.line_spacing = Pt(29)  # GB/T 9704: 22 lines of 28 characters
    fmt.space_before = fmt.space_after = Pt(0)
    props = doc.core_properties
    props.author = props.last_modified_by = "Mediator"
    props.title = kind
    props.created = props.modified = FIXED
    props.revision = 1
    return doc


def title(doc, text: str) -> None:  # noqa: ANN001
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(40)
    p.paragraph_format.space_after = Pt(12)
    fonts(p.add_run(text), TITLE, 22, bold=True)


def line(doc, text: str, *, align: str = "justify", indent: bool = True, size: float = 16,  # noqa: ANN001
         font: str = BODY, bold: bool = False) -> None:
    """One paragraph; placeholders are written in a single run so they are never split."""
    p = doc.add_paragraph()
    p.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    fonts(p.add_run(text), font, size, bold)


def heading(doc, text: str) -> None:  # noqa: ANN001
    line(doc, text, font=HEADING)


def agreement(doc) -> None:  # noqa: ANN001
    title(doc, "调解协议书")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "{{#parties}}")
    line(doc, "申请人与被申请人因{{cause}}发生劳动争议，向{{office_name}}申请调解。经本委员会主持调解，"
              "双方当事人在查明事实、分清是非的基础上，自愿达成如下协议。")
    heading(doc, "一、争议事项")
    line(doc, "{{dispute_summary}}")
    heading(doc, "二、双方主张")
    line(doc, "申请人请求：{{applicant_claims}}")
    line(doc, "被申请人意见：{{respondent_position}}")
    heading(doc, "三、协议内容")
    line(doc, "{{#terms}}")
    line(doc, "{% if total_amount %}")
    line(doc, "以上款项合计{{total_amount}}。")
    line(doc, "{% endif %}")
    heading(doc, "四、权利放弃")
    line(doc, "{{waived_rights}}")
    heading(doc, "五、协议效力及不履行的后果")
    line(doc, "{{consequence}}")
    line(doc, "{{copies_text}}")
    line(doc, "{{#signatures}}", indent=False)


def application(doc) -> None:  # noqa: ANN001
    title(doc, "{{title}}")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "{{#applicants}}")
    line(doc, "{{#respondent}}")
    line(doc, "{{#agents}}")
    heading(doc, "请求事项")
    line(doc, "{{#claims}}")
    line(doc, "{% if claimed_total %}")
    line(doc, "以上请求金额合计{{claimed_total}}。")
    line(doc, "{% endif %}")
    heading(doc, "事实和理由")
    line(doc, "{{facts}}")
    line(doc, "申请人因与被申请人发生劳动争议，现向{{office_name}}申请调解，请依法予以调解。")
    line(doc, "申请时间：{{applied_at}}")
    line(doc, "{% if record_note %}")
    line(doc, "{{record_note}}")
    line(doc, "{% endif %}")
    line(doc, "此致")
    line(doc, "{{office_name}}", indent=False)
    line(doc, "{{#applicant_signatures}}", indent=False)


def acceptance(doc) -> None:  # noqa: ANN001
    title(doc, "受理通知书")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "{{applicant_names}}：", indent=False)
    line(doc, "你（们）与{{respondent_name}}因{{cause}}发生的劳动争议，本委员会于{{received_on}}收到调解申请。"
              "经审查，符合受理条件，本委员会决定于{{accepted_on}}予以受理。")
    line(doc, "本案调解期限为{{period_days}}日，自{{period_start}}起计算，至{{mediation_due_on}}届满；"
              "经双方当事人同意延长的，以延长后的期限为准。")
    line(doc, "{% if mediators %}")
    line(doc, "本案由调解员{{mediators}}主持调解。")
    line(doc, "{% endif %}")
    line(doc, "{% if not mediators %}")
    line(doc, "本案调解员确定后，本委员会将另行通知。")
    line(doc, "{% endif %}")
    line(doc, "{{next_steps}}")
    line(doc, "特此通知。")
    line(doc, "{{#seal}}", indent=False)


def rejection(doc) -> None:  # noqa: ANN001
    title(doc, "不予受理通知书")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "{{applicant_names}}：", indent=False)
    line(doc, "你（们）与{{respondent_name}}因{{cause}}发生的劳动争议，本委员会于{{received_on}}收到调解申请。"
              "经审查，本委员会决定不予受理。")
    line(doc, "不予受理的理由：{{reason}}")
    line(doc, "{{next_steps}}")
    line(doc, "{% if limitation %}")
    line(doc, "{{limitation}}")
    line(doc, "{% endif %}")
    line(doc, "特此通知。")
    line(doc, "{{#seal}}", indent=False)


def hearing_record(doc) -> None:  # noqa: ANN001
    title(doc, "调解笔录")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "时间：{{starts_at}}", indent=False)
    line(doc, "{% if ends_at %}")
    line(doc, "结束时间：{{ends_at}}", indent=False)
    line(doc, "{% endif %}")
    line(doc, "地点：{{place}}", indent=False)
    line(doc, "事由：{{matter}}", indent=False)
    line(doc, "调解员：{{mediators}}", indent=False)
    line(doc, "记录人：{{recorder}}", indent=False)
    line(doc, "到场当事人及代理人：{{present}}", indent=False)
    line(doc, "{% if invited %}")
    line(doc, "邀请参加调解人员：{{invited}}", indent=False)
    line(doc, "{% endif %}")
    heading(doc, "一、告知事项")
    line(doc, "{{rights_statement}}")
    heading(doc, "二、申请人陈述")
    line(doc, "{{applicant_statement}}")
    heading(doc, "三、被申请人陈述")
    line(doc, "{{respondent_statement}}")
    line(doc, "{% if record %}")
    heading(doc, "四、调解经过")
    line(doc, "{{record}}")
    line(doc, "{% endif %}")
    heading(doc, "调解结果")
    line(doc, "{{outcome}}")
    line(doc, "{{routes}}")
    line(doc, "{{#hearing_signatures}}", indent=False)


def termination(doc) -> None:  # noqa: ANN001
    title(doc, "调解终止书")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "{{#parties}}")
    line(doc, "申请人与被申请人因{{cause}}发生劳动争议，本委员会于{{received_on}}收到调解申请，于{{accepted_on}}受理，"
              "经调解未能达成调解协议，本委员会于{{ended_on}}终止调解。")
    line(doc, "终止调解的原因：{{reason}}")
    line(doc, "{{arbitration}}")
    line(doc, "{{limitation}}")
    line(doc, "特此证明。")
    line(doc, "{{#seal}}", indent=False)


def service_proof(doc) -> None:  # noqa: ANN001
    title(doc, "送达回证")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "送达机关：{{office_name}}", indent=False)
    line(doc, "送达文书：{{served_title}}（{{served_no}}）", indent=False)
    line(doc, "受送达人：{{recipient}}", indent=False)
    line(doc, "{{#service_table}}", indent=False)
    line(doc, "说明：受送达人应当在送达回证上记明收到日期并签名、盖章或者捺印；受送达人不在的，可以交其同住成年家属"
              "或者单位负责收件的人代收，代收人应当注明与受送达人的关系及代收理由。受送达人拒绝签收的，送达人应当"
              "邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上记明拒收事由和日期，由送达人、见证人"
              "签名或者盖章，把文书留在受送达人的住所，即视为送达。", size=12)


def follow_up(doc) -> None:  # noqa: ANN001
    title(doc, "回访记录")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "协议编号：{{agreement_no}}", indent=False)
    line(doc, "申请人：{{applicant_names}}", indent=False)
    line(doc, "被申请人：{{respondent_name}}", indent=False)
    line(doc, "回访日期：{{visited_on}}", indent=False)
    line(doc, "回访人：{{visitor}}", indent=False)
    heading(doc, "一、协议履行情况")
    line(doc, "{{performance_status}}")
    heading(doc, "二、当事人满意度")
    line(doc, "{{satisfaction}}")
    heading(doc, "三、新的风险或问题")
    line(doc, "{{new_risks}}")
    line(doc, "{% if note %}")
    heading(doc, "四、其他情况")
    line(doc, "{{note}}")
    line(doc, "{% endif %}")
    line(doc, "{{#visit_signatures}}", indent=False)


def cover(doc) -> None:  # noqa: ANN001
    line(doc, "{{office_name}}", align="center", indent=False, size=18, font=HEADING)
    title(doc, "劳动争议调解案件卷宗")
    line(doc, "{{case_no}}", align="center", indent=False, size=18)
    line(doc, "{{#cover_table}}", indent=False)


def index(doc) -> None:  # noqa: ANN001
    title(doc, "卷内目录")
    line(doc, "{{case_no}}", align="right", indent=False)
    line(doc, "{{#index_table}}", indent=False)


BUILDERS = {"agreement": agreement, "application": application, "acceptance": acceptance, "rejection": rejection,
            "hearing_record": hearing_record, "termination": termination, "service_proof": service_proof,
            "follow_up": follow_up, "cover": cover, "index": index}


def normalised(data: bytes) -> bytes:
    """The .docx with every zip entry dated alike, so the same template gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 23, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main(kinds: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for kind in kinds or sorted(BUILDERS):
        doc = new_document(kind)
        BUILDERS[kind](doc)
        buf = io.BytesIO()
        doc.save(buf)
        (OUT / f"{kind}.docx").write_bytes(normalised(buf.getvalue()))
        print(f"wrote {OUT / f'{kind}.docx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
