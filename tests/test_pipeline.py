"""Pipeline editing by name and third-party filters through entry points."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import Document, Filter, Pipeline, PipelineError, Role, _pipeline
from tests.helpers import page, role_of


def _shout(doc: Document) -> None:
    for b in doc.blocks:
        if b.role is Role.UNKNOWN and b.text.isupper() and b.words <= 6:
            b.label(Role.PROMO, "shout", "all capitals")


SHOUT = Filter("shout", _shout, "drop short all-capitals lines")


def test_default_order_and_names() -> None:
    names = Pipeline.default(plugins=False).names()
    assert names[0] == "profile"
    assert names.index("unwrap") < names.index("promo") < names.index("masthead") < names.index("body")
    assert names[-1] == "cut"


def test_add_before_after_remove_replace() -> None:
    pipe = Pipeline.default(plugins=False)
    pipe.add(SHOUT, before="body")
    assert pipe.names().index("shout") == pipe.names().index("body") - 1
    pipe.remove("shout").add(SHOUT, after="profile")
    assert pipe.names()[1] == "shout"
    other = Filter("shout", lambda d: None, "a no-op")
    pipe.replace("shout", other)
    assert pipe.get("shout").description == "a no-op"
    with pytest.raises(PipelineError):
        pipe.add(SHOUT)  # already there
    with pytest.raises(PipelineError):
        pipe.add(Filter("x", lambda d: None, "x"), before="nope")
    with pytest.raises(PipelineError):
        pipe.add(Filter("y", lambda d: None, "y"), before="body", after="promo")


def test_custom_pipeline_runs_custom_filter() -> None:
    pipe = Pipeline.default(plugins=False).add(SHOUT, before="body")
    art = cleaner.clean(page("BREAKING NEWS NOW"), pipeline=pipe)
    assert role_of(art, "BREAKING NEWS NOW") is Role.PROMO
    assert {"text": "BREAKING NEWS NOW", "filter": "shout", "reason": "all capitals"} in art.removed


def test_enable_disable_by_name() -> None:
    pipe = Pipeline.default(plugins=False).disable("rails", "teasers")
    assert not pipe.get("rails").enabled
    pipe.enable("rails")
    assert pipe.get("rails").enabled
    with pytest.raises(PipelineError, match="unknown filter 'bogus'"):
        pipe.disable("bogus")


def test_clean_disable_unknown_name_is_an_error() -> None:
    with pytest.raises(PipelineError):
        cleaner.clean(page(), disable=["bogus"])


def test_filter_crash_names_the_filter() -> None:
    def boom(doc: Document) -> None:
        raise ValueError("kaput")

    pipe = Pipeline.default(plugins=False).add(Filter("boom", boom, "breaks"), before="body")
    with pytest.raises(PipelineError, match="filter 'boom' failed"):
        cleaner.clean(page(), pipeline=pipe)


class _EP:
    def __init__(self, name: str, obj: object) -> None:
        self.name, self.value, self._obj = name, f"tests:{name}", obj

    def load(self) -> object:
        return self._obj


def test_entry_point_filters_join_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    placed = Filter("shout", _shout, "drop short all-capitals lines", after="teasers")
    monkeypatch.setattr(
        _pipeline, "entry_points", lambda group: [_EP("shout", placed)] if group == "cleaner.filters" else []
    )
    _pipeline._plugin_filters.cache_clear()
    try:
        names = Pipeline.default().names()
        assert names[names.index("teasers") + 1] == "shout"
    finally:
        _pipeline._plugin_filters.cache_clear()


def test_broken_entry_point_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pipeline, "entry_points", lambda group: [_EP("bad", 42)])
    _pipeline._plugin_filters.cache_clear()
    try:
        with pytest.raises(PipelineError, match="bad"):
            Pipeline.default()
    finally:
        _pipeline._plugin_filters.cache_clear()
