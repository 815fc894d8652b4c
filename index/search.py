"""Hybrid retrieval: FAISS over chunks and BM25 over sentences, fused by reciprocal rank, scored per sentence."""

from __future__ import annotations

import dataclasses

import numpy as np

from index.chunking import Sentence
from index.keyword import top_indices
from index.loaded import Index

RRF_K = 60


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A sentence that may answer, and its cosine with the question."""

    sentence: Sentence
    dense: float


def search_chunks(index: Index, qvec: np.ndarray, k: int, sent_scores: np.ndarray) -> list[int]:
    """The top `k` chunks by reciprocal rank fusion of their dense rank and their keyword rank."""
    n = index.manifest.n_chunks
    if n == 0:
        return []
    depth = min(n, max(4 * k, 50))
    _, ids = index.search_chunks(qvec, depth)
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
    sids = {sid for cid in search_chunks(index, qvec, k, sent_scores) for sid in index.chunks.sentence_ids(cid)}
    # A sentence that matches the question's words well is a candidate even when its chunk is not.
    sids.update(top_indices(sent_scores, k))
    if not sids:
        return []
    ordered = sorted(sids)
    dense = np.asarray(index.sentence_vectors[ordered]) @ qvec
    return [Candidate(index.sentences[sid], float(d)) for sid, d in zip(ordered, dense, strict=True)]
