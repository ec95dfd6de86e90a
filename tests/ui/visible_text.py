"""Collecting every string a user can see in a widget tree (labels, buttons, titles, tabs,
placeholders, combo items, table and tree headers and cells, tooltips), for the language tests."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ALLOWED = {"Ctrl", "Excel", "PDF", "Esc", "Tab", "Enter", "Del", "Delete", "Shift", "Alt", "PgUp", "PgDown", "Home", "End",
           "Mediator", "Python", "Qt", "mediator", "restore", "docx", "TS", "ID", "b", "br", "nbsp"}


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models keep columnCount private: they have one column
        columns = 1
    for section in range(columns):
        texts.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(root), 30)):
        for column in range(columns):
            index = model.index(row, column)
            texts.append(str(index.data() or ""))
            parent_rows = model.rowCount(index.siblingAtColumn(0)) if column == 0 else 0
            for child in range(min(parent_rows, 5)):
                for c in range(columns):
                    texts.append(str(model.index(child, c, index).data() or ""))
    return texts


def visible_texts(root: QWidget) -> dict[str, str]:
    """``text → where`` for every string shown by ``root`` and its visible descendants."""
    found: dict[str, str] = {}

    def add(text: str, where: QWidget) -> None:
        if text and text.strip():
            found.setdefault(text, f"{type(where).__name__} {where.objectName()}")

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        add(w.windowTitle() if w.isWindow() else "", w)
        add(w.toolTip(), w)
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w.text(), w)
        elif isinstance(w, QGroupBox):
            add(w.title(), w)
        elif isinstance(w, (QLineEdit, QTextEdit)):
            add(w.placeholderText(), w)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i), w)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i), w)
                add(w.tabToolTip(i), w)
        if isinstance(w, QAbstractItemView):
            for text in _model_texts(w):
                add(text, w)
    return found


DATA = re.compile(r"[\w./:@-]+|English|.*\{\w+\}.*")  # one token (a login, code, path), a language's own name, a format


def untranslated(texts: dict[str, str]) -> list[str]:
    """Strings with an English word in them, other than key names and data the user typed
    (logins, codes, paths: one token without spaces) or formats with {placeholders}."""
    bad = []
    for text, where in texts.items():
        if DATA.fullmatch(text.strip()):
            continue
        plain = re.sub(r"<[^>]+>|“[^”]*”|'[^']*'", " ", text)  # markup; quoted values such as a login
        plain = re.sub(r"\(&\w\)|&(?=\w)", "", plain)
        words = [w for w in LATIN_WORD.findall(plain) if w not in ALLOWED]
        if words:
            bad.append(f"{where}: {text!r}")
    return sorted(bad)
