"""The parties of one demo case, in the order ``register_case`` inserts them (applicants, the
respondent, then agents), so the search document built from them matches ``index_case``."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from mediator.services.demo_people import full_name, mobile, person
from mediator.services.demo_text import Worker
from mediator.store import search

if TYPE_CHECKING:
    from mediator.services.demo_ctx import Staff
    from mediator.services.demo_story import Story

LAW_FIRMS = ("广东恒信律师事务所", "广东华商律师事务所", "广东正平律师事务所", "东莞市法律援助处", "广东莞信律师事务所")
SPECIAL = "特别授权：代为承认、放弃、变更请求，进行和解，代签法律文书"
GENERAL = "一般授权：代为陈述事实，参加调解"


def _person_fields(rng: Any, on: Any) -> dict[str, Any]:
    p = person(rng, on)
    return {"name": p.name, "sex": p.sex, "ethnicity": p.ethnicity, "birth_date": p.birth_date.isoformat(),
            "id_type": "citizen_id", "id_number": p.id_number, "phone": p.phone, "address": p.address}


def build_parties(s: Story, actor: Staff, kind: str) -> tuple[dict[str, Any], Worker]:
    rng, r, emp = s.rng, s.received, s.employer
    count = rng.randint(10, 60) if s.collective else 1
    reps = rng.randint(3, 5) if s.collective else 0
    base = {"case_id": s.case_id, "is_representative": False}
    applicants = [
        s.add("parties", actor, **base, role="applicant", kind="person", position=i, **_person_fields(rng, r),
              employer_name=emp.name, job=rng.choice(emp.jobs) if i else _first_job(kind, emp.jobs, rng))
        for i in range(count)
    ]
    for a in applicants[:reps]:
        a["is_representative"] = True
    respondent = s.add("parties", actor, **base, role="respondent", kind="organisation", position=0, name=emp.name,
                       phone=emp.phone, address=emp.address, credit_code=emp.credit_code, legal_rep=emp.legal_rep,
                       legal_rep_title=emp.legal_rep_title, ownership_type=emp.ownership_type, industry=emp.industry)
    agents = []
    if rng.random() < (0.3 if s.collective else 0.12):
        if rng.random() < 0.4:
            sex = "male" if rng.random() < 0.6 else "female"
            fields = {"name": full_name(rng, sex), "sex": sex, "phone": mobile(rng), "employer_name": rng.choice(LAW_FIRMS),
                      "job": "律师", "authority": SPECIAL}
        else:
            fields = {**_person_fields(rng, r), "job": "务工", "authority": GENERAL}
        agents.append(s.add("parties", actor, **base, role="agent", kind="person", position=0,
                            represents_id=applicants[0]["id"], **fields))
    if rng.random() < 0.15:
        job = rng.choice(("人事经理", "行政主管", "律师"))
        firm = rng.choice(LAW_FIRMS) if job == "律师" else emp.name
        agents.append(s.add("parties", actor, **base, role="agent", kind="person", position=len(agents),
                            represents_id=respondent["id"], **_person_fields(rng, r), employer_name=firm, job=job,
                            authority=SPECIAL))
    rep_names = "、".join(a["name"] for a in applicants[:reps])
    worker = Worker(applicants[0]["name"], applicants[0]["job"], emp.name, r, count, rep_names)
    return {"applicants": applicants, "respondent": respondent, "agents": agents}, worker


def _first_job(kind: str, jobs: tuple[str, ...], rng: Any) -> str:
    if kind == "silicosis":
        return "打磨工"
    return rng.choice(jobs)


def search_doc(case_id: str, parties: list[dict[str, Any]], facts: str) -> tuple[str, str, str]:
    """(key, body without the leading case number, name tokens) as ``cases.index_case`` makes them."""
    names = [p["name"] for p in parties] + [p["employer_name"] for p in parties if p.get("employer_name")]
    numbers = [v for p in parties for v in (p.get("id_number"), p.get("phone"), p.get("credit_code")) if v]
    body = "\n".join([*names, *numbers, facts or ""])
    return search.key(uuid.UUID(hex=case_id)), body, search.name_tokens(names)
