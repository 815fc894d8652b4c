"""The built index on disk: FAISS over chunks, sentence vectors, BM25, and a manifest saying how it was built."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np
from tqdm import tqdm

from index.attribution import speakers
from index.chunking import Chunk, Sentence, article_sentences, chunk_sentences
from index.config import IndexSettings
from index.corpus import Article, fingerprint
from index.embedder import Embedder
from index.errors import IndexNotBuilt
from index.keyword import KeywordIndex
from index.passages import same_passage
from index.stance import stance

log = logging.getLogger(__name__)

FORMAT = 1
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
    index_type: str
    n_chunks: int
    n_sentences: int
    built_at: str

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


@dataclasses.dataclass(frozen=True)
class Index:
    """A loaded index: everything a search needs, read-only."""

    manifest: Manifest
    articles: dict[str, Article]
    sentences: tuple[Sentence, ...]
    chunks: tuple[Chunk, ...]
    faiss_index: faiss.Index
    sentence_vectors: np.ndarray  # (n_sentences, dim), unit rows, memory-mapped where possible
    keyword: KeywordIndex
    sentence_chunk: np.ndarray  # for each sentence, the first chunk that holds it
    speakers: tuple[str, ...]  # for each sentence, whose words or claim it is (index.attribution)
    passages: tuple[int, ...]  # for each sentence, a passage id shared by its reprints in other articles
    denials: np.ndarray  # ids of the sentences that deny or discredit something (index.stance)

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


def _units(articles: list[Article], settings: IndexSettings) -> tuple[list[Sentence], list[Chunk], list[str]]:
    sentences: list[Sentence] = []
    chunks: list[Chunk] = []
    who: list[str] = []
    for article in sorted(articles, key=lambda a: a.id):
        ss = article_sentences(article, first_id=len(sentences))
        sentences.extend(ss)
        who.extend(speakers(article, ss))
        chunks.extend(chunk_sentences(ss, settings.chunk_max_chars, settings.chunk_overlap_sentences, len(chunks)))
    return sentences, chunks, who


def sentence_embed_text(sentence: Sentence, article: Article) -> str:
    """What is embedded for a sentence: its words, and for a byline what the bare name means."""
    if sentence.kind == "byline":
        return f"The {article.source.outlet} article was written by {sentence.text} (author, byline)."
    return sentence.text


def embed_text(chunk: Chunk, sentences: list[Sentence] | tuple[Sentence, ...], article: Article) -> str:
    """What is embedded for a chunk: its sentences as `sentence_embed_text` gives them."""
    return " ".join(sentence_embed_text(sentences[i], article) for i in chunk.sentence_ids)


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


def _embed_missing(
    texts: list[str], known: dict[str, np.ndarray], embedder: Embedder, batch: int, what: str, progress: bool
) -> np.ndarray:
    """Vectors for `texts`, embedding only those whose content hash is not in `known`."""
    keys = [_hash(t) for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
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
        return np.zeros((0, embedder.dim), dtype=np.float32)
    return np.stack([known[k] for k in keys]).astype(np.float32)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


Vectors = tuple[dict[str, np.ndarray], dict[str, np.ndarray]]


def reusable_vectors(directory: Path, model: str) -> Vectors:
    """Chunk and sentence vectors of the index saved at `directory`, by content hash, if built with `model`."""
    try:
        manifest = read_manifest(directory)
        if manifest.model != model:
            return {}, {}
        units = json.loads((directory / "units.json").read_text(encoding="utf-8"))
        index = faiss.read_index(str(directory / "chunks.faiss"))
        chunk_vecs = index.reconstruct_n(0, index.ntotal)
        sent_vecs = np.load(directory / "sentences.npy")
        chunks = {c[2]: v for c, v in zip(units["chunks"], chunk_vecs, strict=True)}
        sents = {s[5]: v for s, v in zip(units["sentences"], sent_vecs, strict=True)}
        return chunks, sents
    except Exception as exc:  # an unreadable old index only means nothing can be reused
        log.info("nothing reusable in %s (%s)", directory, exc)
        return {}, {}


def build(
    articles: list[Article],
    embedder: Embedder,
    settings: IndexSettings,
    reuse: Vectors | None = None,
    progress: bool = False,
) -> Index:
    """Build an index in memory; vectors whose content hash is in `reuse` are not computed again."""
    by_id = {a.id: a for a in articles}
    sentences, chunks, who = _units(articles, settings)
    known_chunks, known_sents = reuse if reuse is not None else ({}, {})
    chunk_vecs = _embed_missing(
        [embed_text(c, sentences, by_id[c.article_id]) for c in chunks],
        known_chunks,
        embedder,
        settings.batch_size,
        "chunks",
        progress,
    )
    sent_vecs = _embed_missing(
        [sentence_embed_text(s, by_id[s.article_id]) for s in sentences],
        known_sents,
        embedder,
        settings.batch_size,
        "sentences",
        progress,
    )
    faiss_index, kind = _make_faiss(chunk_vecs, settings)
    manifest = Manifest(
        format=FORMAT,
        units_version=UNITS_VERSION,
        model=embedder.name,
        dim=embedder.dim,
        chunk_max_chars=settings.chunk_max_chars,
        chunk_overlap_sentences=settings.chunk_overlap_sentences,
        corpus_hash=fingerprint(articles),
        index_type=kind,
        n_chunks=len(chunks),
        n_sentences=len(sentences),
        built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    return Index(
        manifest=manifest,
        articles=by_id,
        sentences=tuple(sentences),
        chunks=tuple(chunks),
        faiss_index=faiss_index,
        sentence_vectors=sent_vecs,
        keyword=KeywordIndex.build([s.text for s in sentences]),
        sentence_chunk=_sentence_chunk(len(sentences), chunks),
        speakers=tuple(who),
        passages=tuple(passage_ids(sentences, sent_vecs)),
        denials=_denials(sentences),
    )


def _denials(sentences: Sequence[Sentence]) -> np.ndarray:
    """Sentences that deny: the other side a yes/no question should look for, whatever words it uses."""
    return np.asarray([s.id for s in sentences if stance(s.text) == "denial"], dtype=np.int64)


def passage_ids(sentences: Sequence[Sentence], vectors: np.ndarray, neighbours: int = 10) -> list[int]:
    """Reprints: sentences of different articles that carry the same passage get one id.

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
    return [find(i) for i in range(n)]


def _sentence_chunk(n: int, chunks: list[Chunk] | tuple[Chunk, ...]) -> np.ndarray:
    out = np.full(n, -1, dtype=np.int64)
    for c in reversed(chunks):
        out[list(c.sentence_ids)] = c.id
    return out


def save(index: Index, directory: Path) -> None:
    """Write the index beside a manifest; the old one is replaced only once the new one is complete."""
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=directory.name + ".", dir=directory.parent))
    try:
        faiss.write_index(index.faiss_index, str(tmp / "chunks.faiss"))
        np.save(tmp / "sentences.npy", np.asarray(index.sentence_vectors, dtype=np.float32))
        index.keyword.save(tmp)
        units = {
            "sentences": [
                [
                    s.article_id,
                    s.start,
                    s.end,
                    s.block,
                    s.kind,
                    _hash(sentence_embed_text(s, index.articles[s.article_id])),
                    index.speakers[s.id],
                    index.passages[s.id],
                ]
                for s in index.sentences
            ],
            "chunks": [
                [
                    c.article_id,
                    list(c.sentence_ids),
                    _hash(embed_text(c, index.sentences, index.articles[c.article_id])),
                ]
                for c in index.chunks
            ],
        }
        (tmp / "units.json").write_text(json.dumps(units), encoding="utf-8")
        # The manifest is written last: its presence marks a complete index.
        (tmp / "manifest.json").write_text(json.dumps(dataclasses.asdict(index.manifest), indent=2), encoding="utf-8")
        old = directory.with_name(directory.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        if directory.exists():
            directory.rename(old)
        tmp.rename(directory)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("saved index %s to %s", index.manifest.version, directory)


def read_manifest(directory: Path) -> Manifest:
    path = Path(directory) / "manifest.json"
    if not path.exists():
        raise IndexNotBuilt(f"no index at {directory} (run: python -m bot index)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(**data)
    except (ValueError, TypeError) as exc:
        raise IndexNotBuilt(f"{path} is damaged ({exc}); rebuild it with: python -m bot index") from None


def load(directory: Path, articles: list[Article]) -> Index:
    """Load a saved index for these articles; IndexNotBuilt says what is wrong and what to run."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    if manifest.corpus_hash != fingerprint(articles):
        raise IndexNotBuilt(f"the index at {directory} was built from other articles")
    by_id = {a.id: a for a in articles}
    try:
        faiss_index = faiss.read_index(str(directory / "chunks.faiss"), faiss.IO_FLAG_MMAP)
        sentence_vectors = np.load(directory / "sentences.npy", mmap_mode="r")
        keyword = KeywordIndex.load(directory)
        units = json.loads((directory / "units.json").read_text(encoding="utf-8"))
        sentences = tuple(
            Sentence(i, aid, start, end, by_id[aid].text[start:end], block, kind)
            for i, (aid, start, end, block, kind, *_) in enumerate(units["sentences"])
        )
        chunks = tuple(
            Chunk(
                i,
                aid,
                sentences[ids[0]].start,
                sentences[ids[-1]].end,
                tuple(ids),
                " ".join(sentences[j].text for j in ids),
            )
            for i, (aid, ids, _) in enumerate(units["chunks"])
        )
    except Exception as exc:  # any damage to any file means the same thing: rebuild
        raise IndexNotBuilt(
            f"the index at {directory} is damaged ({type(exc).__name__}: {exc}); rebuild it with: python -m bot index"
        ) from None
    if (
        faiss_index.ntotal != manifest.n_chunks
        or len(chunks) != manifest.n_chunks
        or sentence_vectors.shape != (manifest.n_sentences, manifest.dim)
        or faiss_index.d != manifest.dim
    ):
        raise IndexNotBuilt(
            f"the index at {directory} is incomplete (its files disagree with its manifest); "
            "rebuild it with: python -m bot index"
        )
    return Index(
        manifest=manifest,
        articles=by_id,
        sentences=sentences,
        chunks=chunks,
        faiss_index=faiss_index,
        sentence_vectors=sentence_vectors,
        keyword=keyword,
        sentence_chunk=_sentence_chunk(len(sentences), chunks),
        speakers=tuple(row[6] for row in units["sentences"]),
        passages=tuple(int(row[7]) for row in units["sentences"]),
        denials=_denials(sentences),
    )


def open_index(
    articles: list[Article],
    embedder: Embedder,
    settings: IndexSettings,
    rebuild: bool = True,
    progress: bool = False,
) -> Index:
    """The index for these articles: loaded if fresh, else rebuilt (reusing what it can) and saved."""
    directory = settings.dir
    reason: str | None
    try:
        manifest = read_manifest(directory)
        reason = manifest.stale_reason(articles, embedder, settings)
        if reason is None:
            return load(directory, articles)
    except IndexNotBuilt as exc:
        reason = str(exc)
    if not rebuild:
        raise IndexNotBuilt(f"the index must be rebuilt: {reason} (run: python -m bot index)")
    log.warning("rebuilding the index: %s", reason)
    reuse = reusable_vectors(directory, embedder.name)
    index = build(articles, embedder, settings, reuse=reuse, progress=progress)
    save(index, directory)
    return index
