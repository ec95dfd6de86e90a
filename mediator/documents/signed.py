"""Signed copies and other scans attached to a case (一案一卷): checking that a file is an image or
a PDF by its first bytes, storing it once under ``<data dir>/attachments/<sha256[:2]>/<sha256><suffix>``
(written to a temporary file, then renamed), the ``Attachment`` row with its audit event, and
whether the case has its signed agreement on file with the hash recorded when it was attached."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.states import check_role, check_transition
from mediator.errors import InputError
from mediator.i18n import t
from mediator.services.common import load_case, load_for
from mediator.services.context import Actor, Workspace
from mediator.store.models import Attachment

ATTACHMENT_KINDS = ("signed_agreement", "evidence", "other")
MAX_BYTES = 50 * 1024 * 1024
FOLDER = "attachments"
CHUNK = 1024 * 1024

# content type → (suffixes it may carry, signatures its first bytes start with)
TYPES: dict[str, tuple[tuple[str, ...], tuple[bytes, ...]]] = {
    "PDF": ((".pdf",), (b"%PDF-",)),
    "PNG": ((".png",), (b"\x89PNG\r\n\x1a\n",)),
    "JPEG": ((".jpg", ".jpeg"), (b"\xff\xd8\xff",)),
    "TIFF": ((".tif", ".tiff"), (b"II*\x00", b"MM\x00*")),
}
SUFFIXES = tuple(s for suffixes, _ in TYPES.values() for s in suffixes)


@dataclass(frozen=True)
class Attached:
    """An attachment of a case; ``duplicate`` when this very file was already attached to it."""

    id: uuid.UUID
    case_no: str
    kind: str
    filename: str
    sha256: str
    size: int
    stored_path: Path  # absolute
    note: str | None
    attached_at: dt.datetime
    attached_by: str | None
    duplicate: bool = False


def content_type(head: bytes) -> str | None:
    """``PDF``, ``PNG``, ``JPEG`` or ``TIFF`` from a file's first bytes; None for anything else."""
    return next((name for name, (_, magic) in TYPES.items() if any(head.startswith(m) for m in magic)), None)


def check_file(path: Path) -> tuple[str, int]:
    """The lower-case suffix and size of a file that may be attached; else InputError naming it."""
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(t("{file}: no such file", file=name)) from None
    except OSError as err:
        raise InputError(t("{file}: cannot be read: {error}", file=name, error=err.strerror or str(err))) from None
    if path.is_dir():
        raise InputError(t("{file}: is a folder, not a file", file=name))
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(t("{file}: only scans may be attached: an image (PNG, JPEG, TIFF) or a PDF",
                           file=name))
    if info.st_size == 0:
        raise InputError(t("{file}: the file is empty", file=name))
    if info.st_size > MAX_BYTES:
        raise InputError(t("{file}: the file is {size} MB; at most {limit} MB may be attached",
                           file=name, size=f"{info.st_size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024))
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as err:
        raise InputError(t("{file}: cannot be read: {error}", file=name, error=err.strerror or str(err))) from None
    found = content_type(head)
    expected = next(kind for kind, (suffixes, _) in TYPES.items() if suffix in suffixes)
    if found is None:
        raise InputError(t("{file}: the content is not a {kind} file, whatever its name says; it may be damaged",
                           file=name, kind=expected))
    if found != expected:
        raise InputError(t("{file}: the name says {expected} but the content is {found}; rename it to match",
                           file=name, expected=expected, found=found))
    return suffix, info.st_size


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _store(ws: Workspace, source: Path, suffix: str) -> tuple[str, int, Path]:
    """Copy ``source`` into the attachment store; its SHA-256, size and the stored path. A file
    already stored with the right content is kept; a damaged or missing one is written again."""
    root = ws.data_dir / FOLDER
    root.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    fd, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=root)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                if size > MAX_BYTES:  # grew since it was checked
                    raise InputError(t("{file}: the file is {size} MB; at most {limit} MB may be attached", file=str(source),
                                       size=f"{size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024))
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = root / sha[:2] / f"{sha}{suffix}"
        if target.exists() and target.stat().st_size == size and file_hash(target) == sha:
            temp.unlink()
        else:
            target.parent.mkdir(exist_ok=True)
            os.replace(temp, target)
        return sha, size, target
    except OSError as err:
        raise InputError(t("{file}: cannot be read: {error}", file=str(source), error=err.strerror or str(err))) from None
    finally:
        temp.unlink(missing_ok=True)


def _attached(row: Attachment, case_no: str, data_dir: Path, duplicate: bool = False) -> Attached:
    return Attached(row.id, case_no, row.kind, row.filename, row.sha256, row.size, data_dir / row.stored_path, row.note,
                    row.updated_at, row.updated_by, duplicate)


def attach_file(ws: Workspace, actor: Actor, case_ref: str, path: Path | str, kind: str = "signed_agreement",
                note: str | None = None) -> Attached:
    """Attach the scan at ``path`` to the case. The same file attached to the case again is not
    stored twice: the existing attachment comes back with ``duplicate`` set (and its stored copy
    is restored if it went missing)."""
    check_role("attach", actor.role)
    if kind not in ATTACHMENT_KINDS:
        raise InputError(t("unknown attachment kind “{kind}”; use one of {kinds}", kind=kind,
                           kinds=", ".join(ATTACHMENT_KINDS)))
    source = Path(path)
    with ws.read() as session:  # a wrong case or a closed file is refused before anything is copied
        case = load_case(session, ws.office_id, case_ref)
        check_transition("attach", case.status, closed=case.closed_on is not None, case_no=case.case_no)
    suffix, _size = check_file(source)
    sha, size, stored = _store(ws, source, suffix)
    relative = stored.relative_to(ws.data_dir).as_posix()
    note = note.strip() if note and note.strip() else None
    with ws.unit(actor, "attach") as uow:
        case = load_for(uow, case_ref, "attach")
        existing = uow.session.scalar(select(Attachment).where(
            Attachment.case_id == case.id, Attachment.sha256 == sha, Attachment.deleted_at.is_(None)))
        if existing is not None:
            return _attached(existing, case.case_no, ws.data_dir, duplicate=True)
        row = Attachment(office_id=case.office_id, case_id=case.id, kind=kind, filename=source.name[:255], sha256=sha,
                         size=size, stored_path=relative, note=note)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("attach", "attachments", row.id, case_id=case.id,
                  changes={"kind": kind, "file": row.filename, "sha256": sha, "size": size})
        return _attached(row, case.case_no, ws.data_dir)


def attachments(ws: Workspace, case_ref: str | uuid.UUID) -> list[Attached]:
    """The case's attachments, oldest first."""
    with ws.read() as session:
        case = load_case(session, ws.office_id, case_ref)
        return [_attached(row, case.case_no, ws.data_dir) for row in _rows(session, case.id)]


def _rows(session: Session, case_id: uuid.UUID, kind: str | None = None) -> list[Attachment]:
    stmt = select(Attachment).where(Attachment.case_id == case_id, Attachment.deleted_at.is_(None))
    if kind:
        stmt = stmt.where(Attachment.kind == kind)
    return list(session.scalars(stmt.order_by(Attachment.id)))


_verified: dict[tuple[str, int, int], str] = {}  # (path, size, mtime) → hash, so a view does not rehash


def intact(item: Attached) -> bool:
    """Whether the stored file still exists with the hash recorded when it was attached."""
    try:
        info = item.stored_path.stat()
    except OSError:
        return False
    if info.st_size != item.size:
        return False
    key = (str(item.stored_path), info.st_size, info.st_mtime_ns)
    if key not in _verified:
        try:
            _verified[key] = file_hash(item.stored_path)
        except OSError:
            return False
    return _verified[key] == item.sha256


def signed_copy_on_file(ws: Workspace, case_ref: str | uuid.UUID) -> bool:
    """Whether a signed agreement is attached to the case and its stored file is intact."""
    return any(intact(item) for item in attachments(ws, case_ref) if item.kind == "signed_agreement")
