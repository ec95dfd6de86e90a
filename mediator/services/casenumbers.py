"""Allocating case numbers per office and year, without gaps or duplicates.

The number is taken from this node's block inside the registering transaction (writes are
serialised by ``BEGIN IMMEDIATE``), so a failed registration returns it and two registrations
never get the same one; the unique index on (office, case_no) is the last guard. A node that
syncs takes numbers only from blocks reserved for it at central (``mediator.sync.numbering``).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mediator.domain.casenumber import format_case_number
from mediator.errors import InputError
from mediator.store.models import Case, CaseNumberBlock, Office
from mediator.sync import numbering


def allocate(session: Session, office: Office, node_id: uuid.UUID, year: int) -> tuple[int, str]:
    block = session.scalar(
        select(CaseNumberBlock)
        .where(
            CaseNumberBlock.office_id == office.id,
            CaseNumberBlock.node_id == node_id,
            CaseNumberBlock.year == year,
            CaseNumberBlock.deleted_at.is_(None),
            or_(CaseNumberBlock.last_seq.is_(None), CaseNumberBlock.next_seq <= CaseNumberBlock.last_seq),
        )
        .order_by(CaseNumberBlock.first_seq)
        .limit(1)
    )
    if block is None:
        if numbering.federated(session):  # several nodes: only numbers reserved at central (sync/numbering.py)
            raise InputError(numbering.exhausted_message(year))
        used = session.scalar(
            select(func.max(Case.case_seq)).where(Case.office_id == office.id, Case.case_year == year)
        ) or 0
        reserved = session.scalar(
            select(func.max(func.coalesce(CaseNumberBlock.last_seq, CaseNumberBlock.next_seq - 1))).where(
                CaseNumberBlock.office_id == office.id, CaseNumberBlock.year == year
            )
        ) or 0
        first = max(used, reserved) + 1
        block = CaseNumberBlock(
            office_id=office.id, node_id=node_id, year=year, first_seq=first, last_seq=None, next_seq=first
        )
        session.add(block)
    seq = block.next_seq
    block.next_seq = seq + 1
    return seq, format_case_number(office.case_number_format, office.short_name, year, seq)
