"""Site-profile selectors applied to a parsed page.

A profile's ``html`` section maps roles to CSS selectors (data, not code)::

    html:
      fingerprint: ["#caas-art", "meta[name='generator'][content*='Yahoo']"]
      container: [".caas-body"]
      title: ["header h1"]
      byline: [".caas-attr-meta .author"]
      publisher: [".caas-logo img@alt", ".provider-name"]
      section: [".breadcrumb li:last-child"]
      date: ["time@datetime"]
      captions: [".caas-figure figcaption"]
      drop: [".caas-share-buttons", ".read-more"]

``selector@attr`` takes an attribute's value instead of the element's text.
The reader marks elements (``Marks``); filters read the marks off the blocks.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .._errors import ProfileError
from .._model import squash_title

ROLES = (
    "container",
    "title",
    "byline",
    "publisher",
    "section",
    "date",
    "captions",
    "drop",
    "fingerprint",
    "fallback_fingerprint",
)
_MARKED = ("container", "title", "byline", "publisher", "section", "date", "captions")


@dataclass
class Marks:
    roles: dict[Any, str] = field(default_factory=dict)  # element -> role
    drop: dict[Any, str] = field(default_factory=dict)  # element -> selector
    values: dict[str, list[str]] = field(default_factory=dict)  # role -> texts / attribute values


@functools.lru_cache(maxsize=512)
def _compile(selector: str) -> tuple[Any, str | None]:
    from cssselect import GenericTranslator, SelectorError
    from lxml.etree import XPath, XPathError

    attr = None
    at = selector.rfind("@")
    if at > selector.rfind("]") and at > selector.rfind("'") and at > selector.rfind('"'):
        selector, attr = selector[:at], selector[at + 1 :]  # "img@alt" (an '@' in a value is kept)
    try:
        xp = XPath(GenericTranslator().css_to_xpath(selector.strip()))
    except (SelectorError, XPathError) as exc:
        raise ProfileError(f"bad CSS selector {selector!r}: {exc}") from exc
    return xp, attr


def select(root: Any, selector: str) -> list[Any]:
    xp, _ = _compile(selector)
    return [e for e in xp(root) if isinstance(getattr(e, "tag", None), str)]


def matches_any(root: Any, selectors: list[str], text: str | None = None) -> str | None:
    """The first selector that matches something, or None. With the page's ``text``, a
    selector whose literal words (quoted values, ids, class names) are not in it is
    skipped without a walk of the tree: it cannot match."""
    for sel in selectors:
        if text is not None and any(lit not in text for lit in _literals(sel)):
            continue
        if select(root, sel):
            return sel
    return None


_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")
_NAMED = re.compile(r"[#.]([\w-]+)")


@functools.lru_cache(maxsize=512)
def _literals(selector: str) -> tuple[str, ...]:
    """What a page's markup must contain for the selector to match: "img[src*='prcdn.co']"
    -> ('prcdn.co',); 'article.art .art-text' -> ('art', 'art-text')."""
    sel = selector.split("@")[0] if "@" in selector and "]" not in selector.rsplit("@", 1)[1] else selector
    quoted = [a or b for a, b in _QUOTED.findall(sel)]
    names = _NAMED.findall(_QUOTED.sub(" ", sel))
    return tuple(x for x in (*quoted, *names) if x and "&" not in x)


def profile_marks(root: Any, profile: Any) -> Marks:
    from .._filters._meta import is_update_line

    marks = Marks()
    html = getattr(profile, "html", None) or {}
    if not html:
        return marks
    for role in _MARKED:
        for sel in _selectors(html, role):
            xp, attr = _compile(sel)
            hits = [e for e in xp(root) if isinstance(getattr(e, "tag", None), str)]
            if not hits:
                continue
            for el in hits:
                if attr:
                    v = el.get(attr)
                    if v and v.strip():
                        # <time datetime=…>Updated March 8</time> is when it changed, not
                        # when it came out: a last resort for the date
                        key = "date_updated" if role == "date" and is_update_line(el.text_content()) else role
                        marks.values.setdefault(key, []).append(" ".join(v.split()))
                else:
                    marks.roles.setdefault(el, role)
                    raw = el.text_content()
                    text = squash_title(raw) if role == "title" else " ".join(raw.split())
                    if text and role != "container":
                        marks.values.setdefault(role, []).append(text)
            if role == "container":
                break  # the first container selector that matches wins
    keep = [el for el, role in marks.roles.items() if role in ("container", "title")]
    body = root.find("body")
    total = len((body if body is not None else root).text_content()) or 1
    for sel in _selectors(html, "drop"):
        for el in select(root, sel):
            # a drop selector never takes the article with it: not an element holding the
            # container or the headline, nor one holding most of the page's text (a page
            # whose app root happens to share a chrome class name)
            holds = any(k is el or any(a is el for a in k.iterancestors()) for k in keep)
            if holds or len(el.text_content()) > total * 0.6:
                continue
            marks.drop.setdefault(el, sel)
    return marks


def _selectors(html: Any, role: str) -> list[str]:
    val = html.get(role) or []
    return [val] if isinstance(val, str) else [str(v) for v in val]
