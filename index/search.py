"""Hybrid retrieval: FAISS over chunks and BM25 over sentences, fused by reciprocal rank, scored per sentence;
for a question of whether something is so, the denials that may answer its claims; and the sentences next to
the leading candidates, which may complete a quote."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from index.chunking import Sentence, explained_by, introduces
from index.keyword import top_indices
from index.loaded import Index

RRF_K = 60
# How much a sentence's paragraph counts in its closeness to the question (cosines): measured on 29 written sets
# of four articles each, 0.2-0.3 found more answers with no side of a dispute lost; 0.4 and 0.5 found as many more
# but lost a side of two disputes, since a neighbour lifted so far outranks the side's own sentence.
CONTEXT_WEIGHT = 0.3


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A sentence that may answer, and its cosine with the question."""

    sentence: Sentence
    dense: float


def cosines(index: Index, sids: Sequence[int], qvec: np.ndarray) -> np.ndarray:
    """Each sentence's closeness to the question: its cosine, lifted toward the cosine of its passage in its
    paragraph (its vector summed with those of the sentences just before and after it there) when that is
    closer. A sentence that leaves its subject to the one before ("It said it had asked an independent doctor to
    review the case.", "The fine is up to 50,000 crowns.") is about what its paragraph is about, which its own
    words may not say; it never falls below its own cosine, so a sentence that answers in its own words keeps
    its place."""
    ids = np.asarray(sids, dtype=np.int64)
    if not len(ids):
        return np.zeros(0)
    own = np.asarray(index.sentence_vectors[ids], dtype=np.float64)
    window = own.copy()
    for step in (-1, 1):
        near = ids + step
        inside = np.flatnonzero((near >= 0) & (near < len(index.paragraphs)))
        same = inside[index.paragraphs[near[inside]] == index.paragraphs[ids[inside]]]
        if len(same):
            window[same] += np.asarray(index.sentence_vectors[near[same]], dtype=np.float64)
    alone = own @ qvec
    norms = np.linalg.norm(window, axis=1)
    # (a window of vectors summing to nothing, as a synthetic index may hold, is as far as can be, not NaN)
    together = (window @ qvec) / np.where(norms > 0, norms, 1.0)
    return np.maximum(alone, (1 - CONTEXT_WEIGHT) * alone + CONTEXT_WEIGHT * together)


def fused_chunks(index: Index, qvec: np.ndarray, k: int, sent_scores: np.ndarray) -> list[int]:
    """The top `k` chunks by reciprocal rank fusion of their dense rank and their keyword rank."""
    n = index.manifest.n_chunks
    if n == 0:
        return []
    depth = min(n, max(4 * k, 50))
    _, ids = index.nearest_chunks(qvec, depth)
    dense_rank = {int(c): r for r, c in enumerate(ids[0]) if c >= 0}

    keyword_rank: dict[int, int] = {}
    for sid in top_indices(sent_scores, 4 * depth):
        # A chunk ranks by its best sentence; only the best sentences are looked at, not every chunk.
        chunk = int(index.sentence_chunk[sid])
        if chunk not in keyword_rank:
            keyword_rank[chunk] = len(keyword_rank)
            if len(keyword_rank) >= depth:
                break

    fused: dict[int, float] = {}
    for ranks in (dense_rank, keyword_rank):
        for c, r in ranks.items():
            fused[c] = fused.get(c, 0.0) + 1.0 / (RRF_K + r + 1)
    return sorted(fused, key=lambda c: -fused[c])[:k]


def candidates(index: Index, qvec: np.ndarray, terms: list[str], k: int) -> list[Candidate]:
    """Every sentence of the top chunks, and the best sentences by keywords alone, with their cosines."""
    sent_scores = index.keyword.scores(terms)
    sids = {sid for cid in fused_chunks(index, qvec, k, sent_scores) for sid in index.chunks.sentence_ids(cid)}
    # A sentence that matches the question's words well is a candidate even when its chunk is not.
    sids.update(top_indices(sent_scores, k))
    if not sids:
        return []
    ordered = sorted(sids)
    dense = cosines(index, ordered, qvec)
    return [Candidate(index.sentences[sid], float(d)) for sid, d in zip(ordered, dense, strict=True)]


def gather(index: Index, qvec: np.ndarray, terms: list[str], k: int, both_sides: bool) -> list[Candidate]:
    """Every sentence that may be quoted for a question: the candidates of its `k` best chunks and its words;
    with `both_sides` (a question of whether something is so), the denials that may answer their claims; then
    the neighbours of the leading ones."""
    found = candidates(index, qvec, terms, k)
    if both_sides and found:
        # Whether something happened: what contradicts the best claim resembles that claim more than
        # it resembles the question, so search once more from the best sentence's own vector.
        best = max(found, key=lambda c: c.dense)
        seen = {c.sentence.id for c in found}
        more = candidates(index, np.asarray(index.sentence_vectors[best.sentence.id]), terms, 8)
        new = [c.sentence.id for c in more if c.sentence.id not in seen]
        found += _scored(index, new, qvec)
        found += question_denials(index, found, qvec)
        found += paired_denials(index, found, qvec)
        found += answering_denials(index, found, qvec)
    found += neighbours(index, found, qvec)
    return found


def question_denials(index: Index, found: list[Candidate], qvec: np.ndarray, k: int = 6) -> list[Candidate]:
    """The denials closest in meaning to the question: a denial rarely repeats the words of what it denies."""
    seen = {c.sentence.id for c in found}
    return _scored(index, [sid for sid, _ in index.nearest_denials(qvec, k) if sid not in seen], qvec)


def paired_denials(
    index: Index, found: list[Candidate], qvec: np.ndarray, claims: int = 3, k: int = 4
) -> list[Candidate]:
    """The denials closest in meaning to the leading claims: what disputes a claim is found from the claim,
    whatever words the question used (index.disputes keeps those close enough to be on the same point)."""
    seen = {c.sentence.id for c in found}
    leading = sorted((c for c in found if index.sides[c.sentence.id] == "claim"), key=lambda c: -c.dense)
    out: list[int] = []
    for c in leading[:claims]:
        for sid, _ in index.nearest_denials(np.asarray(index.sentence_vectors[c.sentence.id]), k):
            if sid not in seen:
                seen.add(sid)
                out.append(sid)
    return _scored(index, out, qvec)


def answering_denials(index: Index, found: list[Candidate], qvec: np.ndarray) -> list[Candidate]:
    """The statements that answer a candidate in its own article (the sentence after it, index.answers): a denial
    of a claim, a claim set against a denial ("But ...")."""
    seen = {c.sentence.id for c in found}
    out: list[int] = []
    for c in found:
        nxt = c.sentence.id + 1
        if nxt in seen or nxt >= len(index.sentences) or index.answers[nxt] != c.sentence.id:
            continue
        seen.add(nxt)
        out.append(nxt)
    return _scored(index, out, qvec)


def neighbours(index: Index, found: list[Candidate], qvec: np.ndarray, top: int = 12) -> list[Candidate]:
    """The sentences next to the leading candidates in their paragraphs, so that a quote can take in the
    sentence that completes it ("the sentence or two") even when retrieval did not bring that one up; and the
    answer of a leading question standing as a paragraph of its own (index.chunking.explained_by)."""
    seen = {c.sentence.id for c in found}
    out: list[int] = []
    for c in sorted(found, key=lambda c: -c.dense)[:top]:
        for sid in explained_by(index.sentences, c.sentence.id):
            if sid not in seen:
                seen.add(sid)
                out.append(sid)
        for sid in (c.sentence.id - 1, c.sentence.id + 1):
            if sid in seen or not 0 <= sid < len(index.sentences):
                continue
            s = index.sentences[sid]
            introduced = sid == c.sentence.id + 1 and introduces(c.sentence, s)
            if s.article_id != c.sentence.article_id or (s.block != c.sentence.block and not introduced):
                continue  # same paragraph, or what a line ending in ":" introduces
            seen.add(sid)
            out.append(sid)
    return _scored(index, out, qvec)


def _scored(index: Index, sids: list[int], qvec: np.ndarray) -> list[Candidate]:
    """The sentences `sids` as candidates, with their closeness to the question (cosines)."""
    return [Candidate(index.sentences[sid], float(d)) for sid, d in zip(sids, cosines(index, sids, qvec), strict=True)]
