"""Shared fixtures: the real engine (real model, real FAISS index) on the shipped corpus, built once."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index.config import AnswerSettings, IndexSettings  # noqa: E402
from index.embedder import SentenceTransformerEmbedder  # noqa: E402
from index.engine import Engine  # noqa: E402
from tests.postgres_server import Server, running  # noqa: E402
from tests.postgres_server import bin_dir as postgres_bin_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
QUESTIONS = Path(__file__).resolve().parent / "data" / "questions.jsonl"


@pytest.fixture(scope="session")
def real_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder().load()


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder: SentenceTransformerEmbedder) -> Engine:
    """The engine as users run it: the shipped corpus and settings, the real model, a fresh index."""
    index_dir = tmp_path_factory.mktemp("index") / "idx"
    return Engine(CORPUS, IndexSettings(dir=index_dir), AnswerSettings(), embedder=real_embedder).load()


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the corpus, for tests that change articles."""
    dest = tmp_path / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


def held_out_questions() -> list[dict[str, object]]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """A real PostgreSQL server for the session. Where PostgreSQL is not installed the tests that need it are
    skipped, unless REQUIRE_POSTGRES=1 (as .ci/run sets), which makes that a failure."""
    if postgres_bin_dir() is None:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail("REQUIRE_POSTGRES=1 but PostgreSQL is not installed")
        pytest.skip("PostgreSQL is not installed here (Debian's postgresql package)")
    with running() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: Server) -> Iterator[str]:
    """The address of a fresh, empty database on the test server (with its password)."""
    with postgres_server.database() as url:
        yield url
