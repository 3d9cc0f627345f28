"""Site profiles are data: bundled YAML, a user folder, or an entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
from cleaner import ProfileError, _profiles
from tests.helpers import page

AGGREGATORS = {
    "inkl",
    "yahoo",
    "msn",
    "newsbreak",
    "flipboard",
    "pressreader",
    "smartnews",
    "groundnews",
    "applenews",
    "ampviewer",
}


def test_ten_bundled_profiles() -> None:
    assert set(cleaner.all_profiles()) >= AGGREGATORS


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.inkl.com/news/some-story", "inkl"),
        ("https://uk.news.yahoo.com/story-123.html", "yahoo"),
        ("https://www.msn.com/en-us/news/us/x/ar-AA1", "msn"),
        ("https://www.newsbreak.com/news/123-x", "newsbreak"),
        ("https://flipboard.com/@user/magazine/a-b", "flipboard"),
        ("https://www.pressreader.com/uk/evening-standard/20220309/page/52", "pressreader"),
        ("https://www.smartnews.com/news/article/1", "smartnews"),
        ("https://ground.news/article/x", "groundnews"),
        ("https://apple.news/AbCdEf", "applenews"),
        ("https://www.google.com/amp/s/www.latimes.com/x.amp", "ampviewer"),
        ("https://www.google.com/search?q=x", None),
        ("https://notinkl.com.example/x", None),
    ],
)
def test_url_matching(url: str, name: str | None) -> None:
    matched = [p.name for p in cleaner.all_profiles().values() if p.matches_url(url)]
    assert matched == ([name] if name else [])


def _fresh() -> None:
    _profiles._all_cached.cache_clear()


def test_user_profile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "acme.yaml").write_text(
        "name: acme\nhosts: [acme-news.example]\nfingerprints: [acme reader, read it on acme]\n"
        "chrome:\n  promo:\n    phrases: [get acme plus]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(_profiles.PATH_ENV, str(tmp_path))
    _fresh()
    try:
        art = cleaner.clean(page("Get Acme Plus"), url="https://www.acme-news.example/a")
        assert art.profile == "acme"
        assert {
            "text": "Get Acme Plus",
            "filter": "promo",
            "reason": "promo phrase 'get acme plus'",
        } in art.removed
    finally:
        monkeypatch.delenv(_profiles.PATH_ENV)
        _fresh()


def test_malformed_profile_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bad.yaml").write_text("hosts: [x.example]\n", encoding="utf-8")
    monkeypatch.setenv(_profiles.PATH_ENV, str(tmp_path))
    _fresh()
    try:
        with pytest.raises(ProfileError, match=r"bad\.yaml: profile has no 'name'"):
            cleaner.all_profiles()
    finally:
        monkeypatch.delenv(_profiles.PATH_ENV)
        _fresh()


def test_profile_from_a_path(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text("name: mine\n", encoding="utf-8")
    assert cleaner.clean(page(), profile=str(f)).profile == "mine"


def test_misspelled_html_selector_key_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "typo.yaml"
    f.write_text("name: typo\nhtml:\n  contaner: ['.story']\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"typo\.yaml: 'html' keys must be among container"):
        cleaner.clean(page(), profile=str(f))


def test_selector_attribute_suffix_and_an_at_sign_inside_a_value() -> None:
    from lxml import html as lhtml

    from cleaner._readers._htmlsel import _compile, select

    root = lhtml.fromstring("<div><a href='/@harbour' title='Harbour Gazette'>Harbour Gazette</a></div>")
    assert _compile("a[href^='/@']")[1] is None
    assert [e.text for e in select(root, "a[href^='/@']")] == ["Harbour Gazette"]
    assert _compile("a[href^='/@']@title")[1] == "title"
    assert _compile("img@alt")[1] == "alt"


def test_ground_news_source_row_led_by_the_outlet_and_a_byline_naming_it() -> None:
    """Ground News prints the source as one row (outlet, bias, factuality, ownership)
    above the original article, whose byline names the outlet beside the date."""
    paras = [
        "The council voted on Tuesday to close the Carver Street bridge for eighteen months of repairs.",
        "Drivers will use a signed detour through the old town, the transport office said on Tuesday.",
        "Shops on the quay say trade has already fallen by a third since the works were announced.",
    ]
    html = (
        "<html><head><title>Carver Street bridge to close for repairs | Ground News</title></head><body>"
        "<div><a href='/'>Ground News</a> Home Local Blindspot</div>"
        "<div class='card'><div>Harbour Ledger Lean Left Factuality: High Ownership: Private equity</div>"
        "<h2>Carver Street bridge to close for repairs</h2>"
        "<div>Odile Marchetti, Harbour Ledger · March 3, 2024 9:10 AM EST</div>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div></body></html>"
    )
    art = cleaner.clean(html, url="https://ground.news/article/carver-bridge")
    assert art.profile == "groundnews"
    assert art.paragraphs == paras
    assert art.authors == ["Odile Marchetti"]
    assert art.publisher == "Harbour Ledger"
    assert art.date == "2024-03-03"


def test_a_fingerprint_whose_words_are_not_in_the_page_is_skipped_unwalked() -> None:
    from cleaner._readers._htmlsel import _literals, matches_any
    from cleaner._readers.html import parse

    assert _literals("img[src*='prcdn.co/img?regionKey']") == ("prcdn.co/img?regionKey",)
    assert _literals("article.art[data-article-id] .art-text") == ("art", "art-text")
    root = parse("<div class='art-text'><p>x</p></div>", "t.html")
    assert matches_any(root, [".art-text"], "<div class='art-text'>") == ".art-text"
    # the words are the selector's: when the page's text lacks them it cannot match
    assert matches_any(root, [".art-text"], "<div>") is None
