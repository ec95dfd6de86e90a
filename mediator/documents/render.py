"""Rendering a :class:`~mediator.documents.model.Document` into a template with python-docx: fields,
blocks and conditions filled, East-Asian fonts set on every run; the page, header and footer are
``mediator.documents.page``'s."""

from __future__ import annotations

import copy
import io
import re

from docx import Document as open_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from mediator.documents.model import Block, Document, Para, Table
from mediator.documents.page import Stamp, footer, layout
from mediator.documents.template import (
    IF_TAG,
    PLACEHOLDER,
    TAG,
    W_P,
    W_R,
    W_T,
    W_TC,
    Template,
    paragraph_text,
    parts,
)

BODY_FONT, TITLE_FONT, LATIN_FONT = "仿宋", "宋体", "Times New Roman"
ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
RPR, RFONTS = qn("w:rPr"), qn("w:rFonts")
EAST_ASIA = qn("w:eastAsia")
FONT_ATTRS = (EAST_ASIA, qn("w:ascii"), qn("w:hAnsi"))
XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(template: Template, document: Document, stamp: Stamp) -> bytes:
    """The filled .docx as bytes."""
    return render_with_fonts(template, document, stamp)[0]


def render_with_fonts(template: Template, document: Document, stamp: Stamp) -> tuple[bytes, set[str]]:
    """The filled .docx as bytes, and the fonts its text names (see :func:`fonts_used`)."""
    docx = template.open()
    for root in parts(docx):
        _conditions(root, document)
        _blocks(docx, root, document)
        _fields(root, document)
    if document.annex:
        _annex(docx, document.annex)
    layout(docx)
    footer(docx, document, stamp)
    names = _fonts(docx)
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue(), names


def clean(text: str) -> str:
    """Text Word accepts: XML-invalid control characters dropped (tabs and newlines kept)."""
    return XML_INVALID.sub("", text)


def _conditions(root, document: Document) -> None:  # noqa: ANN001
    for container in [root] + list(root.iter(W_TC)):
        stack: list[bool] = []  # whether the enclosing sections are kept
        for child in list(container):
            tag = TAG.fullmatch(paragraph_text(child).strip()) if child.tag == W_P else None
            if tag and (m := IF_TAG.fullmatch(tag.group(1))):
                keep = document.has(m.group(2)) != bool(m.group(1))
                stack.append(keep and all(stack))
                container.remove(child)
            elif tag and tag.group(1) == "endif" and stack:
                stack.pop()
                container.remove(child)
            elif stack and not stack[-1]:
                container.remove(child)


def _blocks(docx, root, document: Document) -> None:  # noqa: ANN001
    for p in list(root.iter(W_P)):
        m = PLACEHOLDER.fullmatch(paragraph_text(p).strip())
        if not (m and m.group(1)):
            continue
        for block in document.blocks.get(m.group(2), []):
            p.addprevious(_table(docx, block, p) if isinstance(block, Table) else _para(block, p))
        p.getparent().remove(p)


def _para(block: Para, model) -> OxmlElement:  # noqa: ANN001 - model: the placeholder's w:p
    """A paragraph with the placeholder paragraph's properties and its first run's format."""
    p = OxmlElement("w:p")
    ppr = model.find(qn("w:pPr"))
    if ppr is not None:
        p.append(copy.deepcopy(ppr))
    para = Paragraph(p, None)
    para.alignment = ALIGN[block.align]
    fmt = para.paragraph_format
    fmt.first_line_indent = Pt(32) if block.indent and block.align == "justify" else Pt(0)
    if block.keep_with_next:
        fmt.keep_with_next = True
    first = model.find(qn("w:r"))
    for i, line in enumerate(clean(block.text).split("\n")):
        r = OxmlElement("w:r")
        rpr = first.find(qn("w:rPr")) if first is not None else None
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        if i:
            r.append(OxmlElement("w:br"))
        _append_text(r, line)
        p.append(r)
        run = Run(r, para)
        if block.bold:
            run.bold = True
        if block.size_pt:
            run.font.size = Pt(block.size_pt)
    return p


def _table(docx, block: Table, model) -> OxmlElement:  # noqa: ANN001
    cols = max(len(r) for r in block.rows) if block.rows else 1
    table = docx.add_table(rows=len(block.rows), cols=cols)
    table.style = docx.styles["Table Grid"] if "Table Grid" in [s.name for s in docx.styles] else None
    for i, row in enumerate(block.rows):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            para = cell.paragraphs[0]
            para.paragraph_format.first_line_indent = Pt(0)
            para.paragraph_format.line_spacing = Pt(20)
            run = para.add_run(clean(text))
            run.font.size = Pt(block.size_pt)
            if block.header and i == 0:
                run.bold = True
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if block.widths_mm:
        table.autofit = False
        grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
        for j, width in enumerate(block.widths_mm[:cols]):
            grid[j].set(qn("w:w"), str(int(Mm(width).twips)))  # LibreOffice lays out by the grid
            for cell in table.columns[j].cells:
                cell.width = Mm(width)
    if block.header:
        trpr = table.rows[0]._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:tblHeader"))  # repeated on every page
    else:
        _keep_together(table)
    tbl = table._tbl
    tbl.getparent().remove(tbl)
    return tbl


def _keep_together(table) -> None:  # noqa: ANN001
    """A form (a table without a header row, such as one recipient's proof of service) is kept on
    one page: no row breaks across pages and every row but the last keeps with the next."""
    rows = table.rows
    for i, row in enumerate(rows):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if i < len(rows) - 1:
            for cell in row.cells:
                for para in cell.paragraphs:
                    para.paragraph_format.keep_with_next = True


def _append_text(r, text: str) -> None:  # noqa: ANN001
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    r.append(node)


def _fields(root, document: Document) -> None:  # noqa: ANN001
    values = document.fields
    for node in list(root.iter(W_T)):
        text = node.text or ""
        if "{{" not in text:
            continue
        filled = PLACEHOLDER.sub(lambda m: clean(values.get(m.group(2), "")) if not m.group(1) else "", text)
        lines = filled.split("\n")
        node.text = lines[0]
        node.set(qn("xml:space"), "preserve")
        anchor = node
        for line in lines[1:]:  # a multi-line value: line breaks inside the same run
            br = OxmlElement("w:br")
            anchor.addnext(br)
            t = OxmlElement("w:t")
            t.text = line
            t.set(qn("xml:space"), "preserve")
            br.addnext(t)
            anchor = t


def _annex(docx, blocks: list[Block]) -> None:  # noqa: ANN001
    body_model = docx.paragraphs[-1]._p if docx.paragraphs else OxmlElement("w:p")
    docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    sect = docx.element.body.find(qn("w:sectPr"))
    for block in blocks:
        element = _table(docx, block, body_model) if isinstance(block, Table) else _para(block, body_model)
        sect.addprevious(element) if sect is not None else docx.element.body.append(element)


def _fonts(docx) -> set[str]:  # noqa: ANN001
    """Every run names its East-Asian font (``w:eastAsia``), else Word and WPS substitute their own.
    Returns the fonts the text names."""
    for rpr in docx.styles.element.iter(RPR):
        _set_fonts(rpr)
    names: set[str] = set()
    for root in parts(docx):
        for r in root.iter(W_R):
            rpr = r.find(RPR)
            fonts = _set_fonts(r.get_or_add_rPr() if rpr is None else rpr)
            names.update(fonts.get(attr) for attr in FONT_ATTRS)
    return names


def _set_fonts(rpr):  # noqa: ANN001, ANN202
    fonts = rpr.find(RFONTS)
    if fonts is None:
        fonts = rpr.get_or_add_rFonts()  # python-docx keeps the schema's element order
    if not fonts.get(EAST_ASIA):
        fonts.set(EAST_ASIA, BODY_FONT)
    for attr in FONT_ATTRS[1:]:
        if not fonts.get(attr):
            fonts.set(attr, LATIN_FONT)
    return fonts


def fonts_used(data: bytes) -> set[str]:
    """The East-Asian and Latin fonts the text of a rendered document uses (every run names its own,
    so styles that no text uses, such as python-docx's Courier "Macro Text", do not count)."""
    docx = open_docx(io.BytesIO(data))
    names: set[str] = set()
    for root in parts(docx):
        for fonts in root.iter(qn("w:rFonts")):
            for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
                if fonts.get(qn(attr)):
                    names.add(fonts.get(qn(attr)))
    return names

