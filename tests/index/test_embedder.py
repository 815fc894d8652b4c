"""The real model: the direct forward pass used for questions gives the vectors sentence-transformers gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index.embedder import SentenceTransformerEmbedder
from tests.conftest import ROOT, held_out_questions


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


def test_a_process_ending_while_the_model_loads_waits_for_the_load(tmp_path: Path) -> None:
    """A refused `add` can end while the model still loads in the background; ending a process while that thread is
    inside torch's native code aborts it ("terminate called without an active exception", exit code -6). The
    process waits for the load instead: here a load that takes a second finishes after the main thread is done."""
    import subprocess
    import sys

    marker = tmp_path / "loaded"
    script = (
        "import time\n"
        "from index.embedder import SentenceTransformerEmbedder\n"
        "class Slow(SentenceTransformerEmbedder):\n"
        "    def load(self):\n"
        "        time.sleep(1.0)\n"
        f"        open({str(marker)!r}, 'w').close()\n"
        "        return self\n"
        "Slow().warm_up()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert marker.exists()
