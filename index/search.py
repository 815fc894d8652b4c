"""Hybrid retrieval: FAISS over chunks and BM25 over sentences, fused by reciprocal rank, scored per sentence."""

from __future__ import annotations

import dataclasses

import numpy as np

from index.chunking import Sentence
from index.store import Index

RRF_K = 60


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A sentence that may answer, with the evidence for it."""

    sentence: Sentence
    dense: float  # cosine of the question and the sentence
    context: float  # cosine of the question and the best chunk holding the sentence
    coverage: float  # share of the question's keyword weight the sentence contains
    fused: float  # reciprocal-rank-fusion score of its chunk


def top_indices(scores: np.ndarray, k: int) -> list[int]:
    """Indices of the `k` highest positive scores, best first, without sorting the whole array."""
    positive = int(np.count_nonzero(scores > 0))
    k = min(k, positive)
    if k <= 0:
        return []
    part = np.argpartition(-scores, k - 1)[:k]
    return [int(i) for i in part[np.argsort(-scores[part])]]


def search_chunks(
    index: Index, qvec: np.ndarray, terms: list[str], k: int, sent_scores: np.ndarray
) -> dict[int, tuple[float, float]]:
    """The top `k` chunks by reciprocal rank fusion of dense and keyword ranks: {chunk id: (rrf, cosine)}."""
    n = index.faiss_index.ntotal
    if n == 0:
        return {}
    depth = min(n, max(4 * k, 50))
    sims, ids = index.faiss_index.search(qvec.reshape(1, -1).astype(np.float32), depth)
    dense_rank = {int(c): r for r, c in enumerate(ids[0]) if c >= 0}
    cosine = {int(c): float(s) for c, s in zip(ids[0], sims[0], strict=True) if c >= 0}

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
    best = sorted(fused, key=lambda c: -fused[c])[:k]
    missing = [c for c in best if c not in cosine]
    if missing:  # found by keywords only: its cosine is still needed
        vecs = np.stack([index.faiss_index.reconstruct(c) for c in missing])
        for c, s in zip(missing, vecs @ qvec, strict=True):
            cosine[c] = float(s)
    return {c: (fused[c], cosine[c]) for c in best}


def candidates(index: Index, qvec: np.ndarray, terms: list[str], k: int) -> list[Candidate]:
    """Every sentence of the top chunks, and the best sentences by keywords alone, scored against the question."""
    sent_scores = index.keyword.scores(terms)
    chunks = search_chunks(index, qvec, terms, k, sent_scores)
    best_chunk: dict[int, tuple[float, float]] = {}
    for cid, (fused, cos) in chunks.items():
        for sid in index.chunks[cid].sentence_ids:
            old = best_chunk.get(sid)
            if old is None or cos > old[1]:
                best_chunk[sid] = (fused, cos)
    # A sentence that matches the question's words well is a candidate even when its chunk is not.
    for sid in top_indices(sent_scores, k):
        if int(sid) not in best_chunk:
            best_chunk[int(sid)] = (0.0, 0.0)
    if not best_chunk:
        return []
    sids = sorted(best_chunk)
    dense = np.asarray(index.sentence_vectors[sids]) @ qvec
    out = []
    for sid, d in zip(sids, dense, strict=True):
        s = index.sentences[sid]
        fused, cos = best_chunk[sid]
        out.append(Candidate(s, float(d), cos, index.keyword.coverage(terms, s.text), fused))
    return out
