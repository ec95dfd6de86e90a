"""A fault-injecting TCP proxy on loopback, for connections to the central PostgreSQL.

``Proxy(target_host, target_port)`` listens on 127.0.0.1 (a free port, ``proxy.port``) and
forwards each accepted connection to the target with two pump threads. It can be told to

* ``cut_after(n, trigger=None)``: cut every connection (open ones and new ones) once the client
  has sent ``n`` more bytes after ``trigger`` (a byte string seen in the client's data, e.g. a
  table name or an SQL function; without one, counting starts at once). The cut closes both
  sockets: the server sees its client vanish mid-message, the client a dropped connection;
* ``delay(seconds)``: hold every chunk that many seconds in each direction (latency);
* ``heal()``: forward faithfully again.

``cuts`` counts the connections cut; ``turns`` counts round trips: the times a client began
sending after the server had answered (or first on its connection), leaving out PostgreSQL's
closing Terminate message, which waits for no answer. Use as a context manager; ``close()``
stops everything.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

TERMINATE = b"X\x00\x00\x00\x04"  # PostgreSQL's closing message: no answer, no round trip

class Proxy:
    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432):
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._links: list[_Link] = []
        self._plan: tuple[int, bytes | None] | None = None
        self._delay = 0.0
        self.cuts = 0
        self.turns = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True, name="proxy-accept").start()

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def cut_after(self, n: int, trigger: bytes | None = None) -> None:
        with self._lock:
            self._plan = (n, trigger)
            for link in self._links:
                link.arm(n, trigger)

    def delay(self, seconds: float) -> None:
        self._delay = seconds

    def heal(self) -> None:
        with self._lock:
            self._plan = None
            self._delay = 0.0
            for link in self._links:
                link.arm(None, None)

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        with self._lock:
            links, self._links = self._links, []
        for link in links:
            link.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            link = _Link(self, client, server)
            with self._lock:
                self._links = [x for x in self._links if not x.closed] + [link]
                if self._plan is not None:
                    link.arm(*self._plan)
            link.start()

    def _turn(self) -> None:
        with self._lock:
            self.turns += 1

    def _cut(self, link: _Link) -> None:
        with self._lock:
            self.cuts += 1
        link.close()


class _Link:
    """One proxied connection: client→server (watched for the trigger, counted) and server→client."""

    def __init__(self, proxy: Proxy, client: socket.socket, server: socket.socket):
        self.proxy, self.client, self.server = proxy, client, server
        self.closed = False
        self._budget: int | None = None  # client bytes still allowed once triggered
        self._trigger: bytes | None = None
        self._tail = b""  # the end of the previous chunk, so a trigger split across chunks is seen
        self._client_turn = False  # the client is sending and has had no answer since

    def arm(self, n: int | None, trigger: bytes | None) -> None:
        self._budget, self._trigger, self._tail = n, trigger, b""

    def start(self) -> None:
        threading.Thread(target=self._pump, args=(self.client, self.server, True), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.server, self.client, False), daemon=True).start()

    def close(self) -> None:
        self.closed = True
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _allowed(self, chunk: bytes) -> int | None:
        """How much of ``chunk`` may pass before the cut, or None for all of it."""
        if self._budget is None:
            return None
        start = 0
        if self._trigger is not None:
            seen = self._tail + chunk
            at = seen.find(self._trigger)
            if at < 0:
                self._tail = seen[-len(self._trigger):]
                return None
            start = max(0, at + len(self._trigger) - len(self._tail))
            self._trigger = None
        if len(chunk) - start <= self._budget:
            self._budget -= len(chunk) - start
            return None
        return start + self._budget

    def _pump(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        try:
            while True:
                chunk = source.recv(65536)
                if not chunk:
                    break
                if not from_client:
                    self._client_turn = False
                elif not self._client_turn and chunk != TERMINATE:
                    self._client_turn = True
                    self.proxy._turn()
                if self.proxy._delay:
                    time.sleep(self.proxy._delay)  # latency, not synchronisation
                allowed = self._allowed(chunk) if from_client else None
                if allowed is not None:
                    sink.sendall(chunk[:allowed])
                    self.proxy._cut(self)
                    return
                sink.sendall(chunk)
        except OSError:
            pass
        if not self.closed:
            self.close()
