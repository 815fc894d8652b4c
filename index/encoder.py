"""The sentence model's forward pass in numpy, read from its own files: tokenize, BERT layers, mean pooling,
normalise. Questions are embedded with it, so answering never imports torch or sentence-transformers (they
take 4 s to import); the index is still built with the library, and `check` compares the two on real text."""

from __future__ import annotations

import json
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# How far a vector of this encoder may be from the library's (largest difference of one component of two unit
# vectors): float32 arithmetic done in another order gives about 1e-7; a wrong step gives 1e-2 or more.
TOLERANCE = 1e-4
# Texts computed together, of the same number of tokens or about (measured on 312 questions, one thread: 8 at a
# time take 3.5 ms each, 16 or 32 3.25 ms, 64 3.4 ms, 128 3.9 ms: bigger arrays leave the processor's caches).
BATCH = 16
# Token rows (texts x tokens) of the biggest batch whose workspace is kept (26 floats of 384 a row, about 20 MB a
# thread): BATCH questions of 32 tokens. Longer texts (sentences checked at build) compute in arrays of their own.
KEEP_ROWS = BATCH * 32
# erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26), for BERT's exact GELU without scipy.
_ERF_P = 0.3275911
_ERF_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


class Unsupported(Exception):
    """The model folder holds a model this encoder does not compute (another architecture or pooling)."""


def _erfc_positive(z: np.ndarray, scale: float, spare: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """scale * erfc(z) for z >= 0 (Abramowitz and Stegun 7.1.26: erfc(z) = t * poly(t) * exp(-z^2), t = 1 / (1 +
    p z), to within 1.5e-7), in as few passes over the array as possible (this is most of the model's time after
    the matrix products). `scale` is folded into the coefficients; z is overwritten; `spare`: two arrays of z's
    shape to compute in (the second is returned), else new ones."""
    t, y = spare if spare is not None else (np.empty_like(z), np.empty_like(z))
    np.multiply(z, np.float32(_ERF_P), out=t)
    t += 1
    np.divide(np.float32(1), t, out=t)  # np.reciprocal is four times slower on float32
    np.multiply(t, np.float32(_ERF_A[4] * scale), out=y)
    for coefficient in reversed(_ERF_A[:4]):
        y += np.float32(coefficient * scale)
        y *= t
    z *= z
    np.negative(z, out=z)
    np.exp(z, out=z)
    y *= z
    return y


def _gelu(x: np.ndarray, spare: tuple[np.ndarray, ...] | None = None) -> np.ndarray:
    """BERT's exact GELU, x * (1 + erf(x / sqrt 2)) / 2, overwriting x. With e = erfc(|x| / sqrt 2) it is x - |x| e
    / 2 for x >= 0 and |x| e / 2 for x < 0, that is max(x, 0) - |x| e / 2: no sign to copy back (a slow pass).
    `spare`: four arrays of x's shape to compute in, else new ones."""
    magnitude, z, t, y = spare if spare is not None else tuple(np.empty_like(x) for _ in range(4))
    np.abs(x, out=magnitude)
    np.multiply(magnitude, np.float32(0.7071067811865476), out=z)
    half_tail = _erfc_positive(z, 0.5, (t, y))
    half_tail *= magnitude
    np.maximum(x, 0, out=x)
    x -= half_tail
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float, out: np.ndarray) -> np.ndarray:
    """Layer normalisation of x's rows into `out` (x itself may be `out`; x is overwritten either way)."""
    mean = x.mean(axis=-1, keepdims=True)
    x -= mean
    var = np.einsum("ij,ij->i", x, x)[:, None]  # the squares summed without an array of them
    var /= np.float32(x.shape[-1])
    var += np.float32(eps)
    np.sqrt(var, out=var)
    np.divide(x, var, out=out)
    out *= weight
    out += bias
    return out


class _Workspace:
    """Arrays a forward pass computes in, kept from one batch to the next: a new array of a megabyte is memory
    the system maps afresh and faults in page by page, which took as long as the products themselves."""

    def __init__(self) -> None:
        self._flat: dict[str, np.ndarray] = {}

    def take(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        size = int(np.prod(shape))
        flat = self._flat.get(name)
        if flat is None or flat.size < size:
            flat = self._flat[name] = np.empty(size, np.float32)
        return flat[:size].reshape(shape)


class NumpyEncoder:
    """A BERT sentence model with mean pooling and unit vectors (what all-MiniLM-L6-v2 is), computed in numpy."""

    def __init__(self, folder: Path, workers: int = 1) -> None:
        self.folder = Path(folder)
        self.workers = max(1, workers)  # threads a batch of many texts is split over (see `encode`)
        self._pool: ThreadPoolExecutor | None = None
        self._pool_size = 0
        self._ready = False
        self._lock = threading.Lock()
        self._local = threading.local()  # each thread's workspace
        self._w: dict[str, np.ndarray] = {}
        self._tokenizer: Any = None

    def load(self) -> NumpyEncoder:
        with self._lock:
            if not self._ready:
                self._load()
                self._ready = True
        return self

    def _load(self) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = self.folder
        try:
            config = json.loads((folder / "config.json").read_text())
            modules = json.loads((folder / "modules.json").read_text())
            pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
            st_config = json.loads((folder / "sentence_bert_config.json").read_text())
        except (OSError, ValueError) as exc:
            raise Unsupported(f"{folder} is not a sentence-transformers model folder: {exc}") from exc
        kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
        if (
            config.get("model_type") != "bert"
            or config.get("hidden_act") != "gelu"
            or config.get("position_embedding_type", "absolute") != "absolute"
            or kinds != ["Transformer", "Pooling", "Normalize"]
            or not pooling.get("pooling_mode_mean_tokens")
            or any(pooling.get(k) for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens"))
            or pooling.get("pooling_mode_mean_sqrt_len_tokens")
        ):
            raise Unsupported(f"{folder} is not a BERT model with mean pooling and normalisation")
        self._heads = int(config["num_attention_heads"])
        self._layers = int(config["num_hidden_layers"])
        self._eps = float(config.get("layer_norm_eps", 1e-12))
        weights = load_file(str(folder / "model.safetensors"))
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in weights else ""
        self._w = {k[len(prefix) :]: v for k, v in weights.items() if k.startswith(prefix)}
        for i in range(self._layers):  # query, key and value in one product
            p = f"encoder.layer.{i}.attention.self."
            self._w[p + "qkv.weight"] = np.ascontiguousarray(
                np.concatenate([self._w[p + n + ".weight"] for n in ("query", "key", "value")]).T
            )
            self._w[p + "qkv.bias"] = np.concatenate([self._w[p + n + ".bias"] for n in ("query", "key", "value")])
            for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
                key = f"encoder.layer.{i}.{name}.weight"
                self._w[key + ".T"] = np.ascontiguousarray(self._w[key].T)
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        limit = min(int(st_config.get("max_seq_length", 512)), int(config["max_position_embeddings"]))
        tokenizer.enable_truncation(max_length=limit)
        tokenizer.no_padding()
        tokenizer.enable_padding(direction="right", pad_id=int(config.get("pad_token_id", 0)))  # to the longest
        self._tokenizer = tokenizer
        self.dim = int(config["hidden_size"])

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of `texts`, one row each (float32)."""
        self.load()
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        ids, types, mask = self._tokens(texts)
        if len(texts) <= BATCH:
            return self._forward(ids, types, mask)
        # Many texts: in batches of texts of the same number of tokens or about, so little is computed on padding;
        # the batches dealt out to `workers` threads, each computing its own (numpy lets go of the interpreter
        # while it computes; no thread waits on another until the end, so a busy core slows only its part).
        lengths = mask.sum(axis=1)
        order = np.argsort(lengths, kind="stable")
        batches = [order[start : start + BATCH] for start in range(0, len(order), BATCH)]
        out = np.empty((len(texts), self.dim), np.float32)

        def compute(share: list[np.ndarray]) -> None:
            for part in share:
                longest = int(lengths[part].max())  # padding is on the right: the columns after it are padding
                out[part] = self._forward(ids[part, :longest], types[part, :longest], mask[part, :longest])

        workers = min(self.workers, len(batches))
        shares = [batches[w::workers] for w in range(workers)]
        others = [self._executor().submit(compute, share) for share in shares[1:]]
        try:
            compute(shares[0])
        finally:
            for other in others:
                other.result()  # its error, if any, raised here; every part is waited for either way
        return out

    def set_workers(self, workers: int) -> None:
        """Split a batch of many texts over this many threads from now on."""
        self.workers = max(1, workers)

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None or self._pool_size < self.workers - 1:
                if self._pool is not None:
                    self._pool.shutdown(wait=False)  # its threads end once their work is done
                self._pool = ThreadPoolExecutor(max_workers=self.workers - 1, thread_name_prefix="encoder")
                self._pool_size = self.workers - 1
            return self._pool

    def _tokens(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Token ids, token types and attention masks of `texts`, padded to the longest."""
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        return ids, types, mask

    def _workspace(self, rows: int) -> _Workspace:
        """This thread's workspace, or a new one for a batch bigger than is worth keeping."""
        if rows > KEEP_ROWS:
            return _Workspace()
        kept: _Workspace | None = getattr(self._local, "workspace", None)
        if kept is None:
            kept = self._local.workspace = _Workspace()
        return kept

    def _forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._w
        batch, length = ids.shape
        rows, dim, heads = batch * length, self.dim, self._heads
        size = dim // heads
        ws = self._workspace(rows)
        # The dense layers as one 2-D product each (BLAS), over every token of the batch.
        h = ws.take("h", (rows, dim))
        spare = ws.take("spare", (rows, dim))
        np.take(w["embeddings.word_embeddings.weight"], ids.reshape(-1), axis=0, out=h)
        np.take(w["embeddings.token_type_embeddings.weight"], types.reshape(-1), axis=0, out=spare)
        h += spare
        h.reshape(batch, length, dim)[...] += w["embeddings.position_embeddings.weight"][:length][None, :, :]
        _layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self._eps, out=h)
        # Padding gets the lowest float as the library does, so it weighs nothing after the softmax.
        blocked = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(size))
        qkv = ws.take("qkv", (rows, 3 * dim))
        scores = ws.take("scores", (batch, heads, length, length))
        context = ws.take("context", (batch, length, heads, size))
        inner = ws.take("inner", (rows, 4 * dim))
        inner_spare = tuple(ws.take(f"inner_{n}", (rows, 4 * dim)) for n in range(4))
        for i in range(self._layers):
            p = f"encoder.layer.{i}."
            np.matmul(h, w[p + "attention.self.qkv.weight"], out=qkv)
            qkv += w[p + "attention.self.qkv.bias"]
            split = qkv.reshape(batch, length, 3, heads, size).transpose(2, 0, 3, 1, 4)
            q, k, v = split[0], split[1], split[2]
            np.matmul(q, k.transpose(0, 1, 3, 2), out=scores)
            scores *= scale
            scores += blocked
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            np.matmul(scores, v, out=context.transpose(0, 2, 1, 3))  # heads side by side again, in place
            np.matmul(context.reshape(rows, dim), w[p + "attention.output.dense.weight.T"], out=spare)
            spare += w[p + "attention.output.dense.bias"]
            spare += h
            _layer_norm(
                spare,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self._eps,
                out=h,
            )
            np.matmul(h, w[p + "intermediate.dense.weight.T"], out=inner)
            inner += w[p + "intermediate.dense.bias"]
            _gelu(inner, inner_spare)
            np.matmul(inner, w[p + "output.dense.weight.T"], out=spare)
            spare += w[p + "output.dense.bias"]
            spare += h
            _layer_norm(spare, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self._eps, out=h)
        tokens = h.reshape(batch, length, dim)
        pooled = np.einsum("bld,bl->bd", tokens, mask) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return np.ascontiguousarray(pooled, dtype=np.float32)


def difference(a: np.ndarray, b: np.ndarray) -> float:
    """The largest difference of one component between two sets of vectors of the same texts."""
    return float(np.max(np.abs(a - b))) if a.size else 0.0
