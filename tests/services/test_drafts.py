"""Intake drafts: kept per user on this PC in local settings, listed newest first, restored
exactly, deleted once registered; never case data (no audit event, no sync journal entry)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from mediator.errors import NotFound, ValidationError
from mediator.services import drafts
from mediator.store.models import AuditEvent, JournalEntry, LocalSetting
from tests.conftest import case_data


def _count(ws, model):
    with ws.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_draft_round_trips_and_is_listed_with_a_title(office):
    draft_id = str(uuid.uuid4())
    data = case_data()
    summary = drafts.save_draft(office.ws, office.wang, draft_id, data)
    assert summary["id"] == draft_id and summary["title"] == "张三 / 旧城制衣厂"
    assert drafts.load_draft(office.ws, office.wang, draft_id) == data
    listed = drafts.list_drafts(office.ws, office.wang)
    assert [d["id"] for d in listed] == [draft_id] and listed[0]["saved_at"].startswith("20")
    with office.ws.read() as s:
        key = s.scalar(select(LocalSetting.key).where(LocalSetting.key.like("draft:%")))
    assert key == f"draft:intake:{draft_id}" and len(key) <= 64


def test_saving_again_replaces_and_newest_comes_first(office):
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    drafts.save_draft(office.ws, office.wang, first, {"facts": "a"})
    drafts.save_draft(office.ws, office.wang, second, {"facts": "b"})
    drafts.save_draft(office.ws, office.wang, first, {"facts": "c"})
    assert drafts.load_draft(office.ws, office.wang, first) == {"facts": "c"}
    assert len(drafts.list_drafts(office.ws, office.wang)) == 2
    assert drafts.list_drafts(office.ws, office.wang)[0]["title"] == "Unnamed application"


def test_drafts_are_private_to_their_user(office):
    draft_id = str(uuid.uuid4())
    drafts.save_draft(office.ws, office.wang, draft_id, case_data())
    assert drafts.list_drafts(office.ws, office.chen) == []
    with pytest.raises(NotFound):
        drafts.load_draft(office.ws, office.chen, draft_id)
    with pytest.raises(NotFound):
        drafts.save_draft(office.ws, office.chen, draft_id, {})
    assert drafts.delete_draft(office.ws, office.chen, draft_id) is False
    assert drafts.load_draft(office.ws, office.wang, draft_id)


def test_delete_and_no_audit_or_journal(office):
    audits, journal = _count(office.ws, AuditEvent), _count(office.ws, JournalEntry)
    draft_id = str(uuid.uuid4())
    drafts.save_draft(office.ws, office.wang, draft_id, case_data())
    assert drafts.delete_draft(office.ws, office.wang, draft_id) is True
    assert drafts.delete_draft(office.ws, office.wang, draft_id) is False
    with pytest.raises(NotFound):
        drafts.load_draft(office.ws, office.wang, draft_id)
    assert (_count(office.ws, AuditEvent), _count(office.ws, JournalEntry)) == (audits, journal)


def test_collective_title_and_bad_id():
    data = {"applicants": [{"name": "工人甲"}] + [{"name": f"工人{i}"} for i in range(11)], "respondent": {"name": "厂"}}
    assert drafts.draft_title(data) == "工人甲 et al. (12 workers) / 厂"
    with pytest.raises(ValidationError):
        drafts._key("../../etc")
