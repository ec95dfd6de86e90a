"""Builders: one module per document kind, each with ``build(src: Source) -> Document``."""

from __future__ import annotations

import dataclasses
import importlib

from mediator.documents.builders.common import Source
from mediator.documents.kinds import spec
from mediator.documents.model import Document, Para

# Blocks that must not break across pages: a seal or a signature line alone on a new page would
# leave the text it confirms unsigned on the page before.
KEPT_TOGETHER = frozenset({"seal", "signatures", "hearing_signatures", "applicant_signatures", "visit_signatures"})


def build(kind: str, src: Source) -> Document:
    """The model of document ``kind`` for the case in ``src``."""
    module = importlib.import_module(f"{__name__}.{spec(kind).module}")
    document: Document = module.build(src)
    for name in KEPT_TOGETHER & document.blocks.keys():
        block = document.blocks[name]
        document.blocks[name] = [dataclasses.replace(b, keep_with_next=True) if isinstance(b, Para) and i < len(block) - 1
                                 else b for i, b in enumerate(block)]
    return document


__all__ = ["Source", "build"]
