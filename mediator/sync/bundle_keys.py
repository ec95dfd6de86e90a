"""Bundle keys: the per-office secret that signs offline sync bundles (HMAC-SHA256).

A key is 20 random bytes written as 32 base-32 letters plus a 4-letter check group, in groups of
four (``ABCD-EFGH-…-WXYZ``) so that it can be typed from paper: ``normalize`` accepts lower case,
spaces and missing dashes, reads ``0``/``1``/``8`` as ``O``/``I``/``B`` and refuses a key whose
check group does not match (a typo is caught at the office, not at the federation).

At central the key lives in ``central_bundle_keys`` (one row per office code; on PostgreSQL no
office or federation role may read it, see ``roles``), issued by ``central add-office`` and
re-issued by ``central bundle-key``. At the office it lives in the OS keyring under the service
``mediator-bundle-key`` (user = the office code), through ``credentials.backend()``; with no usable
keyring ``NoKeyring`` says so and the key is asked each time. ``MEDIATOR_BUNDLE_KEY`` overrides
the keyring (for schedulers)."""

from __future__ import annotations

import base64
import hashlib
import secrets

from keyring.errors import KeyringError, PasswordDeleteError
from sqlalchemy import Connection, Table, delete, insert, select

from mediator.errors import InputError
from mediator.i18n import t
from mediator.store.base import utcnow
from mediator.sync import credentials

KEY_ENV = "MEDIATOR_BUNDLE_KEY"
SERVICE = "mediator-bundle-key"
TABLE = "central_bundle_keys"
_RAW_BYTES = 20
_BODY = 32  # base-32 letters of the raw bytes
_CHECK = 4
_TYPOS = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _check(body: str) -> str:
    digest = hashlib.sha256(b"mediator-bundle-key:" + body.encode()).digest()
    return base64.b32encode(digest).decode()[:_CHECK]


def new_key() -> str:
    """A fresh key in its printed form."""
    body = base64.b32encode(secrets.token_bytes(_RAW_BYTES)).decode()
    text = body + _check(body)
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalize(typed: str) -> str:
    """The key in its printed form; InputError when it is malformed or its check group is wrong."""
    text = "".join(typed.split()).replace("-", "").upper().translate(_TYPOS)
    body, check = text[:_BODY], text[_BODY:]
    valid = len(text) == _BODY + _CHECK and all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for c in text)
    if not valid or _check(body) != check:
        raise InputError(t("bundle key: not a valid key (it has 9 groups of 4 letters and digits, as printed by "
                           "'mediator central add-office'); check for a typing mistake"))
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def secret(key: str) -> bytes:
    """The HMAC key bytes of a (printed or typed) key."""
    return base64.b32decode(normalize(key).replace("-", "")[:_BODY])


# --- at central ------------------------------------------------------------------------------------

def issue(conn: Connection, table: Table, office_code: str) -> str:
    """Give ``office_code`` a new key (replacing any older one) in the caller's transaction."""
    key = new_key()
    conn.execute(delete(table).where(table.c.office_code == office_code))
    conn.execute(insert(table).values(office_code=office_code, key=key, issued_at=utcnow()))
    return key


def lookup(conn: Connection, table: Table, office_code: str) -> str | None:
    return conn.scalar(select(table.c.key).where(table.c.office_code == office_code))


# --- at the office (OS keyring) -------------------------------------------------------------------

def _no_keyring(detail: str | None = None) -> credentials.NoKeyring:
    message = t("this computer has no usable password keyring, so the bundle key cannot be remembered; it is "
                "asked at each export (schedulers can set {env})", env=KEY_ENV)
    return credentials.NoKeyring(message + (f" ({detail})" if detail else ""))


def _backend():  # noqa: ANN202
    try:
        return credentials.backend()
    except credentials.NoKeyring:
        raise _no_keyring() from None


def backend_available() -> None:
    """``NoKeyring`` (saying so for the bundle key) when this computer has no usable keyring."""
    _backend()


def load(office_code: str) -> str | None:
    try:
        return _backend().get_password(SERVICE, office_code)
    except KeyringError as exc:
        raise _no_keyring(type(exc).__name__) from None


def store(office_code: str, key: str) -> None:
    try:
        _backend().set_password(SERVICE, office_code, normalize(key))
    except KeyringError as exc:
        raise _no_keyring(type(exc).__name__) from None


def forget(office_code: str) -> bool:
    keys = _backend()
    try:
        if keys.get_password(SERVICE, office_code) is None:
            return False
        keys.delete_password(SERVICE, office_code)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise _no_keyring(type(exc).__name__) from None
    return True
