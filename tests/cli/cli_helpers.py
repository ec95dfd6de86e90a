"""Helpers for the command-line tests: running the real ``mediator`` command in a subprocess
(stdin not a terminal, a clean locale, the password in the environment) and reading the result."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"
PASSWORD = "secret1"
STAFF_PASSWORD = "secret2"
SCRUBBED = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "MEDIATOR_LANG", "MEDIATOR_DATA_DIR", "MEDIATOR_DEBUG",
            "MEDIATOR_PASSWORD", "MEDIATOR_NEW_PASSWORD",
            "PYTHONDONTWRITEBYTECODE")  # let runs reuse compiled modules (__pycache__ is git-ignored)


def environment(lang: str = "C", password: str | None = PASSWORD, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    env["LANG"] = lang
    if password is not None:
        env["MEDIATOR_PASSWORD"] = password
    env.update(extra)
    return env


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):  # noqa: ANN201
        return json.loads(self.out)


def run(args: list[str], *, lang: str = "C", password: str | None = PASSWORD, **extra: str) -> Result:
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, encoding="utf-8",
                          env=environment(lang, password, **extra), stdin=subprocess.DEVNULL, cwd=ROOT, timeout=300)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def mediator(data_dir: Path | None, *args: str, lang: str = "C", password: str | None = PASSWORD,
             **extra: str) -> Result:
    """Run ``python -m mediator [--data-dir DIR] ARGS``."""
    head = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return run(["-m", "mediator", *head, *args], lang=lang, password=password, **extra)


def ok(result: Result) -> Result:
    assert result.code == 0, f"exit {result.code}\nstdout: {result.out}\nstderr: {result.err}"
    return result


def refused(result: Result, *needles: str, code: int = 2) -> Result:
    """Assert the command failed with ``code`` and its error output names every needle."""
    assert result.code == code, f"exit {result.code}\nstdout: {result.out}\nstderr: {result.err}"
    for needle in needles:
        assert needle in result.err, f"{needle!r} not in {result.err!r}"
    return result


def count(data_dir: Path, table: str) -> int:
    with sqlite3.connect(data_dir / "mediator.db") as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _exact(value: object) -> str:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def write_json(path: Path, data: object) -> Path:
    """Write ``data`` as JSON; a Decimal becomes a JSON number written exactly (``2450.505``)."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=lambda v: f"@@{_exact(v)}@@")
    path.write_text(re.sub(r'"@@([0-9.]+)@@"', r"\1", text), encoding="utf-8")
    return path


def example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"), parse_float=Decimal)


@dataclass
class Office:
    """A copied data directory and a scratch folder; calling it runs ``mediator`` as the chair."""

    dir: Path
    tmp: Path

    def __call__(self, *args: str, **kw: str) -> Result:
        return mediator(self.dir, *args, **kw)

    def as_staff(self, login: str, *args: str, **kw: str) -> Result:
        return mediator(self.dir, "--user", login, *args, password=STAFF_PASSWORD, **kw)

    def case_file(self, **changes: object) -> Path:
        data = example("case.json")
        data.update(changes)
        n = len(list(self.tmp.glob("case-*.json")))
        return write_json(self.tmp / f"case-{n}.json", data)

    def new_case(self, **changes: object) -> str:
        """Register the example case (with ``changes``) and return its number."""
        return ok(self("case", "new", "--file", str(self.case_file(**changes)))).out.strip()

    def show(self, case_no: str) -> dict:
        return ok(self("case", "show", case_no, "--json")).json()
