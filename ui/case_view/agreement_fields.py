"""Plain-language names for the fields of a settlement agreement, so a problem the core reports
against a path such as ``terms[1].place`` or ``applicants[0].sex`` reads "Term 2: Place"."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.case_view.terms_editor import COLUMN, column_name

CONTEXT = "AgreementFields"

FIELDS = {
    "case_no": QT_TRANSLATE_NOOP("AgreementFields", "Case number"),
    "dispute_summary": QT_TRANSLATE_NOOP("AgreementFields", "The dispute"),
    "applicant_claims": QT_TRANSLATE_NOOP("AgreementFields", "The applicant's claims"),
    "respondent_position": QT_TRANSLATE_NOOP("AgreementFields", "The respondent's position"),
    "waived_rights": QT_TRANSLATE_NOOP("AgreementFields", "Rights given up"),
    "copies": QT_TRANSLATE_NOOP("AgreementFields", "Number of copies"),
    "terms": QT_TRANSLATE_NOOP("AgreementFields", "Agreed terms"),
    "signed": QT_TRANSLATE_NOOP("AgreementFields", "Signature dates"),
    "signed.applicant": QT_TRANSLATE_NOOP("AgreementFields", "Applicant signed on"),
    "signed.respondent": QT_TRANSLATE_NOOP("AgreementFields", "Respondent signed or sealed on"),
    "signed.mediator": QT_TRANSLATE_NOOP("AgreementFields", "Mediator signed on"),
    "signed.seal": QT_TRANSLATE_NOOP("AgreementFields", "Office seal affixed on"),
}
PARTY_FIELDS = {
    "name": QT_TRANSLATE_NOOP("AgreementFields", "name"),
    "sex": QT_TRANSLATE_NOOP("AgreementFields", "sex"),
    "id_number": QT_TRANSLATE_NOOP("AgreementFields", "ID number"),
    "address": QT_TRANSLATE_NOOP("AgreementFields", "address"),
    "employer_name": QT_TRANSLATE_NOOP("AgreementFields", "employer"),
    "job": QT_TRANSLATE_NOOP("AgreementFields", "job"),
    "credit_code": QT_TRANSLATE_NOOP("AgreementFields", "unified social credit code"),
    "legal_rep": QT_TRANSLATE_NOOP("AgreementFields", "legal representative"),
}
TERM_FIELDS = {"amount": QT_TRANSLATE_NOOP("AgreementFields", "Amount")}
_INDEXED = re.compile(r"(\w+)\[(\d+)\](?:\.(\w+))?$")


def named(text: str) -> str:
    """A field name declared above with QT_TRANSLATE_NOOP, in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


def describe_field(path: str, view: dict[str, Any] | None = None) -> str:
    """``path`` in the user's words; with the case ``view``, applicants are named."""
    if path in FIELDS:
        return named(FIELDS[path])
    if path.startswith("respondent."):
        field = path.partition(".")[2]
        return tr("Respondent: {field}").format(field=named(PARTY_FIELDS.get(field, field)))
    match = _INDEXED.match(path)
    if match is None:
        return path
    group, index, field = match.group(1), int(match.group(2)), match.group(3) or ""
    if group == "terms":
        column = named(TERM_FIELDS[field]) if field in TERM_FIELDS else column_name(field) if field in COLUMN else field
        return tr("Term {n}: {field}").format(n=index + 1, field=column) if field else \
            tr("Term {n}").format(n=index + 1)
    if group == "applicants":
        names = [p["name"] for p in (view or {}).get("parties", []) if p.get("role") == "applicant"]
        who = names[index] if index < len(names) else str(index + 1)
        return tr("Applicant {who}: {field}").format(who=who, field=named(PARTY_FIELDS.get(field, field)))
    return path
