"""Label text without its keyboard mnemonic, for accessible names and messages: ``&Name`` →
``Name``, and the Chinese form ``名称(&N)`` → ``名称``."""

from __future__ import annotations

import re

_MNEMONIC = re.compile(r"\(&\w\)|&(?=\S)")


def without_mnemonic(text: str) -> str:
    return _MNEMONIC.sub("", text).strip()
