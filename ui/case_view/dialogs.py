"""The case-action dialogs' common frame (``ActionDialog``): fields with inline messages as the user
types, the problems the core returned shown next to their fields or listed, one write through
``ctx.write`` with the case id, staying open on error and closing on success; Esc cancels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mediator.errors import MediatorError, ValidationError
from mediator.i18n import field_label
from mediator.services.fields import beijing_today
from ui.context import AppContext
from ui.errors import ERROR_STYLE, show_error
from ui.mnemonic import without_mnemonic


def date_edit(day: dt.date | None = None, *, latest: dt.date | None = None) -> QDateEdit:
    """A YYYY-MM-DD date field with a calendar popup, ``latest`` as its last allowed day."""
    edit = QDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    day = day or beijing_today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def data_of(combo: QComboBox) -> str:
    """The current item's text data, "" when there is none. PySide6 6.12 drops a reference to None
    each time it returns empty item data, so combo data is always a string and an empty combo is
    never asked for it."""
    if combo.currentIndex() < 0:
        return ""
    value = combo.currentData()
    return value if isinstance(value, str) else ""


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    return ""


class ActionDialog(QDialog):
    """One case action as a form. Subclasses add fields with ``add_field``, say what is wrong
    with ``check`` (inline, as the user types) and what to run with ``call``."""

    succeeded = Signal(object)  # the core's result, after the write went through

    def __init__(self, ctx: AppContext, view: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.view = ctx, view
        self.case_id: str = view["id"]
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._aliases: dict[str, str] = {}
        self._core_messages: dict[str, str] = {}
        self._touched: set[str] = set()
        self._tried = False
        self._running = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    # building ---------------------------------------------------------------------------------
    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_field(self, key: str, text: str, widget: QWidget, *, aliases: tuple[str, ...] = ()) -> QWidget:
        """Add ``widget`` under the label ``text``; core problems about ``key`` (or ``aliases``)
        and inline messages appear right below it."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        message = QLabel(self)
        message.setObjectName(f"{key}_message")
        message.setWordWrap(True)
        message.setStyleSheet(ERROR_STYLE)
        message.hide()
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        box.addStretch(1)
        widget.setAccessibleName(without_mnemonic(text))
        self.form.addRow(label, holder)
        self._fields[key] = (widget, message)
        for name in aliases:
            self._aliases[name] = key
        self._watch(key, widget)
        return widget

    def _watch(self, key: str, widget: QWidget) -> None:
        for signal in ("textChanged", "dateChanged", "dateTimeChanged", "valueChanged", "currentIndexChanged",
                       "toggled", "itemChanged"):
            sig = getattr(widget, signal, None)
            if sig is not None:
                sig.connect(lambda *_a, k=key: self._changed(k))

    def _changed(self, key: str) -> None:
        self._touched.add(key)
        self._core_messages.pop(key, None)
        self.refresh()

    # checking ---------------------------------------------------------------------------------
    def check(self) -> dict[str, str]:
        """Inline problems by field key (override)."""
        return {}

    def call(self) -> tuple[Callable[..., Any], dict[str, Any]]:
        """The core function and its keyword arguments (override); called with ws, actor, case id."""
        raise NotImplementedError

    def target(self) -> object:
        """What the core call acts on, passed after ws and actor: the case id (override)."""
        return self.case_id

    def refresh(self) -> None:
        """Show each field's inline problem (once touched or after a save attempt), else what the
        core said about it last time."""
        problems = self.check()
        for key in self._fields:
            inline = problems.get(key, "") if (key in self._touched or self._tried) else ""
            self.set_message(key, inline or self._core_messages.get(key, ""))

    def set_message(self, key: str, text: str) -> None:
        widget, message = self._fields[key]
        message.setText(text)
        message.setVisible(bool(text))
        widget.setAccessibleDescription(text)

    def message(self, key: str) -> str:
        """The message shown under the field ``key`` (for tests and screen readers)."""
        _widget, message = self._fields[key]
        return message.text() if not message.isHidden() else ""

    def _focus_first(self, keys: list[str]) -> None:
        for key in self._fields:
            if key in keys:
                self._fields[key][0].setFocus()
                return

    # running ----------------------------------------------------------------------------------
    def submit(self) -> None:
        if self._running:
            return
        self._tried = True
        problems = self.check()
        self._core_messages.clear()
        self.refresh()
        self.show_problems([])
        if problems:
            self._focus_first(list(problems))
            return
        fn, kwargs = self.call()
        self._running = True
        self.ok_button.setEnabled(False)
        self.ctx.write(fn, self.ctx.ws, self.ctx.actor, self.target(), on_ok=self._succeeded, on_error=self._failed,
                       case_id=self.case_id, parent=self, **kwargs)

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(f"• {line}" for line in lines))
        self.problems.setVisible(bool(lines))
        self.problems.setAccessibleDescription(" ".join(lines))

    def _field_for(self, path: str) -> str | None:
        for candidate in (path, path.split("[")[0].split(".")[0]):
            candidate = self._aliases.get(candidate, candidate)
            if candidate in self._fields:
                return candidate
        return None

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            lines, bad = [], []
            by_field: dict[str, list[str]] = {}
            for p in exc.problems:
                key = self._field_for(p.field)
                if key is None:
                    lines.append(f"{field_label(p.field)}: {p.message}")
                else:
                    by_field.setdefault(key, []).append(p.message)
                    bad.append(key)
            self._core_messages = {key: "\n".join(messages) for key, messages in by_field.items()}
            self.refresh()
            self.show_problems(lines)
            self.handle_problems(exc)
            self._focus_first(bad)
        elif isinstance(exc, MediatorError):
            self.show_problems([str(exc)])
        else:
            show_error(self, exc)

    def handle_problems(self, err: ValidationError) -> None:
        """Hook for subclasses that react to particular core problems."""

    def _succeeded(self, result: object) -> None:
        self._running = False
        self.succeeded.emit(result)
        self.accept()
