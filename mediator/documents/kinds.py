"""The documents (文书) an office prints (domain.md, "Documents"): for each kind its names, the
placeholders its template may use and must use, whether it is printed once per hearing, visit or
served document, and the builder that fills its model from a case.

The placeholder names here are the contract between builders and templates; ``docs/templates.md``
lists them for offices that make their own templates.
"""

from __future__ import annotations

from dataclasses import dataclass

COMMON_FIELDS = frozenset({
    "office_name", "title", "case_no", "print_date", "applicant_names", "respondent_name", "cause",
})


@dataclass(frozen=True)
class KindSpec:
    kind: str
    title: str  # the document's Chinese title, as printed
    english: str
    fields: frozenset[str]
    blocks: frozenset[str]
    required: frozenset[str]  # placeholders a template must hold; blocks written "#name"
    per: str | None = None  # "hearing" | "visit" | "document": printed once per such subject
    module: str = ""  # mediator.documents.builders.<module>.build(...)

    @property
    def template_file(self) -> str:
        return f"{self.kind}.docx"


def _spec(kind: str, title: str, english: str, fields: set[str], blocks: set[str], required: set[str],
          per: str | None = None, module: str | None = None) -> KindSpec:
    return KindSpec(kind, title, english, COMMON_FIELDS | frozenset(fields), frozenset(blocks),
                    frozenset(required), per, module or kind)


KINDS: dict[str, KindSpec] = {s.kind: s for s in (
    _spec("application", "调解申请书", "Application for mediation",
          {"facts", "applied_at", "application_kind", "received_by", "claimed_total", "record_note"},
          {"applicants", "respondent", "agents", "claims", "applicant_signatures"},
          {"title", "case_no", "#applicants", "#respondent", "#agents", "#claims", "facts", "applied_at",
           "record_note", "#applicant_signatures"}),
    _spec("acceptance", "受理通知书", "Notice of acceptance",
          {"received_on", "accepted_on", "mediators", "period_days", "period_start", "mediation_due_on", "next_steps"},
          {"seal"}, {"case_no", "applicant_names", "cause", "received_on", "accepted_on", "period_days",
                     "mediation_due_on", "next_steps", "#seal"}),
    _spec("rejection", "不予受理通知书", "Notice of non-acceptance",
          {"received_on", "decided_on", "reason", "next_steps", "limitation"},
          {"seal"}, {"case_no", "applicant_names", "cause", "received_on", "reason", "next_steps", "#seal"}),
    _spec("hearing_record", "调解笔录", "Hearing record",
          {"starts_at", "ends_at", "place", "matter", "mediators", "recorder", "present", "invited",
           "rights_statement", "applicant_statement", "respondent_statement", "record", "outcome", "routes"},
          {"hearing_signatures"},
          {"case_no", "starts_at", "place", "matter", "mediators", "recorder", "present", "rights_statement",
           "applicant_statement", "respondent_statement", "outcome", "routes", "#hearing_signatures"},
          per="hearing"),
    _spec("agreement", "调解协议书", "Settlement agreement",
          {"dispute_summary", "applicant_claims", "respondent_position", "waived_rights", "copies_text",
           "consequence", "total_amount", "sign_date"},
          {"parties", "terms", "signatures"},
          {"case_no", "#parties", "dispute_summary", "applicant_claims", "respondent_position", "#terms",
           "waived_rights", "consequence", "copies_text", "#signatures"}),
    _spec("termination", "调解终止书", "Notice of termination",
          {"received_on", "accepted_on", "ended_on", "reason", "arbitration", "limitation"},
          {"parties", "seal"},
          {"case_no", "#parties", "cause", "received_on", "accepted_on", "ended_on", "reason", "arbitration",
           "limitation", "#seal"}),
    _spec("service_proof", "送达回证", "Proof of service",
          {"served_title", "served_no", "recipient"},
          {"service_table"}, {"case_no", "served_title", "#service_table"}, per="document"),
    _spec("follow_up", "回访记录", "Follow-up visit record",
          {"agreement_no", "visited_on", "visitor", "performance_status", "satisfaction", "new_risks", "note"},
          {"visit_signatures"},
          {"case_no", "agreement_no", "visited_on", "performance_status", "satisfaction", "new_risks",
           "#visit_signatures"},
          per="visit"),
    _spec("cover", "卷宗封面", "Case-file cover",
          {"received_on", "closed_on", "outcome", "mediators", "retention", "volume_note"},
          {"cover_table"}, {"case_no", "#cover_table"}),
    _spec("index", "卷内目录", "Case-file index",
          set(), {"index_table"}, {"case_no", "#index_table"}),
)}


def spec(kind: str) -> KindSpec:
    """The kind named ``kind``; an unknown kind is reported with the list of known ones."""
    from mediator.errors import InputError
    from mediator.i18n import t

    if kind not in KINDS:
        raise InputError(t("unknown document kind “{kind}”; known kinds: {kinds}", kind=kind, kinds=", ".join(KINDS)))
    return KINDS[kind]
