"""Fixtures for the store tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_scripts import NOTES_0001, MakeScripts, write_scripts


@pytest.fixture
def make_scripts(tmp_path: Path) -> MakeScripts:
    """``make_scripts([body1, body2, …])`` → a new script directory with revisions 0001, 0002, …"""
    counter = 0

    def make(bodies: list[str]) -> Path:
        nonlocal counter
        counter += 1
        return write_scripts(tmp_path / f"scripts{counter}", bodies)

    return make


@pytest.fixture
def notes_scripts(make_scripts: MakeScripts) -> Path:
    return make_scripts([NOTES_0001])
