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
from .captions import _credits

NAME = "signature"
# 2-8 ideographs or kana (names joined by ・ or 、), in full-width or ASCII brackets
_CJK = r"[\u4e00-\u9fff\u3005\u3040-\u309f\u30a0-\u30ff]"
_SIGNED = re.compile(rf"[（(]\s*((?:{_CJK}{{2,8}})(?:[・、,]\s*{_CJK}{{2,8}}){{0,2}})\s*[）)]")


def signature(doc: Document) -> None:
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
