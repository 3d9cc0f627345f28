"""Chrome wording filters: ``promo``, ``nav``, ``paywall``, ``teasers``, ``rails``.

Each labels only blocks nobody has labelled yet, matching the whole line
against the wording in ``cleaner/_data/chrome.yaml`` plus the site profile's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from .._data import load
from .._model import Block, Document, Role, normalize
from .._pipeline import Filter
from ._common import (
    Wording,
    article_start,
    block_key,
    body_like,
    ends_sentence,
    has_phrase,
    key_of,
    wording_for,
)
from ._meta import is_date_line, is_update_line


def _label_matching(doc: Document, section: str, role: Role, name: str) -> list[Block]:
    words = wording_for(doc, section)
    blocks = doc.blocks
    whys: dict[int, str] = {}
    for i, b in enumerate(blocks):
        if b.role is not Role.UNKNOWN:
            continue
        why = words.match(block_key(b), b.words) or (_every_line(words, b.text) if "\n" in b.text else None)
        if why:
            whys[i] = why
    hit: list[Block] = []
    for i, why in whys.items():
        b = blocks[i]
        if b.kind == "list_item" and _lone_item(blocks, i, whys):
            b.note(name, f"{why}, but one step of a list whose other items say nothing of the kind; kept")
            continue
        b.label(role, name, why)
        hit.append(b)
    return hit


def _lone_item(blocks: list[Block], i: int, whys: dict[int, str]) -> bool:
    """'1. Open the 311 app or go to edmonton.ca/311.' among the steps of an article's list:
    one matching item of three or more is the list's own, no promo (a promo list, 'Download
    the app / Get the newsletter / Follow us', matches in most of its items)."""
    b = blocks[i]
    if b.words < 5 or not ends_sentence(b.text):
        return False  # a step is a sentence: 'Page 1' in a row of labels is none
    own = _list_of(b)
    lo = hi = i
    while lo > 0 and blocks[lo - 1].kind == "list_item" and _list_of(blocks[lo - 1]) == own:
        lo -= 1
    while hi + 1 < len(blocks) and blocks[hi + 1].kind == "list_item" and _list_of(blocks[hi + 1]) == own:
        hi += 1
    run = range(lo, hi + 1)
    return len(run) >= 3 and 2 * sum(j in whys for j in run) < len(run)


def _list_of(b: Block) -> Any:
    """The element holding a list item (on a page, the item's parent; in text, none)."""
    anc: tuple[int, ...] = tuple(b.meta.get("anc") or ())
    return anc[-2] if len(anc) >= 2 else None


def _every_line(words: Wording, text: str) -> str | None:
    """A block of lines broken by <br> ('jane@paper.com<br>(END)', a copyright notice of
    three lines) is chrome when every one of its lines is."""
    lines = [ln for ln in (key_of(normalize(x)) for x in text.split("\n")) if ln]
    whys = [words.match(ln, len(ln.split())) for ln in lines]
    if len(lines) < 2 or not all(whys):
        return None
    return f"every line: {'; '.join(str(w) for w in whys)}"


# marketing speaks in the imperative; a news sentence with the same words does not
_IMPERATIVE = re.compile(
    r"(?:sign up|subscribe|get|download|try|join|register|start|unlock|upgrade|install|follow|listen|"
    r"stay informed|stay up to date|never miss|don't miss|enjoy|discover|read|become|create|claim|"
    r"want|like this|love this)\b"
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_PRICE = re.compile(r"[$£€¥₹]\s?\d|\d\s?(?:€|p)\b")
_SPEECH = re.compile(r"[“”\"]|\b(said|says|told|according to)\b", re.I)


@dataclass(frozen=True)
class _Cues:
    max_words: int
    by_first: dict[str, tuple[tuple[str, str], ...]]  # first word -> ((phrase, kind), ...)
    odd: re.Pattern[str] | None  # cues that are not words ("/month", "% off")

    def kinds(self, norm: str) -> set[str]:
        found: set[str] = set()
        by_first = self.by_first
        for tok in norm.split():
            hits = by_first.get(tok) or by_first.get(tok.strip(".,;:!?()\"'"))
            if hits:
                for phrase, kind in hits:
                    if kind not in found and (phrase == tok or has_phrase(norm, phrase)):
                        found.add(kind)
        if self.odd is not None and ("/" in norm or "%" in norm):
            found.update(m.lastgroup or "" for m in self.odd.finditer(norm))
        return found


@functools.lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load("chrome")["cues"]
    by_first: dict[str, list[tuple[str, str]]] = {}
    odd: list[str] = []
    for kind, words in data["kinds"].items():
        for w in words:
            n = normalize(w)
            if n[:1].isalnum():
                by_first.setdefault(n.split()[0], []).append((n, kind))
            else:
                odd.append(f"(?P<{kind}_{len(odd)}>{re.escape(n)})")
    odd_rx = re.compile("|".join(odd)) if odd else None
    return _Cues(int(data.get("max_words", 30)), {k: tuple(v) for k, v in by_first.items()}, odd_rx)


def promo(doc: Document) -> None:
    _label_matching(doc, "promo", Role.PROMO, "promo")
    _label_matching(doc, "consent", Role.PROMO, "promo")
    _label_matching(doc, "appeals", Role.PROMO, "promo")
    buttons = wording_for(doc, "buttons")
    cues = _cues()
    for b in doc.blocks:
        if b.role is not Role.UNKNOWN:
            continue
        if not ends_sentence(b.text):
            why = buttons.match(block_key(b), b.words)
            if why:
                b.label(Role.PROMO, "promo", f"{why} (a button: no sentence punctuation)")
                continue
        if b.words > cues.max_words:
            continue
        kinds = {kind.split("_")[0] for kind in cues.kinds(b.norm)}
        if not kinds:
            continue
        found = sorted(kinds)
        if "offer" not in found and _PRICE.search(b.text):
            found.append("price")
        if len(found) >= 2:
            if _SPEECH.search(b.text):
                b.note("promo", f"promo cues ({', '.join(found)}) but reads as reported speech; kept")
            elif body_like(b) and not any(_IMPERATIVE.match(x) for x in _SENTENCES.split(b.norm)):
                b.note(
                    "promo", f"promo cues ({', '.join(found)}) in a sentence that is not a sales pitch; kept"
                )
            else:
                b.label(
                    Role.PROMO,
                    "promo",
                    f"short line with promo cues of {len(found)} kinds ({', '.join(found)})",
                )


_RUNNING_TIME = re.compile(r"(?:\d+:)?\d{1,2}:\d\d")
# a video card's source or label with the running time: 'Video · 2:14', 'ANI · 0:58', '0:58 · KPRC 2'
# (a label of no digits and no date: 'Today · 10:32', 'mié, 14 de mayo · 10:32' are times)
_CARD_TIME = re.compile(
    r"[^·•|\d]{1,30} ?[·•|] ?(?:\d+:)?\d{1,2}:\d\d|(?:\d+:)?\d{1,2}:\d\d ?[·•|] ?[^·•|\d]{1,30}(?: \d{1,2})?"
)
_MEDIA_TIME = re.compile(
    r"(?:\d+:)?\d{1,2}:\d\d ?/ ?(?:\d+:)?\d{1,2}:\d\d|duration:? ?\d+(?::\d\d)+|\d+ ?min(?:ute)?s? (?:listen|audio)"
)


def nav(doc: Document) -> None:
    _label_matching(doc, "nav", Role.NAV, "nav")
    for b in doc.blocks:  # "___", "• • •", "|": a rule or a separator, not text
        if b.role is Role.UNKNOWN and b.kind != "pre" and not any(ch.isalnum() for ch in b.text):
            b.label(Role.NAV, "nav", "no words: a rule or separator")
    # an embedded audio/video player: its progress line, and the show and episode titles above it
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.words == 1 and b.meta.get("after_image") and _RUNNING_TIME.fullmatch(b.text.strip()):
            _player_title_below(blocks, i)  # '1:42' printed over a video's thumbnail
        # a video card's 'Harbour TV · 1:07' under its title
        card = (
            b.words <= 6
            and ":" in b.text
            and b.role in (Role.UNKNOWN, Role.NAV)
            and _CARD_TIME.fullmatch(block_key(b)) is not None
            and not is_date_line(b.text)
            and not is_update_line(b.text)
        )
        if card and b.role is Role.UNKNOWN:
            b.label(Role.NAV, "nav", "a video card's running time beside its source or label")
        if b.words <= 8 and (card or _MEDIA_TIME.fullmatch(block_key(b))):
            if b.role is Role.UNKNOWN:
                b.label(Role.NAV, "nav", "media player progress")
            _player_title_below(blocks, i)
            box = (b.meta.get("anc") or ())[-2:-1]
            for j in (i - 1, i - 2):
                pb = blocks[j] if j >= 0 else None
                if (
                    pb is None
                    or pb.role is not Role.UNKNOWN
                    or pb.words > 12
                    or not (
                        blocks[j + 1].meta.get("gap", 1) == 0
                        or (box and box[0] in (pb.meta.get("anc") or ()))
                    )
                ):
                    break  # only lines printed right above the player, in its box or with no blank line
                pb.label(Role.NAV, "nav", f"title line of the media player at {b.span}")


def _player_title_below(blocks: list[Block], i: int) -> None:
    """A player card printing its running time over the video's title ('1:42' / 'Aerial
    footage shows …' / 'Video: KTLA'): short lines in the player's own box."""
    t = blocks[i]
    box = (t.meta.get("anc") or ())[-2:-1]
    if not box:
        return
    for j in (i + 1, i + 2):
        if j >= len(blocks):
            return
        nb = blocks[j]
        if (
            nb.role is not Role.UNKNOWN
            or nb.words > 14
            or ends_sentence(nb.text)
            or box[0] not in (nb.meta.get("anc") or ())
        ):
            return
        nb.label(Role.NAV, "nav", f"title line of the media player at {t.span}")


def paywall(doc: Document) -> None:
    _label_matching(doc, "paywall", Role.PAYWALL, "paywall")


def cut(doc: Document) -> None:
    """Once the body is known: did a wall cut the article (no body after it)?"""
    blocks = doc.blocks
    walls = [i for i, b in enumerate(blocks) if b.role is Role.PAYWALL]
    if not walls and doc.kind == "html":
        why = _html_wall(doc)
        if why:
            doc.set_meta("paywalled", True, "cut", why)
            return
    if not walls:
        doc.set_meta("paywalled", False, "cut", "no subscribe or sign-up wall found")
        return
    body_at = [i for i, b in enumerate(blocks) if b.role is Role.BODY]
    # the article goes on only if prose follows the wall: a short line kept after it
    # ('Reading from a hotel? Find a HotSpot') does not undo the cut; a 'Premium' badge
    # over the headline is a wall word with the whole article after it
    prose = [i for i in body_at if body_like(blocks[i]) or blocks[i].kind == "list_item"]
    last_prose = prose[-1] if prose else -1
    wall = blocks[next((w for w in walls if w > last_prose), walls[0])]
    if body_at and any(w > last_prose for w in walls):
        doc.set_meta("paywalled", True, "cut", f"wall {wall.text!r} ({wall.span}) ends the article")
    elif not body_at:
        doc.set_meta("paywalled", True, "cut", f"wall {wall.text!r} ({wall.span}) and no article text")
    else:
        doc.set_meta(
            "paywalled", False, "cut", f"wall prompt at {wall.span} but the article goes on after it"
        )


def _html_wall(doc: Document) -> str | None:
    """A page whose wall was already set aside (a hidden or boxed prompt) after the body."""
    from .content import class_tokens, structure

    blocks = doc.blocks
    body_at = [i for i, b in enumerate(blocks) if b.role is Role.BODY]
    last = body_at[-1] if body_at else -1
    words = wording_for(doc, "paywall")
    nodes = doc.meta.get("nodes") or ()
    for b in blocks[last + 1 : last + 1 + _WALL_WINDOW]:
        if b.role is Role.BODY or b.meta.get("hidden"):
            continue  # a hidden wall is a template for later visits, not a cut
        if _in_sidebar(b, nodes, structure().wall, class_tokens):
            continue  # the aggregator's upsell card in the sidebar ('Read more with inkl'), no cut
        why = words.match(block_key(b), b.words)
        if why:
            return f"wall {b.text!r} ({b.span}) right after the article ({why})"
        for nid in b.meta.get("anc", ())[-3:]:
            whole, parts = class_tokens(nodes[nid].tokens)
            hit = (whole | parts) & structure().wall
            if hit and b.words <= 40:
                return f"a {sorted(hit)[0]!r} box right after the article ({b.text[:60]!r})"
    return None


_WALL_WINDOW = 12
_SIDEBAR = frozenset(["sidebar", "side-bar", "aside", "rail", "right-rail", "sidecol"])


def _in_sidebar(b: Block, nodes: Any, wall: frozenset[str], class_tokens: Any) -> bool:
    """The block sits in a sidebar (<aside>, role=complementary, a 'sidebar' class) that is
    not itself a wall box."""
    anc = b.meta.get("anc", ())
    if not any(
        nodes[n].tag == "aside"
        or nodes[n].attrs.get("role") == "complementary"
        or "side" in nodes[n].tokens
        or "rail" in nodes[n].tokens
        for n in anc
    ):
        return False
    side = False
    for nid in anc:
        node = nodes[nid]
        whole, parts = class_tokens(node.tokens)
        if (whole | parts) & wall:
            return False
        if node.tag == "aside" or node.attrs.get("role") == "complementary" or whole & _SIDEBAR:
            side = True
    return side


# a label in capitals before the teaser's headline: 'READ MORE:', 'VIDÉO -', 'LIRE AUSSI :'
_PREFIX = re.compile(r"^([^\W\d_][^\W\d_' ]{1,30}?)\s*[:|»>—-]")


def _upper_prefix(text: str) -> bool:
    m = _PREFIX.match(text)
    return m is not None and m.group(1).isupper()


# a player card's label on a line of its own: the line under it is the video's title
_MEDIA_LABELS = frozenset(
    ["watch", "watch now", "video", "videos", "listen", "play", "related video", "watch video"]
)


_BRAND_MEDIA = re.compile(r"^\S.{0,30}?(?:\s[·|•]\s|\s)(?:Video|Videos|VIDEO|Podcast)$")


def _media_card_title(blocks: list[Block], i: int) -> bool:
    """'Watch' / 'Divers record mass spawning off Lizard Island': a short non-sentence line
    right under a lone player label, in the label's own box (HTML) or with no blank line
    between (text)."""
    if i == 0:
        return False
    lb, b = blocks[i - 1], blocks[i]
    if not 3 <= b.words <= 16 or ends_sentence(b.text):
        return False
    brand = lb.role is Role.UNKNOWN and lb.words <= 4 and _BRAND_MEDIA.match(lb.text) is not None
    if not brand and (lb.role is not Role.NAV or block_key(lb) not in _MEDIA_LABELS):
        return False
    anc, lanc = b.meta.get("anc"), lb.meta.get("anc")
    if anc and lanc:
        return len(lanc) >= 2 and lanc[-2] in anc
    return bool(b.meta.get("gap", 1) == 0)


def teasers(doc: Document) -> None:
    """Inline one-line teasers: 'READ MORE: Another headline', a video card's title."""
    words = wording_for(doc, "teasers")
    for i, b in enumerate(doc.blocks):
        if b.role is not Role.UNKNOWN:
            continue
        if _media_card_title(doc.blocks, i):
            lb = doc.blocks[i - 1]
            if lb.role is Role.UNKNOWN:  # "Ars Video", "Barron's · Video": the card's label
                lb.label(Role.NAV, "teasers", "a video card's label (a brand and 'Video')")
            b.label(Role.RELATED, "teasers", f"the title under a player's {lb.text!r} label")
            continue
        why = words.match(block_key(b), b.words)
        if not why:
            continue
        if _upper_prefix(b.text) or not ends_sentence(b.text):
            b.label(Role.RELATED, "teasers", f"{why}: a one-line link to another story")
        else:
            b.note("teasers", "looks like a teaser but reads as a sentence; kept")


def rails(doc: Document) -> None:
    """A rail heading and the headline-like lines under it are related stories.

    A body-like paragraph ends the rail: rails do not end the article.
    """
    heads = wording_for(doc, "rails")
    blocks = doc.blocks
    start = article_start(doc)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        why = heads.match(block_key(b), b.words) if b.role is Role.UNKNOWN else None
        if not why:
            i += 1
            continue
        b.label(Role.RELATED, "rails", f"rail heading ({why})")
        if i < start:
            i += 1  # above the article: the masthead filter sorts out the header
            continue
        box = _rail_box(doc, b)
        j = i + 1
        while j < len(blocks):
            nb = blocks[j]
            if box is not None:
                if box not in nb.meta.get("anc", ()):
                    break
                if nb.role is Role.UNKNOWN:
                    nb.label(Role.RELATED, "rails", f"in the box of the rail {b.text!r} ({b.span})")
                j += 1
                continue
            if nb.role is not Role.UNKNOWN:
                if nb.role in (Role.TITLE, Role.BYLINE, Role.CAPTION, Role.BODY):
                    break
                j += 1
                continue
            if body_like(nb) and nb.kind != "list_item":
                nb.note("rails", f"body-like text ends the rail opened at {b.span}")
                break
            nb.label(Role.RELATED, "rails", f"item of the rail {b.text!r} ({b.span})")
            j += 1
        i = j


def _rail_box(doc: Document, head: Block) -> int | None:
    """HTML: the element holding a rail heading and its items (not the article container)."""
    anc = head.meta.get("anc")
    if not anc or head.kind not in ("heading", "paragraph"):
        return None
    nodes = doc.meta.get("nodes") or ()
    chosen = doc.meta.get("content_nodes") or set()
    # the heading's own element, then its parent: the first that holds more than the heading
    for k in range(len(anc) - 1, 0, -1):
        nid = anc[k]
        if nid in chosen or nodes[nid].tag in ("body", "html", "main", "article"):
            return None
        if nodes[nid].tag in ("h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "a", "header"):
            continue
        return int(nid)
    return None


def comments(doc: Document) -> None:
    """A reader-comment section after the article: its heading and everything under it."""
    heads = wording_for(doc, "comments")
    blocks = doc.blocks
    body_idx = [i for i, b in enumerate(blocks) if b.role is Role.UNKNOWN and body_like(b)]
    if not body_idx:
        return
    start = article_start(doc)
    for i, b in enumerate(blocks):
        if i <= start or b.role not in (Role.UNKNOWN, Role.PROMO, Role.NAV):
            continue
        if not heads.match(block_key(b), b.words):
            continue
        # the article is over only if what follows is not article-like at length
        after = [blocks[j] for j in body_idx if j > i]
        before = [blocks[j] for j in body_idx if j < i]
        if len(after) > len(before):
            b.note("comments", "comment-like heading but most of the article follows; kept going")
            continue
        b.label(Role.RELATED, "comments", "heading of the reader-comment section")
        for nb in blocks[i + 1 :]:
            if nb.role is Role.UNKNOWN:
                nb.label(Role.RELATED, "comments", f"reader comment under {b.text!r} ({b.span})")
        return


PROMO = Filter("promo", promo, "app ads, sign-up/subscribe/trial prompts, ads, cookie notices, share rows")
NAV = Filter("nav", nav, "menus, breadcrumbs, reading time, gallery counters, footer links")
PAYWALL = Filter("paywall", paywall, "subscribe / sign-up-to-read walls")
CUT = Filter("cut", cut, "set paywalled when a wall ends the article (runs after body)")
TEASERS = Filter("teasers", teasers, "inline one-line links to other stories ('READ MORE: ...')")
COMMENTS = Filter("comments", comments, "a reader-comment section after the article and everything in it")
RAILS = Filter("rails", rails, "related-story rails: a rail heading and the headlines under it")
