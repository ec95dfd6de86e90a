"""The Documents tab's line about the signed agreement: whether the scanned signed copy is on file
(已存档签署本: attached and its stored file still matching the hash recorded then), the copies
attached so far in its tooltip, and attaching a scan (an image or a PDF) in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mediator.documents.signed import Attached, attach_file, attachments, intact
from mediator.services.context import Workspace
from ui.context import AppContext
from ui.documents import output
from ui.errors import show_error
from ui.permissions import gate, why_not

ON_FILE = "QLabel { background: #e8f5e9; color: #1d5b2c; border-radius: 4px; padding: 3px 8px; font-weight: 600; }"
NOT_ON_FILE = "QLabel { color: #555; padding: 3px 0; }"


def signed_copies(ws: Workspace, case_ref: str) -> tuple[bool, list[Attached]]:
    """The signed agreements attached to the case, and whether one is intact on file."""
    items = [a for a in attachments(ws, case_ref) if a.kind == "signed_agreement"]
    return any(intact(a) for a in items), items


class SignedCopyBar(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: dict[str, Any] = {}
        self.case_id = ""
        self.on_file = False
        self._seq = 0
        self.status = QLabel(self)
        self.status.setObjectName("signed_status")
        self.attach_button = QPushButton(self.tr("Attach signed copy…"), self)
        self.attach_button.setObjectName("attach_signed")
        self.attach_button.clicked.connect(self.attach)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.attach_button)
        self._show(False, [])

    def load(self, view: dict[str, Any]) -> None:
        self.view = view
        self.case_id = view.get("id", "")
        gate(self.attach_button, why_not(self.ctx.actor, "attach", view.get("status"), closed=bool(view.get("closed")),
                                         case_no=view.get("case_no", "")),
             self.tr("Attach the scanned signed agreement (an image or a PDF); its hash is recorded"))
        self._seq += 1
        seq = self._seq
        self.ctx.read(signed_copies, self.ctx.ws, self.case_id, parent=self, name="signed copies",
                      on_ok=lambda result: seq == self._seq and self._show(*result))

    def _show(self, on_file: bool, items: list[Attached]) -> None:
        self.on_file = on_file
        if on_file:
            self.status.setText(self.tr("✔ Signed copy on file"))
            self.status.setStyleSheet(ON_FILE)
        elif items:
            self.status.setText(self.tr("The attached signed copy is missing or damaged in the data folder; "
                                        "attach it again"))
            self.status.setStyleSheet("QLabel { color: #8c1d18; padding: 3px 0; }")
        else:
            self.status.setText(self.tr("No signed copy of the agreement on file yet"))
            self.status.setStyleSheet(NOT_ON_FILE)
        lines = [self.tr("{file}, attached {when} by {who}, SHA-256 {hash}").format(
            file=a.filename, when=a.attached_at.strftime("%Y-%m-%d") if a.attached_at else "",
            who=a.attached_by or "", hash=a.sha256[:16]) for a in items]
        self.status.setToolTip("\n".join(lines))

    def attach(self) -> None:
        if not self.attach_button.isEnabled():
            return
        path = output.ask_scan(self)
        if path is None:
            return
        self.attach_button.setEnabled(False)
        self.ctx.write(attach_file, self.ctx.ws, self.ctx.actor, self.case_id, path, kind="signed_agreement",
                       case_id=self.case_id, parent=self, name="attach signed copy",
                       on_ok=self._attached, on_error=self._failed)

    def _attached(self, _attached: Attached) -> None:
        self.attach_button.setEnabled(True)
        self.load(self.view)

    def _failed(self, exc: BaseException) -> None:
        self.attach_button.setEnabled(True)
        show_error(self, exc)
