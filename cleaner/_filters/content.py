"""HTML structure filters: ``hidden``, ``content`` and ``boxes``.

``content`` finds the element holding the article and drops every block
outside it. Evidence, strongest first: a site profile's container selector;
the JSON-LD ``articleBody`` (the container that holds the blocks it quotes);
``itemprop=articleBody`` and well-known body class names; and otherwise a
score in the spirit of Readability — prose paragraphs credit their
containers (parent fully, grandparent half, great-grandparent a third),
discounted by link density and by class/id tokens — with siblings of the
winner that score close to it kept too (articles split across several divs).

``boxes`` then drops what sits inside the article container but is not the
article: share rows, related rails, newsletter boxes, ad slots, asides
(class/id tokens and tags are data in ``_data/structure.yaml``) and
link-dense fragments.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._data import load
from .._model import Block, Decision, Document, Role, normalize
from .._pipeline import Filter
from ._common import body_like

_HTML = frozenset({"html"})
_CONTAINERS = frozenset(
    {"div", "section", "article", "main", "td", "body", "form", "center", "dd", "blockquote", "html", "span"}
)
_SCORED_KINDS = frozenset({"paragraph", "quote", "pre", "list_item"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[\s_\-:./]+")
_LD_MIN_WORDS = 40
# how a paragraph of prose ends, for the div-soup rule in _by_score: unlike ends_sentence,
# a closing ")" counts (a sentence with a bracketed credit) and "…" does not (the cut-off
# excerpt of a story card)
_PROSE_END = frozenset(".!?\"'”’»)。！？")
_NEAR_TITLE = 8  # blocks after the headline where the article may start
SIBLING_SHARE = 0.2  # a sibling box scoring this share of the winner's score is article too


@dataclass(frozen=True)
class _Structure:
    positive: frozenset[str]
    negative: frozenset[str]
    negative_tags: frozenset[str]
    body_markers: frozenset[str]
    negative_ancestors: frozenset[str]
    header_meta: frozenset[str]  # byline/date boxes above the body
    dek: frozenset[str]  # standfirst boxes
    wall: frozenset[str]  # paywall / metering boxes


@functools.cache
def structure() -> _Structure:
    data = load("structure")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return _Structure(
        *(words(k) for k in ("positive", "negative", "negative_tags", "body_markers", "negative_ancestors")),
        *(words(k) for k in ("header_meta", "dek", "wall")),
    )


# utility classes of CSS frameworks (Tailwind, Bootstrap): they style a box, never name it
# (a run of boxes alike only in such classes is no run of cards)
_UTILITY = re.compile(
    r"(?:[a-z0-9]+:)*(?:text|bg|font|leading|tracking|border|rounded|gap|flex|grid|items|justify|"
    r"shadow|opacity|p[xytrbl]?|m[xytrbl]?|w|h|max-w|min-w|max-h|min-h)-[\w./\[\]#%-]+$",
    re.I,
)


@functools.lru_cache(maxsize=8192)
def class_tokens(raw: str) -> tuple[frozenset[str], frozenset[str]]:
    """(whole class/id names, their word parts), lower-cased."""
    names = raw.split()
    whole = frozenset(n.lower() for n in names)
    parts: set[str] = set()
    for n in names:
        for p in _SPLIT.split(_CAMEL.sub(" ", n)):
            if p:
                parts.add(p.lower())
    return whole, frozenset(parts)


def negative_token(raw: str) -> str | None:
    if not raw:
        return None
    whole, parts = class_tokens(raw)
    s = structure()
    hit = (whole & s.negative) or (parts & s.negative)
    if not hit:
        return None
    if (whole | parts) & s.body_markers:
        return None  # "article-body ad-free": the body marker wins
    return sorted(hit)[0]


def _class_weight(raw: str) -> int:
    if not raw:
        return 0
    whole, parts = class_tokens(raw)
    s = structure()
    w = 0
    if (whole | parts) & s.body_markers:
        w += 50
    elif parts & s.positive:
        w += 25
    if (whole & s.negative) or (parts & s.negative):
        w -= 25
    return w


# -- hidden -----------------------------------------------------------------


def hidden(doc: Document) -> None:
    for b in doc.blocks:
        why = b.meta.get("hidden")
        if why and b.role is Role.UNKNOWN:
            b.label(Role.NAV, "hidden", f"hidden on the page ({why})")


# -- content ----------------------------------------------------------------


def content(doc: Document) -> None:
    nodes: Sequence[Any] = doc.meta.get("nodes") or ()
    live = [b for b in doc.blocks if b.role is Role.UNKNOWN and "anc" in b.meta]
    if not live or not nodes:
        return
    chosen, why = _by_profile(nodes)
    if chosen:
        # a profile selector written for one template can hit the wrong element on
        # another (a rail of <article> cards): it must hold the page's prose
        alt, alt_why = _by_score(live, nodes, _title_index(doc, live))
        mine, theirs = _prose_words(live, chosen), _prose_words(live, alt)
        if theirs >= 80 and mine < theirs * 0.5:
            doc.trace.append(
                Decision(
                    "content",
                    "meta",
                    f"the site profile's container holds {mine} words of prose, the page's "
                    f"structure {theirs}: profile container not used",
                )
            )
            chosen, why = alt, alt_why
    if not chosen:
        chosen, why = _by_jsonld(doc, live, nodes)
    if not chosen:
        chosen, why = _by_score(live, nodes, _title_index(doc, live))
    if not chosen:
        doc.trace.append(Decision("content", "keep", "no container stood out; every block kept"))
        return
    doc.meta["content_nodes"] = chosen
    doc.trace.append(Decision("content", "meta", f"main content: {why}"))
    names = ", ".join(nodes[n].describe() for n in sorted(chosen)[:3])
    # a lead figure often sits just outside the body's element: keep captions whose element
    # shares the container's parent or grandparent
    beside = {nodes[c].parent for c in chosen if nodes[c].parent >= 0}
    beside |= {
        nodes[p].parent for p in beside if nodes[p].parent >= 0 and nodes[nodes[p].parent].tag != "body"
    }
    for b in live:
        if chosen.intersection(b.meta["anc"]):
            continue
        if b.kind == "caption" and beside.intersection(b.meta["anc"]):
            b.note("content", f"a figure beside the main content ({names}): kept")
            continue
        b.label(Role.NAV, "content", f"outside the main content ({names})")


def _prose_words(live: list[Block], chosen: set[int]) -> int:
    """Words of paragraph prose (not link lists) inside the chosen elements."""
    total = 0
    for b in live:
        prose = b.kind == "paragraph" and b.words >= 12 and b.meta.get("link_chars", 0) * 2 < len(b.text)
        if prose and chosen.intersection(b.meta["anc"]):
            total += b.words
    return total


def _by_profile(nodes: Sequence[Any]) -> tuple[set[int], str]:
    found = {i for i, n in enumerate(nodes) if n.attrs.get("mark") == "container"}
    if not found:
        return set(), ""
    outer = {i for i in found if not _has_ancestor_in(nodes, i, found)}
    return outer, f"the site profile's container selector ({len(outer)} element(s))"


def _has_ancestor_in(nodes: Sequence[Any], i: int, group: set[int]) -> bool:
    p = nodes[i].parent
    while p >= 0:
        if p in group:
            return True
        p = nodes[p].parent
    return False


def _by_jsonld(doc: Document, live: list[Block], nodes: Sequence[Any]) -> tuple[set[int], str]:
    body = doc.meta.get("ld_body")
    if not body or len(body.split()) < _LD_MIN_WORDS:
        return set(), ""
    ld = normalize(body)
    hits = [b for b in live if b.words >= 6 and b.kind != "caption" and _quoted(b, ld)]
    if len(hits) < 2:
        return set(), ""
    # the deepest element holding (nearly) every quoted block
    need = max(2, int(len(hits) * 0.8 + 0.5))
    counts: dict[int, int] = {}
    for b in hits:
        for n in b.meta["anc"]:
            counts[n] = counts.get(n, 0) + 1
    best = max((n for n, c in counts.items() if c >= need), key=lambda n: nodes[n].depth, default=None)
    if best is None:
        return set(), ""
    return (
        {best},
        f"{nodes[best].describe()} holds {counts[best]} of the {len(hits)} paragraphs JSON-LD articleBody quotes",
    )


def _quoted(b: Block, ld: str) -> bool:
    n = b.norm
    probe = n[:80] if len(n) > 80 else n
    return probe in ld


def _title_index(doc: Document, live: list[Block]) -> tuple[int, ...]:
    """Positions (in ``live``) of the headline the page states: its heading, or the lines
    that state it (an aggregator's story header and the source's own card both may)."""
    title = doc.meta.get("title")
    if not title:
        return ()
    t = normalize(str(title)).strip(" .")
    same = [k for k, b in enumerate(live) if b.norm.strip(" .") == t][:3]
    heads = [k for k in same if live[k].kind == "heading"]
    return tuple(same) if len(same) > 1 or not heads else (heads[0],)


def _by_score(
    live: list[Block], nodes: Sequence[Any], title_at: tuple[int, ...] = ()
) -> tuple[set[int], str]:
    n = len(nodes)
    score = [0.0] * n
    text_len = [0] * n
    link_len = [0] * n
    first = [-1] * n
    last = [-1] * n
    direct = [0] * n  # blocks whose own element is this one
    for b in live:
        direct[b.meta["anc"][-1]] += 1
    for k, b in enumerate(live):
        anc = b.meta["anc"]
        for a in anc:
            if first[a] < 0:
                first[a] = k
            last[a] = k
        length = len(b.text)
        links = b.meta.get("link_chars", 0)
        for a in anc:
            text_len[a] += length
            link_len[a] += links
        if b.kind not in _SCORED_KINDS or length < 25:
            continue
        s = 1.0 + b.text.count(",") + b.text.count("，") + b.text.count("、") + min(length / 100, 3.0)
        if b.kind == "list_item":
            s *= 0.5
        level = 0
        prose = b.kind == "paragraph" and length >= 80 and b.text.rstrip()[-1:] in _PROSE_END
        for j, a in enumerate(reversed(anc)):
            if nodes[a].tag not in _CONTAINERS:
                continue
            if j == 0 and prose and direct[a] == 1 and nodes[a].tag == "div":
                continue  # a <div> that is one paragraph (div soup): it stands for a <p>
            score[a] += s if level == 0 else s / 2 if level == 1 else s / (level * 3)
            level += 1
            if level > 4:
                break
    listing = _article_lists(nodes)
    repeated = _repeated_items(nodes)
    final: dict[int, float] = {}
    for i, sc in enumerate(score):
        if sc <= 0:
            continue
        node = nodes[i]
        weight = _class_weight(node.tokens) + _ancestor_penalty(nodes, i)
        if node.attrs.get("itemprop") == "articlebody":
            weight += 50
        if node.tag == "article":
            weight += 10
        if i in listing:
            weight -= 50  # holds several <article>s: a list of stories, not one
        if i in repeated:
            weight -= 25  # one of a run of look-alike boxes: a teaser, a comment, a card
        elif title_at and any(first[i] <= t <= last[i] or 0 < first[i] - t <= _NEAR_TITLE for t in title_at):
            weight += 20  # the article follows its headline
        ld = link_len[i] / text_len[i] if text_len[i] else 0.0
        final[i] = (sc + weight) * (1.0 - min(ld, 1.0))
    if not final:
        return set(), ""
    top = max(final, key=lambda i: final[i])
    top_score = final[top]
    # an article split into boxes: siblings of the winner that score close to it, and
    # boxes elsewhere built exactly like it (same tag and classes: "article chunks")
    parent = nodes[top].parent
    chosen = {top}
    threshold = max(10.0, top_score * SIBLING_SHARE)
    twin = (nodes[top].tag, nodes[top].tokens)
    for i, sc in final.items():
        if i == top or sc < threshold or _has_ancestor_in(nodes, i, {top}):
            continue
        if (parent >= 0 and nodes[i].parent == parent) or (
            twin[1] and (nodes[i].tag, nodes[i].tokens) == twin
        ):
            chosen.add(i)
    chosen = {i for i in chosen if not _has_ancestor_in(nodes, i, chosen)}
    why = f"{nodes[top].describe()} scores highest ({top_score:.0f})"
    if len(chosen) > 1:
        why += f", with {len(chosen) - 1} sibling(s) scoring over {threshold:.0f}"
    return chosen, why


def _article_lists(nodes: Sequence[Any]) -> set[int]:
    """Elements holding two or more ``<article>`` elements (story listings)."""
    counts: dict[int, int] = {}
    for n in nodes:
        if n.tag == "article":
            p = n.parent
            while p >= 0:
                counts[p] = counts.get(p, 0) + 1
                p = nodes[p].parent
    return {i for i, c in counts.items() if c >= 2}


def _repeated_items(nodes: Sequence[Any]) -> set[int]:
    """Boxes with two or more look-alike siblings (same tag, same first class)."""
    groups: dict[tuple[int, str, str], list[int]] = {}
    for i, n in enumerate(nodes):
        if n.tag in _CONTAINERS and n.tokens and n.parent >= 0:
            first = n.tokens.split()[0]
            # ('flex flex-col gap-8px …': a style's first class says nothing; the whole set must match)
            key = n.tokens if first.lower() in _LAYOUT or _UTILITY.match(first) else first
            groups.setdefault((n.parent, n.tag, key), []).append(i)
    return {i for g in groups.values() if len(g) >= 3 for i in g}


# layout classes of CSS frameworks that many unlike boxes share
_LAYOUT = frozenset(
    ["flex", "grid", "block", "inline", "relative", "absolute", "container", "row", "col", "clearfix"]
)


def _ancestor_penalty(nodes: Sequence[Any], i: int) -> int:
    """A box inside a comments section or a sidebar is not the article, however long."""
    p = nodes[i].parent
    for _ in range(4):
        if p < 0:
            break
        node = nodes[p]
        # not negative_tags: a <form> above the article is an ASP.NET page wrapper, not a box
        if node.tag in ("footer", "aside", "nav"):
            return -25
        if node.tokens:
            whole, parts = class_tokens(node.tokens)
            if (whole | parts) & structure().negative_ancestors:
                return -25
        p = node.parent
    return 0


# -- boxes ------------------------------------------------------------------


def boxes(doc: Document) -> None:
    nodes: Sequence[Any] = doc.meta.get("nodes") or ()
    chosen: set[int] = doc.meta.get("content_nodes") or set()
    if not nodes:
        return
    s = structure()
    memo: dict[int, str | None] = {}
    prose = _prose_classes(doc, nodes, chosen)
    for cls in sorted(prose):
        doc.trace.append(
            Decision("boxes", "meta", f"class {cls!r} holds most of the article's prose: its boxes are body")
        )
    for b in doc.blocks:
        if b.role is not Role.UNKNOWN or "anc" not in b.meta:
            continue
        anc = b.meta["anc"]
        why = None
        inside = False
        for a in anc:
            if a in chosen:
                inside = True
                continue
            if not inside and chosen:
                continue  # above the container: its classes describe the page, not a box
            if a not in memo:
                node = nodes[a]
                marked = node.attrs.get("mark") in (
                    "title",
                    "byline",
                    "date",
                    "section",
                    "publisher",
                    "captions",
                )
                if marked or node.tokens in prose:
                    memo[a] = None
                elif node.tag in s.negative_tags:
                    memo[a] = f"inside <{node.tag}>"
                else:
                    tok = negative_token(node.tokens)
                    memo[a] = f"inside {node.describe()} (class/id token {tok!r})" if tok else None
            if memo[a]:
                why = memo[a]
                break
        if why:
            role = Role.RELATED if "related" in why or "recommend" in why else Role.NAV
            b.label(role, "boxes", why)
            continue
        links = b.meta.get("link_chars", 0)
        if links and b.kind != "caption" and links >= 0.6 * len(b.text) and b.words <= 25:
            b.label(Role.NAV, "boxes", f"link-dense ({links} of {len(b.text)} characters are links)")


def _prose_classes(doc: Document, nodes: Sequence[Any], chosen: set[int]) -> set[str]:
    """Classes with a negative word ('utility__text') whose elements hold at least half
    of the prose inside the container: that is how the page marks its paragraphs, not
    a box beside them (comment-like ancestors are never exempt)."""
    if not chosen:
        return set()
    s = structure()
    total = 0
    held: dict[str, int] = {}
    for b in doc.blocks:
        anc = b.meta.get("anc")
        if b.role is not Role.UNKNOWN or not anc or not body_like(b):
            continue
        inside = [k for k, a in enumerate(anc) if a in chosen]
        if not inside:
            continue  # outside the container
        below = anc[inside[-1] + 1 :]
        total += b.words
        for cls in {nodes[a].tokens for a in below if nodes[a].tokens}:
            whole, parts = class_tokens(cls)
            if negative_token(cls) and not (whole | parts) & s.negative_ancestors:
                held[cls] = held.get(cls, 0) + b.words
    return {c for c, w in held.items() if total and w * 2 >= total}


HIDDEN = Filter("hidden", hidden, "content the page hides (hidden, aria-hidden, display:none)", kinds=_HTML)
CONTENT = Filter(
    "content", content, "find the element holding the article; drop what is outside it", kinds=_HTML
)
BOXES = Filter(
    "boxes", boxes, "share rows, rails, ad slots, asides and link lists inside the article", kinds=_HTML
)
