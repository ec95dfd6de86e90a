"""The federation's publication file: dispute causes and/or one year's official holiday calendar,
read and checked before anything is published, and written from ``chinese_calendar`` for the years
the library knows.

One UTF-8 JSON object (docs/cli.md, "Publishing reference data")::

    {"causes": [{"code": "12", "name_zh": "竞业限制", "name_en": "Non-competition", "parent": null,
                 "payment_order": false, "sort_order": 50, "active": true}],
     "holidays": {"year": 2027, "source": "国务院办公厅通知", "days": [
         {"day": "2027-01-01", "working": false, "name": "元旦"},
         {"day": "2027-02-20", "working": true, "name": "春节调休"}]}}

Either part may be left out. ``causes`` has the shape of ``resources/seed/dispute_causes.json``
(which is itself a valid file); a cause's fields other than ``code`` and ``name_zh`` may be left
out and then keep their published value (a new cause: ``name_en`` = ``name_zh``, not a
payment-order cause, sort order 0, active). ``holidays.days`` is the year's complete list of days
that differ from "Monday–Friday work, weekends rest" (and, optionally, the weekend days inside a
holiday, for their names). Every problem is reported at once, naming the file, the line and the
field; nothing is published from a file with a problem.
"""

from __future__ import annotations

import datetime as dt
import json
import json.decoder
import json.scanner
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mediator.errors import InputError, Problem, ValidationError
from mediator.i18n import t

TOP_KEYS = {"causes", "holidays", "version", "source", "note"}  # version/source/note: for people, ignored
CAUSE_KEYS = {"code": 20, "name_zh": 100, "name_en": 150, "parent": 20, "parent_code": 20}  # text, max length
CAUSE_FLAGS = {"payment_order", "active"}
HOLIDAY_KEYS = {"year", "source", "days"}
DAY_KEYS = {"day", "working", "name"}
FIRST_YEAR, LAST_YEAR = 2000, 2099
NAME_ZH = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节", "Labour Day": "劳动节",
           "Dragon Boat Festival": "端午节", "National Day": "国庆节", "Mid-autumn Festival": "中秋节",
           "Anti-Fascist 70th Day": "抗战胜利70周年纪念日"}


@dataclass
class Publication:
    """What a file asks to publish: ``dispute_causes`` rows (only the fields it gives) and, when it
    has ``holidays``, the year, its source and its ``holiday_days`` rows."""

    path: str
    causes: list[dict] = field(default_factory=list)
    year: int | None = None
    source: str | None = None
    days: list[dict] = field(default_factory=list)


class _Located(dict):
    """A JSON object that remembers the line it starts on."""

    line = 0


def _load(text: str) -> Any:  # noqa: ANN401 - JSON
    """``json.loads`` whose objects are ``_Located`` (the pure-Python scanner, for the positions)."""
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    decoder = json.JSONDecoder()

    def parse_object(s_and_end, *args, **kwargs):  # noqa: ANN001, ANN202
        found, end = json.decoder.JSONObject(s_and_end, *args, **kwargs)
        located = _Located(found)
        located.line = bisect_right(newlines, s_and_end[1]) + 1
        return located, end

    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder.decode(text)


class _Checker:
    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def bad(self, where: _Located | None, name: str, message: str) -> None:
        line = getattr(where, "line", 0)
        self.problems.append(Problem(t("line {line}, {field}", line=line, field=name) if line else name, message))

    def text(self, obj: _Located, key: str, name: str, limit: int, *, required: bool = False) -> str | None:
        value = obj.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            self.bad(obj, name, t("required text") if value is None else t("must be text, not {value}", value=value))
            return None
        if len(value.strip()) > limit:
            self.bad(obj, name, t("at most {limit} characters", limit=limit))
        return value.strip()

    def flag(self, obj: _Located, key: str, name: str) -> bool | None:
        value = obj.get(key)
        if not isinstance(value, bool):
            self.bad(obj, name, t("must be true or false, not {value}", value=json.dumps(value, ensure_ascii=False)))
            return None
        return value

    def unknown(self, obj: _Located, allowed: set[str], name: str) -> None:
        extra = sorted(set(obj) - allowed)
        if extra:
            self.bad(obj, name, t("unknown fields {fields}; allowed: {allowed}", fields=", ".join(extra),
                                  allowed=", ".join(sorted(allowed))))


def _cause(check: _Checker, obj: Any, i: int) -> dict | None:  # noqa: ANN401
    name = f"causes[{i}]"
    if not isinstance(obj, dict):
        check.bad(None, name, t("must be an object with code and name_zh"))
        return None
    check.unknown(obj, set(CAUSE_KEYS) | CAUSE_FLAGS | {"sort_order"}, name)
    row: dict = {}
    for key, limit in CAUSE_KEYS.items():
        value = check.text(obj, key, f"{name}.{key}", limit, required=key in ("code", "name_zh"))
        if value is not None:
            row["parent_code" if key == "parent" else key] = value
    for key in CAUSE_FLAGS & set(obj):
        value = check.flag(obj, key, f"{name}.{key}")
        if value is not None:
            row[key] = value
    if "sort_order" in obj:
        if isinstance(obj["sort_order"], bool) or not isinstance(obj["sort_order"], int):
            check.bad(obj, f"{name}.sort_order", t("must be a whole number, not {value}", value=obj["sort_order"]))
        else:
            row["sort_order"] = obj["sort_order"]
    return row if "code" in row else None


def _day(check: _Checker, obj: Any, i: int, year: int | None) -> dict | None:  # noqa: ANN401
    name = f"holidays.days[{i}]"
    if not isinstance(obj, dict):
        check.bad(None, name, t("must be an object with day and working"))
        return None
    check.unknown(obj, DAY_KEYS, name)
    raw, day = obj.get("day"), None
    try:
        day = dt.date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else None
    except ValueError:
        day = None
    if day is None:
        check.bad(obj, f"{name}.day", t("must be a date (YYYY-MM-DD), not {value}", value=raw))
    elif year is not None and day.year != year:
        check.bad(obj, f"{name}.day", t("{day} is not in {year}", day=day, year=year))
        day = None
    working = check.flag(obj, "working", f"{name}.working")
    label = check.text(obj, "name", f"{name}.name", 50)
    if day is None or working is None:
        return None
    return {"day": day, "is_working_day": working, "name": label, "_line": obj.line if isinstance(obj, _Located) else 0}


def _holidays(check: _Checker, obj: Any, pub: Publication) -> None:  # noqa: ANN401
    if not isinstance(obj, dict):
        check.bad(None, "holidays", t("must be an object with year and days"))
        return
    check.unknown(obj, HOLIDAY_KEYS, "holidays")
    year = obj.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        check.bad(obj, "holidays.year", t("must be a year from {first} to {last}, not {value}", first=FIRST_YEAR,
                                          last=LAST_YEAR, value=year))
        year = None
    pub.year = year
    pub.source = check.text(obj, "source", "holidays.source", 200) or t("publication file {name}",
                                                                         name=Path(pub.path).name)[:200]
    days = obj.get("days")
    if not isinstance(days, list) or not days:
        check.bad(obj, "holidays.days", t("must be a non-empty list of days"))
        return
    seen: dict[dt.date, int] = {}
    for i, item in enumerate(days):
        row = _day(check, item, i, year)
        if row is None:
            continue
        line = row.pop("_line")
        if row["day"] in seen:
            check.bad(item, f"holidays.days[{i}].day", t("{day} is listed twice (also at line {line})",
                                                         day=row["day"], line=seen[row["day"]]))
            continue
        seen[row["day"]] = line
        pub.days.append(row)


def read_publication_file(path: str | Path) -> Publication:
    """The file's rows, or a ``ValidationError`` naming the file and every problem (line, field)."""
    path = str(path)
    try:
        data = _load(Path(path).read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise InputError(t("{path}: cannot be read ({error})", path=path, error=exc.strerror or str(exc))) from exc
    except UnicodeDecodeError as exc:
        raise InputError(t("{path}: not UTF-8 text", path=path)) from exc
    except json.JSONDecodeError as exc:
        raise InputError(t("{path}, line {line}, column {column}: not valid JSON ({error})", path=path,
                           line=exc.lineno, column=exc.colno, error=exc.msg)) from exc
    check, pub = _Checker(path), Publication(path)
    if not isinstance(data, dict) or not ({"causes", "holidays"} & set(data)):
        raise InputError(t("{path}: expected a JSON object with \"causes\" and/or \"holidays\"", path=path))
    check.unknown(data, TOP_KEYS, t("the file"))
    if "causes" in data:
        if not isinstance(data["causes"], list) or not data["causes"]:
            check.bad(data, "causes", t("must be a non-empty list of causes"))
        else:
            codes: dict[str, int] = {}
            for i, item in enumerate(data["causes"]):
                row = _cause(check, item, i)
                if row is None:
                    continue
                if row["code"] in codes:
                    check.bad(item, f"causes[{i}].code", t("{code} is listed twice (also causes[{other}])",
                                                           code=row["code"], other=codes[row["code"]]))
                    continue
                codes[row["code"]] = i
                pub.causes.append(row)
    if "holidays" in data:
        _holidays(check, data["holidays"], pub)
    if check.problems:
        raise ValidationError(check.problems, source=path)
    return pub


def library_calendar(year: int) -> dict:
    """The ``holidays`` part of a publication file for ``year`` from ``chinese_calendar``: every
    holiday (rest) and make-up working day it lists. ``InputError`` for a year it does not know."""
    import chinese_calendar

    known = sorted({d.year for d in chinese_calendar.holidays})
    if year not in known:
        raise InputError(t("the chinese-calendar library has no official schedule for {year} (it knows {first}–{last}): "
                           "write the file from the State Council's notice instead", year=year, first=known[0],
                           last=known[-1]))
    rows = [{"day": d.isoformat(), "working": False, "name": NAME_ZH.get(n, n)}
            for d, n in chinese_calendar.holidays.items() if d.year == year]
    rows += [{"day": d.isoformat(), "working": True, "name": NAME_ZH.get(n, n) + "调休"}
             for d, n in chinese_calendar.workdays.items() if d.year == year]
    version = getattr(chinese_calendar, "__version__", "")
    return {"year": year, "source": f"chinese-calendar {version}".strip(), "days": sorted(rows, key=lambda r: r["day"])}


def write_calendar_file(year: int, path: str | Path) -> dict:
    """Write a publication file holding ``year``'s calendar from the library; returns its ``holidays``."""
    holidays = library_calendar(year)
    head = {k: v for k, v in holidays.items() if k != "days"}
    lines = [json.dumps(d, ensure_ascii=False) for d in holidays["days"]]
    text = ('{"holidays": ' + json.dumps(head, ensure_ascii=False)[:-1] + ', "days": [\n  '
            + ",\n  ".join(lines) + "\n]}}\n")
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(t("{path}: cannot be written ({error})", path=str(path), error=exc.strerror or str(exc))
                         ) from exc
    return holidays
