"""Document commands: ``doc`` (list what a case can print now, or print one document to .docx or
PDF with its print number, 副本 mark and hash), ``template check`` (an office's own template against
its kind's placeholders) and ``attach`` (a scanned signed agreement or other evidence)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import uuid
from pathlib import Path

from mediator.cli import output
from mediator.cli.auth import signed_in
from mediator.documents import pdf
from mediator.documents.available import Printable, printable
from mediator.documents.kinds import KINDS, KindSpec, spec
from mediator.documents.printing import FORMATS, Printed, check_template, print_document
from mediator.documents.signed import ATTACHMENT_KINDS, Attached, attach_file
from mediator.documents.template import read_template
from mediator.errors import InputError, MediatorError
from mediator.i18n import t
from mediator.services.fields import SHANGHAI

SUFFIX_FORMATS = {f".{fmt}": fmt for fmt in FORMATS}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("doc", parents=[common], help=t("list the documents a case can print now, or print one"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--kind", metavar="KIND", help=t("the document to print: {kinds}", kinds=", ".join(KINDS)))
    p.add_argument("--out", metavar="FILE", help=t("write it to this new file (.docx or .pdf), or into this folder"))
    p.add_argument("--subject", metavar="ID", help=t("which hearing, visit or served document (kinds printed per item)"))
    p.add_argument("--format", choices=FORMATS, help=t("docx or pdf (default: from the suffix of --out)"))
    p.add_argument("--json", action="store_true", help=t("print JSON"))
    p.set_defaults(func=cmd_doc)

    template = commands.add_parser("template", help=t("check a document template before an office uses it"))
    actions = template.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    p = actions.add_parser("check", parents=[common], help=t("check a .docx template's placeholders and tags"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", metavar="KIND", help=t("the document it is for (default: from the file name, e.g. agreement.docx)"))
    p.set_defaults(func=cmd_template_check)

    p = commands.add_parser("attach", parents=[common], help=t("attach a scan (the signed agreement, evidence) to a case"))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("file", metavar="FILE", help=t("an image (PNG, JPEG, TIFF) or a PDF, at most 50 MB"))
    p.add_argument("--kind", default="signed_agreement", metavar="KIND",
                   help=t("{kinds} (default: signed_agreement)", kinds=", ".join(ATTACHMENT_KINDS)))
    p.add_argument("--note", metavar="TEXT", help=t("a note kept with the file"))
    p.set_defaults(func=cmd_attach)


# ---- doc -------------------------------------------------------------------------------------

def cmd_doc(args: argparse.Namespace) -> int:
    if args.kind is None:
        if args.out or args.subject or args.format:
            raise InputError(t("--out, --subject and --format need --kind: say which document to print"))
        with signed_in(args) as (ws, _actor):
            items = printable(ws, args.case_no)
        show_printable(items, args.case_no, args.json)
        return 0
    kind = spec(args.kind)
    if not args.out:
        raise InputError(t("say where to write the document with --out FILE"))
    target, folder, fmt = output_target(Path(args.out).expanduser(), args.format)
    if fmt == "pdf" and not pdf.available():
        raise pdf.ConversionError(t("LibreOffice is not installed, so no PDF can be made; install LibreOffice "
                                    "or save the document as .docx"))
    with signed_in(args) as (ws, actor):
        choices = [p for p in printable(ws, args.case_no) if p.kind == kind.kind]
        subject = choose_subject(kind, args.subject, choices)
        if kind.per and subject is None:
            return 2
        printed = write_document(folder, target, lambda: print_document(ws, actor, args.case_no, kind.kind, fmt=fmt,
                                                                          subject=subject))
    for line in printed.warnings:
        if line.startswith(" "):  # the problems listed under the warning before
            print(line, file=sys.stderr)
        else:
            output.warn(line)
    if args.json:
        output.emit_json({"kind": printed.kind, "title": kind.title, "case_no": printed.case_no, "file": str(printed.path),
                          "format": printed.fmt, "print_no": printed.print_no, "copy": printed.is_copy,
                          "content_hash": printed.content_hash, "template": printed.template_version,
                          "warnings": printed.warnings})
    else:
        values = {"title": kind.title, "file": str(printed.path), "n": printed.print_no, "hash": printed.content_hash}
        print(t("Wrote {title} to {file}: print no. {n}, 副本 (a copy), hash {hash}", **values) if printed.is_copy
              else t("Wrote {title} to {file}: print no. {n}, hash {hash}", **values))
    return 0


def show_printable(items: list[Printable], case_no: str, as_json: bool) -> None:
    if as_json:
        output.emit_json([{"kind": p.kind, "title": p.title, "subject": p.subject, "subject_label": p.subject_label,
                           "printed": p.printed} for p in items])
        return
    output.table([t("Kind"), t("Document"), t("Subject"), t("Details"), t("Printed")],
                 [[p.kind, p.title, p.subject or "", p.subject_label, p.printed] for p in items], right=(4,))
    print(t("Print one with: mediator doc {case_no} --kind KIND --out FILE (and --subject ID where a subject is listed)",
            case_no=case_no))


def choose_subject(kind: KindSpec, given: str | None, choices: list[Printable]) -> str | None:
    """The subject to print for; None (after listing the choices on standard error) when a kind
    printed per item was asked for without one."""
    if not kind.per:
        if given:
            raise InputError(t("a {title} is printed once per case: leave out --subject", title=kind.title))
        return None
    subjects = [c.subject for c in choices if c.subject]
    if not subjects:
        raise InputError(t("no {title} can be printed for this case yet", title=kind.title))
    if given:
        given = given.strip()
        matches = [s for s in subjects if s == given] or [s for s in subjects if s.startswith(given)]
        if len(matches) == 1:
            return matches[0]
        print(t("error: {message}", message=t("“{subject}” is not one of the subjects of a {title} in this case; "
                                               "choose one of:", subject=given, title=kind.title)), file=sys.stderr)
    else:
        print(t("error: {message}", message=t("a {title} is printed for one {per}: say which with --subject; "
                                               "choose one of:", title=kind.title, per=t(kind.per))), file=sys.stderr)
    with contextlib.redirect_stdout(sys.stderr):
        output.table([t("Subject"), t("Details"), t("Printed")], [[c.subject, c.subject_label, c.printed] for c in choices],
                     right=(2,))
    return None


def output_target(out: Path, fmt: str | None) -> tuple[Path | None, Path, str]:
    """(the file to write, or None to name it after the document; its folder; the format)."""
    if out.is_dir():
        return None, out, fmt or "docx"
    by_suffix = SUFFIX_FORMATS.get(out.suffix.lower())
    if fmt and by_suffix and fmt != by_suffix:
        raise InputError(t("{file} ends in {suffix} but --format is {fmt}", file=str(out), suffix=out.suffix, fmt=fmt))
    if not by_suffix:
        if not fmt:
            raise InputError(t("{file}: cannot tell the format; end the name in .docx or .pdf, or give --format",
                               file=str(out)))
        out = out.with_name(f"{out.name}.{fmt}")
    if out.exists():
        raise InputError(t("{file} already exists; choose another name", file=str(out)))
    return out, out.parent, fmt or by_suffix


def write_document(folder: Path, target: Path | None, make) -> Printed:  # noqa: ANN001 - make() -> Printed
    """Print (``make``) and write the result without ever leaving a half-written file: the folder
    is checked for writing before anything is printed, the bytes go to a temporary file renamed
    into place, and an existing file is never replaced."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f".mediator-{uuid.uuid4().hex}.part"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as err:
        raise MediatorError(t("{file}: cannot be written: {error}", file=str(target or folder),
                              error=err.strerror or str(err))) from None
    try:
        with os.fdopen(fd, "wb") as f:
            printed = make()
            f.write(printed.data)
            f.flush()
            os.fsync(f.fileno())
        final = target or folder / printed.file_name
        if final.exists():
            raise InputError(t("{file} already exists; choose another name", file=str(final)))
        os.replace(temp, final)
        printed.path = final
        return printed
    except OSError as err:
        raise MediatorError(t("{file}: cannot be written: {error}", file=str(target or folder),
                              error=err.strerror or str(err))) from None
    finally:
        temp.unlink(missing_ok=True)


# ---- template check --------------------------------------------------------------------------

def cmd_template_check(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    kind_name = args.kind or (path.stem if path.stem in KINDS else None)
    if kind_name is None:
        raise InputError(t("{file}: cannot tell which document this template is for from its name; give --kind "
                           "(one of {kinds})", file=str(path), kinds=", ".join(KINDS)))
    kind = spec(kind_name)
    if not path.exists():
        raise InputError(t("{file}: no such file", file=str(path)))
    if path.is_dir():
        raise InputError(t("{file}: is a folder, not a file", file=str(path)))
    problems = check_template(read_template(path, "file"), kind)
    if problems:
        for problem in problems:
            print(t("error: {message}", message=problem.message), file=sys.stderr)
        print(t("{n} problem(s): {file} cannot be used for the {title}; until it is fixed, the built-in template is used",
                n=len(problems), file=path.name, title=kind.title), file=sys.stderr)
        return 2
    print(t("OK: {file} can be used as the template of the {title} ({kind})", file=path.name, title=kind.title,
            kind=kind.kind))
    return 0


# ---- attach ----------------------------------------------------------------------------------

def cmd_attach(args: argparse.Namespace) -> int:
    with signed_in(args) as (ws, actor):
        item = attach_file(ws, actor, args.case_no, Path(args.file).expanduser(), kind=args.kind, note=args.note)
    print(attached_line(item, args.file))
    return 0


def attached_line(item: Attached, shown: str) -> str:
    kind = output.name("attachment", item.kind)
    if item.duplicate:
        when = item.attached_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        return t("{file} is already attached to case {case_no} (as {kind}, {when}); nothing was added",
                 file=shown, case_no=item.case_no, kind=kind, when=when)
    return t("Attached {file} to case {case_no} as {kind}: {size}, SHA-256 {hash}", file=shown, case_no=item.case_no,
             kind=kind, size=human_size(item.size), hash=item.sha256)


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
