"""Chinese catalogs, one module per area (``zh_domain.py``, ``zh_cli.py`` …) merged at first use.

Each ``zh_*`` module defines ``MESSAGES`` (English source → Chinese, same placeholders) and may
define ``LABELS`` (field path or code → Chinese name). Splitting by area keeps catalogs next to the
code they translate small and lets several changes land without touching one shared file.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache


@cache
def catalogs() -> tuple[dict[str, str], dict[str, str]]:
    messages: dict[str, str] = {}
    labels: dict[str, str] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("zh_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            messages.update(getattr(module, "MESSAGES", {}))
            labels.update(getattr(module, "LABELS", {}))
    return messages, labels
