"""Input sniffing and decoding: bytes to text, and text or HTML?"""

from __future__ import annotations

import codecs
import re

from ._errors import InputError, UnsupportedInputError

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"WARC/", "a WARC archive (give it to the cleaner command, which cleans its HTML records)"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAGS = re.compile(r"<(?:p|div|span|a|br|article|section|h[1-6]|script|meta|table|li|img)\b[^>]*>", re.I)


_LATIN = frozenset({"iso-8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1", "8859-1"})


def _codec(label: str | None) -> str | None:
    """A Python codec for a declared charset label (WHATWG: latin-1 means windows-1252)."""
    if not label:
        return None
    label = label.strip().strip("'\"").lower()
    if label in _LATIN:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` / ``http-equiv``, if any."""
    if b"charset" not in data[:4096].lower():
        return None
    from bs4.dammit import EncodingDetector

    found = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    return found if isinstance(found, str) else None


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode input bytes.

    BOM first; then UTF-8 when the bytes are valid UTF-8 (a page that declares
    latin-1 but is UTF-8 is common, the reverse almost never validates); then
    the charset declared by the transport (``declared``) or the page's own
    ``<meta>``; then detection (charset-normalizer). A declared charset that
    does not fit the bytes is survived, not obeyed.
    """
    if not data.strip():
        raise InputError(source, "empty input")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UnsupportedInputError(source, f"not text or HTML: looks like {what}")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {enc} after its byte-order mark: {exc.reason}") from exc
    head = data[:4096]
    if b"\x00" in head:
        raise UnsupportedInputError(source, "not text or HTML: binary data (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for label in (declared, declared_charset(data)):
        codec = _codec(label)
        if codec and codec not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(source, "undecodable: not UTF-8 and no other text encoding fits")
    return str(data.decode(best.encoding, errors="replace"))


def looks_like_html(text: str) -> bool:
    """A page of markup, not a copied article that mentions a few tags."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    tags = len(_TAGS.findall(head))
    return tags >= 20 or (tags >= 5 and head.lstrip().startswith("<"))
