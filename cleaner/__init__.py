"""cleaner: turn news pages from aggregators into the article alone.

>>> import cleaner
>>> article = cleaner.clean(copied_text, url="https://www.inkl.com/news/...")
>>> article.title, article.authors, article.publisher
>>> print(article.to_markdown())
>>> article = cleaner.clean_url("https://news.yahoo.com/...")  # fetched politely
"""

from __future__ import annotations

from ._api import clean, clean_url
from ._article import Article
from ._errors import (
    CleanerError,
    DataError,
    InputError,
    PipelineError,
    ProfileError,
    UnsupportedInputError,
)
from ._fetch import Fetcher, FetchError, Response, fetch
from ._model import Block, Decision, Document, Role
from ._pipeline import Filter, Pipeline
from ._profiles import Profile, all_profiles, get_profile
from ._version import __version__

__all__ = [
    "Article",
    "Block",
    "CleanerError",
    "DataError",
    "Decision",
    "Document",
    "FetchError",
    "Fetcher",
    "Filter",
    "InputError",
    "Pipeline",
    "PipelineError",
    "Profile",
    "ProfileError",
    "Response",
    "Role",
    "UnsupportedInputError",
    "__version__",
    "all_profiles",
    "clean",
    "clean_url",
    "fetch",
    "get_profile",
]
