"""Showing failures: an expected failure (``MediatorError``) as a plain message in the user's
language, a validation failure as the list of fields and problems, and anything unexpected through
the global crash handler (``ui.crash``), which logs it and offers a copyable report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from mediator.errors import MediatorError, ValidationError
from mediator.i18n import field_label

ERROR_STYLE = "color: #b3261e;"


def error_label() -> QLabel:
    """A red, wrapping, initially hidden message label."""
    message = QLabel()
    message.setStyleSheet(ERROR_STYLE)
    message.setWordWrap(True)
    message.hide()
    return message


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def problem_lines(err: ValidationError) -> list[str]:
    """One line per problem, the field named in the user's language."""
    return [f"{field_label(p.field)}: {p.message}" for p in err.problems]


def show_error(parent: QObject | None, exc: BaseException) -> None:
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(exc, ValidationError):
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Please correct these fields"),
                          "\n".join(problem_lines(exc)), QMessageBox.StandardButton.Ok, widget)
        box.exec()
    elif isinstance(exc, MediatorError):
        QMessageBox.warning(widget, tr("Cannot do that"), str(exc))
    else:
        from ui import crash

        crash.report(exc)
