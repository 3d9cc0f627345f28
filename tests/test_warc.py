"""WARC input: HTML responses are cleaned with their record URL, other records are skipped."""

from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import cleaner
from cleaner._batch import url_stem
from cleaner._cli import main
from cleaner._warc import WarcPage, iter_warc, looks_like_warc

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    # the pages' own canonical URLs, as a crawler would have fetched them
    "https://www.inkl.com/news/swansea-bay-tidal-lagoon-revived-as-ministers-weigh-1-6bn-blue-energy-plan": (
        "inkl-guardian-tidal-lagoon"
    ),
    "https://www.msn.com/en-gb/news/uknews/tube-strike-londoners-face-four-days-of-disruption-as-rmt"
    "-confirms-walkout-dates/ar-AA1i8KpQ": "msn-standard-tube-strike",
    "https://news.yahoo.com/zambias-copper-output-jumps-decade-143211572.html": "yahoo-reuters-zambia-copper",
}


def _page(case: str) -> bytes:
    return (ROOT / "fixtures" / "html" / case / "input.html").read_bytes()


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    )


def build_warc(path: Path, *, gzip: bool = True) -> None:
    """warcinfo, the three pages (with a request record and a PNG between), and a 404."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "cleaner tests"}))
        urls = list(PAGES)
        _response(writer, urls[0], _page(PAGES[urls[0]]), "text/html; charset=utf-8")
        writer.write_record(
            writer.create_warc_record(urls[1], "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        )
        _response(writer, "https://www.msn.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        _response(writer, urls[1], _page(PAGES[urls[1]]), "text/html")
        _response(writer, urls[2], _page(PAGES[urls[2]]), "application/xhtml+xml; charset=UTF-8")
        _response(
            writer, "https://www.inkl.com/missing", b"<html>Not found</html>", "text/html", "404 Not Found"
        )


def _expected(warc_name: str) -> list[tuple[str, cleaner.Article]]:
    """What cleaning each page on its own gives, named as the batch names WARC records."""
    indexes = {urls: i for urls, i in zip(PAGES, (2, 5, 6), strict=True)}
    return [
        (url, cleaner.clean(_page(case), url=url, name=f"{warc_name}#{indexes[url]}"))
        for url, case in PAGES.items()
    ]


def test_records_are_classified(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc)
    with warc.open("rb") as fh:
        entries = list(iter_warc(fh, str(warc)))
    kinds = [type(e).__name__ for e in entries]
    assert kinds == ["WarcSkip", "WarcPage", "WarcSkip", "WarcSkip", "WarcPage", "WarcPage", "WarcSkip"]
    reasons = [e.reason for e in entries if type(e).__name__ == "WarcSkip"]  # type: ignore[union-attr]
    assert reasons == ["a warcinfo record", "a request record", "content type image/png", "HTTP status 404"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_warc_cleans_like_its_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: int) -> None:
    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc)
    out = tmp_path / "out"
    assert main(["-j", str(jobs), "-o", str(out), str(warc)]) == 0
    assert "cleaner: 3 cleaned, 4 skipped, 0 failed" in capsys.readouterr().err
    for url, article in _expected(str(warc)):
        written = out / "crawl" / f"{url_stem(url, 0)}.md"
        assert written.read_text(encoding="utf-8") == article.to_markdown(), url
        assert article.kind == "html" and article.url == url


def test_warc_to_jsonl_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = tmp_path / "crawl.warc"
    build_warc(warc, gzip=False)
    assert main(["-f", "jsonl", str(warc)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records == [article.to_dict() for _, article in _expected(str(warc))]


def test_warc_in_a_folder_is_mirrored_and_damage_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crawl = tmp_path / "pages" / "2026" / "crawl-0001.warc.gz"
    crawl.parent.mkdir(parents=True)
    build_warc(crawl)
    data = crawl.read_bytes()
    (tmp_path / "pages" / "2026" / "cut.warc.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "pages" / "2026" / "packed.warc.gz").write_bytes(gzip.compress(b"a tarball, really"))
    (tmp_path / "pages" / "notes.warc").write_bytes(b"this is not an archive\n")
    (tmp_path / "pages" / "empty.warc").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["-o", str(out), str(tmp_path / "pages")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for name in ("packed.warc.gz", "notes.warc", "empty.warc"):
        lines = [line for line in err.splitlines() if f"{name}:" in line]
        assert lines == [
            f"cleaner: error: {next(tmp_path.rglob(name))}: "
            "not a WARC archive (it does not start with a WARC/1.x record)"
        ]
    # an archive cut short gives what it holds (warcio does not flag the cut); the run goes on
    m = re.search(r"^cleaner: (\d+) cleaned, (\d+) skipped, 3 failed$", err, re.M)
    assert m is not None and int(m.group(1)) >= 3, err
    names = sorted(p.name for p in (out / "2026" / "crawl-0001").iterdir())
    assert names == sorted(f"{url_stem(u, 0)}.md" for u in PAGES)


def test_a_warc_is_recognised_by_content_and_on_stdin(tmp_path: Path) -> None:
    warc = tmp_path / "download.bin"
    build_warc(warc)
    assert looks_like_warc(warc.read_bytes()[:4096])
    run = subprocess.run(
        [sys.executable, "-m", "cleaner", "-f", "jsonl", "-"],
        input=warc.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    urls = [json.loads(line)["url"] for line in run.stdout.decode("utf-8").splitlines()]
    assert urls == list(PAGES)
    assert run.stderr.decode("utf-8").strip() == "cleaner: 3 cleaned, 4 skipped, 0 failed"


def test_a_record_larger_than_the_limit_fails_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc)
    assert main(["--max-size", "0.015", "-f", "jsonl", str(warc)]) == 1
    cap = capsys.readouterr()
    big = [line for line in cap.err.splitlines() if "too large" in line]
    small = [u for u, case in PAGES.items() if len(_page(case)) <= 0.015 * 2**20]
    assert 0 < len(big) == len(PAGES) - len(small)
    assert all(line.startswith(f"cleaner: error: {warc}#") for line in big)
    assert len(cap.out.splitlines()) == len(small)


def test_the_http_charset_decodes_a_legacy_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "".join(
        f"<p>Paragraph {n}: the café on the corner served crème brûlée to the council, "
        "which met there after the town hall closed for repairs last winter.</p>"
        for n in range(1, 5)
    )
    page = (
        f"<!DOCTYPE html><html><head><title>Café</title></head><body><article>{body}</article></body></html>"
    )
    warc = tmp_path / "legacy.warc.gz"
    with warc.open("wb") as fh:
        _response(
            WARCWriter(fh, gzip=True),
            "https://example.test/cafe",
            page.encode("cp1252"),
            "text/html; charset=windows-1252",
        )
    with warc.open("rb") as fh:
        (entry,) = iter_warc(fh, str(warc))
    assert isinstance(entry, WarcPage) and entry.charset == "windows-1252"  # handed to clean(encoding=)
    assert main(["-f", "jsonl", str(warc)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "the café on the corner served crème brûlée" in record["text"]


def test_url_stems() -> None:
    assert url_stem("https://news.yahoo.com/zambia-copper-120000000.html", 3) == (
        "news.yahoo.com-zambia-copper-120000000"
    )
    assert url_stem("", 7) == "record-00007"
    assert url_stem("https://x.test/a?b=1&c=2", 1) == "x.test-a-b-1-c-2"
