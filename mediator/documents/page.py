"""The page around a document's text: A4 with the GB/T 9704 margins on every section, and the
header and footer the renderer owns: the page number (— 1 —), and the small print that ties paper to
its print record (title, case number, content hash, print number, 共 N 页; 副本 on a reprint)."""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from mediator.documents.model import Document

MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}


@dataclass(frozen=True)
class Stamp:
    """What the footer says about this printing."""

    content_hash: str
    print_no: int
    is_copy: bool


def layout(docx) -> None:  # noqa: ANN001
    for section in docx.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
        section.footer_distance = Mm(18)


def _field_run(paragraph, instruction: str, size_pt: float) -> None:  # noqa: ANN001
    """A Word field (PAGE, NUMPAGES) that Word, WPS and LibreOffice compute when laying out; each
    part in its own run with the size set, or LibreOffice shows the result at the default size."""
    def part(node) -> None:  # noqa: ANN001
        run = paragraph.add_run()
        run.font.size = Pt(size_pt)
        run._r.append(node)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for node in (begin, instr, sep, shown, end):
        part(node)


def _mark_size(paragraph, points: float) -> None:  # noqa: ANN001
    """The paragraph mark's size, which LibreOffice uses for computed field results."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(int(points * 2)))
    rpr.append(size)
    ppr.append(rpr)


def footer(docx, document: Document, stamp: Stamp) -> None:  # noqa: ANN001
    """Page number in the GB/T 9704 style (— 1 —) and the small print tying paper to the record."""
    section = docx.sections[0]
    for later in docx.sections[1:]:
        later.footer.is_linked_to_previous = True
        later.header.is_linked_to_previous = True
    footer = section.footer
    footer.is_linked_to_previous = False
    for p in list(footer._element):
        footer._element.remove(p)
    number = footer.add_paragraph()
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    number.add_run("— ").font.size = Pt(14)
    _field_run(number, "PAGE", 14)
    number.add_run(" —").font.size = Pt(14)
    for run in number.runs:
        run.font.size = Pt(14)
    _mark_size(number, 14)
    small = footer.add_paragraph()
    small.alignment = WD_ALIGN_PARAGRAPH.CENTER
    label = f"{document.title} {document.case_no} · 校验码 {stamp.content_hash[:16]} · 第{stamp.print_no}次打印"
    if stamp.is_copy:
        label += " · 副本"
    small.add_run(label + " · 共")
    _field_run(small, "NUMPAGES", 7)
    small.add_run("页")
    for run in small.runs:
        run.font.size = Pt(7)
    _mark_size(small, 7)
    header = section.header
    header.is_linked_to_previous = False
    for p in list(header._element):
        header._element.remove(p)
    mark = header.add_paragraph()
    mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if stamp.is_copy:
        run = mark.add_run(f"副本（第{stamp.print_no}次打印）")
        run.bold = True
        run.font.size = Pt(14)
