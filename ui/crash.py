"""The global error handler: an unexpected exception anywhere in the GUI is written to the log file
(``<data dir>/logs/mediator.log``) and shown once in a friendly dialog with a report the user can
copy and send; the application keeps running. Saved data is never touched by this path."""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

log = logging.getLogger("mediator")
_log_file: Path | None = None
_showing = False
_dialog: CrashDialog | None = None
shown_reports: list[str] = []  # what the dialog showed this run (kept for tests and the About box)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def setup_logging(data_dir: Path) -> Path:
    """Log to a rotating file in the data directory; returns its path."""
    global _log_file
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    _log_file = folder / "mediator.log"
    handler = logging.handlers.RotatingFileHandler(_log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return _log_file


def install() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to ``report``."""
    sys.excepthook = _excepthook


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report(exc)


def report_text(exc: BaseException) -> str:
    from mediator import __version__

    lines = [
        f"Mediator {__version__} · Python {platform.python_version()} · Qt {qVersion()} · {platform.platform()}",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip(),
    ]
    return "\n".join(lines)


def report(exc: BaseException) -> None:
    """Log ``exc`` and show the report dialog (one at a time; later ones are only logged)."""
    global _showing
    text = report_text(exc)
    log.error("unexpected error\n%s", text)
    if _showing or QApplication.instance() is None:
        return
    shown_reports.append(text)
    _showing = True
    global _dialog
    _dialog = CrashDialog(text)
    _dialog.finished.connect(_closed)
    _dialog.open()  # window-modal without a nested event loop: the app keeps processing events


def _closed() -> None:
    global _showing, _dialog
    _showing = False
    _dialog = None


class CrashDialog(QDialog):
    def __init__(self, text: str, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        where = str(_log_file) if _log_file else tr("(no log file)")
        intro = QLabel(tr("An unexpected error occurred. Your saved work is safe. "
                          "Please copy this report and send it to your administrator. "
                          "It has also been written to {log}.").format(log=where))
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(text, readOnly=True)
        self.details.setAccessibleName(tr("Error report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 400)
