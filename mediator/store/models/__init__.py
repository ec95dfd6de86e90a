"""All typed models; importing this package registers every table on ``Base.metadata``."""

from mediator.store.base import Base
from mediator.store.models.agreement import Agreement, AgreementTerm, FollowUpVisit, Payment
from mediator.store.models.audit import AuditEvent
from mediator.store.models.case import Case, CaseMediator, Claim, Extension, Party
from mediator.store.models.files import Attachment, PrintRecord
from mediator.store.models.hearing import Hearing
from mediator.store.models.inbox import InboxConflict, InboxReject
from mediator.store.models.local import JournalEntry, LocalSetting
from mediator.store.models.org import CaseNumberBlock, MediatorLink, Node, Office, User
from mediator.store.models.recusal import RecusalRequest
from mediator.store.models.reference import DisputeCause, HolidayDay, HolidayYear
from mediator.store.models.templates import PublishedTemplate

__all__ = [
    "Agreement", "AgreementTerm", "Attachment", "AuditEvent", "Base", "Case", "CaseMediator",
    "CaseNumberBlock", "Claim", "DisputeCause", "Extension", "FollowUpVisit", "Hearing",
    "HolidayDay", "HolidayYear", "InboxConflict", "InboxReject", "JournalEntry", "LocalSetting",
    "MediatorLink", "Node", "Office", "Party", "Payment", "PrintRecord", "PublishedTemplate", "RecusalRequest",
    "User",
]


def synced_models() -> list[type[Base]]:
    """Every replicated model, parents before children (the order rows must be applied in)."""
    order = [
        Office, User, Node, DisputeCause, HolidayYear, HolidayDay, PublishedTemplate, MediatorLink, CaseNumberBlock,
        Case, Party, Claim, CaseMediator, Extension, Hearing, Agreement, AgreementTerm, Payment,
        FollowUpVisit, RecusalRequest, Attachment, PrintRecord, AuditEvent,
    ]
    assert all(getattr(m, "__synced__", False) for m in order)
    return order
