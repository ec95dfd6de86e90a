"""Offline sync bundle commands: ``sync --export FILE`` at an office without a connection,
``sync --import FILE --central URL`` at the federation (no office data directory needed) and
``central bundle-key URL CODE`` (a new key for an office; the old one stops working).

The bundle key for an export: ``MEDIATOR_BUNDLE_KEY``, else the keyring (``sync.bundle_keys``),
else a prompt; a typed key is kept in the keyring after a successful export, or, with no usable
keyring, the user is told so and asked again next time. The central password for an import is
found as for ``sync`` (``central._with_password``) and every message passes through ``scrub``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy.exc import OperationalError

from mediator.cli.auth import workspace
from mediator.errors import InputError, MediatorError
from mediator.i18n import t
from mediator.store.models import Office
from mediator.sync import bundle, bundle_keys, credentials
from mediator.sync.connect import central_engine, redact, scrub


def add_sync_options(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--export", metavar="FILE",
                       help=t("write this node's unsent changes to a signed bundle FILE (offices without a connection)"))
    which.add_argument("--import", dest="import_file", metavar="FILE",
                       help=t("apply an office's bundle FILE to the central store given with --central"))
    parser.add_argument("--new-key", action="store_true",
                        help=t("with --export: ask for the office's bundle key even if this computer keeps one "
                               "(after the federation issued a new key)"))


def register_central(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = actions.add_parser("bundle-key", parents=[common],
                           help=t("issue a new bundle key for an office (its old key stops working)"))
    p.add_argument("url", metavar="URL")
    p.add_argument("code", metavar="CODE")
    p.set_defaults(func=cmd_bundle_key)


def handles(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "export", None) or getattr(args, "import_file", None))


def cmd_bundle(args: argparse.Namespace) -> int:
    return cmd_export(args) if args.export else cmd_import(args)


def cmd_export(args: argparse.Namespace) -> int:
    if args.new_key and not args.export:
        raise InputError(t("--new-key goes with --export"))
    if args.central:
        raise InputError(t("--export writes a file for an office without a connection; leave out --central"))
    with workspace(args) as ws:
        ws.require_initialized()
        with ws.read() as s:
            code = s.get(Office, ws.office_id).code
        key, remember = _bundle_key(code, ask=args.new_key)
        header = bundle.export_bundle(ws, args.export, key)
    if remember:
        remember()
    print(t("bundle {file} written: {rows} rows in {batches} batches (changes up to {last}) of office {code}; import "
            "it at the federation with 'mediator sync --import FILE --central URL'", file=args.export, rows=header.rows,
            batches=header.batches, last=header.last_seq, code=code))
    return 0


def _bundle_key(code: str, ask: bool = False):  # noqa: ANN202 - (key, how to keep it in the keyring or None)
    if os.environ.get(bundle_keys.KEY_ENV) and not ask:
        return bundle_keys.normalize(os.environ[bundle_keys.KEY_ENV]), None
    try:
        stored, keyring_error = (None if ask else bundle_keys.load(code)), None
        if ask:
            bundle_keys.backend_available()
    except credentials.NoKeyring as exc:
        stored, keyring_error = None, exc
    if stored is not None:
        return stored, None
    if keyring_error is not None:
        print(t("note: {message}", message=str(keyring_error)), file=sys.stderr)
    try:
        typed = getpass.getpass(t("bundle key of office {code} (printed by 'mediator central add-office'): ", code=code))
    except EOFError:
        raise InputError(t("this computer has no bundle key of office {code}: type it at the prompt, or set {env}",
                           code=code, env=bundle_keys.KEY_ENV)) from None
    key = bundle_keys.normalize(typed)
    return key, (None if keyring_error else lambda: _keep(code, key))


def _keep(code: str, key: str) -> None:
    try:
        bundle_keys.store(code, key)
    except credentials.NoKeyring as exc:
        print(t("note: {message}", message=str(exc)), file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from mediator.cli.central import _with_password  # the central password, found as for sync

    if not args.central:
        raise InputError(t("importing a bundle needs the central store: add --central URL"))
    connect_url, remember, _from_keyring = _with_password(args.central)
    engine = central_engine(connect_url)
    try:
        result = bundle.import_bundle(engine, args.import_file)
    except OperationalError as exc:
        raise MediatorError(t("cannot connect to the central store {url}: {error}", url=redact(args.central),
                              error=scrub(str(exc.orig or exc).splitlines()[0], connect_url))) from None
    except MediatorError as err:
        err.args = (scrub(str(err), connect_url),)
        raise
    except Exception as exc:  # noqa: BLE001 - never let a password through an unexpected error
        raise MediatorError(t("sync failed: {error}", error=scrub(f"{type(exc).__name__}: {exc}", connect_url))
                            ) from None
    finally:
        engine.dispose()
    if remember:
        remember()
    print(result.summary())
    return 0


def cmd_bundle_key(args: argparse.Namespace) -> int:
    engine = central_engine(args.url)
    try:
        key = bundle.reissue_key(engine, args.code)
    finally:
        engine.dispose()
    print(t("new bundle key of office {code} (shown only this once; the office types it at its next 'mediator sync "
            "--export FILE'; the old key no longer works): {key}", code=args.code.strip(), key=key))
    return 0
