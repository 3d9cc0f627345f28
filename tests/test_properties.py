"""Property-based tests: arbitrary input never crashes cleaner with a foreign error."""

from __future__ import annotations

import contextlib
import functools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import CleanerError
from cleaner._readers.text import CONTROL

# text made of the things pages are made of: words, punctuation, quotes, newlines
_PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "\n\n",
        "By ",
        "Photo: AP",
        "(Reuters)",
        "(Getty Images)",
        "’s",
        " ”.",
        "- ",
        "©",
        "Sign up to read this article",
        "Related Stories",
        "Advertisement",
        "March 8, 2022",
        "|",
        "•",
        "Daily Mirror",
        "Jane Doe",
        "The",
        "said",
        ".",
        ",",
        "“",
        "”",
        "[",
        "]",
        "*",
        "#",
        "1.",
        "-",
    ]
)
_TEXTISH = st.lists(st.one_of(_PIECES, st.text(min_size=1, max_size=12)), max_size=80).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTISH)
def test_text_never_raises_foreign_errors(text: str) -> None:
    try:
        art = cleaner.clean(text, kind="text")
    except CleanerError:
        return
    d = art.to_dict()
    assert isinstance(d["text"], str)
    assert art.to_markdown().startswith("---\n")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_bytes_never_raise_foreign_errors(data: bytes) -> None:
    with contextlib.suppress(CleanerError):
        cleaner.clean(data)


@settings(max_examples=100, deadline=None)
@given(_TEXTISH)
def test_body_text_comes_from_the_input(text: str) -> None:
    """Every body word was in the input (repairs only join or drop spaces)."""
    try:
        art = cleaner.clean(text, kind="text")
    except CleanerError:
        return
    # the reader drops control characters and zero-width marks, then repairs join or drop spaces
    squeezed = "".join(CONTROL.sub("", text).split())
    for para in art.paragraphs:
        for word in para.split():
            core = word.strip("”’\"'.,;:!?")
            if core:
                assert core.replace("-", "") in squeezed.replace("-", "")


@settings(max_examples=150, deadline=None)
@given(_TEXTISH)
def test_markdown_round_trip_is_stable(text: str) -> None:
    """Cleaning the markdown of a cleaned text page again changes nothing."""
    try:
        md = cleaner.clean(text, kind="text").to_markdown()
    except CleanerError:
        return
    assert cleaner.clean(md).to_markdown() == md


# HTML made of the things pages are made of: tags (balanced or not), attributes that
# hide, scripts, entities, text
_TAGS = st.sampled_from(
    [
        "<p>", "</p>", "<div class='article-body'>", "<div class='share'>", "</div>", "<article>",
        "</article>", "<ul><li>", "</li></ul>", "<table><tr><td>", "</td></tr></table>", "<br>",
        "<figure><img src='x.jpg'><figcaption>", "</figcaption></figure>", "<a href='/x'>", "</a>",
        "<b>", "</b>", "<i>", "<h2>", "</h2>", "<script>var x='<p>';</script>", "<p hidden>",
        "<span style='display:none'>", "</span>", "&amp;", "&#x27;", "<pre>", "</pre>", "<!-- c -->",
        "<blockquote>", "</blockquote>", "<html><head><meta charset='latin-1'></head><body>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":", "\"x\"}</script>",
        "<table><tr><td><table>", "<svg><text>t</text></svg>", "<noscript>", "<?xml version='1.0'?>",
    ]
)  # fmt: skip
_HTMLISH = st.lists(st.one_of(_TAGS, _PIECES), min_size=1, max_size=60).map(
    lambda parts: "<html>" + "".join(parts)
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HTMLISH)
def test_html_never_raises_foreign_errors(html: str) -> None:
    with contextlib.suppress(CleanerError):
        art = cleaner.clean(html, kind="html")
        art.to_markdown()
        art.to_dict()


@functools.cache
def _promo_phrases() -> frozenset[str]:
    from cleaner._data import load
    from cleaner._filters._common import key_of

    return frozenset(key_of(" ".join(p.lower().split())) for p in load("chrome")["promo"]["phrases"])


def _promo_list() -> list[str]:
    from cleaner._data import load

    return sorted(str(p) for p in load("chrome")["promo"]["phrases"])


@settings(max_examples=150, deadline=None)
@given(_TEXTISH, st.lists(st.sampled_from(_promo_list()), min_size=1, max_size=4), st.randoms())
def test_no_promo_phrase_survives_as_a_whole_line(text: str, phrases: list[str], rnd: Any) -> None:
    """Promo phrases dropped into a page anywhere, as lines of their own, never reach the output."""
    lines = text.split("\n")
    for p in phrases:
        lines.insert(rnd.randint(0, len(lines)), p)
    try:
        art = cleaner.clean("\n".join(lines), kind="text")
    except CleanerError:
        return
    keys = _promo_phrases()
    from cleaner._filters._common import key_of

    for line in art.to_text().splitlines():
        assert key_of(" ".join(line.lower().split())) not in keys
