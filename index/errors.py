"""The core's errors: each carries a message fit to show a user or an operator."""

from __future__ import annotations


class CoreError(Exception):
    """Base of every error the retrieval core raises on purpose."""


class ConfigError(CoreError):
    """A setting in config.toml is unknown, of the wrong type or out of range."""


class CorpusError(CoreError):
    """An article file or its metadata cannot be used."""


class EmptyCorpus(CorpusError):
    """The corpus holds no usable article at all (a first article may still be added)."""


class IndexNotBuilt(CoreError):
    """The index files are missing, damaged or built for other settings, and rebuilding was not allowed."""


class IndexUnwritable(CoreError):
    """The index must be built or changed, and its folder cannot be written (read-only, full, not a folder)."""


class EmptyQuestion(CoreError):
    """The question has no words to search for."""


class QuestionTooLong(CoreError):
    """The question is longer than the core accepts."""
