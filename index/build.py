"""Building the index from articles: sentences and chunks, their vectors (reused by content hash when they can
be), keyword postings, FAISS, and the analysis stored per sentence (speakers, sides, entities, reprints)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING

import faiss
import numpy as np
from tqdm import tqdm

from index.attribution import continues_quotation, speakers
from index.chunking import Chunk, Sentence, article_sentences, chunk_sentences
from index.config import IndexSettings
from index.corpus import Article, fingerprint
from index.embedder import Embedder
from index.keyword import Postings
from index.loaded import Index
from index.manifest import FORMAT, UNITS_VERSION, Manifest
from index.nlp import entity_mask, lemma_terms, parse, verb_arguments
from index.passages import same_passage
from index.segment import CHUNK_UNITS, KINDS, SENTENCE_UNITS, SIDES, Segment, SegmentInfo, Vectors
from index.stance import accusations, answered_claims, by_negation_alone, continued_denials, stance

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


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
    _, near = earlier.nearest_chunks(vectors, depth)
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
    if s.kind == "byline":
        return "other"  # who wrote the article: it asserts nothing, and no denial answers it
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
    article_of, texts = [s.article_id for s in sentences], [s.text for s in sentences]
    negative = [side == "denial" and by_negation_alone(doc) for side, doc in zip(sides, docs, strict=True)]
    sides = accusations(sides, article_of, who, texts, negative)
    answered = answered_claims(sides, article_of, who, texts)
    continues = [j > 0 and continues_quotation(sentences[j - 1], s) for j, s in enumerate(sentences)]
    continued = continued_denials(sides, continues, answered)
    if continued != sides:  # a quotation a denial opened goes on as the denial: what answers what may change
        sides, answered = continued, answered_claims(continued, article_of, who, texts)
    denying = [j for j, side in enumerate(sides) if side == "denial"]
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
        postings=Postings.build([s.text for s in sentences], [verb_arguments(doc) + lemma_terms(doc) for doc in docs]),
        denials=np.asarray([sentences[j].id for j in denying], dtype=np.int64),
        denial_vectors=np.ascontiguousarray(sent_vecs[denying], dtype=np.float32).reshape(-1, sent_vecs.shape[1]),
    )


def manifest_of(
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
    manifest = manifest_of(articles, embedder, settings, (segment,))
    return Index.assemble(manifest, {a.id: a for a in articles}, (segment,))
