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


BUILDERS = {"agreement": agreement}


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
