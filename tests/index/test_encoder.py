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
from index.encoder import BATCH, NumpyEncoder, Unsupported, _erf, _gelu
from tests.conftest import CORPUS, ROOT, held_out_questions


def test_erf_is_exact_to_float32() -> None:
    xs = np.linspace(-6, 6, 2001, dtype=np.float32)
    want = np.array([math.erf(float(x)) for x in xs])
    assert np.abs(_erf(xs.copy()) - want).max() < 5e-7  # 1.5e-7 of the formula, and float32 rounding
    gelu = np.array([float(x) * 0.5 * (1 + math.erf(float(x) / math.sqrt(2))) for x in xs])
    assert np.abs(_gelu(xs.copy()) - gelu).max() < 5e-6  # x times the error above, x up to 6


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
