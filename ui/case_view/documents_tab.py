"""The documents tab (文书): what can be printed for the case now (with how often each was printed),
what was printed (print number, 副本, when, by whom, hash, format, notes), the preview of a document
as its next print would be, printing on paper or to a file, and the scanned signed copy of the
agreement. Every core call runs in the background through the context; a print is a write, so the
case view reloads and both lists refresh after it."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.documents.available import Printable, printable
from mediator.documents.preview import Preview, make_preview
from mediator.documents.printing import Printed, print_document, print_history
from mediator.errors import MediatorError, ValidationError
from mediator.services.context import Workspace
from mediator.services.fields import SHANGHAI
from ui.case_view.document_preview import DocumentPreview
from ui.case_view.signed_copy import SignedCopyBar
from ui.context import AppContext
from ui.documents import output
from ui.errors import show_error
from ui.permissions import gate, why_not

NOTE_STYLE = {"info": "QLabel { background: #e8f5e9; color: #1d5b2c; border-radius: 4px; padding: 6px 10px; }",
              "warning": "QLabel { background: #fff3cd; color: #664d03; border-radius: 4px; padding: 6px 10px; }",
              "error": "QLabel { background: #fdecea; color: #8c1d18; border-radius: 4px; padding: 6px 10px; }"}


def documents_of(ws: Workspace, case_ref: str) -> tuple[list[Printable], list[dict[str, Any]]]:
    """Both lists of the tab in one background read."""
    return printable(ws, case_ref), print_history(ws, case_ref)


def local_time(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


class DocumentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: dict[str, Any] = {}
        self.case_id = ""
        self.items: list[Printable] = []
        self.history: list[dict[str, Any]] = []
        self._seq = 0
        self._preview_seq = 0
        self._printing = False
        self.sent_to_printer = 0  # documents whose pages reached the printer
        self.signed = SignedCopyBar(ctx, self)
        self.notice = QLabel(self)
        self.notice.setObjectName("documents_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.printable = self._tree([self.tr("Document"), self.tr("For"), self.tr("Printed")],
                                    self.tr("Documents that can be printed now"))
        self.printable.itemSelectionChanged.connect(self._gate)
        self.printable.itemDoubleClicked.connect(lambda *_a: self.show_preview())
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.save_button.clicked.connect(self.save_selected)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.history_tree = self._tree(
            [self.tr("Document"), self.tr("No."), self.tr("Copy"), self.tr("Printed at"), self.tr("By"),
             self.tr("Content hash"), self.tr("Format"), self.tr("Note")], self.tr("Documents printed"))

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._heading(self.tr("Can be printed now"), self.printable))
        column.addWidget(self.printable, 3)
        column.addLayout(buttons)
        column.addWidget(self._heading(self.tr("Printed"), self.history_tree))
        column.addWidget(self.history_tree, 2)
        self.preview = DocumentPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.signed)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self._gate()

    def _tree(self, columns: list[str], name: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(columns)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAccessibleName(name)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        return tree

    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{html.escape(text)}</b>", self)
        label.setBuddy(buddy)
        return label

    # -- loading --------------------------------------------------------------------------------
    def load(self, view: dict[str, Any]) -> None:
        if view.get("id") != self.case_id:
            self.preview.show_message(self.tr("Choose a document on the left and press Preview to see its pages here."))
            self.notice.hide()
        self.view, self.case_id = view, view.get("id", "")
        self.signed.load(view)
        self.refresh()

    def refresh(self) -> None:
        self._seq += 1
        seq = self._seq
        self.ctx.read(documents_of, self.ctx.ws, self.case_id, parent=self, name="documents",
                      on_ok=lambda lists: self._show(seq, *lists))

    def _show(self, seq: int, items: list[Printable], history: list[dict[str, Any]]) -> None:
        if seq != self._seq:
            return
        current = self.selected()
        chosen = (current.kind, current.subject) if current else None
        self.items, self.history = items, history
        self.printable.clear()
        for i, item in enumerate(items):
            times = self.tr("{n} times").format(n=item.printed) if item.printed else self.tr("not yet")
            row = QTreeWidgetItem([output.kind_label(item.kind), item.subject_label, times])
            row.setData(0, Qt.ItemDataRole.UserRole, i)
            self.printable.addTopLevelItem(row)
            if (item.kind, item.subject) == chosen:
                row.setSelected(True)
        labels = {(i.kind, i.subject): i.subject_label for i in items}
        self.history_tree.clear()
        for h in history:
            label = labels.get((h["kind"], h["subject"])) or ""
            note = h.get("note") or ""
            row = QTreeWidgetItem([output.kind_label(h["kind"]) + (f" · {label}" if label else ""), str(h["print_no"]),
                                   "副本" if h["is_copy"] else "", local_time(h["printed_at"]), h.get("by") or "",
                                   (h["content_hash"] or "")[:12], h.get("format") or "", note])
            row.setToolTip(5, h["content_hash"] or "")
            row.setToolTip(7, note)
            self.history_tree.addTopLevelItem(row)
        self._gate()

    def selected(self) -> Printable | None:
        rows = self.printable.selectedItems()
        return self.items[rows[0].data(0, Qt.ItemDataRole.UserRole)] if rows else None

    def select(self, kind: str, subject: str | None = None) -> bool:
        """Select the printable document ``kind`` (and subject); False when it is not listed."""
        for i, item in enumerate(self.items):
            if item.kind == kind and (subject is None or item.subject == subject):
                self.printable.setCurrentItem(self.printable.topLevelItem(i))
                return True
        return False

    def _gate(self) -> None:
        nothing = None if self.selected() else self.tr("Choose a document in the list first.")
        may_print = why_not(self.ctx.actor, "print")
        gate(self.preview_button, nothing)
        for button in (self.print_button, self.save_button):
            gate(button, may_print or nothing or (self.tr("A print is being made.") if self._printing else None))

    # -- notices --------------------------------------------------------------------------------
    def say(self, kind: str, text: str, lines: list[str] | None = None) -> None:
        """Show a message above the lists (``kind``: info, warning or error), with a bulleted list."""
        body = html.escape(text)
        if lines:
            body += "<ul style='margin: 2px 0 0 -20px'>" + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>"
        self.notice.setText(body)
        self.notice.setStyleSheet(NOTE_STYLE[kind])
        self.notice.show()

    def _failed(self, item: Printable, exc: BaseException, *, printing: bool = True) -> None:
        if printing:
            self._printing = False
            self._gate()
        if isinstance(exc, ValidationError):
            self.say("error", self.tr("{title} cannot be printed yet; it lacks:").format(title=output.kind_label(item.kind)),
                     output.missing_lines(exc, self.view))
            self.preview.show_message(self.tr("No preview: the document is not complete."))
        elif isinstance(exc, MediatorError):
            self.say("error", str(exc))
            if not printing:
                self.preview.show_message(str(exc))
        else:
            show_error(self, exc)

    # -- preview --------------------------------------------------------------------------------
    def show_preview(self) -> None:
        item = self.selected()
        if item is None:
            return
        self._preview_seq += 1
        seq = self._preview_seq
        self.preview.show_message(self.tr("Preparing the preview of {title}…").format(title=output.kind_label(item.kind)))
        self.ctx.read(make_preview, self.ctx.ws, self.case_id, item.kind, subject=item.subject, parent=self,
                      name="preview", on_ok=lambda p: self._previewed(seq, item, p),
                      on_error=lambda exc: seq == self._preview_seq and self._failed(item, exc, printing=False))

    def _previewed(self, seq: int, item: Printable, result: Preview) -> None:
        if seq != self._preview_seq:
            return
        caption = self.tr("Preview of {title} as print no. {n}").format(title=output.kind_label(item.kind), n=result.print_no)
        if result.is_copy:
            caption += self.tr(" (marked 副本)")
        if result.is_pdf:
            self.preview.show_pdf(result.data, caption)
        else:
            self.preview.show_docx(result.data, self._file_name(item), caption)
        if result.warnings:
            self.say("warning", self.tr("Note about this document:"), result.warnings)

    # -- printing -------------------------------------------------------------------------------
    def print_selected(self) -> None:
        """Print on paper (the printer dialog with LibreOffice, else the word processor)."""
        item = self.selected()
        if item is None or not self.print_button.isEnabled():
            return
        if output.print_to_paper(self.ctx, self, self.case_id, item.kind, subject=item.subject,
                                 on_ok=lambda p: self._printed(item, p),
                                 on_error=lambda exc: self._failed(item, exc), on_sent=self._sent):
            self._start_printing()

    def save_selected(self) -> None:
        """Print to a file the user names; its suffix (.docx or .pdf) decides the format."""
        item = self.selected()
        if item is None or not self.save_button.isEnabled():
            return
        target = output.ask_save_path(self, self._file_name(item))
        if target is None:
            return
        fmt = target.suffix.lower().lstrip(".")
        self._start_printing()
        self.ctx.write(print_document, self.ctx.ws, self.ctx.actor, self.case_id, item.kind, fmt=fmt,
                       subject=item.subject, out=target, case_id=self.case_id, parent=self, name="save document",
                       on_ok=lambda p: self._printed(item, p), on_error=lambda exc: self._failed(item, exc))

    def _file_name(self, item: Printable) -> str:
        """``调解协议书-旧城劳调〔2026〕第12号.docx``, without characters file systems refuse."""
        name = f"{item.title}-{self.view.get('case_no', '')}"
        return "".join("_" if c in '\\/:*?"<>|' else c for c in name) + ".docx"

    def _sent(self, ok: bool) -> None:
        self.sent_to_printer += ok

    def _start_printing(self) -> None:
        self._printing = True
        self._gate()

    def _printed(self, item: Printable, printed: Printed) -> None:
        self._printing = False
        text = self.tr("{title}: print no. {n} recorded").format(title=output.kind_label(item.kind), n=printed.print_no)
        if printed.is_copy:
            text += self.tr(", marked 副本")
        if printed.path is not None:
            text += self.tr("; saved as {path}").format(path=printed.path)
        self.say("warning" if printed.warnings else "info", text + self.tr("."), printed.warnings)
        self.refresh()
