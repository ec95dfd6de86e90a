"""Render one of every document kind from a demo office to PDF and PNG pages, to look at them.

    .venv/bin/python scripts/document_pages.py OUT_DIR [--cases 300]

Builds a demo office in a temporary directory, finds for each kind (and for a collective case) a case
where it can be printed, prints it through LibreOffice and writes ``OUT_DIR/<kind>-<n>.png`` for each
page (pdftoppm, 60 dpi). Needs LibreOffice and poppler-utils.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mediator.documents.available import printable  # noqa: E402
from mediator.documents.printing import print_document  # noqa: E402
from mediator.services import setup, users  # noqa: E402
from mediator.services.context import Workspace  # noqa: E402
from mediator.services.demo import generate_demo  # noqa: E402
from mediator.services.queries import case_ids  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--kinds", nargs="*", help="only these kinds (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp))
        chair = setup.init_office(ws, office_code="DEMO", office_name="示例镇劳动争议调解委员会", short_name="示例",
                                  chair_name="示例主任", password="mediator1")
        generate_demo(ws, cases=args.cases, seed=1, actor=chair)
        chair = users.sign_in(ws, "chair", "mediator1")
        wanted: dict[str, tuple[str, str | None]] = {}
        collective = None
        with ws.read() as s:
            from sqlalchemy import select

            from mediator.store.models import Case

            numbers = {c.id: (c.case_no, c.is_collective, c.worker_count) for c in s.scalars(select(Case))}
        for case_id in case_ids(ws):
            case_no, is_collective, workers = numbers.get(case_id, (None, False, 0))
            if case_no is None:
                continue
            for item in printable(ws, case_no):
                wanted.setdefault(item.kind, (case_no, item.subject))
                if item.kind == "agreement" and is_collective and workers > 10 and collective is None:
                    collective = case_no
            if len(wanted) == 10 and collective:
                break
        if args.kinds:
            wanted = {k: v for k, v in wanted.items() if k in args.kinds}
        jobs = list(wanted.items()) + ([("agreement-collective", (collective, None))] if collective else [])
        for name, (case_no, subject) in jobs:
            kind = name.split("-")[0]
            printed = print_document(ws, chair, case_no, kind, fmt="pdf", subject=subject)
            pdf = args.out / f"{name}.pdf"
            pdf.write_bytes(printed.data)
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(args.out / name)], check=True)
            pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
            print(f"{name:22} {case_no}  {count} page(s)  {'; '.join(printed.warnings)[:80]}")
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
