"""Translation of the core's user-facing messages (command line, errors, validators).

Messages are written in English in the source and looked up in a catalog per language, in the
manner of gettext/Qt Linguist: ``t("Case {case_no} not found", case_no=no)``.  Catalogs live in
``mediator/locale/zh_*.py``; a test checks that every translation keeps the source's placeholders.
The language is chosen once per process (``set_language``), from ``MEDIATOR_LANG`` or the locale.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

SUPPORTED = ("zh", "en")
_language = "en"


def detect_language(environ: Mapping[str, str] | None = None) -> str:
    """``zh`` when MEDIATOR_LANG or the POSIX locale variables say Chinese, else ``en``."""
    env = os.environ if environ is None else environ
    explicit = env.get("MEDIATOR_LANG", "").strip().lower()
    if explicit[:2] in SUPPORTED:
        return explicit[:2]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_language(language: str) -> None:
    global _language
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}")
    _language = language


def language() -> str:
    return _language


def _catalog(lang: str) -> Mapping[str, str]:
    if lang == "zh":
        from mediator.locale import catalogs

        return catalogs()[0]
    return {}


def t(msgid: str, /, **params: object) -> str:
    """Translate ``msgid`` into the current language and fill its ``{placeholders}``."""
    text = _catalog(_language).get(msgid, msgid)
    return text.format(**params) if params else text


def label(key: str) -> str:
    """The display name of a field or code (``"applicant.id_number"``), translated."""
    if _language == "zh":
        from mediator.locale import catalogs

        return catalogs()[1].get(key, key)
    return key


def code_name(kind: str, code: str | None) -> str:
    """The display name of a code: ``code_name("status", "accepted")`` → 已受理 / accepted."""
    if not code:
        return ""
    key = f"{kind}.{code}"
    text = label(key)
    return code.replace("_", " ") if text == key else text


def field_label(path: str) -> str:
    """A field path such as ``applicants[0].id_number`` in the user's words: ``申请人1·身份证号码``."""
    if _language != "zh":
        return path
    import re

    from mediator.locale import catalogs

    labels = catalogs()[1]
    if path in labels:
        return labels[path]
    parts = []
    for segment in path.split("."):
        m = re.fullmatch(r"(\w+)\[(\d+)\]", segment)
        if m:
            parts.append(f"{labels.get(m.group(1), m.group(1))}{int(m.group(2)) + 1}")
        else:
            parts.append(labels.get(segment, segment))
    return "·".join(parts)
