"""Renderers: markdown with YAML front matter, JSON-ready dicts, plain text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import yaml

from ._readers.text import LIST_MARK

if TYPE_CHECKING:
    from ._article import Article

CAPTION_MODES = ("inline", "end", "omit")

try:  # libyaml's emitter is several times faster than the pure-Python one
    _Dumper: Any = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Dumper = yaml.SafeDumper

_INLINE_ESC = re.compile(r"([\\`*_\[\]<>])")
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}(?=[.)](?:\s|$))|=+\s*$|-{3,}\s*$|\|)")


def escape_inline(text: str) -> str:
    """Escape the characters that start inline markdown (emphasis, links, code, html)."""
    return _INLINE_ESC.sub(r"\\\1", text)


def escape_block_start(text: str) -> str:
    """Escape what would make a line start a heading, list, quote or table."""
    m = _BLOCK_START.match(text)
    if m:
        tok = m.group(1)
        text = tok + "\\" + text[len(tok) :] if tok[0].isdigit() else "\\" + text
    return text


def escape_md(text: str) -> str:
    """Escape markdown syntax in literal text so it renders as itself."""
    return escape_block_start(escape_inline(text))


def _paren_esc(s: str) -> str:
    # literal parentheses are escaped so that "(credit)" at the end stays unambiguous
    return escape_md(s).replace("(", "\\(").replace(")", "\\)")


def _caption_md(text: str, credit: str | None) -> str:
    inner = _paren_esc(text) if text else ""
    if credit:
        inner = f"{inner} ({_paren_esc(credit)})" if inner else f"({_paren_esc(credit)})"
    return f"*{inner}*" if inner else ""


def front_matter(article: Article) -> str:
    data: dict[str, Any] = {
        "title": article.title,
        "authors": list(article.authors),
        "publisher": article.publisher,
        "section": article.section,
        "date": article.date,
        "profile": article.profile,
        "paywalled": article.paywalled,
        "source": article.source,
    }
    if article.url:
        data["url"] = article.url
    dumped = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)
    return f"---\n{dumped}---"


def to_markdown(article: Article, captions: str = "inline") -> str:
    if captions not in CAPTION_MODES:
        raise ValueError(f"captions must be one of {', '.join(CAPTION_MODES)}, not {captions!r}")
    out: list[str] = [front_matter(article)]
    if article.title:
        out.append(f"# {escape_md(article.title)}")
    for line in article.standfirst:
        out.append(f"**{escape_md(line)}**")
    items: list[str] = []  # consecutive list items form one markdown list
    quote: list[str] = []  # consecutive quote paragraphs form one blockquote
    for part in article.parts:
        if part.kind != "quote" or part.md is None:
            _flush_quote(quote, out)
        if part.kind == "caption":
            if captions == "inline":
                _flush(items, out)
                cap = _caption_md(part.text, part.credit)
                if cap:
                    out.append(cap)
            continue
        if part.md is not None:  # HTML input: the page's own structure and inline markup
            if part.kind == "list_item":
                indent = "   " * max(0, part.level - 1)
                mark = f"{part.num}." if part.num else "-"
                items.append(f"{indent}{mark} " + part.md.replace("\n", "\n" + indent + "  "))
                continue
            _flush(items, out)
            if part.kind == "heading":
                out.append("#" * min(6, max(2, part.level)) + " " + part.md.replace("\n", " "))
            elif part.kind == "quote":
                quote.append("\n".join(f"> {line}" for line in part.md.split("\n")))
            else:
                out.append(part.md.replace("\n", "  \n") if part.kind == "paragraph" else part.md)
            continue
        m = LIST_MARK.match(part.text) if part.kind == "list_item" else None
        if m:
            mark = f"{m.group('num')}." if m.group("num") else "-"
            items.append(f"{mark} {escape_md(part.text[m.end() :])}")
            continue
        _flush(items, out)
        if part.kind == "heading":
            out.append(f"## {escape_md(part.text)}")
        else:
            out.append(escape_md(part.text))
    _flush_quote(quote, out)
    _flush(items, out)
    if captions == "end":
        caps = [_caption_md(c["text"] or "", c["credit"]) for c in article.captions]
        out.extend(c for c in caps if c)
    return "\n\n".join(out) + "\n"


def _flush_quote(quote: list[str], out: list[str]) -> None:
    if quote:
        out.append("\n>\n".join(quote))
        quote.clear()


def _flush(items: list[str], out: list[str]) -> None:
    if items:
        out.append("\n".join(items))
        items.clear()
