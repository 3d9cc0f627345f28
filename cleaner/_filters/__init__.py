"""Built-in filters, in their default order."""

from __future__ import annotations

from .._pipeline import Filter
from . import bio, body, captions, chrome, dedupe, masthead, profile, repairs, summary

BUILTIN_FILTERS: tuple[Filter, ...] = (
    profile.FILTER,
    repairs.UNWRAP,
    repairs.LINKSPACE,
    repairs.HYPHENATION,
    chrome.PAYWALL,
    chrome.PROMO,
    chrome.NAV,
    chrome.TEASERS,
    summary.FILTER,
    chrome.RAILS,
    chrome.COMMENTS,
    captions.FILTER,
    dedupe.FILTER,
    dedupe.PULLQUOTES,
    masthead.FILTER,
    bio.FILTER,
    body.FILTER,
    chrome.CUT,
)
