"""The federation's document templates, published downward: checking and publishing a .docx at
central (``mediator central publish-template URL KIND FILE``) and what a node does when a pull
brings one.

Central: a template is checked exactly as ``mediator template check`` checks an office's own (the
placeholders of its kind, required ones present, none split across Word runs, tags well formed);
a file with any problem is refused naming it and every problem, and nothing is written. A good one
becomes the kind's row of ``published_templates`` (``office_id`` NULL: meant for every office),
written by ``reference.publish_rows`` in one central transaction: the first publication of a kind
inserts it, a new file for the kind replaces the content with the next ``row_version``, the same
file with the same label changes nothing. ``dry_run`` runs the transaction and rolls it back.

Node: pulled rows land in the local table like the other federation rows (not journalled, never
pushed). Printing reads them there (``documents.printing.choose_template``: the office's own file
first, then the federation's, then the built-in template; each only when it passes this program's
checks), so nothing is written to the data directory. After a page that brought templates, the
template check cache is emptied (``arrived``): checks are cached by content, so this frees the
replaced templates' bytes rather than correcting anything.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from mediator.documents.kinds import spec
from mediator.errors import InputError
from mediator.i18n import t
from mediator.store.base import utcnow
from mediator.sync import admin
from mediator.sync.central_schema import build_metadata
from mediator.sync.pull_read import Pulled
from mediator.sync.reference import publish_rows

TABLE = "published_templates"
MAX_BYTES = 10 * 1024 * 1024  # a letterhead image or two; every office pulls the whole file
LABEL_LENGTH = 100


@dataclass(frozen=True)
class Checked:
    """A template file that passed the checks for its kind, ready to publish."""

    kind: str
    file: str
    data: bytes
    label: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class TemplatePublished:
    kind: str
    label: str
    sha256: str
    version: int  # the row's row_version at central (what it would be, after a dry run)
    changed: bool  # False: central already had this very file under this label
    dry_run: bool = False

    def summary(self) -> str:
        what = t("template of the {title} ({kind}) “{label}”, version {version}, SHA-256 {sha}",
                 title=spec(self.kind).title, kind=self.kind, label=self.label, version=self.version,
                 sha=self.sha256[:12])
        if not self.changed:
            return t("unchanged: the central store already has this {what}", what=what)
        if self.dry_run:
            return t("checked, nothing published: {what}", what=what)
        return t("published: {what}; offices receive it at their next sync", what=what)


def check_file(kind: str, path: str | Path, label: str | None = None) -> Checked:
    """Read ``path`` and run the template checks of ``kind``; InputError naming the file and every
    problem when it cannot be published."""
    from mediator.documents.printing import check_template
    from mediator.documents.template import TemplateError, read_template

    kind_spec = spec(kind)  # an unknown kind is refused, naming the known ones
    file = Path(path).expanduser()
    if not file.exists():
        raise InputError(t("{file}: no such file", file=str(file)))
    if file.is_dir():
        raise InputError(t("{file}: is a folder, not a file", file=str(file)))
    if file.stat().st_size > MAX_BYTES:
        raise InputError(t("{file}: {size} MB is too large for a template (at most {limit} MB)", file=str(file),
                           size=f"{file.stat().st_size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024))
    label = (label if label is not None else file.name).strip()
    if not label or len(label) > LABEL_LENGTH:
        raise InputError(t("--label: is required (at most {n} characters)", n=LABEL_LENGTH))
    try:
        template = read_template(file, "file")
        problems = check_template(template, kind_spec)
    except TemplateError as err:
        problems = err.problems
    if problems:
        raise InputError("\n".join([t("{file} cannot be published as the template of the {title} ({kind}): "
                                      "{n} problem(s); nothing was published", file=str(file),
                                      title=kind_spec.title, kind=kind, n=len(problems))]
                                   + [f"  {p}" for p in problems]))
    return Checked(kind, str(file), template.data, label)


def publish_template(engine: Engine, checked: Checked, *, dry_run: bool = False) -> TemplatePublished:
    """Write ``checked`` as its kind's row at central, in one transaction (rolled back with ``dry_run``)."""
    admin.read_meta(engine)  # a store never initialised: say so, not a missing-table error
    tables = build_metadata(engine.dialect.name == "postgresql").tables
    table = tables[TABLE]
    with engine.connect() as conn:
        trans = conn.begin()
        try:
            found = conn.execute(select(table.c.sha256, table.c.version_label, table.c.row_version,
                                        table.c.deleted_at).where(table.c.kind == checked.kind)).first()
            same = (found is not None and found.deleted_at is None and found.sha256 == checked.sha256
                    and found.version_label == checked.label)
            if not same:
                publish_rows(conn, tables, TABLE, [{
                    "kind": checked.kind, "version_label": checked.label, "sha256": checked.sha256,
                    "content": checked.data, "published_at": utcnow(), "deleted_at": None}])
            version = conn.execute(select(table.c.row_version).where(table.c.kind == checked.kind)).scalar_one()
        except BaseException:
            trans.rollback()
            raise
        if dry_run:
            trans.rollback()
        else:
            trans.commit()
    return TemplatePublished(checked.kind, checked.label, checked.sha256, version, not same, dry_run)


def arrived(pulled: Pulled) -> bool:
    """After a pull page was applied: when it brought templates, empty the template check cache."""
    if not pulled.rows.get(TABLE):
        return False
    from mediator.documents.printing import forget_checked_templates

    forget_checked_templates()
    return True
