"""Credentials: the keyring wrapper with the real ``keyring`` package (an in-process backend set
through ``keyring.set_keyring``, and keyring's own ``fail`` backend), the ``sync`` command asking
for the password when no keyring exists, and passwords never shown in messages.

A server that asks for a password is a tiny PostgreSQL-protocol listener on loopback (real libpq
talks to it): it requests a clear-text password, records it and answers "password authentication
failed" (SQLSTATE 28P01), as a real server does for a wrong password."""

from __future__ import annotations

import contextlib
import getpass
import socket
import struct
import threading

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, fail

from mediator.cli.main import main
from mediator.sync import credentials, state
from mediator.sync.connect import redact, scrub
from tests.sync.conftest import register


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend kept in this process."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


class PasswordServer:
    """Accepts PostgreSQL connections, asks each for a clear-text password, refuses it (28P01)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.passwords: list[str] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                with contextlib.suppress(OSError, struct.error):  # the client went away: next one
                    self._one(conn)

    @staticmethod
    def _read(conn, n):
        data = b""
        while len(data) < n:
            part = conn.recv(n - len(data))
            if not part:
                raise OSError("closed")
            data += part
        return data

    def _one(self, conn):
        while True:
            length, code = struct.unpack("!ii", self._read(conn, 8))
            self._read(conn, length - 8)
            if code in (80877103, 80877104):  # SSL or GSS encryption request: not here
                conn.sendall(b"N")
                continue
            break
        conn.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
        kind = self._read(conn, 1)
        (length,) = struct.unpack("!i", self._read(conn, 4))
        body = self._read(conn, length - 4)
        if kind == b"p":
            self.passwords.append(body.rstrip(b"\0").decode())
        fields = b"SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"office\"\0\0"
        conn.sendall(b"E" + struct.pack("!i", len(fields) + 4) + fields)

    def close(self):
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture
def password_server():
    server = PasswordServer()
    yield server
    server.close()


def test_store_load_forget_through_the_real_keyring_api(memory_keyring):
    url = "postgresql://office:ignored@central.example/mediator"
    assert credentials.available()
    assert credentials.load(url, "office") is None
    credentials.store(url, "office", "s3cret-pw")
    assert credentials.load("postgresql://office@central.example/mediator", "office") == "s3cret-pw"
    assert all("s3cret" not in service and "ignored" not in service for service, _ in memory_keyring.items)
    assert credentials.forget(url, "office") is True
    assert credentials.load(url, "office") is None
    assert credentials.forget(url, "office") is False


def test_no_keyring_is_detected_and_said_plainly(no_keyring):
    assert not credentials.available()
    with pytest.raises(credentials.NoKeyring, match="no usable password keyring"):
        credentials.store("postgresql://office@h/db", "office", "pw")
    with pytest.raises(credentials.NoKeyring):
        credentials.load("postgresql://office@h/db", "office")
    keyring.set_keyring(chainer.ChainerBackend())  # a chainer with nothing usable behind it
    if not chainer.ChainerBackend().backends:
        assert not credentials.available()


def test_sync_asks_for_the_password_when_there_is_no_keyring(office, no_keyring, password_server, monkeypatch,
                                                              capsys):
    monkeypatch.delenv("MEDIATOR_CENTRAL_PASSWORD", raising=False)
    asked = []

    def typed(prompt="Password: ", stream=None):
        asked.append(prompt)
        return "typed-Secret-77"

    monkeypatch.setattr(getpass, "getpass", typed)
    url = f"postgresql://office@127.0.0.1:{password_server.port}/mediator"
    code = main(["--data-dir", str(office.ws.data_dir), "sync", "--central", url])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(asked) == 1 and "office" in asked[0] and str(password_server.port) in asked[0]
    assert "no usable password keyring" in err and "asked each time" in err
    assert password_server.passwords == ["typed-Secret-77"]  # the typed password was the one sent
    assert "password authentication failed" in err
    assert "typed-Secret-77" not in out + err


def test_a_refused_keyring_password_is_forgotten_and_never_shown(office, memory_keyring, password_server,
                                                                 monkeypatch, capsys):
    monkeypatch.delenv("MEDIATOR_CENTRAL_PASSWORD", raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda *a, **k: pytest.fail("the keyring had the password"))
    url = f"postgresql://office@127.0.0.1:{password_server.port}/mediator"
    credentials.store(url, "office", "old-Secret-42")
    code = main(["--data-dir", str(office.ws.data_dir), "sync", "--central", url])
    out, err = capsys.readouterr()
    assert code == 1 and password_server.passwords == ["old-Secret-42"]
    assert "refused and has been forgotten" in err and "old-Secret-42" not in out + err
    assert credentials.load(url, "office") is None


def test_a_wrong_password_in_the_url_is_never_printed(office, memory_keyring, password_server, capsys):
    url = f"postgresql://office:url-Secret-9@127.0.0.1:{password_server.port}/mediator"
    assert main(["--data-dir", str(office.ws.data_dir), "sync", "--central", url]) == 1
    out, err = capsys.readouterr()
    assert "password authentication failed" in err and "url-Secret-9" not in out + err
    assert credentials.load(url, "office") is None  # only a password that worked is kept
    with office.ws.read() as s:
        assert state.get(s, state.URL) is None
    bad_port = "postgresql://office:url-Secret-9@127.0.0.1:notaport/mediator"
    assert main(["--data-dir", str(office.ws.data_dir), "sync", "--central", bad_port]) == 2
    out, err = capsys.readouterr()
    assert "url-Secret-9" not in out + err and "not valid" in err


def test_scrub_and_redact_remove_passwords():
    assert redact("postgresql://u:pw-123@h:5432/db") == "postgresql://u@h:5432/db"
    text = 'failed: host=h user=u password=pw-123 dbname=db; postgresql://u:pw-123@h/db; "pw-123"'
    cleaned = scrub(text, "pw-123")
    assert "pw-123" not in cleaned and "postgresql://u:***@h/db" in cleaned


@pytest.mark.parametrize("central_url", ["postgres"], indirect=True)
def test_a_password_that_worked_is_kept_in_the_keyring(central, office, memory_keyring, monkeypatch, capsys):
    monkeypatch.delenv("MEDIATOR_CENTRAL_PASSWORD", raising=False)
    register(office.ws, office.chair)
    url = central.url.set(password="kept-Secret-5").render_as_string(hide_password=False).replace("+psycopg", "")
    assert main(["--data-dir", str(office.ws.data_dir), "sync", "--central", url]) == 0
    plain = redact(url)
    assert credentials.load(plain, central.url.username) == "kept-Secret-5"
    with office.ws.read() as s:
        assert state.get(s, state.URL) == plain
    assert main(["--data-dir", str(office.ws.data_dir), "sync"]) == 0
    out, err = capsys.readouterr()
    assert "kept-Secret-5" not in out + err
