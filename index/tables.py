"""Reading across segments: sentences, chunks and per-sentence values by global id, made from the segments'
arrays when asked for (nothing is copied out of the mapped files)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

import numpy as np

from index.chunking import Chunk, Sentence
from index.corpus import Article
from index.segment import KINDS, Segment


class _Layout:
    """Which segment holds a global row number, and at which local row."""

    def __init__(self, sizes: list[int]) -> None:
        # A list: bisect finds the segment of one row without numpy's overhead.
        self.starts = list(itertools.accumulate(sizes[:-1], initial=0)) if sizes else []
        self.total = sum(sizes)

    def locate(self, i: int) -> tuple[int, int]:
        if not 0 <= i < self.total:
            raise IndexError(i)
        if len(self.starts) == 1:
            return 0, i
        part = bisect.bisect_right(self.starts, i) - 1
        return part, i - self.starts[part]

    def split(self, ids: np.ndarray) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
        """For each segment: the positions in `ids` it holds, and their local rows."""
        if len(ids) and (ids.min() < 0 or ids.max() >= self.total):
            raise IndexError("row out of range")
        parts = np.searchsorted(np.asarray(self.starts), ids, side="right") - 1
        for part in np.unique(parts):
            where = np.nonzero(parts == part)[0]
            yield int(part), where, ids[where] - self.starts[int(part)]


class Rows:
    """Rows of per-segment 2-D arrays (sentence vectors) read by global row number."""

    def __init__(self, parts: list[np.ndarray], dim: int) -> None:
        self._parts = parts
        self._layout = _Layout([len(p) for p in parts])
        self.shape = (self._layout.total, dim)

    def __len__(self) -> int:
        return self._layout.total

    def __getitem__(self, key: Any) -> np.ndarray:
        if isinstance(key, int | np.integer):
            part, j = self._layout.locate(int(key))
            return np.asarray(self._parts[part][j])
        ids = np.asarray(key, dtype=np.int64).reshape(-1)
        out = np.empty((len(ids), self.shape[1]), dtype=np.float32)
        for part, where, local in self._layout.split(ids):
            out[where] = self._parts[part][local]
        return out


T = TypeVar("T")


class _Table(Sequence[T], Generic[T]):
    """A read-only sequence over the segments, each item made from its segment's arrays when asked for."""

    def __init__(self, sizes: list[int]) -> None:
        self._layout = _Layout(sizes)

    def __len__(self) -> int:
        return self._layout.total

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[T]: ...
    def __getitem__(self, i: int | slice) -> T | Sequence[T]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        part, j = self._layout.locate(int(i))
        return self._item(part, j, int(i))

    def __iter__(self) -> Iterator[T]:
        for i in range(len(self)):
            yield self[i]

    def _item(self, part: int, local: int, i: int) -> T:
        raise NotImplementedError


class SentenceTable(_Table[Sentence]):
    """All sentences, by global id; the text of each is sliced from its article when asked for."""

    def __init__(self, segments: Sequence[Segment], articles: dict[str, Article]) -> None:
        super().__init__([s.n_sentences for s in segments])
        self._segments = segments
        self._texts = [[articles[aid].text for aid in s.article_ids] for s in segments]
        self._units = [np.asarray(s.sentence_units) for s in segments]
        self._made: dict[int, Sentence] = {}

    def __getitem__(self, i: Any) -> Any:
        made = self._made.get(i) if type(i) is int else None  # most asks are of a sentence made already
        return made if made is not None else super().__getitem__(i)

    def _item(self, part: int, local: int, i: int) -> Sentence:
        s = self._made.get(i)
        if s is None:
            seg = self._segments[part]
            u = self._units[part][local]
            a, start, end = int(u["article"]), int(u["start"]), int(u["end"])
            text = self._texts[part][a][start:end]
            s = Sentence(i, seg.article_ids[a], start, end, text, int(u["block"]), KINDS[int(u["kind"])])
            if len(self._made) >= 65536:  # the hot ones come back quickly; a big corpus is not all held
                self._made.clear()
            self._made[i] = s
        return s


class ChunkTable(_Table[Chunk]):
    """All chunks, by global id."""

    def __init__(self, segments: Sequence[Segment], sentences: SentenceTable) -> None:
        super().__init__([s.n_chunks for s in segments])
        self._segments = segments
        self._sentences = sentences
        self._units = [np.asarray(s.chunk_units) for s in segments]  # plain views: faster to index than np.memmap

    def sentence_ids(self, cid: int) -> range:
        part, local = self._layout.locate(cid)
        u = self._units[part][local]
        return range(int(u["first"]), int(u["first"]) + int(u["count"]))

    def _item(self, part: int, local: int, i: int) -> Chunk:
        ss = [self._sentences[j] for j in self.sentence_ids(i)]
        return Chunk(
            i, ss[0].article_id, ss[0].start, ss[-1].end, tuple(s.id for s in ss), " ".join(s.text for s in ss)
        )


class Column(_Table[Any]):
    """One value per sentence across the segments: a field of their units, optionally a position in a table of
    names that `names` gives for each segment."""

    def __init__(
        self, segments: Sequence[Segment], field: str, names: Callable[[Segment], Sequence[str]] | None = None
    ) -> None:
        super().__init__([s.n_sentences for s in segments])
        # np.asarray: plain views of the mapped files (no copy), which index faster than np.memmap objects.
        self._arrays = [np.asarray(s.sentence_units[field]) for s in segments]
        self._names = [names(s) for s in segments] if names is not None else None

    def _item(self, part: int, local: int, i: int) -> Any:
        value = int(self._arrays[part][local])
        return self._names[part][value] if self._names is not None else value

    def take(self, ids: Sequence[int]) -> list[Any]:
        """The values of many sentences at once (a question's candidates): one array read per segment."""
        rows = np.asarray(ids, dtype=np.int64).reshape(-1)
        values = np.empty(len(rows), dtype=np.int64)
        parts = np.zeros(len(rows), dtype=np.int64)
        for part, where, local in self._layout.split(rows):
            values[where] = self._arrays[part][local]
            parts[where] = part
        if self._names is None:
            return values.tolist()
        return [self._names[p][v] for p, v in zip(parts.tolist(), values.tolist(), strict=True)]
