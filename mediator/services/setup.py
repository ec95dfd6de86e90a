"""First-run set-up of a data directory: the office, this node, its chair, the seed reference data."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from mediator.domain.casenumber import DEFAULT_FORMAT, validate_format
from mediator.errors import InputError, Problem, ValidationError
from mediator.i18n import label, t
from mediator.paths import resources_dir
from mediator.services.context import Actor, Workspace
from mediator.services.users import actor_of, create_user, validate_new_user
from mediator.store.base import new_id, utcnow
from mediator.store.models import DisputeCause, LocalSetting, Node, Office
from mediator.store.models.org import OFFICE_KINDS


def init_office(
    ws: Workspace,
    *,
    office_code: str,
    office_name: str,
    chair_name: str,
    chair_login: str = "chair",
    password: str,
    short_name: str | None = None,
    kind: str = "township",
    case_number_format: str = DEFAULT_FORMAT,
    node_name: str = "main",
) -> Actor:
    """Create the office, this installation's node and the chair, and seed the dispute causes."""
    if ws.initialized:
        raise InputError(t("{path} already holds an office", path=ws.data_dir))
    problems = validate_new_user(chair_login, chair_name, "chair", password)
    if not office_code.strip() or len(office_code) > 32:
        problems.append(Problem(label("office.code"), t("is required (at most 32 characters)")))
    if not office_name.strip():
        problems.append(Problem(label("office.name"), t("is required")))
    if kind not in OFFICE_KINDS:
        problems.append(Problem(label("office.kind"), t("must be one of {choices}", choices=", ".join(OFFICE_KINDS))))
    try:
        validate_format(case_number_format)
    except ValidationError as err:
        problems.extend(err.problems)
    if problems:
        raise ValidationError(problems)

    office_id, node_id = new_id(), new_id()
    ws.office_id, ws.node_id = office_id, node_id
    try:
        with ws.unit(None) as uow:
            s = uow.session
            s.add(
                Office(
                    id=office_id,
                    office_id=None,
                    code=office_code.strip(),
                    name=office_name.strip(),
                    short_name=(short_name or office_name).strip(),
                    kind=kind,
                    case_number_format=case_number_format,
                )
            )
            s.flush()
            s.add(Node(id=node_id, office_id=office_id, name=node_name, epoch=uuid.uuid4(), registered_at=utcnow()))
            s.add_all([LocalSetting(key="office_id", value=str(office_id)), LocalSetting(key="node_id", value=str(node_id))])
            s.flush()
            uow.audit("init", "offices", office_id, changes={"code": office_code, "name": office_name})
            chair = create_user(uow, login=chair_login, name=chair_name, role="chair", password=password)
            seed_dispute_causes(s)
            return actor_of(chair)
    except BaseException:
        ws.office_id = ws.node_id = None
        raise


def seed_dispute_causes(session) -> int:  # noqa: ANN001
    """Insert the shipped cause codes that are not there yet; returns how many were added."""
    data = json.loads((resources_dir() / "seed" / "dispute_causes.json").read_text(encoding="utf-8"))
    known = set(session.scalars(select(DisputeCause.code)))
    added = 0
    for i, c in enumerate(data["causes"]):
        if c["code"] in known:
            continue
        session.add(
            DisputeCause(
                office_id=None,
                code=c["code"],
                name_zh=c["name_zh"],
                name_en=c["name_en"],
                parent_code=c.get("parent"),
                payment_order=bool(c.get("payment_order", False)),
                sort_order=i,
            )
        )
        added += 1
    return added
