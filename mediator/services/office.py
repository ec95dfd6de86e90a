"""What the desktop client shows about the office of this installation: its name, code, case
number format and data directory. Read-only; staff are listed by ``staff``."""

from __future__ import annotations

from typing import Any

from mediator.services.context import Workspace
from mediator.store.models import Office


def office_summary(ws: Workspace) -> dict[str, Any]:
    ws.require_initialized()
    with ws.read() as s:
        office = s.get(Office, ws.office_id)
        return {"name": office.name, "short_name": office.short_name, "code": office.code,
                "case_number_format": office.case_number_format, "period_days": office.period_days,
                "data_dir": str(ws.data_dir)}
