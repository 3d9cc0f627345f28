"""WARC input: the HTML responses inside a web archive, each with the URL it was fetched from.

Why warcio and not FastWARC: both read Common Crawl files (gzip per record or plain), but
warcio is pure Python (one universal wheel for every Python the project supports, no compiled
extension to lag behind a new CPython), it undoes chunked transfer and gzip/deflate content
encodings for us (``content_stream()``), and it also *writes* WARCs, which the tests need to
build archives on the fly. FastWARC's speed does not matter here: cleaning a page costs far
more than parsing its record, so the reader is never the bottleneck of a batch.

Only ``response`` records with an HTTP ``Content-Type`` of HTML and a 2xx status are pages;
every other record (requests, metadata, revisits, images, redirects, errors) is reported as
skipped so that the caller can count it. A damaged archive raises :class:`InputError` after
the records that could be read. warcio is lenient with an archive cut short: it gives the
records it holds, the last one possibly partial, without an error; an archive with no record
at all is reported.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ._errors import InputError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class WarcPage:
    """An HTML response: its payload (HTTP headers and encodings removed) and URL."""

    index: int  # 1-based position of the record in the archive
    url: str
    data: bytes
    charset: str | None  # from the HTTP Content-Type header, if any


@dataclass(frozen=True)
class WarcSkip:
    """A record that is not an HTML page; ``reason`` says what it is."""

    index: int
    reason: str


@dataclass(frozen=True)
class WarcFailure:
    """An HTML response that cannot be cleaned (today only: larger than the size limit)."""

    index: int
    url: str
    problem: str


WarcEntry = WarcPage | WarcSkip | WarcFailure


def has_warc_name(name: str) -> bool:
    """``.warc`` and ``.warc.gz`` files are archives whatever their first bytes say."""
    return name.lower().endswith(WARC_SUFFIXES)


def warc_stem(name: str) -> str:
    """``crawl-00001.warc.gz`` -> ``crawl-00001`` (the folder its records' outputs go in)."""
    lower = name.lower()
    for suffix in sorted(WARC_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return name[: -len(suffix)] or "warc"
    return Path(name).stem or "warc"


def looks_like_warc(head: bytes) -> bool:
    """True for the first bytes of a WARC file, plain or gzip-compressed per record.

    Sniffing lets an archive with an unusual name (or on standard input) be read as one,
    instead of being refused as "gzip-compressed data" by the page decoder.
    """
    if head.startswith(b"WARC/"):
        return True
    if not head.startswith(b"\x1f\x8b"):
        return False
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(head)) as gz:
            return gz.read(5) == b"WARC/"
    except (OSError, EOFError, zlib.error):
        return False


def sniff_file(path: Path) -> bool:
    """Whether the file at ``path`` is a WARC archive, by name or by content."""
    if has_warc_name(path.name):
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False  # the reader reports the problem with the file itself
    return looks_like_warc(head)


def _header(headers: Any, name: str) -> str | None:
    value = headers.get_header(name) if headers is not None else None
    return str(value) if value is not None else None


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    """``text/html; charset=ISO-8859-1`` -> ``("text/html", "ISO-8859-1")``."""
    if not content_type:
        return "", None
    parts = [p.strip() for p in content_type.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, val = p.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return parts[0].lower(), charset


def _classify(record: Any, index: int, max_bytes: int) -> WarcEntry:
    rec_type = str(record.rec_type or "")
    if rec_type != "response":
        return WarcSkip(index, f"a {rec_type or 'untyped'} record")
    url = _header(record.rec_headers, "WARC-Target-URI") or ""
    http = record.http_headers
    if http is None:
        return WarcSkip(index, "a response without HTTP headers")
    status = str(http.get_statuscode() or "")
    if not status.startswith("2"):
        return WarcSkip(index, f"HTTP status {status or 'unknown'}")
    media, charset = _media_type(_header(http, "Content-Type"))
    if media not in HTML_TYPES:
        return WarcSkip(index, f"content type {media or 'unknown'}")
    stream = record.content_stream()
    data = bytes(stream.read(max_bytes + 1) if max_bytes else stream.read())
    if max_bytes and len(data) > max_bytes:
        return WarcFailure(index, url, f"too large: more than {max_bytes / 2**20:g} MiB (see --max-size)")
    return WarcPage(index, url, data, charset)


def iter_warc(stream: IO[bytes], name: str, *, max_bytes: int = 0) -> Iterator[WarcEntry]:
    """Every record of the archive in ``stream``, classified; ``max_bytes`` 0 means no limit.

    Records are read one at a time, so a multi-gigabyte archive never sits in memory.
    """
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    if stream.seekable():  # warcio would read any text with five words on a line as an old ARC
        start = stream.tell()
        head = stream.read(4096)
        stream.seek(start)
        if not looks_like_warc(head):
            raise InputError(name, "not a WARC archive (it does not start with a WARC/1.x record)")
    index = 0
    try:
        for record in ArchiveIterator(stream):
            index += 1
            yield _classify(record, index, max_bytes)
    except Exception as exc:  # warcio, gzip and zlib each raise their own kinds on damage
        where = f"after record {index}" if index else "at the start"
        raise InputError(name, f"damaged or not a WARC archive ({where}): {_short(exc)}") from exc
    if index == 0:
        raise InputError(name, "no WARC records found (an empty or truncated archive)")


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
