"""Built-in filters, in their default order."""

from __future__ import annotations

from .._pipeline import Filter
from . import (
    bio,
    body,
    captions,
    chrome,
    content,
    dedupe,
    htmlmeta,
    masthead,
    profile,
    repairs,
    signature,
    summary,
)

BUILTIN_FILTERS: tuple[Filter, ...] = (
    profile.FILTER,
    content.HIDDEN,
    htmlmeta.FILTER,
    content.CONTENT,
    content.BOXES,
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
    signature.FILTER,
    bio.FILTER,
    body.FILTER,
    chrome.CUT,
)
