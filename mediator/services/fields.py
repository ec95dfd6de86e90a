"""Reading untrusted input (a JSON case file, CLI options, form values) field by field.

A ``Reader`` collects every problem with its field path instead of stopping at the first, so a
user fixing a file sees all that is wrong at once. Naive date-times are taken as Beijing time.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from mediator.domain.money import parse_amount
from mediator.errors import Problem, ValidationError
from mediator.i18n import t

SHANGHAI = ZoneInfo("Asia/Shanghai")


class Reader:
    def __init__(self, source: str | None = None):
        self.source = source
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, field: str, message: str) -> None:
        self.problems.append(Problem(field, message))

    def warn(self, field: str, message: str) -> None:
        self.warnings.append(Problem(field, message))

    def raise_if_problems(self) -> None:
        if self.problems:
            raise ValidationError(self.problems, self.source)

    def text(self, data: dict, key: str, field: str, *, required: bool = False, max_len: int = 200) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(field, t("is required"))
            return None
        if not isinstance(value, str):
            self.error(field, t("must be text"))
            return None
        value = value.strip()
        if len(value) > max_len:
            self.error(field, t("is too long ({n} characters, at most {max})", n=len(value), max=max_len))
            return None
        return value

    def date(self, data: dict, key: str, field: str, *, required: bool = False) -> dt.date | None:
        value = data.get(key)
        if value in (None, ""):
            if required:
                self.error(field, t("is required"))
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.error(field, t("{value} is not a real date (YYYY-MM-DD)", value=value))
            return None

    def instant(self, data: dict, key: str, field: str, *, required: bool = False) -> dt.datetime | None:
        value = data.get(key)
        if value in (None, ""):
            if required:
                self.error(field, t("is required"))
            return None
        try:
            parsed = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
        except ValueError:
            self.error(field, t("{value} is not a real date and time (YYYY-MM-DDTHH:MM)", value=value))
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=SHANGHAI)
        return parsed.astimezone(dt.UTC)

    def amount(self, data: dict, key: str, field: str, *, required: bool = False) -> int | None:
        value = data.get(key)
        if value in (None, ""):
            if required:
                self.error(field, t("is required"))
            return None
        if isinstance(value, float):
            value = repr(value)
        if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
            self.error(field, t("must be an amount such as 12300 or 1409.50"))
            return None
        try:
            return parse_amount(value, field)
        except ValidationError as err:
            self.problems.extend(err.problems)
            return None

    def choice(self, data: dict, key: str, field: str, choices: tuple[str, ...], *, default: str | None = None) -> str | None:
        value = data.get(key, default)
        if value is None:
            self.error(field, t("is required"))
            return None
        if value not in choices:
            self.error(field, t("must be one of {choices}", choices=", ".join(choices)))
            return None
        return value

    def flag(self, data: dict, key: str, field: str, default: bool = False) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.error(field, t("must be true or false"))
            return default
        return value

    def items(self, data: dict, key: str, field: str, *, required: bool = False) -> list[dict[str, Any]]:
        value = data.get(key)
        if value is None:
            if required:
                self.error(field, t("is required"))
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(field, t("must be a list of objects"))
            return []
        if required and not value:
            self.error(field, t("needs at least one entry"))
        return value


def beijing_today() -> dt.date:
    return dt.datetime.now(SHANGHAI).date()
