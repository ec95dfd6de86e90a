"""Showing failures: an expected failure (``MediatorError``) as a plain message in the user's
language, a validation failure as the list of fields and problems, and anything unexpected through
the global crash handler (``ui.crash``), which logs it and offers a copyable report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from mediator.errors import MediatorError, ValidationError
from mediator.i18n import field_label

ERROR_STYLE = "color: #b3261e;"

_parentless: set[QMessageBox] = set()


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


def show_error(parent: QObject | None, exc: BaseException) -> QMessageBox | None:
    """Show ``exc`` without blocking: the message box is window-modal but opened with ``open()``,
    not ``exec()``. A failure arrives from background work at any moment; a nested event loop here
    would run other deliveries inside it and could delete the box's parent under it."""
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(exc, ValidationError):
        return open_message(widget, QMessageBox.Icon.Warning, tr("Please correct these fields"),
                            "\n".join(problem_lines(exc)))
    if isinstance(exc, MediatorError):
        return open_message(widget, QMessageBox.Icon.Warning, tr("Cannot do that"), str(exc))
    from ui import crash

    crash.report(exc)
    return None


def open_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that does not block (see ``show_error``), for news that arrives from the background."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # nothing else holds a parentless box: keep it until it is closed
        _parentless.add(box)
        box.finished.connect(lambda _result: _parentless.discard(box))
    box.open()
    return box
