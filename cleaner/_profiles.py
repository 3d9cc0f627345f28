"""Site profiles: data files that describe an aggregator's chrome.

A profile is a YAML file (see ``cleaner/profiles/*.yaml``) with:

``name``               short id used as ``profile`` in the output ("inkl")
``display_name``       human name
``hosts``              host names (a suffix match: "yahoo.com" matches "news.yahoo.com")
``paths``              optional URL path prefixes the host must also have ("/amp/")
``aggregator_names``   names of the aggregator itself: never reported as publisher
``fingerprints``       phrases that identify the site in a copied page's text
``first_line_patterns`` regexes a line among the first three may match (counts double)
``chrome``             extra ``promo`` / ``nav`` / ``paywall`` / ``rails`` wording
                       (``phrases`` and ``patterns``, as in the generic data file)
``html``               selectors for HTML pages (container, title, byline, ...)

Profiles come from the bundled folder, from the ``cleaner.profiles`` entry-point
group (an object that is a mapping, a path to a YAML file, or a callable
returning either), and from the folders listed in ``$CLEANER_PROFILE_PATH``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ._data import load_yaml_text
from ._errors import ProfileError
from ._model import normalize

ENTRY_POINT_GROUP = "cleaner.profiles"
PATH_ENV = "CLEANER_PROFILE_PATH"

_CHROME_SECTIONS = ("promo", "appeals", "nav", "paywall", "rails", "teasers")


@dataclass(frozen=True)
class Profile:
    name: str
    display_name: str
    hosts: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    aggregator_names: tuple[str, ...] = ()
    fingerprints: tuple[str, ...] = ()
    first_line_patterns: tuple[str, ...] = ()
    chrome: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    html: Mapping[str, Any] = field(default_factory=dict)
    origin: str = "<memory>"

    def matches_url(self, url: str | None) -> bool:
        if not url or not self.hosts:
            return False
        try:
            parts = urlsplit(url if "//" in url else f"//{url}")
        except ValueError:
            return False
        host = (parts.hostname or "").lower()
        if not any(host == h or host.endswith("." + h) for h in self.hosts):
            return False
        return not self.paths or any(parts.path.startswith(p) for p in self.paths)

    def is_aggregator_name(self, text: str) -> bool:
        n = normalize(text)
        return any(n == normalize(a) for a in (*self.aggregator_names, self.display_name, self.name))


def profile_from_mapping(data: Any, origin: str) -> Profile:
    if not isinstance(data, Mapping):
        raise ProfileError(f"{origin}: a profile must be a mapping, got {type(data).__name__}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ProfileError(f"{origin}: profile has no 'name'")

    def strings(key: str) -> tuple[str, ...]:
        val = data.get(key) or ()
        if isinstance(val, str):
            val = (val,)
        if not all(isinstance(v, str) for v in val):
            raise ProfileError(f"{origin}: '{key}' must be a list of strings")
        return tuple(val)

    chrome = data.get("chrome") or {}
    if not isinstance(chrome, Mapping) or any(k not in _CHROME_SECTIONS for k in chrome):
        raise ProfileError(f"{origin}: 'chrome' sections must be among {', '.join(_CHROME_SECTIONS)}")
    for sec, body in chrome.items():
        if not isinstance(body, Mapping) or any(k not in ("phrases", "patterns") for k in body):
            raise ProfileError(f"{origin}: chrome.{sec} takes 'phrases' and 'patterns' lists")
    from ._readers._htmlsel import ROLES  # the selector roles the HTML reader knows

    html = data.get("html") or {}
    if not isinstance(html, Mapping) or any(k not in ROLES for k in html):
        raise ProfileError(f"{origin}: 'html' keys must be among {', '.join(ROLES)}")
    return Profile(
        name=name.strip(),
        display_name=str(data.get("display_name") or name),
        hosts=tuple(h.lower() for h in strings("hosts")),
        paths=strings("paths"),
        aggregator_names=strings("aggregator_names"),
        fingerprints=tuple(normalize(f) for f in strings("fingerprints")),
        first_line_patterns=strings("first_line_patterns"),
        chrome={k: dict(v) for k, v in chrome.items()},
        html=dict(html),
        origin=origin,
    )


def load_profile_file(path: str | os.PathLike[str]) -> Profile:
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except OSError as exc:
        raise ProfileError(f"{p}: cannot read profile: {exc.strerror or exc}") from exc
    return profile_from_mapping(load_yaml_text(text, str(p)), str(p))


def _bundled() -> Iterable[Profile]:
    folder = resources.files("cleaner").joinpath("profiles")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            yield profile_from_mapping(
                load_yaml_text(entry.read_text("utf-8"), f"cleaner/profiles/{entry.name}"),
                f"cleaner/profiles/{entry.name}",
            )


def _from_entry_points() -> Iterable[Profile]:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        where = f"entry point {ep.name!r} ({ep.value})"
        try:
            obj = ep.load()
            if callable(obj) and not isinstance(obj, Mapping):
                obj = obj()
        except Exception as exc:
            raise ProfileError(f"{where} failed to load: {exc}") from exc
        if isinstance(obj, Profile):
            yield obj
        elif isinstance(obj, (str, os.PathLike)):
            yield load_profile_file(obj)
        else:
            yield profile_from_mapping(obj, where)


def _from_env() -> Iterable[Profile]:
    for folder in filter(None, os.environ.get(PATH_ENV, "").split(os.pathsep)):
        d = Path(folder)
        if not d.is_dir():
            raise ProfileError(f"{d}: ${PATH_ENV} names a folder that does not exist")
        for f in sorted(d.glob("*.y*ml")):
            yield load_profile_file(f)


@functools.lru_cache(maxsize=1)
def _all_cached(env: str) -> dict[str, Profile]:
    found: dict[str, Profile] = {}
    for prof in (*_bundled(), *_from_entry_points(), *_from_env()):
        found[prof.name] = prof  # later sources override bundled ones by name
    return found


def all_profiles() -> dict[str, Profile]:
    """Every known profile by name (bundled, plugins, $CLEANER_PROFILE_PATH)."""
    return _all_cached(os.environ.get(PATH_ENV, ""))


def get_profile(name: str) -> Profile:
    if os.path.sep in name or name.endswith((".yaml", ".yml")):
        return load_profile_file(name)
    profiles = all_profiles()
    if name not in profiles:
        raise ProfileError(f"unknown profile {name!r} (known: {', '.join(sorted(profiles))})")
    return profiles[name]
