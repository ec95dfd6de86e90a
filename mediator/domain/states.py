"""Case states and the transitions between them (domain.md, "Case lifecycle"), with the roles
allowed to make each one. Pure: services consult this table before they write anything."""

from __future__ import annotations

from dataclasses import dataclass

from mediator.errors import PermissionDenied, TransitionError
from mediator.i18n import label, t

REGISTERED = "registered"
ACCEPTED = "accepted"
IN_MEDIATION = "in_mediation"
SETTLED = "settled"
PERFORMED = "performed"
NOT_PERFORMED = "not_performed"
REJECTED = "rejected"
FAILED = "failed"
WITHDRAWN = "withdrawn"

STATES = (REGISTERED, ACCEPTED, IN_MEDIATION, SETTLED, PERFORMED, NOT_PERFORMED, REJECTED, FAILED, WITHDRAWN)
OPEN_STATES = (REGISTERED, ACCEPTED, IN_MEDIATION)
ACTIVE_STATES = (ACCEPTED, IN_MEDIATION)
OUTCOME_STATES = (PERFORMED, NOT_PERFORMED, REJECTED, FAILED, WITHDRAWN)
AFTER_AGREEMENT = (SETTLED, PERFORMED, NOT_PERFORMED)

TERMINATION_REASONS = ("other_party_refused", "party_withdrew_or_absent", "period_expired", "no_agreement", "other")

OFFICE_STAFF = ("mediator", "chair", "clerk")
CASE_HANDLERS = ("mediator", "chair")


@dataclass(frozen=True)
class Transition:
    action: str
    sources: tuple[str, ...]
    target: str | None
    roles: tuple[str, ...]


TRANSITIONS: dict[str, Transition] = {
    tr.action: tr
    for tr in (
        Transition("register", (), REGISTERED, OFFICE_STAFF),
        Transition("accept", (REGISTERED,), ACCEPTED, ("chair",)),
        Transition("reject", (REGISTERED,), REJECTED, ("chair",)),
        Transition("assign", OPEN_STATES + (SETTLED, NOT_PERFORMED), None, ("chair",)),
        Transition("hearing", ACTIVE_STATES, IN_MEDIATION, OFFICE_STAFF),
        Transition("extend", ACTIVE_STATES, None, CASE_HANDLERS),
        Transition("settle", ACTIVE_STATES, SETTLED, CASE_HANDLERS),
        Transition("payment", (SETTLED, NOT_PERFORMED), None, OFFICE_STAFF),
        Transition("not_performed", (SETTLED,), NOT_PERFORMED, CASE_HANDLERS),
        Transition("enforcement", AFTER_AGREEMENT, None, CASE_HANDLERS),
        Transition("terminate", ACTIVE_STATES, FAILED, CASE_HANDLERS),
        Transition("withdraw", OPEN_STATES, WITHDRAWN, OFFICE_STAFF),
        Transition("close", OUTCOME_STATES, None, ("chair",)),
        Transition("reopen", OUTCOME_STATES, None, ("chair",)),
        Transition("follow_up", AFTER_AGREEMENT, None, OFFICE_STAFF),
        Transition("recusal_request", OPEN_STATES, None, OFFICE_STAFF),
        Transition("recusal_decide", OPEN_STATES, None, ("chair",)),
        Transition("print", STATES, None, OFFICE_STAFF),
        Transition("attach", STATES, None, OFFICE_STAFF),
    )
}


def check_role(action: str, role: str) -> None:
    """Raise PermissionDenied unless ``role`` may perform ``action``."""
    allowed = TRANSITIONS[action].roles
    if role not in allowed:
        raise PermissionDenied(
            t(
                "A {role} may not {action}; allowed: {allowed}",
                role=label(f"role.{role}"),
                action=label(f"action.{action}"),
                allowed=", ".join(label(f"role.{r}") for r in allowed),
            )
        )


def check_transition(action: str, status: str, *, closed: bool = False, case_no: str = "") -> str | None:
    """Raise TransitionError unless ``action`` is allowed from ``status``; return the new status
    (None when the action does not change it). A closed file accepts only ``reopen``."""
    tr = TRANSITIONS[action]
    if closed and action != "reopen":
        raise TransitionError(
            t("Case {case_no} is closed; the chair must reopen it first", case_no=case_no)
        )
    if status not in tr.sources:
        raise TransitionError(
            t(
                "Case {case_no} is {status}: cannot {action} (allowed from: {sources})",
                case_no=case_no,
                status=label(f"status.{status}"),
                action=label(f"action.{action}"),
                sources=", ".join(label(f"status.{s}") for s in tr.sources),
            )
        )
    return tr.target


def reopen_target(status: str, previous_status: str | None) -> str:
    """Where a reopened case goes back to: an agreement's case to ``settled``, a failed mediation
    to ``in_mediation``, a rejection to ``registered``, a withdrawal to where it was."""
    if status in (PERFORMED, NOT_PERFORMED, SETTLED):
        return SETTLED
    if status == FAILED:
        return IN_MEDIATION
    if status == REJECTED:
        return REGISTERED
    return previous_status if previous_status in OPEN_STATES else REGISTERED
