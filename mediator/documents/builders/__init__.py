"""Builders: one module per document kind, each with ``build(src: Source) -> Document``."""

from __future__ import annotations

import importlib

from mediator.documents.builders.common import Source
from mediator.documents.kinds import spec
from mediator.documents.model import Document


def build(kind: str, src: Source) -> Document:
    """The model of document ``kind`` for the case in ``src``."""
    module = importlib.import_module(f"{__name__}.{spec(kind).module}")
    return module.build(src)


__all__ = ["Source", "build"]
