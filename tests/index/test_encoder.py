"""The numpy encoder questions are embedded with: the library's vectors, its check kept beside the index, and an
answering process that never imports torch."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.embedder import SentenceTransformerEmbedder, default_model_path
from index.encoder import BATCH, NumpyEncoder, Unsupported, _erfc_positive, _gelu
from tests.conftest import CORPUS, ROOT, held_out_questions


def test_erf_is_exact_to_float32() -> None:
    xs = np.linspace(-6, 6, 2001, dtype=np.float32)
    positive = np.abs(xs)
    want = np.array([math.erfc(float(x)) for x in positive])  # erf(x) = 1 - erfc(x), odd: erfc of |x| is all of it
    assert np.abs(_erfc_positive(positive.copy(), 1.0) - want).max() < 5e-7  # 1.5e-7 of the formula, and rounding
    assert np.abs(_erfc_positive(positive.copy(), 0.5) - want / 2).max() < 5e-7  # the scale folded in
    gelu = np.array([float(x) * 0.5 * (1 + math.erf(float(x) / math.sqrt(2))) for x in xs])
    assert np.abs(_gelu(xs.copy()) - gelu).max() < 5e-6  # x times the error above, x up to 6


def test_gelu_computed_in_given_arrays_is_the_same() -> None:
    xs = np.linspace(-9, 9, 4000, dtype=np.float32).reshape(4, -1)
    spare = tuple(np.full_like(xs, np.nan) for _ in range(4))  # whatever they held before must not matter
    assert np.array_equal(_gelu(xs.copy(), spare), _gelu(xs.copy()))
    assert _gelu(np.array([-20.0, 20.0], np.float32)).tolist() == [0.0, 20.0]  # no overflow far out


def _texts(n: int) -> list[str]:
    """Texts of many lengths, in no order of length: a batch of each length class and odd ones."""
    words = "the ministry said jets struck targets near the town on sunday after talks".split()
    return [" ".join(words[: 1 + (i * 7) % len(words)]) + f" {i}" for i in range(n)]


def test_many_texts_split_over_threads_keep_their_rows() -> None:
    encoder = NumpyEncoder(Path(default_model_path()))
    texts = _texts(3 * BATCH + 5)
    one = encoder.encode(texts)
    alone = np.concatenate([encoder.encode([t]) for t in texts])
    assert np.abs(one - alone).max() < 1e-5  # sorted by length, batched, put back in order
    for workers in (2, 3, 8):
        encoder.set_workers(workers)
        assert np.abs(encoder.encode(texts) - one).max() < 1e-6


def test_a_failure_in_another_thread_is_raised_and_nothing_hangs(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    encoder = NumpyEncoder(Path(default_model_path()), workers=2).load()
    real = encoder._forward

    def forward(*args: np.ndarray) -> np.ndarray:
        if threading.current_thread() is not threading.main_thread():
            raise MemoryError("no room")
        return real(*args)

    monkeypatch.setattr(encoder, "_forward", forward)
    with pytest.raises(MemoryError):
        encoder.encode(_texts(2 * BATCH))
    monkeypatch.setattr(encoder, "_forward", real)
    assert encoder.encode(_texts(2 * BATCH)).shape == (2 * BATCH, encoder.dim)


def test_arrays_kept_from_a_bigger_batch_give_a_smaller_one_its_own_vectors() -> None:
    kept = NumpyEncoder(Path(default_model_path()))
    long_texts = ["the ministry said jets struck targets near the town " * 3] * BATCH
    kept.encode(long_texts)
    short = ["Who denied it?", "When?"]
    fresh = NumpyEncoder(Path(default_model_path())).encode(short)
    assert np.abs(kept.encode(short) - fresh).max() < 1e-6


def test_it_gives_the_library_vectors(real_embedder: SentenceTransformerEmbedder) -> None:
    questions = [str(q["question"]) for q in held_out_questions()]
    sentences = [line for p in sorted(CORPUS.glob("*.txt")) for line in p.read_text().splitlines() if line.strip()]
    texts = questions + sentences[:40] + ["", "a", "x " * 400]  # empty, one letter, longer than the model reads
    encoder = NumpyEncoder(Path(default_model_path()))
    assert len(texts) > BATCH  # the path that sorts by length and batches
    ours = encoder.encode(texts)
    library = real_embedder.library_encode(texts)
    assert ours.shape == library.shape and ours.dtype == np.float32
    assert np.abs(ours - library).max() < 1e-5
    alone = np.concatenate([encoder.encode([t]) for t in texts[:6]])
    assert np.abs(alone - library[:6]).max() < 1e-5


def test_another_kind_of_model_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(default_model_path(), folder, ignore=shutil.ignore_patterns("model.safetensors"))
    (folder / "model.safetensors").symlink_to(Path(default_model_path()) / "model.safetensors")
    pooling = folder / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    pooling.write_text(json.dumps({**config, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}))
    with pytest.raises(Unsupported):
        NumpyEncoder(folder).encode(["Who struck al-Bab?"])


def test_the_check_is_kept_and_read_back(tmp_path: Path) -> None:
    record = tmp_path / "idx.encoder.json"
    sample = ["The Pentagon denied it.", "Russian jets struck targets near al-Bab on Sunday."]
    embedder = SentenceTransformerEmbedder()
    assert embedder.prepare_questions(record, sample)
    kept = json.loads(record.read_text())
    assert kept["same"] is True and kept["difference"] < 1e-5
    assert embedder.fast_questions
    q = "Who denied the strikes?"
    assert np.abs(embedder.encode_questions([q]) - embedder.library_encode([q])).max() < 1e-5

    # A record that says the encoder differs is obeyed: questions go through the library.
    record.write_text(json.dumps({**kept, "same": False}))
    other = SentenceTransformerEmbedder()
    assert not other.prepare_questions(record, sample) and not other.fast_questions
    # A record made for another model file is not: the check is made again.
    record.write_text(json.dumps({**kept, "key": {**kept["key"], "size": 1}}))
    assert SentenceTransformerEmbedder().prepare_questions(record, sample)
    assert json.loads(record.read_text())["key"] == kept["key"]


def test_questions_compute_on_the_configured_threads(tmp_path: Path) -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    with threadpool_limits(limits=2, user_api="blas"):
        embedder = SentenceTransformerEmbedder(threads=1)
        embedder.prepare_questions(tmp_path / "r.json", ["The Pentagon denied it."])
        assert {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"} == {1}


def test_an_answering_process_imports_neither_torch_nor_the_library(tmp_path: Path) -> None:
    """A built index and its check: `ask` answers from a process that never imports torch."""
    config = tmp_path / "config.toml"
    config.write_text(f'[corpus]\ndir = "{CORPUS}"\n[index]\ndir = "{tmp_path / "idx"}"\n', encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    build = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "index"], cwd=ROOT, env=env, capture_output=True
    )
    assert build.returncode == 0, build.stderr[-2000:]
    code = (
        "import sys; from pathlib import Path\n"
        "from bot.app.storage import engine_for\nfrom bot.config import load_config\n"
        f"e = engine_for(load_config(Path({str(config)!r}))).load()\n"
        "a = e.ask('Who denied that the strikes were coordinated?')\n"
        "print(len(a.quotes), 'torch' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    quotes, torch, library = done.stdout.split()
    assert int(quotes) > 0 and torch == "False" and library == "False"


def test_a_model_folder_it_cannot_read_falls_back_without_failing(tmp_path: Path) -> None:
    """A record says the encoder matches, but the folder's tokenizer file was damaged since: the embedder says
    questions go through the library instead of failing the engine's load."""
    folder = tmp_path / "model"
    shutil.copytree(default_model_path(), folder, ignore=shutil.ignore_patterns("model.safetensors"))
    (folder / "model.safetensors").symlink_to(Path(default_model_path()) / "model.safetensors")
    record = tmp_path / "idx.encoder.json"
    sample = ["The Pentagon denied it."]
    assert SentenceTransformerEmbedder(str(folder)).prepare_questions(record, sample)
    (folder / "tokenizer.json").write_text("{not json", encoding="utf-8")
    embedder = SentenceTransformerEmbedder(str(folder))
    assert not embedder.prepare_questions(record, sample) and not embedder.fast_questions
