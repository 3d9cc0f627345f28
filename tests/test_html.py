"""The HTML reader and the HTML-only filters, one behaviour per test."""

from __future__ import annotations

import json

import pytest

import cleaner
from cleaner._filters._meta import publisher_like

PARA = (
    "The council voted on Tuesday to close the bridge for eighteen months, "
    "officials said, after inspectors found corroded steel in the deck."
)
PARA2 = (
    "Drivers will use a signed detour through the old town, and buses will "
    "stop on Harbour Street instead, the transport office said in a statement."
)


def page(body: str, head: str = "", lang: str = "en") -> str:
    return f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def article(inner: str) -> str:
    return page(
        f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav><article>{inner}</article><footer>© Site</footer>"
    )


def test_paragraphs_in_order_and_nav_dropped_with_reason() -> None:
    art = cleaner.clean(article(f"<p>{PARA}</p><p>{PARA2}</p>"))
    assert art.paragraphs == [PARA, PARA2]
    removed = {r["text"]: r for r in art.removed}
    assert "Home News" in removed  # two adjacent links are two words
    assert removed["Home News"]["filter"] == "content"
    assert "outside the main content" in removed["Home News"]["reason"]


def test_scripts_styles_templates_never_reach_output() -> None:
    html = article(
        f"<p>{PARA}</p><script>var secret = 'SCRIPTTEXT';</script><style>.x{{color:red}}</style>"
        "<template><p>TEMPLATETEXT inside a template element that is never shown.</p></template>"
        f"<noscript>NOSCRIPTTEXT</noscript><p>{PARA2}</p>"
    )
    out = cleaner.clean(html).to_markdown()
    for word in ("SCRIPTTEXT", "TEMPLATETEXT", "NOSCRIPTTEXT", "color:red"):
        assert word not in out


@pytest.mark.parametrize(
    "hidden",
    [
        "<p hidden>HIDDENTEXT is here and should never be shown to anyone.</p>",
        "<p aria-hidden='true'>HIDDENTEXT is here and should never be shown to anyone.</p>",
        "<p style='display: none'>HIDDENTEXT is here and should never be shown to anyone.</p>",
        "<p style='visibility:hidden'>HIDDENTEXT is here and should never be shown to anyone.</p>",
        "<p class='sr-only'>HIDDENTEXT is here and should never be shown to anyone.</p>",
        "<p class='gone'>HIDDENTEXT is here and should never be shown to anyone.</p>",
    ],
)
def test_hidden_content_is_dropped_and_explained(hidden: str) -> None:
    html = page(
        f"<article><p>{PARA}</p>{hidden}<p>{PARA2}</p></article>", head="<style>.gone{display:none}</style>"
    )
    art = cleaner.clean(html)
    assert "HIDDENTEXT" not in art.to_markdown()
    assert any(r["filter"] == "hidden" and "HIDDENTEXT" in r["text"] for r in art.removed)


def test_css_hidden_inside_media_query_is_not_hidden() -> None:
    head = "<style>@media (max-width: 400px) { .wide { display: none } }</style>"
    html = page(f"<article><p>{PARA}</p><p class='wide'>{PARA2}</p></article>", head=head)
    assert cleaner.clean(html).paragraphs == [PARA, PARA2]


def test_structure_headings_lists_quotes_tables_pre() -> None:
    html = article(
        f"<p>{PARA}</p><h2>What changes</h2>"
        "<ul><li>Buses stop on Harbour Street</li><li>Cyclists keep a lane<ul><li>with barriers</li></ul></li></ul>"
        "<ol><li>First step</li><li>Second step</li></ol>"
        f"<blockquote><p>We had no choice, the engineer said of the closure.</p></blockquote>"
        "<table><tr><th>Route</th><th>Minutes</th></tr><tr><td>Old town</td><td>12</td></tr></table>"
        "<pre>line one\n  line two</pre>"
        f"<p>{PARA2}</p>"
    )
    md = cleaner.clean(html).to_markdown()
    assert "## What changes" in md
    assert "- Buses stop on Harbour Street\n- Cyclists keep a lane\n   - with barriers" in md
    assert "1. First step\n2. Second step" in md
    assert "> We had no choice, the engineer said of the closure." in md
    assert "| Route | Minutes |\n| --- | --- |\n| Old town | 12 |" in md
    assert "```\nline one\n  line two\n```" in md


def test_inline_links_bold_italic_kept_and_literal_markdown_escaped() -> None:
    html = article(
        "<p>The <a href='/report.pdf'>full report</a> is <b>long</b> and <i>dense</i>, "
        "and it uses *stars* and [brackets] and 2_000 underscores, the office said today.</p>"
        f"<p>{PARA}</p>"
    )
    art = cleaner.clean(html, url="https://example.org/news/bridge")
    md = art.to_markdown()
    assert "[full report](https://example.org/report.pdf)" in md
    assert "**long**" in md and "*dense*" in md
    assert "\\*stars\\*" in md and "\\[brackets\\]" in md and "2\\_000" in md
    # the plain text has no markup at all
    assert "The full report is long and dense" in art.text


def test_br_is_a_line_break_and_double_br_a_paragraph() -> None:
    html = article(f"<p>{PARA}<br><br>{PARA2}</p><p>Line one of an address<br>Line two of it</p>")
    art = cleaner.clean(html)
    assert art.paragraphs[:2] == [PARA, PARA2]
    assert "Line one of an address\nLine two of it" in art.paragraphs


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (  # a credit element inside the figcaption
            "Crews inspect the deck. <span class='credit'>Jane Roe/EPA</span>",
            "Crews inspect the deck.",
            "Jane Roe/EPA",
        ),
        ("Crews inspect the deck. Photograph: Jane Roe/EPA", "Crews inspect the deck.", "Jane Roe/EPA"),
        (
            "Crews inspect the deck. <small>Jane Roe/Reuters</small>",
            "Crews inspect the deck.",
            "Jane Roe/Reuters",
        ),
        (
            "Crews inspect the deck (Anadolu Agency via Getty Images)",
            "Crews inspect the deck",
            "Anadolu Agency via Getty Images",
        ),
        ("Crews inspect the deck. © Getty Images", "Crews inspect the deck.", "Getty Images"),
        (
            "Crews inspect the deck. <span class='credit'>(Jane Roe/The Courier)</span> <a href='/buy'>Buy a print</a>",
            "Crews inspect the deck.",
            "Jane Roe/The Courier",
        ),
    ],
)
def test_caption_credit_styles(caption: str, text: str, credit: str) -> None:
    html = article(
        f"<p>{PARA}</p><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure><p>{PARA2}</p>"
    )
    art = cleaner.clean(html)
    assert art.captions == [{"text": text, "credit": credit}]
    assert art.paragraphs == [PARA, PARA2]  # the caption is kept apart from the body


def test_credited_text_under_an_image_is_a_caption_uncredited_is_body() -> None:
    html = article(
        f"<p>{PARA}</p><div><img src='a.jpg'></div><div>Crews inspect the deck. <small>Jane Roe/AP</small></div>"
        f"<div><img src='b.jpg'></div><p>{PARA2}</p>"
    )
    art = cleaner.clean(html)
    assert art.captions == [{"text": "Crews inspect the deck.", "credit": "Jane Roe/AP"}]
    assert art.paragraphs == [PARA, PARA2]


def test_metadata_from_json_ld_and_aggregator_is_not_publisher() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Bridge to close for 18 months",
        "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "By Tom Lee"}],
        "publisher": {"@type": "Organization", "name": "Yahoo News"},
        "datePublished": "2024-03-05T10:00:00Z",
        "articleSection": "Local",
    }
    head = (
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<meta property='og:site_name' content='The Harbour Times'>"
        "<link rel='canonical' href='https://example.org/bridge'>"
    )
    art = cleaner.clean(page(f"<article><h1>Bridge to close for 18 months</h1><p>{PARA}</p></article>", head))
    assert art.title == "Bridge to close for 18 months"
    assert art.authors == ["Ana Ruiz", "Tom Lee"]
    assert art.publisher == "The Harbour Times"
    assert art.date == "2024-03-05"
    assert art.section == "Local"
    assert art.url == "https://example.org/bridge"
    assert art.language == "en"
    assert "Bridge to close for 18 months" not in art.paragraphs


def test_metadata_from_og_and_meta_only() -> None:
    head = (
        "<meta property='og:title' content='Bridge to close | The Harbour Times'>"
        "<meta name='author' content='By Ana Ruiz, Transport Correspondent'>"
        "<meta property='article:published_time' content='2024-03-05'>"
        "<meta property='article:section' content='Local'>"
    )
    art = cleaner.clean(page(f"<article><p>{PARA}</p></article>", head))
    assert art.title == "Bridge to close"
    assert art.authors == ["Ana Ruiz"]
    assert (art.date, art.section) == ("2024-03-05", "Local")


def test_body_is_chosen_over_longer_comments_and_rails() -> None:
    comment = " ".join([PARA2] * 4)
    html = page(
        f"<main><article class='post'><h1>Bridge</h1><div class='article-body'><p>{PARA}</p><p>{PARA2}</p></div>"
        "<div class='share-bar'><a href='#'>Share on Facebook</a></div></article>"
        f"<section class='comments'><div class='comment'><p>{comment}</p></div><div class='comment'><p>{comment}</p></div></section>"
        "<aside class='related'><h3>Related stories</h3><ul><li><a href='/a'>Another story about roads</a></li></ul></aside></main>"
    )
    art = cleaner.clean(html)
    assert art.paragraphs == [PARA, PARA2]
    assert any(r["text"] == "Share on Facebook" and r["filter"] in ("content", "boxes") for r in art.removed)


def test_declared_charset_in_meta_is_used() -> None:
    html = "<html><head><meta charset='iso-8859-1'></head><body><article><p>Caf\xe9 owners in Montr\xe9al said the heat kept customers away all week long.</p></article></body></html>"
    art = cleaner.clean(html.encode("latin-1"))
    assert art.paragraphs == ["Café owners in Montréal said the heat kept customers away all week long."]


def test_wrong_declared_charset_is_survived() -> None:
    html = "<html><head><meta charset='iso-8859-1'></head><body><article><p>Café owners in Montréal said the heat kept customers away — all week.</p></article></body></html>"
    art = cleaner.clean(html.encode("utf-8"))
    assert "Café owners in Montréal" in art.text and "—" in art.text


def test_transport_charset_is_used_for_bytes() -> None:
    text = "東京の新しい橋は来月開通する予定だと市の担当者が火曜日に発表した。"
    html = f"<html><body><article><p>{text}</p></article></body></html>"
    art = cleaner.clean(html.encode("shift_jis"), encoding="shift_jis")
    assert art.text == text


def test_xhtml_with_xml_declaration_and_fragment_without_body() -> None:
    xhtml = (
        "<?xml version='1.0' encoding='utf-8'?><!DOCTYPE html><html xmlns='http://www.w3.org/1999/xhtml'>"
        f"<head><title>T</title></head><body><article><p>{PARA}</p></article></body></html>"
    )
    assert cleaner.clean(xhtml).paragraphs == [PARA]
    assert cleaner.clean(f"<div><p>{PARA}</p><p>{PARA2}</p></div>", kind="html").paragraphs == [PARA, PARA2]


def test_absurd_nesting_does_not_crash() -> None:
    deep = "<div>" * 100_000 + PARA + "</div>" * 100_000
    art = cleaner.clean(page(deep))
    assert isinstance(art.text, str)


def test_explain_lists_every_dropped_block_with_filter_and_reason() -> None:
    html = article(
        f"<p>{PARA}</p><div class='newsletter-box'><p>Sign up for our newsletter</p></div><p>{PARA2}</p>"
    )
    art = cleaner.clean(html)
    removed = [e for e in art.explain() if e["action"] == "removed"]
    assert {e["text"] for e in removed} >= {"Home News", "© Site", "Sign up for our newsletter"}
    assert all(e["filter"] and e["reason"] for e in removed)


def test_profile_detected_from_canonical_host() -> None:
    head = "<link rel='canonical' href='https://www.inkl.com/news/bridge-to-close'>"
    art = cleaner.clean(page(f"<article><p>{PARA}</p></article>", head))
    assert art.profile == "inkl"


# -- div soup: what only styles and images say -----------------------------------------
SOUP_CSS = (
    "<style>.a1 .t9{font:700 36px/1.1 Georgia,serif}.a1 .p3{font-size:18px}"
    ".a1 .s5{font-size:20px}.a1 .m2{font-size:13px}</style>"
)


SOUP3 = (
    "Shops on the quay say trade has already fallen by a third since the first lane closed in "
    "the spring, and the chamber of commerce has asked for a parking discount during the works."
)


def soup(top: str, after: str = "") -> str:
    return page(
        f"<div class='a1'>{top}<div class='p3'>{PARA}</div><div class='p3'>{PARA2}</div>"
        f"<div class='p3'>{SOUP3}</div>{after}</div>",
        head=SOUP_CSS,
    )


def test_headline_known_only_by_its_type_size_is_the_title() -> None:
    art = cleaner.clean(
        soup("<div class='m2'>Tuesday</div><div class='t9'>Bridge closes for eighteen months</div>")
    )
    assert art.title == "Bridge closes for eighteen months"
    assert "Bridge closes for eighteen months" not in art.paragraphs
    block = next(b for b in art.document.blocks if b.text == art.title)
    assert block.last_label is not None and "largest type" in block.last_label.reason


def test_body_sized_first_line_is_not_taken_for_a_headline() -> None:
    # same size as the body: no evidence it is a headline, so it stays text
    art = cleaner.clean(soup("<div class='p3'>Bridge closes for eighteen months</div>"))
    assert art.title is None
    assert "Bridge closes for eighteen months" in art.paragraphs


def test_aria_heading_is_a_heading() -> None:
    art = cleaner.clean(
        article(
            f"<h1>Bridge closes</h1><p>{PARA}</p><div role='heading' aria-level='3'>The detour</div><p>{PARA2}</p>"
        )
    )
    assert "### The detour" in art.to_markdown()


def test_logo_beside_its_name_is_the_publisher_not_an_author() -> None:
    top = (
        "<div class='m2'><img src='l.png' alt='Harbour Gazette'><span>Harbour Gazette</span></div>"
        "<div class='t9'>Bridge closes for eighteen months</div>"
        "<div class='s5'>Drivers face a long detour while the steel deck is replaced.</div>"
        "<div class='m2'>By Ana Ruiz</div>"
    )
    art = cleaner.clean(soup(top))
    assert art.publisher == "Harbour Gazette"
    assert art.authors == ["Ana Ruiz"]
    assert art.standfirst == ["Drivers face a long detour while the steel deck is replaced."]
    assert art.paragraphs[0] == PARA


def test_author_avatar_with_byline_is_not_a_publisher() -> None:
    top = (
        "<div class='t9'>Bridge closes for eighteen months</div>"
        "<div class='m2'><img src='a.jpg' alt='Ana Ruiz'><span>By Ana Ruiz</span></div>"
    )
    art = cleaner.clean(soup(top))
    assert art.authors == ["Ana Ruiz"]
    assert art.publisher is None


def test_adjacent_controls_are_separate_words_but_split_words_stay_joined() -> None:
    art = cleaner.clean(
        article(
            f"<h1>Bridge closes</h1><div class='bar'><span>Like</span><span>Comment</span><span>Share</span></div>"
            f"<p><span class='dropcap'>T</span>he council met. Dmitrien<i>ko</i> spoke. {PARA}</p><p>{PARA2}</p>"
        )
    )
    assert art.paragraphs[0].startswith("The council met. Dmitrienko spoke.")
    removed = {r["text"]: r["filter"] for r in art.removed}
    assert "Like Comment Share" in removed  # a row of action buttons, not text


def test_byline_and_date_lines_in_one_header_box() -> None:
    art = cleaner.clean(
        article(
            "<h1>Bridge closes for eighteen months</h1>"
            "<div class='meta'>By Hélène Darrieux and Timothée Ravel<br>"
            "Published on February 26, 2024, at 5:41 pm (Paris)</div>"
            f"<p>{PARA}</p><p>{PARA2}</p>"
        )
    )
    assert art.authors == ["Hélène Darrieux", "Timothée Ravel"]
    assert art.date == "2024-02-26"
    assert art.paragraphs == [PARA, PARA2]


def test_translation_note_is_provenance_not_body() -> None:
    note = (
        "Translation of an original article published in French on lemonde.fr; "
        "the publisher may only be liable for the French version."
    )
    art = cleaner.clean(article(f"<h1>Bridge closes</h1><p>{PARA}</p><p>{PARA2}</p><p>{note}</p>"))
    assert art.paragraphs == [PARA, PARA2]
    assert art.publisher is None  # a domain names the site, not the publisher
    assert any(e["text"] == note and "provenance" in e["reason"] for e in art.explain())


def test_section_label_and_headline_above_the_container() -> None:
    html = page(
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        "<div class='top'><span>World</span></div><h1>Bridge closes for eighteen months</h1>"
        f"<div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>",
        head="<meta property='og:title' content='Bridge closes for eighteen months'>",
    )
    art = cleaner.clean(html)
    assert art.section == "World"
    assert art.title == "Bridge closes for eighteen months"
    assert art.paragraphs == [PARA, PARA2, SOUP3]


def test_source_logo_alone_names_the_publisher_but_an_aggregator_logo_does_not() -> None:
    top = (
        "<div class='m2'><img src='/static/msn-logo.svg' alt='MSN'></div>"
        "<div class='m2'><img src='https://cdn.example/publisher/hg/logo.png' alt='Harbour Gazette logo'>"
        "<span>2h ago</span></div><div class='t9'>Bridge closes for eighteen months</div>"
    )
    art = cleaner.clean(soup(top))
    assert art.publisher == "Harbour Gazette"
    # a photo's alt text is a description, never a publisher
    art = cleaner.clean(
        soup("<div class='m2'><img src='/p/1.jpg' alt='Cars queue at the bridge'><span>2h ago</span></div>")
    )
    assert art.publisher is None


@pytest.mark.parametrize(
    ("site_name", "alt", "want"),
    [
        ("WKRN", "WKRN News 2", "WKRN News 2"),  # the logo's longer form of the stated name
        ("KOIN", "KOIN-TV 6 Portland", "KOIN-TV 6 Portland"),
        ("Harbour Gazette", "Harbour Gazette", "Harbour Gazette"),
        # another name entirely, or one that only starts with the same letters, is no fuller form
        ("Harbour Gazette", "Northern Post", "Harbour Gazette"),
        ("KOIN", "KOINonia Weekly", "KOIN"),
    ],
)
def test_the_logos_fuller_form_of_the_stated_publisher_wins(site_name: str, alt: str, want: str) -> None:
    head = f"<meta property='og:site_name' content='{site_name}'>"
    top = (
        f"<div class='m2'><a href='/'><img src='https://cdn.example/assets/logos/x.png' alt='{alt}'></a></div>"
        "<div class='t9'>Bridge closes for eighteen months</div>"
    )
    html = soup(top).replace("<head><meta charset='utf-8'>", f"<head><meta charset='utf-8'>{head}")
    assert cleaner.clean(html).publisher == want


def test_a_credit_line_is_never_the_publisher() -> None:
    # 'Credit: KOIN' under a video names who shot it; the stated name stays
    assert not publisher_like("Credit: KARE")
    assert not publisher_like("Photo: The Irish Times")


def test_div_soup_article_beats_a_short_summary_box_under_the_headline() -> None:
    # every paragraph is its own <div> (no <p>): the column of them is the article, not the
    # three-line summary box that sits right under the headline
    paras = [
        PARA,
        PARA2,
        SOUP3,
        "Engineers first raised concerns about the deck in a report to the council in 2019, "
        "warning that salt spray had reached the reinforcing bars in several places.",
        "The works are expected to cost about nine million pounds, most of it from a national "
        "fund for ageing bridges, and the council will pay the rest from its reserves.",
    ]
    body = "".join(f"<div>{p}</div>" for p in paras)
    html = page(
        "<h1>Bridge closes for eighteen months</h1>"
        "<div class='summary-box'><div>Summary by Some Aggregator</div>"
        "<div>• The bridge shuts for a year and a half while steel is replaced, officials say.</div>"
        "<div>• Buses will stop on Harbour Street instead during the works, the office says.</div></div>"
        f"<div class='source-panel'><div class='col'>{body}</div></div>"
    )
    art = cleaner.clean(html)
    assert art.paragraphs == paras


def headed(meta: str) -> str:
    """A headline and meta lines in one box, the body in another (the container)."""
    return page(
        f"<div class='top'><h1>Bridge closes for eighteen months</h1>{meta}</div>"
        f"<div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )


def test_bylines_above_the_container_linked_or_with_a_role_but_not_a_place() -> None:
    linked = "<div>Story by <a href='/a/hc'>Harriet Cole</a>, <a href='/a/rm'>Ravi Menon</a></div>"
    assert cleaner.clean(headed(linked)).authors == ["Harriet Cole", "Ravi Menon"]
    assert cleaner.clean(headed("<div>Sipho Mbeki | Staff Writer</div>")).authors == ["Sipho Mbeki"]
    assert cleaner.clean(headed("<div>Washington, United States</div>")).authors == []


def test_page_headline_inside_a_dressed_up_stated_title_wins() -> None:
    html = page(
        "<div class='hdr'><div style='font-size:28px'>Bridge closes for eighteen months in harbour town</div></div>"
        f"<div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>",
        head="<title>PressReader - Harbour Gazette - 2024-09-12 - Bridge closes for eighteen months in harbour town</title>",
    )
    assert cleaner.clean(html).title == "Bridge closes for eighteen months in harbour town"


def test_menu_words_and_the_aggregator_name_are_not_sections() -> None:
    for label in ("Home", "News"):
        html = page(
            f"<div class='top'><span>{label}</span></div><h1>Bridge closes for eighteen months</h1>"
            f"<div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>",
            head="<meta name='apple-itunes-app' content='app-id=1066498020'>"
            "<link rel='canonical' href='https://apple.news/AbCdEf'>",
        )
        art = cleaner.clean(html)
        assert art.section is None, label


def test_date_from_embedded_page_data_when_nothing_else_states_one() -> None:
    blob = '{"props":{"doc":{"title":"x","publishedDateTime":"2024-03-12T07:15:00Z","createdAt":"2019-01-01T00:00:00Z"}}}'
    html = article(f"<h1>Bridge closes</h1><p>{PARA}</p><p>{PARA2}</p>").replace(
        "</body>", f"<script id='__NEXT_DATA__' type='application/json'>{blob}</script></body>"
    )
    art = cleaner.clean(html)
    assert art.date == "2024-03-12"
    # a stated meta tag wins over the app data
    art = cleaner.clean(
        html.replace("<head>", "<head><meta property='article:published_time' content='2024-03-10'>")
    )
    assert art.date == "2024-03-10"


@pytest.mark.parametrize(
    ("attr", "want"),
    [
        ("data-timestamp='1709744400000'", "2024-03-06"),  # milliseconds
        ("data-timestamp='1710256320'", "2024-03-12"),  # seconds
        ("data-published='2024-03-05T09:00:00+01:00'", "2024-03-05"),
    ],
)
def test_date_from_a_timed_elements_attribute_when_the_text_is_relative(attr: str, want: str) -> None:
    html = article(f"<h1>Bridge closes</h1><div><span {attr}>2d</span></div><p>{PARA}</p><p>{PARA2}</p>")
    assert cleaner.clean(html).date == want


def test_date_from_a_unix_time_in_embedded_page_data() -> None:
    blob = '{"props":{"article":{"title":"x","publishedAt":1722242520,"site":{"name":"Harbour"}}}}'
    html = article(f"<h1>Bridge closes</h1><p>{PARA}</p><p>{PARA2}</p>").replace(
        "</body>", f"<script id='__NEXT_DATA__' type='application/json'>{blob}</script></body>"
    )
    assert cleaner.clean(html).date == "2024-07-29"


def test_bare_author_name_under_the_headline_beside_the_date() -> None:
    row = "<div><a href='/a/kl'>Kerrigan Lachance</a></div><div>Posted: Jul 12, 2024 4:00 AM</div>"
    art = cleaner.clean(headed(row))
    assert art.authors == ["Kerrigan Lachance"] and art.date == "2024-07-12"
    # a name with nothing beside it may be anything (a person in the news, a place): not an author
    assert cleaner.clean(headed("<div><a href='/t/kl'>Kerrigan Lachance</a></div>")).authors == []


def test_byline_with_reading_time_under_a_dek_is_not_body() -> None:
    dek = "Drivers face a long detour while the deck is rebuilt, the council says."
    html = article(
        f"<h1>Bridge closes for eighteen months</h1><p class='x1'>{dek}</p>"
        f"<div>Ines Carvalho · 4 min read</div><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p>"
    )
    art = cleaner.clean(html)
    assert art.authors == ["Ines Carvalho"]
    assert art.paragraphs == [PARA, PARA2, SOUP3]
    # a sentence with a middle dot inside the article stays
    odd = "Officials · who asked not to be named · said the work would take 4 min read of the plans."
    assert odd in cleaner.clean(article(f"<h1>Bridge</h1><p>{PARA}</p><p>{odd}</p><p>{PARA2}</p>")).paragraphs


def test_role_and_place_lines_under_the_byline_are_not_body() -> None:
    for row in (
        "<div>Brynn Castellanos</div><div>Reporter, KSL.com</div><div>3h ago</div>",
        "<div>By Hanna Rossi</div><div>Washington, United States</div>",
        "<div>HANNA ROSSI STAFF REPORTER</div>",
    ):
        art = cleaner.clean(
            page(
                "<h1>Bridge closes for eighteen months</h1>"
                f"<div class='story-body'>{row}<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
            )
        )
        assert art.paragraphs == [PARA, PARA2, SOUP3], row


def test_section_label_beside_a_badge_is_the_section_not_body() -> None:
    top = "<div class='labels'><a href='/t/env'>Environment</a> <span class='badge'>Free article</span></div>"
    html = page(
        f"<div class='top'>{top}<h1>Bridge closes for eighteen months</h1></div>"
        f"<div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    art = cleaner.clean(html)
    assert art.section == "Environment"
    assert art.paragraphs == [PARA, PARA2, SOUP3]
    # the same row inside the article's own element
    art = cleaner.clean(
        article(f"{top}<h1>Bridge closes for eighteen months</h1><p>{PARA}</p><p>{PARA2}</p>")
    )
    assert art.section == "Environment" and art.paragraphs == [PARA, PARA2]


def test_section_link_just_above_the_headline_inside_the_article() -> None:
    menu = "<ul><li><a href='/n'>World</a></li><li><a href='/h'>Health</a></li><li><a href='/s'>Science</a></li></ul>"
    body = f"<div class='cover'><a class='lbl' href='/h'>Health</a><h1>Bridge closes for eighteen months</h1></div><p>{PARA}</p><p>{PARA2}</p>"
    ad = "<div class='ad'>Advertisement</div>"
    art = cleaner.clean(page(f"<nav>{menu}</nav>{ad}<article>{body}</article>"))
    assert art.section == "Health" and art.paragraphs == [PARA, PARA2]
    # straight under the menu, the same word is one more menu item
    assert cleaner.clean(page(f"<nav>{menu}</nav><article>{body}</article>")).section is None


def test_amp_document_without_the_viewer_gets_the_amp_profile_unless_another_claims_it() -> None:
    body = f"<body><article><h1>Bridge closes</h1><p>{PARA}</p><p>{PARA2}</p></article></body>"
    assert (
        cleaner.clean(f"<!doctype html><html ⚡ lang='en'><head></head>{body}</html>").profile == "ampviewer"
    )
    assert cleaner.clean(f"<!doctype html><html amp><head></head>{body}</html>").profile == "ampviewer"
    assert cleaner.clean(page(body)).profile == "generic"
    flip = "<head><meta property='og:site_name' content='Flipboard'></head>"
    assert cleaner.clean(f"<!doctype html><html amp>{flip}{body}</html>").profile == "flipboard"


def test_a_dash_or_bullet_typed_in_a_list_item_is_its_marker_but_dialogue_keeps_its_dash() -> None:
    dialogue = "– We cannot wait another winter – said Ana Ruiz, who runs the ferry kiosk on the quay."
    html = article(
        f"<h1>Ferry users want changes</h1><p>{PARA}</p><p>Riders also ask for:</p>"
        "<ul style='list-style:none'><li>– a text alert when a crossing is late;</li>"
        "<li>• a heated shelter on the quay.</li></ul>"
        f"<p>{dialogue}</p><p>{PARA2}</p>"
    )
    art = cleaner.clean(html)
    assert art.paragraphs == [
        PARA,
        "Riders also ask for:",
        "a text alert when a crossing is late;",
        "a heated shelter on the quay.",
        dialogue,
        PARA2,
    ]
    assert "- a text alert when a crossing is late;" in art.to_markdown()


@pytest.mark.parametrize(
    ("links", "authors"),
    [
        (
            "<a href='/author/jana-kos/'>Jana Kos</a> <a href='/author/dragan-mir/'>Dragan Mir</a>",
            ["Jana Kos", "Dragan Mir"],
        ),
        (
            "By <a href='https://h.example/autor/ana-ruiz'>Ana Ruiz</a> and <a href='/staff/tom-lee'>Tom Lee</a>",
            ["Ana Ruiz", "Tom Lee"],
        ),
        # each author on a line of their own, a known outlet's name beside the link
        (
            "<a href='/auteurs/lea-roy'>Léa Roy</a> <span>The Guardian</span></div><div class='by'>"
            "<a href='/auteurs/paul-gras'>Paul Gras</a> <span>The Guardian</span>",
            ["Léa Roy", "Paul Gras"],
        ),
        # a name written on its mail address, her job beside it
        ("<a href='mailto:kirsty@x.example'>Kirsty Muir</a> Local Democracy Reporter", ["Kirsty Muir"]),
        # links to topics, or a line with more than the names in it, name nobody
        ("<a href='/topic/ferries/'>Ferries</a> · <a href='/topic/ports/'>Ports</a>", []),
        ("<a href='/author/jana-kos/'>Jana Kos</a> reports from the river", []),
    ],
)
def test_a_line_of_links_to_author_pages_is_the_byline(links: str, authors: list[str]) -> None:
    html = page(
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
        f"<div class='top'><h1>Ferry terminal roof to be replaced</h1><div class='by'>{links}</div>"
        "<div class='bureau'>BIRN Harbour</div><div class='when'>14 May 2024 13:02</div></div>"
        f"<div class='story'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    art = cleaner.clean(html)
    assert art.authors == authors
    assert art.date == "2024-05-14"
    if authors:  # the bureau line between byline and date is no body either
        assert art.paragraphs == [PARA, PARA2, SOUP3]


def test_an_author_box_named_by_its_test_id_is_no_body() -> None:
    """React pages leave the class a hash and name the part in data-testid."""
    box = (
        "<div class='css-1yw0' data-testid='author-box'><div>Odile Marchetti (harbour desk)</div>"
        "<div>Odile Marchetti has reported on the harbour since 2015. She lives on the quay.</div></div>"
    )
    html = article(f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{PARA2}</p>{box}")
    assert cleaner.clean(html).paragraphs == [PARA, PARA2]


def test_linked_authors_beside_the_stated_publishers_name() -> None:
    by = (
        "<div class='by'><a href='/auteurs/lea-roy'>Léa Roy</a> <span>Le Droit</span></div>"
        "<div class='by'><a href='/auteurs/paul-gras'>Paul Gras</a> <span>Le Droit</span></div>"
    )
    html = page(
        f"<div class='top'><h1>Le traversier reprend du service</h1><p class='x'>{PARA2}</p>{by}"
        "<div class='when'>14 mai 2024</div></div>"
        f"<div class='story'><p>{PARA}</p><p>{SOUP3}</p></div>",
        head="<meta property='og:site_name' content='Le Droit'>",
    )
    assert cleaner.clean(html).authors == ["Léa Roy", "Paul Gras"]


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        (
            "<div class='Byline_root__x1'><span class='Byline_name__a2'>Maite Ona</span><span class='Byline_loc__b3'>Tudela</span></div>",
            ["Maite Ona"],
        ),
        (
            "<div class='c-byline'><span class='c-byline__name'>Ana Ruiz</span> <span class='c-byline__role'>Harbour desk</span></div>",
            ["Ana Ruiz"],
        ),
        # a name-classed element outside a byline box proves nothing
        ("<div class='promo'><span class='promo__name'>Harbour Plus</span> Tudela</div>", []),
    ],
)
def test_the_element_classed_as_a_name_in_a_byline_box_is_the_author(box: str, authors: list[str]) -> None:
    html = page(
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
        f"<div class='top'><h1>Ferry terminal roof to be replaced</h1>{box}</div>"
        f"<div class='story'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    assert cleaner.clean(html).authors == authors


@pytest.mark.parametrize(
    ("value", "publisher"),
    [("Tidewater Quarterly", "Tidewater Quarterly"), ("https://www.facebook.com/tidewaterquarterly", None)],
)
def test_a_name_in_article_publisher_is_the_publisher_an_address_is_not(
    value: str, publisher: str | None
) -> None:
    head = f"<meta property='article:publisher' content='{value}'>"
    html = page(
        f"<article><h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{PARA2}</p></article>",
        head=head,
    )
    assert cleaner.clean(html).publisher == publisher


@pytest.mark.parametrize(
    ("wrap", "paywalled"),
    [
        (
            "<aside class='side'><section class='upsell'>{}</section></aside>",
            False,
        ),  # an upsell card beside it
        ("<div class='col sidebar'>{}</div>", False),
        ("<section class='after'>{}</section>", True),  # right after the article: the cut
        ("<aside class='paywall'>{}</aside>", True),  # an <aside> that IS the wall
    ],
)
def test_a_wall_card_in_the_sidebar_is_no_cut(wrap: str, paywalled: bool) -> None:
    card = "<h3>Read more with Newsly</h3><p>Unlimited access to thousands of stories.</p><a href='/plans'>Try it free</a>"
    html = page(
        f"<main><article><h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{PARA2}</p>"
        f"<p>{SOUP3}</p></article>{wrap.format(card)}</main>"
    )
    art = cleaner.clean(html)
    assert art.paywalled is paywalled
    assert art.paragraphs == [PARA, PARA2, SOUP3]


def test_googles_viewer_bar_alone_marks_the_amp_viewer_and_a_dotted_date_is_no_domain() -> None:
    # the viewer's bar: a banner whose close button goes back to Google's results, the
    # source's domain beside it; the AMP page is inlined without the amp attribute
    bar = (
        "<div role='banner'><a role='button' aria-label='Close' href='https://www.google.com/search?q=bridge'>×</a>"
        "<span>harbour.example</span></div>"
    )
    body = (
        f"<body>{bar}<article><h1>Bridge closes for eighteen months</h1><div class='by'>By Jane Doe</div>"
        f"<div class='meta'><span class='date'>04.23.2024</span></div><p>{PARA}</p><p>{PARA2}</p></article></body>"
    )
    art = cleaner.clean(f"<!doctype html><html lang='en'><head></head>{body}</html>")
    assert art.profile == "ampviewer"
    assert art.date == "2024-04-23"
    assert art.paragraphs == [PARA, PARA2]
    # a banner with a search link of the site's own is no viewer
    own = body.replace("https://www.google.com/search?q=bridge", "/search?q=bridge")
    assert cleaner.clean(f"<!doctype html><html lang='en'><head></head>{own}</html>").profile == "generic"


def test_a_class_holding_most_of_the_prose_marks_paragraphs_not_a_box() -> None:
    paras = [PARA, PARA2, SOUP3]
    wrapped = "".join(f"<div class='section utility__text'><p>{p}</p></div>" for p in paras)
    promo = "Sign up for our morning newsletter and get the day's top stories in your inbox every day."
    html = article(f"<h1>Bridge closes</h1>{wrapped}<div class='newsletter'><p>{promo}</p></div>")
    art = cleaner.clean(html)
    assert art.paragraphs == paras
    # the same word on a box that holds a minority of the prose still drops it
    html = article(
        f"<h1>Bridge closes</h1>{''.join(f'<p>{p}</p>' for p in paras)}<div class='utility'><p>{promo}</p></div>"
    )
    assert cleaner.clean(html).paragraphs == paras


def test_curator_avatar_and_line_are_not_author_or_publisher_the_source_lines_are() -> None:
    top = (
        "<div class='curator'><img class='avatar' src='/avatars/mk/s.jpg' alt='Mara Keane'>"
        "<div>Flipped into The Harbour Desk</div><div>by <a href='/@mk'>Mara Keane</a> · 2 days ago</div></div>"
        "<div class='src'>Harbour Gazette · Mar 4, 2024</div>"
        "<h1>Bridge closes for eighteen months</h1><div class='byl'>Tomas Hale · 5 min read</div>"
    )
    html = page(
        f"<div class='top'>{top}</div><div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>",
        head="<meta property='og:site_name' content='Flipboard'>",
    )
    art = cleaner.clean(html)
    assert art.authors == ["Tomas Hale"]
    assert art.publisher != "Mara Keane"
    assert art.date == "2024-03-04"
    assert art.paragraphs == [PARA, PARA2, SOUP3]


def test_the_headline_at_the_article_beats_an_aggregators_own_headline_far_above() -> None:
    mine = "Council Shuts Harbour Bridge for Repairs"
    theirs = "Harbour bridge to close for 18 months after steel found corroded"
    html = page(
        f"<div class='story'><h1>{mine}</h1><div>Published 3 hours ago</div><div>L 40%</div><div>C 60%</div>"
        "<h2>Summary by Aggregator</h2><ul><li>The bridge shuts for repairs.</li><li>Buses divert.</li></ul>"
        "<div>Harbour Gazette · Center</div></div>"
        f"<div class='reader'><div>Education</div><h2>{theirs}</h2>"
        "<div>Ines Carvalho Education Reporter ines@gazette.example · @inescarv</div>"
        f"<div class='article-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div></div>",
        head=f"<meta property='og:title' content='{mine}'>",
    )
    art = cleaner.clean(html)
    assert art.title == theirs
    assert art.authors == ["Ines Carvalho"] and art.section == "Education"
    assert art.paragraphs == [PARA, PARA2, SOUP3]
    # an ordinary page: a subheading right above the text is not the headline
    plain = article(
        f"<h1>{mine}</h1><div>By Ines Carvalho</div><h2>The repairs</h2><p>{PARA}</p><p>{PARA2}</p>"
    )
    assert cleaner.clean(plain).title == mine


def test_publisher_section_and_author_with_handle_above_the_headline() -> None:
    top = (
        "<div class='pub'>Harbour Evening News</div><div class='sec'>UK News</div>"
        "<div class='au'><a href='/a/ik'>Ines Carvalho</a></div><div>Local Democracy Reporting Service</div>"
        "<div><a href='https://x.com/InesC_LDRS'>@InesC_LDRS</a></div>"
    )
    html = page(
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div class='app'><div>Get all your news in one"
        " place.</div><div>One app.</div><div>Start reading</div><div>Sign in</div></div>"
        f"<div class='top'>{top}"
        "<h1>Bridge closes for eighteen months</h1></div>"
        f"<div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    art = cleaner.clean(html)
    assert art.authors == ["Ines Carvalho"]
    assert art.publisher == "Harbour Evening News"
    assert art.section == "UK News"
    # a name above the headline with only a date beside it is a topic tag, not a byline
    tag = page(
        "<div class='top'><div><a href='/t/kl'>Kerrigan Lachance</a></div><div>3h ago</div>"
        f"<h1>Bridge closes for eighteen months</h1></div><div class='story-body'><p>{PARA}</p><p>{PARA2}</p></div>"
    )
    assert cleaner.clean(tag).authors == []


def test_dek_linked_byline_and_outlet_role_line_under_the_headline() -> None:
    dek = "Officials had budgeted for far fewer closures in the first year of the works."
    html = article(
        f"<h1>Bridge closes for eighteen months</h1><p>{dek}</p>"
        "<div>By <a href='/a/ic'>Ines Carvalho</a></div><div>Harbour Gazette transport reporter</div>"
        f"<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p>"
    )
    art = cleaner.clean(html)
    assert art.authors == ["Ines Carvalho"]
    assert art.paragraphs == [PARA, PARA2, SOUP3]


def test_credit_line_beside_the_figcaption_inside_the_figure_is_its_credit() -> None:
    fig = (
        "<figure><img src='a.jpg'><figcaption>Crews inspect the deck on Monday.</figcaption>"
        "<script>var slot = 'ad unit';</script><div hidden>Buy this photo</div>"
        "<div class='small'>Dana Holt/Harbour Gazette</div></figure>"
    )
    art = cleaner.clean(article(f"<p>{PARA}</p>{fig}<p>{PARA2}</p>"))
    assert art.captions == [
        {"text": "Crews inspect the deck on Monday.", "credit": "Dana Holt/Harbour Gazette"}
    ]
    assert art.paragraphs == [PARA, PARA2]


def test_lead_photo_caption_above_the_container() -> None:
    lead = (
        "<div class='lead'><img src='/p/lead.jpg' alt=''>"
        "<div>Crews inspect the corroded deck on Monday. (Photo by Dana Holt)</div></div>"
    )
    html = page(
        f"<div class='top'><h1>Bridge closes for eighteen months</h1><div>By Ines Carvalho</div>{lead}</div>"
        f"<div class='wrap'><div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
        "<div class='more'><p>More from the Gazette</p><ul><li><a href='/1'>Ferry link promised</a></li>"
        "<li><a href='/2'>Harbour walls repaired</a></li></ul></div></div>"
    )
    art = cleaner.clean(html)
    lead_line = next(b for b in art.document.blocks if b.text.startswith("Crews inspect"))
    assert lead_line.trace[0].filter == "content"  # set aside with the header, then read back
    assert art.captions == [{"text": "Crews inspect the corroded deck on Monday.", "credit": "Dana Holt"}]
    assert art.paragraphs == [PARA, PARA2, SOUP3]


def test_an_update_time_dates_the_article_only_when_nothing_else_does() -> None:
    header = "<h1>Bridge closes for eighteen months</h1><p class='byline'>By Hélène Darrieux</p>"
    updated = "<div class='stamp'>Last updated: Tuesday, 5 March 2024, 9:02 am</div>"
    published = "<div class='stamp'>Posted Mon, March 4, 2024</div>"
    art = cleaner.clean(article(header + updated + published + f"<p>{PARA}</p><p>{PARA2}</p>"))
    assert art.date == "2024-03-04"
    art = cleaner.clean(article(header + updated + f"<p>{PARA}</p><p>{PARA2}</p>"))
    assert art.date == "2024-03-05"


def test_a_profile_time_element_saying_updated_yields_to_the_published_date() -> None:
    ld = json.dumps(
        {"@type": "NewsArticle", "headline": "Bridge closes", "datePublished": "2024-03-04T21:00:00Z"}
    )
    html = page(
        "<div id='ybar'>Yahoo News</div><article class='caas-container'><header><h1>Bridge closes</h1></header>"
        "<div class='caas-attr-meta'><time datetime='2024-03-06T08:00:00Z'>Updated Wed, March 6, 2024</time></div>"
        f"<div class='caas-body'><p>{PARA}</p><p>{PARA2}</p></div></article>",
        head=f"<script type='application/ld+json'>{ld}</script>",
    )
    art = cleaner.clean(html)
    assert art.profile == "yahoo" and art.date == "2024-03-04"


@pytest.mark.parametrize(
    ("stated", "shown", "want"),
    [
        ("2024-01-13T00:12:41Z", "Published: 6:12 PM CST January 12, 2024", "2024-01-12"),  # west of UTC
        ("2024-01-12T22:30:00+00:00", "Veröffentlicht am 13. Januar 2024, 07:30 Uhr", "2024-01-13"),  # east
        (
            "2024-01-13T15:00:00Z",
            "Published: January 12, 2024",
            "2024-01-13",
        ),  # mid-day UTC: no zone does that
        (
            "2024-01-13T00:12:41-06:00",
            "Published: January 12, 2024",
            "2024-01-13",
        ),  # not UTC: taken as stated
        ("2024-01-13T00:12:41Z", "Published: January 10, 2024", "2024-01-13"),  # days off: not a time zone
        # shown only as an update time: the day before speaks (published no later than updated) …
        ("2024-01-13T03:40:00Z", "Updated: 9:15 PM PST Jan 12, 2024", "2024-01-12"),
        # … the day after does not (the update may be a day later)
        ("2024-01-12T22:30:00Z", "Updated: 8:05 AM Jan 13, 2024", "2024-01-12"),
    ],
)
def test_a_utc_instant_gives_way_to_the_local_date_shown_a_day_off(
    stated: str, shown: str, want: str
) -> None:
    head = f"<meta property='article:published_time' content='{stated}'>"
    body = f"<h1>Bridge closes for eighteen months</h1><div class='dateline'>{shown}</div><p>{PARA}</p><p>{PARA2}</p>"
    art = cleaner.clean(page(f"<article>{body}</article>", head=head))
    assert art.date == want


@pytest.mark.parametrize(
    "embed",
    [
        "<blockquote class='twitter-tweet'><p>Crews are on the bridge deck now. Expect delays on Harbour Street "
        "all afternoon.</p></blockquote>",
        "<amp-twitter data-tweetid='1'><blockquote placeholder><p>Crews are on the bridge deck now. Expect "
        "delays on Harbour Street all afternoon.</p></blockquote></amp-twitter>",
    ],
)
def test_embedded_social_posts_stay_in_place_as_quotes(embed: str) -> None:
    # the article quotes them ("See the council's post:"); Scrapinghub's human truth keeps them too
    art = cleaner.clean(article(f"<h1>Bridge closes</h1><p>{PARA}</p>{embed}<p>{PARA2}</p>"))
    assert art.paragraphs == [
        PARA,
        "Crews are on the bridge deck now. Expect delays on Harbour Street all afternoon.",
        PARA2,
    ]
    assert "> Crews are on the bridge deck now." in art.to_markdown()


def test_a_block_of_br_lines_is_chrome_when_every_line_is() -> None:
    art = cleaner.clean(
        article(
            f"<h1>Bridge closes</h1><p>{PARA}</p><p>{PARA2}</p>"
            "<p>m.ortega@harbourgazette.example<br>(END)</p>"
            "<p>The mayor can be reached at city hall.<br>(END)</p>"
        )
    )
    assert art.paragraphs == [PARA, PARA2, "The mayor can be reached at city hall.\n(END)"]
    assert any(r["text"].startswith("m.ortega@") and "every line" in r["reason"] for r in art.removed)


def test_a_reporters_name_in_brackets_closing_the_article_is_its_byline() -> None:
    paras = "".join(
        f"<p>{t}</p>"
        for t in (
            "市は来年度、駅前の商店街に新しい屋根を設ける計画を発表した。総事業費は約12億円を見込む。",
            "商店街の振興組合によると、現在の屋根は設置から30年近くがたち、雨漏りが相次いでいた。",
            "組合の理事長は「買い物客が安心して歩ける通りにしたい」と話した。",
        )
    )
    art = cleaner.clean(
        page(
            f"<article><h1>駅前商店街に新屋根</h1>{paras}<p>（山田花子）</p></article><footer>© 新聞社</footer>"
        )
    )
    assert art.authors == ["山田花子"]
    assert "（山田花子）" not in art.paragraphs and len(art.paragraphs) == 3
    # a wire's sign-off is no author
    art = cleaner.clean(page(f"<article><h1>駅前商店街に新屋根</h1>{paras}<p>（共同）</p></article>"))
    assert art.authors == [] and "（共同）" not in art.paragraphs
    # a bracketed aside inside the article is not a signature
    art = cleaner.clean(page(f"<article><h1>駅前商店街に新屋根</h1><p>（写真あり）</p>{paras}</article>"))
    assert art.authors == [] and "（写真あり）" in art.paragraphs


def test_a_byline_set_in_capitals_gives_the_name_in_its_usual_case() -> None:
    art = cleaner.clean(
        article(
            f"<h1>Bridge closes</h1><p class='byline'>By MARIE-ÈVE O'NEILL</p><p>{PARA}</p><p>{PARA2}</p>"
        )
    )
    assert art.authors == ["Marie-Ève O'Neill"]


def test_korean_byline_linked_name_above_the_body() -> None:
    body = (
        "<p>(부산=뉴스통신) 이하늘 기자 = 부산시가 다음 달부터 심야 버스 노선 두 개를 새로 운행한다고 3일 밝혔다. 시는 "
        "승객이 많은 구간을 중심으로 배차 간격을 줄일 계획이다.</p><p>시 관계자는 시범 운행 결과를 보고 노선을 더 늘릴 "
        "수 있다고 말했다. 요금은 기존 심야 버스와 같다고 설명했다.</p>"
    )
    html = page(
        "<header><h1>부산시, 심야 버스 노선 2개 추가</h1><p class='info'><strong><a href='/r/1'>이하늘</a></strong>기자</p></header>"
        f"<article class='story'>{body}</article>"
    )
    art = cleaner.clean(html)
    assert art.authors == ["이하늘"]
    assert len(art.paragraphs) == 2 and art.paragraphs[0].startswith("(부산=뉴스통신)")


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (
            "PressReader - Harbour Gazette - 2024-02-28 - Bridge repair bill balloons to $84M",
            "Harbour Gazette",
        ),
        ("Bridge repair bill balloons to $84M | 港湾新聞 | SmartNews（スマートニュース）", "港湾新聞"),
        (
            "Bridge repair bill balloons to $84M - Gazzetta del Porto (Italy) - PressReader",
            "Gazzetta del Porto",
        ),
        # two other names: which one is the source is not known
        ("Bridge repair bill balloons to $84M | Harbour Gazette | Weekend Edition | Yahoo News", None),
    ],
)
def test_the_publisher_from_the_title_beside_the_headline(title: str, want: str | None) -> None:
    html = page(
        f"<article><h1>Bridge repair bill balloons to $84M</h1><p>{PARA}</p><p>{PARA2}</p></article>",
        head=f"<title>{title}</title>",
    )
    assert cleaner.clean(html).publisher == want


def test_a_staff_role_line_under_the_byline_is_not_a_second_author() -> None:
    art = cleaner.clean(
        article(
            "<h1>Bridge closes</h1><div class='byline'><div class='byline__name'>By <a href='/a/ana'>Ana Ruiz</a></div>"
            f"<div class='byline__role'>Gazette Staff Writer</div></div><p>{PARA}</p><p>{PARA2}</p>"
        )
    )
    assert art.authors == ["Ana Ruiz"]


def test_a_headline_keeps_its_ideographic_space_but_not_other_runs_of_whitespace() -> None:
    head = "<meta property='og:title' content='駅前商店街に新屋根\u3000来春完成へ'><title>Bridge\n  closes   today | Site</title>"
    art = cleaner.clean(
        page(f"<article><h1>駅前商店街に新屋根\u3000来春完成へ</h1><p>{PARA}</p></article>", head=head)
    )
    assert art.title == "駅前商店街に新屋根\u3000来春完成へ"
    from cleaner._model import squash_title

    assert squash_title(" Bridge\n  closes\u00a0 today\u3000") == "Bridge closes today"


@pytest.mark.parametrize("label", ["Société", "Wirtschaft", "Cronaca", "경제", "国際"])
def test_section_labels_in_other_languages_above_the_headline(label: str) -> None:
    html = page(
        f"<article><div class='kicker'>{label}</div><h1>Bridge closes for eighteen months</h1><p>{PARA}</p><p>{PARA2}</p></article>"
    )
    assert cleaner.clean(html).section == label


def test_edition_toolbar_date_over_the_headline_and_a_capitals_name_over_its_beat() -> None:
    html = page(
        "<div class='bar'><div>Harbour Evening News</div><div>14 Nov 2023 · C3</div><div>Listen</div>"
        "<div>Share</div></div><h1>Ferry terminal roof to be replaced</h1>"
        "<div class='who'><div>ODILE MARCHETTI</div><div>HARBOUR AFFAIRS REPORTER</div></div>"
        f"<div class='copy'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    art = cleaner.clean(html)
    assert art.date == "2023-11-14"
    assert art.authors == ["Odile Marchetti"]
    # a kicker set in capitals over the headline is no author: nothing role-like beside it
    kicker = page(
        "<div class='top'><div>FERRY SERVICES</div><h1>Ferry terminal roof to be replaced</h1></div>"
        f"<div class='copy'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    assert cleaner.clean(kicker).authors == []


@pytest.mark.parametrize(
    ("kicker", "section"),
    [
        ("Coastal Erosion", "Coastal Erosion"),
        ("WATER RIGHTS", "Water Rights"),
        ("Exclusive", None),  # a story kind, not a section
        ("Ärger um die Fähre", None),  # a German Dachzeile: a kicker, no section name
        ("Spanish", None),  # a language label over a translated story
        ("Nieuws", "Nieuws"),
    ],
)
def test_the_short_label_over_the_headline_is_a_kicker_not_body(kicker: str, section: str | None) -> None:
    html = page(
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><div class='ad'>Advertisement</div>"
        f"<article><div class='eyebrow'>{kicker}</div><h1>Ferry terminal roof to be replaced</h1>"
        f"<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></article>"
    )
    art = cleaner.clean(html)
    assert art.paragraphs == [PARA, PARA2, SOUP3]
    assert art.section == section
    (label,) = [b for b in art.document.blocks if b.text == kicker]
    assert label.role.value == "section"
    assert (
        "kicker" if section is None or section.lower() != "nieuws" else "section label"
    ) in label.last_label.reason


@pytest.mark.parametrize(
    ("over", "section"),
    [
        ("Science &amp; technology", "Science & technology"),  # a section then the story's own label
        ("Britain", None),  # a place, no section name
        ("Read this story", None),
    ],
)
def test_a_section_name_over_the_storys_own_label_is_the_section(over: str, section: str | None) -> None:
    html = page(
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
        f"<article><div class='hd'><span>{over}</span><span aria-hidden='true'>|</span>"
        "<span>Roofing trouble</span></div><h1>Ferry terminal roof to be replaced</h1>"
        f"<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></article>"
    )
    art = cleaner.clean(html)
    assert art.section == section
    assert art.paragraphs == [PARA, PARA2, SOUP3]


@pytest.mark.parametrize(
    "above",
    [
        "Harbour Evening News",
        "harbourevening.co.uk",
        "Home / Ferries / Terminals",
        "March 4, 2024",
        "Read Full Article",
        "Harbour Evening Follow",  # a source's name run into its Follow button
    ],
)
def test_a_site_name_a_domain_a_breadcrumb_or_a_date_over_the_headline_is_no_kicker(above: str) -> None:
    html = page(
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><div class='ad'>Advertisement</div>"
        f"<article><div class='eyebrow'>{above}</div><h1>Ferry terminal roof to be replaced</h1>"
        f"<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></article>",
        head="<meta property='og:site_name' content='Harbour Evening News'>",
    )
    assert cleaner.clean(html).section is None


@pytest.mark.parametrize(
    "player",
    [
        "<iframe src='https://www.youtube-nocookie.com/embed/abc' title='Ferry at dawn'></iframe>",
        "<amp-video-iframe src='https://v.example/1' layout='responsive' width='16' height='9'>"
        "<amp-img placeholder layout='fill' src='poster.jpg' alt=''></amp-img></amp-video-iframe>",
    ],
)
def test_a_video_players_caption_is_not_a_photo_caption(player: str) -> None:
    vid = page(
        f"<article><h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p>"
        f"<div class='media'>{player}<p class='media__caption'>Video: the old roof seen from the quay.</p></div>"
        f"<p>{PARA2}</p></article>"
    )
    art = cleaner.clean(vid)
    assert art.captions == [] and art.paragraphs == [PARA, PARA2]
    # the same caption under a photo is one
    photo = vid.replace(player, "<img src='roof.jpg' alt='The roof'>")
    assert [c["text"] for c in cleaner.clean(photo).captions] == ["Video: the old roof seen from the quay."]


def test_the_title_under_a_players_watch_label_is_a_teaser_not_body() -> None:
    card = (
        "<div class='card'><div class='thumb'><img src='t.jpg' alt=''><span>2:05</span></div>"
        "<div><div class='lbl'>Watch</div><div class='ttl'>Crews lift the old ferry ramp out of the water</div></div></div>"
    )
    art = cleaner.clean(
        article(f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p>{card}<p>{PARA2}</p>")
    )
    assert art.paragraphs == [PARA, PARA2]
    # a subheading after a paragraph that happens to end in 'watch' is not a card
    head = article(
        f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><h2>What to watch</h2><p>{PARA2}</p>"
    )
    assert cleaner.clean(head).paragraphs == [PARA, "What to watch", PARA2]


def test_a_subheading_quoting_a_few_words_said_later_is_kept_as_a_heading() -> None:
    said = "“It is the whole winter’s takings, gone in a month,” the owner said of the closure."
    html = article(
        f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><h2>‘The whole winter’s takings’</h2><p>{said}</p>"
    )
    assert cleaner.clean(html).paragraphs == [PARA, "‘The whole winter’s takings’", said]
    # a long line repeating a sentence in a quote box stays a pull quote
    quote = "<blockquote class='pullquote'>It is the whole winter’s takings, gone in a month</blockquote>"
    html = article(
        f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p>{quote}<p>{said}</p><p>{PARA2}</p>"
    )
    assert cleaner.clean(html).paragraphs == [PARA, said, PARA2]


def test_paragraphs_typed_with_bullets_are_list_items_without_the_bullet() -> None:
    items = [
        "Road closed from 7 p.m. nightly",
        "Buses divert via Quay Street",
        "Cyclists dismount on the ramp",
    ]
    typed = "".join(f"<p>• {t}</p>" for t in items)
    art = cleaner.clean(
        article(f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p>{typed}<p>{PARA2}</p>")
    )
    assert art.paragraphs == [PARA, *items, PARA2]
    assert "- Road closed from 7 p.m. nightly\n- Buses divert" in art.to_markdown()
    # a dash opening a paragraph is dialogue or an aside, not a bullet
    dash = "– Nous partirons demain, dit-il."
    art = cleaner.clean(
        article(f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{dash}</p><p>{PARA2}</p>")
    )
    assert dash in art.paragraphs


def test_a_byline_box_in_capitals_names_each_author() -> None:
    html = page(
        "<article><h1>Ferry terminal roof to be replaced</h1>"
        "<div class='byline'>MARIE-CLAIRE DUVAL AND OWEN FAIRWEATHER</div>"
        f"<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></article>"
    )
    assert cleaner.clean(html).authors == ["Marie-Claire Duval", "Owen Fairweather"]


def test_the_page_byline_names_the_author_when_the_author_meta_is_the_publisher() -> None:
    html = page(
        "<article><h1>Ferry terminal roof to be replaced</h1><div>By Nadia Brook, WQRT-TV</div>"
        f"<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></article>",
        head="<meta name='author' content='Harbour Evening News'><meta property='og:site_name' content='Harbour Evening News'>",
    )
    art = cleaner.clean(html)
    assert art.authors == ["Nadia Brook"]


def test_a_signature_closing_the_lead_paragraph_and_a_reporter_in_a_chinese_dateline() -> None:
    lead = "市は5日、駅前の商店街に新しい屋根を設ける計画を発表した。総事業費は約12億円を見込む。"
    rest = "".join(
        f"<p>{t}</p>"
        for t in (
            "商店街の振興組合によると、現在の屋根は設置から30年近くがたち、雨漏りが相次いでいた。",
            "組合の理事長は「買い物客が安心して歩ける通りにしたい」と話した。",
        )
    )
    art = cleaner.clean(
        page(f"<article><h1>駅前商店街に新屋根</h1><p>{lead}【田中一郎】</p>{rest}</article>")
    )
    assert art.authors == ["田中一郎"] and art.paragraphs[0] == lead
    # a bracketed note that is not a name closing a paragraph stays
    art = cleaner.clean(
        page(f"<article><h1>駅前商店街に新屋根</h1><p>{lead}【動画あり】</p>{rest}</article>")
    )
    assert art.paragraphs[0].endswith("【動画あり】") and art.authors == []
    zh = "（中央社記者林雅婷高雄5日電）高雄市政府今天表示，港區新建的渡輪碼頭將於下月啟用，預計每天可服務約八千名旅客。"
    more = "".join(
        f"<p>{t}</p>"
        for t in (
            "市府指出，碼頭工程歷時兩年，總經費約新台幣十二億元。",
            "交通局長表示，將同步增加公車班次，方便旅客轉乘。",
        )
    )
    art = cleaner.clean(
        page(f"<article><h1>高雄渡輪碼頭下月啟用</h1><p>{zh}</p>{more}</article>", lang="zh-Hant")
    )
    assert art.authors == ["林雅婷"] and art.paragraphs[0] == zh


def test_the_headline_at_the_article_with_a_name_over_its_role_and_dates_in_dutch_under_it() -> None:
    mine = "Council Shuts Harbour Bridge for Repairs"
    theirs = "Havenbrug gaat achttien maanden dicht voor herstel"
    html = page(
        f"<div class='story'><h1>{mine}</h1><div>Published 3 hours ago</div><div>L 40%</div><div>C 60%</div>"
        "<h2>Summary by Aggregator</h2><ul><li>The bridge shuts for repairs.</li><li>Buses divert.</li></ul>"
        "<div>Havenkrant · Center</div></div>"
        f"<div class='reader'><h2>{theirs}</h2><div>Femke Dijkstra</div><div>Verkeersverslaggever</div>"
        "<div>Geplaatst 4 juni 2024, 07:15</div><div>Aangepast 4 juni 2024, 09:02</div>"
        f"<div class='article-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div></div>",
        head=f"<meta property='og:title' content='{mine}'>",
    )
    art = cleaner.clean(html)
    assert art.title == theirs and art.date == "2024-06-04"
    assert art.paragraphs == [PARA, PARA2, SOUP3]


@pytest.mark.parametrize("hed", ["story-hed", "art-head", "c-title"])
def test_the_headline_at_the_article_in_a_div_classed_a_headline_with_a_standfirst_under_it(hed: str) -> None:
    mine = "Council Shuts Harbour Bridge for Repairs"
    theirs = "Harbour bridge to close for 18 months after steel found corroded"
    html = page(
        f"<div class='story'><h1>{mine}</h1><div>Published 3 hours ago</div><div>L 40%</div><div>C 60%</div>"
        "<h2>Summary by Aggregator</h2><ul><li>The bridge shuts for repairs.</li><li>Buses divert.</li></ul>"
        "<div>Harbour Gazette · Center</div></div>"
        f"<div class='reader'><div class='x-kick'><a href='/city/'>City</a></div><div class='{hed}'>{theirs}</div>"
        "<div class='x-dek'>Inspectors found the deck's steel worn through in three places.</div>"
        "<div>Ines Carvalho</div><div>Published 4 June 2024</div>"
        f"<div class='article-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div></div>",
        head=f"<meta property='og:title' content='{mine}'>",
    )
    art = cleaner.clean(html)
    assert art.title == theirs and art.section == "City" and art.authors == ["Ines Carvalho"]
    assert art.paragraphs == [PARA, PARA2, SOUP3]
    # the same line in a plain div is no headline: the page's own stays
    plain = cleaner.clean(html.replace(f"class='{hed}'", "class='x-line'"))
    assert plain.title == mine


def test_a_title_of_an_edition_name_and_date_is_no_headline_the_largest_type_is() -> None:
    head = "<title>PressReader - Harbour Evening News - 2024-06-04</title>"
    html = page(
        "<div class='bar'><div>Harbour Evening News</div><div>4 Jun 2024</div><div>Listen</div><div>Share</div>"
        "<div style='font-size:30px'>Ferry terminal roof to be replaced after storm</div></div>"
        f"<div class='copy' style='font-size:17px'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p><p>© Harbour Evening News</p></div>",
        head=head,
    )
    art = cleaner.clean(html)
    assert art.title == "Ferry terminal roof to be replaced after storm"
    assert art.publisher == "Harbour Evening News" and art.date == "2024-06-04"
    assert art.paragraphs == [PARA, PARA2, SOUP3]  # the rights line closing the text is not body


@pytest.mark.parametrize("cite", ["— Odile Marchetti, harbour master", "Odile Marchetti, Harbour Trust"])
def test_a_pull_quotes_attribution_in_its_box_goes_with_it(cite: str) -> None:
    said = "“The roof has held for ninety years and it will hold one more winter,” said Odile Marchetti."
    quote = f"<div class='pq'><div>The roof has held for ninety years</div><div>{cite}</div></div>"
    html = article(
        f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{said}</p>{quote}<p>{PARA2}</p>"
    )
    assert cleaner.clean(html).paragraphs == [PARA, said, PARA2]
    # the same line under a paragraph of the article is text
    line = article(
        f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{said}</p><p>{cite}</p><p>{PARA2}</p>"
    )
    assert cite in cleaner.clean(line).paragraphs


@pytest.mark.parametrize("cite", ["ODILE MARCHETTI Harbour master", "— Odile Marchetti, harbour master"])
def test_a_pull_quote_with_its_speaker_in_the_same_line(cite: str) -> None:
    said = "“The roof has held for ninety years and it will hold one more winter,” said Odile Marchetti."
    quote = f"<div class='pq'>‘The roof has held for ninety years’ <span>{cite}</span></div>"
    html = article(
        f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{said}</p>{quote}<p>{PARA2}</p>"
    )
    assert cleaner.clean(html).paragraphs == [PARA, said, PARA2]
    # a quote that the article does not print elsewhere is text
    other = html.replace("ninety years’", "a hundred winters’")
    assert len(cleaner.clean(other).paragraphs) == 4


@pytest.mark.parametrize(
    "card",
    [
        # a thumbnail with its running time, then the video's title and its credit
        "<div class='vid'><div role='button'><img src='t.jpg' alt=''><span>2:05</span></div>"
        "<div>Crews lift the old ferry ramp out of the water</div><div>Video: Harbour TV</div></div>",
        # a brand's video label over the title
        "<div class='vid'><div>Harbour Ledger · Video</div><div>Crews lift the old ferry ramp out of the water</div></div>",
        # the source and running time on a line of its own under the video's title
        "<div class='clip'><img src='t.jpg' alt=''><p>Crews lift the old ferry ramp out of the water</p>"
        "<p>Harbour TV · 1:07</p></div>",
        # label, title and running time in inline spans: one line 'Video Crews lift …2:05'
        "<div class='clip'><span>Video</span><span>Crews lift the old ferry ramp out of the water</span>"
        "<span>2:05</span></div>",
        # a French card: 'VIDÉO - …?' is a teaser even though it ends a sentence
        "<div class='clip'><p>VIDÉO - Le quai nord : faut-il rouvrir la rampe ?</p><span>02:14</span></div>",
    ],
)
def test_video_cards_inside_the_article_are_not_body(card: str) -> None:
    html = article(f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p>{card}<p>{PARA2}</p>")
    assert cleaner.clean(html).paragraphs == [PARA, PARA2]


@pytest.mark.parametrize("line", ["Today · 10:32", "Heute · 10:32", "miércoles, 14 de mayo de 2025 · 10:32"])
def test_a_date_and_a_time_of_day_is_a_date_line_not_a_video_card(line: str) -> None:
    html = article(f"<h1>Ferry terminal roof to be replaced</h1><div>{line}</div><p>{PARA}</p><p>{PARA2}</p>")
    art = cleaner.clean(html)
    assert not any(r["filter"] == "nav" and r["text"] == line for r in art.removed)


def test_a_time_in_a_schedule_is_not_a_video_card() -> None:
    sched = "<div class='sched'><div>10:30</div><div>Harbour tour from the north quay</div></div>"
    html = article(f"<h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p>{sched}<p>{PARA2}</p>")
    assert "Harbour tour from the north quay" in cleaner.clean(html).paragraphs


def test_the_sites_own_name_over_the_headline_is_no_kicker_even_when_another_publisher_is_named() -> None:
    html = page(
        "<article><div class='eyebrow'>Quayside Daily</div><h1>Ferry terminal roof to be replaced</h1>"
        f"<div>By Nadia Brook, Harbour Evening News</div><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></article>",
        head="<meta property='og:site_name' content='Quayside Daily'><script type='application/ld+json'>"
        '{"@type":"NewsArticle","headline":"Ferry terminal roof to be replaced",'
        '"publisher":{"@type":"Organization","name":"Harbour Evening News"}}</script>',
    )
    art = cleaner.clean(html)
    assert art.publisher == "Harbour Evening News" and art.section is None


@pytest.mark.parametrize("heading", ["What to know", "Das Wichtigste in Kürze", "L’essentiel"])
def test_a_key_points_box_above_the_text_is_no_body(heading: str) -> None:
    box = (
        f"<div class='kp'><h3>{heading}</h3><ul><li>The bridge shuts for eighteen months.</li>"
        "<li>Buses divert through the old town.</li></ul></div>"
    )
    html = article(
        f"<h1>Bridge closes for eighteen months</h1>{box}<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p>"
    )
    assert cleaner.clean(html).paragraphs == [PARA, PARA2, SOUP3]


def test_an_about_the_authors_box_after_the_text_is_no_body() -> None:
    box = (
        "<div class='x9'><h4>About the Authors</h4><p>Tessa joined the team in 2021 and covers city hall.</p>"
        "<p>Devin is a digital producer.</p></div>"
    )
    html = article(f"<h1>Bridge closes for eighteen months</h1><p>{PARA}</p><p>{PARA2}</p>{box}")
    art = cleaner.clean(html)
    assert art.paragraphs == [PARA, PARA2]
    assert any(r["filter"] == "bio" for r in art.removed)


def test_dash_typed_paragraphs_after_a_colon_are_a_list_but_dialogue_is_not() -> None:
    intro = "The free service covers three things:"
    items = [
        "– both tram lines, from Saturday to Sunday midnight;",
        "– the town-centre shuttles;",
        "– park-and-ride car parks.",
    ]
    html = article(
        f"<h1>Trams go free</h1><p>{PARA}</p><p>{intro}</p>{''.join(f'<p>{i}</p>' for i in items)}<p>{PARA2}</p>"
    )
    art = cleaner.clean(html)
    assert art.paragraphs == [PARA, intro] + [i[2:] for i in items] + [PARA2]
    assert "- both tram lines" in art.to_markdown()
    # dialogue lines open with a dash too, with no colon announcing them
    talk = ["– It has become unbearable, says Anna Berg.", "– We walk in the street now, says her neighbour."]
    html = article(f"<h1>Trams go free</h1><p>{PARA}</p>{''.join(f'<p>{t}</p>' for t in talk)}<p>{PARA2}</p>")
    assert cleaner.clean(html).paragraphs == [PARA, *talk, PARA2]


GALLERY_CAPS = [
    ("Dust blows off the exposed lakebed near the old pier in May.", "Rachel Ostergaard / The Tribune"),
    ("Haze hangs over the valley during a dust event in April.", "Rachel Ostergaard / The Tribune"),
    ("A dust sampler on the roof of a fire station in the west valley.", "Lydia Marsh"),
]
SLIDES = "".join(
    f"<div class='slide' aria-roledescription='slide'><img src='g{k}.jpg' alt=''></div>" for k in range(3)
)


@pytest.mark.parametrize(
    "gallery",
    [
        # one list of captions under the slides, a counter and the credit first
        f"<div class='gallery'>{SLIDES}<p>This slideshow requires JavaScript.</p><ol class='gallery-captions'>"
        + "".join(f"<li><span>{k + 1}/3</span> ({cr}) {cap}</li>" for k, (cap, cr) in enumerate(GALLERY_CAPS))
        + "</ol></div>",
        # a carousel box (set aside with its buttons), credit spans in the items
        f"<div class='carousel' aria-roledescription='carousel'>{SLIDES}<button>Next</button><span>1 / 3</span>"
        "<ol class='carousel__captions'>"
        + "".join(f"<li>{cap} <span class='credit'>{cr}</span></li>" for cap, cr in GALLERY_CAPS)
        + "</ol></div>",
        # a slide per picture, the caption and its credit in two divs of the slide's box
        "<div class='x1' data-testid='image-carousel'><div>Gallery</div><div>3 photos</div>"
        + "".join(
            f"<div role='group'><img src='g{k}.jpg' alt=''><div class='x2'><div>{cap}</div><div>{cr}</div></div></div>"
            for k, (cap, cr) in enumerate(GALLERY_CAPS)
        )
        + "</div>",
        # one figcaption holding a list of the captions
        f"<figure class='gallery'>{SLIDES}<figcaption><ol>"
        + "".join(f"<li>{cap} <span class='credit'>{cr}</span></li>" for cap, cr in GALLERY_CAPS)
        + "</ol></figcaption></figure>",
        # a caption wrapper holding one caption element per slide
        f"<div class='slideshow'>{SLIDES}<div class='slideshow-captions caption-wrapper'>"
        + "".join(f"<div class='slide-caption'>{cap} ({cr})</div>" for cap, cr in GALLERY_CAPS)
        + "</div></div>",
    ],
)
def test_a_photo_gallerys_captions_each_with_its_credit(gallery: str) -> None:
    html = article(f"<h1>Dust from the lakebed</h1><p>{PARA}</p>{gallery}<p>{PARA2}</p><p>{SOUP3}</p>")
    art = cleaner.clean(html)
    assert art.captions == [{"text": cap, "credit": cr} for cap, cr in GALLERY_CAPS]
    assert art.paragraphs == [PARA, PARA2, SOUP3]


def test_a_wrapper_named_gallery_around_the_text_is_no_gallery() -> None:
    html = article(
        f"<h1>Dust</h1><div class='has-gallery'><p>{PARA}</p><img src='a.jpg' alt=''><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    art = cleaner.clean(html)
    assert art.captions == [] and art.paragraphs == [PARA, PARA2, SOUP3]


@pytest.mark.parametrize("cls", ["byline", "byline-attr-author yf-1k5w6kz"])
def test_a_bare_name_under_the_headline_in_a_box_named_a_byline(cls: str) -> None:
    html = page(
        f"<div class='hd'><h1>Ferry terminal roof to be replaced</h1><div class='{cls}'>Priya Kandola et Théo Lacaze</div></div>"
        f"<div class='story-body'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    assert cleaner.clean(html).authors == ["Priya Kandola", "Théo Lacaze"]
    # the same line in a box named otherwise is no evidence: a topic, a place
    assert cleaner.clean(html.replace(f"class='{cls}'", "class='tags-row'")).authors == []


@pytest.mark.parametrize(
    ("source", "want"),
    [
        # a wordmark image alone, its alt the outlet's name, then the lead photo
        ("<a href='/channel/x1'><img src='/c/wordmark@2x.png' alt='The Harbour Review'></a>"
         "<img src='lead.jpg' alt=''>", "The Harbour Review"),
        # an image in a link to the outlet's page on the aggregator, named as the page is
        ("<a href='/harbour-review-magazine-1588201'><img src='/i/x9?type=thumb' alt='Harbour Review Magazine'></a>"
         "<div>October 9, 2024</div>", "Harbour Review Magazine"),
        # a source's avatar beside a link to its handle
        # (a name of two capitalised words could be a person's: 'The' or an outlet word decides)
        ("<div class='src'><img src='/avatars/harbourrev/48.png' alt=''>"
         "<div><a href='/@TheHarbourReview'><b>The Harbour Review</b></a></div></div>", "The Harbour Review"),
        # a person's avatar beside their handle: a curator, not the publisher
        ("<div class='src'><img src='/avatars/janedoe/48.png' alt=''>"
         "<div><a href='/@JaneDoe'><b>Jane Doe</b></a></div></div>", None),
        # a menu icon beside a section's link
        ("<div class='menu'><img src='/icons/logo-markets.svg' alt=''><a href='/markets'>Markets</a></div>", None),
    ],
)  # fmt: skip
def test_a_publisher_shown_only_as_a_logo_or_an_avatar_beside_its_handle(
    source: str, want: str | None
) -> None:
    html = page(
        f"<header><a href='/'>Home</a> <a href='/news'>News</a></header>{source}"
        f"<article><h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{PARA2}</p></article>"
    )
    assert cleaner.clean(html).publisher == want


def test_a_sites_masthead_logo_far_above_the_headline_is_not_a_source() -> None:
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
    html = page(
        "<header><a href='/'><img src='/static/logo.svg' alt='Harbour Review'></a></header>"
        f"<nav><ul>{menu}</ul></nav>"
        f"<article><h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{PARA2}</p></article>"
    )
    assert cleaner.clean(html).publisher is None


@pytest.mark.parametrize(
    ("stated", "shown", "want"),
    [
        ("The Harbour Group", "Harbour", "Harbour"),  # a company's name for its title
        ("Harbour Zeitung GmbH & Co KG", "Harbour Zeitung", "Harbour Zeitung"),
        ("HarbourLedger.co.uk", "Harbour Ledger", "Harbour Ledger"),  # a site's address
        ("港湾新聞社", "港湾新聞", "港湾新聞"),  # the company that prints the paper
        ("Harbour Ledger", "Harbour Ledger (Ontario Edition)", "Harbour Ledger"),  # an edition, not the name
        ("Harbour Ledger", "Quayside Courier", "Harbour Ledger"),  # another name: the stated one stands
    ],
)
def test_the_publisher_as_the_page_shows_it_over_its_company_or_site_form(
    stated: str, shown: str, want: str
) -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Ferry terminal roof to be replaced",
                     "publisher": {"@type": "Organization", "name": stated}})  # fmt: skip
    html = page(
        f"<div class='source'>{shown}</div>"
        f"<article><h1>Ferry terminal roof to be replaced</h1><p>{PARA}</p><p>{PARA2}</p></article>",
        head=f"<script type='application/ld+json'>{ld}</script>",
    )
    assert cleaner.clean(html).publisher == want


def test_a_logos_alt_without_the_letters_marks_names_the_line_beside_it() -> None:
    html = page(
        "<div class='masthead'><a href='/kaernten/'><img src='/i/logo.png' alt='Seeblatt Kaernten'></a>"
        "<div>Seeblatt Kärnten</div><div>Montag, 4. März 2024</div></div>"
        f"<article><h1>Stadtbusse fahren ab Mai im Zehn-Minuten-Takt</h1><p>{PARA}</p><p>{PARA2}</p></article>"
    )
    assert cleaner.clean(html).publisher == "Seeblatt Kärnten"


def test_paragraphs_numbered_one_after_another_are_a_list() -> None:
    steps = [
        "Fill in the form at the library desk.",
        "Download the city's parking app and add your plate number.",
        "Wait for the permit to arrive by post within ten days.",
    ]
    typed = "".join(f"<p>{n}. {t}</p>" for n, t in enumerate(steps, 1))
    art = cleaner.clean(
        article(f"<h1>Residents can now apply for parking permits</h1><p>{PARA}</p>{typed}<p>{PARA2}</p>")
    )
    # one step naming an app is the list's own, no app promo: the others say nothing of it
    assert art.paragraphs == [PARA, *steps, PARA2]
    assert "1. Fill in the form at the library desk.\n2. Download" in art.to_markdown()
    # one number alone is no list: a club's name
    club = "1. FC Harbour won the derby on Saturday in front of 30,000 fans."
    art = cleaner.clean(article(f"<h1>Derby day</h1><p>{PARA}</p><p>{club}</p><p>{PARA2}</p>"))
    assert club in art.paragraphs


def test_an_issue_line_beside_a_cover_thumbnail_is_no_caption() -> None:
    html = page(
        "<div class='k7a'><img src='/img?cid=4&amp;page=1' width='32' height='48' alt=''>"
        "<span>Harbour Ledger</span><time datetime='2024-03-04'>Monday, March 4, 2024</time></div>"
        "<div class='p2q'><span>City</span><span>A3</span></div>"
        "<div class='x9'>Q&amp;A</div>"
        "<div class='t0' role='heading' aria-level='1'>Why the ferry timetable changes in April</div>"
        f"<div class='b3'><div>{PARA}</div><div>{PARA2}</div><div>{SOUP3}</div></div>"
    )
    art = cleaner.clean(html)
    assert art.captions == []
    assert art.publisher == "Harbour Ledger"  # the issue's line: outlet, weekday, date
    assert art.section == "City"  # the print page's section, its page label after it


def test_a_bare_name_under_the_headline_is_the_author_when_a_bio_introduces_it() -> None:
    def html(bio: str) -> str:
        return page(
            "<div class='t0' role='heading' aria-level='1'>Why the ferry timetable changes in April</div>"
            "<div class='d4'>Fewer sailings at night, more at the weekend</div><div class='q1'>Mara Quinlan</div>"
            f"<div class='b3'><div>{PARA}</div><div>{PARA2}</div><div>{SOUP3}</div></div>{bio}"
        )

    bio = "<div class='z5'>Mara Quinlan covers transport and city hall for the Harbour Ledger.</div>"
    assert cleaner.clean(html(bio)).authors == ["Mara Quinlan"]
    assert cleaner.clean(html("")).authors == []  # a name alone is no evidence


def test_bullets_typed_on_lines_of_one_paragraph_are_one_item_each() -> None:
    items = ["Buses replace trains from May.", "Journeys take 40 minutes longer.", "Bikes are not carried."]
    typed = "<br>".join(f"• {t}" for t in items)
    art = cleaner.clean(
        article(f"<h1>Rail line closes for five months</h1><p>{PARA}</p><p>{typed}</p><p>{PARA2}</p>")
    )
    assert art.paragraphs == [PARA, *items, PARA2]
    assert "- Buses replace trains from May.\n- Journeys take" in art.to_markdown()
    # lines broken in a paragraph without bullets stay one paragraph
    verse = "Roses are red,<br>violets are blue."
    art = cleaner.clean(
        article(f"<h1>Rail line closes for five months</h1><p>{PARA}</p><p>{verse}</p><p>{PARA2}</p>")
    )
    assert "Roses are red,\nviolets are blue." in art.paragraphs


def _crumbs(*names: str) -> str:
    items = [{"@type": "ListItem", "position": n, "name": x} for n, x in enumerate(names, 1)]
    return f"<script type='application/ld+json'>{json.dumps({'@type': 'BreadcrumbList', 'itemListElement': items})}</script>"


@pytest.mark.parametrize(
    ("crumbs", "kicker", "want"),
    [
        (("Home", "News", "Health", "Why the ferry timetable changes"), "", "Health"),
        (("Startseite", "Harbour Ledger", "Lokales"), "", "Lokales"),  # the site is no section
        (("Home", "Raleigh, NC"), "", None),  # a place is none
        (
            ("Home", "News", "Health"),
            "<div class='kicker'>Transport</div>",
            "Transport",
        ),  # the page's own label first
    ],
)
def test_a_breadcrumb_trail_names_the_section_when_the_page_names_none(
    crumbs: tuple[str, ...], kicker: str, want: str | None
) -> None:
    html = page(
        f"<article>{kicker}<h1>Why the ferry timetable changes</h1><p>{PARA}</p><p>{PARA2}</p></article>",
        head=_crumbs(*crumbs) + "<meta property='og:site_name' content='Harbour Ledger'>",
    )
    assert cleaner.clean(html).section == want


def test_the_aggregators_own_logo_linking_home_names_no_publisher() -> None:
    html = page(
        "<div class='mast'><a href='https://news.yahoo.co.jp/'><img src='/i/news_logo.png' alt='ニュース'></a>"
        "<a href='/login'>ログイン</a></div>"
        "<div class='t' role='heading' aria-level='1'>港の時刻表、4月から変更へ</div>"
        f"<div class='b'><p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></div>",
        head="<link rel='canonical' href='https://news.yahoo.co.jp/articles/4f9c2a71'>"
        "<meta property='og:site_name' content='Yahoo!ニュース'>",
    )
    art = cleaner.clean(html)
    assert art.profile == "yahoo" and art.publisher != "ニュース"


def test_a_japanese_caption_alone_in_its_images_wrapper() -> None:
    cap = "幹に文字が刻まれた竹（13日午後、京都市右京区）"
    html = page(
        f"<h1>竹林の小径で落書き被害</h1><div class='b'><p>{PARA}</p>"
        f"<div class='w'><a href='/i/1'><img src='a.jpg' alt=''></a><div>{cap}</div></div><p>{PARA2}</p><p>{SOUP3}</p></div>"
    )
    assert cleaner.clean(html).captions == [{"text": cap, "credit": None}]


def test_a_photo_sized_image_is_no_logo_whatever_its_address() -> None:
    html = page(
        "<article><h1>Lithium ponds grow in the desert</h1>"
        "<div><img src='/assets/sources/wire/2024/ponds.jpg' alt='Ponds' width='900' height='600'>"
        "<div>Brine evaporation ponds in the desert near the salt flat, May 2, 2024.</div><div>REUTERS/Jo Lee</div></div>"
        f"<p>{PARA}</p><p>{PARA2}</p></article>"
    )
    assert cleaner.clean(html).captions == [
        {
            "text": "Brine evaporation ponds in the desert near the salt flat, May 2, 2024.",
            "credit": "REUTERS/Jo Lee",
        }
    ]


def test_the_pages_h1_over_the_text_is_no_body_when_the_stated_title_reads_otherwise() -> None:
    html = page(
        "<article><h1>Two officers charged with falsifying prison records</h1>"
        "<div class='byline'>By Jo Lee and Ana Ruiz</div>"
        f"<p>{PARA}</p><p>{PARA2}</p><p>{SOUP3}</p></article>",
        head="<meta property='og:title' content='Prison guards charged in records case'>",
    )
    art = cleaner.clean(html)
    assert "Two officers charged with falsifying prison records" not in art.paragraphs
    assert art.paragraphs[0] == PARA
