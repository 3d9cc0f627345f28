"""Repairs of copy artifacts in text copies: ``unwrap``, ``linkspace``, ``hyphenation``.

Each repair is traced on the block (old text kept in the Decision).
"""

from __future__ import annotations

import re

from .._model import Block, Document, Span
from .._pipeline import Filter

_TEXT_ONLY = frozenset({"text"})

# -- unwrap -----------------------------------------------------------------
_NO_JOIN_END = re.compile(r"[.!?…:;)\]\"”’'|]$")
_FUNCTION_WORD_END = re.compile(
    r"\b(the|a|an|of|and|or|but|to|in|on|at|by|for|with|from|as|that|which|who|"
    r"whom|whose|than|into|onto|about|after|before|over|under|between|is|are|was|"
    r"were|be|been|has|have|had|will|would|could|should|its|their|his|"
    r"her|our|this|these|those|mr|mrs|ms|dr|st|not|no|nor|if|so|while|when|where)$",
    re.IGNORECASE,
)
_MIN_WRAP_CHARS = 20


def _joinable(prev: Block, nxt: Block) -> str | None:
    """Why ``nxt`` continues ``prev`` (a hard wrap), or None."""
    if nxt.meta.get("gap", 1) != 0 or prev.kind != "line" or nxt.kind not in ("line",):
        return None
    a, b = prev.text, nxt.text
    if len(a) < _MIN_WRAP_CHARS or _NO_JOIN_END.search(a):
        return None
    first = b[0]
    if first.islower():
        return "line ends mid-sentence and the next starts in lower case"
    if a.endswith(","):
        return "line ends with a comma and the next continues the sentence"
    if _FUNCTION_WORD_END.search(a) and (first.isupper() or first.isdigit()) and len(b.split()) >= 2:
        return "line ends on a function word and the next continues the sentence"
    return None


def unwrap(doc: Document) -> None:
    out: list[Block] = []
    for b in doc.blocks:
        if out:
            prev = out[-1]
            why = _joinable(prev, b)
            if why:
                # "Dmitrien-" + "ko" becomes "Dmitrien- ko": the hyphenation filter judges it
                joined = prev.text + " " + b.text
                prev.set_text(joined, NAME_UNWRAP, f"joined hard-wrapped {b.span}: {why}")
                prev.span = Span(prev.span.start, b.span.end, prev.span.path)
                continue
        out.append(b)
    doc.blocks[:] = out


NAME_UNWRAP = "unwrap"

# -- linkspace --------------------------------------------------------------
_APOS = re.compile(r"(?<=\w) (?=[’'](?:s|t|re|ve|ll|d|m)\b)")
_CLOSE_DQ = re.compile(r"(?<=[\w.,!?%)]) (?=”(?:[\s.,;:!?)]|$)|\"(?:[.,;:!?)]|$))")
_PUNCT = re.compile(r"(?<=[\w”’\"%)]) (?=[,.](?:[\s”’\")]|$))")
_PUNCT_FR = re.compile(r"(?<=[\w”’\"%)]) (?=[;:!?](?:[\s”’\")]|$))")
_SPACE_PUNCT = (" ’", " '", " ”", ' "', " ,", " .", " ;", " :", " !", " ?")
_FRENCH_SPACING = re.compile(r"\w [;:!?](?:\s|$)")


_LINKSPACE_EN = re.compile("|".join(rx.pattern for rx in (_APOS, _CLOSE_DQ, _PUNCT, _PUNCT_FR)))
_LINKSPACE_FR = re.compile("|".join(rx.pattern for rx in (_APOS, _CLOSE_DQ, _PUNCT)))


def linkspace(doc: Document) -> None:
    # A space before ; : ! ? is French typography when it is systematic.
    joined = "\n".join(b.text for b in doc.blocks)
    fr_hits = sum(joined.count(f" {p}") for p in ";:!?")  # cheap count first
    if fr_hits >= 3:
        fr_hits = len(_FRENCH_SPACING.findall(joined))
    rx = _LINKSPACE_FR if fr_hits >= 3 else _LINKSPACE_EN
    for b in doc.blocks:
        text = b.text
        if not any(s in text for s in _SPACE_PUNCT):
            continue
        new = rx.sub("", text)
        if new != text:
            b.set_text(new, NAME_LINKSPACE, "removed the space a dropped link left before punctuation")


NAME_LINKSPACE = "linkspace"

# -- hyphenation --------------------------------------------------------------
_SPLIT = re.compile(r"\b([^\W\d_]{2,})- ?([a-z][^\W\d_]*)\b|\b([^\W\d_]{2,})-$")
_SPLIT_HINT = re.compile(r"[^\W\d_]{2}- [a-z]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SUSPENDED = frozenset({"and", "or", "to", "nor", "und", "et", "y", "e", "ou", "oder"})


def _fix_split(m: re.Match[str], words: set[str], block: Block, notes: list[str]) -> str:
    head, tail = m.group(1), m.group(2)
    if head is None or "- " not in m.group(0) or tail.lower() in _SUSPENDED:
        return m.group(0)  # "pre- and post-war": a suspended hyphen
    for cand, how in ((head + tail, "joined"), (f"{head}-{tail}", "hyphenated")):
        if cand.lower() in words:
            notes.append(f"{m.group(0)!r} -> {cand!r}: the page spells it {how} elsewhere")
            return cand
    block.note(NAME_HYPHEN, f"kept {m.group(0)!r}: no evidence for joining")
    return m.group(0)


def hyphenation(doc: Document) -> None:
    candidates = [b for b in doc.blocks if "- " in b.text and _SPLIT_HINT.search(b.text)]
    if not candidates:
        return
    words = {w.lower() for w in _WORD.findall("\n".join(b.text for b in doc.blocks))}
    for b in candidates:
        notes: list[str] = []
        new = _SPLIT.sub(lambda m, b=b, notes=notes: _fix_split(m, words, b, notes), b.text)  # type: ignore[misc]
        if new != b.text:
            b.set_text(new, NAME_HYPHEN, "; ".join(notes))


NAME_HYPHEN = "hyphenation"

UNWRAP = Filter(NAME_UNWRAP, unwrap, "rejoin hard-wrapped lines of one paragraph", kinds=_TEXT_ONLY)
LINKSPACE = Filter(
    NAME_LINKSPACE,
    linkspace,
    "remove the space a dropped link leaves before punctuation (Putin ’s -> Putin’s)",
    kinds=_TEXT_ONLY,
)
HYPHENATION = Filter(
    NAME_HYPHEN,
    hyphenation,
    "join split hyphenation (Dmitrien- ko) only when the page spells the word joined",
    kinds=_TEXT_ONLY,
)
