"""One exception tree: everything cleaner raises on purpose is a CleanerError."""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error cleaner raises on purpose."""


class InputError(CleanerError):
    """The input cannot be cleaned (empty, binary, undecodable, unsupported)."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class UnsupportedInputError(InputError):
    """The input is of a kind this version cannot clean (e.g. HTML, PDF)."""


class PipelineError(CleanerError):
    """A filter name is unknown, an ordering is impossible, or a plugin is broken."""


class ProfileError(CleanerError):
    """A site profile file is missing or malformed."""


class DataError(CleanerError):
    """A bundled or user data file (phrases, patterns) is malformed."""
