"""A scripted HTTP server on 127.0.0.1 for tests that fetch: no outside network.

Each path gets a list of replies, served in order (the last one repeats); every request is
recorded with its headers so tests can count them and check what was sent.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    length: bool = True  # send Content-Length (else close the connection to end the body)


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    at: float


Handler = Callable[[Seen], Reply]


class TestServer:
    """Routes are set by tests; unknown paths (robots.txt included) answer 404."""

    __test__ = False  # not a pytest test class

    def __init__(self) -> None:
        self._routes: dict[str, list[Reply] | Handler] = {}
        self._lock = threading.Lock()
        self.requests: list[Seen] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._server.block_on_close = False  # a deliberately slow reply must not hold up stop()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, *replies: Reply | Handler) -> None:
        if len(replies) == 1 and callable(replies[0]):
            self._routes[path] = replies[0]
        else:
            self._routes[path] = [r for r in replies if isinstance(r, Reply)]

    def count(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def seen(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _next(self, seen: Seen) -> Reply:
        with self._lock:
            self.requests.append(seen)
            route = self._routes.get(seen.path)
            if route is None:
                return Reply(404, b"not found")
            if callable(route):
                handler = route
            else:
                return route.pop(0) if len(route) > 1 else route[0]
        return handler(seen)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
                reply = server._next(seen)
                if reply.delay:
                    time.sleep(reply.delay)
                # The client may give up (size cap, time-out): expected in these tests.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._send(reply)

            def _send(self, reply: Reply) -> None:
                body = reply.body if isinstance(reply.body, bytes) else None
                self.send_response(reply.status)
                headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
                for key, value in headers.items():
                    if value:  # an empty value leaves the header out (e.g. no Content-Type)
                        self.send_header(key, value)
                if reply.length and body is not None:
                    self.send_header("Content-Length", str(len(body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                for chunk in _chunks(reply.body):
                    self.wfile.write(chunk)

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        return _Handler


def _chunks(body: bytes | Iterable[bytes]) -> Iterator[bytes]:
    if isinstance(body, bytes):
        yield body
    else:
        yield from body
