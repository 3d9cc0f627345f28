"""``signature``: the reporter's name closing the article, as Japanese and Chinese papers
sign their stories: ``…と話した。`` then ``（松尾遥香）`` on a line of its own.

Runs after ``masthead``. The line is a byline, not article text; its name becomes the
author when the header named none.
"""

from __future__ import annotations

import re

from .._model import Document, Role
from .._pipeline import Filter
from ._common import body_like, ends_sentence
from ._meta import CJK_CHARS
from .captions import _credits

NAME = "signature"
# 2-8 ideographs or kana (names joined by ・ or 、), in full-width or ASCII brackets
_CJK = rf"[{CJK_CHARS}]"
_SIGNED = re.compile(rf"[（(]\s*((?:{_CJK}{{2,8}})(?:[・、,]\s*{_CJK}{{2,8}}){{0,2}})\s*[）)]")


# 【山本健太】 closing a paragraph (Mainichi signs the lead paragraph so)
# (kanji only: 【動画あり】 "with video" closes a paragraph too)
_HAN = r"[\u4e00-\u9fff]"
_KANJI = r"[\u4e00-\u9fff\u3005]"  # _HAN and the repeat mark 々
_LENTICULAR_END = re.compile(
    rf"(?<=[。」』）])\s*【((?:{_KANJI}{{2,6}})(?:[・、]\s*{_KANJI}{{2,6}}){{0,2}})】$"
)
# （中央社記者張詠晴台北3日電）, 〔記者王小明／台北報導〕: a Chinese wire's dateline names its reporter
_DATELINE_REPORTER = re.compile(
    rf"^[（(〔\[]\s*(?:{_HAN}{{1,6}}?)?記者((?:{_HAN}{{2,3}})(?:[、，,]{_HAN}{{2,3}}){{0,2}})"
    rf"\s*(?:[／/]\s*)?{_HAN}{{2,6}}?(?:\d{{1,2}}日)?(?:專?電|報導|报道)\s*[）)〕\]]"
)


def _signed_lead(doc: Document) -> None:
    """A reporter's name a paragraph carries: 【山本健太】 closing it (the mark leaves the
    text, traced), or a Chinese wire's dateline opening it (the text stays as written)."""
    for b in doc.blocks:
        if b.role is not Role.UNKNOWN or b.kind != "paragraph":
            continue
        m = _LENTICULAR_END.search(b.text)
        if m:
            names = [n.strip() for n in re.split(r"[・、]", m.group(1)) if n.strip()]
            b.set_text(
                b.text[: m.start()].rstrip(),
                NAME,
                f"the reporter's signature {m.group(0).strip()!r} closing the paragraph",
            )
            if not doc.meta.get("authors"):
                doc.set_meta("authors", names, NAME, "signed at the end of a paragraph")
            return
        d = _DATELINE_REPORTER.match(b.text)
        if d:
            names = [n for n in re.split(r"[、，,]", d.group(1)) if n]
            if not doc.meta.get("authors"):
                doc.set_meta("authors", names, NAME, f"the reporter named in the dateline {d.group(0)!r}")
            b.note(NAME, f"dateline naming the reporter {names}: the paragraph stays as written")
            return


def signature(doc: Document) -> None:
    _signed_lead(doc)
    blocks = doc.blocks
    open_ = [i for i, b in enumerate(blocks) if b.role is Role.UNKNOWN]
    # (a paragraph without spaces has few "words": prose is also a long line ending a sentence)
    prose = [
        i
        for i in open_
        if body_like(blocks[i]) or (len(blocks[i].text) >= 30 and ends_sentence(blocks[i].text))
    ]
    if not prose:
        return
    # the last unclaimed lines after the last paragraph of prose
    for i in reversed(open_):
        if i <= prose[-1]:
            break
        b = blocks[i]
        m = _SIGNED.fullmatch(b.text.strip())
        if m is None:
            continue
        names = [n.strip() for n in re.split(r"[・、,]", m.group(1)) if n.strip()]
        if any(_credits().agency.fullmatch(n) for n in names):  # （共同）: the wire's sign-off
            b.label(Role.NAV, NAME, f"a news agency's sign-off closing the article: {names}")
            return
        b.label(Role.BYLINE, NAME, f"the reporter's name in brackets closing the article: {names}")
        if not doc.meta.get("authors"):
            doc.set_meta("authors", names, NAME, "signed at the end of the article")
        return


FILTER = Filter(NAME, signature, "the reporter's name in brackets closing the article", after="masthead")
