"""Typed settings of the retrieval core, and the checked reading of a TOML table into frozen dataclasses."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ConfigDict, TypeAdapter, ValidationError, with_config

from index.errors import ConfigError

T = TypeVar("T")
# How every settings section is read (section_from_table): types exactly as declared, and no key it does not know.
SETTINGS = ConfigDict(strict=True, extra="forbid")


@with_config(SETTINGS)
@dataclasses.dataclass(frozen=True)
class IndexSettings:
    """Where the built index lives and how it is built."""

    dir: Path = Path(".index")
    # A path to a sentence-transformers model folder; empty means the packaged all-MiniLM-L6-v2.
    model: str = ""
    chunk_max_chars: int = 500
    chunk_overlap_sentences: int = 1
    # Above this many chunks an approximate (HNSW) index replaces exact search.
    exact_search_max_chunks: int = 20000
    hnsw_m: int = 32
    hnsw_ef_search: int = 128
    batch_size: int = 64
    # An added article gets a small segment of its own; past this many segments the small ones are merged.
    max_segments: int = 8
    # Threads a question's embedding computes with; 0 = every core. 1 (measured, README "Speed and scale"): a
    # question takes about 1.5 ms more on an idle machine, but anything else running there (another shard
    # process, an index build, a neighbour) can no longer stall it (p90 beside a busy core: x1.15 of the idle p50
    # with 1 thread, x20 with both cores). Building the index uses every core either way.
    question_threads: int = 1
    # Threads many questions embedded at once (those asked at the same moment, `ask` given many) are split over,
    # each thread computing whole batches of them on question_threads threads; 0 = every core. Measured (README
    # "Speed and scale"): 312 questions take 3.2 ms each on one thread, 1.7 ms on two. The threads never wait on
    # each other inside a product, so a busy core slows only the part computed on it.
    batch_workers: int = 0
    # A running bot brings its index up to date for an article added or removed in a process of its own (index.
    # builder): a question asked meanwhile is not held up by the parse (worst 138 ms in the bot's process, 31 ms
    # apart, README "Speed and scale"). False: in the bot's own process, as the command line always does.
    build_apart: bool = True

    def __post_init__(self) -> None:
        _at_least(
            self,
            question_threads=0,
            batch_workers=0,
            max_segments=2,
            chunk_max_chars=100,
            chunk_overlap_sentences=0,
            exact_search_max_chunks=0,
            hnsw_m=4,
            hnsw_ef_search=1,
            batch_size=1,
        )


@with_config(SETTINGS)
@dataclasses.dataclass(frozen=True)
class AnswerSettings:
    """How many quotes an answer shows and when it abstains."""

    max_quotes: int = 4  # four short quotes in the 600 characters: 29 written sets, 2 more answers than three
    max_chars: int = 600
    candidate_chunks: int = 20
    # Relevance (cosine + 0.5 x keyword coverage + 0.2 x phrase match) below which the articles are taken not
    # to answer.
    min_relevance: float = 0.45
    # A further quote must score at least this fraction of the best one. 0.65: on 29 sets of written articles and
    # the story's sets, with four quotes and each sentence's paragraph counted (index.search.cosines), 0.65 found
    # 3 more answers and 2 more sides than 0.7 and lost none; 0.6 found no more and lost one of the unseen-dev
    # answers; the quotes shown grew by a twentieth.
    relative_cutoff: float = 0.65
    max_question_chars: int = 6000

    def __post_init__(self) -> None:
        _at_least(self, max_quotes=1, max_chars=100, candidate_chunks=1, max_question_chars=1)
        if not 0 < self.relative_cutoff <= 1:
            raise ValueError("relative_cutoff must be above 0 and at most 1")


def _at_least(settings: object, **minimums: int) -> None:
    for key, minimum in minimums.items():
        if getattr(settings, key) < minimum:
            raise ValueError(f"{key} must be at least {minimum}")


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(cls: type[T]) -> TypeAdapter[T]:
    if cls not in _ADAPTERS:
        _ADAPTERS[cls] = TypeAdapter(cls)
    return _ADAPTERS[cls]


def section_from_table(cls: type[T], table: Any, name: str, base: Path | None = None) -> T:
    """Build the settings dataclass `cls` (declared with SETTINGS: strict types, no unknown keys) from a TOML
    table, with pydantic; ConfigError names the bad key as `[name] key`. A relative path is taken from `base`
    (the config file's folder)."""
    if table is None:
        table = {}
    if not isinstance(table, dict):
        raise ConfigError(f"config: [{name}] must be a table")
    try:
        # As JSON: strict about types (no "3" for 3, no true for 1) while a string still makes a Path.
        value = _adapter(cls).validate_json(json.dumps(table, default=str))
    except ValidationError as exc:
        raise ConfigError(_message(exc, cls, table, name)) from None
    if base is not None:
        relative = {
            key: base / v for key in table if isinstance(v := getattr(value, key), Path) and not v.is_absolute()
        }
        value = dataclasses.replace(value, **relative) if relative else value  # type: ignore[type-var]
    return value


def _message(exc: ValidationError, cls: type, table: dict[str, Any], name: str) -> str:
    """The first problem pydantic found, in the words of this project's other config messages."""
    error = exc.errors()[0]
    key = str(error["loc"][0]) if error["loc"] else ""
    if error["type"] in ("unexpected_keyword_argument", "extra_forbidden"):
        known = ", ".join(sorted(f.name for f in dataclasses.fields(cls)))
        return f"config: unknown key [{name}] {key} (known keys: {known})"
    if error["type"] == "value_error":  # a range check of __post_init__
        return f"config: [{name}] {error['msg'].removeprefix('Value error, ')}"
    return f"config: [{name}] {key} = {table.get(key)!r} has the wrong type: {error['msg'].lower()}"
