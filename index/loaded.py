"""The loaded index: everything a search reads (sentences, chunks, vectors, keyword postings and the per-sentence
analysis), across its segments, read-only."""

from __future__ import annotations

import dataclasses

import numpy as np

from index.chunking import Sentence
from index.corpus import Article
from index.keyword import KeywordIndex
from index.manifest import Manifest
from index.segment import SIDES, Segment
from index.tables import ChunkTable, Column, Rows, SentenceTable


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
    answers: Column  # what it answers (a denial: its claim; a "But ..." claim: its denial; answered_claims), or -1
    paragraphs: np.ndarray  # for each sentence, a number shared only by the sentences of its paragraph (_paragraphs)

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
            paragraphs=_paragraphs(segments),
        )

    def nearest_chunks(self, qvecs: np.ndarray, depth: int) -> tuple[np.ndarray, np.ndarray]:
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


def _paragraphs(segments: tuple[Segment, ...]) -> np.ndarray:
    """For each sentence, a number shared only by the sentences of its paragraph: its segment's number, its
    article's place in the segment and its block's in the article, one field each (read once at load, as arrays)."""
    parts = [
        (np.int64(n) << 48)
        | (np.asarray(seg.sentence_units["article"], dtype=np.int64) << 24)
        | np.asarray(seg.sentence_units["block"], dtype=np.int64)
        for n, seg in enumerate(segments)
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
