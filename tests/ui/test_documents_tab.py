"""The Documents tab and batch printing, driven through the real widgets: a settled case lists its
agreement; saving it writes a .docx that reads back with the case number; a reprint is 副本; the
preview shows the PDF's pages without recording a print; a draft printed from the agreement editor
lists what it lacks; the signed copy shows as on file; batch printing writes one file per case and
names the case that could not be printed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

import docx  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from mediator.documents import pdf  # noqa: E402
from mediator.documents.printing import print_history  # noqa: E402
from mediator.services import agreements  # noqa: E402
from tests.conftest import agreement_data, unavailable  # noqa: E402
from tests.documents.conftest import heard, register  # noqa: E402
from ui.case_view.view import CaseView  # noqa: E402
from ui.cases_page import CasesPage  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.documents import output  # noqa: E402
from ui.documents.batch_print import BatchPrintDialog  # noqa: E402

WAIT = 20_000
CONVERT_WAIT = 120_000  # LibreOffice's first start on a cold machine


def settle_case(office) -> str:
    case_no = heard(office)
    agreements.settle(office.ws, office.wang, case_no, agreement_data())
    return case_no


def open_documents(qtbot, office, case_no, actor=None):
    view = CaseView(AppContext(office.ws, actor or office.chair), case_no)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    qtbot.waitUntil(lambda: view.view is not None, timeout=WAIT)
    view.show_tab("documents")
    tab = view.tab_widgets["documents"]
    qtbot.waitUntil(lambda: bool(tab.items), timeout=WAIT)
    return view, tab


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def save_as(qtbot, monkeypatch, tab, target: Path, rows: int) -> None:
    monkeypatch.setattr(output, "ask_save_path", lambda parent, suggested: target)
    tab.save_button.click()
    qtbot.waitUntil(lambda: target.exists() and tab.history_tree.topLevelItemCount() == rows, timeout=WAIT)


def test_settled_case_prints_its_agreement_and_a_reprint_is_a_copy(qtbot, office, tmp_path, monkeypatch):
    case_no = settle_case(office)
    view, tab = open_documents(qtbot, office, case_no)
    agreement = next(i for i in tab.items if i.kind == "agreement")
    assert agreement.title == "调解协议书" and agreement.printed == 0
    assert tab.select("agreement")
    assert tab.print_button.isEnabled() and tab.save_button.isEnabled()

    save_as(qtbot, monkeypatch, tab, tmp_path / "first.docx", 1)
    text = docx_text(tmp_path / "first.docx")
    assert case_no in text and "陆仟元整" in text  # the first term's amount in capitals
    first = tab.history_tree.topLevelItem(0)
    assert first.text(0) == "Settlement agreement (调解协议书)" and first.text(1) == "1" and first.text(2) == ""
    assert first.text(6) == "docx" and len(first.text(5)) == 12
    assert "print no. 1" in tab.notice.text() and tab.notice.isVisible()

    save_as(qtbot, monkeypatch, tab, tmp_path / "second.docx", 2)
    newest = tab.history_tree.topLevelItem(0)
    assert newest.text(1) == "2" and newest.text(2) == "副本"
    assert "副本" in docx_text(tmp_path / "second.docx") or "副本" in "".join(
        p.text for s in docx.Document(str(tmp_path / "second.docx")).sections for p in s.header.paragraphs)
    qtbot.waitUntil(lambda: next(i for i in tab.items if i.kind == "agreement").printed == 2, timeout=WAIT)
    assert tab.selected().kind == "agreement"  # the selection survives the refresh


def test_preview_shows_the_pdf_and_records_nothing(qtbot, office):
    if not pdf.available():
        unavailable("install LibreOffice (apt install libreoffice-writer fonts-noto-cjk) for the PDF preview")
    case_no = settle_case(office)
    view, tab = open_documents(qtbot, office, case_no)
    tab.select("agreement")
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=CONVERT_WAIT)
    assert tab.preview.pdf_view.isVisible()
    assert tab.preview.pdf_document.status() == QPdfDocument.Status.Ready
    assert "print no. 1" in tab.preview.caption.text()
    assert print_history(office.ws, case_no) == []


def test_print_sends_the_pdf_to_the_chosen_printer(qtbot, office, tmp_path, monkeypatch):
    if not pdf.available():
        unavailable("install LibreOffice (apt install libreoffice-writer fonts-noto-cjk) to print PDF")
    case_no = settle_case(office)
    view, tab = open_documents(qtbot, office, case_no)
    target = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes its pages to a file
    printer.setOutputFileName(str(target))
    printer.setResolution(150)
    monkeypatch.setattr(output, "choose_printer", lambda parent: printer)
    tab.select("agreement")
    tab.print_button.click()
    qtbot.waitUntil(lambda: tab.sent_to_printer == 1, timeout=CONVERT_WAIT)
    qtbot.waitUntil(lambda: tab.history_tree.topLevelItemCount() == 1, timeout=WAIT)
    printed = QPdfDocument()
    printed.load(str(target))
    assert printed.pageCount() >= 1
    assert tab.history_tree.topLevelItem(0).text(6) == "pdf"


def test_an_incomplete_draft_lists_what_is_missing(qtbot, office, tmp_path, monkeypatch):
    case_no = heard(office)
    view = CaseView(AppContext(office.ws, office.chair), case_no)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.view is not None, timeout=WAIT)
    view.show_tab("agreement")
    editor = view.tab_widgets["agreement"].editor
    monkeypatch.setattr(output, "choose_printer", lambda parent: QPrinter())  # never reached the printer
    assert editor.print_button.isEnabled()
    editor.print_button.click()
    qtbot.waitUntil(lambda: editor.status_label.text().startswith("Not printed"), timeout=WAIT)
    assert editor.print_button.isEnabled()
    lines = "\n".join(editor.problem_lines)
    assert "The dispute" in lines and "Term 1" in lines
    assert print_history(office.ws, case_no) == []


def test_printing_is_refused_with_the_reason_to_those_who_may_not(qtbot, office):
    case_no = settle_case(office)
    visitor = dataclasses.replace(office.chair, role="federation")
    view, tab = open_documents(qtbot, office, case_no, actor=visitor)
    tab.select("agreement")
    assert tab.preview_button.isEnabled()
    assert not tab.print_button.isEnabled() and tab.print_button.toolTip()
    assert not tab.signed.attach_button.isEnabled() and tab.signed.attach_button.toolTip()


def test_attaching_the_signed_copy_shows_it_on_file(qtbot, office, tmp_path, monkeypatch):
    case_no = settle_case(office)
    view, tab = open_documents(qtbot, office, case_no)
    assert not view.header.signed_copy.isVisible()
    scan = tmp_path / "signed.png"
    image = QImage(40, 60, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    assert image.save(str(scan))
    monkeypatch.setattr(output, "ask_scan", lambda parent: scan)
    tab.signed.attach_button.click()
    qtbot.waitUntil(lambda: tab.signed.on_file and view.header.signed_copy.isVisible(), timeout=WAIT)
    assert "signed.png" in tab.signed.status.toolTip()


def test_batch_printing_writes_one_file_per_case_and_names_the_refused(qtbot, office, tmp_path, monkeypatch):
    settled = [settle_case(office) for _ in range(3)]
    unsettled = register(office)
    page = CasesPage(AppContext(office.ws, office.chair))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.running, timeout=WAIT)
    assert not page.print_button.isEnabled()
    page.table.selectAll()
    assert page.print_button.isEnabled()
    folder = tmp_path / "out"
    monkeypatch.setattr(output, "ask_folder", lambda parent: folder)
    page.print_button.click()
    dialog = page.findChild(BatchPrintDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind.currentData() == "agreement"
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [
        "application", "acceptance", "rejection", "agreement", "termination", "cover", "index"]
    dialog.browse()
    assert dialog.folder.text() == str(folder)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    done, failed = dialog.result
    files = sorted(folder.glob("*.docx"))
    assert len(files) == 3 and len(done) == 3
    for case_no in settled:
        assert any(case_no in docx_text(f) for f in files)
    assert [case_no for case_no, _reason in failed] == [unsettled]
    assert unsettled in dialog.summary.toPlainText()
    assert dialog.close_button.text() == "Close"
