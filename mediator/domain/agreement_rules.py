"""What a settlement agreement (调解协议书) must contain before it is recorded or printed
(domain.md, "Documents" item 4), as a pure check over plain values that lists everything missing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mediator.errors import Problem
from mediator.i18n import t

WORKER_FIELDS = ("name", "sex", "id_number", "address", "employer_name", "job")
EMPLOYER_FIELDS = ("name", "credit_code", "address", "legal_rep")
TERM_FIELDS = ("payer", "payee", "description", "due_on", "method", "place")
METHODS = ("bank_transfer", "cash", "other")
ENFORCEMENT_ROUTES = ("arbitral_review", "judicial_confirmation", "payment_order")


def required_copies(party_count: int) -> int:
    """One per party plus one for the file."""
    return party_count + 1


def agreement_problems(
    *,
    case_no: str,
    workers: Sequence[Mapping[str, Any]],
    employer: Mapping[str, Any],
    agreement: Mapping[str, Any],
    terms: Sequence[Mapping[str, Any]],
) -> list[Problem]:
    """Everything missing from an agreement; empty when it may be signed and printed."""
    problems: list[Problem] = []
    missing = t("is required in a settlement agreement")
    if not case_no:
        problems.append(Problem("case_no", missing))
    for i, w in enumerate(workers):
        problems += [Problem(f"applicants[{i}].{f}", missing) for f in WORKER_FIELDS if not w.get(f)]
    problems += [Problem(f"respondent.{f}", missing) for f in EMPLOYER_FIELDS if not employer.get(f)]
    for f in ("dispute_summary", "applicant_claims", "respondent_position"):
        if not (agreement.get(f) or "").strip():
            problems.append(Problem(f, missing))
    if agreement.get("waived_rights") is None or not str(agreement.get("waived_rights")).strip():
        problems.append(Problem("waived_rights", t("must be stated expressly (write 无 if no right is given up)")))
    if not terms:
        problems.append(Problem("terms", t("needs at least one entry")))
    for i, term in enumerate(terms):
        problems += [Problem(f"terms[{i}].{f}", missing) for f in TERM_FIELDS if not term.get(f)]
        if term.get("method") and term["method"] not in METHODS:
            problems.append(Problem(f"terms[{i}].method", t("must be one of {choices}", choices=", ".join(METHODS))))
        amount = term.get("amount_fen")
        if amount is not None and amount <= 0:
            problems.append(Problem(f"terms[{i}].amount", t("must be more than zero")))
        if term.get("payer") and term.get("payer") == term.get("payee"):
            problems.append(Problem(f"terms[{i}].payee", t("must differ from the payer")))
    need = required_copies(len(workers) + 1)
    copies = agreement.get("copies")
    if not isinstance(copies, int) or copies < need:
        problems.append(Problem("copies", t("at least {n}: one per party and one for the file", n=need)))
    return problems
