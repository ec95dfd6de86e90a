"""Reading what the user typed: argparse types for dates, instants, amounts and ids (a bad value
is a usage error, exit 2, naming the option), and loading a JSON file with exact amounts and an
error that names the file and the line and column of a syntax error."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from mediator.domain.money import parse_amount
from mediator.errors import InputError, Problem, ValidationError
from mediator.i18n import t
from mediator.services.fields import SHANGHAI


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(t("{value} is not a real date (YYYY-MM-DD)", value=text)) from None


def instant_arg(text: str) -> dt.datetime:
    """``2026-11-25 09:30`` (Beijing time unless an offset is given) as an aware instant."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            t("{value} is not a real date and time (YYYY-MM-DD HH:MM)", value=text)) from None
    return value.replace(tzinfo=SHANGHAI) if value.tzinfo is None else value


def amount_arg(text: str) -> int:
    """An amount in yuan (``1234.50``) as fen."""
    try:
        return parse_amount(text, "amount")
    except ValidationError as err:
        raise argparse.ArgumentTypeError("; ".join(p.message for p in err.problems)) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(t("{value} is not a whole number of at least 1", value=text))
    return value


def count_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(t("{value} is not a whole number of at least 0", value=text))
    return value


def uuid_arg(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(t("{value} is not a request id", value=text)) from None


def person_arg(text: str) -> dict[str, str]:
    """``name:role`` (e.g. ``张三:applicant``) for a person present at a hearing."""
    person, _, role = text.partition(":")
    if not person.strip():
        raise argparse.ArgumentTypeError(t("{value} is not name:role", value=text))
    return {"name": person.strip(), "role": role.strip()}


def load_json(path: str | Path) -> Any:
    """A JSON file (UTF-8, a byte-order mark allowed) with numbers read as exact Decimals."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(t("{file}: no such file", file=str(path))) from None
    except IsADirectoryError:
        raise InputError(t("{file}: is a folder, not a file", file=str(path))) from None
    except UnicodeDecodeError:
        raise InputError(t("{file}: not UTF-8 text", file=str(path))) from None
    except OSError as exc:
        raise InputError(t("{file}: cannot be read: {error}", file=str(path), error=exc.strerror or str(exc))) from None
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        where = t("line {line}, column {column}", line=exc.lineno, column=exc.colno)
        raise ValidationError(Problem(where, t("invalid JSON: {error}", error=exc.msg)), str(path)) from None


def load_object(path: str | Path) -> dict[str, Any]:
    data = load_json(path)
    if not isinstance(data, dict):
        raise ValidationError(Problem(t("top level"), t("must be a JSON object")), str(path))
    return data
