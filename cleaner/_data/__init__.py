"""Bundled data files (phrases, patterns, agency names), loaded lazily."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import yaml

from .._errors import DataError
from ._literals import first_chars, required_literals

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


_FLOAT = re.compile(r"^\.\{0,(\d+)\}(.*?)(?:\.\{0,(\d+)\})?$", re.S)


class PatternSet:
    """Whole-line patterns, matched as ``re.fullmatch`` would match them.

    Patterns of the form ``.{0,N}CORE.{0,M}`` ("CORE somewhere near the start")
    are run as a ``search`` for CORE with position limits instead: the same
    answer without the backtracking a leading ``.{0,N}`` costs on every line.
    """

    def __init__(self, patterns: list[str], where: str) -> None:
        self.sources = tuple(patterns)
        anchored: list[str] = []
        floating: list[tuple[re.Pattern[str], int, int]] = []
        try:
            for p in patterns:
                m = _FLOAT.match(p)
                if m and m.group(2):
                    tail = int(m.group(3)) if m.group(3) is not None else 0
                    floating.append((re.compile(m.group(2)), int(m.group(1)), tail))
                else:
                    anchored.append(p)
            for p in anchored:  # fail on a bad pattern now, naming the data file
                re.compile(p)
            self._has_anchored = bool(anchored)
            # first-character dispatch: a line starting with "s" only tries the
            # patterns that can start with "s" (plus those whose start is unknown)
            self._firsts = [(p, first_chars(p)) for p in anchored]
            gate = _gate(anchored)
            # a gate of many literals costs more than the first-character buckets it guards
            self._anchored_gate = gate if gate is not None and len(gate) <= 12 else None
            self._by_first: dict[str, re.Pattern[str] | None] = {}
            # one search for all floating cores; the group that matched says whose limits apply
            self._floating = (
                re.compile("|".join(f"(?P<f{i}>{rx.pattern})" for i, (rx, _h, _t) in enumerate(floating)))
                if floating
                else None
            )
        except re.error as exc:
            raise DataError(f"{where}: bad pattern: {exc}") from exc
        self._limits = {f"f{i}": (h, t) for i, (_rx, h, t) in enumerate(floating)}
        self._cores = tuple(rx for rx, _h, _t in floating)
        # literals one of which every floating match must contain: a cheap gate
        self._gate = _gate([rx.pattern for rx, _h, _t in floating])

    def _bucket(self, ch: str) -> re.Pattern[str] | None:
        try:
            return self._by_first[ch]
        except KeyError:
            pats = [p for p, f in self._firsts if f is None or ch in f]
            rx = re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None
            self._by_first[ch] = rx
            return rx

    def fullmatch(self, key: str) -> bool:
        if (
            self._has_anchored
            and key
            and (self._anchored_gate is None or any(lit in key for lit in self._anchored_gate))
        ):
            rx = self._bucket(key[0])
            if rx is not None and rx.fullmatch(key):
                return True
        if self._floating is None:
            return False
        if self._gate is not None and not any(lit in key for lit in self._gate):
            return False
        n = len(key)
        m = self._floating.search(key)
        if m is None:
            return False
        head, tail = self._limits[m.lastgroup or ""]
        if m.start() <= head and n - m.end() <= tail:
            return True
        # rare: the leftmost core was out of bounds; try each core on its own
        for rx, (h, t) in zip(self._cores, self._limits.values(), strict=False):
            mm = rx.search(key)
            if mm and mm.start() <= h and n - mm.end() <= t:
                return True
        return False

    def which(self, key: str) -> str | None:
        """The source of a pattern that matches ``key`` (for traces; slow path, call after a hit)."""
        for src in self.sources:
            m = _FLOAT.match(src)
            if m and m.group(2):
                core = re.search(m.group(2), key)
                if core and core.start() <= int(m.group(1)) and len(key) - core.end() <= int(m.group(3) or 0):
                    return src
            elif re.fullmatch(src, key):
                return src
        return None

    def merged(self, other: PatternSet) -> PatternSet:
        return PatternSet([*self.sources, *other.sources], "merged patterns")


def _gate(patterns: list[str]) -> tuple[str, ...] | None:
    """Literals one of which any match of any pattern contains; None when unprovable."""
    gate: set[str] = set()
    for p in patterns:
        lits = required_literals(p)
        if lits is None:
            return None  # one pattern without a literal: every line must be tried
        gate |= lits
    return tuple(sorted(gate)) if gate else None


def compile_patterns(patterns: list[str], where: str) -> PatternSet | None:
    """Compile whole-line patterns (see :class:`PatternSet`); None if there are none."""
    if not patterns:
        return None
    return PatternSet(patterns, where)
