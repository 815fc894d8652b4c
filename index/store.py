"""The built index on disk: segments of articles, each with FAISS over its chunks, sentence vectors, keyword
postings and its units as arrays, and a manifest saying how it was built.

A full build makes one segment. An article added later gets a small segment of its own, so adding costs time
in proportion to that article; past `max_segments` the small segments are merged into one. Every file is
read memory-mapped, so processes that load the same index (one per shard) share its pages.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import faiss
import numpy as np
from tqdm import tqdm

from index.attribution import speakers
from index.chunking import Chunk, Sentence, article_sentences, chunk_sentences
from index.config import IndexSettings
from index.corpus import Article, fingerprint
from index.embedder import Embedder
from index.errors import IndexNotBuilt, IndexUnwritable
from index.keyword import KeywordIndex, Postings
from index.nlp import entity_mask, parse
from index.passages import same_passage
from index.segment import (
    CHUNK_UNITS,
    KINDS,
    SENTENCE_UNITS,
    SIDES,
    Segment,
    SegmentInfo,
    Vectors,
    read_segment,
    segment_vectors,
    write_segment,
)
from index.stance import answered_claims, stance
from index.tables import ChunkTable, Column, Rows, SentenceTable

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

FORMAT = 6
# Bump when cleaning, sentence splitting, chunking or what is embedded for a unit changes.
UNITS_VERSION = 5


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


@dataclasses.dataclass(frozen=True)
class Index:
    """A loaded index: everything a search needs, read-only."""

    manifest: Manifest
    articles: dict[str, Article]
    segments: tuple[Segment, ...]
    sentences: SentenceTable
    chunks: ChunkTable
    sentence_vectors: np.ndarray | Rows  # (n_sentences, dim), unit rows
    keyword: KeywordIndex
    sentence_chunk: Column  # for each sentence, the first chunk that holds it
    speakers: Column  # for each sentence, whose words or claim it is (index.attribution)
    sides: Column  # for each sentence, "claim", "denial" or "other" (index.stance)
    entities: Column  # for each sentence, the types of the entities it names (index.nlp bits)
    passages: Column  # for each sentence, a passage id shared by its reprints in other articles
    answers: Column  # for each denial, the id of the claim it answers (index.stance.answered_claims), else -1

    @classmethod
    def assemble(cls, manifest: Manifest, articles: dict[str, Article], segments: tuple[Segment, ...]) -> Index:
        sentences = SentenceTable(segments, articles)
        # np.asarray: plain views of the mapped files (no copy), which index faster than np.memmap objects.
        vectors: np.ndarray | Rows = (
            np.asarray(segments[0].vectors)
            if len(segments) == 1
            else Rows([np.asarray(s.vectors) for s in segments], manifest.dim)
        )
        return cls(
            manifest=manifest,
            articles=articles,
            segments=segments,
            sentences=sentences,
            chunks=ChunkTable(segments, sentences),
            sentence_vectors=vectors,
            keyword=KeywordIndex([s.postings for s in segments], [s.first_sentence for s in segments]),
            sentence_chunk=Column(segments, "chunk"),
            speakers=Column(segments, "speaker", lambda s: s.speaker_names),
            sides=Column(segments, "side", lambda s: SIDES),
            entities=Column(segments, "entities"),
            passages=Column(segments, "passage"),
            answers=Column(segments, "answers"),
        )

    def search_chunks(self, qvecs: np.ndarray, depth: int) -> tuple[np.ndarray, np.ndarray]:
        """The `depth` nearest chunks of each query vector over all segments: (scores, global chunk ids), best
        first, -1 where there are fewer."""
        q = np.ascontiguousarray(qvecs.reshape(-1, self.manifest.dim), dtype=np.float32)
        found_scores, found_ids = [], []
        for seg in self.segments:
            n = seg.faiss_index.ntotal
            if n == 0:
                continue
            scores, ids = seg.faiss_index.search(q, min(depth, n))
            found_scores.append(np.where(ids >= 0, scores, -np.inf))
            found_ids.append(np.where(ids >= 0, ids + seg.first_chunk, -1))
        if not found_ids:
            return np.zeros((len(q), 0), np.float32), np.zeros((len(q), 0), np.int64)
        if len(found_ids) == 1:
            return found_scores[0], found_ids[0]
        scores, ids = np.concatenate(found_scores, axis=1), np.concatenate(found_ids, axis=1)
        order = np.argsort(-scores, axis=1, kind="stable")[:, :depth]
        return np.take_along_axis(scores, order, 1), np.take_along_axis(ids, order, 1)

    def nearest_denials(self, qvec: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The `k` denials closest in meaning to `qvec`: (sentence id, cosine), best first."""
        found: list[tuple[int, float]] = []
        for seg in self.segments:
            if not len(seg.denials):
                continue
            sims = np.asarray(seg.denial_vectors) @ qvec
            best = np.argpartition(-sims, min(k, len(sims)) - 1)[:k]
            found.extend((int(seg.denials[i]), float(sims[i])) for i in best)
        return sorted(found, key=lambda x: -x[1])[:k]

    def next_text(self, sentence: Sentence) -> str:
        """The text of the sentence after this one in the same article, or ''."""
        if sentence.id + 1 >= len(self.sentences):
            return ""
        nxt = self.sentences[sentence.id + 1]
        return nxt.text if nxt.article_id == sentence.article_id else ""

    def previous_text(self, sentence: Sentence) -> str:
        """The text of the sentence before this one in the same article, or ''."""
        if sentence.id == 0:
            return ""
        prev = self.sentences[sentence.id - 1]
        return prev.text if prev.article_id == sentence.article_id else ""


# --- building -------------------------------------------------------------------------------------------


def sentence_embed_text(sentence: Sentence, article: Article) -> str:
    """What is embedded for a sentence: its words, and for a byline what the bare name means."""
    if sentence.kind == "byline":
        return f"The {article.source.outlet} article was written by {sentence.text} (author, byline)."
    return sentence.text


def embed_text(chunk: Chunk, sentences: Sequence[Sentence], article: Article, first: int = 0) -> str:
    """What is embedded for a chunk: its sentences as `sentence_embed_text` gives them (`sentences[0]` has
    id `first`)."""
    return " ".join(sentence_embed_text(sentences[i - first], article) for i in chunk.sentence_ids)


def _hash(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()[:12]


EMBED_BATCH = 16  # texts embedded together when an index is built


def _embed_missing(
    texts: list[str], known: dict[bytes, np.ndarray], embedder: Embedder, batch: int, what: str, progress: bool
) -> tuple[np.ndarray, list[bytes]]:
    """Vectors for `texts` and their hashes, embedding only those whose hash is not in `known`."""
    keys = [_hash(t) for t in texts]
    # Shortest first, in small batches: a batch is padded to its longest text, so texts of like length
    # together cost about a quarter less than a batch of every length (the vectors are the same).
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items(), key=lambda kt: len(kt[1]))
    batch = min(batch, EMBED_BATCH)
    if todo:
        bar = tqdm(total=len(todo), desc=f"embedding {what}", unit=what, disable=not progress)
        for i in range(0, len(todo), batch):
            part = todo[i : i + batch]
            vecs = embedder.encode([t for _, t in part])
            for (k, _), v in zip(part, vecs, strict=True):
                known[k] = v
            bar.update(len(part))
        bar.close()
    log.info("embedded %d new %s, reused %d", len(todo), what, len(texts) - len(todo))
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32), keys
    return np.stack([known[k] for k in keys]).astype(np.float32), keys


def _make_faiss(vectors: np.ndarray, settings: IndexSettings) -> tuple[faiss.Index, str]:
    dim = vectors.shape[1]
    index: faiss.Index
    if len(vectors) > settings.exact_search_max_chunks:
        index = faiss.IndexHNSWFlat(dim, settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 200
        index.hnsw.efSearch = settings.hnsw_ef_search
        kind = "hnsw"
    else:
        index = faiss.IndexFlatIP(dim)
        kind = "flat"
    if len(vectors):
        index.add(vectors)
    return index, kind


def passage_ids(sentences: Sequence[Sentence], vectors: np.ndarray, neighbours: int = 10) -> list[int]:
    """Reprints: sentences of different articles that carry the same passage get one id (a member's id).

    Only each sentence's nearest neighbours by meaning are compared word for word, so this stays
    near-linear in the number of sentences.
    """
    n = len(sentences)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if n > 1:
        vecs = np.ascontiguousarray(vectors, dtype=np.float32)
        if n > 20000:
            knn: faiss.Index = faiss.IndexHNSWFlat(vecs.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
        else:
            knn = faiss.IndexFlatIP(vecs.shape[1])
        knn.add(vecs)
        sims, ids = knn.search(vecs, min(neighbours + 1, n))
        for i in range(n):
            for sim, j in zip(sims[i], ids[i], strict=True):
                if j <= i or sim < 0.5 or sentences[i].article_id == sentences[j].article_id:
                    continue
                if same_passage(sentences[i].text, sentences[j].text):
                    parent[find(int(j))] = find(i)
    return [sentences[find(i)].id for i in range(n)]


def _link_earlier(
    sentences: Sequence[Sentence], vectors: np.ndarray, groups: list[int], earlier: Index, depth: int = 20
) -> list[int]:
    """Passage ids for new sentences that reprint a passage of the earlier segments: the earlier id. The
    earlier sentences compared are those of the chunks nearest in meaning and those sharing the most words,
    so the cost does not grow with the corpus."""
    if not len(sentences) or earlier.manifest.n_chunks == 0:
        return groups
    _, near = earlier.search_chunks(vectors, depth)
    linked: dict[int, int] = {}
    for i, s in enumerate(sentences):
        if groups[i] in linked:
            continue
        maybe = earlier.keyword.best(s.text, 10)
        maybe += [j for cid in near[i] if cid >= 0 for j in earlier.chunks.sentence_ids(int(cid))]
        for sid in dict.fromkeys(maybe):
            if float(np.dot(vectors[i], earlier.sentence_vectors[sid])) < 0.5:
                continue
            if earlier.sentences[sid].article_id != s.article_id and same_passage(s.text, earlier.sentences[sid].text):
                linked[groups[i]] = int(earlier.passages[sid])
                break
    return [linked.get(g, g) for g in groups]


def _side(sentences: Sequence[Sentence], j: int, attributed: bool, doc: Doc) -> str:
    """The side of sentences[j] (parsed as `doc`), read with the sentences next to it in its article."""
    s = sentences[j]
    before = sentences[j - 1].text if j > 0 and sentences[j - 1].article_id == s.article_id else ""
    after = sentences[j + 1].text if j + 1 < len(sentences) and sentences[j + 1].article_id == s.article_id else ""
    return stance(s.text, attributed, before, after, doc=doc)


def build_segment(
    articles: list[Article],
    embedder: Embedder,
    settings: IndexSettings,
    first_sentence: int = 0,
    first_chunk: int = 0,
    reuse: Vectors | None = None,
    earlier: Index | None = None,
    progress: bool = False,
) -> Segment:
    """A segment of these articles whose ids start at the given numbers; vectors whose hash is in `reuse`
    are not computed again; reprints of passages in `earlier` share their passage ids."""
    ordered = sorted(articles, key=lambda a: a.id)
    by_id = {a.id: a for a in ordered}
    sentences: list[Sentence] = []
    chunks: list[Chunk] = []
    who: list[str] = []
    docs: list[Doc] = []  # each sentence parsed once: its speaker, its side and its entity types read the parse
    warm_up = getattr(embedder, "warm_up", None)
    if warm_up is not None:
        warm_up()  # the model loads while the sentences are parsed
    for article in ordered:
        ss = article_sentences(article, first_id=first_sentence + len(sentences))
        parsed = list(parse(s.text for s in ss))
        sentences.extend(ss)
        docs.extend(parsed)
        who.extend(speakers(article, ss, parsed))
        chunks.extend(
            chunk_sentences(ss, settings.chunk_max_chars, settings.chunk_overlap_sentences, first_chunk + len(chunks))
        )
    known_chunks, known_sents = reuse if reuse is not None else ({}, {})
    chunk_vecs, chunk_keys = _embed_missing(
        [embed_text(c, sentences, by_id[c.article_id], first_sentence) for c in chunks],
        known_chunks,
        embedder,
        settings.batch_size,
        "chunks",
        progress,
    )
    sent_vecs, sent_keys = _embed_missing(
        [sentence_embed_text(s, by_id[s.article_id]) for s in sentences],
        known_sents,
        embedder,
        settings.batch_size,
        "sentences",
        progress,
    )
    groups = passage_ids(sentences, sent_vecs)
    if earlier is not None:
        groups = _link_earlier(sentences, sent_vecs, groups, earlier)
    faiss_index, kind = _make_faiss(chunk_vecs, settings)

    positions = {a.id: i for i, a in enumerate(ordered)}
    sides = [_side(sentences, j, who[j] != by_id[s.article_id].source.outlet, docs[j]) for j, s in enumerate(sentences)]
    denying = [j for j, side in enumerate(sides) if side == "denial"]
    answered = answered_claims(sides, [s.article_id for s in sentences])
    names = sorted(set(who))
    name_of = {n: i for i, n in enumerate(names)}
    first_chunk_of = np.full(len(sentences), -1, dtype=np.int64)
    for c in reversed(chunks):
        first_chunk_of[[i - first_sentence for i in c.sentence_ids]] = c.id
    units = np.zeros(len(sentences), dtype=SENTENCE_UNITS)
    for j, s in enumerate(sentences):
        units[j] = (
            positions[s.article_id],
            s.start,
            s.end,
            s.block,
            KINDS.index(s.kind),
            name_of[who[j]],
            SIDES.index(sides[j]),
            entity_mask(docs[j]),
            groups[j],
            answered[j] + first_sentence if answered[j] >= 0 else -1,
            first_chunk_of[j],
            sent_keys[j],
        )
    chunk_units = np.zeros(len(chunks), dtype=CHUNK_UNITS)
    for j, c in enumerate(chunks):
        chunk_units[j] = (c.sentence_ids[0], len(c.sentence_ids), chunk_keys[j])
    info = SegmentInfo(
        name=f"seg-{fingerprint(ordered)[:10]}-{secrets.token_hex(3)}",
        n_articles=len(ordered),
        n_sentences=len(sentences),
        n_chunks=len(chunks),
        index_type=kind,
    )
    return Segment(
        info=info,
        first_sentence=first_sentence,
        first_chunk=first_chunk,
        article_ids=tuple(a.id for a in ordered),
        article_hashes=tuple(a.content_hash for a in ordered),
        speaker_names=tuple(names),
        sentence_units=units,
        chunk_units=chunk_units,
        vectors=sent_vecs,
        faiss_index=faiss_index,
        postings=Postings.build([s.text for s in sentences]),
        denials=np.asarray([sentences[j].id for j in denying], dtype=np.int64),
        denial_vectors=np.ascontiguousarray(sent_vecs[denying], dtype=np.float32).reshape(-1, sent_vecs.shape[1]),
    )


def _manifest(
    articles: list[Article], embedder: Embedder, settings: IndexSettings, segments: tuple[Segment, ...]
) -> Manifest:
    return Manifest(
        format=FORMAT,
        units_version=UNITS_VERSION,
        model=embedder.name,
        dim=embedder.dim,
        chunk_max_chars=settings.chunk_max_chars,
        chunk_overlap_sentences=settings.chunk_overlap_sentences,
        corpus_hash=fingerprint(articles),
        built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        segments=tuple(s.info for s in segments),
    )


def build(
    articles: list[Article],
    embedder: Embedder,
    settings: IndexSettings,
    reuse: Vectors | None = None,
    progress: bool = False,
) -> Index:
    """Build an index of one segment in memory; vectors whose hash is in `reuse` are not computed again."""
    segment = build_segment(articles, embedder, settings, reuse=reuse, progress=progress)
    manifest = _manifest(articles, embedder, settings, (segment,))
    return Index.assemble(manifest, {a.id: a for a in articles}, (segment,))


# --- files ----------------------------------------------------------------------------------------------


def _write_manifest(manifest: Manifest, directory: Path) -> None:
    """Atomically: a reader sees the old manifest or the new one, never a part."""
    tmp = directory / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest.as_json(), indent=2), encoding="utf-8")
    os.replace(tmp, directory / "manifest.json")


def save(index: Index, directory: Path) -> None:
    """Write the whole index; the old one is replaced only once the new one is complete."""
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=directory.name + ".", dir=directory.parent))
    try:
        for segment in index.segments:
            write_segment(segment, tmp / segment.info.name)
        # The manifest is written last: its presence marks a complete index.
        _write_manifest(index.manifest, tmp)
        # The index it replaces moves aside under a name of its own, so that one left behind (a folder whose
        # files could not be deleted) is never in the way of the next save.
        old = None
        if directory.exists():
            old = Path(tempfile.mkdtemp(prefix=directory.name + ".old-", dir=directory.parent))
            directory.rename(old / "index")
        tmp.rename(directory)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not directory.exists() and (old / "index").exists():
            (old / "index").rename(directory)  # the index that was there stays
        raise
    if old is not None:
        _remove_old(old)
    log.info("saved index %s to %s", index.manifest.version, directory)


def _remove_old(old: Path) -> None:
    shutil.rmtree(old, ignore_errors=True)
    if old.exists():
        log.warning("could not delete the replaced index %s; it is not used and can be deleted by hand", old)


@contextlib.contextmanager
def _locked(directory: Path, exclusive: bool) -> Iterator[None]:
    """Readers share the lock, a writer holds it alone: a segment is never deleted under a process that is
    loading it, and two processes never add at once. A reader that cannot create the lock file (an index
    shipped on a read-only disk, which no writer can change either) reads without it."""
    lock = Path(directory).with_name(Path(directory).name + ".lock")
    try:
        if exclusive:
            lock.parent.mkdir(parents=True, exist_ok=True)
        f = open(lock, "a+b")  # noqa: SIM115 (closed below, after the lock is let go)
    except OSError as exc:
        if exclusive:
            raise IndexUnwritable(
                f"the index at {directory} must be built or changed, but {lock} can't be written"
                f" ({exc.strerror or exc}); build it where it can be (python -m bot index) or set [index] dir"
            ) from None
        log.debug("reading %s without a lock (%s)", directory, exc)
        yield
        return
    with f:
        fcntl.flock(f, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


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


def _read_segments(directory: Path, manifest: Manifest) -> tuple[Segment, ...]:
    try:
        segments = tuple(read_segment(directory / info.name, info, manifest.dim) for info in manifest.segments)
    except Exception as exc:  # any damage to any file means the same thing: rebuild
        raise IndexNotBuilt(
            f"the index at {directory} is damaged ({type(exc).__name__}: {exc}); rebuild it with: python -m bot index"
        ) from None
    if not segments:  # each segment was checked against the manifest as it was read
        raise IndexNotBuilt(f"the index at {directory} lists no segment; rebuild it with: python -m bot index")
    return segments


def _load(directory: Path, articles: list[Article], manifest: Manifest) -> Index:
    if manifest.corpus_hash != fingerprint(articles):
        raise IndexNotBuilt(f"the index at {directory} was built from other articles")
    segments = _read_segments(directory, manifest)
    # The manifest's word is not enough: a manifest copied over the segments of another index names these
    # articles, and the sentences it would quote are another article's.
    indexed = {aid: h for seg in segments for aid, h in zip(seg.article_ids, seg.article_hashes, strict=True)}
    if indexed != {a.id: a.content_hash for a in articles}:
        raise IndexNotBuilt(
            f"the index at {directory} is damaged (its segments hold other articles than its manifest names);"
            " rebuild it with: python -m bot index"
        )
    return Index.assemble(manifest, {a.id: a for a in articles}, segments)


def _added(segments: Sequence[Segment], articles: list[Article]) -> list[Article] | None:
    """The articles to add when the corpus only grew since these segments were built; None if an indexed
    article changed or went."""
    now = {a.id: a for a in articles}
    indexed: set[str] = set()
    for seg in segments:
        for aid, h in zip(seg.article_ids, seg.article_hashes, strict=True):
            if aid not in now or now[aid].content_hash != h:
                return None
            indexed.add(aid)
    return [a for a in articles if a.id not in indexed]


def load(directory: Path, articles: list[Article]) -> Index:
    """Load a saved index for these articles; IndexNotBuilt says what is wrong and what to run."""
    directory = Path(directory)
    with _locked(directory, exclusive=False):
        return _load(directory, articles, read_manifest(directory))


def reusable_vectors(directory: Path, model: str) -> Vectors:
    """Chunk and sentence vectors of the index saved at `directory`, by content hash, if built with `model`."""
    chunks: dict[bytes, np.ndarray] = {}
    sents: dict[bytes, np.ndarray] = {}
    try:
        manifest = read_manifest(directory)
        if manifest.model != model or manifest.format != FORMAT:
            return {}, {}
        for info in manifest.segments:
            c, s = segment_vectors(read_segment(directory / info.name, info, manifest.dim))
            chunks.update(c)
            sents.update(s)
    except Exception as exc:  # an unreadable old index only means nothing can be reused
        log.info("nothing reusable in %s (%s)", directory, exc)
    return chunks, sents


def _grow(
    directory: Path,
    base: Index,
    added: list[Article],
    articles: list[Article],
    embedder: Embedder,
    settings: IndexSettings,
    progress: bool,
) -> Index:
    """Add articles as a new segment; past `max_segments`, the small segments and the new articles become one."""
    segments = base.segments
    by_id = {a.id: a for a in articles}
    if len(segments) + 1 > settings.max_segments:
        first, merged = segments[0], segments[1:]
        reuse: Vectors = ({}, {})
        for seg in merged:
            c, s = segment_vectors(seg)
            reuse[0].update(c)
            reuse[1].update(s)
        earlier = Index.assemble(base.manifest, base.articles, (first,))
        todo = [by_id[aid] for seg in merged for aid in seg.article_ids] + added
        new = build_segment(
            todo, embedder, settings, first.n_sentences, first.n_chunks, reuse, earlier, progress=progress
        )
        kept: tuple[Segment, ...] = (first, new)
        dropped: tuple[Segment, ...] = merged
        log.info("merged %d small segments and %d new articles into one segment", len(merged), len(added))
    else:
        last = segments[-1]
        new = build_segment(
            added,
            embedder,
            settings,
            last.first_sentence + last.n_sentences,
            last.first_chunk + last.n_chunks,
            earlier=base,
            progress=progress,
        )
        kept, dropped = (*segments, new), ()
    tmp = Path(tempfile.mkdtemp(prefix=".new-", dir=directory))
    try:
        write_segment(new, tmp / "segment")
        (tmp / "segment").rename(directory / new.info.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    manifest = _manifest(articles, embedder, settings, kept)
    _write_manifest(manifest, directory)
    for seg in dropped:
        shutil.rmtree(directory / seg.info.name, ignore_errors=True)
    log.info("added %d articles to index %s as segment %s", len(added), manifest.version, new.info.name)
    return Index.assemble(manifest, by_id, kept)


def open_index(
    articles: list[Article],
    embedder: Embedder,
    settings: IndexSettings,
    rebuild: bool = True,
    progress: bool = False,
    current: Index | None = None,
) -> Index:
    """The index for these articles: loaded if fresh; grown by a segment if articles were only added; else
    rebuilt (reusing every vector it can) and saved. `current` is the index already in memory, if any."""
    directory = Path(settings.dir)
    with _locked(directory, exclusive=False):
        try:
            manifest = read_manifest(directory)
            reason = manifest.stale_reason(articles, embedder, settings)
            if reason is None:
                if current is not None and current.manifest == manifest:
                    return current
                return _load(directory, articles, manifest)
        except IndexNotBuilt as exc:
            reason = str(exc)
    if not rebuild:
        raise IndexNotBuilt(f"the index must be rebuilt: {reason} (run: python -m bot index)")
    with _locked(directory, exclusive=True):
        try:  # another process may have changed it while this one waited for the lock
            manifest = read_manifest(directory)
            reason = manifest.stale_reason(articles, embedder, settings)
            if reason is None:
                return _load(directory, articles, manifest)
            if reason == "the articles changed":
                base = current if current is not None and current.manifest == manifest else None
                segments = base.segments if base is not None else _read_segments(directory, manifest)
                added = _added(segments, articles)
                if added is not None:
                    if base is None:
                        by_id = {a.id: a for a in articles}
                        indexed = {aid: by_id[aid] for seg in segments for aid in seg.article_ids}
                        base = Index.assemble(manifest, indexed, segments)
                    try:
                        return _grow(directory, base, added, articles, embedder, settings, progress)
                    except OSError as exc:
                        raise _unwritable(directory, exc) from None
        except IndexNotBuilt as exc:
            reason = str(exc)
        log.warning("rebuilding the index: %s", reason)
        reuse = reusable_vectors(directory, embedder.name)
        index = build(articles, embedder, settings, reuse=reuse, progress=progress)
        try:
            save(index, directory)
        except OSError as exc:
            raise _unwritable(directory, exc) from None
        return index


def _unwritable(directory: Path, exc: OSError) -> IndexUnwritable:
    return IndexUnwritable(
        f"the index at {directory} can't be written ({exc.strerror or exc}); free the disk or the folder,"
        " or set [index] dir to a folder that can be written"
    )
