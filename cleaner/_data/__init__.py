"""Bundled data files (phrases, patterns, agency names), loaded lazily."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import yaml

from .._errors import DataError

try:  # the C loader is much faster when PyYAML was built with libyaml
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


def load_yaml_text(text: str, where: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise DataError(f"{where}: invalid YAML: {exc}") from exc


@functools.cache
def load(name: str) -> Any:
    """Load ``cleaner/_data/<name>.yaml`` once per process."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text("utf-8")
    return load_yaml_text(text, f"cleaner/_data/{name}.yaml")


def compile_patterns(patterns: list[str], where: str) -> re.Pattern[str] | None:
    """Join full-line patterns into one alternation matched with ``fullmatch``."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as exc:
        raise DataError(f"{where}: bad pattern: {exc}") from exc
