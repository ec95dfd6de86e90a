"""The ``mediator`` command line: the parser with its global options, dispatch to the command
modules, and the exit statuses scripts rely on (0 success, 2 bad input or usage, 1 any other
failure, 130 interrupted). Errors are printed as ``错误：…``/``error: …`` on standard error."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from mediator.errors import MediatorError
from mediator.i18n import SUPPORTED, detect_language, set_language, t
from mediator.paths import default_data_dir


def _early_language(argv: Sequence[str]) -> str:
    """``--lang`` from anywhere on the line (help texts are built before parsing), else the locale."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        if value in SUPPORTED:
            return value
    return detect_language()


def common_options() -> argparse.ArgumentParser:
    """The global options, accepted after the command too (defaults suppressed there)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=t("data directory (default: {path})", path=default_data_dir()))
    common.add_argument("--user", metavar="LOGIN", default=argparse.SUPPRESS,
                        help=t("acting user; may be left out when the data directory has a single chair"))
    common.add_argument("--lang", choices=SUPPORTED, default=argparse.SUPPRESS,
                        help=t("language of messages and tables (default: from the locale)"))
    return common


def build_parser() -> argparse.ArgumentParser:
    from mediator.cli import admin, cases, central, documents, lifecycle, mediation

    parser = argparse.ArgumentParser(
        prog="mediator",
        description=t("Mediator: case management for labour-dispute mediation offices."),
        epilog=t("The password comes from MEDIATOR_PASSWORD or a prompt. Exit status: 0 success, "
                 "2 bad input, 1 other failure."),
    )
    parser.add_argument("--data-dir", metavar="DIR", default=str(default_data_dir()),
                        help=t("data directory (default: {path})", path=default_data_dir()))
    parser.add_argument("--user", metavar="LOGIN", default=None,
                        help=t("acting user; may be left out when the data directory has a single chair"))
    parser.add_argument("--lang", choices=SUPPORTED, default=None,
                        help=t("language of messages and tables (default: from the locale)"))
    common = common_options()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    admin.register(commands, common)
    case = commands.add_parser("case", help=t("register, list, show and move cases through their lifecycle"))
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    cases.register(case_commands, common)
    lifecycle.register(case_commands, common)
    mediation.register_case(case_commands, common)
    hearing = commands.add_parser("hearing", help=t("record hearings"))
    mediation.register_hearing(hearing.add_subparsers(dest="hearing_command", metavar="ACTION", required=True), common)
    cases.register_due(commands, common)
    admin.register_late(commands, common)
    documents.register(commands, common)
    central.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_early_language(argv))
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args) or 0)
    except MediatorError as err:
        from mediator.cli.output import print_error

        if os.environ.get("MEDIATOR_DEBUG") == "1":
            traceback.print_exc()
        print_error(err)
        return err.exit_code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        print(t("error: {message}", message=t("interrupted")), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence must say something short
        if os.environ.get("MEDIATOR_DEBUG") == "1":
            traceback.print_exc()
        detail = f"{type(exc).__name__}: {exc}"
        print(t("error: {message}", message=t("unexpected failure ({detail}); set MEDIATOR_DEBUG=1 for details",
                                              detail=detail)), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
