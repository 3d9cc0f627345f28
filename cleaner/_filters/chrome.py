"""Chrome wording filters: ``promo``, ``nav``, ``paywall``, ``teasers``, ``rails``.

Each labels only blocks nobody has labelled yet, matching the whole line
against the wording in ``cleaner/_data/chrome.yaml`` plus the site profile's.
"""

from __future__ import annotations

import re

from .._model import Block, Document, Role
from .._pipeline import Filter
from ._common import block_key, body_like, ends_sentence, wording_for


def _label_matching(doc: Document, section: str, role: Role, name: str) -> list[Block]:
    words = wording_for(doc, section)
    hit: list[Block] = []
    for b in doc.blocks:
        if b.role is not Role.UNKNOWN:
            continue
        why = words.match(block_key(b), b.words)
        if why:
            b.label(role, name, why)
            hit.append(b)
    return hit


def promo(doc: Document) -> None:
    _label_matching(doc, "promo", Role.PROMO, "promo")


def nav(doc: Document) -> None:
    _label_matching(doc, "nav", Role.NAV, "nav")


def paywall(doc: Document) -> None:
    walls = _label_matching(doc, "paywall", Role.PAYWALL, "paywall")
    if not walls:
        doc.set_meta("paywalled", False, "paywall", "no sign-in or subscribe wall found")
        return
    pos = {id(b): i for i, b in enumerate(doc.blocks)}
    first_wall = min(pos[id(w)] for w in walls)
    later_body = [
        b for b in doc.blocks[first_wall + 1 :] if b.role is Role.UNKNOWN and body_like(b)
    ]
    earlier_body = any(
        b.role is Role.UNKNOWN and body_like(b) for b in doc.blocks[:first_wall]
    )
    if earlier_body and not later_body:
        doc.set_meta(
            "paywalled",
            True,
            "paywall",
            f"wall {walls[0].text!r} ({walls[0].span}) cuts the article: no body text after it",
        )
    else:
        why = "the article goes on after it" if later_body else "no article text before it"
        doc.set_meta("paywalled", False, "paywall", f"wall prompt found but {why}")


_UPPER_PREFIX = re.compile(r"^[A-Z][A-Z' ]{1,30}\s*[:|»>—-]")


def teasers(doc: Document) -> None:
    """Inline one-line teasers: 'READ MORE: Another headline'."""
    words = wording_for(doc, "teasers")
    for b in doc.blocks:
        if b.role is not Role.UNKNOWN:
            continue
        why = words.match(block_key(b), b.words)
        if not why:
            continue
        if _UPPER_PREFIX.match(b.text) or not ends_sentence(b.text):
            b.label(Role.RELATED, "teasers", f"{why}: a one-line link to another story")
        else:
            b.note("teasers", "looks like a teaser but reads as a sentence; kept")


def rails(doc: Document) -> None:
    """A rail heading and the headline-like lines under it are related stories.

    A body-like paragraph ends the rail: rails do not end the article.
    """
    heads = wording_for(doc, "rails")
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        why = heads.match(block_key(b), b.words) if b.role is Role.UNKNOWN else None
        if not why:
            i += 1
            continue
        b.label(Role.RELATED, "rails", f"rail heading ({why})")
        j = i + 1
        while j < len(blocks):
            nb = blocks[j]
            if nb.role is not Role.UNKNOWN:
                if nb.role in (Role.TITLE, Role.BYLINE, Role.CAPTION, Role.BODY):
                    break
                j += 1
                continue
            if body_like(nb):
                nb.note("rails", f"body-like text ends the rail opened at {b.span}")
                break
            nb.label(Role.RELATED, "rails", f"item of the rail {b.text!r} ({b.span})")
            j += 1
        i = j


PROMO = Filter("promo", promo, "app ads, sign-up/subscribe/trial prompts, ads, cookie notices, share rows")
NAV = Filter("nav", nav, "menus, breadcrumbs, reading time, gallery counters, footer links")
PAYWALL = Filter("paywall", paywall, "sign-in/subscribe walls; sets paywalled when one cuts the article")
TEASERS = Filter("teasers", teasers, "inline one-line links to other stories ('READ MORE: ...')")
RAILS = Filter("rails", rails, "related-story rails: a rail heading and the headlines under it")
