"""clean_url(): fetch + clean end to end against a local server (no outside network)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import cleaner
from tests._httpserver import Reply, TestServer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PARA = "The council voted on Tuesday to close the bridge for eighteen months, officials said in a statement."


@pytest.fixture
def server() -> Iterator[TestServer]:
    srv = TestServer()
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def quick() -> cleaner.Fetcher:
    return cleaner.Fetcher(delay=0, retries=0, timeout=2)


def test_latin1_declared_in_meta(server: TestServer) -> None:
    body = "<html><head><meta charset='iso-8859-1'></head><body><article><p>Caf\xe9 owners in Montr\xe9al said the heat kept customers away.</p></article></body></html>"
    server.route("/latin", Reply(body=body.encode("latin-1"), headers={"Content-Type": "text/html"}))
    art = cleaner.clean_url(server.url("/latin"), fetcher=quick())
    assert "Café owners in Montréal" in art.text


def test_shift_jis_declared_in_header_only(server: TestServer) -> None:
    text = "東京の新しい橋は来月開通する予定だと市の担当者が火曜日に発表した。"
    body = f"<html><body><article><p>{text}</p></article></body></html>".encode("shift_jis")
    server.route("/sjis", Reply(body=body, headers={"Content-Type": "text/html; charset=Shift_JIS"}))
    art = cleaner.clean_url(server.url("/sjis"), fetcher=quick())
    assert art.text == text


def test_final_url_after_redirect_unless_canonical(server: TestServer) -> None:
    page = f"<html><body><article><p>{PARA}</p></article></body></html>".encode()
    server.route("/old", Reply(status=301, headers={"Location": "/new"}))
    server.route("/new", Reply(body=page, headers={"Content-Type": "text/html"}))
    assert cleaner.clean_url(server.url("/old"), fetcher=quick()).url == server.url("/new")
    canon = f"<html><head><link rel='canonical' href='https://example.org/bridge'></head><body><article><p>{PARA}</p></article></body></html>"
    server.route("/canon", Reply(body=canon.encode(), headers={"Content-Type": "text/html"}))
    assert cleaner.clean_url(server.url("/canon"), fetcher=quick()).url == "https://example.org/bridge"


AGGREGATOR_PAGES = sorted({p.name.split("-")[0]: p for p in FIXTURES.glob("*/")}.values())


@pytest.mark.parametrize("case", AGGREGATOR_PAGES, ids=lambda p: p.name)
def test_each_aggregator_page_served_locally_keeps_its_profile(server: TestServer, case: Path) -> None:
    """Served from 127.0.0.1, the page still names its aggregator (canonical link, site name, markup)."""
    server.route(
        "/page", Reply(body=(case / "input.html").read_bytes(), headers={"Content-Type": "text/html"})
    )
    art = cleaner.clean_url(server.url("/page"), fetcher=quick())
    assert art.profile == case.name.split("-")[0]
    assert art.paragraphs


def test_fetch_failure_is_a_cleaner_error(server: TestServer) -> None:
    server.route("/gone", Reply(status=410))
    with pytest.raises(cleaner.CleanerError, match="HTTP 410"):
        cleaner.clean_url(server.url("/gone"), fetcher=quick())
