"""What ``make run`` does until the desktop client exists: set up a sample office in the user's data
directory (once), fill it with demo cases (or the example case when the demo generator is not in
this build), then print its due list. Safe to run again: a set-up directory is only read."""

from __future__ import annotations

import sys
from pathlib import Path

from mediator.errors import MediatorError
from mediator.i18n import detect_language, set_language, t
from mediator.paths import default_data_dir

OFFICE = {"office_code": "DEMO", "office_name": "示例镇劳动争议调解委员会", "short_name": "示例",
          "chair_name": "示例主任", "chair_login": "chair"}
PASSWORD = "mediator"
DEMO_CASES, DEMO_SEED = 300, 1
EXAMPLE_CASE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "case.json"


def _fill(ws, chair) -> None:  # noqa: ANN001
    """Demo cases if the generator is available, else the documented example case."""
    try:
        from mediator.services.demo import generate_demo
    except ModuleNotFoundError as exc:
        if exc.name != "mediator.services.demo":
            raise
    else:
        summary = generate_demo(ws, cases=DEMO_CASES, seed=DEMO_SEED, actor=chair)
        print(t("{n} demo cases generated (seed {seed}).", n=summary.cases, seed=DEMO_SEED))
        print(t("Case numbers {first} to {last}.", first=summary.first_case_no, last=summary.last_case_no))
        return
    if EXAMPLE_CASE.is_file():
        from mediator.cli.inputs import load_object
        from mediator.services.cases import register_case
        from mediator.services.intake import parse_case

        case = register_case(ws, chair, parse_case(load_object(EXAMPLE_CASE), source=str(EXAMPLE_CASE)))
        print(t("Example case registered: {case_no}", case_no=case.case_no))


def run(data_dir: Path) -> int:
    from mediator.cli.cases import print_due
    from mediator.services import setup
    from mediator.services.context import Workspace
    from mediator.services.fields import beijing_today
    from mediator.services.queries import due_list

    ws = Workspace.open(data_dir)
    try:
        if ws.initialized:
            print(t("Using the office in {path}.", path=data_dir))
        else:
            chair = setup.init_office(ws, password=PASSWORD, **OFFICE)
            print(t("Sample office {name} set up in {path}.", name=OFFICE["office_name"], path=data_dir))
            print(t("Sign in as {login} with password {password}.", login=OFFICE["chair_login"], password=PASSWORD))
            _fill(ws, chair)
        today = beijing_today()
        print()
        print_due(due_list(ws, today=today, within=7), today, 7)
    finally:
        ws.close()
    print()
    print(t("Next: {command}", command="MEDIATOR_PASSWORD=… mediator case list"))
    return 0


def main() -> int:
    set_language(detect_language())
    try:
        return run(default_data_dir())
    except MediatorError as err:
        from mediator.cli.output import print_error

        print_error(err)
        return err.exit_code


if __name__ == "__main__":
    sys.exit(main())
