"""The library entry point: ``clean()``."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from ._article import Article, build_article
from ._errors import InputError
from ._input import decode, looks_like_html
from ._pipeline import Pipeline
from ._profiles import Profile, get_profile
from ._readers.html import read_html
from ._readers.markdown import front_matter, read_markdown
from ._readers.text import read_text

KINDS = ("auto", "text", "html")


@functools.lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline.default()


def clean(
    source: str | bytes,
    *,
    url: str | None = None,
    kind: str = "auto",
    profile: str | Profile | None = None,
    disable: Iterable[str] = (),
    enable: Iterable[str] = (),
    pipeline: Pipeline | None = None,
    name: str = "<string>",
    encoding: str | None = None,
) -> Article:
    """Clean one page (copied text or HTML) into an :class:`Article`.

    ``kind`` is "auto", "text" or "html"; ``profile`` forces a site profile by
    name (or a :class:`Profile`); ``disable``/``enable`` switch filters by name;
    ``pipeline`` replaces the default pipeline; ``name`` is how the input is
    called in errors and in the ``source`` field; ``encoding`` is the charset a
    transport declared for ``bytes`` input (an HTTP header), tried after UTF-8.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if isinstance(source, (bytes, bytearray, memoryview)):
        text = decode(bytes(source), name, encoding)
    elif isinstance(source, str):
        text = source
        if not text.strip():
            raise InputError(name, "empty input")
    else:
        raise TypeError(f"clean() takes str or bytes, not {type(source).__name__}")
    if kind == "auto":
        kind = "html" if looks_like_html(text) else "text"
    pipe = (pipeline or _default_pipeline()).copy()
    disable, enable = tuple(disable), tuple(enable)
    if disable:
        pipe.disable(*disable)
    if enable:
        pipe.enable(*enable)
    prof = None
    if profile is not None:
        prof = profile if isinstance(profile, Profile) else get_profile(profile)
    fm = front_matter(text) if kind != "html" else None
    if kind == "html":
        doc = read_html(text, source=name, url=url, profile=prof)
    elif fm is not None:
        doc = read_markdown(text, fm, source=name, url=url)
    else:
        doc = read_text(text, source=name, url=url)
    if prof is not None:
        doc.profile = prof
    pipe.run(doc)
    return build_article(doc, language=doc.meta.get("language"))


def clean_url(url: str, *, fetcher: Any = None, **options: Any) -> Article:
    """Fetch ``url`` politely (see :class:`cleaner.Fetcher`) and clean the page.

    The final URL after redirects is the article's ``url`` unless the page
    declares a canonical one; the charset from the HTTP header is tried after
    UTF-8 and before the page's own declaration. ``options`` go to :func:`clean`.
    """
    from ._fetch import Fetcher

    own = fetcher is None
    f = Fetcher() if fetcher is None else fetcher
    try:
        resp = f.fetch(url)
    finally:
        if own:
            f.close()
    options.setdefault("name", url)
    return clean(resp.content, url=resp.url, encoding=resp.charset, **options)
