"""Interface translations: the committed .ts catalogs are complete with placeholders kept, and
switching the language changes Qt's strings, ours and the core's together."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mediator import i18n  # noqa: E402
from tests.conftest import unavailable  # noqa: E402
from ui import translations  # noqa: E402
from ui.case_table import COLUMNS, CaseTableModel  # noqa: E402

TS_FILES = sorted((Path(__file__).parents[2] / "resources" / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"%L?\d+|\{\w*\}")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path):
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete") or not (translation.text or "").strip():
            problems.append(f"untranslated: {source}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text)):
            problems.append(f"placeholders differ: {source} → {translation.text}")
    assert problems == []


def test_switching_language_changes_every_catalog(qtbot):
    app = QApplication.instance()
    if not Path(str(TS_FILES[0]).replace(".ts", ".qm")).exists():
        unavailable("run 'make translations' (make test does) to build the .qm catalogs")
    model = CaseTableModel(lambda ids: {})
    header = COLUMNS.index("case_no")
    try:
        loaded = translations.install(app, "zh")
        assert "mediator_zh_CN" in loaded and "qtbase_zh_CN" in loaded
        assert model.headerData(header, Qt.Orientation.Horizontal) == "案号"
        assert i18n.language() == "zh"
        translations.install(app, "en")
        assert model.headerData(header, Qt.Orientation.Horizontal) == "Case number"
        assert i18n.language() == "en"
    finally:
        translations.install(app, "en")
