"""Reader for cleaner's own markdown output, so that cleaning it again changes nothing.

Recognised by its YAML front matter (the keys cleaner writes). The front
matter's values are taken as given (filters do not overwrite them); the
headline, standfirst, captions, list items and paragraphs come back as the
blocks they were rendered from, already labelled.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .._model import Block, Decision, Document, Role, Span

NAME = "markdown-reader"
_FRONT = re.compile(r"\A---\n(?P<yaml>.*?\n)---\n", re.S)
_OUR_KEYS = frozenset({"title", "authors", "publisher", "section", "date", "profile", "paywalled", "source"})
_UNESCAPE = re.compile(r"\\([\\`*_\[\]<>#+\-.|=!()])")
_CAPTION = re.compile(r"^\*(?P<inner>.+)\*$", re.S)
_LIST = re.compile(r"^(?:- |\d{1,3}[.)] )")


def front_matter(text: str) -> dict[str, Any] | None:
    """The front matter cleaner wrote, or None if this is not cleaner's markdown."""
    m = _FRONT.match(text)
    if not m:
        return None
    try:
        data = yaml.safe_load(m.group("yaml"))
    except yaml.YAMLError:
        return None
    if (
        not isinstance(data, dict)
        or not {"title", "profile", "source"} <= set(data)
        or not set(data) <= _OUR_KEYS | {"url"}
    ):
        return None
    return data


def _escaped(s: str, i: int) -> bool:
    """Is the character at ``i`` escaped (an odd run of backslashes before it)?"""
    n = 0
    while i - n - 1 >= 0 and s[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def _split_credit(inner: str) -> tuple[str, str] | None:
    """'Caption (Credit)' -> ('Caption', 'Credit'), honouring backslash escapes."""
    end = len(inner) - 1
    if end < 1 or inner[end] != ")" or _escaped(inner, end):
        return None
    for i in range(end - 1, -1, -1):
        if inner[i] in "()" and not _escaped(inner, i):
            if inner[i] == ")":
                return None
            return inner[:i].rstrip(), inner[i + 1 : end]
    return None


def _unescape(s: str) -> str:
    return _UNESCAPE.sub(r"\1", s)


def read_markdown(text: str, meta: dict[str, Any], *, source: str, url: str | None) -> Document:
    text = text.replace("\r\n", "\n")
    m = _FRONT.match(text)
    body = text[m.end() :] if m else text
    start_line = text[: m.end()].count("\n") + 1 if m else 1
    blocks: list[Block] = []
    line_no = start_line
    for para in re.split(r"\n{2,}", body):
        n_lines = para.count("\n") + 1
        stripped = para.strip()
        span = Span(line_no, line_no + n_lines - 1)
        line_no += n_lines + 1
        if not stripped:
            continue
        blocks.extend(_blocks_of(stripped, span))
    doc = Document(
        blocks=blocks, source=str(meta.get("source") or source), kind="text", url=meta.get("url") or url
    )
    doc.given = {k: meta.get(k) for k in ("title", "authors", "publisher", "section", "date", "paywalled")}
    doc.meta.update(doc.given)
    doc.meta["given_profile"] = meta.get("profile")
    doc.trace.append(Decision(NAME, "meta", "cleaner's own markdown: front matter values kept as given"))
    return doc


def _blocks_of(para: str, span: Span) -> list[Block]:
    def labelled(text: str, kind: str, role: Role, why: str, **meta: Any) -> Block:
        b = Block(text=text, kind=kind, span=span, meta={"gap": 1, **meta})
        b.label(role, NAME, why)
        return b

    if para.startswith("# "):
        return [labelled(_unescape(para[2:].strip()), "heading", Role.TITLE, "'# ' headline")]
    if para.startswith("## "):
        return [labelled(_unescape(para[3:].strip()), "heading", Role.BODY, "'## ' subheading")]
    if para.startswith("**") and para.endswith("**") and len(para) > 4:
        return [labelled(_unescape(para[2:-2]), "paragraph", Role.STANDFIRST, "bold standfirst")]
    cm = _CAPTION.match(para)
    if cm and not para.startswith("**"):
        inner = cm.group("inner")
        credit: str | None = None
        split = _split_credit(inner)
        if split is not None:
            inner, credit = split[0], _unescape(split[1])
        cap = _unescape(inner)
        return [labelled(cap, "paragraph", Role.CAPTION, "italic caption", caption=cap, credit=credit)]
    lines = para.split("\n")
    if all(_LIST.match(line) for line in lines):
        out = []
        for line in lines:
            mark = _LIST.match(line)
            assert mark is not None
            out.append(
                labelled(mark.group(0) + _unescape(line[mark.end() :]), "list_item", Role.BODY, "list item")
            )
        return out
    return [labelled(_unescape(" ".join(lines)), "paragraph", Role.BODY, "paragraph")]
