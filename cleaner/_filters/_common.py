"""Helpers shared by filters: match keys, wording sets, body-likeness."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .._data import PatternSet, compile_patterns, load
from .._model import Block, Document, Role

_EDGE = " .!:;,-|•·›»>→←<«*#_~\u25b6\u25ba\u2192\u00bb\u2039\u203a\u2022\u00b7\u25cf"


def key_of(text_norm: str) -> str:
    """Matching key of a normalised line: trailing/leading punctuation stripped."""
    return text_norm.strip(_EDGE)


def block_key(block: Block) -> str:
    return key_of(block.norm)


@dataclass(frozen=True)
class Wording:
    """A named set of whole-line phrases and patterns with a word cap."""

    name: str
    phrases: frozenset[str]
    pattern: PatternSet | None
    max_words: int

    def match(self, key: str, words: int) -> str | None:
        """Why ``key`` matches (for the trace), or None."""
        if words > self.max_words or not key:
            return None
        if key in self.phrases:
            return f"{self.name} phrase {key!r}"
        if self.pattern is not None and self.pattern.fullmatch(key):
            src = self.pattern.which(key) or ""
            short = src if len(src) <= 60 else src[:57] + "..."
            return f"{self.name} pattern {short!r}"
        return None

    def merged(self, phrases: list[str], patterns: list[str]) -> Wording:
        if not phrases and not patterns:
            return self
        extra = compile_patterns(patterns, f"profile {self.name} patterns")
        pat = self.pattern
        if extra is not None:
            pat = extra if pat is None else pat.merged(extra)
        return Wording(
            self.name,
            self.phrases | frozenset(key_of(" ".join(p.lower().split())) for p in phrases),
            pat,
            self.max_words,
        )


@functools.cache
def wording(section: str) -> Wording:
    data = load("chrome")[section]
    return Wording(
        section,
        frozenset(key_of(p) for p in data.get("phrases") or ()),
        compile_patterns(list(data.get("patterns") or ()), f"chrome.yaml {section}"),
        int(data.get("max_words", 25)),
    )


_MERGED: dict[tuple[str, str, str], Wording] = {}


def wording_for(doc: Document, section: str) -> Wording:
    """Generic wording plus what the document's site profile adds (cached per profile)."""
    base = wording(section)
    prof = doc.profile
    if prof is None:
        return base
    key = (prof.name, prof.origin, section)
    w = _MERGED.get(key)
    if w is None:
        extra = prof.chrome.get(section, {})
        w = base.merged(list(extra.get("phrases", ())), list(extra.get("patterns", ())))
        _MERGED[key] = w
    return w


_HAS_SENTENCE = re.compile(r"[a-z][.!?]['\"’”]?\s+[A-Z\"“‘'(]")


_CLOSERS = "'\"’”)]」』）"


def ends_sentence(text: str) -> bool:
    """Ends with . ! ? … or 。！？ (closing quotes and brackets after it allowed)."""
    t = text.rstrip().rstrip(_CLOSERS)
    return bool(t) and t[-1] in ".!?…。！？．"


def body_like(block: Block, min_words: int = 12) -> bool:
    """Prose: enough words, ends like a sentence, mostly lower-case words.

    A headline may hold a full stop ("X is creeping. Scientists are watching")
    but does not end with one; only long lines are prose without the end.
    """
    words = block.words
    if words < min_words:
        return False
    key = f"body_like{min_words}"
    hit = block.cache.get(key)
    if hit is None:
        hit = block.cache[key] = _prose(block.text, words)
    return bool(hit)


def _prose(text: str, words: int) -> bool:
    if not (ends_sentence(text) or (words >= 40 and _HAS_SENTENCE.search(text))):
        return False
    # (a letter of a script without case — Hangul, kanji, Arabic — counts as lower case)
    lower = sum(1 for w in text.split() if w[:1].islower() or (w[:1].isalpha() and not w[:1].isupper()))
    return lower >= words * 0.35


def has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` occurs in ``text`` between non-word characters (str.find, no regex)."""
    n = len(phrase)
    i = text.find(phrase)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        i = text.find(phrase, i + 1)
    return False


def article_start(doc: Document) -> int:
    """Index of the first unclaimed body-like paragraph (bullets do not count:
    a run of bullet points before the first paragraph is a summary box)."""
    for i, b in enumerate(doc.blocks):
        if b.role is Role.UNKNOWN and b.kind != "list_item" and body_like(b):
            return i
    return len(doc.blocks)


def link_dense(block: Block) -> bool:
    """More than half the block's characters are link text: a row of links, not prose."""
    return int(block.meta.get("link_chars") or 0) * 2 > len(block.text)


def set_aside(block: Block, *filters: str) -> bool:
    """The block was dropped as nav by one of ``filters`` (default ``content``: outside
    the main content) — set aside by structure, not by its words, so header rules may
    still read it."""
    last = block.last_label
    return block.role is Role.NAV and last is not None and last.filter in (filters or ("content",))


def heading_box(doc: Document, b: Block) -> int | None:
    """On an HTML page, the element holding a box's heading and its lines (a summary, an
    author's bio): the heading's own element's parent (its grandparent when the heading
    is wrapped)."""
    anc = b.meta.get("anc")
    if doc.kind != "html" or not anc or len(anc) < 2:
        return None
    nodes = doc.meta.get("nodes") or ()
    for nid in reversed(anc[:-1]):
        if nid < len(nodes) and nodes[nid].tag not in ("h1", "h2", "h3", "h4", "h5", "h6", "header", "span"):
            return int(nid)
    return None


def lines_in_box(blocks: list[Block], i: int, box: int, max_lines: int, max_words: int) -> list[Block]:
    """The unclaimed lines right after block ``i`` inside element ``box`` (a summary's
    items, an author's bios), up to the first line outside it or too long for one."""
    lines = []
    for nb in blocks[i + 1 : i + 1 + max_lines]:
        if box not in nb.meta.get("anc", ()) or nb.words > max_words:
            break
        if nb.role is Role.UNKNOWN:
            lines.append(nb)
    return lines
