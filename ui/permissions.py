"""Whether the signed-in user may take an action on a case now, and if not, why, in the user's
language. The core's own role and state checks are the single source; the interface only asks
them ahead of time so a disabled button can say why."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from mediator.actor import Actor
from mediator.domain.states import check_role, check_transition
from mediator.errors import InputError


def why_not(actor: Actor, action: str, status: str | None = None, *, closed: bool = False,
            case_no: str = "") -> str | None:
    """None when ``actor`` may do ``action`` on a case in ``status``; otherwise the reason."""
    try:
        check_role(action, actor.role)
        if status is not None:
            check_transition(action, status, closed=closed, case_no=case_no)
    except InputError as err:
        return str(err)
    return None


def gate(widget: QAbstractButton | QAction, reason: str | None, tip: str = "") -> None:
    """Enable ``widget`` or disable it with ``reason`` as its tooltip (a disabled action says why)."""
    widget.setEnabled(reason is None)
    widget.setToolTip(reason or tip)
    if isinstance(widget, QAbstractButton):
        widget.setAccessibleDescription(reason or tip)
