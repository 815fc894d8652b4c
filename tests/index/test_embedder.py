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


def test_questions_through_torch_compute_with_the_threads_configured() -> None:
    """[index] question_threads = 1, for a model whose questions go through torch (no encoder check made): the
    first question sets torch's threads; loading the model for a build does not."""
    import torch

    from index.embedder import SentenceTransformerEmbedder

    before = torch.get_num_threads()
    try:
        torch.set_num_threads(2)
        embedder = SentenceTransformerEmbedder(threads=1).load()
        assert torch.get_num_threads() == 2
        embedder.encode_questions(["Who struck al-Bab?"])
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)
