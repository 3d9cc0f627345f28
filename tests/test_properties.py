"""Property-based tests: arbitrary input never crashes cleaner with a foreign error."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import CleanerError

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
    squeezed = "".join(text.split())
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
