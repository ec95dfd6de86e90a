"""Case numbers such as ``旧城劳调〔2026〕第12号``: the configurable format, its validation and use.

A format is a Python format string with the placeholders ``{office}`` (the office's short name),
``{year}`` and ``{seq}``; ``{seq}`` may be zero-padded (``{seq:03d}``). ``{year}`` and ``{seq}`` are
required so that numbers are unique per office and year. Allocating sequence numbers without gaps is
the database's job, not this module's.
"""

from __future__ import annotations

import re
import string
from functools import cache

from mediator.errors import Problem, ValidationError
from mediator.i18n import t

FIELD = "case_number_format"
DEFAULT_FORMAT = "{office}劳调〔{year}〕第{seq}号"
PLACEHOLDERS = ("office", "year", "seq")
REQUIRED = ("year", "seq")
MAX_LENGTH = 100
_SPECS = {
    "office": re.compile(r""),
    "year": re.compile(r"d?"),
    "seq": re.compile(r"(0[1-9])?d?"),
}

_DIGITS = {"year": "[0-9]{4}", "seq": "[0-9]+"}


@cache
def _parse(fmt: str) -> tuple[tuple[str, str | None, str], ...]:
    """(literal text, placeholder or None, format spec) triples; raises ValidationError."""
    problems: list[str] = []
    if not fmt.strip():
        problems.append(t("Enter a case number format"))
    elif len(fmt) > MAX_LENGTH:
        problems.append(t("A case number format has at most {max} characters", max=MAX_LENGTH))
    try:
        parts = list(string.Formatter().parse(fmt))
    except ValueError:
        problems.append(t("The braces in the case number format do not match"))
        parts = []
    seen: set[str] = set()
    result = []
    for literal, name, spec, conversion in parts:
        if name is None:
            result.append((literal, None, ""))
            continue
        if name in PLACEHOLDERS:
            seen.add(name)
        if name not in PLACEHOLDERS or conversion:
            shown = "{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
            problems.append(t("Unknown placeholder {placeholder}; use {allowed}", placeholder=shown,
                              allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS)))
            continue
        if not _SPECS[name].fullmatch(spec or ""):
            problems.append(t("{placeholder} cannot be formatted as “{spec}”", placeholder="{" + name + "}",
                              spec=spec))
            continue
        result.append((literal, name, spec or ""))
    if parts:
        for name in REQUIRED:
            if name not in seen:
                problems.append(t("The case number format must contain {placeholder}", placeholder="{" + name + "}"))
    if problems:
        raise ValidationError([Problem(FIELD, message) for message in dict.fromkeys(problems)])
    return tuple(result)


def validate_format(fmt: str) -> str:
    """Return ``fmt`` if it is a usable case number format, else raise ValidationError on
    ``case_number_format`` listing every problem found."""
    _parse(fmt)
    return fmt


def format_case_number(fmt: str, office: str, year: int, seq: int) -> str:
    """The case number for sequence ``seq`` (≥ 1) of ``year`` at ``office``."""
    _parse(fmt)
    if seq < 1:
        raise ValueError(f"sequence numbers start at 1, not {seq}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year {year} is not a four-digit year")
    return fmt.format(office=office, year=year, seq=seq)


def parse_case_number(fmt: str, office: str, number: str) -> tuple[int, int] | None:
    """The (year, seq) of a case number written in ``fmt`` for ``office``, or None if it is not one."""
    pattern = []
    captured: set[str] = set()
    for literal, name, _spec in _parse(fmt):
        pattern.append(re.escape(literal))
        if name == "office":
            pattern.append(re.escape(office))
        elif name in captured:
            pattern.append(_DIGITS[name])
        elif name is not None:
            pattern.append(f"(?P<{name}>{_DIGITS[name]})")
            captured.add(name)
    match = re.fullmatch("".join(pattern), number.strip())
    if match is None:
        return None
    year, seq = int(match["year"]), int(match["seq"])
    if seq < 1 or format_case_number(fmt, office, year, seq) != number.strip():
        return None
    return year, seq
