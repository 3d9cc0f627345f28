"""Fetch news pages over HTTP, politely and within bounds.

Polite: robots.txt is honoured (token ``cleaner``), one request at a time per host with a pause
between them, a User-Agent that names us, retries that back off and obey Retry-After (capped).
Bounded: time-outs, a redirect limit with loop detection, and a size cap counted on the decoded
body so a compressed bomb is stopped without ever being inflated in memory. Pages only: a PDF or
an image is refused from its Content-Type before its body is read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import http.cookiejar
import json
import os
import socket
import ssl
import tempfile
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3.exceptions as u3
from protego import Protego
from requests.adapters import HTTPAdapter
from requests.cookies import RequestsCookieJar
from requests.utils import requote_uri
from urllib3.util.retry import Retry

from ._errors import CleanerError
from ._version import __version__

DEFAULT_USER_AGENT = f"cleaner/{__version__} (+https://example.invalid/cleaner)"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_CHUNK = 64 * 1024
_ROBOTS_MAX = 512 * 1024  # RFC 9309: crawlers must read at least 500 KiB of a robots.txt
_ROBOTS_MAX_REDIRECTS = 5  # RFC 9309: follow at least five
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"


class FetchError(CleanerError):
    """A page could not be fetched; ``cause`` says why in a few words (``HTTP 404``)."""

    def __init__(self, url: str, cause: str) -> None:
        self.url = url
        self.cause = cause
        super().__init__(f"{url}: {cause}")

    def __reduce__(self) -> tuple[type[FetchError], tuple[str, str]]:
        # Picklable, so a process pool can hand it back to the caller intact.
        return (type(self), (self.url, self.cause))


@dataclass(frozen=True)
class Response:
    """A fetched page: raw bytes plus what the HTTP headers said about them.

    ``charset`` comes from the Content-Type header only; a charset declared inside the page
    (``<meta charset>``) is the HTML reader's business, which is why ``content`` stays bytes.
    ``content_type`` is the bare mime type, ``""`` when the server sent none.
    """

    url: str
    requested_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    content_type: str
    charset: str | None
    from_cache: bool = False


class _Retry(Retry):
    """urllib3's Retry with a ceiling on how long a Retry-After header may make us wait.

    Overriding ``parse_retry_after`` works on every urllib3 requests accepts (``retry_after_max``
    exists only in recent 2.x). ``new`` is overridden because urllib3 rebuilds the object after
    each attempt from its own constructor arguments and would drop the ceiling.
    """

    ceiling: float = 30.0

    def new(self, **kw: Any) -> _Retry:
        retry = super().new(**kw)
        retry.ceiling = self.ceiling
        return retry

    def parse_retry_after(self, retry_after: str) -> float:
        try:
            seconds = float(super().parse_retry_after(retry_after))
        except u3.InvalidHeader:
            return 0.0  # unreadable: fall back to the exponential backoff
        return min(seconds, self.ceiling)


class _Decoder:
    """Inflate a gzip or deflate body a bounded piece at a time.

    Done here rather than by urllib3 because urllib3 before 2.6 inflates each network chunk
    whole: one 64 KiB chunk of a gzip bomb becomes 64 MiB in memory before any size check can
    run. Here no piece is ever larger than ``_CHUNK``, so a bomb costs at most cap + chunk.
    """

    def __init__(self, encoding: str, url: str) -> None:
        self.encoding = encoding
        self.url = url
        self._raw_deflate = False
        self._started = False
        self._z = self._new() if encoding else None

    def _new(self) -> Any:
        if self.encoding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._z is None:
            yield data
            return
        while data and not self._z.eof:  # anything after the end of the stream is ignored
            try:
                out = self._z.decompress(data, _CHUNK)
            except zlib.error:
                if self.encoding == "deflate" and not self._raw_deflate and not self._started:
                    # Some servers send raw deflate without the zlib header (as browsers accept).
                    self._raw_deflate = True
                    self._z = self._new()
                    continue
                raise FetchError(self.url, f"bad {self.encoding} body") from None
            self._started = True
            data = self._z.unconsumed_tail
            if out:
                yield out

    def flush(self) -> bytes:
        return self._z.flush() if self._z is not None else b""


class _KeyedLocks:
    """One lock per key (host, origin), created on first use."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    def __call__(self, key: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())


@dataclass(frozen=True)
class _Robots:
    rules: Protego
    why: str = ""  # said after "blocked by robots.txt" when the rules are a fallback


_ALLOW_ALL = _Robots(Protego.parse(""))


class _DiskCache:
    """Bodies and their validators, one file per requested URL: a JSON line, then the body.

    One file per entry so a write is atomic (temporary file, then ``os.replace``): a reader never
    sees a body without its headers. Entries are always revalidated, never served unasked.
    """

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = os.fspath(directory)

    def _path(self, url: str) -> str:
        return os.path.join(self.directory, hashlib.sha256(url.encode()).hexdigest() + ".cache")

    def load(self, url: str) -> Response | None:
        try:
            with open(self._path(url), "rb") as fh:
                meta = json.loads(fh.readline())
                return Response(content=fh.read(), from_cache=True, **meta)
        except (OSError, ValueError, TypeError):
            return None  # missing or unreadable: fetch as if never cached

    def store(self, response: Response) -> None:
        meta = dataclasses.asdict(response)
        del meta["content"], meta["from_cache"]
        os.makedirs(self.directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(json.dumps(meta).encode() + b"\n")
                fh.write(response.content)
            os.replace(tmp, self._path(response.requested_url))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


class Fetcher:
    """Fetches pages; keep one for a whole batch so robots.txt, connections and the per-host
    pacing are shared. Safe to use from several threads: each host is asked one request at a
    time, ``delay`` seconds apart; overall concurrency is the caller's to limit.
    """

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        timeout: float | tuple[float, float] = (10.0, 30.0),
        retries: int = 3,
        backoff_factor: float = 0.5,
        max_retry_after: float = 30.0,
        max_redirects: int = 10,
        max_bytes: int = 10 * 1024 * 1024,
        delay: float = 1.0,
        respect_robots: bool = True,
        cache_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        if retries < 0 or max_redirects < 0 or max_bytes <= 0 or delay < 0 or max_retry_after < 0:
            raise ValueError("retries, max_redirects, delay, max_retry_after must be >= 0; max_bytes > 0")
        self.user_agent = user_agent or DEFAULT_USER_AGENT
        self.timeout = (float(timeout), float(timeout)) if isinstance(timeout, (int, float)) else timeout
        self.max_redirects = max_redirects
        self.max_bytes = max_bytes
        self.delay = delay
        self.respect_robots = respect_robots
        self._robots_token = (self.user_agent.split("/")[0].split() or ["*"])[0].lower()
        self._cache = _DiskCache(cache_dir) if cache_dir is not None else None
        self._session = self._make_session(retries, backoff_factor, max_retry_after)
        self._host_locks = _KeyedLocks()
        self._origin_locks = _KeyedLocks()
        self._last_done: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}

    def _make_session(self, retries: int, backoff_factor: float, max_retry_after: float) -> requests.Session:
        retry = _Retry(
            total=retries,
            connect=retries,
            read=False,  # a read time-out is reported, not repeated: it already cost `timeout`
            status=retries,
            redirect=False,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET", "HEAD"}),
            backoff_factor=backoff_factor,
            respect_retry_after_header=True,
            raise_on_status=False,  # after the last try, report the status itself ("HTTP 503")
        )
        retry.ceiling = max_retry_after
        session = requests.Session()
        # Cookies live for one fetch's redirect chain (passed per request), never in the shared
        # session jar: pages don't track each other, and threads never iterate a jar being
        # written (requests' jar is not safe for that).
        session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        adapter = HTTPAdapter(max_retries=retry)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.max_redirects = _ROBOTS_MAX_REDIRECTS  # only robots.txt uses requests' redirects
        session.headers.update(
            {"User-Agent": self.user_agent, "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"}
        )
        return session

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close pooled connections."""
        self._session.close()

    def fetch(self, url: str) -> Response:
        """Fetch one page, following redirects; raises :class:`FetchError` with a short cause."""
        problem = _url_problem(url)
        if problem:
            raise FetchError(url, problem)
        cached = self._cache.load(url) if self._cache is not None else None
        cookies = RequestsCookieJar()  # this chain's own: see _make_session
        visits: dict[str, int] = {}
        current = url
        while True:
            self._check_robots(url, current)
            visits[current] = visits.get(current, 0) + 1
            target, response = self._hop(url, current, cached, cookies)
            if response is not None:
                return response
            # A second visit is allowed (a cookie check bounces back once, the cookie now set);
            # a third is a loop, whatever cookies change on the way.
            if visits.get(target, 0) >= 2:
                raise FetchError(url, "redirect loop")
            if sum(visits.values()) > self.max_redirects:  # requests made = redirects followed + 1
                raise FetchError(url, f"too many redirects (over {self.max_redirects})")
            problem = _url_problem(target)
            if problem:
                raise FetchError(url, f"redirect to {problem}")
            current = target

    def _hop(
        self, url: str, current: str, cached: Response | None, cookies: RequestsCookieJar
    ) -> tuple[str, Response | None]:
        """One request: the finished response, or the redirect target to go to next."""
        with self._turn(_host(current)), self._errors(url):
            resp = self._session.get(
                current,
                headers=_validators(cached),
                cookies=cookies,
                timeout=self.timeout,
                stream=True,
                allow_redirects=False,
            )
            try:
                cookies.update(resp.cookies)
                target = self._session.get_redirect_target(resp)
                if target is not None:
                    return requote_uri(urljoin(resp.url, target)), None
                return resp.url, self._finish(url, resp, cached)
            finally:
                resp.close()

    def _finish(self, url: str, resp: requests.Response, cached: Response | None) -> Response:
        if resp.status_code == 304 and cached is not None:
            return dataclasses.replace(cached, url=resp.url, requested_url=url, from_cache=True)
        if not 200 <= resp.status_code < 300:
            raise FetchError(url, f"HTTP {resp.status_code}")
        content_type, charset = _content_type(resp.headers.get("content-type"))
        if content_type and content_type not in PAGE_TYPES:
            raise FetchError(url, f"not HTML ({content_type})")
        length = resp.headers.get("content-length", "")
        if length.strip().isdigit() and int(length) > self.max_bytes:
            raise FetchError(url, f"too large (over {_size(self.max_bytes)})")
        content = _read_body(resp, url, self.max_bytes)
        if content is None:
            raise FetchError(url, f"too large (over {_size(self.max_bytes)})")
        response = Response(
            url=resp.url,
            requested_url=url,
            status=resp.status_code,
            headers={k.lower(): v for k, v in resp.headers.items()},
            content=content,
            content_type=content_type,
            charset=charset,
        )
        if self._cache is not None and _validators(response):
            try:
                self._cache.store(response)
            except OSError as exc:
                raise FetchError(url, f"cannot write cache ({exc.strerror or exc})") from exc
        return response

    @contextlib.contextmanager
    def _turn(self, host: str) -> Iterator[None]:
        """Wait for our turn at ``host``: one request at a time, ``delay`` s after the last ended."""
        with self._host_locks(host):
            wait = self._last_done.get(host, float("-inf")) + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                self._last_done[host] = time.monotonic()

    @contextlib.contextmanager
    def _errors(self, url: str) -> Iterator[None]:
        """Turn transport exceptions from requests, urllib3 or the socket into a FetchError."""
        try:
            yield
        except FetchError:
            raise
        except (requests.RequestException, u3.HTTPError, OSError) as exc:
            raise FetchError(url, _describe(exc, self.timeout)) from exc

    def _check_robots(self, url: str, current: str) -> None:
        if not self.respect_robots:
            return
        parts = urlsplit(current)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._origin_locks(origin):  # one thread fetches; the others wait and reuse
            robots = self._robots.get(origin)
            if robots is None:
                robots = self._robots[origin] = self._load_robots(url, origin)
            allowed = robots.rules.can_fetch(current, self._robots_token)
        if not allowed:
            raise FetchError(url, "blocked by robots.txt" + robots.why)

    def _load_robots(self, url: str, origin: str) -> _Robots:
        """Fetch and parse ``origin``/robots.txt, with RFC 9309's fallbacks.

        4xx (including 404): no rules, everything allowed. 5xx (and 429, as Google does) after
        the retries: the site is unreachable for robots purposes, so everything is disallowed
        (the RFC's rule; the Fetcher's lifetime is one batch, so this is not forever), and the
        cause says so. A network failure is raised as the page's own failure and not cached.
        """
        with self._turn(_host(origin)), self._errors(url):
            try:
                resp = self._session.get(f"{origin}/robots.txt", timeout=self.timeout, stream=True)
            except requests.TooManyRedirects:
                return _ALLOW_ALL  # RFC 9309: unavailable after five redirects
            try:
                if resp.status_code >= 500 or resp.status_code == 429:
                    why = f" (robots.txt answered HTTP {resp.status_code})"
                    return _Robots(Protego.parse("User-agent: *\nDisallow: /"), why)
                if resp.status_code >= 400:
                    return _ALLOW_ALL
                body = _read_body(resp, url, _ROBOTS_MAX, truncate=True) or b""
                return _Robots(Protego.parse(body.decode("utf-8", errors="replace")))
            finally:
                resp.close()


def fetch(url: str, **options: Any) -> Response:
    """Fetch one page with a throw-away :class:`Fetcher` (``options`` are its arguments)."""
    with Fetcher(**options) as fetcher:
        return fetcher.fetch(url)


def _url_problem(url: str) -> str:
    """Why ``url`` cannot be fetched, or "" if it can."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "invalid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return f"unsupported URL scheme ({parts.scheme or 'none'})"
    if not parts.hostname:
        return "invalid URL (no host)"
    return ""


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _validators(cached: Response | None) -> dict[str, str]:
    """Conditional-request headers that let the server answer 304 for a cached copy."""
    if cached is None:
        return {}
    headers = {}
    if "etag" in cached.headers:
        headers["If-None-Match"] = cached.headers["etag"]
    if "last-modified" in cached.headers:
        headers["If-Modified-Since"] = cached.headers["last-modified"]
    return headers


def _content_type(header: str | None) -> tuple[str, str | None]:
    """The bare mime type (lower case, "" if absent) and the charset parameter, if any."""
    if not header or not header.strip():
        return "", None
    mime = header.split(";", 1)[0].strip().lower()
    msg = Message()
    msg["content-type"] = header
    charset = msg.get_param("charset")
    if isinstance(charset, tuple):  # RFC 2231 form
        charset = charset[2]
    charset = charset.strip().strip("'\"").lower() if isinstance(charset, str) else None
    return mime, charset or None


def _read_body(resp: requests.Response, url: str, limit: int, *, truncate: bool = False) -> bytes | None:
    """The decoded body, or None once it grows past ``limit`` (or its first ``limit`` bytes).

    Reads the undecoded stream and inflates it here (see :class:`_Decoder`), so the limit is
    checked on every piece as it is produced and a bomb never expands past limit + one chunk.
    """
    encoding = resp.headers.get("content-encoding", "").strip().lower()
    encoding = {"x-gzip": "gzip", "identity": ""}.get(encoding, encoding)
    if encoding not in ("", "gzip", "deflate"):
        raise FetchError(url, f"unsupported content encoding ({encoding})")
    decoder = _Decoder(encoding, url)
    body = bytearray()
    for piece in _pieces(resp, decoder):
        if len(body) + len(piece) > limit:
            if truncate:
                return bytes(body + piece[: limit - len(body)])
            return None
        body += piece
    declared = resp.headers.get("content-length", "")
    if not encoding and declared.isdigit() and len(body) < int(declared):
        # urllib3 2 raises on this itself; 1.26 (requests < 2.30) hands back the stump
        raise FetchError(url, "connection broken")
    return bytes(body)


def _pieces(resp: requests.Response, decoder: _Decoder) -> Iterator[bytes]:
    for raw in resp.raw.stream(_CHUNK, decode_content=False):
        yield from decoder.feed(raw)
    yield decoder.flush()


def _size(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n} bytes"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it wraps (causes, contexts, urllib3 reasons, args)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        linked = (e.__cause__, e.__context__, getattr(e, "reason", None), *e.args)
        todo.extend(x for x in linked if isinstance(x, BaseException))


def _describe(exc: BaseException, timeout: tuple[float, float]) -> str:
    """A short cause for a transport failure, most specific first."""
    errors = list(_chain(exc))

    def has(*types: type[BaseException]) -> bool:
        return any(isinstance(e, types) for e in errors)

    if has(socket.gaierror):
        return "DNS lookup failed"
    if has(ConnectionRefusedError):
        return "connection refused"
    # urllib3's NewConnectionError is, oddly, a ConnectTimeoutError subclass: exclude it.
    if has(requests.ConnectTimeout) or any(
        isinstance(e, u3.ConnectTimeoutError) and not isinstance(e, u3.NewConnectionError) for e in errors
    ):
        return f"timed out (connect, {timeout[0]:g} s)"
    if has(u3.ReadTimeoutError, requests.ReadTimeout, TimeoutError):
        return f"timed out (read, {timeout[1]:g} s)"
    if has(ssl.SSLError, u3.SSLError, requests.exceptions.SSLError):
        return "TLS error"
    if has(ConnectionResetError):
        return "connection reset"
    if has(requests.exceptions.InvalidURL, requests.exceptions.MissingSchema, u3.LocationParseError):
        return "invalid URL"
    if has(u3.ProtocolError, requests.exceptions.ChunkedEncodingError):
        return "connection broken"
    if has(requests.ConnectionError, u3.NewConnectionError, ConnectionError):
        return "connection failed"
    return f"request failed ({type(exc).__name__})"
