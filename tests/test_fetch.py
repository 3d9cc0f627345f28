"""Fetching pages: politeness, bounds and error causes, against a local scripted server."""

from __future__ import annotations

import gzip
import os
import pickle
import socket
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from cleaner import CleanerError, __version__
from cleaner._fetch import Fetcher, FetchError, Response, fetch
from tests._httpserver import Reply, Seen, TestServer

PAGE = b"<!doctype html><html><head><title>T</title></head><body><p>Story.</p></body></html>"


@pytest.fixture
def server() -> Iterator[TestServer]:
    srv = TestServer()
    srv.start()
    yield srv
    srv.stop()


def quick(**options: Any) -> Fetcher:
    """A Fetcher with test-sized waits: no per-host delay, tiny backoff, short time-outs."""
    options = {"delay": 0.0, "backoff_factor": 0.01, "timeout": (2.0, 2.0), **options}
    return Fetcher(**options)


def failure(url: str, **options: Any) -> FetchError:
    with quick(**options) as f, pytest.raises(FetchError) as info:
        f.fetch(url)
    return info.value


# --- success ----------------------------------------------------------------------------------


def test_ok_page(server: TestServer) -> None:
    server.route("/a", Reply(body=PAGE, headers={"X-Thing": "1"}))
    with quick() as f:
        r = f.fetch(server.url("/a"))
    assert r == Response(
        url=server.url("/a"),
        requested_url=server.url("/a"),
        status=200,
        headers=r.headers,
        content=PAGE,
        content_type="text/html",
        charset="utf-8",
        from_cache=False,
    )
    assert r.headers["x-thing"] == "1" and type(r.headers) is dict
    assert all(k == k.lower() for k in r.headers)


def test_module_level_fetch(server: TestServer) -> None:
    server.route("/a", Reply(body=PAGE))
    assert fetch(server.url("/a"), delay=0).content == PAGE


@pytest.mark.parametrize("ctype", ["text/plain", "application/xhtml+xml; charset=UTF-8", ""])
def test_accepted_content_types(server: TestServer, ctype: str) -> None:
    server.route("/a", Reply(body=PAGE, headers={"Content-Type": ctype}))
    with quick() as f:
        assert f.fetch(server.url("/a")).content_type == ctype.split(";")[0].lower()


def test_pdf_is_refused(server: TestServer) -> None:
    server.route("/doc", Reply(body=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"}))
    err = failure(server.url("/doc"))
    assert err.cause == "not HTML (application/pdf)"
    assert str(err) == f"{server.url('/doc')}: not HTML (application/pdf)"


# --- charsets: the header only ----------------------------------------------------------------


def test_charset_declared_only_in_meta_is_left_to_the_reader(server: TestServer) -> None:
    body = '<html><head><meta charset="iso-8859-1"></head><body>café</body></html>'.encode("latin-1")
    server.route("/l1", Reply(body=body, headers={"Content-Type": "text/html"}))
    with quick() as f:
        r = f.fetch(server.url("/l1"))
    assert r.charset is None and r.content == body


def test_charset_from_header(server: TestServer) -> None:
    body = "<html><body>日本語のニュース</body></html>".encode("shift_jis")
    server.route("/sj", Reply(body=body, headers={"Content-Type": 'text/html; charset="Shift_JIS"'}))
    with quick() as f:
        r = f.fetch(server.url("/sj"))
    assert r.charset == "shift_jis" and r.content == body


# --- redirects --------------------------------------------------------------------------------


def test_redirect_chain_reports_final_url(server: TestServer) -> None:
    server.route("/a", Reply(301, headers={"Location": "/b"}))
    server.route("/b", Reply(302, headers={"Location": server.url("/c")}))
    server.route("/c", Reply(body=PAGE))
    with quick() as f:
        r = f.fetch(server.url("/a"))
    assert (r.url, r.requested_url, r.content) == (server.url("/c"), server.url("/a"), PAGE)


def test_redirect_loop(server: TestServer) -> None:
    server.route("/x", Reply(302, headers={"Location": "/y"}))
    server.route("/y", Reply(302, headers={"Location": "/x"}))
    server.route("/self", Reply(301, headers={"Location": "/self"}))
    assert failure(server.url("/x")).cause == "redirect loop"
    assert failure(server.url("/self")).cause == "redirect loop"
    assert server.count("/x") == 2  # found on the third visit, not after ten redirects


def test_too_many_redirects(server: TestServer) -> None:
    for i in range(6):
        server.route(f"/r{i}", Reply(302, headers={"Location": f"/r{i + 1}"}))
    assert failure(server.url("/r0"), max_redirects=3).cause == "too many redirects (over 3)"
    assert server.count("/r4") == 0


def test_cookie_check_bounce_is_not_a_loop(server: TestServer) -> None:
    def page(seen: Seen) -> Reply:
        if "ok=1" in seen.headers.get("cookie", ""):
            return Reply(body=PAGE)
        return Reply(302, headers={"Location": "/setcookie"})

    server.route("/page", page)
    server.route("/setcookie", Reply(302, headers={"Location": "/page", "Set-Cookie": "ok=1; Path=/"}))
    with quick() as f:
        assert f.fetch(server.url("/page")).content == PAGE


def test_cookies_do_not_outlive_a_fetch(server: TestServer) -> None:
    server.route("/a", Reply(body=PAGE, headers={"Set-Cookie": "track=1; Path=/"}))
    with quick() as f:
        f.fetch(server.url("/a"))
        f.fetch(server.url("/a"))
    assert "cookie" not in server.seen("/a")[1].headers


def test_redirect_to_other_scheme(server: TestServer) -> None:
    server.route("/a", Reply(302, headers={"Location": "ftp://example.invalid/file"}))
    assert failure(server.url("/a")).cause == "redirect to unsupported URL scheme (ftp)"


# --- status codes and retries -----------------------------------------------------------------


@pytest.mark.parametrize("status", [404, 410])
def test_client_errors(server: TestServer, status: int) -> None:
    server.route("/gone", Reply(status, b"nope"))
    err = failure(server.url("/gone"))
    assert isinstance(err, CleanerError)
    assert (err.url, err.cause, str(err)) == (
        server.url("/gone"),
        f"HTTP {status}",
        f"{server.url('/gone')}: HTTP {status}",
    )
    assert server.count("/gone") == 1  # not retried


def test_429_retry_after_is_honoured(server: TestServer) -> None:
    server.route("/a", Reply(429, headers={"Retry-After": "1"}), Reply(body=PAGE))
    start = time.monotonic()
    with quick() as f:
        assert f.fetch(server.url("/a")).content == PAGE
    assert time.monotonic() - start >= 0.9
    assert server.count("/a") == 2


def test_huge_retry_after_is_capped(server: TestServer) -> None:
    server.route("/a", Reply(429, headers={"Retry-After": "3600"}), Reply(body=PAGE))
    start = time.monotonic()
    with quick(max_retry_after=0.2) as f:
        assert f.fetch(server.url("/a")).content == PAGE
    assert 0.15 <= time.monotonic() - start < 2


def test_503_twice_then_ok(server: TestServer) -> None:
    server.route("/a", Reply(503), Reply(503), Reply(body=PAGE))
    with quick() as f:
        assert f.fetch(server.url("/a")).content == PAGE
    assert server.count("/a") == 3


def test_503_until_retries_run_out(server: TestServer) -> None:
    server.route("/a", Reply(503))
    assert failure(server.url("/a"), retries=2).cause == "HTTP 503"
    assert server.count("/a") == 3


def test_slow_response_times_out(server: TestServer) -> None:
    server.route("/slow", Reply(body=PAGE, delay=1.5))
    start = time.monotonic()
    assert failure(server.url("/slow"), timeout=(2.0, 0.5)).cause == "timed out (read, 0.5 s)"
    assert time.monotonic() - start < 1.4
    assert server.count("/slow") == 1  # a read time-out is not repeated


def test_stalled_body_times_out(server: TestServer) -> None:
    def stall() -> Iterator[bytes]:
        yield PAGE
        time.sleep(1.5)
        yield PAGE

    server.route("/stall", Reply(body=stall(), length=False))
    assert failure(server.url("/stall"), timeout=(2.0, 0.5)).cause == "timed out (read, 0.5 s)"


def test_body_cut_short(server: TestServer) -> None:
    server.route("/cut", Reply(body=b"<p>half", headers={"Content-Length": "1000"}, length=False))
    assert failure(server.url("/cut")).cause == "connection broken"


# --- size cap ---------------------------------------------------------------------------------


def test_over_cap_with_content_length(server: TestServer) -> None:
    server.route("/big", Reply(body=b"x" * 5000))
    assert failure(server.url("/big"), max_bytes=1000).cause == "too large (over 1000 bytes)"


def test_content_length_over_cap_is_refused_before_reading(server: TestServer) -> None:
    # Announces 50 MB, sends almost nothing: refused from the header alone, without waiting.
    server.route("/big", Reply(body=b"x", headers={"Content-Length": str(50 << 20)}, length=False))
    assert failure(server.url("/big")).cause == "too large (over 10 MB)"


def test_over_cap_without_content_length(server: TestServer) -> None:
    server.route("/big", Reply(body=[b"x" * 65536] * 40, length=False))  # 2.5 MB, no length
    assert failure(server.url("/big"), max_bytes=1 << 20).cause == "too large (over 1 MB)"


def _gzip_bomb(size: int) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    return b"".join([*(z.compress(zeros) for _ in range(size >> 20)), z.flush()])


def test_gzip_bomb_is_stopped_without_inflating_it(server: TestServer) -> None:
    bomb = _gzip_bomb(50 << 20)
    assert len(bomb) < 100_000
    server.route("/bomb", Reply(body=bomb, headers={"Content-Encoding": "gzip"}))
    cap = 1 << 20
    with quick(max_bytes=cap) as f:
        start = time.monotonic()
        tracemalloc.start()
        try:
            with pytest.raises(FetchError) as info:
                f.fetch(server.url("/bomb"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert info.value.cause == "too large (over 1 MB)"
    assert time.monotonic() - start < 5
    assert peak < cap + 1024 * 1024, f"peak {peak} bytes"  # cap + a chunk + overhead, not 50 MB


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, no zlib header
    ],
)
def test_compressed_pages_are_decoded(server: TestServer, encoding: str, encode: Any) -> None:
    server.route("/z", Reply(body=encode(PAGE * 100), headers={"Content-Encoding": encoding}))
    with quick() as f:
        assert f.fetch(server.url("/z")).content == PAGE * 100


def test_corrupt_gzip(server: TestServer) -> None:
    server.route("/z", Reply(body=b"\x1f\x8b\x08\x00garbage-garbage", headers={"Content-Encoding": "gzip"}))
    assert failure(server.url("/z")).cause == "bad gzip body"


def test_unknown_content_encoding(server: TestServer) -> None:
    server.route("/z", Reply(body=b"??", headers={"Content-Encoding": "br"}))
    assert failure(server.url("/z")).cause == "unsupported content encoding (br)"


# --- robots.txt -------------------------------------------------------------------------------

ROBOTS = b"User-agent: *\nDisallow: /private\n\nUser-agent: cleaner\nDisallow: /private\nDisallow: /*.cgi$\n"


def test_robots_disallow_and_override(server: TestServer) -> None:
    server.route("/robots.txt", Reply(body=ROBOTS, headers={"Content-Type": "text/plain"}))
    server.route("/private/a", Reply(body=PAGE))
    server.route("/public", Reply(body=PAGE))
    server.route("/run.cgi", Reply(body=PAGE))
    with quick() as f:
        with pytest.raises(FetchError) as info:
            f.fetch(server.url("/private/a"))
        assert info.value.cause == "blocked by robots.txt"
        with pytest.raises(FetchError) as info:
            f.fetch(server.url("/run.cgi"))  # wildcard rule in cleaner's own group
        assert info.value.cause == "blocked by robots.txt"
        assert f.fetch(server.url("/public")).content == PAGE
    assert server.count("/robots.txt") == 1
    assert server.count("/private/a") == 0
    with quick(respect_robots=False) as f:
        assert f.fetch(server.url("/private/a")).content == PAGE
    assert server.count("/robots.txt") == 1  # not even asked


def test_robots_fetched_once_across_threads(server: TestServer) -> None:
    server.route("/robots.txt", Reply(body=b"User-agent: *\nAllow: /\n", delay=0.1))
    for i in range(8):
        server.route(f"/p{i}", Reply(body=PAGE))
    with quick() as f, ThreadPoolExecutor(4) as pool:
        pages = list(pool.map(f.fetch, [server.url(f"/p{i}") for i in range(8)]))
    assert [p.content for p in pages] == [PAGE] * 8
    assert server.count("/robots.txt") == 1


def test_redirect_into_disallowed_path_is_blocked(server: TestServer) -> None:
    server.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private\n"))
    server.route("/a", Reply(302, headers={"Location": "/private/x"}))
    assert failure(server.url("/a")).cause == "blocked by robots.txt"
    assert server.count("/private/x") == 0


@pytest.mark.parametrize("status", [503, 429])
def test_robots_unreachable_disallows_all(server: TestServer, status: int) -> None:
    server.route("/robots.txt", Reply(status))
    server.route("/a", Reply(body=PAGE))
    cause = failure(server.url("/a"), retries=0).cause
    assert cause == f"blocked by robots.txt (robots.txt answered HTTP {status})"


def test_robots_missing_allows_all(server: TestServer) -> None:
    server.route("/a", Reply(body=PAGE))  # /robots.txt is a 404
    with quick() as f:
        assert f.fetch(server.url("/a")).content == PAGE
    assert server.count("/robots.txt") == 1


# --- politeness -------------------------------------------------------------------------------


def test_per_host_delay(server: TestServer) -> None:
    server.route("/a", Reply(body=PAGE))
    server.route("/b", Reply(body=PAGE))
    start = time.monotonic()
    with quick(delay=0.3) as f:
        f.fetch(server.url("/a"))
        f.fetch(server.url("/b"))
    assert time.monotonic() - start >= 0.3 * 2  # robots.txt, /a, /b: two gaps
    (a,), (b,) = server.seen("/a"), server.seen("/b")
    assert b.at - a.at >= 0.3


def test_user_agent(server: TestServer) -> None:
    server.route("/a", Reply(body=PAGE))
    with quick() as f:
        f.fetch(server.url("/a"))
    (seen,) = server.seen("/a")
    assert f"cleaner/{__version__}" in seen.headers["user-agent"]
    assert server.seen("/robots.txt")[0].headers["user-agent"] == seen.headers["user-agent"]
    with quick(user_agent="NewsBot/2.0 (+https://example.invalid)") as f:
        f.fetch(server.url("/a"))
    assert server.seen("/a")[1].headers["user-agent"] == "NewsBot/2.0 (+https://example.invalid)"


# --- on-disk cache ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("validator", "conditional", "value"),
    [
        ("ETag", "if-none-match", '"v1"'),
        ("Last-Modified", "if-modified-since", "Tue, 01 Dec 2026 10:00:00 GMT"),
    ],
)
def test_cache_revalidates(
    server: TestServer, tmp_path: os.PathLike[str], validator: str, conditional: str, value: str
) -> None:
    def page(seen: Seen) -> Reply:
        if seen.headers.get(conditional) == value:
            return Reply(304, headers={validator: value})
        return Reply(body=PAGE, headers={validator: value})

    server.route("/a", page)
    with quick(cache_dir=tmp_path) as f:
        first = f.fetch(server.url("/a"))
    with quick(cache_dir=tmp_path) as f:  # a new Fetcher: the cache is on disk
        second = f.fetch(server.url("/a"))
    assert not first.from_cache and second.from_cache
    assert second.content == first.content == PAGE
    assert (second.status, second.content_type, second.charset) == (200, "text/html", "utf-8")
    sent = server.seen("/a")
    assert conditional not in sent[0].headers and sent[1].headers[conditional] == value
    assert [p.endswith(".cache") for p in os.listdir(tmp_path)] == [True]  # no temporary left


def test_cache_is_refreshed_when_the_page_changed(server: TestServer, tmp_path: os.PathLike[str]) -> None:
    server.route(
        "/a", Reply(body=b"<p>old</p>", headers={"ETag": '"1"'}), Reply(body=PAGE, headers={"ETag": '"2"'})
    )
    with quick(cache_dir=tmp_path) as f:
        f.fetch(server.url("/a"))
        second = f.fetch(server.url("/a"))
    assert second.content == PAGE and not second.from_cache


# --- network failures -------------------------------------------------------------------------


def test_dns_failure() -> None:
    assert failure("http://no-such-host.invalid/page", retries=1).cause == "DNS lookup failed"


def test_connection_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert failure(f"http://127.0.0.1:{port}/", retries=1).cause == "connection refused"


def test_tls_error(server: TestServer) -> None:
    # The test server speaks plain HTTP, so the TLS handshake fails.
    assert failure(f"https://127.0.0.1:{server.port}/", retries=0).cause == "TLS error"


@pytest.mark.parametrize(
    ("url", "cause"),
    [
        ("ftp://example.invalid/x", "unsupported URL scheme (ftp)"),
        ("page.html", "unsupported URL scheme (none)"),
    ],
)
def test_bad_urls(url: str, cause: str) -> None:
    assert failure(url).cause == cause


def test_fetch_error_pickles() -> None:
    err = pickle.loads(pickle.dumps(FetchError("https://x/y", "HTTP 404")))
    assert (err.url, err.cause, str(err)) == ("https://x/y", "HTTP 404", "https://x/y: HTTP 404")
