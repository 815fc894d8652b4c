"""The sentence model's forward pass in numpy, read from its own files: tokenize, BERT layers, mean pooling,
normalise. Questions are embedded with it, so answering never imports torch or sentence-transformers (they
take 4 s to import); the index is still built with the library, and `check` compares the two on real text."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# How far a vector of this encoder may be from the library's (largest difference of one component of two unit
# vectors): float32 arithmetic done in another order gives about 1e-7; a wrong step gives 1e-2 or more.
TOLERANCE = 1e-4
# Texts computed together: padded to the longest of them, so more only adds padding (measured: 8 questions at a
# time take 4.2 ms each, 64 at a time 5.3 ms).
BATCH = 16
# erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26), for BERT's exact GELU without scipy.
_ERF_P = 0.3275911
_ERF_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


class Unsupported(Exception):
    """The model folder holds a model this encoder does not compute (another architecture or pooling)."""


def _erf(x: np.ndarray) -> np.ndarray:
    """erf, elementwise, in as few passes over the array as possible (this is most of the model's time
    after the matrix products)."""
    a = np.abs(x)
    t = a * np.float32(_ERF_P)
    t += 1
    np.reciprocal(t, out=t)
    y = t * np.float32(_ERF_A[4])
    for coefficient in reversed(_ERF_A[:4]):
        y += np.float32(coefficient)
        y *= t
    a *= a
    np.negative(a, out=a)
    np.exp(a, out=a)
    y *= a
    np.subtract(1, y, out=y)
    return np.copysign(y, x, out=y)


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * (1 + erf(x / sqrt 2)) / 2, overwriting x."""
    e = _erf(x * np.float32(0.7071067811865476))
    e += 1
    e *= np.float32(0.5)
    x *= e
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + eps) * weight + bias


class NumpyEncoder:
    """A BERT sentence model with mean pooling and unit vectors (what all-MiniLM-L6-v2 is), computed in numpy."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._ready = False
        self._lock = threading.Lock()
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
        tokenizer.enable_padding(pad_id=int(config.get("pad_token_id", 0)))  # to the longest of a batch
        self._tokenizer = tokenizer
        self.dim = int(config["hidden_size"])

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of `texts`, one row each (float32)."""
        self.load()
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        if len(texts) <= BATCH:
            return self._batch(texts)
        # Many texts: in batches of texts of about the same length, so little is computed on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), self.dim), np.float32)
        for start in range(0, len(order), BATCH):
            part = order[start : start + BATCH]
            out[part] = self._batch([texts[i] for i in part])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        return self._forward(ids, types, mask)

    def _forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._w
        batch, length = ids.shape
        h = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None, :, :]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        h = _layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self._eps)
        heads, dim = self._heads, h.shape[-1]
        size = dim // heads
        h = h.reshape(batch * length, dim)  # the dense layers as one 2-D product each (BLAS)
        # Padding gets the lowest float as the library does, so it weighs nothing after the softmax.
        blocked = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(size))
        for i in range(self._layers):
            p = f"encoder.layer.{i}."
            qkv = h @ w[p + "attention.self.qkv.weight"] + w[p + "attention.self.qkv.bias"]
            qkv = qkv.reshape(batch, length, 3, heads, size).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = np.matmul(q, k.transpose(0, 1, 3, 2)) * scale + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = np.matmul(scores, v).transpose(0, 2, 1, 3).reshape(batch * length, dim)
            attended = context @ w[p + "attention.output.dense.weight.T"] + w[p + "attention.output.dense.bias"]
            h = _layer_norm(
                attended + h,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self._eps,
            )
            inner = _gelu(h @ w[p + "intermediate.dense.weight.T"] + w[p + "intermediate.dense.bias"])
            out = inner @ w[p + "output.dense.weight.T"] + w[p + "output.dense.bias"]
            h = _layer_norm(out + h, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self._eps)
        h = h.reshape(batch, length, dim)
        pooled = (h * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return np.ascontiguousarray(pooled, dtype=np.float32)


def difference(a: np.ndarray, b: np.ndarray) -> float:
    """The largest difference of one component between two sets of vectors of the same texts."""
    return float(np.max(np.abs(a - b))) if a.size else 0.0
