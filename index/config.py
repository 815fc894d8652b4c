"""Typed settings of the retrieval core, and the checked reading of a TOML table into frozen dataclasses."""

from __future__ import annotations

import dataclasses
import types
from pathlib import Path
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from index.errors import ConfigError

T = TypeVar("T")


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
    # process, an index build, a neighbour) can no longer stall it (p90 beside a busy core: x1.2 of the idle p50
    # with 1 thread, x3 with both cores). Building the index uses every core either way.
    question_threads: int = 1

    def __post_init__(self) -> None:
        _at_least(
            self,
            question_threads=0,
            max_segments=2,
            chunk_max_chars=100,
            chunk_overlap_sentences=0,
            exact_search_max_chunks=0,
            hnsw_m=4,
            hnsw_ef_search=1,
            batch_size=1,
        )


@dataclasses.dataclass(frozen=True)
class AnswerSettings:
    """How many quotes an answer shows and when it abstains."""

    max_quotes: int = 3
    max_chars: int = 600
    candidate_chunks: int = 20
    # Relevance (cosine + 0.5 x keyword coverage + 0.2 x phrase match) below which the articles are taken not
    # to answer.
    min_relevance: float = 0.45
    # A further quote must score at least this fraction of the best one.
    relative_cutoff: float = 0.8
    max_question_chars: int = 6000

    def __post_init__(self) -> None:
        _at_least(self, max_quotes=1, max_chars=100, candidate_chunks=1, max_question_chars=1)
        if not 0 < self.relative_cutoff <= 1:
            raise ValueError("relative_cutoff must be above 0 and at most 1")


def _at_least(settings: object, **minimums: int) -> None:
    for key, minimum in minimums.items():
        if getattr(settings, key) < minimum:
            raise ValueError(f"{key} must be at least {minimum}")


def _check_type(value: Any, hint: Any) -> bool:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return any(_check_type(value, h) for h in get_args(hint))
    if hint is Path:
        return isinstance(value, str)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin is tuple:
        (inner, _) = get_args(hint) if len(get_args(hint)) == 2 else (get_args(hint)[0], None)
        return isinstance(value, list) and all(_check_type(v, inner) for v in value)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def section_from_table(cls: type[T], table: Any, name: str, base: Path | None = None) -> T:
    """Build the frozen dataclass `cls` from a TOML table, naming any bad key as `[name] key`."""
    if table is None:
        table = {}
    if not isinstance(table, dict):
        raise ConfigError(f"config: [{name}] must be a table")
    hints = get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(f"config: unknown key [{name}] {key} (known keys: {known})")
        hint = hints[key]
        if not _check_type(value, hint):
            raise ConfigError(f"config: [{name}] {key} = {value!r} has the wrong type; expected {_hint_name(hint)}")
        if hint is Path:
            path = Path(value)
            value = path if path.is_absolute() or base is None else base / path
        elif get_origin(hint) is tuple:
            value = tuple(value)
        elif hint is float:
            value = float(value)
        values[key] = value
    try:
        return cls(**values)
    except ValueError as exc:  # a __post_init__ range check
        raise ConfigError(f"config: [{name}] {exc}") from None


def _hint_name(hint: Any) -> str:
    if get_origin(hint) is tuple:
        return f"a list of {_hint_name(get_args(hint)[0])}"
    if hint is Path:
        return "a path (string)"
    return {int: "an integer", float: "a number", str: "a string", bool: "true or false"}.get(hint, str(hint))
