"""Signed copies: a scan is stored once under its SHA-256 with its row and audit event, checked by
its first bytes, refused when empty, too large or not a scan; the case shows a signed copy on
file only while the stored file still has the recorded hash."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from mediator.documents.signed import MAX_BYTES, attach_file, attachments, signed_copy_on_file
from mediator.errors import InputError, PermissionDenied, TransitionError
from mediator.i18n import set_language
from mediator.services import lifecycle
from mediator.services.case_view import show_case
from mediator.store.models import Attachment, AuditEvent
from tests.documents.conftest import register

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 500 + b"\xff\xd9"
TIFF = b"II*\x00\x08\x00\x00\x00" + b"\x00" * 200


def scan(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rows(office, table) -> int:
    with office.ws.read() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_a_signed_scan_is_stored_under_its_hash_with_row_and_audit_event(office, settled, tmp_path):
    source = scan(tmp_path, "协议 签字版.PDF", PDF)
    assert not signed_copy_on_file(office.ws, settled) and show_case(office.ws, office.chair, settled)["signed_copy"] is False

    item = attach_file(office.ws, office.clerk, settled, source, note="  双方签字  ")
    sha = hashlib.sha256(PDF).hexdigest()
    assert item.stored_path == office.ws.data_dir / "attachments" / sha[:2] / f"{sha}.pdf"
    assert item.stored_path.read_bytes() == PDF
    assert (item.sha256, item.size, item.filename, item.kind, item.note, item.duplicate) == (
        sha, len(PDF), "协议 签字版.PDF", "signed_agreement", "双方签字", False)
    assert not [p for p in item.stored_path.parent.parent.iterdir() if p.name.startswith(".incoming")]
    [listed] = attachments(office.ws, settled)
    assert (listed.id, listed.stored_path) == (item.id, item.stored_path)
    with office.ws.read() as s:
        row = s.get(Attachment, item.id)
        assert row.stored_path == f"attachments/{sha[:2]}/{sha}.pdf"  # relative: the data folder may move
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "attach", AuditEvent.entity_id == str(item.id)))
    assert event is not None and event.case_id == row.case_id
    assert signed_copy_on_file(office.ws, settled)
    assert show_case(office.ws, office.chair, settled)["signed_copy"] is True


def test_the_same_file_twice_is_reported_not_duplicated(office, settled, tmp_path):
    first = attach_file(office.ws, office.wang, settled, scan(tmp_path, "a.png", PNG))
    events = rows(office, AuditEvent)
    again = attach_file(office.ws, office.wang, settled, scan(tmp_path, "copy of a.png", PNG), kind="evidence")
    assert again.duplicate and (again.id, again.kind, again.filename) == (first.id, "signed_agreement", "a.png")
    assert rows(office, Attachment) == 1 and rows(office, AuditEvent) == events
    assert len(list((office.ws.data_dir / "attachments").rglob("*.png"))) == 1
    # a different case may hold the same scan: its own row, the stored file shared
    other = register(office, applicants=[{"name": "李四", "id_number": "440524188001010014", "phone": "13800138001",
                                          "address": "旧城镇幸福路2号", "employer": "旧城制衣厂", "job": "车工"}])
    theirs = attach_file(office.ws, office.chair, other, scan(tmp_path, "b.png", PNG), kind="evidence")
    assert not theirs.duplicate and theirs.stored_path == first.stored_path and rows(office, Attachment) == 2


def test_images_of_every_kind_are_accepted_by_their_first_bytes(office, settled, tmp_path):
    for name, data in (("s.jpg", JPEG), ("s2.JPEG", JPEG + b"\x00"), ("s.tif", TIFF), ("s.tiff", b"MM\x00*" + TIFF[4:])):
        item = attach_file(office.ws, office.chair, settled, scan(tmp_path, name, data), kind="other")
        assert item.stored_path.suffix == os.path.splitext(name)[1].lower() and item.stored_path.read_bytes() == data


@pytest.mark.parametrize(("name", "data", "needle"), [
    ("empty.pdf", b"", "empty"),
    ("letter.docx", b"PK\x03\x04", "only scans"),
    ("no-suffix", PDF, "only scans"),
    ("disguised.png", PDF, "the name says PNG but the content is PDF"),
    ("text.pdf", b"signed by both parties", "not a PDF file"),
])
def test_what_is_not_a_scan_is_refused_naming_the_file(office, settled, tmp_path, name, data, needle):
    path = scan(tmp_path, name, data)
    with pytest.raises(InputError) as err:
        attach_file(office.ws, office.chair, settled, path)
    assert needle in str(err.value) and str(path) in str(err.value)
    assert rows(office, Attachment) == 0 and not (office.ws.data_dir / "attachments").exists()


def test_too_large_missing_and_chinese_messages(office, settled, tmp_path):
    big = tmp_path / "huge.pdf"
    with big.open("wb") as f:  # sparse: no 50 MB written to disk
        f.write(PDF)
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match=r"huge\.pdf: the file is 50\.0 MB; at most 50 MB"):
        attach_file(office.ws, office.chair, settled, big)
    with pytest.raises(InputError, match="no such file"):
        attach_file(office.ws, office.chair, settled, tmp_path / "gone.pdf")
    set_language("zh")
    with pytest.raises(InputError) as err:
        attach_file(office.ws, office.chair, settled, scan(tmp_path, "空.pdf", b""))
    assert "空.pdf：文件是空的" in str(err.value)
    with pytest.raises(InputError) as err:
        attach_file(office.ws, office.chair, settled, big, kind="合同")
    assert "未知的附件种类“合同”" in str(err.value)


def test_only_an_intact_signed_agreement_counts_as_on_file(office, settled, tmp_path):
    evidence = attach_file(office.ws, office.chair, settled, scan(tmp_path, "e.pdf", PDF + b"evidence"), kind="evidence")
    assert evidence.kind == "evidence" and not signed_copy_on_file(office.ws, settled)
    signed = attach_file(office.ws, office.chair, settled, scan(tmp_path, "s.pdf", PDF))
    assert signed_copy_on_file(office.ws, settled)
    signed.stored_path.write_bytes(PDF.replace(b"1.4", b"1.5"))  # same size, altered content
    assert not signed_copy_on_file(office.ws, settled)
    signed.stored_path.unlink()
    assert not signed_copy_on_file(office.ws, settled)
    again = attach_file(office.ws, office.chair, settled, scan(tmp_path, "s again.pdf", PDF))  # restores the copy
    assert again.duplicate and again.stored_path.read_bytes() == PDF and signed_copy_on_file(office.ws, settled)


def test_a_closed_file_or_an_unknown_case_is_refused_before_anything_is_stored(office, tmp_path):
    source = scan(tmp_path, "s.pdf", PDF)
    with pytest.raises(InputError, match="no case"):
        attach_file(office.ws, office.chair, "旧城劳调〔2026〕第99号", source)
    case_no = register(office)
    lifecycle.withdraw(office.ws, office.chair, case_no, reason="申请人撤回")
    lifecycle.close(office.ws, office.chair, case_no, note="归档")
    with pytest.raises(TransitionError, match="closed"):
        attach_file(office.ws, office.chair, case_no, source)
    assert not (office.ws.data_dir / "attachments").exists()


def test_a_role_outside_the_office_may_not_attach(office, settled, tmp_path):
    federation = replace(office.chair, role="federation")
    with pytest.raises(PermissionDenied):
        attach_file(office.ws, federation, settled, scan(tmp_path, "s.pdf", PDF))
