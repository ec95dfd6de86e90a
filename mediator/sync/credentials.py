"""The central store's password in the operating system's keyring, through this one wrapper.

``store(url, user, password)``, ``load(url, user)`` and ``forget(url, user)`` keep one password per
central store and login role, under the service name ``mediator-central <url without password>``.
Nothing else in Mediator keeps a central password: settings hold the URL with the password
removed (``connect.redact``) and messages pass through ``connect.scrub``.

When this computer has no usable keyring (keyring's ``fail`` or ``null`` backend, a chainer with
no backend behind it, or a backend that fails when used, e.g. Secret Service without a D-Bus
session) the functions raise ``NoKeyring``; the command line then says so plainly and asks for the
password each time. ``MEDIATOR_CENTRAL_PASSWORD`` overrides the keyring (for schedulers).
"""

from __future__ import annotations

import keyring
import keyring.backend
from keyring.backends import chainer, fail
from keyring.errors import KeyringError, PasswordDeleteError

from mediator.errors import MediatorError
from mediator.i18n import t
from mediator.sync.connect import redact

SERVICE_PREFIX = "mediator-central"


class NoKeyring(MediatorError):
    """No usable keyring on this computer: the password must be typed each time."""


def _no_keyring(detail: str | None = None) -> NoKeyring:
    message = t("this computer has no usable password keyring, so the central store's password cannot be "
                "remembered; it is asked each time (schedulers can set MEDIATOR_CENTRAL_PASSWORD)")
    if detail:
        message += f" ({detail})"
    return NoKeyring(message)


def _unusable(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return True
    if type(backend).__module__ == "keyring.backends.null":  # keyring's explicit "disabled" backend
        return True
    if isinstance(backend, chainer.ChainerBackend):
        return not backend.backends or all(_unusable(b) for b in backend.backends)
    return False


def backend() -> keyring.backend.KeyringBackend:
    """The usable keyring backend; ``NoKeyring`` when there is none."""
    current = keyring.get_keyring()
    if _unusable(current):
        raise _no_keyring()
    return current


def available() -> bool:
    try:
        backend()
    except NoKeyring:
        return False
    return True


def service_name(url: str) -> str:
    return f"{SERVICE_PREFIX} {redact(url)}"


def store(url: str, user: str, password: str) -> None:
    """Remember ``password`` for ``user`` at the central store ``url`` (its password, if any, ignored)."""
    try:
        backend().set_password(service_name(url), user, password)
    except KeyringError as exc:
        raise _no_keyring(type(exc).__name__) from None  # never chain: the exception may quote the call


def load(url: str, user: str) -> str | None:
    """The remembered password, or None when none is remembered."""
    try:
        return backend().get_password(service_name(url), user)
    except KeyringError as exc:
        raise _no_keyring(type(exc).__name__) from None


def forget(url: str, user: str) -> bool:
    """Remove the remembered password; False when there was none."""
    keys = backend()
    try:
        if keys.get_password(service_name(url), user) is None:
            return False
        keys.delete_password(service_name(url), user)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise _no_keyring(type(exc).__name__) from None
    return True
