"""The documents tab (文书): a placeholder until the documents issue fills it with the printable
papers of the case (application, acceptance notice, hearing records, agreement, termination notice,
proof of service, follow-up record)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext


class DocumentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr(
            "The case's documents — application, acceptance notice, hearing records, agreement, termination "
            "notice, proof of service — will be printed from here. This part is filled by the documents issue."), self)
        self.note.setObjectName("documents_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet("QLabel { color: #555; padding: 24px; }")
        layout.addStretch(1)
        layout.addWidget(self.note)
        layout.addStretch(2)

    def load(self, view: dict[str, Any]) -> None:
        """Nothing to show yet."""
