"""What a page says about itself: JSON-LD, OpenGraph, ``<meta>``, canonical URL.

Only collection happens here (cheap lookups in the ``<head>`` and JSON-LD
scripts); the ``metadata`` filter weighs the candidates and records why.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin

from .._model import squash_title

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
        "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
        "medicalscholarlyarticle", "satiricalarticle", "posting",
    }
)  # fmt: skip
_META_KEYS = frozenset(
    {
        "og:title", "og:site_name", "og:url", "og:type", "og:description", "og:locale",
        "twitter:title", "twitter:site", "author", "article:author", "article:section",
        "article:published_time", "article:modified_time", "article:publisher", "description",
        "publisher", "dc.creator", "dc.date", "dc.title", "dc.publisher", "dcterms.created",
        "date", "pubdate", "publish-date", "publish_date", "sailthru.author", "sailthru.date",
        "parsely-author", "parsely-pub-date", "parsely-section", "parsely-title", "byl",
        "cxenseparse:author", "section", "news_keywords", "application-name", "copyright",
        "og:article:author", "og:article:section", "og:article:published_time",
        "content-language", "citation_author", "citation_date", "article.published",
        "datepublished", "original-source", "syndication-source",
    }
)  # fmt: skip
_LD_TYPE = re.compile(r"application/(?:ld\+)?json", re.I)


def page_meta(root: Any, url: str | None, timed: bool = True) -> dict[str, Any]:
    """Candidates for every metadata field, as the page states them (``timed``: the
    markup has time attributes worth a walk of the tree, see :data:`TIME_ATTRS`)."""
    out: dict[str, Any] = {}
    head = root.find("head")
    scope = head if head is not None else root
    meta: dict[str, list[str]] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").lower()
        if key in _META_KEYS:
            val = m.get("content")
            if val and val.strip():
                meta.setdefault(key, []).append(
                    squash_title(val) if "title" in key else " ".join(val.split())
                )
    out["meta"] = meta
    base_el = scope.find("base")
    base = base_el.get("href") if base_el is not None else None
    out["base"] = urljoin(url, base) if (base and url) else (base or url)
    canonical = None
    for link in scope.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href"):
            canonical = link.get("href").strip()
            break
    og_url = meta["og:url"][0] if meta.get("og:url") else None
    urls = [u for u in (canonical, og_url, url) if u]
    resolved = [urljoin(url, u) if url else u for u in urls]
    absolute = [u for u in resolved if u.lower().startswith(("http://", "https://"))]
    out["urls"] = absolute or resolved
    out["url"] = (absolute or [url])[0] if (absolute or url) else None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        stated = meta.get("content-language") or meta.get("og:locale")
        lang = stated[0] if stated else None
    out["lang"] = lang.strip().replace("_", "-") if lang else None
    title = scope.find(".//title")
    out["title_tag"] = squash_title(title.text_content()) if title is not None else None
    crumbs: list[str] = []
    out["jsonld"] = _jsonld(root, crumbs)
    if crumbs:
        out["crumbs"] = crumbs
    out["data_dates"] = _data_dates(root, timed)
    return out


def _jsonld(root: Any, crumbs: list[str]) -> list[dict[str, Any]]:
    """Article-typed JSON-LD objects (``@graph`` and lists flattened); the names of the
    first BreadcrumbList's items, in their order, go to ``crumbs``."""
    found: list[dict[str, Any]] = []
    for s in root.iter("script"):
        typ = s.get("type")
        if not typ or not _LD_TYPE.match(typ):
            continue
        raw = (s.text or "").strip()
        if not raw or raw[0] not in "[{":
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # a common defect: raw control characters inside strings
                data = json.loads(re.sub(r"[\x00-\x1f]+", " ", raw))
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                if _is_article(item):
                    found.append(item)
                elif item.get("@type") == "BreadcrumbList" and not crumbs:
                    crumbs.extend(_crumb_names(item.get("itemListElement")))
                elif isinstance(item.get("mainEntity"), (dict, list)):
                    stack.append(item["mainEntity"])
    return found


def _crumb_names(items: Any) -> list[str]:
    """The names of a BreadcrumbList's items by their position ('Home', 'News', 'Health')."""
    if not isinstance(items, list):
        return []
    named: list[tuple[float, str]] = []
    for n, it in enumerate(items):
        if not isinstance(it, dict):
            continue
        name = it.get("name")
        inner = it.get("item")
        if not isinstance(name, str) and isinstance(inner, dict):
            name = inner.get("name")
        pos = it.get("position")
        if isinstance(name, str) and name.strip():
            named.append((float(pos) if isinstance(pos, (int, float)) else n, " ".join(name.split())))
    return [name for _, name in sorted(named)]


def _is_article(item: dict[str, Any]) -> bool:
    t = item.get("@type")
    types = t if isinstance(t, list) else [t]
    return any(isinstance(x, str) and x.lower() in ARTICLE_TYPES for x in types)


def ld_names(value: Any) -> list[str]:
    """Names from a JSON-LD person/organisation value (a string, an object, a list)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for v in items:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            n = v.get("name")
            if isinstance(n, list):
                n = n[0] if n else None
            if isinstance(n, str):
                out.append(n)
    return [" ".join(n.split()) for n in out if n and n.strip()]


# a publication date in the page's embedded app data (__NEXT_DATA__, a hydration blob)
_DATA_DATE = re.compile(
    r'"(datePublished|publishedDateTime|publishedDate|publishedAt|published_at|publishDate|publish_date|'
    r'publicationDate|pubDate|firstPublished|firstPublishedAt|date_published)"\s*:\s*'
    # an ISO date, or a Unix time in seconds or milliseconds ("publishedAt":1722242520)
    r'(?:"((?:19|20)\d\d-[01]\d-[0-3]\d[^"]{0,30})"|(1\d{9}(?:\d{3})?)(?![\d.]))'
)
# attributes that hold an element's time as a Unix time or an ISO date ('<span
# data-timestamp="1709744400000">2d</span>': the shown text is relative)
TIME_ATTRS = _TIME_ATTRS = (
    "data-timestamp",
    "data-time",
    "data-published",
    "data-publish-time",
    "data-utime",
    "data-epoch",
)
_TIME_XPATH = "//*[" + " or ".join(f"@{a}" for a in _TIME_ATTRS) + "]"  # (one walk of the tree)


def _epoch(value: str) -> str | None:
    """'1709744400000' or '1709744400' -> '2024-03-06T17:00:00Z' (UTC); an ISO value as is."""
    v = value.strip()
    if re.fullmatch(r"1\d{9}(?:\d{3})?", v):
        secs = int(v) // 1000 if len(v) == 13 else int(v)
        return datetime.fromtimestamp(secs, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if re.match(r"(?:19|20)\d\d-[01]\d-[0-3]\d", v):
        return v
    return None


_MAX_SCRIPT = 2_000_000


def _data_dates(root: Any, timed: bool = True) -> list[tuple[str, str]]:
    """(key, value) pairs of publication dates in non-JSON-LD scripts, in page order."""
    found: list[tuple[str, str]] = []
    for el in root.iter("script"):
        kind = (el.get("type") or "").lower()
        if kind == "application/ld+json" or (kind and "json" not in kind and "javascript" not in kind):
            continue
        text = el.text or ""
        if len(text) > _MAX_SCRIPT or ("ublish" not in text and "pubDate" not in text):
            continue
        for m in _DATA_DATE.finditer(text):
            value = m.group(2) or _epoch(m.group(3))
            if value:
                found.append((m.group(1), value))
        if len(found) >= 5:
            break
    for el in root.xpath(_TIME_XPATH)[:5] if timed else ():  # after the app data: the first timed element
        for attr in _TIME_ATTRS:
            value = _epoch(el.get(attr) or "")
            if value:
                found.append((attr, value))
                break
    return found
