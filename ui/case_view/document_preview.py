"""The preview pane of the Documents tab: a document's pages shown inside the application
(``QPdfView`` over a ``QPdfDocument`` read from memory), a line saying what is shown (print number,
副本), and, where LibreOffice is not installed, the explanation and a button that opens the .docx
with the system's word processor instead."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.documents import output


class DocumentPreview(QWidget):
    """``show_pdf``, ``show_docx`` or ``show_message``; only the last thing asked for is shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self._docx: tuple[bytes, str] | None = None
        self.caption = QLabel(self)
        self.caption.setObjectName("preview_caption")
        self.caption.setWordWrap(True)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("preview_pages")
        self.pdf_view.setAccessibleName(self.tr("Document preview"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf_document)
        self.message = QLabel(self)
        self.message.setObjectName("preview_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("QLabel { color: #555; padding: 24px; }")
        self.open_button = QPushButton(self.tr("Open in word processor"), self)
        self.open_button.setObjectName("preview_open_docx")
        self.open_button.setToolTip(self.tr("Open the .docx with the system's application (Word, WPS)"))
        self.open_button.clicked.connect(self.open_docx)
        message_page = QWidget(self)
        column = QVBoxLayout(message_page)
        column.addStretch(1)
        column.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(message_page)
        self.stack.addWidget(self.pdf_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Choose a document on the left and press Preview to see its pages here."))

    def show_message(self, text: str, caption: str = "") -> None:
        self._docx = None
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.message.setText(text)
        self.open_button.hide()
        self.stack.setCurrentIndex(0)

    def show_pdf(self, data: bytes, caption: str) -> None:
        self._docx = None
        self.pdf_document.close()
        buffer = QBuffer(self)  # QPdfDocument reads from it for as long as the document is shown
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.stack.setCurrentIndex(1)

    def show_docx(self, data: bytes, file_name: str, caption: str) -> None:
        """No PDF could be made: say why and offer the word processor."""
        self.show_message(self.tr("LibreOffice is not installed on this computer, so the pages cannot be shown "
                                  "here. Open the document in your word processor to look at it."), caption)
        self._docx = (data, file_name)
        self.open_button.show()

    def open_docx(self) -> None:
        if self._docx is not None:
            output.open_with_system(*self._docx)

    def page_count(self) -> int:
        """Pages of the PDF shown now (0 when none is)."""
        return self.pdf_document.pageCount() if self.stack.currentIndex() == 1 else 0
