"""How an index was built (its manifest, written last and read first): what makes it stale, and its version."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from index.config import IndexSettings
from index.corpus import Article, fingerprint
from index.embedder import Embedder
from index.errors import IndexNotBuilt
from index.segment import SegmentInfo

FORMAT = 6
# Bump when cleaning, sentence splitting, chunking, what is embedded for a unit, or the analysis stored per
# sentence changes.
UNITS_VERSION = 208


@dataclasses.dataclass(frozen=True)
class Manifest:
    """How an index was built; any difference from what would be built now means it is stale."""

    format: int
    units_version: int
    model: str
    dim: int
    chunk_max_chars: int
    chunk_overlap_sentences: int
    corpus_hash: str
    built_at: str
    segments: tuple[SegmentInfo, ...] = ()

    @property
    def n_chunks(self) -> int:
        return sum(s.n_chunks for s in self.segments)

    @property
    def n_sentences(self) -> int:
        return sum(s.n_sentences for s in self.segments)

    @property
    def index_type(self) -> str:
        """The kinds of FAISS index of its segments: "flat", "hnsw", or both ("hnsw+flat")."""
        return "+".join(dict.fromkeys(s.index_type for s in self.segments)) or "flat"

    @property
    def version(self) -> str:
        """A short id of the corpus and settings: what a pin records as "which index answered"."""
        key = f"{self.units_version}|{self.model}|{self.chunk_max_chars}|{self.chunk_overlap_sentences}|"
        return hashlib.sha256((key + self.corpus_hash).encode()).hexdigest()[:12]

    def stale_reason(self, articles: list[Article], embedder: Embedder, settings: IndexSettings) -> str | None:
        """Why this index does not fit the corpus and settings of now, or None if it does."""
        if self.format != FORMAT or self.units_version != UNITS_VERSION:
            return "it was built by another version of the indexer"
        if self.model != embedder.name:
            return f"it was built with the model {self.model!r}, not {embedder.name!r}"
        if (self.chunk_max_chars, self.chunk_overlap_sentences) != (
            settings.chunk_max_chars,
            settings.chunk_overlap_sentences,
        ):
            return "the chunking settings changed"
        if self.corpus_hash != fingerprint(articles):
            return "the articles changed"
        return None

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        segments = tuple(SegmentInfo(**s) for s in data.pop("segments", ()))
        return cls(**data, segments=segments)


def write_manifest(manifest: Manifest, directory: Path) -> None:
    """Atomically: a reader sees the old manifest or the new one, never a part."""
    tmp = directory / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest.as_json(), indent=2), encoding="utf-8")
    os.replace(tmp, directory / "manifest.json")


def read_manifest(directory: Path) -> Manifest:
    path = Path(directory) / "manifest.json"
    if not path.exists():
        raise IndexNotBuilt(f"no index at {directory} (run: python -m bot index)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):  # null, a string, a number: valid JSON, but no manifest
            raise ValueError(f"it holds a {type(data).__name__}, not an object")
        return Manifest.from_json(data)
    except (ValueError, TypeError, AttributeError) as exc:
        raise IndexNotBuilt(f"{path} is damaged ({exc}); rebuild it with: python -m bot index") from None
