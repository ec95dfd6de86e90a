"""Reading workers pasted from a spreadsheet (Excel and WPS copy cells as tab-separated lines).

``read_workers`` turns the clipboard text into worker dicts. A first row of column headings
(姓名, 身份证号码, 电话 … or their English names) is recognised and decides which column is which, in
any order; without headings the columns are taken in the table's order from the column the
user pasted into. A row with too many or too few columns is reported by its line number in the
pasted text and nothing is pasted, so a bad paste never leaves a half-filled list.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

WORKER_FIELDS = ("name", "id_number", "phone", "address", "job", "is_representative")

HEADINGS = {
    "name": ("姓名", "名字", "职工姓名", "员工姓名", "申请人", "name", "worker", "full name"),
    "id_number": ("身份证号", "身份证号码", "身份证", "证件号码", "公民身份号码", "id", "id number", "id no", "id_number"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系电话", "联系方式", "phone", "mobile", "telephone", "tel"),
    "address": ("住址", "地址", "家庭住址", "现住址", "户籍地址", "address"),
    "job": ("岗位", "工种", "职务", "职位", "job", "position", "post"),
    "is_representative": ("代表", "代表人", "是否代表", "是否代表人", "推选代表", "representative", "rep"),
}
_BY_HEADING = {h: f for f, names in HEADINGS.items() for h in names}
YES = {"是", "y", "yes", "1", "√", "✓", "✔", "代表", "代表人", "true", "x", "☑"}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


@dataclass
class PastedWorkers:
    workers: list[dict[str, object]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    had_headings: bool = False


def _heading(cell: str) -> str:
    return re.sub(r"[\s:：*＊]", "", cell).lower() if cell else ""


def _heading_field(cell: str) -> str | None:
    key = _heading(cell)
    return _BY_HEADING.get(key) or _BY_HEADING.get(cell.strip().lower())


def is_table_text(text: str) -> bool:
    """True for several cells (tabs or several lines); a single value pastes into one cell."""
    return "\t" in text or "\n" in text.strip("\r\n")


def is_yes(value: str) -> bool:
    return value.strip().lower() in YES


def read_workers(text: str, first_column: int = 0) -> PastedWorkers:
    """Workers from tab-separated ``text``; ``first_column`` is where the paste started."""
    lines = [(n, row) for n, row in enumerate(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"), 1)]
    lines = [(n, [c.strip() for c in row]) for n, row in lines if any(c.strip() for c in row)]
    result = PastedWorkers()
    if not lines:
        return result
    first_no, first = lines[0]
    mapped = [_heading_field(c) for c in first]
    if any(mapped):
        result.had_headings = True
        columns, lines = mapped, lines[1:]
        width, reference = len(first), first_no
    else:
        available = len(WORKER_FIELDS) - first_column
        columns = list(WORKER_FIELDS[first_column:first_column + len(first)])
        width, reference = len(first), first_no
        if width > available:
            result.problems.append(
                tr("Row {row} has {n} columns but the worker table has only {max} from the column pasted into "
                   "(name, ID number, phone, address, job, representative)").format(row=first_no, n=width, max=available))
            return result
    for number, cells in lines:
        if len(cells) != width:
            if len(cells) > width:
                message = tr("Row {row} has {n} columns, more than the {width} of row {ref}")
            else:
                message = tr("Row {row} has {n} columns, fewer than the {width} of row {ref}")
            result.problems.append(message.format(row=number, n=len(cells), width=width, ref=reference))
            continue
        worker: dict[str, object] = {}
        for column, value in zip(columns, cells, strict=True):
            if column == "is_representative":
                worker[column] = is_yes(value)
            elif column:
                worker[column] = value
        result.workers.append(worker)
    if result.problems:
        result.workers = []
    return result
