"""What the command line prints: aligned tables that count Chinese characters as two columns,
JSON with stable English keys (ISO dates, UTF-8 text), amounts in yuan, translated code names,
and the error lines on standard error."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import sys
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from mediator.errors import MediatorError, ValidationError
from mediator.i18n import code_name, t

name = code_name  # the display name of a code: ``name("status", "accepted")`` → 已受理 / accepted


def yuan(fen: int | None) -> str:
    """Fen as yuan with thousands separators and two decimals: ``12,300.00``; blank for None."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def emit_json(value: Any) -> None:
    """Print ``value`` as indented UTF-8 JSON (Chinese text unescaped)."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=_default))


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def clip(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` columns, ending with … when cut."""
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, size: int, right: bool) -> str:
    gap = " " * (size - width(text))
    return gap + text if right else text + gap


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, right: Sequence[int] = (),
          limit: int = 40) -> None:
    """Print rows under headers, columns aligned; ``right`` lists right-aligned column indexes."""
    cells = [[clip("" if v is None else str(v), limit) for v in row] for row in rows]
    sizes = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join(_pad(h, sizes[i], i in right) for i, h in enumerate(headers)).rstrip()
    print(line)
    print("  ".join("-" * s for s in sizes))
    for r in cells:
        print("  ".join(_pad(v, sizes[i], i in right) for i, v in enumerate(r)).rstrip())


def fields(pairs: Iterable[tuple[str, Any]], indent: str = "") -> None:
    """Print ``label: value`` lines with the labels aligned, skipping empty values."""
    shown = [(k, v) for k, v in pairs if v not in (None, "", [], False)]
    if not shown:
        return
    size = max(width(k) for k, _ in shown)
    for k, v in shown:
        text = t("yes") if v is True else str(v)
        print(f"{indent}{_pad(k, size, False)}  {text}")


def heading(text: str) -> None:
    print()
    print(f"== {text} ==")


def warn(message: str) -> None:
    """A note on standard error that does not change the exit status."""
    print(t("warning: {message}", message=message), file=sys.stderr)


def error_lines(err: MediatorError) -> list[str]:
    """The lines to print for an error: one per problem of a ValidationError, naming file and field."""
    if isinstance(err, ValidationError):
        head = f"{err.source}: " if err.source else ""
        return [t("error: {message}", message=f"{head}{p.field}: {p.message}") for p in err.problems]
    return [t("error: {message}", message=str(err))]


def print_error(err: MediatorError) -> None:
    for line in error_lines(err):
        print(line, file=sys.stderr)
