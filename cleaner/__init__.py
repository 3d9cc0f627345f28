"""cleaner: turn news pages from aggregators into the article alone.

>>> import cleaner
>>> article = cleaner.clean(copied_text, url="https://www.inkl.com/news/...")
>>> article.title, article.authors, article.publisher
>>> print(article.to_markdown())
"""

from __future__ import annotations

from ._api import clean
from ._article import Article
from ._errors import (
    CleanerError,
    DataError,
    InputError,
    PipelineError,
    ProfileError,
    UnsupportedInputError,
)
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
    "Filter",
    "InputError",
    "Pipeline",
    "PipelineError",
    "Profile",
    "ProfileError",
    "Role",
    "UnsupportedInputError",
    "__version__",
    "all_profiles",
    "clean",
    "get_profile",
]
