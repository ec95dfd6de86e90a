"""Printing a document of a case: the completeness checks, the template (the office's own when it
passes the checks, else the one the federation published when it passes them, else the built-in
one), the print number and copy mark, the print record with template version and content hash, and
the output as .docx or PDF.

Nothing here touches Qt; long batches take a ``progress(done, total)`` callback and a ``cancel()``
predicate like every other long core operation.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from mediator.documents import fonts, pdf
from mediator.documents.builders import Source, build
from mediator.documents.kinds import KindSpec, spec
from mediator.documents.model import Document
from mediator.domain.states import check_role
from mediator.errors import InputError, MediatorError, ValidationError
from mediator.i18n import field_label, language, t
from mediator.paths import resources_dir
from mediator.services.common import load_case
from mediator.services.context import Actor, Workspace
from mediator.services.fields import beijing_today
from mediator.store.base import utcnow
from mediator.store.models import PrintRecord, PublishedTemplate

if TYPE_CHECKING:
    from mediator.documents.template import Template, TemplateProblem

# python-docx (with lxml) is imported where a document is rendered or a template read, not with this
# module: the desktop client imports it when a case opens, and docx would cost that a tenth of a second.

FORMATS = ("docx", "pdf")


def builtin_template_path(kind: str) -> Path:
    return resources_dir() / "templates" / spec(kind).template_file


def office_template_path(ws: Workspace, kind: str) -> Path:
    """Where an office puts its own version of a template: ``<data dir>/templates/<kind>.docx``."""
    return ws.data_dir / "templates" / spec(kind).template_file


def check_template(template: Template, kind: KindSpec) -> list[TemplateProblem]:
    return list(_checked(template, kind, language()))


@lru_cache(maxsize=64)
def _checked(template: Template, kind: KindSpec, _language: str) -> tuple[TemplateProblem, ...]:
    """Checks are pure in the template's bytes, its name and the language: cached on all three."""
    from mediator.documents.template import check

    return tuple(check(template, fields=kind.fields, blocks=kind.blocks, required=kind.required))


def forget_checked_templates() -> None:
    """Empty the check cache (a sync brought new federation templates: the old ones' bytes go)."""
    _checked.cache_clear()


def federation_template(ws: Workspace, kind: str) -> tuple[Template, str] | None:
    """The template of ``kind`` the federation published, as this office last pulled it, with the
    federation's label for it; None when there is none."""
    from mediator.documents.template import Template

    with ws.read() as session:
        row = session.execute(select(PublishedTemplate.content, PublishedTemplate.version_label).where(
            PublishedTemplate.kind == kind, PublishedTemplate.deleted_at.is_(None))).first()
    if row is None:
        return None
    return Template(spec(kind).template_file, row.content, "federation"), row.version_label


def choose_template(ws: Workspace | None, kind: str) -> tuple[Template, list[str]]:
    """The office's own template when it passes the checks, else the federation's published one
    when it passes them, else the built-in one; the warnings say why a template was passed over."""
    from mediator.documents.template import TemplateError, read_template

    s = spec(kind)
    passed_over: list[tuple[str, str, list]] = []  # (source, how it is named, problems)
    if ws is not None:
        own = office_template_path(ws, kind)
        if own.exists():
            try:
                template = read_template(own, "office")
                problems = check_template(template, s)
            except TemplateError as err:
                problems = err.problems
            if not problems:
                return template, []
            passed_over.append(("office", own.name, problems))
        published = federation_template(ws, kind)
        if published is not None:
            template, label = published
            problems = check_template(template, s)
            if not problems:
                return template, _passed_over_warnings(passed_over, "federation")
            passed_over.append(("federation", f"{template.name} ({label})", problems))
    template = read_template(builtin_template_path(kind), "builtin")
    problems = check_template(template, s)
    if problems:  # a broken built-in template is a defect of this program: say so and stop
        raise TemplateError(problems)
    return template, _passed_over_warnings(passed_over, "builtin")


def _passed_over_warnings(passed_over: list[tuple[str, str, list]], used: str) -> list[str]:
    warnings: list[str] = []
    for source, name, problems in passed_over:
        if source == "federation":
            warnings.append(t("the federation's template {template} was not used because of these problems; the "
                              "built-in template was used instead:", template=name))
        elif used == "federation":
            warnings.append(t("the office's template {template} was not used because of these problems; the "
                              "federation's template was used instead:", template=name))
        else:
            warnings.append(t("the office's template {template} was not used because of these problems; the built-in "
                              "template was used instead:", template=name))
        warnings += [f"  {p}" for p in problems]
    return warnings


@dataclass
class Printed:
    """One printed document and what was recorded about it."""

    kind: str
    case_no: str
    data: bytes
    fmt: str
    print_no: int
    is_copy: bool
    content_hash: str
    template_version: str
    warnings: list[str] = field(default_factory=list)
    path: Path | None = None

    @property
    def file_name(self) -> str:
        """A file name for saving: ``调解协议书-旧城劳调〔2026〕第12号-第2次.docx``."""
        safe = "".join("_" if c in '\\/:*?"<>|' else c for c in self.case_no)
        return f"{spec(self.kind).title}-{safe}-第{self.print_no}次.{self.fmt}"


def prepare(ws: Workspace, case_ref: str, kind: str, *, subject: str | None = None,
            draft: dict[str, Any] | None = None, today: dt.date | None = None) -> Document:
    """The document model (completeness checks run here, raising with the list of what is missing)."""
    s = spec(kind)
    if s.per and not subject:
        raise InputError(t("a {title} is printed for one {per}: say which", title=s.title, per=t(s.per)))
    with ws.read() as session:
        case = load_case(session, ws.office_id, case_ref)
        return build(kind, Source(session, case, today or beijing_today(), subject=subject, draft=draft))


def _print_count(ws: Workspace, case_id, kind: str, subject: str | None) -> int:  # noqa: ANN001
    with ws.read() as session:
        stmt = select(func.count()).select_from(PrintRecord).where(
            PrintRecord.case_id == case_id, PrintRecord.kind == kind, PrintRecord.deleted_at.is_(None))
        stmt = stmt.where(PrintRecord.subject == subject) if subject else stmt.where(PrintRecord.subject.is_(None))
        return session.scalar(stmt) or 0


def print_document(ws: Workspace, actor: Actor, case_ref: str, kind: str, *, fmt: str = "docx",
                   subject: str | None = None, draft: dict[str, Any] | None = None, out: Path | None = None,
                   today: dt.date | None = None) -> Printed:
    """Render, record and (with ``out``) save one document. The print number counts earlier prints
    of the same kind (and subject); any print after the first is marked 副本."""
    from mediator.documents.render import Stamp, render_with_fonts

    check_role("print", actor.role)
    if fmt not in FORMATS:
        raise InputError(t("unknown format “{fmt}”; use docx or pdf", fmt=fmt))
    document = prepare(ws, case_ref, kind, subject=subject, draft=draft, today=today)
    template, warnings = choose_template(ws, kind)
    with ws.read() as session:
        case_id = load_case(session, ws.office_id, case_ref).id
    for _attempt in range(3):
        count = _print_count(ws, case_id, kind, subject)
        stamp = Stamp(document.content_hash(), count + 1, count > 0)
        data, names = render_with_fonts(template, document, stamp)
        lacking = fonts.missing(names)
        if fmt == "pdf":
            data = pdf.to_pdf(data, kind)
        with ws.unit(actor, "print") as uow:
            if _print_count(ws, case_id, kind, subject) != count:
                continue  # printed meanwhile from another window: number again
            note = t("fonts not installed on this machine, substituted: {fonts}", fonts="、".join(f"“{f}”" for f in lacking)) if lacking else None
            record = PrintRecord(office_id=ws.office_id, case_id=case_id, kind=kind,
                                 template_version=template.version, content_hash=stamp.content_hash,
                                 print_no=stamp.print_no, is_copy=stamp.is_copy, printed_at=utcnow(),
                                 subject=subject, output_format=fmt, note=note)
            uow.session.add(record)
            uow.session.flush()
            uow.audit("print", "print_records", record.id, case_id=case_id,
                      changes={"kind": kind, "print_no": stamp.print_no, "copy": stamp.is_copy,
                               "hash": stamp.content_hash[:16], "template": template.version})
        if lacking:
            warnings.append(note)
        printed = Printed(kind, document.case_no, data, fmt, stamp.print_no, stamp.is_copy, stamp.content_hash,
                          template.version, warnings)
        if out is not None:
            printed.path = save(data, out)
        return printed
    raise InputError(t("the document could not be numbered: it is being printed elsewhere at the same time"))


def print_many(ws: Workspace, actor: Actor, case_refs: list[str], kind: str, folder: Path, *, fmt: str = "docx",
               progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> tuple[list[Printed], list[tuple[str, str]]]:
    """Print ``kind`` for each case into ``folder``; a case that cannot be printed is listed with the
    reason and does not stop the others. Returns the printed documents and the (case, reason) pairs."""
    if fmt == "pdf" and not pdf.available():
        pdf.to_pdf(b"")  # raises the "install LibreOffice" error before anything is printed
    done: list[Printed] = []
    failed: list[tuple[str, str]] = []
    for i, ref in enumerate(case_refs):
        if cancel and cancel():
            break
        try:
            printed = print_document(ws, actor, ref, kind, fmt=fmt)
            printed.path = save(printed.data, free_path(folder / printed.file_name))
            done.append(printed)
        except ValidationError as err:  # what is missing, in the user's words
            failed.append((ref, "；".join(f"{field_label(p.field)}：{p.message}" for p in err.problems)))
        except MediatorError as err:  # bad input, or LibreOffice failing on this one document
            failed.append((ref, str(err)))
        if progress:
            progress(i + 1, len(case_refs))
    return done, failed


def free_path(path: Path) -> Path:
    """``path``, or ``name (2).docx`` … when a file of that name is already there."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    return candidate


def save(data: bytes, path: Path) -> Path:
    """Write through a temporary file and rename, so a full disk never leaves half a document."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path


def print_history(ws: Workspace, case_ref: str) -> list[dict[str, Any]]:
    """Every print of the case, newest first."""
    with ws.read() as session:
        case = load_case(session, ws.office_id, case_ref)
        rows = session.scalars(select(PrintRecord).where(PrintRecord.case_id == case.id, PrintRecord.deleted_at.is_(None))
                               .order_by(PrintRecord.printed_at.desc()))
        return [{"kind": r.kind, "title": spec(r.kind).title if r.kind in _kinds() else r.kind, "print_no": r.print_no,
                 "is_copy": r.is_copy, "printed_at": r.printed_at, "content_hash": r.content_hash,
                 "template_version": r.template_version, "subject": r.subject, "format": r.output_format,
                 "note": r.note, "by": r.updated_by} for r in rows]


def _kinds() -> set[str]:
    from mediator.documents.kinds import KINDS

    return set(KINDS)
