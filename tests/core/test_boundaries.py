"""Architecture rules: the core never imports Qt or the UI, and every user-facing message of the
core has a Chinese translation with the same placeholders."""

from __future__ import annotations

import ast
import string
import subprocess
import sys
from pathlib import Path

from mediator.locale import catalogs

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "mediator"


def test_core_source_never_imports_qt_or_ui():
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in ("PySide6", "ui", "shiboken6")]
    assert offenders == []


def loaded_in_fresh_python(imports: str, packages: tuple[str, ...]) -> list[str]:
    """The modules of ``packages`` that running ``imports`` in a fresh interpreter loads."""
    code = imports + f"\nimport sys\nprint(sorted(n for n in sys.modules if n.split('.')[0] in {packages!r}))\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


def test_importing_the_whole_core_loads_no_qt_module():
    imports = (
        "import pkgutil, importlib, mediator\n"
        "for m in pkgutil.walk_packages(mediator.__path__, 'mediator.'):\n"
        "    if m.name != 'mediator.__main__': importlib.import_module(m.name)\n"
    )
    assert loaded_in_fresh_python(imports, ("PySide6", "ui", "shiboken6")) == []


def _messages() -> dict[str, str]:
    """Every literal passed to ``t()`` in the core, with where it is."""
    found = {}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found[node.args[0].value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_core_message_has_a_chinese_translation():
    messages, _ = catalogs()
    missing = [f"{where}: {msg}" for msg, where in _messages().items() if msg not in messages]
    assert missing == []


def test_translations_keep_the_placeholders():
    messages, _ = catalogs()
    wrong = [src for src, zh in messages.items() if _fields(src) != _fields(zh)]
    assert wrong == []


def test_the_first_window_paints_without_loading_sqlalchemy():
    """What the desktop client needs up to its first painted case list (issue 3's start-up target)
    must not import the ORM: it loads in the background once the window shows."""
    imports = "import ui.app, ui.login, ui.main_window, ui.cases_page, ui.case_tabs"
    assert loaded_in_fresh_python(imports, ("sqlalchemy", "alembic")) == []
