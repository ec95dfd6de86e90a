"""The neutral document model: what a printed document says, independent of any template.

A builder (``mediator.documents.builders``) fills a :class:`Document` from the case; a template
(``mediator.documents.template``) decides where each part goes on the page. ``fields`` fill the
``{{name}}`` placeholders, ``blocks`` replace whole ``{{#name}}`` paragraphs with generated
paragraphs and tables, and ``{% if name %}`` sections are kept when ``fields[name]`` or
``blocks[name]`` is non-empty. The content hash covers exactly this model, so paper can be tied back
to the record whatever the template looked like.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Para:
    """One generated paragraph. ``indent`` is the two-character first-line indent of body text."""

    text: str
    align: str = "justify"  # justify | left | center | right
    bold: bool = False
    indent: bool = True
    size_pt: float | None = None
    keep_with_next: bool = False


@dataclass(frozen=True)
class Table:
    """A generated table: ``rows`` of cell texts; the first row is a header when ``header``."""

    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...] = ()
    header: bool = False
    size_pt: float = 12


Block = Para | Table


@dataclass
class Document:
    """One document of one case, ready to render."""

    kind: str
    title: str
    case_no: str
    fields: dict[str, str] = field(default_factory=dict)
    blocks: dict[str, list[Block]] = field(default_factory=dict)
    annex: list[Block] = field(default_factory=list)  # printed after a page break (long worker lists)
    subject: str | None = None  # which hearing, visit or served document, for kinds printed per item

    def has(self, name: str) -> bool:
        """Whether ``{% if name %}`` sections are kept."""
        return bool(self.fields.get(name, "").strip()) or bool(self.blocks.get(name))

    def content_hash(self) -> str:
        """SHA-256 of the model's canonical JSON: the same content gives the same hash."""
        payload = {
            "kind": self.kind, "title": self.title, "case_no": self.case_no, "subject": self.subject,
            "fields": dict(sorted(self.fields.items())),
            "blocks": {k: [_plain(b) for b in v] for k, v in sorted(self.blocks.items())},
            "annex": [_plain(b) for b in self.annex],
        }
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(block: Block) -> dict:
    return {"type": type(block).__name__, **asdict(block)}
