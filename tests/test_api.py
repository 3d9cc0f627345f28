"""The library surface: clean(), Article, errors, input decoding."""

from __future__ import annotations

import json

import pytest

import cleaner
from cleaner import CleanerError, InputError
from tests.helpers import page

KEYS = [
    "source",
    "kind",
    "profile",
    "url",
    "title",
    "authors",
    "publisher",
    "section",
    "date",
    "language",
    "paywalled",
    "text",
    "markdown",
    "captions",
    "removed",
]


def test_public_surface_is_small() -> None:
    assert "clean" in cleaner.__all__
    assert all(not n.startswith("_") or n == "__version__" for n in cleaner.__all__)
    assert len(cleaner.__all__) <= 25  # clean, clean_url, fetch, the model, the errors


def test_to_dict_has_exactly_the_documented_keys() -> None:
    d = cleaner.clean(page()).to_dict()
    assert list(d) == KEYS
    json.dumps(d)
    assert d["kind"] == "text"
    assert d["language"] == "en"


def test_text_is_body_only() -> None:
    art = cleaner.clean(page("A wounded man in Irpin, Ukraine (Anadolu Agency via Getty Images)"))
    assert "Irpin" not in art.text
    assert "Bridge opening delayed" not in art.text  # the title
    assert "Jane Doe" not in art.text  # the byline
    assert "\n\n\n" not in art.text


def test_bytes_utf8_bom_and_latin1() -> None:
    text = page("Café owners said the café would reopen in the spring, according to the council.")
    a = cleaner.clean(text.encode("utf-8"))
    b = cleaner.clean(b"\xef\xbb\xbf" + text.encode("utf-8"))
    c = cleaner.clean(text.encode("latin-1"))
    assert a.text == b.text
    assert "Café owners" in c.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b"   \n\n  ", "empty input"),
        (b"%PDF-1.7 binary", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"\x1f\x8b\x08\x00rest", "gzip"),
        (b"abc\x00\x00\x00def", "binary"),
    ],
)
def test_bad_input_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        cleaner.clean(data, name="page.bin")
    assert str(info.value).startswith("page.bin: ")
    assert isinstance(info.value, CleanerError)


def test_html_is_read_as_html() -> None:
    art = cleaner.clean(
        "<!doctype html><html><body><article><p>Hello there, this is a short page.</p></article></body></html>"
    )
    assert art.kind == "html"
    assert art.paragraphs == ["Hello there, this is a short page."]


def test_kind_text_forces_text_reading() -> None:
    art = cleaner.clean(page(), kind="text")
    assert art.kind == "text"
    with pytest.raises(ValueError):
        cleaner.clean(page(), kind="pdf")


def test_no_article_gives_empty_result_with_warning() -> None:
    art = cleaner.clean("Home\nNews\nSport\nSign in\n")
    assert art.text == ""
    assert art.warnings == ["no article text found"]


def test_unknown_profile_is_an_error() -> None:
    with pytest.raises(cleaner.ProfileError, match="unknown profile"):
        cleaner.clean(page(), profile="nope")


def test_forced_profile() -> None:
    assert cleaner.clean(page(), profile="msn").profile == "msn"


def test_explain_lists_removed_and_repairs() -> None:
    art = cleaner.clean(
        page("Advertisement", "Fans cheered as Putin ’s motorcade passed, officials said on Monday.")
    )
    actions = {(e["action"], e["filter"]) for e in art.explain()}
    assert ("removed", "promo") in actions
    assert ("repair", "linkspace") in actions


def test_markdown_front_matter_is_yaml() -> None:
    import yaml

    md = cleaner.clean(page()).to_markdown()
    assert md.startswith("---\n")
    meta = yaml.safe_load(md.split("---\n")[1])
    assert meta["authors"] == ["Jane Doe"]
    assert set(meta) >= {"title", "authors", "publisher", "section", "date", "profile", "paywalled", "source"}


def test_markdown_escapes_literal_syntax() -> None:
    line = "Shares of *ABC* rose 5% and 1. the index [briefly] hit a record, traders said on Monday."
    md = cleaner.clean(page(line)).to_markdown()
    assert r"\*ABC\*" in md
    assert r"\[briefly\]" in md


def test_text_about_html_is_still_text() -> None:
    line = "Developers wrap each block in <div> or <p> tags, and <span> or <a> tags inside them, she said."
    art = cleaner.clean(page(line, "Use <br> sparingly and prefer <section> for structure, the guide says."))
    assert art.kind == "text"
    assert line in art.paragraphs


def test_html_fragment_is_recognised() -> None:
    frag = "<div><p>One</p><p>Two</p><span>x</span><a href='#'>y</a><br></div>"
    assert cleaner.clean(frag).kind == "html"
