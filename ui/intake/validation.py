"""Inline checks while the user types: each check turns a field's text into a ``Note`` (nothing,
an error, a warning, or useful information such as the sex and birth date read from an ID
number); ``FieldNote`` shows it next to the field in colour, and ``watch`` keeps the field's
accessible description in step so screen readers hear the same message. The core's validators
do the checking; these functions only choose how to say it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from mediator.domain.money import parse_amount, to_capital
from mediator.domain.validators import check_citizen_id, check_credit_code, check_landline, check_mobile
from mediator.errors import ValidationError
from mediator.services.fields import beijing_today

OK, INFO, WARNING, ERROR = "ok", "info", "warning", "error"
COLOURS = {ERROR: "#b3261e", WARNING: "#8a5300", INFO: "#1d5e20", OK: "#1d5e20"}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


@dataclass(frozen=True)
class Note:
    level: str = OK
    text: str = ""

    @property
    def blocking(self) -> bool:
        return self.level == ERROR


def sex_name(code: str | None) -> str:
    return {"male": tr("male"), "female": tr("female")}.get(code or "", "")


def citizen_id_note(text: str, today: dt.date | None = None) -> Note:
    """Errors and warnings of an ID number, or the sex and birth date it encodes."""
    if not text.strip():
        return Note()
    res = check_citizen_id(text, today=today or beijing_today())
    if res.errors:
        return Note(ERROR, res.errors[0])
    derived = tr("{sex}, born {date}").format(sex=sex_name(res.sex), date=res.birth_date.isoformat())
    if res.warnings:
        return Note(WARNING, "; ".join(res.warnings) + " — " + derived)
    return Note(INFO, derived)


def credit_code_note(text: str) -> Note:
    """A wrong length or character is an error; a failing check character only a warning."""
    if not text.strip():
        return Note()
    res = check_credit_code(text)
    if res.errors:
        return Note(ERROR, res.errors[0])
    if res.warnings:
        return Note(WARNING, res.warnings[0])
    return Note()


def mobile_note(text: str) -> Note:
    if not text.strip():
        return Note()
    res = check_mobile(text)
    return Note(ERROR, res.errors[0]) if res.errors else Note()


def landline_note(text: str) -> Note:
    if not text.strip():
        return Note()
    res = check_landline(text)
    return Note(ERROR, res.errors[0]) if res.errors else Note()


def phone_note(text: str) -> Note:
    """A mobile number, or else a landline with its area code (employers often give one)."""
    if not text.strip() or not check_mobile(text).errors or not check_landline(text).errors:
        return Note()
    return Note(ERROR, tr("Enter a mobile number (11 digits) or a landline with its area code"))


def parse_date(text: str) -> dt.date | None:
    """``2026-10-31``, ``2026/10/31``, ``2026.10.31`` or ``20261031``; raises ValueError if not a date."""
    raw = text.strip()
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", raw) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", raw)
    if not m:
        raise ValueError(raw)
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def date_note(text: str, today: dt.date | None = None) -> Note:
    if not text.strip():
        return Note()
    try:
        day = parse_date(text)
    except ValueError:
        return Note(ERROR, tr("Not a real date; type it as YYYY-MM-DD"))
    if day > (today or beijing_today()):
        return Note(ERROR, tr("This date lies in the future"))
    return Note()


def amount_fen(text: str) -> int | None:
    """The amount typed, in fen; None when empty or not an amount."""
    if not text.strip():
        return None
    try:
        return parse_amount(text, "amount")
    except ValidationError:
        return None


def amount_note(text: str) -> Note:
    """The capital numerals of a valid amount, or what is wrong with it."""
    if not text.strip():
        return Note()
    try:
        return Note(INFO, to_capital(parse_amount(text, "amount")))
    except ValidationError as err:
        return Note(ERROR, err.problems[0].message)


class FieldNote(QLabel):
    """The small message next to one field: red for errors, amber for warnings, green for info."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.note = Note()
        self.hide()

    def show_note(self, note: Note) -> None:
        self.note = note
        self.setText(note.text)
        self.setStyleSheet(f"color: {COLOURS[note.level]};")
        self.setVisible(bool(note.text))


def watch(edit: QLineEdit, note_label: FieldNote, check: Callable[[str], Note], description: str = "") -> Callable[[], None]:
    """Run ``check`` on every change of ``edit``; show the result and set it as the accessible
    description. Returns the refresh function (to re-run it after setting text programmatically)."""

    def refresh() -> None:
        note = check(edit.text())
        note_label.show_note(note)
        edit.setAccessibleDescription(note.text or description)
        edit.setProperty("invalid", note.blocking)

    edit.textChanged.connect(lambda _text: refresh())
    return refresh
