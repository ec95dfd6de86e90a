"""Sending a PDF to a printer: every page drawn, at a bounded resolution (a real QPrinter writing
to a PDF file stands in for the paper printer)."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtPrintSupport import QPrinter

from mediator.documents import pdf
from mediator.documents.printing import print_document
from mediator.services import agreements
from tests.conftest import agreement_data, unavailable
from tests.documents.conftest import heard
from ui.documents.output import paint_pdf


def test_every_page_of_the_document_reaches_the_printer(qapp, office, tmp_path):
    if not pdf.available() or not shutil.which("pdfinfo"):
        unavailable("install LibreOffice and poppler-utils to run the printing checks")
    settled = heard(office)
    agreements.settle(office.ws, office.wang, settled, agreement_data())
    source = print_document(office.ws, office.wang, settled, "agreement", fmt="pdf").data
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert paint_pdf(source, printer)

    def pages(data_path) -> int:  # noqa: ANN001
        info = subprocess.run(["pdfinfo", str(data_path)], capture_output=True, text=True, check=True).stdout
        return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))

    (tmp_path / "source.pdf").write_bytes(source)
    assert pages(out) == pages(tmp_path / "source.pdf") >= 2
