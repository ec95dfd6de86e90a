"""Fixtures for the command-line tests: an office (chair ``chair``, mediator ``wang``, clerk
``liu``) set up once through the command line and copied for each test, so that each test pays
only for the commands it is about."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import STAFF_PASSWORD, Office, mediator, ok

INIT = ("init", "--office-code", "JC01", "--office-name", "旧城镇劳动争议调解委员会", "--short-name", "旧城",
        "--chair", "李主任", "--case-number-format", "{office}劳调〔{year}〕第{seq}号")


@pytest.fixture(scope="session")
def cli_setup(tmp_path_factory) -> tuple[Path, str]:
    """The template data directory and what ``init`` printed; users added without ``--user``,
    since the office has a single chair."""
    path = tmp_path_factory.mktemp("cli-office") / "data"
    printed = ok(mediator(path, *INIT)).out
    for login, name, role in (("wang", "王调解", "mediator"), ("liu", "刘书记", "clerk")):
        ok(mediator(path, "user", "add", login, "--name", name, "--role", role, MEDIATOR_NEW_PASSWORD=STAFF_PASSWORD))
    return path, printed


@pytest.fixture
def office(cli_setup: tuple[Path, str], tmp_path: Path) -> Office:
    data_dir = tmp_path / "data"
    shutil.copytree(cli_setup[0], data_dir)
    return Office(data_dir, tmp_path)
