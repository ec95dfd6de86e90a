"""Batch printing from the case list: one kind of document (those printed once per case, not per
hearing or visit) for every selected case, into a folder, as .docx or PDF. The core's
``print_many`` runs in the background with progress and cancel; the dialog ends with a summary of
the files written and, for each case that could not be printed, the reason."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mediator.documents import pdf
from mediator.documents.kinds import KINDS
from mediator.documents.printing import Printed, print_many
from mediator.services.context import Actor, Workspace
from mediator.services.queries import rows_by_id
from ui import operations
from ui.context import AppContext
from ui.documents import output
from ui.errors import show_error
from ui.operations import Operation

BATCH_KINDS = tuple(k for k, s in KINDS.items() if s.per is None)  # one per case: agreement, cover, index…


def print_batch(ws: Workspace, actor: Actor, case_ids: list[str], kind: str, folder: Path, fmt: str, *,
                progress: Callable[[int, int], None], cancel: Callable[[], bool],
                ) -> tuple[list[Printed], list[tuple[str, str]]]:
    """``print_many``, with each case that failed named by its case number."""
    done, failed = print_many(ws, actor, case_ids, kind, folder, fmt=fmt, progress=progress, cancel=cancel)
    rows = rows_by_id(ws, actor, [uuid.UUID(ref) for ref, _reason in failed])
    return done, [(str(rows.get(uuid.UUID(ref), {}).get("case_no") or ref), reason) for ref, reason in failed]


class BatchPrintDialog(QDialog):
    """Print one kind of document for ``case_ids``; ``finished_printing`` after the summary shows."""

    def __init__(self, ctx: AppContext, case_ids: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_ids = case_ids
        self.operation: Operation | None = None
        self.result: tuple[list[Printed], list[tuple[str, str]]] | None = None
        self.setWindowTitle(self.tr("Print documents"))
        self.setMinimumWidth(600)
        intro = QLabel(self.tr("One document for each of the {n} selected cases. Each print is recorded with its "
                               "number and hash, as when printing from the case.").format(n=len(case_ids)), self)
        intro.setWordWrap(True)
        self.kind = QComboBox(self)
        for kind in BATCH_KINDS:
            self.kind.addItem(output.kind_label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData("agreement"), 0))
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("Choose a folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.as_docx = QRadioButton(self.tr("Word document (.docx)"), self)
        self.as_pdf = QRadioButton(self.tr("PDF"), self)
        self.as_docx.setChecked(True)
        if not pdf.available():
            self.as_pdf.setEnabled(False)
            self.as_pdf.setToolTip(self.tr("LibreOffice is not installed, so no PDF can be made"))
        format_row = QHBoxLayout()
        format_row.addWidget(self.as_docx)
        format_row.addWidget(self.as_pdf)
        format_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.kind)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Format:"), format_row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(len(case_ids), 1))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("batch_summary")
        self.summary.setAccessibleName(self.tr("What was printed"))
        self.summary.setOpenExternalLinks(False)
        self.summary.setMinimumHeight(220)
        self.summary.hide()
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(self.tr("&Print"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.print_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        folder = output.ask_folder(self)
        if folder is not None:
            self.folder.setText(str(folder))

    def start(self) -> None:
        """Check the folder, then print in the background (the dialog stays open to show progress)."""
        text = self.folder.text().strip()
        if not text:
            self.message.setText(self.tr("Choose the folder the documents are written to."))
            self.folder.setFocus()
            return
        folder = Path(text).expanduser()
        if folder.exists() and not folder.is_dir():
            self.message.setText(self.tr("{path} is a file, not a folder.").format(path=folder))
            return
        kind, fmt = self.kind.currentData(), "pdf" if self.as_pdf.isChecked() else "docx"
        for widget in (self.kind, self.folder, self.as_docx, self.as_pdf, self.print_button):
            widget.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.hide()
        self.message.setText(self.tr("Printing…"))
        op = operations.run(print_batch, self.ctx.ws, self.ctx.actor, self.case_ids, kind, folder, fmt,
                            name="print documents", writes=True, parent=self)
        op.progressed.connect(lambda done, total: self.progress.setValue(done))
        op.succeeded.connect(self._done)
        op.cancelled.connect(self._cancelled)
        op.failed.connect(self._failed)
        self.operation = op

    def reject(self) -> None:
        """Cancel (or Esc) while printing stops after the current case; otherwise closes."""
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            self.message.setText(self.tr("Stopping after the current case…"))
        else:
            super().reject()

    def _finished(self) -> None:
        """The same cases may be printed again with another document (the cover, then the index)."""
        self.ctx.cases_changed.emit("")  # print counts changed on several cases
        for widget in (self.kind, self.folder, self.as_docx, self.print_button):
            widget.setEnabled(True)
        self.as_pdf.setEnabled(pdf.available())
        self.close_button.setText(self.tr("Close"))

    def _done(self, result: tuple[list[Printed], list[tuple[str, str]]]) -> None:
        self.result = result
        done, failed = result
        self.message.setText(self.tr("{n} document(s) printed, {m} case(s) could not be printed.")
                             .format(n=len(done), m=len(failed)))
        self._show_summary(done, failed)
        self._finished()

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Stopped. The documents printed before stopping are in the folder and recorded."))
        self._finished()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(self.tr("Printing stopped because of an error."))
        self._finished()
        show_error(self, exc)

    def _show_summary(self, done: list[Printed], failed: list[tuple[str, str]]) -> None:
        parts = []
        printed_heading, refused_heading = self.tr("Printed"), self.tr("Not printed")
        notes_heading, copy_mark = self.tr("Notes"), self.tr(" (副本)")

        def section(heading: str, lines: list[str]) -> str:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            return f"<p><b>{html.escape(heading)}</b></p><ul>{items}</ul>"

        if failed:  # first: what still needs doing
            parts.append(section(refused_heading, [f"{case_no}: {reason}" for case_no, reason in failed]))
        if done:
            parts.append(section(printed_heading, [(p.path.name if p.path else p.file_name)
                                                   + (copy_mark if p.is_copy else "") for p in done]))
        notes = list(dict.fromkeys(w for p in done for w in p.warnings))  # the same note once, not per case
        if notes:
            parts.append(section(notes_heading, notes))
        self.summary.setHtml("".join(parts))
        self.summary.show()
