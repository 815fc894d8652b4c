"""The real model: the direct forward pass used for questions gives the vectors sentence-transformers gives."""

from __future__ import annotations

import numpy as np

from index.embedder import SentenceTransformerEmbedder
from tests.conftest import held_out_questions


def test_the_fast_path_matches_encode(real_embedder: SentenceTransformerEmbedder) -> None:
    questions = [str(q["question"]) for q in held_out_questions()]
    assert len(questions) <= 64  # one batch: the path questions take
    reference = real_embedder.library_encode(questions)
    batched = real_embedder.encode(questions)
    one_by_one = np.concatenate([real_embedder.encode([q]) for q in questions[:8]])
    assert batched.shape == reference.shape and batched.dtype == np.float32
    assert np.abs(batched - reference).max() < 1e-5
    assert np.abs(one_by_one - reference[:8]).max() < 1e-5
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    # More texts than a batch go through encode(), in batches: the same vectors again.
    many = real_embedder.encode(questions * 3)
    assert np.abs(many - np.concatenate([reference] * 3)).max() < 1e-5
